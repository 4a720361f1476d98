import QtQuick
import kiosk.ui.qml

// One item of the slideshow; one view per kind of item.
Item {
    id: slide
    required property int index
    required property int itemId
    required property string kind
    required property int mediaId
    required property int fullWidth
    required property string title
    required property string textLang
    property bool current: false

    Loader {
        anchors.fill: parent
        sourceComponent: slide.kind === "testimony" ? testimony
                       : slide.kind === "text" || slide.mediaId < 0 ? textCard : photo
    }
    Component {
        id: photo
        ZoomView {
            objectName: "zoomView"
            mediaId: slide.mediaId
            fullWidth: slide.fullWidth
            current: slide.current
        }
    }
    Component {
        id: testimony
        TestimonyCard {
            itemId: slide.itemId
            mediaId: slide.mediaId
            title: slide.title
            textLang: slide.textLang
        }
    }
    Component {
        id: textCard
        Rectangle {
            color: Theme.surface
            KText {
                anchors.centerIn: parent
                width: Math.min(parent.width - 4 * Theme.margin, Theme.bodySize * 30)
                horizontalAlignment: Text.AlignHCenter
                text: slide.title
                lang: slide.textLang
                serif: true
                size: Theme.titleSize
            }
            TapHandler { onSingleTapped: kiosk.toggleCaption() }
        }
    }
}
