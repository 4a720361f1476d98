"""The ``.exhibit`` package: schema, hardened open, read and write APIs. No Qt."""

from kiosk.package.errors import PackageError
from kiosk.package.reader import Package
from kiosk.package.schema import APPLICATION_ID, FORMAT_VERSION

__all__ = ["APPLICATION_ID", "FORMAT_VERSION", "Package", "PackageError"]
