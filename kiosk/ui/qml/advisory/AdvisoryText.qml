import QtQuick
import kiosk.ui.qml

// An advisory's own words, in their own language's font and direction (a text
// shown in the default language on an Urdu screen still reads left to right),
// at the visitor's text size, with a discreet line when it is not in the
// visitor's language.
Column {
    id: block
    required property var advisory
    property real size: Theme.headingSize
    readonly property string lang: advisory ? advisory.lang : ""
    readonly property bool rtl: Qt.locale(lang.replace(/-/g, "_")).textDirection === Qt.RightToLeft
    spacing: Theme.smallGap

    KText {
        objectName: "advisoryText"
        width: parent.width
        text: block.advisory ? block.advisory.text : ""
        lang: block.lang
        size: block.size
        scalable: true
        LayoutMirroring.enabled: block.rtl
        horizontalAlignment: Text.AlignLeft
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }
    KText {
        objectName: "fallbackNote"
        width: parent.width
        visible: !!block.advisory && block.advisory.fallback
        //: Under a content note shown in another language because it has not been translated.
        text: qsTr("This note is not yet available in your language.")
        size: Theme.smallSize
        scalable: true
        color: Theme.textMuted
    }
}
