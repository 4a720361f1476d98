import QtQuick
import kiosk.ui.qml

// The visitor's text size: one "A" per step, growing.
Row {
    spacing: Theme.smallGap / 2
    Accessible.name: qsTr("Text size")
    Repeater {
        model: kiosk.textSteps
        TouchButton {
            required property int index
            objectName: "textSize" + index
            primary: index === kiosk.textStep
            text: "A"
            lang: "en"
            textSize: Theme.bodySize * (0.75 + 0.22 * index)
            onClicked: kiosk.setTextStep(index)
        }
    }
}
