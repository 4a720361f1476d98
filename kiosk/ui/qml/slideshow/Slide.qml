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
        Item {
            BlurGate {
                anchors.fill: parent
                advisory: { advisories.revision; return advisories.blurFor(slide.itemId) }
                placeholderSource: "image://placeholder/" + slide.mediaId
                onRevealed: advisories.reveal(slide.itemId)
                onSkipped: (id) => {
                    advisories.skipBlurred(id, slide.itemId)
                    if (slide.index < kiosk.slides.rowCount() - 1) kiosk.nextSlide()
                    else kiosk.back()
                }
                ZoomView {
                    objectName: "zoomView"
                    anchors.fill: parent
                    mediaId: slide.mediaId
                    fullWidth: slide.fullWidth
                    current: slide.current
                }
            }
            InfoPanel {
                anchors.fill: parent
                visible: !kiosk.zoomed
                details: slide.current && kiosk.slide.details ? kiosk.slide.details : ({})
                button.anchors.topMargin: Theme.touch + 3 * Theme.gap   // below the TopBar
            }
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
