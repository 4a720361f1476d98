import QtQuick
import kiosk.ui.qml

// A calm notice before an exhibition, section or item opens: it names the
// content (the package's words) and offers two equal ways on. A buffer, not
// a wall: no alarm colours, no flashing, nothing happens by itself.
// Mirrors with its parent (LayoutMirroring is inherited).
Rectangle {
    id: screen
    // The notice to show: a map from AdvisoryGate.pendingFor() (id, text, lang, fallback, scope).
    required property var advisory
    property string uiLang: kiosk.language
    // Continue: the caller accepts (gate.accept(id)) and opens the destination.
    signal continued(int advisoryId)
    // Go back: the caller records it (gate.decline(id)) and stays where the visitor was.
    signal wentBack(int advisoryId)

    readonly property int advisoryId: advisory ? advisory.id : -1
    // Large buttons whose labels grow with the chosen text size (Nastaliq needs more room).
    readonly property real buttonHeight: Math.max(Theme.touch * 1.2, Theme.bodySize * Theme.textScale
                                                  * (Theme.nastaliq(uiLang) ? 2.4 : 1.8))
    color: Theme.background
    Accessible.role: Accessible.Dialog
    Accessible.name: heading.text

    // Swallow taps so nothing underneath reacts while the notice is up.
    MouseArea { anchors.fill: parent }

    Flickable {
        id: flick
        objectName: "advisoryScroll"
        anchors.fill: parent
        contentWidth: width
        contentHeight: Math.max(height, body.implicitHeight + 2 * Theme.margin)
        boundsBehavior: Flickable.StopAtBounds
        interactive: contentHeight > height
        clip: true

        Column {
            id: body
            // A readable measure, centred; the reading side follows the language.
            width: Math.min(flick.width - 2 * Theme.margin, Theme.bodySize * 34 * Theme.textScale)
            x: (flick.width - width) / 2
            y: Math.max(Theme.margin, (flick.height - implicitHeight) / 2)
            spacing: Theme.gap * 1.5

            KText {
                id: heading
                objectName: "advisoryHeading"
                width: parent.width
                lang: screen.uiLang
                //: Heading of a notice that tells visitors what the next photographs or texts show.
                text: qsTr("Before you continue")
                size: Theme.bodySize
                scalable: true
                color: Theme.textMuted
            }
            AdvisoryText {
                width: parent.width
                advisory: screen.advisory
                size: Theme.headingSize
            }
            Flow {
                id: buttons
                width: parent.width
                spacing: Theme.gap
                TouchButton {
                    objectName: "advisoryContinue"
                    primary: true
                    lang: screen.uiLang
                    minHeight: screen.buttonHeight
                    textSize: Theme.bodySize * Theme.textScale
                    text: qsTr("Continue")
                    onClicked: screen.continued(screen.advisoryId)
                }
                TouchButton {
                    objectName: "advisoryBack"
                    lang: screen.uiLang
                    minHeight: screen.buttonHeight
                    textSize: Theme.bodySize * Theme.textScale
                    text: qsTr("Go back")
                    onClicked: screen.wentBack(screen.advisoryId)
                }
            }
        }
    }
}
