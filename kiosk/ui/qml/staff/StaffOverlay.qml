import QtQuick
import kiosk.ui.qml

// Everything staff mode puts on screen, for Main.qml to place last (on top):
// the hidden gesture, then the PIN pad or the "no PIN" notice, then the panel.
// Fill the window with it; it takes no touches while staff mode is closed.
Item {
    id: overlay
    required property var controller
    property int holdMs: 3000
    property int armMs: 3000

    StaffGesture {
        objectName: "staffGesture"
        anchors.fill: parent
        enabled: overlay.controller.state === "closed"
        holdMs: overlay.holdMs
        armMs: overlay.armMs
        onTriggered: overlay.controller.requestOpen()
    }
    Loader {
        objectName: "pinPadLoader"
        anchors.fill: parent
        active: overlay.controller.state === "pin" || overlay.controller.state === "noPin"
        sourceComponent: PinPad {
            controller: overlay.controller
        }
    }
    Loader {
        objectName: "staffPanelLoader"
        anchors.fill: parent
        active: overlay.controller.state === "open"
        sourceComponent: StaffPanel {
            controller: overlay.controller
        }
    }
}
