"""Full validation of a staged package before it goes live.

Uses :func:`kiosk.package.validate.validate` (every byte, every blob hash).
The installer takes any :data:`Validator`, so tests and the UI can pass a
cheaper or stricter one.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from kiosk.package.errors import PackageError

#: Raises :class:`PackageError` (message for people) when ``path`` must not go live.
Validator = Callable[[Path], None]
_SHOWN = 3


def validate_package(path: Path) -> None:
    from kiosk.build.validate_command import font_coverage_check
    from kiosk.package.validate import validate

    # Characters no shipped font draws would show as empty boxes on the floor.
    report = validate(path, extra_checks=[font_coverage_check()])
    errors = report.errors
    if errors:
        shown = "; ".join(f"{p.location}: {p.message}" for p in errors[:_SHOWN])
        more = f" (and {len(errors) - _SHOWN} more)" if len(errors) > _SHOWN else ""
        raise PackageError(f"the package failed validation: {shown}{more}. "
                           "Run `kiosk validate` on it for the full report.")


def no_validation(_path: Path) -> None:
    """For tests that exercise the installer, not the validator."""
