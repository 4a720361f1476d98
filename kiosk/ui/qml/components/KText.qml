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

    // For a one-line label centred on something (a button, a bar): set
    // `centredLabel` and add `inkOffset` to the vertical centre, so the
    // letters, not the line box, sit in the middle. Nastaliq's line box
    // reaches far above its letters (room for the highest stacks), so a
    // centred box leaves a short word low and lifts a sloping word's head out
    // of a small button; `inkHeight` is the room its letters really take.
    // Other scripts, and running text (measuring it costs): 0 and the box.
    property bool centredLabel: false
    readonly property bool measured: centredLabel && tall && text !== ""
    readonly property rect ink: measured ? inkMetrics.tightBoundingRect : Qt.rect(0, 0, 0, 0)
    readonly property real inkOffset: measured
        ? (fontMetrics.descent - fontMetrics.ascent) / 2 - (ink.y + ink.height / 2) : 0
    readonly property real inkHeight: measured ? ink.height : implicitHeight
    FontMetrics {
        id: fontMetrics
        font: label.font
    }
    TextMetrics {
        id: inkMetrics
        font: label.font
        text: label.measured ? label.text : ""
    }
}
