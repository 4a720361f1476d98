"""Log files for staff: one line per event, rotated so the disk never fills.

``kiosk.log`` holds INFO and above, one line each ("2026-11-26 14:02:11
WARNING install: Not installed: …"), for people. ``debug.log`` holds the
same plus DEBUG and full tracebacks, for developers. If the folder cannot be
written, logging falls back to stderr (the journal under systemd): a log
problem never stops the kiosk.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
from collections import deque
from pathlib import Path

STAFF_LOG = "kiosk.log"
DEBUG_LOG = "debug.log"
MAX_BYTES = 1024 * 1024
BACKUPS = 5
_FORMAT = "%(asctime)s %(levelname)s %(short)s: %(message)s"
_DATE = "%Y-%m-%d %H:%M:%S"


class OneLine(logging.Formatter):
    """Newlines become " / "; an exception adds its type and message, not a traceback."""

    def format(self, record: logging.LogRecord) -> str:
        record.short = record.name.removeprefix("kiosk.")
        text = super().format(_without_exc(record))
        if record.exc_info and record.exc_info[1] is not None:
            e = record.exc_info[1]
            text += f" ({type(e).__name__}: {e})"
        return " / ".join(part for part in text.splitlines() if part.strip())


class Detailed(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        record.short = record.name.removeprefix("kiosk.")
        return super().format(record)


def _without_exc(record: logging.LogRecord) -> logging.LogRecord:
    if not record.exc_info and not record.exc_text:
        return record
    copy = logging.makeLogRecord(record.__dict__)
    copy.exc_info, copy.exc_text, copy.stack_info = None, None, None
    return copy


def setup_logging(log_dir: Path, *, level: int = logging.INFO,
                  max_bytes: int = MAX_BYTES, backups: int = BACKUPS) -> list[logging.Handler]:
    """Attach the handlers to the ``kiosk`` logger; returns them (to remove in tests)."""
    root = logging.getLogger("kiosk")
    root.setLevel(min(level, logging.DEBUG))
    handlers: list[logging.Handler] = []
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        staff = logging.handlers.RotatingFileHandler(
            log_dir / STAFF_LOG, maxBytes=max_bytes, backupCount=backups, encoding="utf-8")
        staff.setLevel(level)
        staff.setFormatter(OneLine(_FORMAT, _DATE))
        debug = logging.handlers.RotatingFileHandler(
            log_dir / DEBUG_LOG, maxBytes=max_bytes, backupCount=2, encoding="utf-8")
        debug.setLevel(logging.DEBUG)
        debug.setFormatter(Detailed(_FORMAT, _DATE))
        handlers = [staff, debug]
    except OSError as e:
        fallback = logging.StreamHandler(sys.stderr)
        fallback.setLevel(level)
        fallback.setFormatter(OneLine(_FORMAT, _DATE))
        handlers = [fallback]
        print(f"kiosk: cannot write logs to {log_dir} ({e.strerror}); logging to stderr",
              file=sys.stderr)
    for handler in handlers:
        root.addHandler(handler)
    return handlers


def recent(log_dir: Path, lines: int = 50) -> list[str]:
    """The last ``lines`` staff log lines, newest last, for the staff panel."""
    try:
        with (log_dir / STAFF_LOG).open(encoding="utf-8", errors="replace") as f:
            return [ln.rstrip("\n") for ln in deque(f, maxlen=lines)]
    except OSError:
        return []
