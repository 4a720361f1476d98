import QtQuick
import kiosk.ui.qml

// Two touch buttons side by side, one of them chosen (filled): "Open | Closed".
// Both are as wide as the wider label, so rows of choices line up.
Row {
    id: choice
    property string first: ""
    property string second: ""
    property bool firstChosen: true
    signal chose(bool first)

    spacing: Theme.smallGap / 2
    readonly property real buttonWidth: Math.max(one.implicitWidth, two.implicitWidth)

    TouchButton {
        id: one
        objectName: choice.objectName + "First"
        width: choice.buttonWidth
        text: choice.first
        primary: choice.firstChosen
        Accessible.checked: choice.firstChosen
        onClicked: choice.chose(true)
    }
    TouchButton {
        id: two
        objectName: choice.objectName + "Second"
        width: choice.buttonWidth
        text: choice.second
        primary: !choice.firstChosen
        Accessible.checked: !choice.firstChosen
        onClicked: choice.chose(false)
    }
}
