import QtQuick
import kiosk.ui.qml

// The visitor's text size (one "A" per step, growing) and high contrast.
// Both are forgotten at the idle reset (kiosk/ui/accessibility.py).
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
            // As tall as the labelled button beside it (a Nastaliq label is taller).
            minHeight: Math.max(Theme.touch, contrast.implicitHeight)
            textSize: Theme.bodySize * (0.75 + 0.22 * index)
            onClicked: kiosk.setTextStep(index)
        }
    }
    TouchButton {
        id: contrast
        objectName: "highContrast"
        visible: typeof accessibility !== "undefined" && accessibility !== null
        primary: visible && accessibility.highContrast
        text: qsTr("High contrast")
        onClicked: accessibility.setHighContrast(!accessibility.highContrast)
    }
}
