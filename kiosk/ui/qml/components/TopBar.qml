import QtQuick
import kiosk.ui.qml

// Back button, a title, and room for controls at the far end.
Rectangle {
    id: bar
    property string title: ""
    property string lang: kiosk.language
    property bool showBack: true
    default property alias controls: tools.data
    signal backClicked()

    height: Theme.touch + 2 * Theme.gap
    color: Theme.scrim

    TouchButton {
        id: backButton
        visible: bar.showBack
        anchors.left: parent.left
        anchors.leftMargin: Theme.margin
        anchors.verticalCenter: parent.verticalCenter
        glyph: LayoutMirroring.enabled ? "→" : "←"
        text: qsTr("Back")
        onClicked: bar.backClicked()
    }
    // The title, and the discreet mark when it falls back to the default language.
    Item {
        id: titleArea
        anchors.left: bar.showBack ? backButton.right : parent.left
        anchors.leftMargin: bar.showBack ? Theme.gap : Theme.margin
        anchors.right: tools.left
        anchors.rightMargin: Theme.gap
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        Row {
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.verticalCenter: parent.verticalCenter
            spacing: Theme.smallGap
            KText {
                objectName: "barTitle"
                width: Math.min(implicitWidth, titleArea.width
                                - (titleTag.visible ? titleTag.width + Theme.smallGap : 0))
                anchors.verticalCenter: parent.verticalCenter
                anchors.verticalCenterOffset: inkOffset
                centredLabel: true
                text: bar.title
                lang: bar.lang
                serif: true
                size: Theme.headingSize
                wrapMode: Text.NoWrap
                elide: Text.ElideRight
                topPadding: 0
                bottomPadding: 0
                lineHeight: 1.0
                maximumLineCount: 1
            }
            LanguageTag {
                id: titleTag
                objectName: "barTitleLanguage"
                lang: bar.title !== "" ? bar.lang : ""
                anchors.verticalCenter: parent.verticalCenter
            }
        }
    }
    Row {
        id: tools
        anchors.right: parent.right
        anchors.rightMargin: Theme.margin
        anchors.verticalCenter: parent.verticalCenter
        spacing: Theme.smallGap
    }
}
