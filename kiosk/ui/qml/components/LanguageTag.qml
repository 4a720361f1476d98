import QtQuick
import kiosk.ui.qml

// A discreet mark beside a text the exhibition has not translated into the
// visitor's language (it falls back to the default language): that
// language's own name ("English"), small and muted, in a hairline frame, in
// its own font. Hidden while the text is in the visitor's language.
Rectangle {
    id: tag
    // The language the marked text is really in (a `*Lang` role or key).
    property string lang: ""
    readonly property bool fallback: Theme.fallback(lang)
    // The exhibition's languages carry their own names (kiosk.languages).
    readonly property string name: {
        if (!fallback)
            return ""
        const all = kiosk.languages || []
        const known = all.find((l) => l.tag === lang)
                      || all.find((l) => Theme.primary(l.tag) === Theme.primary(lang))
        return known ? known.name : lang
    }

    visible: fallback
    implicitWidth: label.implicitWidth + 2 * Theme.smallGap
    implicitHeight: Math.max(label.implicitHeight, label.inkHeight) + Theme.smallGap / 2
    radius: height / 2
    color: "transparent"
    border.color: Theme.hairline
    border.width: Math.max(1, Theme.unit)
    Accessible.role: Accessible.StaticText
    //: Read aloud for a text shown in another language because it has not been translated; %1 is that language's name.
    Accessible.name: qsTr("Not translated; language: %1").arg(name)

    KText {
        id: label
        objectName: "languageTag"
        anchors.centerIn: parent
        anchors.verticalCenterOffset: inkOffset
        centredLabel: true
        text: tag.name
        lang: tag.lang
        size: Theme.smallSize * 0.9
        color: Theme.textMuted
        wrapMode: Text.NoWrap
        topPadding: 0
        bottomPadding: 0
        lineHeight: 1.0
    }
}
