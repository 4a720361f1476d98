"""StationRuntime: systemd readiness and watchdog, opening hours, memory, inbox, statistics."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDateTime, QUrl
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from staff_support import QML, FakeAnalytics, find, host, maybe_find, tap

from kiosk.station.config import Config
from kiosk.station.hours import Hours, WeekSchedule, parse_day
from kiosk.station.inbox import Outcome
from kiosk.station.watchdog import MemoryCheck
from kiosk.ui.runtime import WAKE_S, StationRuntime, Worker

# Tuesday to Friday 09:00-17:00, closed otherwise.
WEEK = WeekSchedule(tuple(parse_day(d) for d in
                          ("closed", "09:00-17:00", "09:00-17:00", "09:00-17:00", "09:00-17:00",
                           "closed", "closed")))


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


class Monotonic:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


@pytest.fixture
def listener(tmp_path: Path) -> Iterator[socket.socket]:
    path = str(tmp_path / "notify")
    s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    s.bind(path)
    yield s
    s.close()


def make_runtime(**kw: object) -> StationRuntime:
    hours = kw.pop("hours", Hours(WeekSchedule.always_open()))
    config = kw.pop("config", Config())
    return StationRuntime(config, hours, **kw)  # type: ignore[arg-type]


def test_ready_after_first_frame_and_watchdog_stops_when_the_gui_thread_blocks(
        qtbot: QtBot, listener: socket.socket, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NOTIFY_SOCKET", listener.getsockname())
    monkeypatch.setenv("WATCHDOG_USEC", "400000")  # WatchdogSec=0.4 s: ping every 0.1 s
    monkeypatch.delenv("WATCHDOG_PID", raising=False)
    got: list[tuple[float, bytes]] = []
    stop = threading.Event()
    listener.settimeout(0.05)

    def read() -> None:
        while not stop.is_set():
            try:
                data = listener.recv(256)
            except TimeoutError:
                continue
            got.append((time.monotonic(), data))

    reader = threading.Thread(target=read)
    reader.start()
    runtime = make_runtime()
    try:
        assert runtime.watchdog.interval() == 100
        runtime.start()
        runtime.first_frame_shown()
        runtime.first_frame_shown()  # READY is sent once
        qtbot.waitUntil(lambda: sum(1 for _, d in got if d == b"WATCHDOG=1") >= 4, timeout=3000)
        assert [d for _, d in got].count(b"READY=1\nSTATUS=Showing the exhibition") == 1

        time.sleep(0.8)  # the GUI thread hangs (on purpose: this is the failure under test)
        hung_from, hung_to = time.monotonic() - 0.8, time.monotonic()
        qtbot.waitUntil(lambda: any(t > hung_to for t, _ in got), timeout=3000)
        during = [t for t, d in got if d == b"WATCHDOG=1" and hung_from + 0.15 < t < hung_to]
        assert during == [], "pings must stop while the event loop is blocked"
    finally:
        runtime.stop()
        stop.set()
        reader.join()
    assert got[-1][1] == b"STOPPING=1"


def test_no_watchdog_outside_systemd(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("WATCHDOG_USEC", raising=False)
    runtime = make_runtime()
    runtime.start()
    assert not runtime.watchdog.isActive()
    runtime.stop()


def test_opening_hours_switch_is_open_with_an_injected_clock(qtbot: QtBot) -> None:
    clock = Clock(datetime(2026, 11, 24, 8, 59, 30))  # a Tuesday, just before opening
    mono = Monotonic()
    runtime = make_runtime(hours=Hours(WEEK, clock), monotonic=mono,
                           config=Config(closed_behaviour="dark"))
    changes: list[bool] = []
    runtime.isOpenChanged.connect(lambda: changes.append(runtime.isOpen))
    runtime.start()
    try:
        assert runtime.isOpen is False
        assert runtime.closedBehaviour == "dark"
        # The timer is armed for the change (30.5 s), not a fixed minute.
        assert runtime.hours_timer.isActive() and runtime.hours_timer.interval() == 30_500
        assert runtime.opensAt == QDateTime(datetime(2026, 11, 24, 9, 0))
        clock.now = datetime(2026, 11, 24, 9, 0, 1)
        runtime.hours_timer.timeout.emit()  # what the timer does when it fires
        assert runtime.isOpen is True and changes == [True]
        assert not runtime.opensAt.isValid()

        clock.now = datetime(2026, 11, 24, 17, 0, 0)
        runtime.refresh_hours()
        assert runtime.isOpen is False
        runtime.wake()  # a visitor touches the closed screen
        assert runtime.isOpen is True
        assert runtime.hours_timer.interval() <= 60_000  # looked at again within a minute
        mono.t += WAKE_S + 1
        runtime.refresh_hours()
        assert runtime.isOpen is False
        assert changes == [True, False, True, False]
    finally:
        runtime.stop()


def test_a_wrong_clock_keeps_the_kiosk_open() -> None:
    runtime = make_runtime(hours=Hours(WEEK, Clock(datetime(1970, 1, 1, 3, 0))))
    runtime.start()
    assert runtime.isOpen is True
    runtime.stop()


def test_memory_ceiling_restarts_only_at_the_attract_loop(qtbot: QtBot) -> None:
    rss = [300.0]
    threads: list[int] = []

    def check(ceiling: int) -> MemoryCheck:
        threads.append(threading.get_ident())
        return MemoryCheck(rss[0], ceiling)

    runtime = make_runtime(memory_check=check, config=Config(rss_ceiling_mb=400))
    restarts: list[bool] = []
    runtime.restart_requested.connect(lambda: restarts.append(True))
    try:
        runtime.set_attract(True)
        runtime.check_memory()
        qtbot.waitUntil(lambda: len(threads) == 1 and not runtime._memory_busy, timeout=3000)
        assert not runtime.restartWanted
        runtime.set_attract(False)  # a visitor is here
        rss[0] = 450.0
        runtime.check_memory()
        qtbot.waitUntil(lambda: runtime.restartWanted, timeout=3000)
        assert threads[-1] != threading.get_ident(), "RSS is read on a worker"
        qtbot.wait(50)
        assert restarts == [], "never in the middle of a visit"
        runtime.set_attract(True)  # the visitor left: the attract loop starts
        assert restarts == [True]
        runtime.set_attract(False)
        runtime.set_attract(True)
        assert restarts == [True]
    finally:
        runtime.stop()


def test_statistics_hooks_run_in_order_on_one_worker(qtbot: QtBot) -> None:
    db = FakeAnalytics()
    opened_on: list[int] = []

    def open_db() -> FakeAnalytics:
        opened_on.append(threading.get_ident())
        return db

    runtime = make_runtime(analytics=open_db)
    runtime.visit_started("harbour", "en")
    runtime.language_chosen("ur")
    runtime.item_viewed("quay", 12.5)
    runtime.testimony_played("aida", 40.0, 95.0)
    runtime.advisory_declined("item:quay")
    runtime.visit_ended(80.0, "idle")
    qtbot.waitUntil(lambda: len(db.calls) == 5, timeout=3000)
    runtime.stop()
    assert opened_on and opened_on[0] != threading.get_ident()
    assert db.calls == [
        ("visit_started", "harbour", "en"),
        ("item_viewed", 42, "harbour", "ur", "quay", 12.5),
        ("testimony_played", 42, "aida", 40.0, 95.0),
        ("advisory_declined", 42, "item:quay"),
        ("visit_ended", 42, "harbour", "ur", 80.0, "idle"),
    ]
    assert db.closed


def test_statistics_are_written_in_batches_after_the_taps(qtbot: QtBot) -> None:
    db = FakeAnalytics()
    runtime = make_runtime(analytics=db)
    runtime.stats.BATCH_MS = 300
    qtbot.waitUntil(lambda: runtime.stats.worker.pending == 0, timeout=3000)  # opened
    runtime.visit_started("harbour", "en")
    runtime.item_viewed("quay", 2.0)
    QTest.qWait(100)
    assert db.calls == []  # a slide change writes nothing while its photo is drawn
    qtbot.waitUntil(lambda: len(db.calls) == 2, timeout=3000)
    runtime.item_viewed("lighthouse", 3.0)
    answers: list[object] = []
    # A query (the staff summary) sees everything recorded before it, at once.
    runtime.stats.query(lambda d: len(d.calls), answers.append, answers.append)
    qtbot.waitUntil(lambda: answers == [3], timeout=3000)
    runtime.stop()
    assert [c[0] for c in db.calls] == ["visit_started", "item_viewed", "item_viewed"]


def test_statistics_that_cannot_open_are_off_not_fatal(qtbot: QtBot) -> None:
    def broken() -> FakeAnalytics:
        raise OSError("disk full")

    runtime = make_runtime(analytics=broken)
    qtbot.waitUntil(lambda: runtime.stats._broken, timeout=3000)
    runtime.visit_started("harbour", "en")  # ignored, no exception
    runtime.stop()


class FakeInbox:
    def __init__(self) -> None:
        self.polls = 0

    def poll(self) -> list[Outcome]:
        self.polls += 1
        if self.polls == 1:
            return []
        return [Outcome("bad.exhibit", False, "Not installed: bad signature."),
                Outcome("good.exhibit", True, "Installed harbour version 3.")]


def test_inbox_poll_runs_on_a_worker_and_reports(qtbot: QtBot) -> None:
    inbox = FakeInbox()
    runtime = make_runtime(inbox=inbox, inbox_path_of=lambda o: f"/data/{o.name}")
    outcomes: list[list[dict[str, object]]] = []
    installed: list[str] = []
    runtime.inbox_outcomes.connect(outcomes.append)
    runtime.package_installed.connect(installed.append)
    try:
        runtime.poll_inbox()
        qtbot.waitUntil(lambda: inbox.polls == 1 and not runtime._inbox_busy, timeout=3000)
        runtime.poll_inbox()
        qtbot.waitUntil(lambda: bool(installed), timeout=3000)
    finally:
        runtime.stop()
    assert installed == ["/data/good.exhibit"]
    assert [o["name"] for o in outcomes[0]] == ["bad.exhibit", "good.exhibit"]
    assert runtime.inboxLog[-1].endswith("good.exhibit: Installed harbour version 3.")


def test_worker_errors_come_back_to_the_gui_thread(qtbot: QtBot) -> None:
    worker = Worker("test")
    seen: list[tuple[str, int]] = []

    def boom() -> int:
        raise ValueError("nope")

    worker.submit(boom, failed=lambda e: seen.append((str(e), threading.get_ident())))
    worker.submit(lambda: 7, lambda v: seen.append(("ok", v)))
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=3000)
    worker.shutdown()
    assert seen == [("nope", threading.get_ident()), ("ok", 7)]
    assert worker.submit(lambda: 1) is False


def test_closed_screen_card_and_wake(qtbot: QtBot) -> None:
    view, warnings, _stub = host(QML / "closed" / "ClosedScreen.qml", {
        "behaviour": "card", "title": "Harbour",
        "opensAt": QDateTime(datetime(2026, 11, 25, 9, 0))})
    woken: list[bool] = []
    view.rootObject().wakeRequested.connect(lambda: woken.append(True))
    try:
        qtbot.waitExposed(view)
        opens = find(view, "opensAt")
        assert "09:00" in opens.property("text") and "Wednesday" in opens.property("text")
        tap(view, find(view, "closedCard"), QTest.createTouchDevice())
        assert woken == [True]
        view.rootObject().setProperty("behaviour", "dark")
        assert maybe_find(view, "closedCard") is None
        assert warnings == []
    finally:
        view.close()
        view.setSource(QUrl())


def test_new_hours_from_staff_apply_at_once(qtbot: QtBot) -> None:
    clock = Clock(datetime(2026, 11, 24, 8, 30))  # a Tuesday, before opening
    mono = Monotonic()
    runtime = make_runtime(hours=Hours(WEEK, clock), monotonic=mono)
    changes: list[bool] = []
    runtime.isOpenChanged.connect(lambda: changes.append(runtime.isOpen))
    opening: list[QDateTime] = []
    runtime.opensAtChanged.connect(lambda: opening.append(runtime.opensAt))
    runtime.start()
    try:
        assert runtime.isOpen is False
        assert runtime.opensAt == QDateTime(datetime(2026, 11, 24, 9, 0))
        # Still closed, but opening later: the closed card's "opens again" follows.
        runtime.set_schedule(WEEK.with_day(1, ((600, 1020),)))
        assert runtime.isOpen is False and changes == []
        assert opening[-1] == QDateTime(datetime(2026, 11, 24, 10, 0))
        runtime.set_schedule(WEEK.with_day(1, ((480, 1020),)))  # opens at 08:00 now
        assert runtime.isOpen is True and changes == [True]
        assert runtime.hours_timer.interval() == 60_000  # next change 17:00: the fallback
        runtime.wake()  # a touch (the staff's own, say) would keep it open two minutes,
        runtime.set_schedule(WEEK)  # but hours that close it now close it now
        assert runtime.isOpen is False and changes == [True, False]
        runtime.set_schedule(WeekSchedule.always_open())
        assert runtime.isOpen is True and not runtime.opensAt.isValid()
    finally:
        runtime.stop()
