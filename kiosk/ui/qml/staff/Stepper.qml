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
    // The label goes above the buttons when it cannot stand beside them on one line
    // (a narrow column, a long word): never broken letter by letter.
    readonly property bool stacked: measure.implicitWidth > width - controls.width - Theme.smallGap
    implicitHeight: stacked ? name.implicitHeight + Theme.smallGap / 2 + controls.height
                            : Math.max(Theme.touch, name.implicitHeight)

    KText {
        id: measure
        visible: false
        text: stepper.label
        size: Theme.smallSize
        wrapMode: Text.NoWrap
    }
    KText {
        id: name
        anchors.left: parent.left
        anchors.right: stepper.stacked ? parent.right : controls.left
        anchors.rightMargin: stepper.stacked ? 0 : Theme.smallGap
        y: stepper.stacked ? 0 : (stepper.height - height) / 2
        text: stepper.label
        size: Theme.smallSize
    }
    Row {
        id: controls
        anchors.right: parent.right
        y: stepper.stacked ? name.height + Theme.smallGap / 2 : (stepper.height - height) / 2
        spacing: Theme.smallGap
        LayoutMirroring.enabled: false
        TouchButton {
            objectName: stepper.objectName + "Down"
            glyph: "−"
            enabled: stepper.canDown
            onClicked: stepper.down()
        }
        KText {
            objectName: stepper.objectName + "Value"
            width: Math.max(Theme.touch * 1.9, implicitWidth)  // "90 سیکنڈ" is wide
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
