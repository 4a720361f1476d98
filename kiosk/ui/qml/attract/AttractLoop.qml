import QtQuick
import kiosk.ui.qml

// Nobody there: photographs drift and crossfade, the exhibition's title and
// an invitation to touch cycle through the exhibition's languages. The next
// photo is loaded before its crossfade starts, so no black frame ever shows.
Item {
    id: loop
    property bool active: true
    readonly property var media: kiosk.attractMedia
    readonly property var phrases: kiosk.attractPhrases
    property int index: -1
    property int phrase: 0
    property Item front: null
    property Item back: layerA
    property int failures: 0
    signal photoShown()

    Rectangle { anchors.fill: parent; color: Theme.background }

    KenBurnsLayer { id: layerA; anchors.fill: parent; seconds: kiosk.attractSeconds }
    KenBurnsLayer { id: layerB; anchors.fill: parent; seconds: kiosk.attractSeconds }

    function advance() {
        if (media.length === 0)
            return
        index = (index + 1) % media.length
        back.seed = index
        if (back.mediaId === media[index] && back.status === Image.Ready)
            reveal()
        else
            back.mediaId = media[index]
    }
    function reveal() {
        failures = 0
        back.z = 1
        if (front)
            front.z = 0
        back.play()
        crossfade.stop()
        if (!front) {          // the very first photo is simply there
            back.opacity = 1
            swapped(back)
            photoShown()
            return
        }
        crossfade.target = back
        crossfade.start()
    }
    function swapped(layer) {
        if (front && front !== layer)
            front.opacity = 0
        front = layer
        back = layer === layerA ? layerB : layerA
        if (Theme.animate)
            next.restart()
    }
    function onLoaded(layer) {
        if (layer !== back)
            return
        if (layer.status === Image.Ready) {
            reveal()
        } else if (layer.status === Image.Error && failures < media.length) {
            failures += 1
            advance()      // skip a broken photo; the provider has logged it
        }
    }
    Connections { target: layerA; function onStatusChanged() { loop.onLoaded(layerA) } }
    Connections { target: layerB; function onStatusChanged() { loop.onLoaded(layerB) } }

    // The next photo fades in over the current one, which only then goes.
    NumberAnimation {
        id: crossfade
        property: "opacity"
        from: 0; to: 1
        duration: Theme.fade
        onFinished: loop.swapped(crossfade.target)
    }
    Timer {
        id: next
        interval: Math.max(1000, kiosk.attractSeconds * 1000 - Theme.fade)
        running: false
        onTriggered: if (loop.active) loop.advance()
    }
    // Hidden, the loop lets go of its photographs; shown again, it starts over.
    onActiveChanged: {
        crossfade.stop()
        next.stop()
        layerA.opacity = 0
        layerB.opacity = 0
        layerA.mediaId = -1
        layerB.mediaId = -1
        front = null
        back = layerA
        index = -1
        if (active)
            advance()
    }
    onMediaChanged: if (active && index < 0 && media.length > 0) advance()
    Component.onCompleted: if (active && media.length > 0) advance()

    // Scrim and words
    Rectangle {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: parent.height * 0.55
        z: 2
        gradient: Gradient {
            GradientStop { position: 0.0; color: "transparent" }
            GradientStop { position: 0.65; color: Theme.scrim }
            GradientStop { position: 1.0; color: Theme.scrimStrong }
        }
    }
    Column {
        id: words
        z: 3
        readonly property var current: loop.phrases.length ? loop.phrases[loop.phrase % loop.phrases.length] : ({})
        LayoutMirroring.enabled: !!current.rtl
        LayoutMirroring.childrenInherit: true
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.margin * 1.5
        spacing: Theme.gap
        KText {
            width: parent.width
            text: words.current.title || ""
            lang: words.current.lang || "en"
            serif: true
            size: Theme.displaySize
            maximumLineCount: 3
            elide: Text.ElideRight
        }
        Row {
            spacing: Theme.gap
            Rectangle {
                id: ring
                width: Theme.touch; height: width; radius: width / 2
                color: "transparent"
                border.color: Theme.accent
                border.width: Math.max(2, 3 * Theme.unit)
                anchors.verticalCenter: parent.verticalCenter
                SequentialAnimation on scale {
                    running: loop.active && Theme.animate
                    loops: Animation.Infinite
                    NumberAnimation { from: 0.85; to: 1.0; duration: 900; easing.type: Easing.InOutSine }
                    NumberAnimation { from: 1.0; to: 0.85; duration: 900; easing.type: Easing.InOutSine }
                }
                Rectangle {
                    anchors.centerIn: parent
                    width: parent.width * 0.35; height: width; radius: width / 2
                    color: Theme.accent
                }
            }
            KText {
                width: words.width - ring.width - Theme.gap
                anchors.verticalCenter: parent.verticalCenter
                text: words.current.invitation || ""
                lang: words.current.lang || "en"
                size: Theme.headingSize
                color: Theme.text
            }
        }
        Behavior on opacity { NumberAnimation { duration: Theme.motion } }
    }
    Timer {
        interval: 4000
        repeat: true
        running: loop.active && loop.phrases.length > 1 && Theme.animate
        onTriggered: loop.phrase = (loop.phrase + 1) % loop.phrases.length
    }
}
