import QtQuick
import kiosk.ui.qml

// One weekday in the hours editor: its name, "Open | Closed", and the opening
// and closing time as steppers. A day with several opening periods (set in
// kiosk.toml) is shown as it is, with a button that makes it one period.
// Wide: all on one line. Narrow (portrait): the times on a second line.
Item {
    id: day
    required property var controller
    required property var row
    required property int index
    property string name: ""
    property bool narrow: false
    // The day name's column when wide, so the rows line up.
    property real nameWidth: 0

    readonly property string prefix: "day" + index
    // The width this day needs on one line. Made of implicit widths that do not
    // change with `narrow` (an invisible Row measures 0), so the editor can pick
    // the layout from it without going back and forth.
    readonly property real wideWidth: nameWidth + Theme.gap + choice.width + 2 * Theme.gap
        + (row.open && !row.single
           ? periods.implicitWidth + Theme.smallGap + onePeriod.implicitWidth
           : opensLabel.implicitWidth + closesLabel.implicitWidth
             + 2 * opens.implicitWidth + 4 * Theme.smallGap + Theme.gap)
    // Closed on a narrow screen: the chosen "Closed" says it all, no second line.
    readonly property bool timesShown: !narrow || row.open
    implicitHeight: narrow && timesShown ? top.height + Theme.smallGap + times.height
                                         : Math.max(top.height, times.height)

    // Anchored: it follows the editor's mirroring for Urdu and Arabic.
    Item {
        id: top
        anchors.left: parent.left
        width: day.narrow ? day.width : day.nameWidth + Theme.gap + choice.width
        height: Math.max(nameText.implicitHeight, choice.height)
        KText {
            id: nameText
            objectName: day.prefix + "Name"
            anchors.left: parent.left
            anchors.right: choice.left
            anchors.rightMargin: Theme.gap
            anchors.verticalCenter: parent.verticalCenter
            text: day.name
            size: Theme.bodySize
            font.bold: !tall  // Nastaliq has no bold of its own; a synthetic one smudges
            lineHeight: tall ? Theme.lineHeight(lang) : 1.0
            // One short word beside taller buttons: no room kept for high stacks above it.
            topPadding: 0
            bottomPadding: 0
        }
        Choice {
            id: choice
            objectName: day.prefix + "Open"
            anchors.right: parent.right
            anchors.verticalCenter: parent.verticalCenter
            first: qsTr("Open")
            second: qsTr("Closed")
            firstChosen: day.row.open
            onChose: (open) => day.controller.setDayOpen(day.index, open)
        }
    }

    Row {
        id: times
        objectName: day.prefix + "Times"
        visible: day.timesShown
        // x and y, not anchors switched with `narrow` (an item anchored left and right
        // for a moment keeps the stretched width); mirrored by hand.
        readonly property real start: day.narrow ? day.width - width
                                                 : top.width + 2 * Theme.gap
        x: LayoutMirroring.enabled ? day.width - width - start : start
        y: day.narrow ? top.height + Theme.smallGap : (day.height - height) / 2
        spacing: Theme.smallGap

        // -- one period: two steppers
        KText {
            id: opensLabel
            objectName: day.prefix + "OpensLabel"
            visible: day.row.single
            anchors.verticalCenter: parent.verticalCenter
            text: qsTr("Opens")
            size: Theme.smallSize
            color: Theme.textMuted
            wrapMode: Text.NoWrap
            lineHeight: tall ? Theme.lineHeight(lang) : 1.0
        }
        TimeStepper {
            id: opens
            objectName: day.prefix + "Opens"
            visible: day.row.single
            anchors.verticalCenter: parent.verticalCenter
            value: day.row.opens
            canDown: !!day.row.canOpenEarlier
            canUp: !!day.row.canOpenLater
            onDown: day.controller.stepHours(day.index, "opens", -1)
            onUp: day.controller.stepHours(day.index, "opens", 1)
        }
        Item { visible: day.row.single; width: Theme.gap; height: 1 }
        KText {
            id: closesLabel
            visible: day.row.single
            anchors.verticalCenter: parent.verticalCenter
            text: qsTr("Closes")
            size: Theme.smallSize
            color: Theme.textMuted
            wrapMode: Text.NoWrap
            lineHeight: tall ? Theme.lineHeight(lang) : 1.0
        }
        TimeStepper {
            objectName: day.prefix + "Closes"
            visible: day.row.single
            anchors.verticalCenter: parent.verticalCenter
            value: day.row.closes
            canDown: !!day.row.canCloseEarlier
            canUp: !!day.row.canCloseLater
            onDown: day.controller.stepHours(day.index, "closes", -1)
            onUp: day.controller.stepHours(day.index, "closes", 1)
        }

        // -- several periods: shown as they are, and one button to make them one
        KText {
            id: periods
            objectName: day.prefix + "Periods"
            visible: day.row.open && !day.row.single
            anchors.verticalCenter: parent.verticalCenter
            text: day.row.hours
            lang: "en"
            size: Theme.bodySize
            wrapMode: Text.NoWrap
            lineHeight: 1.0
        }
        TouchButton {
            id: onePeriod
            objectName: day.prefix + "OnePeriod"
            visible: day.row.open && !day.row.single
            anchors.verticalCenter: parent.verticalCenter
            // Isolated: beside Arabic letters "10:00-18:00" would read 18:00-10:00.
            text: qsTr("Replace with %1").arg("\u2066" + day.row.span + "\u2069")
            textSize: Theme.smallSize
            onClicked: day.controller.useOneInterval(day.index)
        }

        // -- closed
        KText {
            visible: !day.row.open
            anchors.verticalCenter: parent.verticalCenter
            text: qsTr("Closed all day")
            size: Theme.smallSize
            color: Theme.textMuted
            wrapMode: Text.NoWrap
            lineHeight: tall ? Theme.lineHeight(lang) : 1.0
        }
    }
}
