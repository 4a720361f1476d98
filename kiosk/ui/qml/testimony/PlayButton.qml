import QtQuick
import kiosk.ui.qml

// The large play/pause button. Disabled for a recording that cannot play.
Rectangle {
    id: button
    required property var player
    required property string playText
    required property string pauseText
    readonly property bool showPause: player.playing || player.loading && pressedOnce
    property bool pressedOnce: false

    width: Theme.touch * 1.6
    height: width
    radius: width / 2
    color: tap.pressed ? Qt.lighter(Theme.accent, 1.2) : Theme.accent
    enabled: player.available || player.loading
    opacity: enabled ? 1 : 0.4
    Accessible.role: Accessible.Button
    Accessible.name: player.playing ? pauseText : playText
    Accessible.onPressAction: button.activate()

    function activate() {
        pressedOnce = true
        player.toggle()
    }

    // Pause: two bars; play: a triangle (drawn, so no font needs the glyphs).
    Row {
        anchors.centerIn: parent
        spacing: button.width * 0.1
        visible: button.player.playing
        Repeater {
            model: 2
            Rectangle {
                width: button.width * 0.1
                height: button.height * 0.38
                radius: width / 4
                color: Theme.accentText
            }
        }
    }
    Canvas {
        id: triangle
        anchors.centerIn: parent
        anchors.horizontalCenterOffset: button.width * 0.04
        width: button.width * 0.36
        height: width
        visible: !button.player.playing
        onPaint: {
            const ctx = getContext("2d")
            ctx.reset()
            ctx.fillStyle = Theme.accentText
            ctx.beginPath()
            ctx.moveTo(0, 0)
            ctx.lineTo(width, height / 2)
            ctx.lineTo(0, height)
            ctx.closePath()
            ctx.fill()
        }
    }
    // Loading (the first tap arrives before the recording is ready).
    Rectangle {
        anchors.fill: parent
        radius: width / 2
        color: "transparent"
        border.color: Theme.text
        border.width: Math.max(2, 4 * Theme.unit)
        visible: button.player.loading && button.pressedOnce
        opacity: 0.6
        SequentialAnimation on opacity {
            running: button.player.loading && button.pressedOnce && Theme.animate
            loops: Animation.Infinite
            NumberAnimation { to: 0.15; duration: 500 }
            NumberAnimation { to: 0.6; duration: 500 }
        }
    }
    TapHandler {
        id: tap
        onTapped: button.activate()
    }
}
