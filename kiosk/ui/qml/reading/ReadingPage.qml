import QtQuick
import kiosk.ui.qml

// Long texts in a comfortable column (at most ~70 characters a line), with
// their photographs inline, kinetic scrolling and the visitor's text size.
Rectangle {
    id: page
    color: Theme.background
    readonly property var content: kiosk.reading
    readonly property string lang: content.lang || kiosk.language
    readonly property real bodySize: Math.round(Theme.bodySize * Theme.sizeFactor(lang) * Theme.textScale)

    FontMetrics {
        id: metrics
        font.family: Theme.family(page.lang, false)
        font.pixelSize: page.bodySize
    }
    readonly property real columnWidth: Math.min(width - 2 * Theme.margin,
                                                 metrics.averageCharacterWidth * 66)

    Connections {
        target: kiosk
        function onReadingChanged() { flick.contentY = 0 }
    }

    TopBar {
        id: bar
        z: 2
        anchors.left: parent.left
        anchors.right: parent.right
        title: Theme.portrait ? "" : page.content.title || ""
        lang: page.lang
        onBackClicked: kiosk.back()
        TextSizeChooser {}
    }
    Flickable {
        id: flick
        objectName: "readingFlick"
        anchors.top: bar.bottom
        anchors.bottom: parent.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        contentWidth: width
        contentHeight: column.height + 2 * Theme.margin
        flickableDirection: Flickable.VerticalFlick
        boundsBehavior: Flickable.StopAtBounds
        clip: true

        Column {
            id: column
            y: Theme.margin
            x: (flick.width - width) / 2
            width: page.columnWidth
            spacing: Theme.gap * 1.2
            KText {
                width: parent.width
                text: page.content.title || ""
                lang: page.lang
                serif: true
                size: Theme.titleSize
                scalable: true
            }
            Repeater {
                model: page.content.blocks || []
                Loader {
                    required property var modelData
                    width: column.width
                    sourceComponent: modelData.kind === "photo" ? photoBlock : textBlock
                    property var block: modelData
                }
            }
        }
    }
    Component {
        id: textBlock
        KText {
            text: parent.block.text
            lang: page.lang
            textFormat: Text.MarkdownText
            scalable: true
            onLinkActivated: {}      // no browser on a kiosk
        }
    }
    Component {
        id: photoBlock
        Column {
            spacing: Theme.smallGap
            PhotoImage {
                width: parent.width
                height: Math.min(width / Math.max(0.3, parent.parent.block.aspect), page.height * 0.6)
                mediaId: parent.parent.block.mediaId
            }
            KText {
                width: parent.width
                visible: text !== ""
                text: parent.parent.block.text
                lang: page.lang
                size: Theme.smallSize
                scalable: true
                color: Theme.textMuted
            }
        }
    }
}
