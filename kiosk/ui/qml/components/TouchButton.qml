import QtQuick
import kiosk.ui.qml

// A touch target at least Theme.touch on each side. No hover states.
Rectangle {
    id: button
    property string text: ""
    property string glyph: ""
    property string lang: kiosk.language
    property bool primary: false
    property bool round: false
    property real textSize: Theme.bodySize
    // Set this rather than height: a Nastaliq label whose letters need more
    // room grows the button instead of spilling over its edge.
    property real minHeight: Theme.touch
    signal clicked()

    implicitHeight: Math.max(minHeight, label.visible && label.tall
        ? Math.max(Theme.inkRoom(label.lang, label.font.pixelSize), label.inkHeight)
          + Theme.smallGap : 0)
    implicitWidth: Math.max(Theme.touch, row.implicitWidth + 2 * Theme.gap)
    radius: round ? height / 2 : Theme.radius
    color: area.pressed ? Qt.lighter(base, 1.25) : base
    readonly property color base: primary ? Theme.accent : Theme.surfaceRaised
    border.width: primary ? 0 : Math.max(1, Theme.unit)
    border.color: Theme.hairline
    opacity: enabled ? 1 : 0.4
    Accessible.role: Accessible.Button
    Accessible.name: text || glyph

    Row {
        id: row
        anchors.centerIn: parent
        spacing: Theme.smallGap
        Text {
            visible: button.glyph !== ""
            text: button.glyph
            color: button.primary ? Theme.accentText : Theme.text
            font.family: "Noto Sans"
            font.pixelSize: button.textSize * 1.3
            anchors.verticalCenter: parent.verticalCenter
        }
        KText {
            id: label
            visible: button.text !== ""
            text: button.text
            lang: button.lang
            size: button.textSize
            wrapMode: Text.NoWrap
            color: button.primary ? Theme.accentText : Theme.text
            anchors.verticalCenter: parent.verticalCenter
            anchors.verticalCenterOffset: inkOffset
            centredLabel: true
            topPadding: 0
            bottomPadding: 0
            lineHeight: 1.0
        }
    }
    MouseArea {
        id: area
        anchors.fill: parent
        onClicked: button.clicked()
    }
}
