import QtQuick
import kiosk.ui.qml

// One item in a section's grid: its thumbnail, title, and a mark for its kind.
Item {
    id: thumb
    required property int index
    required property int mediaId
    required property int itemId
    // A photo behind a blur advisory shows only its tiny blurred placeholder here.
    readonly property bool blurred: { advisories.revision; return advisories.isBlurred(itemId) }
    required property string kind
    required property string title
    required property string textLang
    signal chosen(int index)

    Rectangle {
        id: frame
        anchors.fill: parent
        anchors.margins: Theme.smallGap / 2
        color: Theme.surface
        radius: Theme.radius / 2
        clip: true
        PhotoImage {
            anchors.fill: parent
            visible: thumb.mediaId >= 0
            mediaId: thumb.mediaId
            kind: thumb.blurred ? "placeholder" : "thumb"
            fillMode: Image.PreserveAspectCrop
        }
        KText {
            visible: thumb.mediaId < 0
            anchors.fill: parent
            anchors.margins: Theme.gap
            text: thumb.title
            lang: thumb.textLang
            serif: true
            size: Theme.bodySize
            elide: Text.ElideRight
            verticalAlignment: Text.AlignVCenter
            horizontalAlignment: Text.AlignHCenter
        }
        Rectangle {
            visible: thumb.kind === "testimony"
            anchors.centerIn: parent
            width: Theme.touch; height: width; radius: width / 2
            color: Theme.scrim
            border.color: Theme.accent
            border.width: Math.max(2, 2 * Theme.unit)
            Text {
                anchors.centerIn: parent
                anchors.horizontalCenterOffset: width * 0.08
                text: "▶"
                color: Theme.accent
                font.family: "Noto Sans"
                font.pixelSize: parent.width * 0.4
            }
        }
    }
    MouseArea {
        anchors.fill: parent
        onClicked: thumb.chosen(thumb.index)
    }
}
