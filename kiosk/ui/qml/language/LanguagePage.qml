import QtQuick
import kiosk.ui.qml

// Each language named in its own script; the prompt is shown in all of them.
Rectangle {
    id: page
    color: Theme.background

    Column {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 1100 * Theme.unit)
        spacing: Theme.gap * 1.5

        KText {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: kiosk.title
            serif: true
            size: Theme.titleSize
            maximumLineCount: 2
            elide: Text.ElideRight
        }
        Column {
            width: parent.width
            spacing: Theme.smallGap
            Repeater {
                model: kiosk.languages
                KText {
                    required property var modelData
                    width: parent.width
                    horizontalAlignment: Text.AlignHCenter
                    text: kiosk.phrase("Choose your language", modelData.tag)
                    lang: modelData.tag
                    size: Theme.bodySize
                    color: Theme.textMuted
                    wrapMode: Text.NoWrap
                    topPadding: 0
                    lineHeight: tall ? 1.35 : 1.1
                }
            }
        }
        Item { width: 1; height: Theme.gap }
        Repeater {
            model: kiosk.languages
            TouchButton {
                required property var modelData
                objectName: "language-" + modelData.tag
                anchors.horizontalCenter: parent.horizontalCenter
                width: Math.min(parent.width, 760 * Theme.unit)
                height: Theme.touch * 1.35
                text: modelData.name
                lang: modelData.tag
                textSize: Theme.headingSize
                primary: modelData.tag === kiosk.language
                onClicked: kiosk.chooseLanguage(modelData.tag)
            }
        }
    }
}
