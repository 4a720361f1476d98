# ruff: noqa: F811  (pytest fixtures imported from ui_support)
"""A package that goes live is switched to inside the running kiosk, never by exiting.

Under cage an exit is seconds of black screen. The switch waits for the attract loop
(and for staff to leave the panel), builds the new kiosk with its window hidden,
shows it once its first photo is there and only then takes the old one apart.
"""

from __future__ import annotations

import contextlib
import gc
import itertools
import logging
import os
import threading
import time
import weakref
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtGui import QCloseEvent, QGuiApplication, QImage
from PySide6.QtQuick import QQuickWindow
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from staff_support import FakeAnalytics, FakeInstaller
from ui_support import shown, tap, touch_device, ui_package  # noqa: F401

import kiosk.ui.app as app_module
from kiosk.package.reader import Package
from kiosk.package.writer import PackageWriter
from kiosk.station.config import Config
from kiosk.station.hours import Hours, WeekSchedule
from kiosk.station.pin import PinGate
from kiosk.station.session import DEFAULT_WARNING_S, ManualClock
from kiosk.station.watchdog import Notifier
from kiosk.ui.app import KioskApp, KioskOptions, compose, wire_switch
from kiosk.ui.lockdown import Lockdown
from kiosk.ui.runtime import StationRuntime, StatsQueue, Worker
from kiosk.ui.settle import all_items, wait_until
from kiosk.ui.staff import StaffController
from kiosk.ui.switch import PackageSwitch
from tests.package_factory import jpeg, make_broken

SIZE = (960, 540)
IDLE_S = 60.0
#: Where the screenshots around a switch go (they are checked, and kept for a look).
SHOTS = Path(os.environ.get("KIOSK_SWAP_SHOTS", "/tmp/swap-shots"))
#: The lighthouse package's photos: jpeg(seed=5)'s pink, far from the harbour package's blues.
PINK = (200, 90, 160)


class RecordingNotifier(Notifier):
    """Keeps the watchdog pings' times instead of sending them to systemd."""

    def __init__(self) -> None:
        super().__init__(socket_path=None)
        self.pings: list[float] = []

    def ready(self, status: str = "Showing the exhibition") -> bool:
        return True

    def ping(self) -> bool:
        self.pings.append(time.monotonic())
        return True


@pytest.fixture(scope="session")
def lighthouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Another exhibition, "Lighthouse": three red photos, English only."""
    path = tmp_path_factory.mktemp("switch") / "lighthouse.exhibit"
    with PackageWriter(path) as w:
        w.set_exhibition(uid="lighthouse", version="2", languages=["en"],
                         default_language="en", title={"en": "Lighthouse"},
                         created="2026-01-01T00:00:00+00:00")
        section = w.add_section(position=0, slug="s", title={"en": "Coast"})
        for n in range(3):
            media = w.add_media(width=960, height=540, thumbnail=jpeg(60, 34, 5),
                                placeholder=jpeg(8, 6, 5),
                                renditions=[(960, 540, jpeg(960, 540, seed=5))], tiles=[],
                                tile_size=512, max_level=0)
            w.add_item(section_id=section, position=n, slug=f"light-{n}", kind="photo",
                       media_id=media, title={"en": f"Light {n}"})
        return w.commit()


@dataclass
class Station:
    """A running kiosk wired to a station, as ``kiosk run`` wires it."""

    switch: PackageSwitch
    runtime: StationRuntime
    staff: StaffController
    analytics: FakeAnalytics
    notifier: RecordingNotifier
    clock: ManualClock
    codes: list[int] = field(default_factory=list)

    @property
    def kiosk(self) -> KioskApp:
        shown = self.switch.shown
        assert isinstance(shown, KioskApp)
        return shown

    def go_live(self, path: Path) -> None:
        """What the staff panel's install (or roll back) announces."""
        self.staff.packageChanged.emit(str(path))

    def visitor_leaves(self) -> None:
        """The idle time and the warning pass: back to the attract loop."""
        kiosk = self.kiosk
        for wait in (IDLE_S + 1, DEFAULT_WARNING_S + 1):  # the warning, then the reset
            self.clock.advance(wait)
            kiosk.driver.tick()
        assert kiosk.bridge.screen == "attract"


def start_station(path: Path, tmp_path: Path, *, animations: bool = False) -> Station:
    config = Config(data_dir=tmp_path / "data")
    notifier = RecordingNotifier()
    analytics = FakeAnalytics()
    runtime = StationRuntime(config, Hours(WeekSchedule.always_open()), watchdog_s=0.1,
                             synchronous=True, notifier=notifier,
                             analytics=analytics)  # type: ignore[arg-type]
    installer = FakeInstaller(tmp_path / "data")
    gate = PinGate("", config.data_dir / "pin-state.json")
    staff = StaffController(config, installer, StatsQueue(None, Worker("stats")), gate,
                            media_globs=[], windowed=True)
    clock = ManualClock()
    options = KioskOptions(size=SIZE, fullscreen=False, idle_s=IDLE_S, synchronous=True,
                           animations=animations, clock=clock, max_volume=0.8)
    kiosk = compose(Package.open(path), size=SIZE, idle_s=IDLE_S, clock=clock,
                    synchronous=True, animations=animations, max_volume=0.8,
                    station=runtime, staff=staff, structure_after_first_photo=True)
    codes: list[int] = []
    switch = wire_switch(kiosk, runtime, staff, Lockdown(), codes.append, options)
    runtime.start()
    assert wait_until(lambda: bool(kiosk.window.property("photoShown")), 10)
    return Station(switch, runtime, staff, analytics, notifier, clock, codes)


def stop_station(station: Station) -> None:
    station.runtime.stop()
    station.staff.shutdown()
    station.switch.close()


@pytest.fixture
def station(qapp: object, ui_package: Path, tmp_path: Path) -> Iterator[Station]:
    before = {t.ident for t in threading.enumerate()}
    s = start_station(ui_package, tmp_path)
    try:
        yield s
    finally:
        stop_station(s)
        assert wait_until(
            # A _DummyThread is Python's record of a Qt thread that once ran Python.
            lambda: not [t for t in threading.enumerate()
                         if t.ident not in before and t.is_alive()
                         and not isinstance(t, threading._DummyThread)], 5), \
            f"threads left behind: {[t.name for t in threading.enumerate()]}"


def photo_up(window: QQuickWindow) -> bool:
    """A whole attract photo is on the window: a loaded layer at full opacity."""
    layers = [i for i in all_items(window.contentItem())
              if i.metaObject().className().startswith("KenBurnsLayer")]
    return any(x.opacity() == 1 and int(x.property("mediaId")) >= 0
               and int(x.property("status")) == 1 for x in layers)  # Image.Ready


def texts(window: QQuickWindow) -> set[str]:
    return {str(i.property("text")) for i in all_items(window.contentItem())
            if i.property("text") and shown(i)}


def kiosk_windows() -> list[QQuickWindow]:
    return [w for w in QGuiApplication.topLevelWindows()
            if isinstance(w, QQuickWindow) and w.objectName() == "kioskWindow"]


# -- when -------------------------------------------------------------------------------------

def test_a_package_that_goes_live_during_a_visit_is_switched_to_at_the_next_attract_loop(
        qtbot: QtBot, station: Station, lighthouse: Path) -> None:
    old = station.kiosk
    old_window = old.window
    assert str(old.bridge.title).startswith("Harbour")
    tap(old_window, (SIZE[0] // 2, SIZE[1] // 2))  # a visitor
    assert old.bridge.screen != "attract"
    station.go_live(lighthouse)
    qtbot.wait(500)  # the package could have been opened and composed many times over
    assert station.switch.shown is old and station.switch.phase == "idle"
    assert old_window.isVisible() and kiosk_windows() == [old_window]

    pings = len(station.notifier.pings)
    with qtbot.waitSignal(station.switch.switched, timeout=10_000) as switched:
        station.visitor_leaves()
    assert switched.args == [str(lighthouse)]
    new = station.kiosk
    assert new is not old
    assert new.bridge.title == "Lighthouse"
    assert "Lighthouse" in texts(new.window)  # the attract loop's title, on screen
    assert photo_up(new.window)
    assert not shiboken6.isValid(old_window), "the old window is gone"
    assert kiosk_windows() == [new.window] and new.window.isVisible()
    assert station.codes == [], "no exit: the process goes on"
    # The watchdog went on pinging: the GUI thread was never held up for long.
    times = station.notifier.pings[pings - 1:]
    assert len(times) >= 2 and max(b - a for a, b in itertools.pairwise(times)) < 2.0

    # The station follows the new kiosk only: statistics, staff settings, attract state.
    station.analytics.calls.clear()
    tap(new.window, (SIZE[0] // 2, SIZE[1] // 2))
    assert new.bridge.screen != "attract"
    assert any(c[:2] == ("visit_started", "lighthouse") for c in station.analytics.calls)
    assert not any("test-exhibition" in c for c in station.analytics.calls)
    old_volume = old.max_volume
    station.staff.volumeChosen.emit(0.5)
    assert new.max_volume == 0.5 and old.max_volume == old_volume
    assert new.session.timing.idle_s == IDLE_S


def test_staff_in_the_panel_hold_the_switch_until_they_leave(
        qtbot: QtBot, station: Station, lighthouse: Path) -> None:
    old = station.kiosk
    station.staff._open()  # as after the right PIN
    station.go_live(lighthouse)
    qtbot.wait(300)
    assert station.switch.shown is old and station.switch.phase == "idle"
    with qtbot.waitSignal(station.switch.switched, timeout=10_000):
        station.staff.close()
    assert station.kiosk.bridge.title == "Lighthouse"


def test_the_restart_button_and_the_memory_ceiling_still_exit_75(station: Station) -> None:
    station.staff.restartRequested.emit()
    station.runtime.restart_requested.emit()
    assert station.codes == [75, 75]


# -- what can go wrong ----------------------------------------------------------------------

def test_a_broken_new_package_keeps_the_old_one_and_is_not_tried_again(
        qtbot: QtBot, station: Station, ui_package: Path, tmp_path: Path,
        caplog: pytest.LogCaptureFixture) -> None:
    old = station.kiosk
    broken = make_broken("random", ui_package, tmp_path)
    caplog.set_level(logging.INFO, logger="kiosk.ui.switch")
    with qtbot.waitSignal(station.switch.failed, timeout=10_000) as failed:
        station.go_live(broken)
    message = failed.args[0]
    assert str(broken) in message and "keeps showing the current exhibition (Harbour" in message
    errors = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert [r.getMessage() for r in errors] == [message]
    assert station.switch.shown is old and old.window.isVisible()
    assert kiosk_windows() == [old.window]
    assert photo_up(old.window)

    tap(old.window, (SIZE[0] // 2, SIZE[1] // 2))  # a visit, then the attract loop again
    station.visitor_leaves()
    qtbot.wait(300)
    assert [r for r in caplog.records if r.levelno == logging.ERROR] == errors, "tried again"
    assert station.switch.shown is old and station.switch.phase == "idle"


def test_a_package_whose_screens_cannot_be_built_keeps_the_old_one(
        qtbot: QtBot, station: Station, lighthouse: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    old = station.kiosk
    threads = threading.active_count()
    monkeypatch.setattr(app_module, "QML_MODULE", "kiosk.ui.no_such_module")
    with qtbot.waitSignal(station.switch.failed, timeout=10_000) as failed:
        station.go_live(lighthouse)
    assert "could not be built" in failed.args[0]
    assert station.switch.shown is old and kiosk_windows() == [old.window]
    # The half-built kiosk's decoders and catalog worker are gone again.
    assert wait_until(lambda: threading.active_count() <= threads, 5)


def test_a_touch_while_switching_breaks_nothing(
        qtbot: QtBot, station: Station, lighthouse: Path) -> None:
    old = station.kiosk
    # A touch while the new kiosk is prepared: it is dropped, and made again later.
    def touch_old() -> None:
        assert station.switch.phase == "preparing"
        at = QPoint(SIZE[0] // 2, SIZE[1] // 2)
        QTest.touchEvent(old.window, touch_device()).press(0, at, old.window).commit()
        QTest.touchEvent(old.window, touch_device()).release(0, at, old.window).commit()

    station.switch.preparing.connect(touch_old)
    station.go_live(lighthouse)
    assert wait_until(lambda: old.bridge.screen != "attract", 10)
    station.switch.preparing.disconnect(touch_old)
    qtbot.wait(200)
    assert station.switch.shown is old and station.switch.phase == "idle"
    assert kiosk_windows() == [old.window]

    # A touch on each window while both are up: the old one goes at the next frame.
    def touch_both() -> None:
        leaving = station.switch.leaving
        assert isinstance(leaving, KioskApp)
        for window in (leaving.window, station.kiosk.window):
            at = QPoint(SIZE[0] // 2, SIZE[1] // 2)
            QTest.touchEvent(window, touch_device()).press(0, at, window).commit()
            if shiboken6.isValid(window):  # else it went while the finger was down
                QTest.touchEvent(window, touch_device()).release(0, at, window).commit()

    station.switch.showing.connect(touch_both)
    with qtbot.waitSignal(station.switch.switched, timeout=10_000):
        station.visitor_leaves()
    new = station.kiosk
    assert new.bridge.title == "Lighthouse" and kiosk_windows() == [new.window]
    assert station.codes == []
    if new.bridge.screen == "attract":  # the touch may have gone to either window
        tap(new.window, (SIZE[0] // 2, SIZE[1] // 2))
    assert new.bridge.screen != "attract", "the new kiosk answers touches"


def test_lockdown_guards_the_new_window(
        qtbot: QtBot, station: Station, lighthouse: Path) -> None:
    lockdown = Lockdown(windowed=True)
    lockdown.install(QGuiApplication.instance())  # type: ignore[arg-type]
    try:
        with qtbot.waitSignal(station.switch.switched, timeout=10_000):
            station.go_live(lighthouse)
        window = station.kiosk.window
        event = QCloseEvent()
        QCoreApplication.sendEvent(window, event)
        assert not event.isAccepted() and window.isVisible()
    finally:
        lockdown.remove()


# -- no blank frame --------------------------------------------------------------------------

def presented(window: QQuickWindow) -> QImage:
    """The pixels of the frame ``window`` last put on screen (the offscreen platform's
    backing store; ``QQuickWindow.grabWindow`` would render a new frame instead)."""
    screen = QGuiApplication.primaryScreen()
    return screen.grabWindow(window.winId()).toImage()


def look(image: QImage) -> tuple[int, float]:
    """How many colours (a photo has hundreds, the bare background one) and the share
    of pixels in the lighthouse photos' pink, in the top half (above the scrim)."""
    points = [(x, y) for x in range(0, image.width(), 8) for y in range(0, image.height() // 2, 8)]
    colours = {image.pixel(x, y) for x, y in points}
    pink = 0
    for x, y in points:
        c = image.pixelColor(x, y)
        pink += abs(c.red() - PINK[0]) < 30 and abs(c.green() - PINK[1]) < 30 \
            and abs(c.blue() - PINK[2]) < 30
    return len(colours), pink / len(points)


def test_every_frame_around_the_switch_shows_a_photo(
        qtbot: QtBot, qapp: object, ui_package: Path, lighthouse: Path, tmp_path: Path) -> None:
    station = start_station(ui_package, tmp_path, animations=True)
    try:
        old = station.kiosk
        old_window = old.window
        frames: list[tuple[str, bool, int, float]] = []  # window, photo item up, colours, pink
        shots: dict[str, QImage] = {}

        def frame(name: str, window: QQuickWindow) -> None:
            image = presented(window)
            frames.append((name, photo_up(window), *look(image)))
            shots.setdefault(f"{name}-first", image)
            shots[f"{name}-last"] = image

        old_window.frameSwapped.connect(lambda: frame("old", old_window))
        old_window.destroyed.connect(lambda: frames.append(("old closed", True, 0, 0.0)))

        def showing() -> None:
            new = station.kiosk
            assert station.switch.leaving is old
            frames.append(("new shown", photo_up(new.window), 0, 0.0))
            new.window.frameSwapped.connect(lambda: frame("new", new.window))

        station.switch.showing.connect(showing)
        assert wait_until(lambda: len(frames) >= 2, 5)  # the attract loop drifts: frames
        with qtbot.waitSignal(station.switch.switched, timeout=10_000):
            station.go_live(lighthouse)
        new = station.kiosk
        assert wait_until(lambda: sum(f[0] == "new" for f in frames) >= 3, 5)
        SHOTS.mkdir(parents=True, exist_ok=True)
        for n, key in enumerate(("old-first", "old-last", "new-first", "new-last"), 1):
            assert shots[key].save(str(SHOTS / f"{n}-{key}.png"))

        names = [f[0] for f in frames]
        closed = names.index("old closed")
        shown = names.index("new shown")
        first_new = names.index("new")
        assert frames[shown][1], "the new window was shown before its photo had loaded"
        assert first_new < closed, "the old window went before the new one had a frame up"
        for name, item_up, colours, pink in frames:
            if name == "old":
                assert item_up and colours > 200 and pink < 0.2, "an old frame without its photo"
            elif name == "new":
                assert item_up and colours > 200 and pink > 0.5, "a new frame without its photo"
        assert "old" not in names[closed:]
        assert not shiboken6.isValid(old_window) and new.window.isVisible()
    finally:
        stop_station(station)


# -- memory ---------------------------------------------------------------------------------

def _rss_mib() -> float:
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise AssertionError("no VmRSS")


def _os_threads() -> int:
    return len(os.listdir("/proc/self/task"))


def _fds() -> list[str]:
    out = []
    for fd in os.listdir("/proc/self/fd"):
        with contextlib.suppress(OSError):  # the listing's own descriptor, closed
            out.append(os.readlink(f"/proc/self/fd/{fd}"))
    return out


def _measure() -> tuple[float, int, int, int]:
    gc.collect()
    QCoreApplication.processEvents()
    fds = _fds()
    return _rss_mib(), _os_threads(), len(fds), sum(1 for f in fds if f.endswith(".exhibit"))


def test_switching_back_and_forth_releases_the_old_kiosks(
        qtbot: QtBot, station: Station, ui_package: Path, lighthouse: Path) -> None:
    packages = [lighthouse, ui_package]

    def switch(n: int) -> None:
        with qtbot.waitSignal(station.switch.switched, timeout=10_000):
            station.go_live(packages[n % 2])
        assert wait_until(lambda: photo_up(station.kiosk.window), 5)

    for n in range(2):  # warm: QML's type caches, the decoders' first allocations
        switch(n)
    gone = weakref.ref(station.kiosk.bridge)
    start = _measure()
    rows = [start]
    for n in range(2, 12):
        switch(n)
        rows.append(_measure())
    end = rows[-1]
    print("\nswitch  RSS MiB  threads  fds  .exhibit fds")
    for n, (rss, threads, fds, packages_open) in enumerate(rows):
        print(f"{n + 2:6d}  {rss:7.1f}  {threads:7d}  {fds:3d}  {packages_open:12d}")
    assert gone() is None, "an old kiosk is still referenced"
    assert end[1] <= start[1] + 2, "threads left behind by old kiosks"
    assert end[2] <= start[2] + 2, "files left open by old kiosks"
    assert end[3] <= start[3], "an old package is still open"
    assert end[0] - start[0] < 60, "memory grows with every switch"
