import QtQuick
import kiosk.ui.qml

// One labelled fact about a photograph: the label in the visitor's language,
// the value in its own language's font and direction, at the chosen text size.
Column {
    id: field
    property string label: ""
    property string text: ""
    property string lang: kiosk.language
    property bool serif: false
    property real size: Theme.bodySize
    readonly property bool rtl: Qt.locale(lang.replace(/-/g, "_")).textDirection === Qt.RightToLeft
    visible: text !== ""
    spacing: Theme.smallGap / 2

    KText {
        width: parent.width
        visible: field.label !== ""
        text: field.label
        size: Theme.smallSize
        scalable: true
        color: Theme.textMuted
    }
    KText {
        objectName: "infoValue"
        width: parent.width
        text: field.text
        lang: field.lang
        serif: field.serif
        size: field.size
        scalable: true
        LayoutMirroring.enabled: field.rtl
        horizontalAlignment: Text.AlignLeft
    }
}
