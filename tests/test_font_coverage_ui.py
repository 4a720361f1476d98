"""The shipped fonts draw every interface string, every language name and every icon glyph.

The kiosk registers only assets/fonts; a character none of them covers is an
empty box on screen. Arabic-script text must also be drawn whole by the font
the theme picks for it: a letter borrowed from another font breaks the joining.
"""

from __future__ import annotations

import re
import unicodedata
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont

from kiosk.build.fonts import default_fonts_dir, uncovered_characters
from kiosk.ui.languages import ENDONYMS
from kiosk.ui.translations import I18N_DIR

ROOT = Path(__file__).resolve().parents[1]
QML_DIR = ROOT / "kiosk" / "ui" / "qml"
DEMO = ROOT / "exhibitions" / "demo"
#: The demo's visible text, at the source: the manifest, long texts and transcripts.
DEMO_TEXTS = sorted([DEMO / "exhibition.toml", *DEMO.glob("texts/*.md"),
                     *DEMO.glob("transcripts/*.vtt"), *DEMO.glob("transcripts/*.srt")])
CATALOGUES = sorted(I18N_DIR.glob("kiosk_*.ts"))
#: The font files Theme.family() picks per primary language subtag (else Noto Sans).
OWN_FONTS = {
    "ur": ("NotoNastaliqUrdu-Regular.ttf", "NotoNastaliqUrdu-Bold.ttf"),
    "ar": ("NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf"),
}
DEFAULT_FONTS = ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf")


def language_of(ts: Path) -> str:
    return ts.stem.removeprefix("kiosk_")


def interface_texts(ts: Path) -> list[str]:
    """Every source and translation in one catalogue."""
    root = ET.parse(ts).getroot()
    texts = [e.text or "" for e in root.iter() if e.tag in ("source", "translation",
                                                            "numerusform")]
    return [t for t in texts if t.strip()]


def describe(chars: set[str]) -> str:
    return ", ".join(f"{c!r} U+{ord(c):04X} {unicodedata.name(c, '?')}" for c in sorted(chars))


@cache
def cmap(file: str) -> frozenset[int]:
    with TTFont(default_fonts_dir() / file, lazy=True) as font:
        return frozenset(font.getBestCmap() or {})


def test_there_are_catalogues_to_check() -> None:
    assert len(CATALOGUES) >= 6, f"expected the interface catalogues in {I18N_DIR}"


@pytest.mark.parametrize("ts", CATALOGUES, ids=language_of)
def test_interface_strings_are_covered(ts: Path) -> None:
    missing = {t: uncovered_characters(t) for t in interface_texts(ts)}
    problems = [f"{text!r}: {describe(chars)}" for text, chars in missing.items() if chars]
    assert not problems, f"{ts.name}: no shipped font draws\n" + "\n".join(problems)


@pytest.mark.parametrize("ts", CATALOGUES, ids=language_of)
def test_each_language_is_drawn_by_its_own_font(ts: Path) -> None:
    """Letters and marks (not digits, punctuation or spaces) need no fallback font."""
    root = ET.parse(ts).getroot()
    texts = [e.text or "" for e in root.iter() if e.tag in ("translation", "numerusform")]
    letters = {c for t in texts for c in t if unicodedata.category(c)[0] in "LM"}
    files = OWN_FONTS.get(language_of(ts).split("_")[0], DEFAULT_FONTS)
    problems = [f"{file}: {describe({c for c in letters if ord(c) not in cmap(file)})}"
                for file in files if any(ord(c) not in cmap(file) for c in letters)]
    assert not problems, f"{ts.name}:\n" + "\n".join(problems)


@pytest.mark.parametrize(("tag", "name"), sorted(ENDONYMS.items()), ids=sorted(ENDONYMS))
def test_language_names_are_covered(tag: str, name: str) -> None:
    """Language buttons show each name in its own script (strings.ENDONYMS)."""
    chars = uncovered_characters(name)
    assert not chars, f"{tag} {name!r}: no shipped font draws {describe(chars)}"


def qml_literals() -> list[tuple[str, str]]:
    """(file:line, text) of every quoted string a QML ``text:`` or ``glyph:`` shows as is."""
    shown = re.compile(r"\b(?:text|glyph)\s*:\s*(.*)$")
    literal = re.compile(r'"((?:[^"\\]|\\.)*)"')
    found = []
    for path in sorted(QML_DIR.rglob("*.qml")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            match = shown.search(line)
            if match:
                found += [(f"{path.relative_to(QML_DIR)}:{number}", s)
                          for s in literal.findall(match.group(1)) if s.strip()]
    return found


def test_qml_glyphs_and_fixed_texts_are_covered() -> None:
    """Arrows and symbols written straight into QML (``glyph: "←"``) need a font too."""
    problems = [f"{where} {text!r}: {describe(chars)}" for where, text in qml_literals()
                if (chars := uncovered_characters(text))]
    assert not problems, "no shipped font draws:\n" + "\n".join(problems)


def demo_id(path: Path) -> str:
    return str(path.relative_to(DEMO))


@pytest.mark.parametrize("path", DEMO_TEXTS, ids=demo_id)
def test_demo_text_is_covered(path: Path) -> None:
    """The demo at the source, so no build (and no ffmpeg) is needed to check it."""
    chars = uncovered_characters(path.read_text(encoding="utf-8"))
    assert not chars, f"{demo_id(path)}: no shipped font draws {describe(chars)}"


@pytest.mark.parametrize("path", [p for p in DEMO_TEXTS
                                  if p.suffixes[:1] in ([".ur"], [".ar"])], ids=demo_id)
def test_demo_arabic_script_text_is_drawn_by_its_own_font(path: Path) -> None:
    letters = {c for c in path.read_text(encoding="utf-8")
               if unicodedata.category(c)[0] in "LM" and unicodedata.name(c, "").startswith(
                   ("ARABIC", "EXTENDED ARABIC"))}
    problems = [f"{file}: {describe({c for c in letters if ord(c) not in cmap(file)})}"
                for file in OWN_FONTS[path.suffixes[0][1:]]
                if any(ord(c) not in cmap(file) for c in letters)]
    assert not problems, f"{demo_id(path)}:\n" + "\n".join(problems)


def test_the_demo_texts_are_found() -> None:
    assert len(DEMO_TEXTS) >= 10 and DEMO / "exhibition.toml" in DEMO_TEXTS


def test_coverage_check_can_fail() -> None:
    assert uncovered_characters("𓀀 snow") == {"𓀀"}
    assert "\U0001f600" not in {chr(c) for c in cmap(DEFAULT_FONTS[0])}


def shipped_families() -> set[str]:
    families = set()
    for file in default_fonts_dir().glob("*.ttf"):
        with TTFont(file, lazy=True) as font:
            families.add(font["name"].getDebugName(1))
    return families


def test_the_qml_names_only_font_families_we_ship() -> None:
    """A family the kiosk does not ship (say DejaVu Sans Mono) depends on the host's fonts."""
    named = {m.group(1) for qml in QML_DIR.rglob("*.qml")
             for m in re.finditer(r'font\.family:\s*"([^"]+)"', qml.read_text(encoding="utf-8"))}
    named |= {m.group(1) for m in re.finditer(r'return\s+(?:serif \? )?"([^"]+)"',
                                              (QML_DIR / "Theme.qml").read_text("utf-8"))}
    named |= {m.group(1) for m in re.finditer(r':\s*"(Noto [^"]+)"',
                                              (QML_DIR / "Theme.qml").read_text("utf-8"))}
    assert {"Noto Sans", "Noto Nastaliq Urdu", "Noto Naskh Arabic"} <= named  # the scan works
    assert named <= shipped_families(), named - shipped_families()
