import QtQuick
import kiosk.ui.qml

// The hidden way into staff mode: hold the top-left corner for holdMs (3 s),
// then tap the top-right corner within armMs (3 s). Both zones are invisible
// and passive: a visitor's touch there still reaches what lies underneath.
// The corners are physical ones: right-to-left layouts do not swap them.
Item {
    id: gesture
    property int holdMs: 3000
    property int armMs: 3000
    property real zone: Theme.margin
    readonly property bool armed: armTimer.running
    signal triggered()

    LayoutMirroring.enabled: false
    LayoutMirroring.childrenInherit: true

    Item {
        objectName: "staffHoldZone"
        anchors.left: parent.left
        anchors.top: parent.top
        width: gesture.zone
        height: gesture.zone
        TapHandler {
            objectName: "staffHold"
            enabled: gesture.enabled
            gesturePolicy: TapHandler.DragThreshold
            longPressThreshold: gesture.holdMs / 1000
            onLongPressed: armTimer.restart()
        }
    }
    Item {
        objectName: "staffTapZone"
        anchors.right: parent.right
        anchors.top: parent.top
        width: gesture.zone
        height: gesture.zone
        TapHandler {
            objectName: "staffTap"
            enabled: gesture.enabled
            gesturePolicy: TapHandler.DragThreshold
            onTapped: {
                if (armTimer.running) {
                    armTimer.stop()
                    gesture.triggered()
                }
            }
        }
    }
    Timer {
        id: armTimer
        interval: gesture.armMs
    }
}
