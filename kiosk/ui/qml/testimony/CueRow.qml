import QtQuick
import kiosk.ui.qml

// One cue: the visitor's language, and beside it the original, each column
// in its own direction (Urdu right-to-left beside English left-to-right).
// Tap to play from this line.
Item {
    id: row
    required property int index
    required property int start
    required property string speaker
    required property string text
    required property string originalText
    required property bool isCurrent
    readonly property var view: ListView.view

    width: view ? view.width : 0
    height: Math.max(main.implicitHeight, original.visible ? original.implicitHeight : 0)
            + 2 * Theme.smallGap
    Accessible.role: Accessible.ListItem
    Accessible.name: (speaker ? speaker + ": " : "") + text

    Rectangle {
        anchors.fill: parent
        radius: Theme.radius
        color: row.isCurrent ? Theme.surfaceRaised : "transparent"
        border.width: row.isCurrent ? Math.max(1, 2 * Theme.unit) : 0
        border.color: Theme.accent
    }
    Row {
        id: columns
        anchors {
            fill: parent
            margins: Theme.smallGap
            leftMargin: Theme.gap
            rightMargin: Theme.gap
        }
        spacing: Theme.gap * 2
        readonly property real columnWidth: row.view && row.view.sideBySide
                                            ? (width - spacing) / 2 : width
        CueColumn {
            id: main
            width: columns.columnWidth
            lang: row.view ? row.view.language : "en"
            rtl: row.view ? row.view.rtl : false
            speaker: row.speaker
            body: row.text
            current: row.isCurrent
        }
        CueColumn {
            id: original
            objectName: "originalColumn"
            visible: row.view ? row.view.sideBySide : false
            width: columns.columnWidth
            lang: row.view ? row.view.originalLanguage : ""
            rtl: row.view ? row.view.originalRtl : false
            speaker: ""
            body: row.originalText
            current: row.isCurrent
        }
    }
    TapHandler {
        onTapped: row.view.transcript.seekToCue(row.index)
    }
}
