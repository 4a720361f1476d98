import QtQuick
import kiosk.ui.qml

// The exhibition at a glance: every section with its photographs.
Rectangle {
    id: page
    color: Theme.background

    Connections {
        target: kiosk
        function onVisitorLeft() { list.positionViewAtBeginning() }
    }

    TopBar {
        id: bar
        z: 2
        anchors.left: parent.left
        anchors.right: parent.right
        showBack: false
        title: kiosk.title
        lang: kiosk.titleLang
        TextSizeChooser { objectName: "overviewTextSize" }
        TouchButton {
            visible: kiosk.languages.length > 1
            objectName: "languageButton"
            text: qsTr("Language")
            onClicked: kiosk.showLanguages()
        }
    }
    ListView {
        id: list
        objectName: "sections"
        anchors.top: bar.bottom
        anchors.bottom: parent.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        topMargin: Theme.gap * 1.5
        bottomMargin: Theme.margin
        spacing: Theme.gap
        clip: true
        cacheBuffer: Math.max(0, height)
        boundsBehavior: Flickable.StopAtBounds
        model: kiosk.sections
        delegate: SectionRow {
            width: list.width
            onOpenItem: (section, item) => kiosk.openSection(section, item)
            onOpenText: (section) => kiosk.openSectionText(section)
        }
    }
}
