import QtQuick
import kiosk.ui.qml

// The staff panel's opening hours, full width: "Always open" or the hours of
// each weekday, changed with steppers. Every change applies at once (the
// closed screen follows) and is kept in the staff settings file.
Flickable {
    id: editor
    required property var controller
    readonly property var c: controller
    // A portrait screen (or one too narrow for a day on one line): each day's
    // times go on a line of their own.
    property bool portrait: false
    readonly property bool narrow: portrait || width < days.wideWidth
    signal done()

    contentWidth: width
    contentHeight: column.implicitHeight
    clip: true
    boundsBehavior: Flickable.StopAtBounds
    // Unlike the rest of the panel, mirrored for Urdu and Arabic: a label must
    // stand before the stepper it names in reading order ("Opens [−] 09:00 [+]").
    LayoutMirroring.enabled: Theme.rtl(kiosk.language)
    LayoutMirroring.childrenInherit: true

    function dayName(index) {
        // index 0 = Monday; Qt's Locale counts from Sunday = 0. A label: capitalised.
        const name = Qt.locale(kiosk.language).dayName((index + 1) % 7, Locale.LongFormat)
        return name.charAt(0).toLocaleUpperCase() + name.slice(1)
    }

    Column {
        id: column
        width: editor.width
        spacing: Theme.gap

        // The title, "Always open | Hours for each day" and Done on one line when wide;
        // when narrow, the choice on a line of its own below.
        Item {
            width: parent.width
            height: Math.max(title.implicitHeight, doneButton.implicitHeight,
                             wideChoice.visible ? wideChoice.implicitHeight : 0)
            KText {
                id: title
                anchors.left: parent.left
                anchors.right: wideChoice.visible ? wideChoice.left : doneButton.left
                anchors.rightMargin: Theme.gap
                anchors.verticalCenter: parent.verticalCenter
                text: qsTr("Opening hours")
                serif: true
                size: Theme.headingSize
                color: Theme.accent
                lineHeight: tall ? Theme.lineHeight(lang) : 1.0
            }
            AlwaysOpenChoice {
                id: wideChoice
                visible: !editor.narrow
                anchors.right: doneButton.left
                anchors.rightMargin: 2 * Theme.gap
                anchors.verticalCenter: parent.verticalCenter
                controller: editor.c
            }
            TouchButton {
                id: doneButton
                objectName: "hoursDone"
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                primary: true
                text: qsTr("Done")
                onClicked: editor.done()
            }
        }
        AlwaysOpenChoice {
            visible: editor.narrow
            anchors.left: parent.left  // the start edge, also when mirrored
            controller: editor.c
        }
        StaffLine {
            text: qsTr("Outside these hours the screen shows “Closed” or goes dark; a touch wakes it for two minutes.")
                  + " " + qsTr("Changes apply at once and are kept when the kiosk restarts.")
            color: Theme.textMuted
        }
        StaffLine {
            visible: !editor.c.clockTrusted
            text: qsTr("The clock is not set, so the kiosk stays open.")
            color: Theme.accent
        }
        StaffLine {
            visible: editor.c.alwaysOpen
            text: qsTr("The screen stays on all day, every day.")
        }
        Column {
            objectName: "days"
            visible: !editor.c.alwaysOpen
            width: parent.width
            // Narrow: a day takes two lines, so days stand further apart than their lines.
            spacing: editor.narrow ? Theme.gap : Theme.smallGap
            Repeater {
                id: days
                // The widest day on one line.
                readonly property real wideWidth: {
                    let widest = 0
                    for (let i = 0; i < count; ++i) {
                        const day = itemAt(i)
                        widest = Math.max(widest, day ? day.wideWidth : 0)
                    }
                    return widest
                }
                model: editor.c.openHours
                DayHours {
                    required property var modelData
                    width: parent.width
                    controller: editor.c
                    row: modelData
                    name: editor.dayName(index)
                    narrow: editor.narrow
                    nameWidth: editor.width * 0.2
                }
            }
        }
    }
}
