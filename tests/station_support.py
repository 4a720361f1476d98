"""Helpers for the station tests: tiny signed packages, fault-injecting file ops.

Also a script: ``python tests/station_support.py install-killed N DATA PKG KEY.pub``
installs PKG and SIGKILLs itself at file-system step N (the kill -9 test).
"""

from __future__ import annotations

import errno
import os
import signal
import sys
from pathlib import Path

if __name__ == "__main__":  # run as a script from the repository root
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kiosk.package.writer import PackageWriter
from kiosk.station import signing, trust
from kiosk.station.fsops import FileOps
from kiosk.station.signing import SecretKey


def make_tiny(path: Path, *, uid: str = "demo", version: str = "1",
              text: str = "Hello") -> Path:
    """A sound package: exhibition, one section, one text item."""
    with PackageWriter(path) as w:
        w.set_exhibition(uid=uid, version=version, languages=["en"], default_language="en",
                         title={"en": f"Exhibition {uid}"}, created="2026-01-01T00:00:00+00:00")
        section = w.add_section(position=0, slug="s", title={"en": "Section"})
        w.add_item(section_id=section, position=0, slug="t", kind="text",
                   title={"en": "Text"}, long_text={"en": text})
        w.commit()
    return path


def make_signed(path: Path, key: SecretKey, **kw: str) -> Path:
    make_tiny(path, **kw)
    trust.sign_package(path, key, now=lambda: 1_700_000_000)
    return path


class CountingOps(FileOps):
    """Records every step, so tests know how many there are."""

    def __init__(self) -> None:
        self.steps: list[str] = []

    def step(self, name: str, path: Path) -> None:
        self.steps.append(f"{name} {path.name}")


class FailingOps(FileOps):
    """Fails the ``fail_at``-th step (1-based) with ``code``; later steps succeed."""

    def __init__(self, fail_at: int, code: int = errno.ENOSPC) -> None:
        self.fail_at = fail_at
        self.code = code
        self.count = 0
        self.failed = ""

    def step(self, name: str, path: Path) -> None:
        self.count += 1
        if self.count == self.fail_at:
            self.failed = f"{name} {path.name}"
            raise OSError(self.code, os.strerror(self.code), str(path))


class KillingOps(FileOps):
    def __init__(self, kill_at: int) -> None:
        self.kill_at = kill_at
        self.count = 0

    def step(self, name: str, path: Path) -> None:
        self.count += 1
        if self.count == self.kill_at:
            os.kill(os.getpid(), signal.SIGKILL)


def _install_killed(kill_at: str, data: str, pkg: str, pub: str) -> int:
    from kiosk.station.install import Installer

    keys = [signing.load_public_key(Path(pub))]
    installer = Installer(Path(data), trusted_keys=keys, ops=KillingOps(int(kill_at)))
    installer.install(Path(pkg))
    return 0


if __name__ == "__main__":
    if sys.argv[1] == "install-killed":
        sys.exit(_install_killed(*sys.argv[2:6]))
    sys.exit(f"unknown command {sys.argv[1]!r}")
