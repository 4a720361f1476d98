import QtQuick
import kiosk.ui.qml

// Title, caption, and the facts a museum label carries: creator, date, place, credit.
Rectangle {
    id: panel
    property string title: ""
    property string caption: ""
    property string credit: ""
    property string date: ""
    property string place: ""
    property string textLang: kiosk.language
    property bool hasLongText: false
    signal readClicked()

    color: Theme.scrim
    height: column.implicitHeight + 2 * Theme.gap
    readonly property string facts: [date, place, credit].filter((s) => s !== "").join("  ·  ")

    Column {
        id: column
        // A readable measure, on the reading side (anchors mirror for RTL).
        // Room for the Read button is kept even when it is hidden: whether it
        // shows depends on whether the caption fits.
        readonly property real room: panel.width - 2 * Theme.margin
                                     - readButton.implicitWidth - Theme.gap
        anchors.left: parent.left
        anchors.top: parent.top
        anchors.leftMargin: Theme.margin
        anchors.topMargin: Theme.gap
        width: Math.min(room, Theme.bodySize * 40)
        spacing: Theme.smallGap / 2
        KText {
            width: parent.width
            text: panel.title
            lang: panel.textLang
            serif: true
            size: Theme.headingSize
            maximumLineCount: 2
            elide: Text.ElideRight
        }
        KText {
            id: captionText
            width: parent.width
            visible: text !== ""
            text: panel.caption
            lang: panel.textLang
            maximumLineCount: 3
            elide: Text.ElideRight
        }
        KText {
            width: parent.width
            visible: text !== ""
            text: panel.facts
            lang: panel.textLang
            size: Theme.smallSize
            color: Theme.textMuted
            maximumLineCount: 2
            elide: Text.ElideRight
        }
    }
    TouchButton {
        id: readButton
        // Also when the caption did not fit: the reading view shows all of it.
        visible: panel.hasLongText || captionText.truncated
        anchors.right: parent.right
        anchors.rightMargin: Theme.margin
        anchors.verticalCenter: parent.verticalCenter
        text: qsTr("Read")
        onClicked: panel.readClicked()
    }
}
