import QtQuick
import kiosk.ui.qml

// A titled block of the staff panel; children stack in a column.
Rectangle {
    id: card
    property string title: ""
    default property alias content: column.data
    readonly property real pad: Theme.gap * 0.75
    readonly property real innerWidth: width - 2 * pad

    implicitHeight: column.implicitHeight + 2 * pad
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.hairline
    border.width: Math.max(1, Theme.unit)

    Column {
        id: column
        x: card.pad
        y: card.pad
        width: card.innerWidth
        spacing: Theme.smallGap / 2
        KText {
            width: parent.width
            text: card.title
            size: Theme.headingSize * 0.85
            serif: true
            color: Theme.accent
            lineHeight: tall ? Theme.lineHeight(lang) : 1.1
        }
    }
}
