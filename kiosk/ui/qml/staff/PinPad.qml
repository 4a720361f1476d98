import QtQuick
import kiosk.ui.qml

// The staff PIN pad: large digits, the entry shown as dots, PinGate's verdict
// with the lockout counting down. When no PIN is configured (and the kiosk
// is full screen), it says so and how to set one, and stays shut.
Rectangle {
    id: pad
    required property var controller
    property string entered: ""
    readonly property bool noPin: controller.state === "noPin"
    readonly property bool locked: controller.pinWait > 0
    readonly property bool canType: !noPin && !locked && !controller.checking
    readonly property int maxDigits: 12

    color: Theme.scrim

    function type(digit) {
        if (canType && entered.length < maxDigits)
            entered += digit
    }
    function erase() {
        entered = entered.slice(0, -1)
    }
    function submit() {
        if (canType && entered.length > 0) {
            controller.submitPin(entered)
            entered = ""
        }
    }
    function clock(seconds) {
        const m = Math.floor(seconds / 60)
        const s = seconds % 60
        return m + ":" + (s < 10 ? "0" : "") + s
    }

    // Nothing underneath reacts while the pad is up.
    MouseArea {
        anchors.fill: parent
        onClicked: {}
    }
    focus: true
    Component.onCompleted: forceActiveFocus()
    Keys.onPressed: (event) => {
        if (event.key >= Qt.Key_0 && event.key <= Qt.Key_9)
            pad.type(String(event.key - Qt.Key_0))
        else if (event.key === Qt.Key_Backspace)
            pad.erase()
        else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter)
            pad.submit()
        event.accepted = true
    }

    Rectangle {
        id: card
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 760 * Theme.unit)
        height: body.implicitHeight + 2 * Theme.margin
        radius: Theme.radius * 2
        color: Theme.surface
        border.color: Theme.hairline
        border.width: Math.max(1, Theme.unit)

        Column {
            id: body
            anchors.fill: parent
            anchors.margins: Theme.margin
            spacing: Theme.gap

            KText {
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                text: pad.noPin ? qsTr("Staff mode is locked") : qsTr("Staff PIN")
                serif: true
                size: Theme.titleSize
            }

            // -- no PIN configured ---------------------------------------------------
            KText {
                objectName: "noPinText"
                visible: pad.noPin
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("No staff PIN is set on this kiosk, so staff mode stays closed. "
                           + "Set one on the kiosk computer with this command:")
                color: Theme.textMuted
            }
            Text {
                visible: pad.noPin
                anchors.horizontalCenter: parent.horizontalCenter
                text: "kiosk set-pin"
                color: Theme.accent
                font.family: "Noto Sans"  // shipped; a command or path needs no monospace here
                font.pixelSize: Theme.headingSize
            }

            // -- entry -----------------------------------------------------------------
            Item {
                visible: !pad.noPin
                width: parent.width
                height: Theme.touch
                Row {
                    objectName: "pinDots"
                    anchors.centerIn: parent
                    spacing: Theme.gap
                    Repeater {
                        model: Math.max(4, pad.entered.length)
                        Rectangle {
                            required property int index
                            width: Theme.gap * 1.4
                            height: width
                            radius: width / 2
                            color: index < pad.entered.length ? Theme.text : "transparent"
                            border.color: Theme.textMuted
                            border.width: Math.max(2, 2 * Theme.unit)
                        }
                    }
                }
            }
            KText {
                objectName: "pinMessage"
                visible: !pad.noPin
                width: parent.width
                height: Math.max(implicitHeight, Theme.bodySize * 2.8)
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
                color: pad.controller.pinMessage !== "" || pad.locked ? Theme.accent
                                                                       : Theme.textMuted
                text: {
                    if (pad.controller.checking)
                        return qsTr("Checking…")
                    if (pad.locked)
                        return qsTr("Too many wrong PINs. Try again in %1.")
                                .arg(pad.clock(pad.controller.pinWait))
                    if (pad.controller.pinError === "wrong")
                        return qsTr("Wrong PIN. Try again.")
                    if (pad.controller.pinMessage !== "")
                        return pad.controller.pinMessage
                    return qsTr("Enter the staff PIN.")
                }
            }
            Grid {
                objectName: "keypad"
                visible: !pad.noPin
                anchors.horizontalCenter: parent.horizontalCenter
                columns: 3
                spacing: Theme.smallGap * 1.5
                LayoutMirroring.enabled: false
                Repeater {
                    model: ["1", "2", "3", "4", "5", "6", "7", "8", "9"]
                    PinKey {
                        required property string modelData
                        objectName: "key" + modelData
                        text: modelData
                        enabled: pad.canType
                        onClicked: pad.type(modelData)
                    }
                }
                PinKey {
                    objectName: "keyDelete"
                    text: qsTr("Delete")
                    textSize: Theme.bodySize
                    enabled: pad.entered.length > 0
                    onClicked: pad.erase()
                }
                PinKey {
                    objectName: "key0"
                    text: "0"
                    enabled: pad.canType
                    onClicked: pad.type("0")
                }
                PinKey {
                    objectName: "keyOk"
                    text: qsTr("OK")
                    primary: true
                    enabled: pad.canType && pad.entered.length > 0
                    onClicked: pad.submit()
                }
            }
            TouchButton {
                objectName: "pinCancel"
                anchors.horizontalCenter: parent.horizontalCenter
                width: Math.max(implicitWidth, 360 * Theme.unit)
                text: pad.noPin ? qsTr("OK") : qsTr("Cancel")
                onClicked: pad.controller.close()
            }
        }
    }
}
