"""The ``.exhibit`` package: schema, hardened open, read and write APIs. No Qt.

Opening a :class:`Package` and reading its exhibition record and attract
photos needs no SQLAlchemy (~0.3 s to import): ``kiosk run`` shows its first
photo before that import; the ORM schema and the structured reads load on
first use. :class:`Package` itself loads on first use too, on the thread
that opens the package, so that importing ``kiosk.package.errors`` (the GUI
thread does, early) costs nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kiosk.package.errors import PackageError
from kiosk.package.format import APPLICATION_ID, FORMAT_VERSION

if TYPE_CHECKING:
    from kiosk.package.reader import Package

__all__ = ["APPLICATION_ID", "FORMAT_VERSION", "Package", "PackageError"]


def __getattr__(name: str) -> Any:
    if name == "Package":
        from kiosk.package.reader import Package

        return Package
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
