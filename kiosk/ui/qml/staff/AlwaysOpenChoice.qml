import QtQuick
import kiosk.ui.qml

// "Always open | Hours for each day" in the hours editor.
Choice {
    required property var controller
    objectName: "alwaysOpen"
    first: qsTr("Always open")
    second: qsTr("Hours for each day")
    firstChosen: controller.alwaysOpen
    onChose: (always) => controller.setAlwaysOpen(always)
}
