import QtQuick
import kiosk.ui.qml

// A testimony: photograph, play/pause, scrub bar with chapter marks, volume,
// and the transcript that follows the voice (or captions over the photo).
// Self-contained: everything comes in through the required properties, so a
// Loader can show it (see README.md in this folder).
Item {
    id: screen
    objectName: "testimonyScreen"

    // TestimonyPlayer (kiosk/ui/audio/player.py).
    required property var player
    // TranscriptModel (kiosk/ui/audio/transcript.py); it seeks the player.
    required property var transcript
    // ChapterListModel, normally transcript.chapters.
    required property var chapters
    // The testimony's photograph (e.g. an image-provider URL); may be empty.
    required property url photoSource
    // Visible texts in the visitor's language; missing keys fall back to English.
    // Keys: play, pause, captions, transcript, chapters, volume, volumeDown,
    // volumeUp, soundUnavailable, recordingError, loading, contentNote,
    // skipPassage, keepListening, elapsed, remaining, title.
    required property var strings

    // Optional: the visitor's interface language (for button texts and
    // notices). Not the transcript's: that may be another language when the
    // visitor's has no cues.
    property string uiLanguage: typeof kiosk !== "undefined" && kiosk ? kiosk.language
                                : transcript ? transcript.language : "en"
    // The size to decode the photograph at. The kiosk's photo size by
    // default, the one the slideshow asks for, so the decoded photo is shared
    // with its slide; else this screen's own size.
    property size photoSize: typeof kiosk !== "undefined" && kiosk
                             && kiosk.photoSize.width > 0 && kiosk.photoSize.height > 0
                             ? kiosk.photoSize
                             : Qt.size(Math.min(width, 1920), Math.min(height, 1080))
    property bool captionsMode: false
    property bool chaptersOpen: false

    function tr(key, fallback) {
        return strings && strings[key] !== undefined && strings[key] !== "" ? strings[key] : fallback
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.background
    }
    Image {
        id: photo
        objectName: "testimonyPhoto"
        anchors.fill: parent
        // No request before the size is known: a 0×0 request (the size while
        // the screen is being built) cannot be decoded, and is logged as a
        // broken photo.
        source: screen.photoSize.width > 0 && screen.photoSize.height > 0
                ? screen.photoSource : ""
        fillMode: Image.PreserveAspectCrop
        asynchronous: true
        cache: false  // the app's own image cache is bounded; QML's is not
        sourceSize: screen.photoSize
        opacity: screen.captionsMode ? 1.0 : 0.25
        Behavior on opacity { NumberAnimation { duration: Theme.motion } }
    }

    // The cues are in another language than the visitor's (none in theirs):
    // a discreet mark naming it, at the start edge of the cue text, which
    // keeps its own direction and font (CueColumn).
    Item {
        id: transcriptMark
        anchors {
            top: notices.bottom
            left: transcriptView.left
            right: transcriptView.right
            topMargin: Theme.gap
        }
        height: visible ? transcriptLanguage.height : 0
        visible: transcriptLanguage.fallback && transcriptView.visible
        // Over the column of the visitor's language (the first of CueRow's
        // Row: at the right on a right-to-left screen)...
        Item {
            anchors.left: parent.left
            anchors.leftMargin: Theme.gap
            width: transcriptView.sideBySide ? (parent.width - 4 * Theme.gap) / 2
                                             : parent.width - 2 * Theme.gap
            height: parent.height
            // ...at the start edge of its lines, in the cues' direction.
            LanguageTag {
                id: transcriptLanguage
                objectName: "transcriptLanguage"
                LayoutMirroring.enabled: transcriptView.rtl
                anchors.left: parent.left
                lang: screen.transcript ? screen.transcript.language : ""
            }
        }
    }

    TranscriptView {
        id: transcriptView
        objectName: "transcriptView"
        anchors {
            top: transcriptMark.visible ? transcriptMark.bottom : notices.bottom
            bottom: passage.top
            left: parent.left
            right: chapterPanel.visible ? chapterPanel.left : parent.right
            margins: Theme.margin
            topMargin: Theme.gap
        }
        visible: !screen.captionsMode
        transcript: screen.transcript
    }

    CaptionsOverlay {
        objectName: "captions"
        anchors {
            left: parent.left
            right: chapterPanel.visible ? chapterPanel.left : parent.right
            bottom: passage.top
            margins: Theme.margin
        }
        visible: screen.captionsMode
        transcript: screen.transcript
    }

    ChapterList {
        id: chapterPanel
        objectName: "chapterList"
        anchors {
            top: notices.bottom
            bottom: passage.top
            right: parent.right
            margins: Theme.margin
            topMargin: Theme.gap
        }
        width: Math.min(parent.width * 0.3, 560 * Theme.unit)
        visible: screen.chaptersOpen && screen.chapters && screen.chapters.count > 0
        chapters: screen.chapters
        transcript: screen.transcript
        player: screen.player
        lang: screen.uiLanguage
    }

    Column {
        id: notices
        anchors {
            top: parent.top
            left: parent.left
            right: parent.right
            margins: Theme.margin
        }
        spacing: Theme.smallGap
        // At the reading side: Column places its children at x 0 whatever the
        // direction; a left anchor is mirrored with the layout.
        Notice {
            objectName: "soundUnavailable"
            anchors.left: parent.left
            visible: screen.player.audioUnavailable
            text: screen.tr("soundUnavailable", "Sound is unavailable on this kiosk — read along below.")
            lang: screen.uiLanguage
        }
        Notice {
            objectName: "recordingError"
            anchors.left: parent.left
            visible: screen.player.error !== ""
            text: screen.tr("recordingError", "Part or all of this recording cannot be played.")
            lang: screen.uiLanguage
        }
    }

    PassageNotice {
        id: passage
        objectName: "passageNotice"
        anchors {
            left: parent.left
            right: parent.right
            bottom: controls.top
            margins: Theme.margin
            bottomMargin: Theme.gap
        }
        transcript: screen.transcript
        lang: screen.uiLanguage
        title: screen.tr("contentNote", "Content note")
        skipText: screen.tr("skipPassage", "Skip this passage")
        keepText: screen.tr("keepListening", "Keep listening")
    }

    PlayerControls {
        id: controls
        objectName: "playerControls"
        anchors {
            left: parent.left
            right: parent.right
            bottom: parent.bottom
            margins: Theme.margin
        }
        player: screen.player
        chapters: screen.chapters
        lang: screen.uiLanguage
        captionsMode: screen.captionsMode
        chaptersOpen: screen.chaptersOpen
        strings: screen.strings
        onCaptionsToggled: screen.captionsMode = !screen.captionsMode
        onChaptersToggled: screen.chaptersOpen = !screen.chaptersOpen
    }
}
