"""One checker per configuration key: a TOML value in, a typed value out.

Each checker raises :class:`BadValue` with a message for staff; the loader
then reports it and keeps the default. Nothing here trusts the type of
what TOML handed over.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.station import signing
from kiosk.station.hours import DAYS, HoursError, WeekSchedule, day_index, parse_day
from kiosk.station.pin import is_valid_hash

if TYPE_CHECKING:
    from kiosk.station.config import ConfigProblem

MAX_KEYS = 64


class BadValue(ValueError):
    pass


@dataclass(frozen=True, slots=True)
class Context:
    file: Path
    text: str
    line: int | None
    problems: list[ConfigProblem]
    #: The staff settings file, written by the kiosk itself: a value that needs mending
    #: is refused whole (the loader keeps kiosk.toml's) instead of being patched.
    strict: bool = False

    def warn(self, key: str, message: str, line: int | None = None) -> None:
        from kiosk.station.config import ConfigProblem

        self.problems.append(ConfigProblem(key, message, self.file, line or self.line))


def show(value: Any, limit: int = 60) -> str:
    """A value as staff should see it; safe for huge ints and binary strings."""
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) > 10**18:
        return "a very large number"
    if isinstance(value, WeekSchedule):
        return str(value)
    try:
        text = str(value) if isinstance(value, Path) else repr(value)
    except (ValueError, RecursionError):
        return f"a {type(value).__name__}"
    return text if len(text) <= limit else text[:limit] + "…"


def line_of(text: str, key: str) -> int | None:
    pattern = re.compile(rf"^[ \t]*(?:{re.escape(key)}|\"{re.escape(key)}\")[ \t]*=|"
                         rf"^[ \t]*\[[ \t]*{re.escape(key)}[ \t]*[\].]", re.MULTILINE)
    m = pattern.search(text)
    return text.count("\n", 0, m.start()) + 1 if m else None


def _int(lo: int, hi: int) -> Callable[[Any, Context], int]:
    def check(value: Any, _ctx: Context) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise BadValue(f"expected a whole number from {lo} to {hi}, got {show(value)}")
        if not lo <= value <= hi:
            raise BadValue(f"{show(value)} is outside the allowed range {lo} to {hi}")
        return value
    return check


def _bool(value: Any, _ctx: Context) -> bool:
    if not isinstance(value, bool):
        raise BadValue(f"expected true or false, got {show(value)}")
    return value


def _volume(value: Any, _ctx: Context) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise BadValue(f"expected a number from 0 to 1, got {show(value)}")
    if not 0.0 <= float(value) <= 1.0:  # also rejects nan
        raise BadValue(f"{show(value)} is outside 0 to 1 (1 = full volume)")
    return float(value)


def _str(value: Any, limit: int = 4096) -> str:
    if not isinstance(value, str):
        raise BadValue(f"expected text in quotes, got {show(value)}")
    if len(value) > limit or "\0" in value:
        raise BadValue("the text is too long or holds a NUL character")
    return value


def _path(value: Any, ctx: Context) -> Path:
    text = _str(value).strip()
    if not text:
        raise BadValue("the path is empty")
    path = Path(text).expanduser()
    return path if path.is_absolute() else (ctx.file.parent / path)


def _optional_path(value: Any, ctx: Context) -> Path | None:
    if isinstance(value, str) and not value.strip():
        return None
    return _path(value, ctx)


def _closed(value: Any, _ctx: Context) -> str:
    text = _str(value).strip().lower()
    if text not in ("dark", "card"):
        raise BadValue(f"expected \"dark\" or \"card\", got {show(value)}")
    return text


def _pin_hash(value: Any, _ctx: Context) -> str:
    text = _str(value).strip()
    if text and not is_valid_hash(text):
        raise BadValue("not a PIN hash made by `kiosk set-pin`; the staff panel is open "
                       "until a PIN is set again")
    return text


def _trusted_keys(value: Any, ctx: Context) -> tuple[signing.PublicKey, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        raise BadValue(f"expected a list of key files or keys, got {show(value)}")
    keys: list[signing.PublicKey] = []
    for entry in value[:MAX_KEYS]:
        try:
            text = _str(entry)
            keys.append(_one_key(text.strip(), ctx))
        except (BadValue, signing.SignatureError) as e:
            ctx.warn("trusted_keys", f"entry {show(entry)} skipped: {e}")
    if len(value) > MAX_KEYS:
        ctx.warn("trusted_keys", f"only the first {MAX_KEYS} keys are used")
    return tuple(dict.fromkeys(keys))


def _one_key(text: str, ctx: Context) -> signing.PublicKey:
    if text.startswith("RW") and len(text) == 56:
        try:
            return signing.public_key_from_base64(text)
        except signing.SignatureError:
            pass  # may be a file name that happens to look like a key
    path = Path(text).expanduser()
    return signing.load_public_key(path if path.is_absolute() else ctx.file.parent / path)


def _open_hours(value: Any, ctx: Context) -> WeekSchedule:
    if not isinstance(value, dict):
        raise BadValue("expected a table such as [open_hours] with mon = \"09:00-17:00\"")
    days: list[tuple[tuple[int, int], ...]] = [()] * 7  # days not listed are closed
    seen: set[int] = set()
    for name, text in list(value.items())[:MAX_KEYS]:
        index = day_index(name)
        if index is None:
            if ctx.strict:
                raise BadValue(f"{show(name)} is not a weekday")
            ctx.warn("open_hours", f"{show(name)} is not a weekday (use {', '.join(DAYS)})")
            continue
        if ctx.strict and index in seen:
            raise BadValue(f"{DAYS[index]} is listed twice")
        seen.add(index)
        try:
            days[index] = parse_day(_str(text, 200))
        except (BadValue, HoursError) as e:
            if ctx.strict:
                raise BadValue(f"{name}: {e}") from None
            days[index] = ((0, 24 * 60),)
            ctx.warn(f"open_hours.{name}", f"{e}; open all day instead",
                     line_of(ctx.text, name))
    if ctx.strict and len(seen) < 7:
        missing = ", ".join(d for i, d in enumerate(DAYS) if i not in seen)
        raise BadValue(f"{missing} missing (the staff panel writes every day)")
    return WeekSchedule(tuple(days))


PARSERS: dict[str, Callable[[Any, Context], Any]] = {
    "trusted_keys": _trusted_keys,
    "allow_unsigned": _bool,
    "idle_seconds": _int(30, 3600),
    "idle_warning_seconds": _int(20, 600),
    "max_volume": _volume,
    "volume": _volume,
    "open_hours": _open_hours,
    "closed_behaviour": _closed,
    "inbox": _optional_path,
    "data_dir": _path,
    "log_dir": _path,
    "rss_ceiling_mb": _int(100, 1_000_000),
    "analytics_retention_days": _int(1, 3650),
    "analytics_max_rows": _int(1000, 100_000_000),
    "staff_pin_hash": _pin_hash,
}
