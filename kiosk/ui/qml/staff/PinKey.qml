import QtQuick
import kiosk.ui.qml

// One key of the PIN pad: large, square-ish, no hover states.
TouchButton {
    property string key: ""
    implicitWidth: Theme.touch * 2.3
    implicitHeight: Theme.touch * 1.5
    textSize: Theme.headingSize
}
