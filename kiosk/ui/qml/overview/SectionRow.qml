import QtQuick
import kiosk.ui.qml

// A section: its title and introduction, and its items as a two-row grid
// that scrolls sideways.
Item {
    id: row
    required property int index
    required property string title
    required property string introduction
    required property string textLang
    required property string introductionLang
    required property var items
    required property bool hasLongText
    signal openItem(int section, int item)
    signal openText(int section)

    readonly property real cell: Math.max(Theme.touch * 2.6, Math.min(width / (Theme.portrait ? 3.2 : 5.2), 380 * Theme.unit))
    height: header.height + grid.height + Theme.gap * 2.5

    Item {
        id: header
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        height: Math.max(texts.height, readButton.height)
        Column {
            id: texts
            anchors.left: parent.left
            anchors.right: readButton.visible ? readButton.left : parent.right
            anchors.rightMargin: Theme.gap
            spacing: Theme.smallGap / 2
            // Not translated: the title (and an introduction in the same
            // language) carries one mark; an introduction in another, its own.
            LanguageTag {
                objectName: "sectionLanguage"
                lang: row.title !== "" ? row.textLang
                    : row.introduction !== "" ? row.introductionLang : ""
                x: Theme.rtl(lang) ? parent.width - width : 0
            }
            KText {
                width: parent.width
                text: row.title
                lang: row.textLang
                serif: true
                size: Theme.titleSize * 0.8
                maximumLineCount: 2
                elide: Text.ElideRight
                horizontalAlignment: Theme.startAlign(lang, LayoutMirroring.enabled)
            }
            LanguageTag {
                lang: row.title !== "" && row.introduction !== ""
                      && row.introductionLang !== row.textLang ? row.introductionLang : ""
                x: Theme.rtl(lang) ? parent.width - width : 0
            }
            KText {
                width: parent.width
                visible: text !== ""
                text: row.introduction
                lang: row.introductionLang
                color: Theme.textMuted
                maximumLineCount: 2
                elide: Text.ElideRight
                horizontalAlignment: Theme.startAlign(lang, LayoutMirroring.enabled)
            }
        }
        TouchButton {
            id: readButton
            visible: row.hasLongText
            anchors.right: parent.right
            anchors.verticalCenter: texts.verticalCenter
            text: qsTr("Read")
            onClicked: row.openText(row.index)
        }
    }
    GridView {
        id: grid
        anchors.top: header.bottom
        anchors.topMargin: Theme.gap
        anchors.left: parent.left
        anchors.right: parent.right
        leftMargin: Theme.margin - Theme.smallGap / 2
        rightMargin: Theme.margin - Theme.smallGap / 2
        height: cellHeight * Math.min(2, Math.ceil(count / Math.max(1, Math.floor(width / cellWidth))))
        flow: GridView.FlowTopToBottom
        cellWidth: row.cell
        cellHeight: row.cell * 0.72
        boundsBehavior: Flickable.StopAtBounds
        flickableDirection: Flickable.HorizontalFlick
        clip: true
        model: row.items
        delegate: Thumbnail {
            objectName: "thumbnail"
            width: grid.cellWidth
            height: grid.cellHeight
            onChosen: (i) => row.openItem(row.index, i)
        }
    }
}
