import QtQuick
import kiosk.ui.qml

// Captions mode: the line being spoken, large, at the bottom of the photo.
Rectangle {
    id: captions
    required property var transcript
    readonly property bool rtl: transcript.direction === Qt.RightToLeft

    height: column.implicitHeight + 2 * Theme.gap
    radius: Theme.radius
    color: Theme.scrim
    opacity: transcript.currentText !== "" ? 1 : 0
    Behavior on opacity { NumberAnimation { duration: Theme.motion } }
    Accessible.role: Accessible.StaticText
    Accessible.name: transcript.currentText

    Column {
        id: column
        anchors {
            left: parent.left
            right: parent.right
            verticalCenter: parent.verticalCenter
            margins: Theme.gap
        }
        LayoutMirroring.enabled: captions.rtl
        LayoutMirroring.childrenInherit: true
        spacing: Theme.smallGap / 2
        // Marked when the cues are not in the visitor's language (see LanguageTag).
        Item {
            width: parent.width
            height: captionsLanguage.height
            visible: captionsLanguage.fallback
            LanguageTag {
                id: captionsLanguage
                objectName: "captionsLanguage"
                anchors.left: parent.left  // the start edge: mirrored when rtl
                lang: captions.transcript.language
            }
        }
        KText {
            width: parent.width
            visible: text !== ""
            text: captions.transcript.currentSpeaker
            lang: captions.transcript.language
            size: Theme.smallSize
            color: Theme.accent
        }
        KText {
            objectName: "captionText"
            width: parent.width
            text: captions.transcript.currentText
            lang: captions.transcript.language
            size: Theme.headingSize
            scalable: true
        }
    }
}
