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
        // The visitor's screens are built after the first attract photo is up
        // (start-up), in the background; a touch before then builds them at once.
        Loader {
            objectName: "overview"
            anchors.fill: parent
            visible: kiosk.screen === "overview"
            active: window.photoShown || kiosk.screen !== "attract"
            asynchronous: kiosk.screen === "attract"
            sourceComponent: OverviewPage {}
        }
        Loader {
            objectName: "slideshow"
            anchors.fill: parent
            visible: kiosk.screen === "slideshow"
            active: window.photoShown || kiosk.screen !== "attract"
            asynchronous: kiosk.screen === "attract"
            sourceComponent: SlideshowPage {}
        }
        Loader {
            objectName: "reading"
            anchors.fill: parent
            visible: kiosk.screen === "reading"
            active: window.photoShown || kiosk.screen !== "attract"
            asynchronous: kiosk.screen === "attract"
            sourceComponent: ReadingPage {}
        }
        // The testimony screen (audio player + transcript); its required
        // properties are given at creation (TestimonyScreen in the qmldir).
        Loader {
            id: testimonyScreen
            objectName: "testimonyScreen"
            anchors.fill: parent
            active: kiosk.screen === "testimony"
            sourceComponent: Item {
                TopBar {
                    id: testimonyBar
                    z: 2
                    anchors.left: parent.left
                    anchors.right: parent.right
                    title: kiosk.slide.title || ""
                    lang: kiosk.slide.lang || kiosk.language
                    onBackClicked: kiosk.back()
                }
                TestimonyScreen {
                    objectName: "testimonyView"
                    anchors.top: testimonyBar.bottom
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.bottom: parent.bottom
                    player: testimonyPlayer
                    transcript: testimonyTranscript
                    chapters: testimonyTranscript.chapters
                    photoSource: { advisories.revision
                        return advisories.isBlurred(kiosk.testimonyItem)
                            ? kiosk.testimonyPlaceholder : kiosk.testimonyPhoto }
                    strings: kiosk.testimonyStrings
                }
            }
        }
        // A content notice before a destination opens, over every screen.
        Loader {
            objectName: "advisoryScreen"
            anchors.fill: parent
            active: !!kiosk.advisory
            sourceComponent: AdvisoryScreen {
                advisory: kiosk.advisory
                onContinued: kiosk.continueAdvisory()
                onWentBack: kiosk.declineAdvisory()
            }
        }
        IdleOverlay {
            objectName: "idleOverlay"
            anchors.fill: parent
        }
    }
    // Outside the mirrored root: the closed screen (opening hours) and, last,
    // staff mode (physical corners; covers the idle warning too). Absent
    // (null context properties) in previews and tests that do not wire them.
    Loader {
        objectName: "closedScreen"
        anchors.fill: parent
        active: !!station && !station.isOpen
        sourceComponent: ClosedScreen {
            behaviour: station.closedBehaviour
            opensAt: station.opensAt
            title: kiosk.title
            onWakeRequested: station.wake()
        }
    }
    Loader {
        objectName: "staffOverlay"
        anchors.fill: parent
        active: !!staff
        sourceComponent: StaffOverlay { controller: staff }
    }
}
