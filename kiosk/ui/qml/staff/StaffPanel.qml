import QtQuick
import kiosk.ui.qml

// The staff panel: what is live, installing and rolling back, this run's
// settings, opening hours, statistics, restart and exit. Backed by
// StaffController (kiosk/ui/staff.py); every slow call runs off the GUI
// thread, so buttons here only start work and show its outcome.
Rectangle {
    id: panel
    required property var controller
    readonly property var c: controller
    // Loud things (the unsigned banner, failures) use the theme's accent fill.
    readonly property color loud: Theme.accent
    readonly property color onLoud: Theme.accentText
    // Three columns side by side; on a portrait screen one above the other (scrolling).
    readonly property bool stacked: width < height
    readonly property real columnWidth: stacked ? width - 2 * Theme.margin
                                                : (width - 2 * Theme.margin - 2 * Theme.gap) / 3
    // The opening hours editor takes the place of the three columns while it is open.
    property bool hoursOpen: false
    readonly property Flickable scroller: hoursOpen ? hoursEditor : body

    color: Theme.background

    // Any touch on the panel keeps it open; nothing underneath reacts.
    MouseArea {
        anchors.fill: parent
        onPressed: (mouse) => { panel.c.stillHere(); mouse.accepted = true }
    }
    PointHandler {
        onActiveChanged: if (active) panel.c.stillHere()
    }

    function resultText() {
        const a = c.messageArgs
        switch (c.messageKind) {
        case "installed":
            return qsTr("Installed %1 version %2. It is shown once you close this panel and nobody is using the kiosk.")
                    .arg(a[0]).arg(a[1])
        case "rolledBack":
            return qsTr("Back to %1 version %2. It is shown once you close this panel and nobody is using the kiosk.")
                    .arg(a[0]).arg(a[1])
        case "exported":
            return qsTr("Statistics written to %1: %2.").arg(a[0]).arg(a[1])
        default:
            return c.message  // the station's own sentence, verbatim
        }
    }
    function busyText() {
        switch (c.busy) {
        case "install":
            return qsTr("Installing: checking the signature and every byte. This can take a few minutes.")
        case "rollback":
            return qsTr("Rolling back…")
        case "export":
            return qsTr("Exporting…")
        default:
            return ""
        }
    }
    function dayName(index) {
        // index 0 = Monday; Qt's Locale counts from Sunday = 0.
        return Qt.locale(kiosk.language).dayName((index + 1) % 7, Locale.LongFormat)
    }

    // -- header: title, leaving ------------------------------------------------------------
    Rectangle {
        id: header
        anchors.left: parent.left
        anchors.right: parent.right
        height: Theme.touch + 2 * Theme.gap
        color: Theme.surface
        KText {
            anchors.left: parent.left
            anchors.leftMargin: Theme.margin
            anchors.right: leaving.left
            anchors.rightMargin: Theme.gap
            anchors.verticalCenter: parent.verticalCenter
            objectName: "staffTitle"
            text: qsTr("Staff mode")
            serif: true
            size: Theme.titleSize
            wrapMode: Text.NoWrap
            // Smaller rather than cut where the buttons leave little room (5:4 screens).
            fontSizeMode: Text.HorizontalFit
            minimumPixelSize: Math.round(Theme.bodySize)
            height: Theme.touch
            verticalAlignment: Text.AlignVCenter
            elide: Text.ElideRight
            lineHeight: 1.0
            topPadding: 0
            bottomPadding: 0
        }
        Row {
            id: leaving
            anchors.right: parent.right
            anchors.rightMargin: Theme.margin
            anchors.verticalCenter: parent.verticalCenter
            spacing: Theme.gap
            TouchButton {
                objectName: "restart"
                text: qsTr("Restart")
                onClicked: panel.c.restart()
            }
            TouchButton {
                objectName: "exitToDesktop"
                text: panel.c.exitArmed ? qsTr("Tap again to exit") : qsTr("Exit to desktop")
                primary: panel.c.exitArmed
                onClicked: panel.c.exitToDesktop()
            }
            TouchButton {
                objectName: "staffClose"
                primary: true
                text: qsTr("Close")
                onClicked: panel.c.close()
            }
        }
    }

    // -- loud warnings ------------------------------------------------------------------
    Column {
        id: banners
        anchors.top: header.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        Rectangle {
            objectName: "unsignedBanner"
            visible: panel.c.allowUnsigned
            width: parent.width
            height: visible ? unsignedText.implicitHeight + 2 * Theme.gap : 0
            color: panel.loud
            KText {
                id: unsignedText
                anchors.centerIn: parent
                width: parent.width - 2 * Theme.margin
                text: "⚠ " + qsTr("Unsigned packages are accepted: anyone with a USB stick can put any content on this kiosk. Turn %1 off.")
                        .arg("allow_unsigned")
                font.bold: true
                size: Theme.bodySize
                color: panel.onLoud
            }
        }
        Rectangle {
            objectName: "problemsBanner"
            visible: panel.c.configProblems.length > 0
            width: parent.width
            height: visible ? problems.implicitHeight + 2 * Theme.smallGap : 0
            color: Theme.surfaceRaised
            Column {
                id: problems
                x: Theme.margin
                y: Theme.smallGap
                width: parent.width - 2 * Theme.margin
                StaffLine {
                    text: qsTr("The configuration has problems; safe defaults are used:")
                    color: Theme.accent
                }
                Repeater {
                    model: panel.c.configProblems
                    StaffLine {
                        required property string modelData
                        text: modelData
                        color: Theme.textMuted
                        maximumLineCount: 2
                        elide: Text.ElideRight
                    }
                }
            }
        }
    }

    Flickable {
        id: body
        objectName: "staffBody"
        anchors.top: banners.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        anchors.topMargin: Theme.gap
        anchors.bottomMargin: Theme.smallGap
        visible: !panel.hoursOpen
        contentWidth: width
        contentHeight: panel.stacked
                       ? right.y + right.implicitHeight
                       : Math.max(left.implicitHeight, middle.implicitHeight, right.implicitHeight)
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        // -- what is live; this run's settings ---------------------------------
        Column {
            id: left
            x: 0
            width: panel.columnWidth
            spacing: Theme.gap

            StaffCard {
                objectName: "liveCard"
                width: parent.width
                title: qsTr("On screen now")
                KText {
                    width: parent.width
                    visible: panel.c.live.uid !== undefined
                    text: panel.c.live.title || ""
                    size: Theme.bodySize * 1.1
                    font.bold: true
                }
                StaffLine {
                    visible: panel.c.live.uid === undefined
                    text: qsTr("No exhibition is installed.")
                }
                StaffLine {
                    visible: panel.c.live.uid !== undefined
                    text: qsTr("Version %1").arg(panel.c.live.version || "")
                }
                StaffLine {
                    objectName: "liveSigner"
                    visible: panel.c.live.uid !== undefined
                    text: panel.c.live.unsigned ? qsTr("Not signed")
                                                : qsTr("Signed by key %1").arg(panel.c.live.signer || "")
                    color: panel.c.live.unsigned ? Theme.accent : Theme.text
                }
                StaffLine {
                    visible: panel.c.live.uid !== undefined
                    text: qsTr("Installed %1").arg(panel.c.live.installedAt || "")
                    color: Theme.textMuted
                }
                Item { width: 1; height: Theme.smallGap }
                Item {
                    width: parent.width
                    height: Math.max(rollBack.height, previousText.implicitHeight)
                    StaffLine {
                        id: previousText
                        anchors.left: parent.left
                        anchors.right: rollBack.left
                        anchors.rightMargin: Theme.smallGap
                        anchors.verticalCenter: parent.verticalCenter
                        width: undefined
                        text: panel.c.previous.uid !== undefined
                              ? qsTr("Previous: %1, version %2").arg(panel.c.previous.uid).arg(panel.c.previous.version)
                              : qsTr("Previous: none")
                        color: Theme.textMuted
                    }
                    TouchButton {
                        id: rollBack
                        objectName: "rollBack"
                        anchors.right: parent.right
                        text: qsTr("Roll back")
                        enabled: panel.c.previous.uid !== undefined && panel.c.busy === ""
                        onClicked: panel.c.rollBack()
                    }
                }
            }

            StaffCard {
                objectName: "settingsCard"
                width: parent.width
                title: qsTr("Sound and timing")
                Stepper {
                    objectName: "volume"
                    label: qsTr("Loudest volume")
                    value: Math.round(panel.c.volume * 100) + " %"
                    canDown: panel.c.volume > 0
                    canUp: panel.c.volume < panel.c.maxVolume
                    onDown: panel.c.setVolume(panel.c.volume - 0.05)
                    onUp: panel.c.setVolume(panel.c.volume + 0.05)
                }
                Stepper {
                    objectName: "idle"
                    label: qsTr("Idle time before the warning")
                    //: A number of seconds, abbreviated as on a control panel ("90 s").
                    value: qsTr("%1 s").arg(panel.c.idleSeconds)
                    canDown: panel.c.idleSeconds > 30
                    canUp: panel.c.idleSeconds < 3600
                    onDown: panel.c.setIdleSeconds(panel.c.idleSeconds - 15)
                    onUp: panel.c.setIdleSeconds(panel.c.idleSeconds + 15)
                }
                StaffLine {
                    text: qsTr("Changes apply at once and are kept when the kiosk restarts.")
                    color: Theme.textMuted
                }
            }
        }

        // -- installing --------------------------------------------------------
        Column {
            id: middle
            x: panel.stacked ? 0 : panel.columnWidth + Theme.gap
            y: panel.stacked ? left.implicitHeight + Theme.gap : 0
            width: panel.columnWidth
            spacing: Theme.gap

            Rectangle {
                objectName: "resultBox"
                visible: panel.c.busy !== "" || panel.c.message !== ""
                width: parent.width
                height: visible ? result.implicitHeight + 2 * Theme.gap : 0
                radius: Theme.radius
                readonly property bool failed: panel.c.busy === "" && !panel.c.messageOk
                color: failed ? panel.loud : Theme.surfaceRaised
                border.color: failed ? panel.loud : Theme.accent
                border.width: Math.max(2, 2 * Theme.unit)
                KText {
                    id: result
                    objectName: "resultText"
                    x: Theme.gap
                    y: Theme.gap
                    width: parent.width - 2 * Theme.gap
                    size: Theme.smallSize
                    color: parent.failed ? panel.onLoud : Theme.text
                    font.bold: parent.failed
                    text: panel.c.busy !== "" ? panel.busyText() : panel.resultText()
                }
            }

            StaffCard {
                objectName: "installCard"
                width: parent.width
                title: qsTr("Install an exhibition")
                StaffLine {
                    text: qsTr("Exhibitions on USB sticks and in the inbox folder. Each needs its signature file beside it.")
                    color: Theme.textMuted
                }
                TouchButton {
                    objectName: "refresh"
                    text: qsTr("Refresh")
                    enabled: panel.c.busy === ""
                    onClicked: panel.c.refresh()
                }
                StaffLine {
                    visible: panel.c.packages.length === 0
                    text: qsTr("No exhibitions found. Insert a USB stick and tap Refresh.")
                }
                Repeater {
                    model: panel.c.packages
                    Rectangle {
                        required property var modelData
                        required property int index
                        objectName: "package" + index
                        width: parent.width
                        height: Math.max(Theme.touch, info.implicitHeight) + Theme.smallGap * 2
                        radius: Theme.radius
                        color: Theme.surfaceRaised
                        Column {
                            id: info
                            anchors.left: parent.left
                            anchors.leftMargin: Theme.smallGap
                            anchors.right: installButton.left
                            anchors.rightMargin: Theme.smallGap
                            anchors.verticalCenter: parent.verticalCenter
                            StaffLine {
                                text: modelData.name
                                font.bold: true
                                wrapMode: Text.WrapAnywhere
                            }
                            StaffLine {
                                text: modelData.size + " · " + (modelData.signed ? qsTr("Signed")
                                                                                : qsTr("No signature"))
                                color: modelData.signed ? Theme.textMuted : Theme.accent
                            }
                            StaffLine {
                                text: modelData.folder
                                color: Theme.textMuted
                                elide: Text.ElideMiddle
                                wrapMode: Text.NoWrap
                            }
                        }
                        TouchButton {
                            id: installButton
                            objectName: "install" + index
                            anchors.right: parent.right
                            anchors.rightMargin: Theme.smallGap
                            anchors.verticalCenter: parent.verticalCenter
                            text: qsTr("Install")
                            enabled: panel.c.busy === ""
                            onClicked: panel.c.install(modelData.path)
                        }
                    }
                }
            }
        }

        // -- statistics, hours, inbox ------------------------------------------
        Column {
            id: right
            x: panel.stacked ? 0 : 2 * (panel.columnWidth + Theme.gap)
            y: panel.stacked ? middle.y + middle.implicitHeight + Theme.gap : 0
            width: panel.columnWidth
            spacing: Theme.gap

            StaffCard {
                objectName: "statsCard"
                width: parent.width
                title: qsTr("Visitors, last 30 days")
                StaffLine {
                    visible: panel.c.statisticsError !== ""
                    text: qsTr("Statistics are unavailable: %1").arg(panel.c.statisticsError)
                    color: Theme.accent
                }
                StaffLine {
                    objectName: "visits"
                    visible: panel.c.statisticsError === ""
                    text: qsTr("%1 visits, median length %2 min")
                            .arg(panel.c.statistics.visits ?? "…")
                            .arg(panel.c.statistics.medianMinutes ?? "…")
                    font.bold: true
                }
                StaffLine {
                    visible: (panel.c.statistics.languages || "") !== ""
                    text: qsTr("Languages: %1").arg(panel.c.statistics.languages || "")
                }
                Repeater {
                    model: panel.c.statistics.items || []
                    StaffLine {
                        required property string modelData
                        required property int index
                        text: (index === 0 ? qsTr("Most viewed: %1") : "%1").arg(modelData)
                        color: index === 0 ? Theme.text : Theme.textMuted
                        leftPadding: index === 0 ? 0 : Theme.gap
                        wrapMode: Text.NoWrap
                        elide: Text.ElideRight
                    }
                }
                StaffLine {
                    visible: panel.c.statisticsError === ""
                    text: qsTr("Content warnings declined: %1").arg(panel.c.statistics.declined ?? "…")
                }
                Item { width: 1; height: Theme.smallGap / 2 }
                StaffLine {
                    visible: panel.c.exportTargets.length === 0
                    text: qsTr("Insert a writable USB stick to export the statistics.")
                    color: Theme.textMuted
                }
                Flow {
                    width: parent.width
                    spacing: Theme.smallGap
                    Repeater {
                        model: panel.c.exportTargets
                        TouchButton {
                            required property string modelData
                            required property int index
                            objectName: "export" + index
                            text: qsTr("Export to %1").arg(modelData.split("/").pop())
                            textSize: Theme.smallSize
                            enabled: panel.c.busy === ""
                            onClicked: panel.c.exportCsv(modelData)
                        }
                    }
                }
            }

            StaffCard {
                objectName: "hoursCard"
                width: parent.width
                title: qsTr("Opening hours")
                StaffLine {
                    visible: !panel.c.clockTrusted
                    text: qsTr("The clock is not set, so the kiosk stays open.")
                    color: Theme.accent
                }
                StaffLine {
                    visible: panel.c.alwaysOpen
                    text: qsTr("Always open")
                }
                Repeater {
                    model: panel.c.alwaysOpen ? [] : panel.c.openHours
                    Item {
                        required property var modelData
                        required property int index
                        width: parent.width
                        height: Math.max(dayText.implicitHeight, hoursText.implicitHeight)
                        StaffLine {
                            id: dayText
                            width: parent.width * 0.45
                            text: panel.dayName(index)
                        }
                        StaffLine {
                            id: hoursText
                            x: parent.width * 0.45
                            width: parent.width * 0.55
                            text: modelData.open ? modelData.hours : qsTr("closed")
                            color: modelData.open ? Theme.text : Theme.textMuted
                        }
                    }
                }
                Item { width: 1; height: Theme.smallGap / 2 }
                TouchButton {
                    objectName: "editHours"
                    text: qsTr("Change opening hours")
                    onClicked: panel.hoursOpen = true
                }
            }

            StaffCard {
                objectName: "inboxCard"
                visible: panel.c.inboxLog.length > 0
                width: parent.width
                title: qsTr("Inbox")
                Repeater {
                    model: panel.c.inboxLog
                    StaffLine {
                        required property string modelData
                        text: modelData
                        color: Theme.textMuted
                    }
                }
            }
        }
    }

    HoursEditor {
        id: hoursEditor
        objectName: "hoursEditor"
        visible: panel.hoursOpen
        anchors.fill: body
        controller: panel.c
        portrait: panel.stacked
        onDone: panel.hoursOpen = false
    }

    // A thin bar at the edge says there is more below.
    Rectangle {
        objectName: "scrollBar"
        readonly property Flickable f: panel.scroller
        visible: f.contentHeight > f.height
        anchors.left: f.right
        anchors.leftMargin: Theme.margin / 2 - width / 2
        y: f.y + f.visibleArea.yPosition * f.height
        width: Theme.unit * 6
        height: f.visibleArea.heightRatio * f.height
        radius: width / 2
        color: Theme.hairline
    }
}
