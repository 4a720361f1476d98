"""Register the shipped fonts; the kiosk never relies on what the host has."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QFontDatabase

log = logging.getLogger(__name__)

FONT_DIR = Path(__file__).resolve().parents[2] / "assets" / "fonts"

#: Noto Nastaliq Urdu Bold declares weight 400 (OS/2 usWeightClass), so Qt
#: cannot tell it from Regular and picks it for normal text, where its
#: marks and cursive joins come out misplaced. The UI never sets Urdu bold.
SKIP = frozenset({"NotoNastaliqUrdu-Bold.ttf"})


def register_fonts(folder: Path = FONT_DIR) -> list[str]:
    """Add every ``.ttf``/``.otf`` in ``folder``; return the family names. GUI thread."""
    families: set[str] = set()
    files = sorted([*folder.glob("*.ttf"), *folder.glob("*.otf")]) if folder.is_dir() else []
    for file in files:
        if file.name in SKIP:
            continue
        font_id = QFontDatabase.addApplicationFont(str(file))
        if font_id < 0:
            log.warning("font %s could not be loaded", file.name)
            continue
        families.update(QFontDatabase.applicationFontFamilies(font_id))
    if not files:
        log.warning("no fonts in %s; text will use whatever the host has", folder)
    return sorted(families)
