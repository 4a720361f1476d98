"""A folder the kiosk watches for new packages (rsync, Syncthing, a USB stick).

A package is taken only when it is complete: it (and its ``.minisig``) had the
same size and modification time on two scans in a row, and its name is not a
transfer tool's temporary (``.syncthing.*.tmp``, ``~syncthing~*``, rsync's
``.name.XXXXXX``: every hidden name is skipped). Each one is installed, then
moved to ``processed/`` or ``refused/`` with a ``.reason.txt`` beside it.

:meth:`Inbox.poll` does blocking I/O and a full install: run it in a worker
(the UI drives it from a qasync task through an executor).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from kiosk.station.install import Installer, InstallError
from kiosk.station.pointers import Pointer

log = logging.getLogger("kiosk.inbox")
SUFFIX = ".exhibit"
SIG_SUFFIX = ".minisig"
#: Stable scans to wait for a signature that has not arrived before refusing.
UNSIGNED_PATIENCE = 3


@dataclass(frozen=True, slots=True)
class FileState:
    size: int
    mtime_ns: int
    sig: tuple[int, int] | None  # (size, mtime_ns) of the .minisig, if present


@dataclass(frozen=True, slots=True)
class Outcome:
    name: str
    installed: bool
    message: str
    pointer: Pointer | None = None


def is_transfer_temp(name: str) -> bool:
    return name.startswith((".", "~")) or name.endswith((".tmp", ".part", ".partial"))


def scan(folder: Path) -> dict[str, FileState]:
    """Complete-looking packages in ``folder`` (not recursive), by file name."""
    found: dict[str, FileState] = {}
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return found
    for entry in entries:
        name = entry.name
        if is_transfer_temp(name) or not name.endswith(SUFFIX):
            continue
        try:
            if not entry.is_file(follow_symlinks=False):
                continue
            st = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        sig: tuple[int, int] | None = None
        try:
            sst = os.stat(folder / (name + SIG_SUFFIX), follow_symlinks=False)
            sig = (sst.st_size, sst.st_mtime_ns)
        except OSError:
            pass
        found[name] = FileState(st.st_size, st.st_mtime_ns, sig)
    return found


def ready(previous: Mapping[str, FileState], current: Mapping[str, FileState],
          unsigned_streak: Mapping[str, int]) -> list[str]:
    """Names unchanged since the last scan; unsigned ones after a few patient scans."""
    out: list[str] = []
    for name, state in sorted(current.items()):
        if previous.get(name) != state or state.size == 0:
            continue
        if state.sig is not None or unsigned_streak.get(name, 0) >= UNSIGNED_PATIENCE:
            out.append(name)
    return out


class Inbox:
    def __init__(self, folder: Path, installer: Installer) -> None:
        self.folder = Path(folder)
        self.installer = installer
        self._last: dict[str, FileState] = {}
        self._unsigned: dict[str, int] = {}
        #: Handled but could not be moved (read-only stick): do not try them again.
        self._done: dict[str, FileState] = {}

    def poll(self) -> list[Outcome]:
        """One scan; installs what is ready. Never raises for a bad package."""
        current = scan(self.folder)
        for name, state in current.items():
            stable = self._last.get(name) == state and state.sig is None
            self._unsigned[name] = self._unsigned.get(name, 0) + 1 if stable else 0
        names = ready(self._last, current, self._unsigned)
        self._last = current
        outcomes = []
        for name in names:
            if self._done.get(name) == current[name]:
                continue
            outcomes.append(self._take(name, current[name]))
        return outcomes

    def _take(self, name: str, state: FileState) -> Outcome:
        pkg = self.folder / name
        try:
            result = self.installer.install(pkg)
        except InstallError as e:
            outcome = Outcome(name, False, str(e))
        else:
            p = result.pointer
            outcome = Outcome(name, True, f"Installed {p.uid} version {p.version}.", p)
        log.info("inbox: %s: %s", name, outcome.message)
        if "Another install is running" in outcome.message:
            return outcome  # not a verdict on the file; try again next poll
        self._set_aside(pkg, "processed" if outcome.installed else "refused", outcome.message,
                        state)
        return outcome

    def _set_aside(self, pkg: Path, where: str, message: str, state: FileState) -> None:
        target = self.folder / where
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        try:
            target.mkdir(exist_ok=True)
            dest = target / pkg.name
            if dest.exists():
                dest = target / f"{pkg.stem}.{stamp}{SUFFIX}"
            sig = pkg.with_name(pkg.name + SIG_SUFFIX)
            if sig.exists():
                os.replace(sig, dest.with_name(dest.name + SIG_SUFFIX))
            os.replace(pkg, dest)
            dest.with_name(dest.name + ".reason.txt").write_text(
                f"{stamp}\n{message}\n", encoding="utf-8")
        except OSError as e:
            log.warning("inbox: could not move %s to %s/ (%s); it will be skipped",
                        pkg.name, where, e.strerror)
            self._done[pkg.name] = state
