pragma Singleton
import QtQuick

// Units, colours and type for every screen. Sizes scale with the window's
// short side (1080 px = 1 unit), so 1080p, 4K and portrait look alike.
QtObject {
    id: theme

    property real windowWidth: 1920
    property real windowHeight: 1080
    // Benchmarks and screenshots switch transitions off.
    readonly property bool animate: kiosk ? kiosk.animations : true

    readonly property bool portrait: windowHeight > windowWidth
    readonly property real unit: Math.max(0.25, Math.min(windowWidth, windowHeight) / 1080)
    readonly property real touch: kiosk ? Math.max(kiosk.touchTarget, 64 * unit) : 64 * unit
    readonly property real textScale: kiosk ? kiosk.textScale : 1.0

    // The visitor's high-contrast choice (kiosk/ui/accessibility.py). Every
    // colour is written `highContrast ? high : normal`; tests/test_contrast.py
    // reads both sets from this file and checks them against WCAG 2.2.
    property bool highContrast: typeof accessibility !== "undefined" && accessibility
                                ? accessibility.highContrast : false
    readonly property bool reducedMotion: typeof accessibility !== "undefined" && accessibility
                                          ? accessibility.reducedMotion : false

    readonly property color background: highContrast ? "#000000" : "#1c1b19"
    readonly property color surface: highContrast ? "#000000" : "#282623"
    readonly property color surfaceRaised: highContrast ? "#1c1c1c" : "#34312d"
    readonly property color scrim: highContrast ? "#eb000000" : "#cc151412"
    readonly property color scrimStrong: highContrast ? "#f2000000" : "#e6151412"
    readonly property color veil: highContrast ? "#f7000000" : "#f2151412"
    readonly property color text: highContrast ? "#ffffff" : "#f3eee4"
    readonly property color textMuted: highContrast ? "#e8e8e8" : "#bdb5a8"
    readonly property color accent: highContrast ? "#ffd75e" : "#d8a657"
    readonly property color accentText: highContrast ? "#000000" : "#1c1b19"
    readonly property color hairline: highContrast ? "#b0b0b0" : "#4a4640"
    readonly property color focus: highContrast ? "#5cd6ff" : "#8fd0ff"

    readonly property real margin: 56 * unit
    readonly property real gap: 24 * unit
    readonly property real smallGap: 12 * unit
    readonly property real radius: 10 * unit

    readonly property real displaySize: 76 * unit
    readonly property real titleSize: 50 * unit
    readonly property real headingSize: 36 * unit
    readonly property real bodySize: 28 * unit
    readonly property real smallSize: 23 * unit

    readonly property int motion: animate ? 320 : 0
    readonly property int fade: animate ? 1400 : 0
    // Reduced motion: fades stay (they do not move), pan and zoom stop.
    readonly property bool kenBurns: animate && !reducedMotion

    function primary(lang) {
        return (lang || "").split("-")[0].toLowerCase()
    }
    function nastaliq(lang) {
        const p = primary(lang)
        return p === "ur" || p === "pa-arab" || p === "skr"
    }
    function arabicScript(lang) {
        const p = primary(lang)
        return ["ar", "fa", "ps", "sd", "ug", "ckb"].indexOf(p) >= 0
            || (lang || "").toLowerCase().indexOf("-arab") > 0
    }
    function family(lang, serif) {
        if (nastaliq(lang))
            return "Noto Nastaliq Urdu"
        if (arabicScript(lang))
            return "Noto Naskh Arabic"
        return serif ? "Noto Serif" : "Noto Sans"
    }
    // Noto Nastaliq's own line box is already about twice the Latin one
    // (its ascent covers the high stacks); a little more keeps dots apart.
    function lineHeight(lang) {
        return nastaliq(lang) ? 1.08 : arabicScript(lang) ? 1.3 : 1.35
    }
    // Nastaliq letters look smaller than Latin ones at the same pixel size.
    function sizeFactor(lang) {
        return nastaliq(lang) ? 1.08 : 1.0
    }
    // The height the letters of a one-line Nastaliq label need at `pixelSize`:
    // sloping words and high stacks reach about 2.3 em from their lowest dot
    // to the top of a kaf, where Latin needs about one. Buttons with Nastaliq
    // labels are this tall at least, so a row of them stays even.
    function inkRoom(lang, pixelSize) {
        return nastaliq(lang) ? 2.3 * pixelSize : 0
    }
    function rtl(lang) {
        return !!lang && Qt.locale(lang.replace(/-/g, "_")).textDirection === Qt.RightToLeft
    }
    // A text in another language than the visitor's: its translation is
    // missing and it falls back to the exhibition's default language.
    function fallback(lang) {
        return !!lang && !!kiosk && primary(lang) !== primary(kiosk.language)
    }
    // The alignment that puts a text in `lang` at its own start edge, whichever
    // way the layout around it is mirrored (pass LayoutMirroring.enabled): an
    // English caption in an Urdu screen starts at the left.
    function startAlign(lang, mirrored) {
        return rtl(lang) !== mirrored ? Text.AlignRight : Text.AlignLeft
    }
}
