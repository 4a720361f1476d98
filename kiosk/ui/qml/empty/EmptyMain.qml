import QtQuick
import QtQuick.Window
import kiosk.ui.qml

// The kiosk's window when it has no exhibition to show (kiosk/ui/empty.py):
// the "no exhibition" screen, and staff mode on top, so that staff can install
// one. `kiosk` is a NoExhibition object here, not the visitor bridge.
Window {
    id: window
    objectName: "emptyWindow"
    width: 1920
    height: 1080
    visible: true
    color: Theme.background
    title: "Exhibition kiosk"

    onWidthChanged: resized()
    onHeightChanged: resized()
    Component.onCompleted: resized()
    function resized() {
        Theme.windowWidth = width
        Theme.windowHeight = height
        kiosk.setViewSize(width, height)
    }

    Item {
        anchors.fill: parent
        LayoutMirroring.enabled: kiosk.rtl
        LayoutMirroring.childrenInherit: true

        NoExhibitionScreen {
            objectName: "noExhibition"
            anchors.fill: parent
            problem: kiosk.problem
            inbox: kiosk.inbox
            staffAvailable: kiosk.staffAvailable
        }
    }
    // Outside the mirrored item, last: the staff gesture uses physical corners.
    Loader {
        objectName: "staffOverlay"
        anchors.fill: parent
        active: !!staff
        sourceComponent: StaffOverlay { controller: staff }
    }
}
