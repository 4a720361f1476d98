import QtQuick
import kiosk.ui.qml

// Long texts in a comfortable column (at most ~70 characters a line), with
// their photographs inline, kinetic scrolling and the visitor's text size.
// Each block in its own language's font and direction (kiosk.reading: title,
// lang, blocks [{kind, text, lang, mediaId, aspect}]); the first text not
// translated into the visitor's language is marked under the title.
Rectangle {
    id: page
    color: Theme.background
    readonly property var content: kiosk.reading
    readonly property string lang: content.lang || kiosk.language
    readonly property real bodySize: Math.round(Theme.bodySize * Theme.sizeFactor(lang) * Theme.textScale)
    // The language to mark: the title's when it is a fallback, else the first block's that is.
    readonly property string fallbackLang: {
        const langs = [content.lang || ""].concat((content.blocks || []).map((b) => b.lang || ""))
        return langs.find((l) => Theme.fallback(l)) || ""
    }

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
                horizontalAlignment: Theme.startAlign(lang, LayoutMirroring.enabled)
            }
            LanguageTag {
                objectName: "readingLanguage"
                lang: page.fallbackLang
                x: Theme.rtl(lang) ? parent.width - width : 0
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
            lang: parent.block.lang || page.lang
            textFormat: Text.MarkdownText
            scalable: true
            horizontalAlignment: Theme.startAlign(lang, LayoutMirroring.enabled)
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
                lang: parent.parent.block.lang || page.lang
                horizontalAlignment: Theme.startAlign(lang, LayoutMirroring.enabled)
                size: Theme.smallSize
                scalable: true
                color: Theme.textMuted
            }
        }
    }
}
