import QtQuick
import kiosk.ui.qml

// Quieter / louder in ten steps. The player caps the level at the kiosk's
// maximum and evens out loudness between recordings.
Row {
    id: control
    required property var player
    required property string downText
    required property string upText
    required property string label
    readonly property int steps: 10
    readonly property int level: Math.round(player.volume * steps)

    spacing: Theme.smallGap
    opacity: enabled ? 1 : 0.4
    Accessible.role: Accessible.Slider
    Accessible.name: label

    TouchButton {
        objectName: "volumeDown"
        glyph: "−"
        round: true
        Accessible.name: control.downText
        enabled: control.level > 0
        onClicked: control.player.setVolume((control.level - 1) / control.steps)
    }
    Row {
        anchors.verticalCenter: parent.verticalCenter
        spacing: Math.max(2, 4 * Theme.unit)
        Repeater {
            model: control.steps
            Rectangle {
                required property int index
                anchors.bottom: parent.bottom
                width: Math.max(4, 8 * Theme.unit)
                height: Theme.touch * (0.2 + 0.5 * (index + 1) / control.steps)
                radius: width / 3
                color: index < control.level ? Theme.accent : Theme.hairline
            }
        }
    }
    TouchButton {
        objectName: "volumeUp"
        glyph: "+"
        round: true
        Accessible.name: control.upText
        enabled: control.level < control.steps
        onClicked: control.player.setVolume((control.level + 1) / control.steps)
    }
}
