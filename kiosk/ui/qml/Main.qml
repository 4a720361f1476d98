import QtQuick
import QtQuick.Window

// The kiosk's one window: a stack of screens chosen by kiosk.screen, the
// idle warning on top. Right-to-left languages mirror the whole layout.
Window {
    id: window
    objectName: "kioskWindow"
    width: 1920
    height: 1080
    visible: true
    color: Theme.background
    title: kiosk.title

    onWidthChanged: resized()
    onHeightChanged: resized()
    Component.onCompleted: resized()
    function resized() {
        Theme.windowWidth = width
        Theme.windowHeight = height
        kiosk.setViewSize(width, height)
    }

    // Emitted once, when the attract loop first shows a photograph.
    signal firstPhotoShown()
    property bool photoShown: false

    Item {
        id: root
        anchors.fill: parent
        LayoutMirroring.enabled: kiosk.rtl
        LayoutMirroring.childrenInherit: true

        AttractLoop {
            id: attract
            objectName: "attract"
            anchors.fill: parent
            active: kiosk.screen === "attract"
            opacity: active ? 1 : 0
            visible: opacity > 0
            Behavior on opacity { NumberAnimation { duration: Theme.motion } }
            onPhotoShown: if (!window.photoShown) { window.photoShown = true; window.firstPhotoShown() }
        }
        Loader {
            objectName: "languagePage"
            anchors.fill: parent
            active: kiosk.screen === "language"
            sourceComponent: LanguagePage {}
        }
        OverviewPage {
            objectName: "overview"
            anchors.fill: parent
            visible: kiosk.screen === "overview"
        }
        SlideshowPage {
            objectName: "slideshow"
            anchors.fill: parent
            visible: kiosk.screen === "slideshow"
        }
        ReadingPage {
            objectName: "reading"
            anchors.fill: parent
            visible: kiosk.screen === "reading"
        }
        // Hook for the testimony screen (audio player + transcript, another
        // module): it sets kiosk.testimonyScreen to its QML file's URL.
        Loader {
            id: testimonyScreen
            objectName: "testimonyScreen"
            anchors.fill: parent
            active: kiosk.screen === "testimony" && kiosk.testimonyScreen !== ""
            source: kiosk.testimonyScreen
        }
        IdleOverlay {
            objectName: "idleOverlay"
            anchors.fill: parent
        }
    }
}
