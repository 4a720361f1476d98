import QtQuick
import kiosk.ui.qml

// A discreet, non-blocking line of information (no sound, damaged recording).
Rectangle {
    id: notice
    property alias text: label.text
    property string lang: "en"
    width: Math.min(parent ? parent.width : implicitWidth, label.implicitWidth + 2 * Theme.gap)
    height: label.implicitHeight + Theme.smallGap
    radius: height / 2
    color: Theme.scrim
    border.color: Theme.hairline
    Accessible.role: Accessible.StaticText
    Accessible.name: label.text
    KText {
        id: label
        anchors.centerIn: parent
        width: Math.min(implicitWidth, notice.parent ? notice.parent.width - 2 * Theme.gap : implicitWidth)
        lang: notice.lang
        size: Theme.smallSize
        color: Theme.textMuted
        wrapMode: Text.Wrap
    }
}
