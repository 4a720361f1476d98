import QtQuick
import kiosk.ui.qml

// Everything a photograph's label would say and what the photo shows, for
// anyone who cannot see it well: an info button (always there, labelled, no
// hover) opens a side panel with the alt text, title, creator, date, place,
// credit, rights and source, at the visitor's text size, scrolling when long.
// Fill the photo's screen with it; it takes no touches while closed except
// on its button. Mirrors with its parent.
Item {
    id: info
    // A map from kiosk.ui.accessibility.photo_details(): title, titleLang, alt,
    // altLang, facts: [{key, text, lang}] (key: creator|date|place|credit|rights|source).
    required property var details
    property bool open: false
    property string uiLang: kiosk.language
    // Where the button sits; move it with e.g. `button.anchors.topMargin: ...`.
    property alias button: infoButton
    signal opened()
    signal closed()

    function openPanel() { if (!open) { open = true; opened() } }
    function closePanel() { if (open) { open = false; closed() } }
    function labelFor(key) {
        switch (key) {
        //: Label of who made a photograph (photographer, artist).
        case "creator": return qsTr("Creator")
        case "date": return qsTr("Date")
        case "place": return qsTr("Place")
        //: Label of the required attribution line of a photograph.
        case "credit": return qsTr("Credit")
        //: Label of a photograph's copyright or licence.
        case "rights": return qsTr("Rights")
        //: Label of the archive or collection a photograph comes from.
        case "source": return qsTr("Source")
        }
        return ""
    }

    TouchButton {
        id: infoButton
        objectName: "infoButton"
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.rightMargin: Theme.margin / 2
        anchors.topMargin: Theme.margin / 2
        visible: !info.open
        glyph: "ℹ"
        lang: info.uiLang
        //: Opens the description of the photograph on screen (what it shows, who made it).
        text: qsTr("About this photo")
        onClicked: info.openPanel()
    }

    // The panel is made only while it shows (and fades): every photo slide has an
    // InfoPanel, few are opened, and a slide made at a tap must cost little.
    property bool fading: false  // the panel shows, or still fades out after closing
    Loader {
        anchors.fill: parent
        active: info.open || info.fading
        sourceComponent: shadeComponent
    }

    Component {
        id: shadeComponent
        Rectangle {
            id: shade
            // false while it is made, so that it fades in as well as out
            property bool made: false
            Component.onCompleted: made = true
            color: Theme.scrim
            opacity: info.open && made ? 1 : 0
            visible: opacity > 0
            onVisibleChanged: info.fading = visible
            Behavior on opacity { NumberAnimation { duration: Theme.motion } }
            // A tap beside the panel closes it; nothing underneath reacts meanwhile.
            MouseArea {
                anchors.fill: parent
                onClicked: info.closePanel()
            }

            Rectangle {
                id: panel
                objectName: "infoPanel"
                anchors.right: parent.right
                anchors.top: parent.top
                anchors.bottom: parent.bottom
                width: Math.min(parent.width - 2 * Theme.margin,
                                Theme.bodySize * 24 * Theme.textScale + 2 * Theme.margin)
                color: Theme.surface
                border.color: Theme.hairline
                border.width: Math.max(1, Theme.unit)
                Accessible.role: Accessible.Dialog
                Accessible.name: heading.text
                MouseArea { anchors.fill: parent }  // taps on the panel stay on it

                Item {
                    id: header
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.top: parent.top
                    anchors.leftMargin: Theme.margin
                    anchors.rightMargin: Theme.gap
                    anchors.topMargin: Theme.gap
                    height: Math.max(closeButton.height, heading.implicitHeight)
                    KText {
                        id: heading
                        anchors.left: parent.left
                        anchors.right: closeButton.left
                        anchors.rightMargin: Theme.gap
                        anchors.verticalCenter: parent.verticalCenter
                        lang: info.uiLang
                        text: qsTr("About this photo")
                        size: Theme.bodySize
                        scalable: true
                        color: Theme.textMuted
                        maximumLineCount: 2
                        elide: Text.ElideRight
                    }
                    TouchButton {
                        id: closeButton
                        objectName: "infoClose"
                        anchors.right: parent.right
                        anchors.verticalCenter: parent.verticalCenter
                        lang: info.uiLang
                        minHeight: Math.max(Theme.touch, Theme.bodySize * Theme.textScale
                                                      * (Theme.nastaliq(info.uiLang) ? 2.4 : 1.8))
                        textSize: Theme.bodySize * Theme.textScale
                        text: qsTr("Close")
                        onClicked: info.closePanel()
                    }
                }

                Flickable {
                    id: scroll
                    objectName: "infoScroll"
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.top: header.bottom
                    anchors.bottom: parent.bottom
                    anchors.leftMargin: Theme.margin
                    anchors.rightMargin: Theme.margin
                    anchors.topMargin: Theme.gap
                    contentWidth: width
                    contentHeight: fields.implicitHeight + Theme.margin
                    boundsBehavior: Flickable.StopAtBounds
                    interactive: contentHeight > height
                    clip: true

                    Column {
                        id: fields
                        width: scroll.width
                        spacing: Theme.gap
                        InfoField {
                            width: parent.width
                            text: info.details ? info.details.title || "" : ""
                            lang: info.details ? info.details.titleLang || info.uiLang : info.uiLang
                            serif: true
                            size: Theme.headingSize
                        }
                        InfoField {
                            objectName: "infoAlt"
                            width: parent.width
                            //: Label of the words describing what a photograph shows.
                            label: qsTr("What the photo shows")
                            text: info.details ? info.details.alt || "" : ""
                            lang: info.details ? info.details.altLang || info.uiLang : info.uiLang
                        }
                        Repeater {
                            model: info.details && info.details.facts ? info.details.facts : []
                            InfoField {
                                required property var modelData
                                width: fields.width
                                label: info.labelFor(modelData.key)
                                text: modelData.text
                                lang: modelData.lang || info.uiLang
                            }
                        }
                    }
                }
                // Shows that there is more below (no hover, so no scroll bar to grab).
                Rectangle {
                    objectName: "infoScrollIndicator"
                    visible: scroll.interactive
                    anchors.right: parent.right
                    anchors.rightMargin: Theme.smallGap / 2
                    width: Math.max(4, 6 * Theme.unit)
                    radius: width / 2
                    color: Theme.textMuted
                    y: scroll.y + scroll.visibleArea.yPosition * scroll.height
                    height: scroll.visibleArea.heightRatio * scroll.height
                }
            }
        }
    }
}
