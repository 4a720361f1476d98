"""WCAG 2.2 contrast of the theme's colours, read from Theme.qml, in both colour modes.

Every colour in Theme.qml has a role below; each role says what it must stand
out against. Thresholds: text 4.5:1 (SC 1.4.3), controls, icons, large text and
the focus indicator 3:1 (SC 1.4.11, 2.4.13). High-contrast mode is for visitors
for whom AA is not enough, so there text must reach 7:1 (SC 1.4.6) and control
boundaries 3:1.

Theme.qml is read, not run: each ``property color NAME: EXPR`` must be a
``"#rrggbb"``/``"#aarrggbb"`` literal, another theme colour, or
``highContrast ? <high-contrast colour> : <normal colour>``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

import pytest

QML_DIR = Path(__file__).resolve().parents[1] / "kiosk" / "ui" / "qml"
THEME = QML_DIR / "Theme.qml"
MODES = ("normal", "high-contrast")
#: The bool property in Theme.qml that switches colour sets.
SWITCH = "highContrast"

RGB = tuple[float, float, float]


class Role(Enum):
    BACKGROUND = "background"  # pages, panels, buttons' own fill
    TEXT = "text"  # body text on any background
    CONTROL = "control"  # primary-button fill, selected state, icons, large numerals
    TEXT_ON_CONTROL = "text on control"  # labels on a CONTROL fill
    BOUNDARY = "boundary"  # control outlines and separators
    FOCUS = "focus"  # the keyboard/switch-access focus indicator


#: Each theme colour's role. A new colour in Theme.qml fails the test until it is added here.
ROLES: dict[str, Role] = {
    "background": Role.BACKGROUND,
    "surface": Role.BACKGROUND,
    "surfaceRaised": Role.BACKGROUND,
    "scrim": Role.BACKGROUND,  # translucent, over photographs
    "scrimStrong": Role.BACKGROUND,  # the foot of the attract loop's shade
    "veil": Role.BACKGROUND,  # the idle warning over everything
    "text": Role.TEXT,
    "textMuted": Role.TEXT,
    "accent": Role.CONTROL,
    "accentText": Role.TEXT_ON_CONTROL,
    "hairline": Role.BOUNDARY,
    "focus": Role.FOCUS,
}
#: Colours the theme must define (the focus ring cannot be left to chance).
REQUIRED = ("background", "text", "accent", "accentText", "focus")

#: Minimum ratios per (role, mode). A BOUNDARY need not stand out in normal mode:
#: every button carries a text label, which identifies it (Understanding SC 1.4.11).
MINIMUM: dict[tuple[Role, str], float] = {
    (Role.TEXT, "normal"): 4.5, (Role.TEXT, "high-contrast"): 7.0,
    (Role.TEXT_ON_CONTROL, "normal"): 4.5, (Role.TEXT_ON_CONTROL, "high-contrast"): 7.0,
    (Role.CONTROL, "normal"): 3.0, (Role.CONTROL, "high-contrast"): 3.0,
    (Role.FOCUS, "normal"): 3.0, (Role.FOCUS, "high-contrast"): 3.0,
    (Role.BOUNDARY, "high-contrast"): 3.0,
}
#: What a translucent background may lie over: the brightest and darkest photograph.
UNDERLAYS: dict[str, RGB] = {"white photo": (1.0, 1.0, 1.0), "black photo": (0.0, 0.0, 0.0)}


# -- colour arithmetic (WCAG 2.2 definitions) -----------------------------------

@dataclass(frozen=True)
class Colour:
    rgb: RGB  # 0…1, sRGB
    alpha: float = 1.0

    @classmethod
    def parse(cls, text: str) -> Colour:
        """Qt's ``#rgb``, ``#rrggbb`` and ``#aarrggbb`` (alpha first, as QML has it)."""
        digits = text.removeprefix("#")
        if text == "transparent":
            return cls((0.0, 0.0, 0.0), 0.0)
        if not re.fullmatch(r"[0-9a-fA-F]{3}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8}", digits):
            raise ValueError(f"not a colour Theme.qml may use: {text!r}")
        if len(digits) == 3:
            digits = "".join(c * 2 for c in digits)
        alpha = int(digits[:2], 16) / 255 if len(digits) == 8 else 1.0
        digits = digits[-6:]
        r, g, b = (int(digits[i:i + 2], 16) / 255 for i in (0, 2, 4))
        return cls((r, g, b), alpha)

    def over(self, under: RGB) -> RGB:
        """This colour composited over an opaque one."""
        r, g, b = (self.alpha * c + (1 - self.alpha) * u
                   for c, u in zip(self.rgb, under, strict=True))
        return (r, g, b)


def relative_luminance(rgb: RGB) -> float:
    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (linear(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(a: RGB, b: RGB) -> float:
    high, low = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


# -- reading Theme.qml ---------------------------------------------------------

PROPERTY = re.compile(r"^\s*(?:readonly\s+)?property\s+color\s+(\w+)\s*:\s*(.+?)\s*;?\s*$")
TERNARY = re.compile(r"^\(?\s*(?:\w+\.)?(\w+)\s*\?\s*(.+?)\s*:\s*(.+?)\s*\)?$")


def read_theme(source: str) -> dict[str, dict[str, Colour]]:
    """``{mode: {name: colour}}`` for both modes; raises ValueError on what it cannot read."""
    expressions = {}
    for line in source.splitlines():
        match = PROPERTY.match(line.split("//")[0])
        if match:
            expressions[match.group(1)] = match.group(2)

    def resolve(name: str, mode: str, seen: tuple[str, ...] = ()) -> Colour:
        if name in seen:
            raise ValueError(f"colour {name} refers to itself: {' → '.join((*seen, name))}")
        expr = expressions[name]
        ternary = TERNARY.match(expr)
        if ternary:
            if ternary.group(1) != SWITCH:
                raise ValueError(f"colour {name} switches on {ternary.group(1)!r}, not {SWITCH}")
            expr = ternary.group(2) if mode == "high-contrast" else ternary.group(3)
        expr = expr.strip()
        if expr.startswith('"') and expr.endswith('"'):
            return Colour.parse(expr[1:-1])
        reference = expr.removeprefix("theme.").removeprefix("Theme.")
        if reference in expressions:
            return resolve(reference, mode, (*seen, name))
        raise ValueError(f"cannot read colour {name}: {expressions[name]!r}; write a "
                         f'"#rrggbb" literal, another theme colour, or '
                         f'{SWITCH} ? "#…" : "#…"')

    return {mode: {name: resolve(name, mode) for name in expressions} for mode in MODES}


def has_switch(source: str) -> bool:
    return re.search(rf"property\s+bool\s+{SWITCH}\b", source) is not None


def backgrounds(theme: dict[str, Colour]) -> dict[str, RGB]:
    """Every opaque background a foreground may sit on; translucent ones over each underlay."""
    out: dict[str, RGB] = {}
    for name, colour in theme.items():
        if ROLES.get(name) is not Role.BACKGROUND:
            continue
        if colour.alpha >= 1.0:
            out[name] = colour.rgb
        else:
            for under, rgb in UNDERLAYS.items():
                out[f"{name} over a {under}"] = colour.over(rgb)
    return out


def failures(theme: dict[str, Colour], mode: str) -> list[str]:
    """Every pair below its minimum, as ``'textMuted on scrim …: 4.2 < 4.5'``."""
    grounds = backgrounds(theme)
    found = []
    for name, colour in theme.items():
        role = ROLES.get(name)
        minimum = MINIMUM.get((role, mode)) if role else None
        if minimum is None:
            continue
        if role is Role.TEXT_ON_CONTROL:
            under = {n: c.rgb for n, c in theme.items() if ROLES.get(n) is Role.CONTROL}
        else:
            under = grounds
        for ground, rgb in under.items():
            ratio = contrast_ratio(colour.over(rgb), rgb)
            if ratio < minimum:
                found.append(f"{name} on {ground}: {ratio:.2f} < {minimum}")
    return found


# -- the theme -----------------------------------------------------------------

@pytest.fixture(scope="module")
def source() -> str:
    return THEME.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def theme(source: str) -> dict[str, dict[str, Colour]]:
    return read_theme(source)


def test_every_theme_colour_has_a_contrast_role(theme: dict[str, dict[str, Colour]]) -> None:
    unknown = sorted(set(theme["normal"]) - set(ROLES))
    assert not unknown, (f"Theme.qml colours with no role in tests/test_contrast.py ROLES: "
                         f"{unknown}; say what each must stand out against")


def test_the_theme_defines_the_colours_every_screen_needs(
        theme: dict[str, dict[str, Colour]]) -> None:
    missing = [name for name in REQUIRED if name not in theme["normal"]]
    assert not missing, (f"Theme.qml defines no {missing}: add e.g. `readonly property color "
                         "focus: ...`, a focus-ring colour with 3:1 against every background")


def test_the_theme_has_a_high_contrast_mode(source: str,
                                             theme: dict[str, dict[str, Colour]]) -> None:
    assert has_switch(source), (
        f"Theme.qml has no high-contrast colour set: declare `property bool {SWITCH}` (bound to "
        f"the visitor's choice) and write colours as `{SWITCH} ? \"#hc\" : \"#normal\"`")
    differs = [n for n in theme["normal"] if theme["normal"][n] != theme["high-contrast"][n]]
    assert {"text", "background"} & set(differs), (
        "high-contrast mode changes neither text nor background colour")


@pytest.mark.parametrize("mode", MODES)
def test_theme_colours_meet_wcag_contrast(mode: str, source: str,
                                          theme: dict[str, dict[str, Colour]]) -> None:
    if mode == "high-contrast" and not has_switch(source):
        pytest.fail(f"Theme.qml has no high-contrast set (no `property bool {SWITCH}`); "
                    "nothing to check")
    bad = failures(theme[mode], mode)
    assert not bad, f"{mode} mode, contrast too low:\n" + "\n".join(bad)


def test_screens_take_their_colours_from_the_theme() -> None:
    """A colour written into a screen escapes this test and the high-contrast switch."""
    literal = re.compile(r'"#[0-9a-fA-F]{3,8}"|Qt\.rgba?\(|Qt\.hsla?\(')
    found = [f"{path.relative_to(QML_DIR)}:{number}: {line.strip()}"
             for path in sorted(QML_DIR.rglob("*.qml")) if path != THEME
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if literal.search(line.split("//")[0])]
    assert not found, "colours outside Theme.qml:\n" + "\n".join(found)


# -- the arithmetic and the reader, on known values ---------------------------------

@pytest.mark.parametrize(("a", "b", "ratio"), [
    ("#000000", "#ffffff", 21.0), ("#ffffff", "#ffffff", 1.0),
    ("#767676", "#ffffff", 4.54), ("#777777", "#ffffff", 4.48), ("#0000ff", "#ffffff", 8.59),
])
def test_contrast_ratio_known_values(a: str, b: str, ratio: float) -> None:
    found = contrast_ratio(Colour.parse(a).rgb, Colour.parse(b).rgb)
    assert found == pytest.approx(ratio, abs=0.01)


def test_reader_understands_both_modes_references_and_alpha() -> None:
    theme = read_theme("""
        property bool highContrast: kiosk ? kiosk.highContrast : false
        readonly property color background: highContrast ? "#000000" : "#1c1b19"
        readonly property color text: "#ffffff"  // the same in both modes
        readonly property color scrim: "#80000000"
        readonly property color focus: text
    """)
    assert theme["high-contrast"]["background"] == Colour((0.0, 0.0, 0.0))
    assert theme["normal"]["background"] == Colour.parse("#1c1b19")
    assert theme["normal"]["focus"] == theme["high-contrast"]["text"]
    assert theme["normal"]["scrim"].alpha == pytest.approx(128 / 255)
    assert theme["normal"]["scrim"].over((1.0, 1.0, 1.0))[0] == pytest.approx(127 / 255)


def test_reader_refuses_what_it_cannot_check() -> None:
    with pytest.raises(ValueError, match="cannot read colour accent"):
        read_theme('readonly property color accent: Qt.lighter("#d8a657", 1.2)')
    with pytest.raises(ValueError, match="switches on 'dark'"):
        read_theme('readonly property color text: dark ? "#000" : "#fff"')


def test_a_low_contrast_pair_is_reported() -> None:
    theme = read_theme("""
        readonly property color background: "#ffffff"
        readonly property color text: "#777777"
        readonly property color scrim: "#cc151412"
        readonly property color accent: "#0000ff"
        readonly property color accentText: "#ffffff"
    """)["normal"]
    assert failures(theme, "normal") == [
        "text on background: 4.48 < 4.5",
        "text on scrim over a white photo: 2.21 < 4.5",
        "text on scrim over a black photo: 4.25 < 4.5",
        "accent on scrim over a white photo: 1.15 < 3.0",
        "accent on scrim over a black photo: 2.21 < 3.0",
    ]


def test_a_theme_written_as_asked_passes_in_both_modes() -> None:
    """The shape this test expects of Theme.qml, with colours that pass (a starting point)."""
    source = """
        property bool highContrast: kiosk ? kiosk.highContrast : false
        readonly property color background: highContrast ? "#000000" : "#1c1b19"
        readonly property color surface: highContrast ? "#000000" : "#282623"
        readonly property color surfaceRaised: highContrast ? "#1a1a1a" : "#34312d"
        readonly property color scrim: highContrast ? "#e6000000" : "#cc151412"
        readonly property color text: highContrast ? "#ffffff" : "#f3eee4"
        readonly property color textMuted: highContrast ? "#e6e6e6" : "#bdb5a8"
        readonly property color accent: highContrast ? "#ffd166" : "#d8a657"
        readonly property color accentText: highContrast ? "#000000" : "#1c1b19"
        readonly property color hairline: highContrast ? "#bfbfbf" : "#4a4640"
        readonly property color focus: highContrast ? "#66ccff" : "#8fd0ff"
    """
    assert has_switch(source)
    theme = read_theme(source)
    assert set(theme["normal"]) <= set(ROLES)
    assert {mode: failures(theme[mode], mode) for mode in MODES} == {m: [] for m in MODES}
