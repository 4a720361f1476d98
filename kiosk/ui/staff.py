"""The staff panel's controller: PIN, live package, install, rollback, settings, statistics.

:class:`StaffController` lives on the GUI thread and is what ``qml/staff``
talks to. Every station call that blocks (PIN hashing, installs, the
statistics database, listing USB sticks) runs on a
:class:`~kiosk.ui.runtime.Worker`; results come back on the GUI thread, so
the panel never freezes, and an error becomes a message, never a crash.
"""

from __future__ import annotations

import glob
import logging
import os
import socket
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import Property, QObject, QTimer, Signal, Slot

from kiosk.station.config import save_staff_settings, staff_settings_file
from kiosk.station.hours import DAYS, Edge, WeekSchedule, format_day, format_time, parse_day
from kiosk.station.install import InstallError
from kiosk.ui.runtime import StatsQueue, Worker

if TYPE_CHECKING:
    from kiosk.station.analytics import Analytics, Summary
    from kiosk.station.config import Config
    from kiosk.station.install import InstallResult, Status
    from kiosk.station.pin import PinResult
    from kiosk.station.pointers import Pointer

log = logging.getLogger("kiosk.staff")

#: Where USB sticks appear (udisks: /media/USER/LABEL, /run/media/USER/LABEL).
MEDIA_GLOBS = ("/media/*", "/media/*/*", "/run/media/*/*", "/mnt/*")
PACKAGE_SUFFIX = ".exhibit"
MAX_LISTED = 200
#: The panel locks itself after this long without a touch.
AUTO_LOCK_MS = 180_000
IDLE_RANGE = (30, 3600)
#: How long after the last volume, idle or hours change the staff settings file is written.
SAVE_SETTINGS_MS = 800
STATS_DAYS = 30
#: A day staff open that has no hours of its own yet (nor had any this run).
DEFAULT_DAY = parse_day("09:00-17:00")
#: The hours editor's four steppers: row key, which time, which way.
STEPS: tuple[tuple[str, Edge, int], ...] = (
    ("canOpenEarlier", "opens", -1), ("canOpenLater", "opens", 1),
    ("canCloseEarlier", "closes", -1), ("canCloseLater", "closes", 1))


class InstallerLike(Protocol):
    def status(self) -> Status: ...
    def install(self, src: Path, sig: Path | None = None) -> InstallResult: ...
    def rollback(self) -> Pointer: ...
    def path_of(self, pointer: Pointer) -> Path: ...


class PinGateLike(Protocol):
    @property
    def pin_set(self) -> bool: ...
    def attempt(self, pin: str) -> PinResult: ...
    def wait_seconds(self) -> float: ...


@dataclass(frozen=True, slots=True)
class Found:
    """A package file on a stick or in a folder."""

    path: Path
    size: int
    signed: bool
    folder: str

    def as_row(self) -> dict[str, Any]:
        return {"name": self.path.name, "path": str(self.path), "size": human_size(self.size),
                "signed": self.signed, "folder": self.folder}


def human_size(n: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1000 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1000  # type: ignore[assignment]
    return f"{n} B"


def media_folders(globs: Iterable[str],
                  is_mount: Callable[[str], bool] = os.path.ismount) -> list[Path]:
    """The sticks and disks matching ``globs``, each once. Blocking (stat calls).

    ``/media/*`` and ``/media/*/*`` both match on Debian (``/media/USER/STICK``)
    and elsewhere (``/media/STICK/folder``), so a match is dropped when it holds
    another match (``/media/USER``) or lies inside a mount point that matched.
    """
    found: dict[str, Path] = {}
    for pattern in globs:
        for match in sorted(glob.glob(pattern)):
            path = Path(match)
            try:
                if path.is_dir() and not path.name.startswith("."):
                    found.setdefault(os.path.realpath(path), path)
            except OSError:
                continue
    mounts = {real for real in found if is_mount(real)}

    def inside(child: str, parent: str) -> bool:
        return child.startswith(parent.rstrip("/") + "/")

    def wanted(real: str) -> bool:
        if real in mounts:
            return True
        return not any(inside(real, m) for m in mounts) \
            and not any(inside(other, real) for other in found)

    return [path for real, path in found.items() if wanted(real)]


def find_packages(folders: Iterable[Path], *, depth: int = 1) -> list[Found]:
    """``*.exhibit`` files in ``folders`` and ``depth`` levels of sub-folders. Blocking."""
    found: list[Found] = []
    seen: set[str] = set()

    def visit(folder: Path, level: int) -> None:
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError:
            return
        for entry in entries:
            if len(found) >= MAX_LISTED or entry.name.startswith((".", "~")):
                continue
            try:
                if entry.is_dir(follow_symlinks=False):
                    if level < depth and entry.name not in ("processed", "refused"):
                        visit(Path(entry.path), level + 1)
                elif entry.name.endswith(PACKAGE_SUFFIX) and entry.is_file():
                    real = os.path.realpath(entry.path)
                    if real in seen:
                        continue
                    seen.add(real)
                    signed = Path(entry.path + ".minisig").is_file()
                    found.append(Found(Path(entry.path), entry.stat().st_size, signed,
                                       str(Path(entry.path).parent)))
            except OSError:
                continue

    for folder in folders:
        visit(folder, 0)
    return found


def writable_folders(folders: Iterable[Path]) -> list[Path]:
    return [f for f in folders if os.access(f, os.W_OK | os.X_OK)]


def export_statistics(db: Analytics, folder: Path, now: datetime, days: int) -> str:
    """Write the CSV into ``folder`` (temp name, fsync, rename); returns the file name."""
    name = f"kiosk-statistics-{socket.gethostname()}-{now:%Y%m%d-%H%M}.csv"
    tmp = folder / f".{name}.part"
    try:
        with tmp.open("w", encoding="utf-8", newline="") as out:
            rows = db.export_csv(out, days=days)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, folder / name)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return f"{name} ({rows} rows)"


def summary_rows(s: Summary) -> dict[str, Any]:
    return {
        "visits": s.visits,
        "medianMinutes": round(s.median_visit_seconds / 60, 1),
        "languages": ", ".join(f"{k or '?'} {n}" for k, n in s.languages[:8]),
        "items": [f"{i.item}: {i.views} × {i.seconds / 60:.0f} min" for i in s.items[:5]],
        "testimonies": [f"{t.item}: {t.plays} × {t.heard:.0%}" for t in s.testimonies[:3]],
        "declined": s.advisories_declined,
    }


def day_rows(schedule: WeekSchedule) -> list[dict[str, Any]]:
    """One row per weekday, Monday first, for the panel's hours editor.

    ``single``: one interval, so ``opens``/``closes`` can be stepped (``can*``
    says which way); a day with several shows ``hours`` and offers ``span``, one
    interval from its first opening to its last closing, instead.
    """
    rows: list[dict[str, Any]] = []
    for index, (day, intervals) in enumerate(zip(DAYS, schedule.days, strict=True)):
        row: dict[str, Any] = {"day": day, "hours": format_day(intervals),
                               "open": bool(intervals), "single": len(intervals) == 1,
                               "opens": "", "closes": "", "span": ""}
        if intervals:
            start, end = intervals[0][0], intervals[-1][1]
            row.update(opens=format_time(start), closes=format_time(end),
                       span=f"{format_time(start)}-{format_time(end)}")
            for name, edge, direction in STEPS:
                row[name] = schedule.stepped(index, edge, direction) != schedule
        rows.append(row)
    return rows


def describe_pointer(pointer: Pointer | None, title: str = "") -> dict[str, Any]:
    if pointer is None:
        return {}
    return {"title": title or pointer.uid, "uid": pointer.uid, "version": pointer.version,
            "signer": pointer.signer, "unsigned": pointer.signer == "unsigned",
            "installedAt": pointer.installed_at.replace("T", " ").replace("+00:00", " UTC")}


def package_title(path: Path) -> str:
    """The exhibition's title in its default language (hardened open). Blocking."""
    from kiosk.package import Package

    try:
        with Package.open(path) as p:
            return p.info.title.resolve(p.info.default_language, p.info.default_language)[0]
    except Exception as e:  # a title is nice to have; the uid will do
        log.debug("no title for %s: %s", path, e)
        return ""


class StaffController(QObject):
    """Backs PinPad.qml and StaffPanel.qml. GUI thread; blocking work on :attr:`worker`.

    ``state``: ``"closed"``, ``"pin"`` (the PIN pad), ``"noPin"`` (no PIN is
    configured on a full-screen kiosk: the panel stays shut), ``"open"``.
    """

    stateChanged = Signal()
    pinChanged = Signal()
    busyChanged = Signal()
    messageChanged = Signal()
    liveChanged = Signal()
    packagesChanged = Signal()
    settingsChanged = Signal()
    statsChanged = Signal()
    inboxChanged = Signal()
    #: A package went live (install or rollback): switch to it at the next attract loop.
    #: GUI thread; the path of the package file.
    packageChanged = Signal(str)
    #: Staff chose "Restart": quit with RESTART_EXIT_CODE. GUI thread.
    restartRequested = Signal()
    #: Staff chose "Exit to desktop": Lockdown.allow_close(), quit with EXIT_TO_DESKTOP_CODE.
    exitRequested = Signal()
    #: Staff changed the volume ceiling for this run (0..max_volume). GUI thread.
    volumeChosen = Signal(float)
    #: Staff changed the idle time for this run (seconds). GUI thread.
    idleChosen = Signal(int)
    #: Staff changed the opening hours (a WeekSchedule): StationRuntime.set_schedule. GUI thread.
    hoursChosen = Signal(object)
    hoursChanged = Signal()
    #: The panel opened (True) or closed (False): Lockdown.staff_mode follows it.
    staffModeChanged = Signal(bool)

    def __init__(self, config: Config, installer: InstallerLike, stats: StatsQueue | None,
                 pin_gate: PinGateLike, *, clock: Callable[[], datetime] = datetime.now,
                 windowed: bool = False, media_globs: Sequence[str] = MEDIA_GLOBS,
                 worker: Worker | None = None, auto_lock_ms: int = AUTO_LOCK_MS,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.config = config
        self.installer = installer
        self.stats = stats
        self.pin_gate = pin_gate
        self.clock = clock
        self.windowed = windowed
        self.media_globs = tuple(media_globs)
        self.worker = worker or Worker("staff", parent=self)
        self._state = "closed"
        self._pin_message = ""
        self._pin_error = ""
        self._pin_wait = 0
        self._checking = False
        self._busy = ""
        self._message = ""
        self._message_ok = True
        self._message_kind = ""
        self._message_args: list[str] = []
        self._live: dict[str, Any] = {}
        self._previous: dict[str, Any] = {}
        self._packages: list[dict[str, Any]] = []
        self._targets: list[str] = []
        self._stats: dict[str, Any] = {}
        self._stats_error = ""
        self._inbox: list[str] = []
        self._volume = config.effective_volume
        self._idle = config.idle_seconds
        self._schedule = config.open_hours
        #: What "hours for each day" brings back after "always open".
        self._custom = config.open_hours
        #: Each day's last hours: what it gets back when staff open it again.
        self._last_days = [day or DEFAULT_DAY for day in config.open_hours.days]
        #: The hours are written to the staff settings file only once staff chose them
        #: (or they came from it): until then kiosk.toml's [open_hours] stays in charge.
        self._keep_hours = config.sources.get("open_hours", "").startswith(
            str(staff_settings_file(config.data_dir)))
        #: Staff choices are written a moment after the last change, off the GUI thread.
        self.save_settings = QTimer(self)
        self.save_settings.setSingleShot(True)
        self.save_settings.setInterval(SAVE_SETTINGS_MS)
        self.save_settings.timeout.connect(self._save_settings)
        self._exit_armed = False
        self.countdown = QTimer(self)
        self.countdown.setInterval(1000)
        self.countdown.timeout.connect(self._tick)
        self.auto_lock = QTimer(self)
        self.auto_lock.setSingleShot(True)
        self.auto_lock.setInterval(auto_lock_ms)
        self.auto_lock.timeout.connect(self.close)

    # -- opening ----------------------------------------------------------------------
    def _set_state(self, state: str) -> None:
        if state == self._state:
            return
        was_open = self._state == "open"
        self._state = state
        self.stateChanged.emit()
        if (state == "open") != was_open:
            self.staffModeChanged.emit(state == "open")

    def _state_get(self) -> str:
        return self._state

    state = Property(str, _state_get, notify=stateChanged)

    def _pin_set(self) -> bool:
        return self.pin_gate.pin_set

    pinSet = Property(bool, _pin_set, notify=stateChanged)

    @Slot()
    def requestOpen(self) -> None:
        """The staff gesture was made. GUI thread."""
        if self._state == "open":
            return
        if self.pin_gate.pin_set:
            self._pin_message, self._pin_error = "", ""
            self.pinChanged.emit()
            self._set_state("pin")
            self.worker.submit(self.pin_gate.wait_seconds, self._got_wait, self._pin_failed)
        elif self.windowed:
            log.warning("staff panel opened without a PIN (none is set; windowed mode)")
            self._open()
        else:
            log.warning("staff gesture made, but no staff PIN is set: the panel stays shut")
            self._set_state("noPin")

    @Slot(str)
    def submitPin(self, pin: str) -> None:
        """Check ``pin`` on the worker (scrypt takes ~0.1 s). GUI thread."""
        if self._state != "pin" or self._checking or self._pin_wait > 0 or not pin:
            return
        self._checking = True
        self.pinChanged.emit()
        self.worker.submit(lambda: self.pin_gate.attempt(pin), self._pin_result,
                           self._pin_failed)

    def _pin_result(self, result: PinResult) -> None:
        self._checking = False
        if result.ok:
            log.info("staff panel opened with the PIN")
            self._pin_message, self._pin_error = "", ""
            self._set_wait(0)
            self._open()
        else:
            log.warning("wrong staff PIN entered: %s", result.message)
            self._pin_message, self._pin_error = result.message, "wrong"
            self._set_wait(result.wait_seconds)
        self.pinChanged.emit()

    def _got_wait(self, seconds: float) -> None:
        self._set_wait(seconds)
        self.pinChanged.emit()

    def _pin_failed(self, e: BaseException) -> None:
        self._checking = False
        log.error("PIN check failed: %s", e)
        self._pin_message, self._pin_error = f"The PIN could not be checked: {e}", "error"
        self.pinChanged.emit()

    def _set_wait(self, seconds: float) -> None:
        self._pin_wait = int(seconds + 0.999) if seconds > 0 else 0
        if self._pin_wait > 0:
            self.countdown.start()
        else:
            self.countdown.stop()

    def _tick(self) -> None:
        self._pin_wait = max(0, self._pin_wait - 1)
        if self._pin_wait == 0:
            self.countdown.stop()
        self.pinChanged.emit()

    def _pin_message_get(self) -> str:
        return self._pin_message

    pinMessage = Property(str, _pin_message_get, notify=pinChanged)

    def _pin_error_get(self) -> str:
        """``"wrong"`` after a wrong PIN, ``"error"`` if it could not be checked, else ``""``."""
        return self._pin_error

    pinError = Property(str, _pin_error_get, notify=pinChanged)

    def _pin_wait_get(self) -> int:
        return self._pin_wait

    pinWait = Property(int, _pin_wait_get, notify=pinChanged)

    def _checking_get(self) -> bool:
        return self._checking

    checking = Property(bool, _checking_get, notify=pinChanged)

    def _open(self) -> None:
        self._set_state("open")
        self._exit_armed = False
        self.auto_lock.start()
        self.refresh()

    @Slot()
    def close(self) -> None:
        """Back to the visitors' screen; the PIN is asked again next time. GUI thread."""
        self.auto_lock.stop()
        self._exit_armed = False
        self._set_message("", True)
        self._set_state("closed")

    @Slot()
    def stillHere(self) -> None:
        """Any touch on the panel: postpone the automatic lock."""
        if self._state == "open":
            self.auto_lock.start()

    # -- what is live, what is on the sticks --------------------------------------------
    @Slot()
    def refresh(self) -> None:
        """Re-read the live package, the sticks and the statistics (on workers)."""
        self.worker.submit(self._read_live, self._got_live, self._failed)
        self.worker.submit(self._scan, self._got_scan, self._failed)
        self._load_stats()

    def _read_live(self) -> tuple[dict[str, Any], dict[str, Any]]:
        """Worker thread."""
        st = self.installer.status()
        title = package_title(st.live_path) if st.live_path else ""
        return describe_pointer(st.current, title), describe_pointer(st.previous)

    def _got_live(self, result: tuple[dict[str, Any], dict[str, Any]]) -> None:
        self._live, self._previous = result
        self.liveChanged.emit()

    def _scan(self) -> tuple[list[dict[str, Any]], list[str]]:
        """Worker thread."""
        media = media_folders(self.media_globs)
        folders = list(media)
        if self.config.inbox is not None and self.config.inbox.is_dir():
            folders.append(self.config.inbox)
        rows = [f.as_row() for f in find_packages(folders)]
        return rows, [str(p) for p in writable_folders(media)]

    def _got_scan(self, result: tuple[list[dict[str, Any]], list[str]]) -> None:
        self._packages, self._targets = result
        self.packagesChanged.emit()

    def _live_get(self) -> dict[str, Any]:
        return self._live

    live = Property(dict, _live_get, notify=liveChanged)

    def _previous_get(self) -> dict[str, Any]:
        return self._previous

    previous = Property(dict, _previous_get, notify=liveChanged)

    def _packages_get(self) -> list[dict[str, Any]]:
        return self._packages

    packages = Property(list, _packages_get, notify=packagesChanged)

    def _targets_get(self) -> list[str]:
        return self._targets

    exportTargets = Property(list, _targets_get, notify=packagesChanged)

    def _allow_unsigned(self) -> bool:
        return self.config.allow_unsigned

    allowUnsigned = Property(bool, _allow_unsigned, constant=True)

    def _problems(self) -> list[str]:
        return [str(p) for p in self.config.problems]

    configProblems = Property(list, _problems, constant=True)

    # -- install, rollback --------------------------------------------------------------
    def _begin(self, what: str) -> bool:
        if self._busy:
            return False
        self._busy = what
        self.busyChanged.emit()
        self._set_message("", True)
        return True

    def _end(self) -> None:
        self._busy = ""
        self.busyChanged.emit()

    @Slot(str)
    def install(self, path: str) -> None:
        """Verify, validate and switch to the package at ``path`` (on the worker)."""
        if not self._begin("install"):
            return
        src = Path(path)
        log.info("staff panel: installing %s", src)
        self.worker.submit(lambda: self.installer.install(src), self._installed,
                           self._install_failed)

    def _installed(self, result: InstallResult) -> None:
        self._end()
        p = result.pointer
        self._set_message(f"Installed {p.uid} version {p.version}. It is shown once you close "
                          "this panel and nobody is using the kiosk.", True, "installed",
                          (p.uid, p.version))
        self.packageChanged.emit(str(result.path))
        self.refresh()

    def _install_failed(self, e: BaseException) -> None:
        self._end()
        self._set_message(str(e) if isinstance(e, InstallError)
                          else f"Not installed: an unexpected error ({e}).", False)

    @Slot()
    def rollBack(self) -> None:
        """Make the previous package live again (on the worker)."""
        if not self._begin("rollback"):
            return
        self.worker.submit(self._roll_back, self._rolled_back, self._install_failed)

    def _roll_back(self) -> tuple[Pointer, Path]:
        """Worker thread."""
        pointer = self.installer.rollback()
        return pointer, self.installer.path_of(pointer)

    def _rolled_back(self, result: tuple[Pointer, Path]) -> None:
        self._end()
        pointer, path = result
        self._set_message(f"Back to {pointer.uid} version {pointer.version}. It is shown once "
                          "you close this panel and nobody is using the kiosk.", True, "rolledBack",
                          (pointer.uid, pointer.version))
        self.packageChanged.emit(str(path))
        self.refresh()

    def _busy_get(self) -> str:
        return self._busy

    busy = Property(str, _busy_get, notify=busyChanged)

    def _set_message(self, text: str, ok: bool, kind: str = "",
                     args: Sequence[str] = ()) -> None:
        """``text`` in English (also logged); ``kind`` + ``args`` let QML translate it."""
        self._message, self._message_ok = text, ok
        self._message_kind, self._message_args = (kind or ("" if ok else "error")), list(args)
        if text:
            log.log(logging.INFO if ok else logging.WARNING, "staff panel: %s", text)
        self.messageChanged.emit()

    def _failed(self, e: BaseException) -> None:
        log.error("staff panel: %s", e)
        self._set_message(f"Something went wrong: {e}", False)

    def _message_get(self) -> str:
        return self._message

    message = Property(str, _message_get, notify=messageChanged)

    def _message_ok_get(self) -> bool:
        return self._message_ok

    messageOk = Property(bool, _message_ok_get, notify=messageChanged)

    def _message_kind_get(self) -> str:
        """``installed``, ``rolledBack``, ``exported`` (QML words these), ``error`` or ``""``."""
        return self._message_kind

    messageKind = Property(str, _message_kind_get, notify=messageChanged)

    def _message_args_get(self) -> list[str]:
        return self._message_args

    messageArgs = Property(list, _message_args_get, notify=messageChanged)

    # -- statistics -----------------------------------------------------------------------
    def _load_stats(self) -> None:
        if self.stats is None:
            self._stats_error = "Statistics are off."
            self.statsChanged.emit()
            return
        self.stats.query(lambda db: summary_rows(db.summary(STATS_DAYS)), self._got_stats,
                         self._stats_failed)

    def _got_stats(self, rows: dict[str, Any]) -> None:
        self._stats, self._stats_error = rows, ""
        self.statsChanged.emit()

    def _stats_failed(self, e: BaseException) -> None:
        self._stats, self._stats_error = {}, str(e)
        self.statsChanged.emit()

    def _stats_get(self) -> dict[str, Any]:
        return self._stats

    statistics = Property(dict, _stats_get, notify=statsChanged)

    def _stats_error_get(self) -> str:
        return self._stats_error

    statisticsError = Property(str, _stats_error_get, notify=statsChanged)

    @Slot(str)
    def exportCsv(self, folder: str) -> None:
        """Write the last 30 days as CSV into ``folder`` (a mounted stick)."""
        if self.stats is None or not self._begin("export"):
            return
        target, now = Path(folder), self.clock()

        def done(name: str) -> None:
            self._end()
            self._set_message(f"Statistics written to {folder}: {name}.", True, "exported",
                              (folder, name))

        def failed(e: BaseException) -> None:
            self._end()
            reason = e.strerror if isinstance(e, OSError) and e.strerror else str(e)
            self._set_message(f"Statistics not written to {folder}: {reason}.", False)

        self.stats.query(lambda db: export_statistics(db, target, now, STATS_DAYS), done,
                         failed)

    # -- settings for this run -------------------------------------------------------------
    def _volume_get(self) -> float:
        return self._volume

    volume = Property(float, _volume_get, notify=settingsChanged)

    def _max_volume(self) -> float:
        return self.config.max_volume

    maxVolume = Property(float, _max_volume, constant=True)

    @Slot(float)
    def setVolume(self, value: float) -> None:
        value = round(max(0.0, min(self.config.max_volume, value)), 2)
        if value != self._volume:
            self._volume = value
            self.settingsChanged.emit()
            self.volumeChosen.emit(value)
            self.save_settings.start()

    def _idle_get(self) -> int:
        return self._idle

    idleSeconds = Property(int, _idle_get, notify=settingsChanged)

    @Slot(int)
    def setIdleSeconds(self, seconds: int) -> None:
        seconds = max(IDLE_RANGE[0], min(IDLE_RANGE[1], int(seconds)))
        if seconds != self._idle:
            self._idle = seconds
            self.settingsChanged.emit()
            self.idleChosen.emit(seconds)
            self.save_settings.start()

    def _save_settings(self) -> None:
        """GUI thread: hand the write of the staff settings file to the worker."""
        volume, idle = self._volume, self._idle
        hours = self._schedule if self._keep_hours else None
        self.worker.submit(
            lambda: save_staff_settings(self.config, volume=volume, idle_seconds=idle,
                                        open_hours=hours),
            lambda path: log.info("staff settings kept in %s (volume %.2f, idle %d s, "
                                  "hours %s)", path, volume, idle,
                                  hours if hours is not None else "from kiosk.toml"),
            self._settings_not_saved)

    def _settings_not_saved(self, error: BaseException) -> None:
        log.error("staff settings could not be saved; they last until a restart: %s", error)

    # -- opening hours ------------------------------------------------------------------------
    def _hours(self) -> list[dict[str, Any]]:
        return day_rows(self._schedule)

    openHours = Property(list, _hours, notify=hoursChanged)

    def _always_open(self) -> bool:
        return self._schedule.is_always_open

    alwaysOpen = Property(bool, _always_open, notify=hoursChanged)

    def _set_schedule(self, schedule: WeekSchedule) -> None:
        if schedule == self._schedule:
            return
        self._schedule = schedule
        if not schedule.is_always_open:
            self._custom = schedule
            self._last_days = [new or last for new, last in zip(schedule.days,
                                                                self._last_days, strict=True)]
        self._keep_hours = True
        self.hoursChanged.emit()
        self.hoursChosen.emit(schedule)
        self.save_settings.start()

    @Slot(bool)
    def setAlwaysOpen(self, always: bool) -> None:
        """Always open, or back to the hours per day last set (09:00-17:00 if none)."""
        if always:
            self._set_schedule(WeekSchedule.always_open())
        elif self._schedule.is_always_open:
            custom = self._custom
            if custom.is_always_open:
                custom = WeekSchedule((DEFAULT_DAY,) * 7)
            self._set_schedule(custom)

    @Slot(int, bool)
    def setDayOpen(self, day: int, is_open: bool) -> None:
        """Open day ``day`` (0 = Monday) at its last hours, or close it all day."""
        if not 0 <= day < 7 or bool(self._schedule.days[day]) == is_open:
            return
        self._set_schedule(self._schedule.with_day(day, self._last_days[day] if is_open else ()))

    @Slot(int, str, int)
    def stepHours(self, day: int, edge: str, direction: int) -> None:
        """Move day ``day``'s ``"opens"`` or ``"closes"`` time one step later (1) or earlier."""
        if 0 <= day < 7 and edge in ("opens", "closes"):
            which: Edge = "opens" if edge == "opens" else "closes"
            self._set_schedule(self._schedule.stepped(day, which, 1 if direction > 0 else -1))

    @Slot(int)
    def useOneInterval(self, day: int) -> None:
        """Replace a day's several intervals with one, from its first opening to its last
        closing (so its times can be stepped)."""
        if 0 <= day < 7 and len(self._schedule.days[day]) > 1:
            intervals = self._schedule.days[day]
            self._set_schedule(self._schedule.with_day(
                day, ((intervals[0][0], intervals[-1][1]),)))

    def _clock_trusted(self) -> bool:
        return self.config.open_hours.clock_trusted(self.clock())

    clockTrusted = Property(bool, _clock_trusted, notify=liveChanged)

    # -- inbox ------------------------------------------------------------------------------
    @Slot(list)
    def add_inbox_outcomes(self, outcomes: list[dict[str, Any]]) -> None:
        """From StationRuntime.inbox_outcomes. GUI thread."""
        for o in outcomes:
            self._inbox.append(f"{o.get('name', '')}: {o.get('message', '')}")
        del self._inbox[:-10]
        self.inboxChanged.emit()
        if self._state == "open" and any(o.get("installed") for o in outcomes):
            self.worker.submit(self._read_live, self._got_live, self._failed)

    def _inbox_get(self) -> list[str]:
        return self._inbox

    inboxLog = Property(list, _inbox_get, notify=inboxChanged)

    # -- leaving ---------------------------------------------------------------------------
    @Slot()
    def restart(self) -> None:
        log.warning("staff panel: restart")
        self.restartRequested.emit()

    @Slot()
    def exitToDesktop(self) -> None:
        """First call arms, second confirms (two taps on the same button)."""
        if not self._exit_armed:
            self._exit_armed = True
            self.settingsChanged.emit()
            return
        log.warning("staff panel: exit to desktop")
        self.exitRequested.emit()

    def _exit_armed_get(self) -> bool:
        return self._exit_armed

    exitArmed = Property(bool, _exit_armed_get, notify=settingsChanged)

    def shutdown(self) -> None:
        """Stop timers and the worker. GUI thread."""
        self.countdown.stop()
        self.auto_lock.stop()
        self.worker.shutdown(wait=True)
