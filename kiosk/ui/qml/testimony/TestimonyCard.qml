import QtQuick
import kiosk.ui.qml

// A testimony's photograph and a card inviting the visitor to listen.
// Hook: the play button calls kiosk.playTestimony(itemId); the audio player
// and transcript screen (kiosk/ui/audio, kiosk/ui/testimony*.py) answer it.
Item {
    id: card
    property int itemId: -1
    property int mediaId: -1
    property string title: ""
    property string textLang: kiosk.language

    BlurGate {
        id: gate
        anchors.fill: parent
        advisory: { advisories.revision; return advisories.blurFor(card.itemId) }
        placeholderSource: "image://placeholder/" + card.mediaId
        onRevealed: advisories.reveal(card.itemId)
        onSkipped: (id) => { advisories.skipBlurred(id, card.itemId); kiosk.nextSlide() }
        PhotoImage {
            anchors.fill: parent
            mediaId: card.mediaId
        }
    }
    Rectangle {
        // Below the top bar, clear of the caption panel at the bottom.
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.top: parent.top
        anchors.topMargin: Theme.touch + 2 * Theme.gap + Theme.margin
        width: Math.min(parent.width - 2 * Theme.margin, 900 * Theme.unit)
        height: cardColumn.implicitHeight + 2 * Theme.margin
        radius: Theme.radius
        color: Theme.scrim
        border.color: Theme.hairline
        Column {
            id: cardColumn
            anchors.centerIn: parent
            width: parent.width - 2 * Theme.margin
            spacing: Theme.gap
            KText {
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("Listen to this testimony")
                size: Theme.bodySize
                color: Theme.textMuted
            }
            KText {
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                text: card.title
                lang: card.textLang
                serif: true
                size: Theme.titleSize * 0.8
                maximumLineCount: 2
                elide: Text.ElideRight
            }
            LanguageTag {
                anchors.horizontalCenter: parent.horizontalCenter
                lang: card.title !== "" ? card.textLang : ""
            }
            TouchButton {
                objectName: "playTestimony"
                anchors.horizontalCenter: parent.horizontalCenter
                minHeight: Theme.touch * 1.4
                primary: true
                glyph: "▶"
                text: qsTr("Play")
                textSize: Theme.headingSize
                onClicked: kiosk.playTestimony(card.itemId)
            }
        }
    }
}
