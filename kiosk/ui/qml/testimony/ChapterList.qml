import QtQuick
import kiosk.ui.qml

// Chapters with their start times; tap one to play from there. Each title
// is in its own language's font and direction; titles that fall back to the
// exhibition's default language are marked once, above them (a section of
// the list per language).
Rectangle {
    id: panel
    required property var chapters
    required property var transcript
    required property var player
    // The visitor's language.
    required property string lang

    radius: Theme.radius
    color: Theme.scrim
    border.color: Theme.hairline

    function clock(ms) {
        const s = Math.floor(ms / 1000), m = Math.floor(s / 60), sec = s % 60
        return m + ":" + (sec < 10 ? "0" : "") + sec
    }

    ListView {
        id: list
        anchors.fill: parent
        anchors.margins: Theme.smallGap
        clip: true
        model: panel.chapters
        spacing: Theme.smallGap / 2
        section.property: "lang"
        section.delegate: Item {
            required property string section
            width: ListView.view.width
            height: mark.fallback ? mark.height + Theme.smallGap : 0
            LanguageTag {
                id: mark
                objectName: "chapterLanguage"
                anchors.left: parent.left
                anchors.leftMargin: Theme.smallGap
                lang: parent.section
            }
        }
        delegate: Rectangle {
            id: chapter
            required property int index
            required property string title
            required property string lang
            required property int start
            required property int end
            readonly property bool current: panel.player.position >= start
                                            && panel.player.position < end
            width: ListView.view.width
            height: Math.max(Theme.touch, name.implicitHeight + 2 * Theme.smallGap)
            radius: Theme.radius
            color: current ? Theme.surfaceRaised : "transparent"
            Accessible.role: Accessible.Button
            Accessible.name: title
            KText {
                id: time
                anchors.left: parent.left
                anchors.leftMargin: Theme.smallGap
                anchors.verticalCenter: parent.verticalCenter
                text: panel.clock(chapter.start)
                lang: "en"
                size: Theme.smallSize
                color: Theme.textMuted
                wrapMode: Text.NoWrap
            }
            KText {
                id: name
                anchors.left: time.right
                anchors.right: parent.right
                anchors.margins: Theme.smallGap
                anchors.verticalCenter: parent.verticalCenter
                text: chapter.title
                lang: chapter.lang || panel.lang
                horizontalAlignment: Theme.startAlign(lang, LayoutMirroring.enabled)
                size: Theme.bodySize * 0.9
                color: chapter.current ? Theme.text : Theme.textMuted
            }
            TapHandler {
                onTapped: panel.transcript.seekToChapter(chapter.index)
            }
        }
    }
}
