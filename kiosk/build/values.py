"""Small value syntaxes of the manifest: language tags, times, dates, ids."""

from __future__ import annotations

import datetime as dt
import re

# RFC 5646 shape (language, script, region, variants, extensions, private use);
# whether a subtag is registered is not checked.
_BCP47 = re.compile(
    r"^(?:[a-z]{2,3}(?:-[a-z]{3}){0,3}|[a-z]{4,8})"
    r"(?:-[a-z]{4})?"
    r"(?:-(?:[a-z]{2}|\d{3}))?"
    r"(?:-(?:[a-z\d]{5,8}|\d[a-z\d]{3}))*"
    r"(?:-[a-wyz\d](?:-[a-z\d]{2,8})+)*"
    r"(?:-x(?:-[a-z\d]{1,8})+)?$",
    re.IGNORECASE,
)
EXHIBITION_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
ITEM_ID = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9_.-]{0,62}[A-Za-z0-9])?$")
VERSION = re.compile(r"^\d+(?:\.\d+){0,3}(?:-[0-9A-Za-z.]+)?$")
_DATE_PART = r"\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?"
DATE = re.compile(rf"^{_DATE_PART}(?:/{_DATE_PART})?$")
_TIME = re.compile(r"^(?:(\d+):)?([0-5]?\d):([0-5]\d)(?:[.,](\d{1,3}))?$")


def is_language_tag(tag: str) -> bool:
    return len(tag) <= 35 and bool(_BCP47.match(tag))


def parse_time_ms(value: object) -> int | None:
    """``HH:MM:SS``, ``MM:SS`` or ``HH:MM:SS.mmm`` (or a TOML time) in ms; None if invalid."""
    if isinstance(value, dt.time):
        return ((value.hour * 60 + value.minute) * 60 + value.second) * 1000 + (
            value.microsecond // 1000)
    if not isinstance(value, str):
        return None
    m = _TIME.match(value.strip())
    if not m:
        return None
    hours, minutes, seconds, frac = m.groups()
    ms = int((frac or "0").ljust(3, "0"))
    return ((int(hours or 0) * 60 + int(minutes)) * 60 + int(seconds)) * 1000 + ms


def format_ms(ms: int) -> str:
    s, ms = divmod(ms, 1000)
    m, s = divmod(s, 60)
    h, m = divmod(m, 60)
    return f"{h:02d}:{m:02d}:{s:02d}.{ms:03d}"


def parse_date(value: object) -> str | None:
    """A date as in the manifest (``1969``, ``1969-07``, ``1969-07-20``, ``1969/1972``)."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, int) and 1000 <= value <= 9999:
        return str(value)
    if isinstance(value, str) and DATE.match(value.strip()):
        return value.strip()
    return None
