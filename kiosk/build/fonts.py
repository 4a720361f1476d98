"""Which characters the fonts we ship can draw.

The kiosk registers only the fonts in ``assets/fonts`` (the host has only
DejaVu, and a kiosk must not depend on the host), so a character none of
them covers shows as an empty box. ``kiosk build`` warns and ``kiosk
validate`` fails on such characters, naming the text they occur in.
"""

from __future__ import annotations

import json
import os
import tempfile
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

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
    """Every code point some shipped font maps to a glyph (cached per folder).

    Parsing the fonts' character maps costs 0.2 CPU s (fontTools' import
    and the tables), and the fonts change rarely; the answer is kept in the
    user's cache folder, keyed by each font's name, size and mtime.
    """
    fonts = shipped_fonts(fonts_dir)
    key = [[p.name, st.st_size, st.st_mtime_ns] for p in fonts if (st := _stat(p))]
    cache = _cache_file(fonts_dir)
    cached = _read_cache(cache, key)
    if cached is not None:
        return cached
    covered = _parse_cmaps(fonts)
    _write_cache(cache, key, covered)
    return covered


def _stat(path: Path) -> os.stat_result | None:
    try:
        return path.stat()
    except OSError:
        return None


def _parse_cmaps(fonts: list[Path]) -> frozenset[int]:
    from fontTools.ttLib import TTFont, TTLibError

    covered: set[int] = set()
    for path in fonts:
        try:
            # lazy=True: only the cmap table is parsed, not the glyph outlines.
            with TTFont(path, lazy=True) as font:
                covered.update(font.getBestCmap() or {})
        except (TTLibError, OSError, AssertionError, KeyError):
            continue  # an unreadable font covers nothing; the missing glyphs will say so
    return frozenset(covered)


def _cache_file(fonts_dir: Path | None) -> Path:
    import hashlib

    import platformdirs

    folder = str((fonts_dir or default_fonts_dir()).resolve())
    digest = hashlib.sha256(folder.encode()).hexdigest()[:16]
    return Path(platformdirs.user_cache_dir("kiosk")) / f"font-coverage-{digest}.json"


def _read_cache(cache: Path, key: list[list[object]]) -> frozenset[int] | None:
    """The cached code points when ``key`` (the fonts) still matches; None otherwise."""
    try:
        doc = json.loads(cache.read_text(encoding="utf-8"))
        if doc.get("fonts") != key:
            return None
        return frozenset(cp for a, b in doc["ranges"] for cp in range(int(a), int(b) + 1))
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return None  # missing, unreadable or not ours: parse the fonts again


def _write_cache(cache: Path, key: list[list[object]], covered: frozenset[int]) -> None:
    ranges: list[list[int]] = []
    for cp in sorted(covered):
        if ranges and ranges[-1][1] == cp - 1:
            ranges[-1][1] = cp
        else:
            ranges.append([cp, cp])
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".font-coverage.", dir=cache.parent)
    except OSError:
        return  # a read-only cache folder only costs the parse next time
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump({"fonts": key, "ranges": ranges}, f)
        os.replace(tmp, cache)
    except OSError:
        Path(tmp).unlink(missing_ok=True)


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
