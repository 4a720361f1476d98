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
    // This slide's info panel is open: the page hides the caption and arrows
    // that would otherwise lie over it.
    property bool infoOpen: false

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
                    // Preloading off (a benchmark): a neighbour does not load its photo ahead.
                    // The list keeps two slides either side (those touching its buffer's
                    // edges too); only the nearest hold their photo (8 MiB each at 1080p),
                    // the next ones find theirs in the provider's cache when they come near.
                    mediaId: slide.current || (kiosk.preloadNeighbours
                                               && Math.abs(slide.index - kiosk.slideIndex) <= 1)
                             ? slide.mediaId : -1
                    fullWidth: slide.fullWidth
                    current: slide.current
                }
            }
            // Below the page's TopBar (Back, the section, "2 of 3"), which stays
            // on top: the open panel's heading and Close must not slide under it.
            // Closed, it is only its button (the panel is made when opened).
            InfoPanel {
                anchors.fill: parent
                anchors.topMargin: Theme.touch + 2 * Theme.gap
                visible: !kiosk.zoomed
                // Filled in when opened: its fields are made then, not at each change.
                details: slide.current && slide.infoOpen && kiosk.slide.details
                         ? kiosk.slide.details : ({})
                button.anchors.topMargin: Theme.gap
                readonly property bool shown: slide.current
                onShownChanged: if (!shown) closePanel()  // swiped away: closed
                onOpenChanged: slide.infoOpen = open
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
