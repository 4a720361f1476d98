import QtQuick
import kiosk.ui.qml

// Wraps a photograph that carries a "blur" advisory. Until the visitor asks,
// only the package's tiny placeholder shows, scaled up (it is already a blur:
// 32 px wide at most), with the advisory's words and two choices. The real
// photo (the children of this item) is made invisible, so nothing of it is
// drawn and its taps and pinches are off. "Show image" fades it in.
//
//   BlurGate {
//       advisory: gate.revision, gate.blurFor(itemId)
//       placeholderSource: "image://placeholder/" + mediaId
//       onRevealed: gate.reveal(itemId)
//       onSkipped: (id) => { gate.skipBlurred(id, itemId); kiosk.nextSlide() }
//       PhotoImage { anchors.fill: parent; mediaId: ... }
//   }
Item {
    id: gate
    // A map from AdvisoryGate.blurFor() (id, text, lang, fallback), or null: no blur.
    required property var advisory
    // The placeholder's image URL (a few dozen pixels; see advisory/README.md).
    required property url placeholderSource
    property string uiLang: kiosk.language
    // The placeholder is asked for at this size, so the provider decodes it tiny.
    property size placeholderSize: Qt.size(32, 32)
    default property alias content: photo.data
    readonly property real buttonHeight: Math.max(Theme.touch, Theme.bodySize * Theme.textScale
                                                  * (Theme.nastaliq(uiLang) ? 2.4 : 1.8))

    readonly property bool blurred: advisory !== null && advisory !== undefined && !shown
    property bool shown: false
    signal revealed(int advisoryId)
    signal skipped(int advisoryId)

    // Only a reveal fades; blurring (idle reset, another advisory) is instant.
    property bool revealing: false
    property int advisoryId: -1
    // Another advisory (or the same one again after the idle reset) hides the photo again.
    Component.onCompleted: advisoryId = advisory ? advisory.id : -1
    onAdvisoryChanged: {
        const id = advisory ? advisory.id : -1
        if (id !== advisoryId) {
            advisoryId = id
            if (id >= 0) {
                revealing = false
                shown = false
            }
        }
    }

    Item {
        id: photo
        objectName: "blurGatePhoto"
        anchors.fill: parent
        opacity: gate.blurred ? 0 : 1
        visible: !gate.blurred
        Behavior on opacity {
            enabled: gate.revealing
            NumberAnimation { duration: Theme.motion * 2; easing.type: Easing.InOutQuad }
        }
    }

    Item {
        id: veil
        objectName: "blurGateVeil"
        anchors.fill: parent
        visible: opacity > 0
        opacity: gate.blurred ? 1 : 0
        Behavior on opacity {
            enabled: gate.revealing
            NumberAnimation { duration: Theme.motion * 2; easing.type: Easing.InOutQuad }
        }

        // Its contents are made only while it shows: every photo slide has a
        // BlurGate, few photos carry a blur advisory.
        Loader {
            anchors.fill: parent
            active: veil.visible
            sourceComponent: Component {
                Item {
                    Rectangle {
                        anchors.fill: parent
                        color: Theme.background
                    }
                    Image {
                        id: placeholder
                        objectName: "blurPlaceholder"
                        anchors.fill: parent
                        fillMode: Image.PreserveAspectFit
                        asynchronous: true
                        cache: false
                        smooth: true
                        sourceSize: gate.placeholderSize
                        source: veil.visible ? gate.placeholderSource : ""
                    }
                    // Dims the blur, so colours (red above all) do not speak before the words do.
                    Rectangle {
                        anchors.fill: parent
                        color: Theme.scrim
                    }
                    // Taps on the veil go nowhere (a swipe still reaches the slideshow).
                    MouseArea { anchors.fill: parent }

                    Rectangle {
                        id: card
                        objectName: "blurCard"
                        anchors.centerIn: parent
                        width: Math.min(parent.width - 2 * Theme.margin,
                                        Theme.bodySize * 30 * Theme.textScale)
                        height: Math.min(parent.height - 2 * Theme.gap, column.implicitHeight + 2 * Theme.gap)
                        radius: Theme.radius
                        color: Theme.surface
                        border.color: Theme.hairline
                        border.width: Math.max(1, Theme.unit)
                        Accessible.role: Accessible.AlertMessage
                        Accessible.name: gate.advisory ? gate.advisory.text : ""

                        Flickable {
                            id: scroll
                            anchors.fill: parent
                            anchors.margins: Theme.gap
                            contentWidth: width
                            contentHeight: column.implicitHeight
                            interactive: contentHeight > height
                            boundsBehavior: Flickable.StopAtBounds
                            clip: true
                            Column {
                                id: column
                                width: scroll.width
                                spacing: Theme.gap
                                AdvisoryText {
                                    width: parent.width
                                    advisory: gate.advisory
                                    size: Theme.bodySize
                                }
                                Flow {
                                    width: parent.width
                                    spacing: Theme.gap
                                    TouchButton {
                                        objectName: "blurShow"
                                        primary: true
                                        lang: gate.uiLang
                                        minHeight: gate.buttonHeight
                                        textSize: Theme.bodySize * Theme.textScale
                                        //: On a blurred photograph: show it as it is.
                                        text: qsTr("Show image")
                                        onClicked: {
                                            const id = gate.advisory ? gate.advisory.id : -1
                                            gate.revealing = true
                                            gate.shown = true
                                            gate.revealed(id)
                                        }
                                    }
                                    TouchButton {
                                        objectName: "blurSkip"
                                        lang: gate.uiLang
                                        minHeight: gate.buttonHeight
                                        textSize: Theme.bodySize * Theme.textScale
                                        //: On a blurred photograph: go on to the next item without seeing it.
                                        text: qsTr("Skip")
                                        onClicked: gate.skipped(gate.advisory ? gate.advisory.id : -1)
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
