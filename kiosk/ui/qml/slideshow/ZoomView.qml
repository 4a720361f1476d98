import QtQuick
import kiosk.ui.qml

// A photograph that pinches and double-taps into full original detail. The
// screen rendition stays underneath; only the deep-zoom tiles in view are
// loaded on top (kiosk.tiles, image://tiles/...). A single tap toggles the
// caption; panning only happens when zoomed, so a swipe changes photo.
Flickable {
    id: flick
    property int mediaId: -1
    property int fullWidth: 0
    property bool current: false
    readonly property real zoom: contentWidth / Math.max(1, width)
    readonly property bool zoomed: zoom > 1.01
    readonly property real maxZoom: Math.max(2.0, fullWidth / Math.max(1, base.paintedWidth / zoom) * 1.25)

    contentWidth: width
    contentHeight: height
    interactive: zoomed
    clip: true
    boundsBehavior: Flickable.StopAtBounds
    pixelAligned: true

    function clampZoom(z) { return Math.max(1.0, Math.min(maxZoom, z)) }
    function zoomAt(z, x, y) {
        z = clampZoom(z)
        resizeContent(width * z, height * z, Qt.point(x, y))
        returnToBounds()
        if (z <= 1.0) { contentX = 0; contentY = 0 }
        showTiles()
    }
    function reset() {
        contentWidth = width
        contentHeight = height
        contentX = 0
        contentY = 0
    }
    function showTiles() { Qt.callLater(updateTiles) }
    function updateTiles() {
        if (!current || !zoomed || base.paintedWidth <= 0) {
            if (current)
                kiosk.tiles.clear()
            return
        }
        const px = contentX - layer.x, py = contentY - layer.y
        kiosk.tiles.update(mediaId, layer.width, px / layer.width, py / layer.height,
                           width / layer.width, height / layer.height)
    }

    onZoomedChanged: if (current) kiosk.setZoomed(zoomed)
    onContentXChanged: if (zoomed) showTiles()
    onContentYChanged: if (zoomed) showTiles()
    onWidthChanged: reset()
    onHeightChanged: reset()
    onCurrentChanged: if (!current) reset()
    Connections {
        target: kiosk
        function onZoomChanged() { if (!kiosk.zoomed && flick.zoomed) flick.reset() }
    }

    PinchArea {
        id: pinch
        width: Math.max(flick.contentWidth, flick.width)
        height: Math.max(flick.contentHeight, flick.height)
        property real startZoom: 1
        onPinchStarted: startZoom = flick.zoom
        onPinchUpdated: (p) => {
            flick.contentX += p.previousCenter.x - p.center.x
            flick.contentY += p.previousCenter.y - p.center.y
            const z = flick.clampZoom(startZoom * p.scale)
            flick.resizeContent(flick.width * z, flick.height * z, p.center)
        }
        onPinchFinished: {
            flick.returnToBounds()
            flick.showTiles()
        }

        Item {
            id: content
            width: flick.contentWidth
            height: flick.contentHeight
            PhotoImage {
                id: base
                objectName: "photo"
                anchors.fill: parent
                mediaId: flick.mediaId
            }
            Item {
                id: layer
                x: (content.width - width) / 2
                y: (content.height - height) / 2
                width: base.paintedWidth
                height: base.paintedHeight
                Repeater {
                    model: flick.current && flick.zoomed ? kiosk.tiles : null
                    Image {
                        required property string source
                        required property real fx
                        required property real fy
                        required property real fw
                        required property real fh
                        // Round outwards so neighbouring tiles leave no seam.
                        x: Math.floor(fx * layer.width)
                        y: Math.floor(fy * layer.height)
                        width: Math.ceil((fx + fw) * layer.width) - x
                        height: Math.ceil((fy + fh) * layer.height) - y
                        asynchronous: true
                        cache: false
                        smooth: true
                        source: parent ? source : ""
                    }
                }
            }
            TapHandler {
                objectName: "photoTaps"
                onSingleTapped: kiosk.toggleCaption()
                onDoubleTapped: (point) => {
                    if (flick.zoomed)
                        flick.zoomAt(1.0, point.position.x, point.position.y)
                    else
                        flick.zoomAt(Math.min(flick.maxZoom, 3.0), point.position.x, point.position.y)
                }
            }
        }
    }
}
