import QtQuick
import kiosk.ui.qml

// The transcript, one row per cue; the spoken line is highlighted and kept in
// view. When the visitor drags the list, following stops and resumes
// resumeDelay ms after the last touch. Two columns when there is an original.
ListView {
    id: list
    required property var transcript
    // Properties read by the delegates through ListView.view.
    readonly property bool sideBySide: transcript.hasOriginal
    readonly property string language: transcript.language
    readonly property string originalLanguage: transcript.originalLanguage
    readonly property bool rtl: transcript.direction === Qt.RightToLeft
    readonly property bool originalRtl: transcript.originalDirection === Qt.RightToLeft
    property int resumeDelay: 4000
    property bool following: true

    model: transcript
    clip: true
    spacing: Theme.smallGap
    boundsBehavior: Flickable.StopAtBounds
    reuseItems: true
    Accessible.role: Accessible.List

    delegate: CueRow {}

    function keepCurrentInView(animated) {
        if (!following || transcript.currentIndex < 0 || transcript.currentIndex >= count)
            return
        const from = contentY
        positionViewAtIndex(transcript.currentIndex, ListView.Center)
        const to = contentY
        if (!animated || !Theme.animate || Math.abs(to - from) < 1)
            return
        contentY = from
        scroll.to = to
        scroll.restart()
    }

    NumberAnimation {
        id: scroll
        target: list
        property: "contentY"
        duration: Theme.motion
        easing.type: Easing.InOutQuad
    }
    Timer {
        id: resume
        objectName: "transcriptResumeTimer"
        interval: list.resumeDelay
        onTriggered: {
            list.following = true
            list.keepCurrentInView(true)
        }
    }
    // movementStarted/Ended fire for the visitor's drags and flicks only,
    // never for our own contentY animation.
    onMovementStarted: {
        scroll.stop()
        following = false
        resume.stop()
    }
    onMovementEnded: resume.restart()
    onHeightChanged: keepCurrentInView(false)
    onCountChanged: keepCurrentInView(false)

    Connections {
        target: list.transcript
        function onCurrentIndexChanged() { list.keepCurrentInView(true) }
    }
}
