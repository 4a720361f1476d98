import QtQuick
import kiosk.ui.qml

// Speaker and text of one cue in one language, laid out in that language's
// direction whatever the direction of the rest of the screen.
Column {
    id: column
    required property string lang
    required property bool rtl
    required property string speaker
    required property string body
    required property bool current

    // Set explicitly (not inherited): an English column stays left-to-right
    // on an Urdu screen, an Urdu column right-to-left on an English one.
    LayoutMirroring.enabled: rtl
    LayoutMirroring.childrenInherit: true
    spacing: Theme.smallGap / 2

    KText {
        objectName: "cueSpeaker"
        width: parent.width
        visible: column.speaker !== ""
        text: column.speaker
        lang: column.lang
        size: Theme.smallSize
        color: Theme.accent
        horizontalAlignment: Text.AlignLeft  // mirrored to the right when rtl
    }
    KText {
        objectName: "cueText"
        width: parent.width
        text: column.body
        lang: column.lang
        scalable: true
        color: column.current ? Theme.text : Theme.textMuted
        horizontalAlignment: Text.AlignLeft
    }
}
