"""Which characters the fonts we ship can draw.

The kiosk registers only the fonts in ``assets/fonts`` (the host has only
DejaVu, and a kiosk must not depend on the host), so a character none of
them covers shows as an empty box. ``kiosk build`` warns and ``kiosk
validate`` fails on such characters, naming the text they occur in.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from fontTools.ttLib import TTFont, TTLibError

from kiosk.package.reader import Package
from kiosk.package.validate_texts import visible_texts
from kiosk.resources import resource_path

FONT_SUFFIXES = (".ttf", ".otf")


def default_fonts_dir() -> Path:
    """``assets/fonts`` of the source tree, or of the bundle when frozen."""
    return resource_path("assets", "fonts")


def shipped_fonts(fonts_dir: Path | None = None) -> list[Path]:
    folder = fonts_dir or default_fonts_dir()
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix.lower() in FONT_SUFFIXES)


@lru_cache(maxsize=8)
def covered_codepoints(fonts_dir: Path | None = None) -> frozenset[int]:
    """Every code point some shipped font maps to a glyph (cached per folder)."""
    covered: set[int] = set()
    for path in shipped_fonts(fonts_dir):
        try:
            # lazy=True: only the cmap table is parsed, not the glyph outlines.
            with TTFont(path, lazy=True) as font:
                covered.update(font.getBestCmap() or {})
        except (TTLibError, OSError, AssertionError, KeyError):
            continue  # an unreadable font covers nothing; the missing glyphs will say so
    return frozenset(covered)


def _needs_glyph(char: str) -> bool:
    # Controls and format characters (ZWJ, ZWNJ, bidi marks, variation
    # selectors) are consumed by the shaper and never drawn on their own.
    if unicodedata.category(char) in ("Cc", "Cf"):
        return False
    cp = ord(char)
    return not (0xFE00 <= cp <= 0xFE0F or 0xE0100 <= cp <= 0xE01EF)


def uncovered_characters(text: str, fonts_dir: Path | None = None) -> set[str]:
    """Characters of ``text`` that no shipped font can draw."""
    covered = covered_codepoints(fonts_dir)
    return {c for c in set(text) if ord(c) not in covered and _needs_glyph(c)}


@dataclass(frozen=True, slots=True)
class UncoveredText:
    """Characters no font covers, and where they occur."""

    location: str  # "exhibition", "section:slug", "item:slug", "item:slug/cue"...
    field: str
    language: str
    chars: frozenset[str]

    def characters(self) -> str:
        """``'☃' U+2603 SNOWMAN, …``: enough to find the character in an editor."""
        return ", ".join(f"{c!r} U+{ord(c):04X} {unicodedata.name(c, '?')}"
                         for c in sorted(self.chars))

    def describe(self) -> str:
        return f"{self.location} {self.field} [{self.language}]: no shipped font draws " \
               f"{self.characters()}"


def package_coverage(package: Package, fonts_dir: Path | None = None) -> list[UncoveredText]:
    """Every visible text of ``package`` holding characters no shipped font covers.

    Cues are grouped per testimony and language, so a transcript full of one
    missing character gives one finding, not hundreds.
    """
    found: dict[tuple[str, str, str], set[str]] = {}
    for location, field, language, text in visible_texts(package):
        chars = uncovered_characters(text, fonts_dir)
        if chars:
            found.setdefault((location, field, language), set()).update(chars)
    return [UncoveredText(loc, field, lang, frozenset(chars))
            for (loc, field, lang), chars in found.items()]
