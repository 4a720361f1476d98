import QtQuick
import kiosk.ui.qml

// One full-screen photograph drifting slowly (Ken Burns). The attract loop
// keeps two and crossfades between them once the next one has loaded.
Item {
    id: layer
    property int mediaId: -1
    property real seconds: 10
    property int seed: 0
    readonly property int status: image.status
    property real zoom: 1.0
    property real dx: 0
    property real dy: 0

    clip: true
    opacity: 0

    function play() {
        const towards = seed % 4
        drift.stop()
        zoomAnim.from = towards % 2 ? 1.14 : 1.02
        zoomAnim.to = towards % 2 ? 1.02 : 1.14
        dxAnim.from = (towards < 2 ? -1 : 1) * width * 0.025
        dxAnim.to = -dxAnim.from
        dyAnim.from = (towards % 3 ? 1 : -1) * height * 0.02
        dyAnim.to = -dyAnim.from
        if (Theme.kenBurns)  // reduced motion: crossfades only
            drift.start()
    }

    Image {
        id: image
        anchors.fill: parent
        asynchronous: true
        cache: false
        fillMode: Image.PreserveAspectCrop
        sourceSize: kiosk.photoSize
        source: layer.mediaId >= 0 ? "image://photo/" + layer.mediaId : ""
        transform: [
            Scale {
                origin.x: image.width / 2
                origin.y: image.height / 2
                xScale: layer.zoom
                yScale: layer.zoom
            },
            Translate { x: layer.dx; y: layer.dy }
        ]
    }
    ParallelAnimation {
        id: drift
        NumberAnimation { id: zoomAnim; target: layer; property: "zoom"; duration: layer.seconds * 1000 + 2 * Theme.fade }
        NumberAnimation { id: dxAnim; target: layer; property: "dx"; duration: layer.seconds * 1000 + 2 * Theme.fade }
        NumberAnimation { id: dyAnim; target: layer; property: "dy"; duration: layer.seconds * 1000 + 2 * Theme.fade }
    }
}
