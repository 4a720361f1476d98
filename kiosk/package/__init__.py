"""The ``.exhibit`` package: schema, hardened open, read and write APIs. No Qt.

:class:`Package` and the schema constants load on first use: they import
SQLAlchemy (~0.3 s), which ``kiosk run`` imports on another thread while Qt
starts, so ``kiosk.package.errors`` and ``.records`` must stay light.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kiosk.package.errors import PackageError

if TYPE_CHECKING:
    from kiosk.package.reader import Package
    from kiosk.package.schema import APPLICATION_ID, FORMAT_VERSION

__all__ = ["APPLICATION_ID", "FORMAT_VERSION", "Package", "PackageError"]


def __getattr__(name: str) -> Any:
    if name == "Package":
        from kiosk.package.reader import Package

        return Package
    if name in ("APPLICATION_ID", "FORMAT_VERSION"):
        from kiosk.package import schema

        return getattr(schema, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
