import QtQuick
import kiosk.ui.qml

// Outside opening hours: a black screen ("dark") or a quiet "closed" card
// ("card") in the exhibition's default language. A touch asks to wake the
// kiosk (wakeRequested); the app opens it for two minutes. The card drifts a
// little every minute so that nothing stays burnt into the panel overnight.
Rectangle {
    id: closed
    property string behaviour: "card"
    property string title: ""
    // When the kiosk opens next (a JS Date; invalid when not known).
    property var opensAt: new Date(NaN)
    property string lang: kiosk.language
    signal wakeRequested()

    readonly property bool knowsOpening: opensAt instanceof Date && !isNaN(opensAt.getTime())
    color: "black"

    MouseArea {
        anchors.fill: parent
        onPressed: closed.wakeRequested()
    }

    Column {
        id: card
        objectName: "closedCard"
        visible: closed.behaviour === "card"
        width: Math.min(parent.width - 4 * Theme.margin, 1100 * Theme.unit)
        x: (parent.width - width) / 2 + drift.dx
        y: (parent.height - height) / 2 + drift.dy
        spacing: Theme.gap
        opacity: 0.8

        KText {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            visible: closed.title !== ""
            text: closed.title
            lang: closed.lang
            serif: true
            size: Theme.titleSize
            color: Theme.textMuted
        }
        KText {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Closed")
            lang: closed.lang
            serif: true
            size: Theme.displaySize
        }
        KText {
            objectName: "opensAt"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            visible: closed.knowsOpening
            text: closed.knowsOpening
                  ? qsTr("Opens again %1").arg(Qt.locale(closed.lang).toString(closed.opensAt, "dddd HH:mm"))
                  : ""
            lang: closed.lang
            size: Theme.headingSize
            color: Theme.textMuted
        }
        KText {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Touch the screen to look around.")
            lang: closed.lang
            size: Theme.bodySize
            color: Theme.textMuted
        }
    }

    QtObject {
        id: drift
        property real dx: 0
        property real dy: 0
    }
    Timer {
        interval: 60000
        running: closed.visible && closed.behaviour === "card"
        repeat: true
        onTriggered: {
            drift.dx = (Math.random() - 0.5) * 2 * Theme.margin
            drift.dy = (Math.random() - 0.5) * 2 * Theme.margin
        }
    }
}
