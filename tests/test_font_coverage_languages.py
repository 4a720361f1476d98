"""The fonts each language is set in draw it: the built demo, numbers, language names, titles.

tests/test_font_coverage_ui.py checks the catalogues and the demo's source
files against all shipped fonts together (no empty boxes). This adds what
reaches the screen by other roads: the built package as the kiosk reads it,
numbers in each interface language's digits, each language's own name (the
language buttons and the "not translated" mark set it in its own font), and
Latin and Cyrillic titles, which the theme sets in Noto Serif.
"""

from __future__ import annotations

import unicodedata
from functools import cache
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont

from kiosk.build.fonts import default_fonts_dir, package_coverage
from kiosk.package import Package
from kiosk.ui.languages import ENDONYMS, number
from kiosk.ui.preview import interface_languages

ROOT = Path(__file__).resolve().parents[1]
DEMO_PACKAGE = ROOT / "build" / "demo.exhibit"
DEMO = ROOT / "exhibitions" / "demo"
DEMO_TEXTS = sorted([DEMO / "exhibition.toml", *DEMO.glob("texts/*.md"),
                     *DEMO.glob("transcripts/*.vtt"), *DEMO.glob("transcripts/*.srt")])
#: Theme.family(): Nastaliq for Urdu, Naskh for the other Arabic-script
#: languages, Noto Sans (body) and Noto Serif (titles) for everything else.
NASTALIQ = ("NotoNastaliqUrdu-Regular.ttf",)
NASKH = ("NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf")
LATIN = ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSans-Italic.ttf",
         "NotoSerif-Regular.ttf")
ARABIC_SCRIPT = ("ar", "fa", "ps", "sd", "ug", "ckb")


def own_fonts(tag: str) -> tuple[str, ...]:
    primary = tag.lower().split("-")[0]
    if primary == "ur":
        return NASTALIQ
    if primary in ARABIC_SCRIPT or "-arab" in tag.lower():
        return NASKH
    return LATIN


@cache
def cmap(file: str) -> frozenset[int]:
    with TTFont(default_fonts_dir() / file, lazy=True) as font:
        return frozenset(font.getBestCmap() or {})


def missing(text: str, files: tuple[str, ...], *, letters_only: bool = True) -> dict[str, str]:
    """font file → the characters of ``text`` it lacks (letters and marks, or all)."""
    wanted = {c for c in text if not c.isspace()
              and (not letters_only or unicodedata.category(c)[0] in "LMN")}
    found = {f: "".join(sorted(c for c in wanted if ord(c) not in cmap(f))) for f in files}
    return {f: chars for f, chars in found.items() if chars}


def test_the_built_demo_is_covered() -> None:
    """The package as the kiosk reads it, after the build has changed what it had to."""
    if not DEMO_PACKAGE.exists():
        pytest.skip("build/demo.exhibit not built (make build/demo.exhibit)")
    with Package.open(DEMO_PACKAGE) as package:
        found = [u.describe() for u in package_coverage(package)]
    assert not found, "\n".join(found)


@pytest.mark.parametrize("lang", interface_languages())
def test_numbers_are_drawn_by_the_languages_own_font(lang: str) -> None:
    """Counters ("3 of 12", the idle countdown) use the language's own digits."""
    digits = number(1234567890, lang)
    assert not missing(digits, own_fonts(lang))


def test_urdu_numbers_use_urdu_digits() -> None:
    assert number(2026, "ur") == "۲۰۲۶" and number(2026, "ar") == "2026"


@pytest.mark.parametrize(("tag", "name"), sorted(ENDONYMS.items()), ids=sorted(ENDONYMS))
def test_each_language_name_is_drawn_by_its_own_font(tag: str, name: str) -> None:
    assert not missing(name, own_fonts(tag)), f"{tag} {name!r}"


def demo_id(path: Path) -> str:
    return str(path.relative_to(DEMO))


@pytest.mark.parametrize("path", DEMO_TEXTS, ids=demo_id)
def test_demo_latin_and_cyrillic_letters_are_in_sans_and_serif(path: Path) -> None:
    """Body text is Noto Sans (bold and italic from Markdown), titles Noto Serif."""
    text = path.read_text(encoding="utf-8")
    letters = "".join(c for c in text if unicodedata.name(c, "").startswith(
        ("LATIN", "CYRILLIC", "GREEK")))
    assert not missing(letters, LATIN), demo_id(path)


def test_the_check_can_fail() -> None:
    assert missing("Сняг ۲", LATIN) == {f: "۲" for f in LATIN}
    assert missing("ə", NASTALIQ) == {NASTALIQ[0]: "ə"}
