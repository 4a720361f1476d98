import QtQuick
import kiosk.ui.qml

// The items of one section, one at a time: swipe or use the arrows, tap for
// the caption, pinch or double-tap to zoom. The neighbours either side are
// instantiated (cacheBuffer) and decoded ahead, so "next" is only a redraw.
Rectangle {
    id: page
    color: Theme.background
    readonly property var current: slides.currentItem
    readonly property bool infoOpen: !!current && current.infoOpen

    ListView {
        id: slides
        objectName: "slides"
        anchors.fill: parent
        orientation: ListView.Horizontal
        snapMode: ListView.SnapOneItem
        highlightRangeMode: ListView.StrictlyEnforceRange
        highlightMoveDuration: Theme.motion
        highlightMoveVelocity: -1
        boundsBehavior: Flickable.StopAtBounds
        interactive: !kiosk.zoomed
        cacheBuffer: kiosk.preloadNeighbours ? Math.max(1, width) : 0
        reuseItems: false
        model: kiosk.slides
        currentIndex: kiosk.slideIndex
        onCurrentIndexChanged: if (currentIndex !== kiosk.slideIndex) kiosk.showSlide(currentIndex)
        delegate: Slide {
            width: slides.width
            height: slides.height
            current: ListView.isCurrentItem
        }
    }
    Connections {
        target: kiosk
        function onSlideChanged() {
            if (slides.currentIndex !== kiosk.slideIndex)
                slides.currentIndex = kiosk.slideIndex
        }
    }

    TopBar {
        id: bar
        anchors.left: parent.left
        anchors.right: parent.right
        opacity: kiosk.zoomed ? 0 : 1
        visible: opacity > 0
        Behavior on opacity { NumberAnimation { duration: Theme.motion } }
        title: kiosk.sectionTitle
        lang: kiosk.sectionTitleLang
        onBackClicked: kiosk.back()
        KText {
            objectName: "position"
            anchors.verticalCenter: parent.verticalCenter
            anchors.verticalCenterOffset: inkOffset
            centredLabel: true
            text: qsTr("%1 of %2").arg(kiosk.number(kiosk.slideIndex + 1)).arg(kiosk.number(slides.count))
            color: Theme.textMuted
            wrapMode: Text.NoWrap
            topPadding: 0
            bottomPadding: 0
            lineHeight: 1.0
        }
    }
    TouchButton {
        objectName: "previous"
        anchors.left: parent.left
        anchors.leftMargin: Theme.margin / 2
        anchors.verticalCenter: parent.verticalCenter
        width: Theme.touch * 1.3
        height: width
        round: true
        glyph: LayoutMirroring.enabled ? "›" : "‹"
        textSize: Theme.titleSize
        visible: kiosk.slideIndex > 0 && !kiosk.zoomed && !page.infoOpen
        onClicked: kiosk.previousSlide()
        Accessible.name: qsTr("Previous")
    }
    TouchButton {
        objectName: "next"
        anchors.right: parent.right
        anchors.rightMargin: Theme.margin / 2
        anchors.verticalCenter: parent.verticalCenter
        width: Theme.touch * 1.3
        height: width
        round: true
        glyph: LayoutMirroring.enabled ? "‹" : "›"
        textSize: Theme.titleSize
        visible: kiosk.slideIndex < slides.count - 1 && !kiosk.zoomed && !page.infoOpen
        onClicked: kiosk.nextSlide()
        Accessible.name: qsTr("Next")
    }
    CaptionPanel {
        id: captionPanel
        objectName: "caption"
        readonly property var slide: kiosk.slide
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        // A blurred photo's own card (advisory text, Show image, Skip) needs the
        // space; the caption comes back once the visitor chose to see it.
        readonly property bool blurred: {
            advisories.revision
            return slide.itemId !== undefined && advisories.isBlurred(slide.itemId)
        }
        opacity: kiosk.captionVisible && !kiosk.zoomed && !blurred && !page.infoOpen
                 && slides.count > 0 ? 1 : 0
        visible: opacity > 0
        Behavior on opacity { NumberAnimation { duration: Theme.motion } }
        title: slide.title || ""
        textLang: slide.lang || kiosk.language
        caption: slide.caption || ""
        captionLang: slide.captionLang || textLang
        placeLang: slide.placeLang || textLang
        creditLang: slide.creditLang || textLang
        credit: slide.credit || ""
        date: slide.date || ""
        place: slide.place || ""
        hasLongText: !!slide.hasLongText
        onReadClicked: kiosk.openItemText(kiosk.slideIndex)
    }
}
