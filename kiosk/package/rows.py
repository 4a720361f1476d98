"""Column values into record fields. A hostile row may hold anything, so
each helper either returns the field's type or raises (the reader turns that
into a :class:`~kiosk.package.errors.PackageError`)."""

from __future__ import annotations

import json
from typing import Any

from kiosk.package import records as r


def json_value(value: Any) -> Any:
    """A JSON column as SQLAlchemy's ``JSON`` type reads it from SQLite: NULL is None,
    a number stays a number (SQLite stores a JSON scalar as one), text or bytes must
    parse (``ValueError`` otherwise)."""
    if value is None or isinstance(value, int | float):
        return value
    return json.loads(value)


def text(value: Any) -> r.Text:
    """A parsed language map; anything but an object is the empty text."""
    if not isinstance(value, dict):
        return r.EMPTY
    return r.Text({str(k): str(v) for k, v in value.items() if isinstance(v, str)})


def strs(value: Any) -> tuple[str, ...]:
    """A parsed list of strings; anything but a list is empty."""
    return tuple(str(v) for v in value) if isinstance(value, list) else ()


def reason(e: BaseException) -> str:
    """The first line of the database's own message (SQLAlchemy wraps sqlite's)."""
    orig = getattr(e, "orig", None)
    return str(orig if orig is not None else e).splitlines()[0]
