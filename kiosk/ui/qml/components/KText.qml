import QtQuick
import kiosk.ui.qml

// Text in the right font and line height for its language.
Text {
    id: label
    property string lang: kiosk.language
    property bool serif: false
    property real size: Theme.bodySize
    property bool scalable: false

    readonly property bool tall: Theme.nastaliq(lang)

    color: Theme.text
    font.family: Theme.family(lang, serif)
    font.pixelSize: Math.round(size * Theme.sizeFactor(lang) * (scalable ? Theme.textScale : 1))
    lineHeight: Theme.lineHeight(lang)
    // Stacked Nastaliq letters can reach above the font's ascent on the first line.
    topPadding: tall ? font.pixelSize * 0.25 : 0
    bottomPadding: tall ? font.pixelSize * 0.1 : 0
    wrapMode: Text.Wrap
    textFormat: Text.PlainText
    horizontalAlignment: Text.AlignLeft
}
