import QtQuick
import kiosk.ui.qml

// "Are you still there?" with a countdown and one large button (WCAG 2.2.1).
// Any touch continues; the overlay swallows it so nothing underneath reacts.
Rectangle {
    id: overlay
    color: Theme.veil
    opacity: kiosk.warning ? 1 : 0
    visible: opacity > 0
    Behavior on opacity { NumberAnimation { duration: Theme.motion } }

    MouseArea {
        anchors.fill: parent
        onClicked: kiosk.stillHere()
    }
    Column {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 1000 * Theme.unit)
        spacing: Theme.gap * 1.5
        KText {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Are you still there?")
            serif: true
            size: Theme.titleSize
        }
        KText {
            objectName: "countdown"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("The exhibition will start again for the next visitor in %1 seconds.")
                    .arg(kiosk.number(kiosk.warningSeconds))
            color: Theme.textMuted
        }
        Text {
            anchors.horizontalCenter: parent.horizontalCenter
            text: kiosk.number(kiosk.warningSeconds)
            color: Theme.accent
            font.family: Theme.arabicScript(kiosk.language) || Theme.nastaliq(kiosk.language)
                         ? "Noto Naskh Arabic" : "Noto Sans"
            font.pixelSize: Theme.displaySize * 1.4
        }
        TouchButton {
            objectName: "continue"
            anchors.horizontalCenter: parent.horizontalCenter
            width: Math.max(implicitWidth, 520 * Theme.unit)
            height: Theme.touch * 1.6
            primary: true
            text: qsTr("Continue")
            textSize: Theme.headingSize
            onClicked: kiosk.stillHere()
        }
    }
}
