import QtQuick
import kiosk.ui.qml

// "[−] 09:00 [+]": a time of day on the staff panel's hours editor.
Row {
    id: stepper
    property string value: ""
    property bool canDown: true
    property bool canUp: true
    signal down()
    signal up()

    spacing: Theme.smallGap / 2
    LayoutMirroring.enabled: false  // earlier stays on the left, as on a clock face

    TouchButton {
        objectName: stepper.objectName + "Down"
        glyph: "−"
        enabled: stepper.canDown
        onClicked: stepper.down()
    }
    KText {
        objectName: stepper.objectName + "Value"
        width: Theme.touch * 1.5
        anchors.verticalCenter: parent.verticalCenter
        horizontalAlignment: Text.AlignHCenter
        text: stepper.value
        lang: "en"  // digits and a colon, in every language
        size: Theme.bodySize
        font.bold: true
        wrapMode: Text.NoWrap
        lineHeight: 1.0
    }
    TouchButton {
        objectName: stepper.objectName + "Up"
        glyph: "+"
        enabled: stepper.canUp
        onClicked: stepper.up()
    }
}
