import QtQuick
import kiosk.ui.qml

// Where we are in the recording, with a mark at each chapter. Drag or tap to
// move; the player seeks when the finger lifts (seeking on every move would
// make the decoder restart dozens of times a second).
Item {
    id: scrub
    required property var player
    required property var chapters

    readonly property real duration: Math.max(1, player.duration)
    property real previewFraction: 0
    readonly property bool dragging: area.pressed
    readonly property real fraction: dragging ? previewFraction
                                              : Math.max(0, Math.min(1, player.position / duration))

    implicitHeight: Theme.touch
    Accessible.role: Accessible.Slider

    Rectangle {
        id: track
        anchors.verticalCenter: parent.verticalCenter
        width: parent.width
        height: Math.max(4, 8 * Theme.unit)
        radius: height / 2
        color: Theme.hairline
        Rectangle {
            width: parent.width * scrub.fraction
            height: parent.height
            radius: parent.radius
            color: Theme.accent
        }
    }
    Repeater {
        objectName: "chapterMarks"
        model: scrub.chapters
        Rectangle {
            required property int start
            visible: start > 0
            x: scrub.width * start / scrub.duration - width / 2
            anchors.verticalCenter: parent.verticalCenter
            width: Math.max(2, 4 * Theme.unit)
            height: track.height * 3
            radius: width / 2
            color: Theme.text
        }
    }
    Rectangle {
        x: scrub.width * scrub.fraction - width / 2
        anchors.verticalCenter: parent.verticalCenter
        width: track.height * (scrub.dragging ? 4 : 3)
        height: width
        radius: width / 2
        color: Theme.text
    }
    MouseArea {
        id: area
        anchors.fill: parent
        preventStealing: true
        function at(x) { return Math.max(0, Math.min(1, x / width)) }
        onPressed: mouse => scrub.previewFraction = at(mouse.x)
        onPositionChanged: mouse => scrub.previewFraction = at(mouse.x)
        onReleased: mouse => scrub.player.seek(Math.round(at(mouse.x) * scrub.player.duration))
    }
}
