import QtQuick
import kiosk.ui.qml

// A line of staff-panel text: smaller than a visitor's, tighter, wrapping.
KText {
    width: parent ? parent.width : implicitWidth
    size: Theme.smallSize
    color: Theme.text
    lineHeight: tall ? Theme.lineHeight(lang) : 1.15
}
