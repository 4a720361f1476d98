import QtQuick
import kiosk.ui.qml

// The transport bar: play/pause, elapsed, scrub bar, remaining, volume, and
// the captions/chapters toggles. Media controls stay left-to-right on
// right-to-left screens (time runs that way on every player visitors know).
Rectangle {
    id: bar
    required property var player
    required property var chapters
    required property var strings
    required property string lang
    required property bool captionsMode
    required property bool chaptersOpen
    signal captionsToggled()
    signal chaptersToggled()

    function tr(key, fallback) {
        return strings && strings[key] !== undefined && strings[key] !== "" ? strings[key] : fallback
    }
    function clock(ms) {
        const s = Math.max(0, Math.floor(ms / 1000))
        const h = Math.floor(s / 3600), m = Math.floor(s / 60) % 60, sec = s % 60
        const mm = h > 0 && m < 10 ? "0" + m : "" + m
        return (h > 0 ? h + ":" : "") + mm + ":" + (sec < 10 ? "0" : "") + sec
    }

    LayoutMirroring.enabled: false
    LayoutMirroring.childrenInherit: true
    implicitHeight: Math.max(play.height, right.implicitHeight) + 2 * Theme.gap
    radius: Theme.radius
    color: Theme.scrim

    PlayButton {
        id: play
        objectName: "playPause"
        anchors.left: parent.left
        anchors.leftMargin: Theme.gap
        anchors.verticalCenter: parent.verticalCenter
        player: bar.player
        playText: bar.tr("play", "Play")
        pauseText: bar.tr("pause", "Pause")
    }
    Column {
        id: right
        anchors.left: play.right
        anchors.right: parent.right
        anchors.leftMargin: Theme.gap * 1.5
        anchors.rightMargin: Theme.gap
        anchors.verticalCenter: parent.verticalCenter
        spacing: Theme.smallGap

        Item {
            width: parent.width
            height: scrub.implicitHeight
            KText {
                id: elapsed
                objectName: "elapsed"
                anchors.left: parent.left
                anchors.verticalCenter: parent.verticalCenter
                text: bar.clock(bar.player.position)
                lang: "en"
                size: Theme.smallSize
                wrapMode: Text.NoWrap
                Accessible.name: bar.tr("elapsed", "Elapsed") + " " + text
            }
            ScrubBar {
                id: scrub
                objectName: "scrubBar"
                anchors.left: elapsed.right
                anchors.right: remaining.left
                anchors.leftMargin: Theme.gap
                anchors.rightMargin: Theme.gap
                anchors.verticalCenter: parent.verticalCenter
                player: bar.player
                chapters: bar.chapters
            }
            KText {
                id: remaining
                objectName: "remaining"
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                text: "−" + bar.clock(bar.player.duration - bar.player.position)
                lang: "en"
                size: Theme.smallSize
                wrapMode: Text.NoWrap
                Accessible.name: bar.tr("remaining", "Remaining") + " " + text
            }
        }
        Item {
            width: parent.width
            height: Math.max(volume.implicitHeight, toggles.implicitHeight)
            VolumeControl {
                id: volume
                objectName: "volume"
                anchors.left: parent.left
                anchors.verticalCenter: parent.verticalCenter
                player: bar.player
                enabled: !bar.player.audioUnavailable
                downText: bar.tr("volumeDown", "Quieter")
                upText: bar.tr("volumeUp", "Louder")
                label: bar.tr("volume", "Volume")
            }
            Row {
                id: toggles
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                spacing: Theme.smallGap
                TouchButton {
                    objectName: "chaptersToggle"
                    visible: bar.chapters && bar.chapters.count > 0
                    text: bar.tr("chapters", "Chapters")
                    lang: bar.lang
                    primary: bar.chaptersOpen
                    onClicked: bar.chaptersToggled()
                }
                TouchButton {
                    objectName: "captionsToggle"
                    text: bar.captionsMode ? bar.tr("transcript", "Transcript")
                                           : bar.tr("captions", "Captions")
                    lang: bar.lang
                    onClicked: bar.captionsToggled()
                }
            }
        }
    }
}
