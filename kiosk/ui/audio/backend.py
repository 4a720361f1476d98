"""Find out, once and without crashing, whether sound can come out at all.

``PySide6.QtMultimedia`` fails to *import* when ``libpulse0`` is missing, and
on a machine with no sound card it imports but lists no outputs. Either way
the kiosk must carry on transcript-only, so the module is imported lazily
here and every caller gets ``None`` instead of an exception.
"""

from __future__ import annotations

import importlib
import logging
from types import ModuleType
from typing import Any

log = logging.getLogger(__name__)

_logged: set[str] = set()


def log_once(key: str, message: str, *args: Any) -> None:
    """One warning per process for a condition that will not change by itself."""
    if key in _logged:
        return
    _logged.add(key)
    log.warning(message, *args)


def load_multimedia() -> ModuleType | None:
    """``PySide6.QtMultimedia``, or ``None`` (logged once) when it cannot load."""
    try:
        return importlib.import_module("PySide6.QtMultimedia")
    except (ImportError, OSError) as e:  # OSError: a shared library that is there but broken
        log_once("import", "sound unavailable, transcript only: QtMultimedia cannot load (%s)", e)
        return None


def has_audio_output(multimedia: ModuleType | None) -> bool:
    """True when the system lists at least one audio output device."""
    if multimedia is None:
        return False
    try:
        outputs = multimedia.QMediaDevices.audioOutputs()
    except Exception as e:  # a backend that throws is as good as none
        log_once("devices", "sound unavailable: listing audio outputs failed (%s)", e)
        return False
    if not outputs:
        log_once("devices", "sound unavailable: no audio output device; "
                 "playback runs silently so the transcript still follows")
        return False
    return True
