import QtQuick
import kiosk.ui.qml

// Title, caption, and the facts a museum label carries: creator, date, place, credit.
// Each text in its own language's font and direction; one not translated into
// the visitor's language is marked with its language's name (LanguageTag).
Rectangle {
    id: panel
    property string title: ""
    property string caption: ""
    property string credit: ""
    property string date: ""
    property string place: ""
    property string textLang: kiosk.language
    property string captionLang: textLang
    property string placeLang: textLang
    property string creditLang: textLang
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
        LanguageTag {
            objectName: "titleLanguage"
            lang: panel.title !== "" ? panel.textLang : ""
            x: Theme.rtl(lang) ? parent.width - width : 0
        }
        KText {
            objectName: "captionTitle"
            width: parent.width
            text: panel.title
            lang: panel.textLang
            serif: true
            size: Theme.headingSize
            maximumLineCount: 2
            elide: Text.ElideRight
            horizontalAlignment: Theme.startAlign(lang, LayoutMirroring.enabled)
        }
        LanguageTag {
            objectName: "captionLanguage"
            // Once is enough when the title is in the same language.
            lang: panel.caption !== "" && (panel.title === "" || panel.captionLang !== panel.textLang)
                  ? panel.captionLang : ""
            x: Theme.rtl(lang) ? parent.width - width : 0
        }
        KText {
            id: captionText
            objectName: "captionText"
            width: parent.width
            visible: text !== ""
            text: panel.caption
            lang: panel.captionLang
            maximumLineCount: 3
            elide: Text.ElideRight
            horizontalAlignment: Theme.startAlign(lang, LayoutMirroring.enabled)
        }
        KText {
            width: parent.width
            visible: text !== ""
            text: panel.facts
            // Names and credits are often left untranslated: the line takes
            // their language's font and direction, without a mark.
            lang: panel.place !== "" ? panel.placeLang
                : panel.credit !== "" ? panel.creditLang : panel.textLang
            horizontalAlignment: Theme.startAlign(lang, LayoutMirroring.enabled)
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
