import QtQuick
import kiosk.ui.qml

// Shown when the kiosk has no exhibition to show: nothing is installed, or the
// installed one cannot be opened. Calm for a passer-by; for staff, how to
// install one: staff mode (USB stick or folder), or the inbox folder. With no
// staff PIN set, staff mode stays shut, so it says how to set one. The text
// drifts a little every minute so that nothing burns into the panel.
Rectangle {
    id: screen
    // Why the installed exhibition cannot be shown (English, for staff); "" when none is installed.
    property string problem: ""
    // The watched inbox folder; "" when none is configured.
    property string inbox: ""
    property bool staffAvailable: false
    property string lang: kiosk.language

    color: Theme.background

    Column {
        id: card
        objectName: "noExhibitionCard"
        width: Math.min(parent.width - 4 * Theme.margin, 1200 * Theme.unit)
        x: (parent.width - width) / 2 + drift.dx
        y: Math.max(Theme.margin, (parent.height - height) / 2 + drift.dy)
        spacing: Theme.gap

        KText {
            objectName: "noExhibitionTitle"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: screen.problem === "" ? qsTr("No exhibition installed")
                                        : qsTr("The exhibition cannot be shown")
            lang: screen.lang
            serif: true
            size: Theme.displaySize
        }
        KText {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("This screen is waiting for an exhibition.")
            lang: screen.lang
            size: Theme.headingSize
        }
        Rectangle {
            anchors.horizontalCenter: parent.horizontalCenter
            width: 160 * Theme.unit
            height: Math.max(2, 2 * Theme.unit)
            color: Theme.accent
            opacity: 0.7
        }
        KText {
            objectName: "noExhibitionProblem"
            visible: screen.problem !== ""
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            // The station's own sentence, verbatim and in English, like the staff panel's.
            text: screen.problem
            lang: "en"
            size: Theme.smallSize
            color: Theme.accent
            maximumLineCount: 4
            elide: Text.ElideRight
        }
        KText {
            objectName: "noExhibitionStaff"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: screen.staffAvailable
                  ? qsTr("Staff: open staff mode to install an exhibition from a USB stick or a folder.")
                  : qsTr("No staff PIN is set, so staff mode stays closed. To install an exhibition from a USB stick, set a PIN on the kiosk computer with this command, then restart the kiosk:")
            lang: screen.lang
            size: Theme.bodySize
            color: Theme.textMuted
        }
        Text {
            objectName: "setPinCommand"
            visible: !screen.staffAvailable
            anchors.horizontalCenter: parent.horizontalCenter
            text: "kiosk set-pin"
            color: Theme.accent
            font.family: "Noto Sans"  // shipped; a command or path needs no monospace here
            font.pixelSize: Theme.headingSize
        }
        KText {
            objectName: "noExhibitionInbox"
            visible: screen.inbox !== ""
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Or copy a signed exhibition into the inbox folder below: it is installed and shown within a minute.")
            lang: screen.lang
            size: Theme.bodySize
            color: Theme.textMuted
        }
        Text {
            objectName: "inboxFolder"
            visible: screen.inbox !== ""
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: screen.inbox
            color: Theme.accent
            font.family: "Noto Sans"  // shipped; a command or path needs no monospace here
            font.pixelSize: Theme.bodySize
            elide: Text.ElideMiddle
        }
    }

    QtObject {
        id: drift
        property real dx: 0
        property real dy: 0
    }
    Timer {
        interval: 60000
        running: screen.visible && Theme.animate
        repeat: true
        onTriggered: {
            drift.dx = (Math.random() - 0.5) * 2 * Theme.margin
            drift.dy = (Math.random() - 0.5) * 2 * Theme.margin
        }
    }
}
