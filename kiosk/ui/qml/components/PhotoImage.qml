import QtQuick
import kiosk.ui.qml

// A photograph from the package, decoded off the GUI thread by the provider
// (which has its own byte-bounded cache, so QML's cache is off). A broken
// photo shows a calm placeholder; the provider logs it once.
Item {
    id: photo
    property int mediaId: -1
    property string kind: "photo"     // photo | thumb
    property size requestSize: kiosk.photoSize
    property int fillMode: Image.PreserveAspectFit
    property alias status: image.status
    property alias paintedWidth: image.paintedWidth
    property alias paintedHeight: image.paintedHeight
    readonly property bool broken: image.status === Image.Error || (mediaId < 0 && kind === "photo")

    Image {
        id: image
        anchors.fill: parent
        asynchronous: true
        cache: false
        smooth: true
        fillMode: photo.fillMode
        sourceSize: photo.kind === "photo" ? photo.requestSize : undefined
        // A thumbnail loads only while it can be seen: a hidden section grid
        // (behind the slideshow) lets its thumbnails go instead of holding
        // dozens of them; coming back finds them in the provider's cache.
        source: photo.mediaId >= 0 && (photo.kind === "photo" || photo.visible)
                ? "image://" + photo.kind + "/" + photo.mediaId : ""
    }
    Rectangle {
        anchors.fill: parent
        visible: photo.broken
        color: Theme.surface
        KText {
            anchors.centerIn: parent
            width: Math.min(parent.width - 2 * Theme.gap, implicitWidth)
            visible: photo.kind === "photo" && parent.height > Theme.touch * 2
            text: qsTr("This photograph cannot be shown.")
            color: Theme.textMuted
            horizontalAlignment: Text.AlignHCenter
        }
    }
}
