import QtQuick
import kiosk.ui.qml

// One labelled fact about a photograph: the label in the visitor's language,
// the value in its own language's font and direction, at the chosen text size,
// marked with its language's name when it is not translated.
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

    Row {
        // Full width, so a mirrored row starts at the right edge.
        width: parent.width
        spacing: Theme.smallGap
        visible: field.label !== "" || tag.fallback
        KText {
            width: Math.min(implicitWidth, field.width - (tag.visible ? tag.width + parent.spacing : 0))
            visible: field.label !== ""
            anchors.verticalCenter: parent.verticalCenter
            text: field.label
            size: Theme.smallSize
            scalable: true
            color: Theme.textMuted
        }
        LanguageTag {
            id: tag
            objectName: "infoLanguage"
            lang: field.text !== "" ? field.lang : ""
            anchors.verticalCenter: parent.verticalCenter
        }
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
