import QtQuick
import kiosk.ui.qml

// A content note shown shortly before a difficult passage: a buffer, not a
// wall — playback goes on unless the visitor chooses to skip the passage.
Rectangle {
    id: notice
    required property var transcript
    required property string lang
    required property string title
    required property string skipText
    required property string keepText

    visible: transcript.passageAdvisoryActive
    height: visible ? content.implicitHeight + 2 * Theme.gap : 0
    radius: Theme.radius
    color: Theme.surfaceRaised
    border.color: Theme.accent
    Accessible.role: Accessible.AlertMessage
    Accessible.name: title + ": " + transcript.passageAdvisory

    // Text on one side, the two choices on the other: one compact band.
    Item {
        id: content
        anchors {
            left: parent.left
            right: parent.right
            verticalCenter: parent.verticalCenter
            margins: Theme.gap
        }
        implicitHeight: Math.max(words.implicitHeight, choices.implicitHeight)
        Column {
            id: words
            anchors.left: parent.left
            anchors.right: choices.left
            anchors.rightMargin: Theme.gap
            anchors.verticalCenter: parent.verticalCenter
            spacing: Theme.smallGap / 2
            KText {
                width: parent.width
                text: notice.title
                lang: notice.lang
                size: Theme.smallSize
                color: Theme.accent
            }
            KText {
                objectName: "passageText"
                width: parent.width
                text: notice.transcript.passageAdvisory
                lang: notice.transcript.language
            }
        }
        Row {
            id: choices
            anchors.right: parent.right
            anchors.verticalCenter: parent.verticalCenter
            spacing: Theme.smallGap
            TouchButton {
                objectName: "skipPassage"
                primary: true
                text: notice.skipText
                lang: notice.lang
                onClicked: notice.transcript.skipPassage()
            }
            TouchButton {
                objectName: "keepListening"
                text: notice.keepText
                lang: notice.lang
                onClicked: notice.transcript.acceptPassage()
            }
        }
    }
}
