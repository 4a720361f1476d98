"""Where the kiosk's own files (fonts, QML, translations) are, from source or from the bundle.

From a source checkout the root is the folder holding ``kiosk/`` and
``assets/``. In the PyInstaller bundle (``packaging/kiosk.spec``) the same
layout is reproduced under ``sys._MEIPASS`` (``dist/kiosk/_internal``), so
``resource_path("assets", "fonts")`` and ``resource_path("kiosk", "ui", "qml")``
name the right folder in both cases. No Qt here: every layer may use it.
"""

from __future__ import annotations

import sys
from pathlib import Path


def resource_root() -> Path:
    """The folder that holds ``kiosk/`` and ``assets/``."""
    if getattr(sys, "frozen", False):
        bundle = getattr(sys, "_MEIPASS", None)
        return Path(bundle) if bundle else Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    """``resource_root() / parts…``; the path may not exist (callers say so in the log)."""
    return resource_root().joinpath(*parts)
