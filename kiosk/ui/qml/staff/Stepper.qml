import QtQuick
import kiosk.ui.qml

// "Label   [−]  value  [+]" for a bounded number on the staff panel.
Item {
    id: stepper
    property string label: ""
    property string value: ""
    property bool canDown: true
    property bool canUp: true
    signal down()
    signal up()

    width: parent ? parent.width : implicitWidth
    implicitHeight: Math.max(Theme.touch, name.implicitHeight)

    KText {
        id: name
        anchors.left: parent.left
        anchors.right: controls.left
        anchors.rightMargin: Theme.smallGap
        anchors.verticalCenter: parent.verticalCenter
        text: stepper.label
        size: Theme.smallSize
    }
    Row {
        id: controls
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        spacing: Theme.smallGap
        LayoutMirroring.enabled: false
        TouchButton {
            objectName: stepper.objectName + "Down"
            glyph: "−"
            enabled: stepper.canDown
            onClicked: stepper.down()
        }
        KText {
            width: Theme.touch * 1.9
            anchors.verticalCenter: parent.verticalCenter
            horizontalAlignment: Text.AlignHCenter
            text: stepper.value
            size: Theme.bodySize
            wrapMode: Text.NoWrap
            lineHeight: 1.0
            topPadding: 0
            bottomPadding: 0
        }
        TouchButton {
            objectName: stepper.objectName + "Up"
            glyph: "+"
            enabled: stepper.canUp
            onClicked: stepper.up()
        }
    }
}
