"""The station running unattended: systemd readiness and watchdog, memory, hours, inbox, stats.

:class:`StationRuntime` lives on the GUI thread. The only station calls made
there are :class:`~kiosk.station.watchdog.Notifier` (one datagram) and
:meth:`~kiosk.station.hours.Hours.is_open` (arithmetic); the memory check,
the inbox poll and every statistics write run on :class:`Worker` threads and
come back to the GUI thread through a queued signal.
"""

from __future__ import annotations

import itertools
import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

import shiboken6
from PySide6.QtCore import Property, QDateTime, QObject, QTimer, Signal, Slot

from kiosk.station.watchdog import MemoryCheck, Notifier, check_memory, watchdog_interval_s

if TYPE_CHECKING:
    from kiosk.station.analytics import Analytics
    from kiosk.station.config import Config
    from kiosk.station.hours import Hours, WeekSchedule
    from kiosk.station.inbox import Outcome

log = logging.getLogger("kiosk.runtime")
T = TypeVar("T")

#: Exit code that asks systemd (Restart=always) for a fresh process: EX_TEMPFAIL.
RESTART_EXIT_CODE = 75
#: Exit code of "Exit to desktop" on the staff panel: the unit's RestartPreventExitStatus=.
#: Not 0: cage 0.1.4 (Debian 12) exits 0 whatever its client returned, so preventing
#: restarts on 0 would leave a crashed kiosk dark. An unused code fails safe: with such a
#: cage, systemd brings the kiosk back after "Exit to desktop" instead.
EXIT_TO_DESKTOP_CODE = 80
#: How long a touch keeps a closed kiosk open.
WAKE_S = 120.0
MEMORY_CHECK_MS = 60_000
#: Opening hours are looked at again at least this often (clock jumps, DST).
HOURS_FALLBACK_MS = 60_000
INBOX_POLL_S = 10.0
#: Inbox results kept for the staff panel.
INBOX_LOG_LINES = 20


class Worker(QObject):
    """Runs blocking calls on its own threads; results come back on the GUI thread.

    Create it on the GUI thread. ``submit(fn, done, failed)`` calls ``fn()`` on a
    worker thread, then ``done(result)`` or ``failed(exception)`` on the GUI
    thread (a queued signal). ``threads=1`` gives a strict queue (statistics,
    installs). ``synchronous=True`` runs everything inline, for tests.
    """

    _finished = Signal(int, bool, object)  # job id, ok, result or exception

    def __init__(self, name: str, threads: int = 1, *, synchronous: bool = False,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._synchronous = synchronous
        self._pool = None if synchronous else ThreadPoolExecutor(threads, name)
        self._ids = itertools.count(1)
        self._waiting: dict[int, tuple[Callable[[Any], None] | None,
                                       Callable[[BaseException], None] | None]] = {}
        self._lock = threading.Lock()
        self._closed = False
        self._finished.connect(self._deliver)

    @property
    def pending(self) -> int:
        """Jobs submitted whose results have not been delivered yet. GUI thread."""
        return len(self._waiting)

    @property
    def synchronous(self) -> bool:
        return self._pool is None

    def submit(self, fn: Callable[[], T], done: Callable[[T], None] | None = None,
               failed: Callable[[BaseException], None] | None = None) -> bool:
        """Queue ``fn``; False (and nothing runs) after :meth:`shutdown`. GUI thread."""
        if self._closed:
            return False
        job = next(self._ids)
        self._waiting[job] = (done, failed)
        if self._pool is None:
            self._run(job, fn)
        else:
            self._pool.submit(self._run, job, fn)
        return True

    def _run(self, job: int, fn: Callable[[], Any]) -> None:
        """Worker thread (or inline when synchronous)."""
        try:
            result, ok = fn(), True
        except BaseException as e:
            result, ok = e, False
        with self._lock:
            if self._closed or not shiboken6.isValid(self):
                return
            self._finished.emit(job, ok, result)

    def _deliver(self, job: int, ok: bool, result: object) -> None:
        """GUI thread."""
        done, failed = self._waiting.pop(job, (None, None))
        try:
            if ok and done is not None:
                done(result)
            elif not ok:
                if failed is not None:
                    assert isinstance(result, BaseException)
                    failed(result)
                else:
                    log.error("%s: background call failed", self.name, exc_info=result)  # type: ignore[arg-type]
        except Exception:
            log.exception("%s: handling a background result failed", self.name)

    def shutdown(self, wait: bool = True, *, drop_queued: bool = True) -> None:
        """No new jobs; drop the queued ones (unless ``drop_queued`` is False) and wait for
        the running one (when ``wait``). Results not delivered yet are dropped. GUI thread."""
        with self._lock:
            self._closed = True
        if self._pool is not None:
            self._pool.shutdown(wait=wait, cancel_futures=drop_queued)
        self._waiting.clear()


class AnalyticsSource(Protocol):
    """What :class:`StatsQueue` needs: :class:`~kiosk.station.analytics.Analytics`."""

    def visit_started(self, exhibition: str, language: str) -> int: ...
    def close(self) -> None: ...


class StatsQueue:
    """The statistics database, used only from one worker thread (a strict queue).

    ``source`` is an :class:`Analytics` or a function that opens one (it
    migrates the schema, so it is opened as the queue's first job). If it
    cannot be opened, statistics are off and the kiosk carries on.
    """

    #: Events are written in batches, this long after the first of a batch: a slide
    #: change must not share the CPU (and the GIL) with a database write while its
    #: photo is being drawn.
    BATCH_MS = 1000

    def __init__(self, source: Analytics | Callable[[], Analytics] | None,
                 worker: Worker) -> None:
        self.worker = worker
        self._db: Analytics | None = None
        self._broken = source is None
        self._batch: list[Callable[[Analytics], object]] = []
        if source is not None:
            worker.submit(lambda: self._open(source), failed=self._open_failed)

    def _open(self, source: Analytics | Callable[[], Analytics]) -> None:
        """Worker thread."""
        self._db = source() if callable(source) else source

    def _open_failed(self, e: BaseException) -> None:
        self._broken = True
        log.error("statistics are off: the database cannot be opened (%s)", e)

    def record(self, fn: Callable[[Analytics], object]) -> None:
        """Fire and forget ``fn(analytics)`` on the worker, in order, within
        :data:`BATCH_MS`. GUI thread."""
        if self._broken:
            return
        self._batch.append(fn)
        if self.worker.synchronous:
            self.flush()
        elif len(self._batch) == 1:
            QTimer.singleShot(self.BATCH_MS, self.flush)

    def flush(self) -> None:
        """Queue the recorded events on the worker now. GUI thread."""
        batch, self._batch = self._batch, []
        if batch:
            self.worker.submit(lambda: self._call_each(batch))

    def _call_each(self, batch: list[Callable[[Analytics], object]]) -> None:
        """Worker thread: one failed event does not lose the others."""
        for fn in batch:
            try:
                self._call(fn)
            except Exception as e:
                self._record_failed(e)

    def query(self, fn: Callable[[Analytics], T], done: Callable[[T], None],
              failed: Callable[[BaseException], None]) -> None:
        """``done(fn(analytics))`` back on the GUI thread, or ``failed(error)``; it sees
        every event recorded before. GUI thread."""
        if self._broken:
            failed(RuntimeError("statistics are off (see the log)"))
            return
        self.flush()
        self.worker.submit(lambda: self._call(fn), done, failed)

    def _call(self, fn: Callable[[Analytics], T]) -> T:
        """Worker thread."""
        if self._db is None:
            raise RuntimeError("statistics are off (see the log)")
        return fn(self._db)

    @staticmethod
    def _record_failed(e: BaseException) -> None:
        log.warning("a statistics event was not recorded: %s", e)

    def close(self) -> None:
        """Write the queued events, then close the database. GUI thread; blocks until done."""
        self.flush()
        self.worker.submit(self._close_db)
        self.worker.shutdown(wait=True, drop_queued=False)

    def _close_db(self) -> None:
        """Worker thread: the last job."""
        if self._db is not None:
            self._db.close()
            self._db = None


class InboxLike(Protocol):
    def poll(self) -> list[Outcome]: ...


class StationRuntime(QObject):
    """Watchdog, memory ceiling, opening hours, inbox and statistics for the app. GUI thread.

    Wiring: call :meth:`first_frame_shown` once the first frame is on screen,
    :meth:`set_attract` when the attract loop starts or stops, :meth:`wake` on
    a touch while closed, and the ``visit_*``/``item_viewed``/… slots on
    visitor events. Connect :attr:`restart_requested` to quitting with
    :data:`RESTART_EXIT_CODE` and :attr:`package_installed` to swapping the
    package at the next attract loop.
    """

    isOpenChanged = Signal()
    opensAtChanged = Signal()
    restartWantedChanged = Signal()
    inboxLogChanged = Signal()
    #: Memory passed the ceiling and the attract loop is showing: quit with
    #: RESTART_EXIT_CODE now. GUI thread, at most once.
    restart_requested = Signal()
    #: The inbox installed a package (its path); swap at the next attract loop. GUI thread.
    package_installed = Signal(str)
    #: Every inbox result, as ``[{"name", "installed", "message"}]``. GUI thread.
    inbox_outcomes = Signal(list)

    def __init__(self, config: Config, hours: Hours, *,
                 notifier: Notifier | None = None,
                 analytics: Analytics | Callable[[], Analytics] | None = None,
                 inbox: InboxLike | None = None,
                 inbox_path_of: Callable[[Outcome], str] | None = None,
                 memory_check: Callable[[int], MemoryCheck] = check_memory,
                 monotonic: Callable[[], float] = time.monotonic,
                 watchdog_s: float | None = -1.0,  # -1: from $WATCHDOG_USEC
                 inbox_interval_s: float = INBOX_POLL_S,
                 memory_interval_ms: int = MEMORY_CHECK_MS,
                 synchronous: bool = False,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.config = config
        self.hours = hours
        self.notifier = notifier or Notifier()
        self._monotonic = monotonic
        self._memory_check = memory_check
        self._inbox = inbox
        self._inbox_path_of = inbox_path_of
        self._ready_sent = False
        self._restart_wanted = False
        self._restart_sent = False
        self._at_attract = False
        self._awake_until = -1.0
        self._open = hours.is_open()
        self._inbox_busy = False
        self._memory_busy = False
        self._inbox_log: list[str] = []
        self._visit = 0
        self._exhibition = ""
        self._language = ""
        self.io = Worker("runtime-io", synchronous=synchronous, parent=self)
        self.stats = StatsQueue(analytics, Worker("stats", synchronous=synchronous, parent=self))

        interval = watchdog_interval_s() if watchdog_s == -1.0 else watchdog_s
        self.watchdog = QTimer(self)
        self.watchdog.timeout.connect(self._ping)
        if interval:
            # watchdog_interval_s() is half of WatchdogSec; pinging at half of that again
            # leaves room for a late timer. From this (GUI) thread: a frozen loop stops pinging.
            self.watchdog.setInterval(max(50, int(interval * 500)))
        self.memory = QTimer(self)
        self.memory.setInterval(memory_interval_ms)
        self.memory.timeout.connect(self.check_memory)
        self.hours_timer = QTimer(self)
        self.hours_timer.setSingleShot(True)
        self.hours_timer.timeout.connect(self.refresh_hours)
        self.inbox_timer = QTimer(self)
        self.inbox_timer.setInterval(max(500, int(inbox_interval_s * 1000)))
        self.inbox_timer.timeout.connect(self.poll_inbox)
        self._watchdog_on = bool(interval)

    # -- life cycle ----------------------------------------------------------------
    def start(self) -> None:
        """Start the timers (watchdog, memory, hours, inbox). GUI thread."""
        if self._watchdog_on:
            self.watchdog.start()
        self.memory.start()
        if self._inbox is not None:
            self.inbox_timer.start()
        self.refresh_hours()

    def stop(self) -> None:
        """Stop timers, tell systemd, finish queued statistics. GUI thread; call once."""
        for timer in (self.watchdog, self.memory, self.hours_timer, self.inbox_timer):
            timer.stop()
        self.notifier.stopping()
        self.io.shutdown(wait=True)
        self.stats.close()

    @Slot()
    def first_frame_shown(self) -> None:
        """The first frame is on screen: READY=1 to systemd (once). GUI thread."""
        if not self._ready_sent:
            self._ready_sent = True
            self.notifier.ready()
            self._ping()

    def _ping(self) -> None:
        self.notifier.ping()

    # -- memory ---------------------------------------------------------------------
    @Slot()
    def check_memory(self) -> None:
        """Measure RSS on a worker; a result over the ceiling sets restartWanted."""
        if self._memory_busy or self._restart_wanted:
            return
        self._memory_busy = True
        ceiling = self.config.rss_ceiling_mb
        self.io.submit(lambda: self._memory_check(ceiling), self._memory_done,
                       self._memory_failed)

    def _memory_done(self, check: MemoryCheck) -> None:
        self._memory_busy = False
        if check.restart_wanted and not self._restart_wanted:
            log.warning("memory %.0f MB is over the ceiling of %d MB: restarting at the next "
                        "attract loop", check.rss_mb, check.ceiling_mb)
            self._restart_wanted = True
            self.restartWantedChanged.emit()
            self._maybe_restart()

    def _memory_failed(self, e: BaseException) -> None:
        self._memory_busy = False
        log.warning("memory check failed: %s", e)

    def _restart_wanted_get(self) -> bool:
        return self._restart_wanted

    restartWanted = Property(bool, _restart_wanted_get, notify=restartWantedChanged)

    @Slot(bool)
    def set_attract(self, showing: bool) -> None:
        """The attract loop started (True) or a visitor took over (False). GUI thread."""
        self._at_attract = showing
        self._maybe_restart()

    def _maybe_restart(self) -> None:
        if self._restart_wanted and self._at_attract and not self._restart_sent:
            self._restart_sent = True
            self.notifier.status("Restarting: memory over the ceiling")
            self.restart_requested.emit()

    # -- opening hours ----------------------------------------------------------------
    @Slot()
    def refresh_hours(self) -> None:
        """Re-read the schedule and arm the timer for the next change. GUI thread."""
        is_open = self.hours.is_open() or self._monotonic() < self._awake_until
        if is_open != self._open:
            self._open = is_open
            log.info("kiosk %s", "open" if is_open else "closed (opening hours)")
            self.isOpenChanged.emit()
            self.opensAtChanged.emit()
        self.hours_timer.start(self._next_check_ms())

    @Slot(object)
    def set_schedule(self, schedule: WeekSchedule) -> None:
        """Staff changed the opening hours: the closed screen follows at once. GUI thread.

        A wake-up touch is forgotten, so hours that close the kiosk now close it now,
        not two minutes later.
        """
        self.hours.schedule = schedule
        self._awake_until = -1.0
        log.info("opening hours changed on the staff panel: %s", schedule)
        self.refresh_hours()
        self.opensAtChanged.emit()  # the same state, but perhaps another opening time

    def _next_check_ms(self) -> int:
        wait = HOURS_FALLBACK_MS
        change = self.hours.next_change()
        if change is not None:
            now = self.hours.clock()
            wait = min(wait, int((change - now).total_seconds() * 1000) + 500)
        if self._awake_until > 0:
            left = int((self._awake_until - self._monotonic()) * 1000) + 50
            if left > 0:
                wait = min(wait, left)
        return max(100, wait)

    def _is_open(self) -> bool:
        return self._open

    isOpen = Property(bool, _is_open, notify=isOpenChanged)

    def _closed_behaviour(self) -> str:
        return self.config.closed_behaviour

    closedBehaviour = Property(str, _closed_behaviour, constant=True)

    def _opens_at(self) -> QDateTime:
        change = None if self._open else self.hours.next_change()
        return QDateTime(change) if isinstance(change, datetime) else QDateTime()

    opensAt = Property(QDateTime, _opens_at, notify=opensAtChanged)

    @Slot()
    def wake(self) -> None:
        """A touch while closed: open for WAKE_S seconds. GUI thread."""
        self._awake_until = self._monotonic() + WAKE_S
        self.refresh_hours()

    # -- inbox ----------------------------------------------------------------------
    @Slot()
    def poll_inbox(self) -> None:
        """One inbox scan (and installs) on a worker; skipped while one runs. GUI thread."""
        inbox = self._inbox
        if inbox is None or self._inbox_busy:
            return
        self._inbox_busy = True
        self.io.submit(inbox.poll, self._inbox_done, self._inbox_failed)

    def _inbox_done(self, outcomes: list[Outcome]) -> None:
        self._inbox_busy = False
        if not outcomes:
            return
        stamp = datetime.now().strftime("%H:%M")
        for o in outcomes:
            self._inbox_log.append(f"{stamp} {o.name}: {o.message}")
        del self._inbox_log[:-INBOX_LOG_LINES]
        self.inboxLogChanged.emit()
        self.inbox_outcomes.emit([{"name": o.name, "installed": o.installed,
                                   "message": o.message} for o in outcomes])
        installed = [o for o in outcomes if o.installed]
        if installed and self._inbox_path_of is not None:
            self.package_installed.emit(self._inbox_path_of(installed[-1]))

    def _inbox_failed(self, e: BaseException) -> None:
        self._inbox_busy = False
        log.error("inbox poll failed: %s", e)

    def _inbox_log_get(self) -> list[str]:
        return list(self._inbox_log)

    inboxLog = Property(list, _inbox_log_get, notify=inboxLogChanged)

    # -- statistics (each call queues one write on the stats worker) ------------------------
    @Slot(str, str)
    def visit_started(self, exhibition: str, language: str) -> None:
        """A visitor touched the attract loop. GUI thread; the write runs on the worker."""
        self._exhibition, self._language = exhibition, language

        def start(db: Analytics) -> None:
            self._visit = db.visit_started(exhibition, language)  # read by later jobs only

        self.stats.record(start)

    @Slot(str)
    def language_chosen(self, language: str) -> None:
        """Later events of this visit carry ``language``. GUI thread."""
        self._language = language

    @Slot(float, str)
    def visit_ended(self, seconds: float, reason: str = "idle") -> None:
        ex, lang = self._exhibition, self._language
        self.stats.record(lambda db: db.visit_ended(self._visit, ex, lang, seconds, reason))

    @Slot(str, float)
    def item_viewed(self, item: str, seconds: float) -> None:
        ex, lang = self._exhibition, self._language
        self.stats.record(lambda db: db.item_viewed(self._visit, ex, lang, item, seconds))

    @Slot(str, float, float)
    def testimony_played(self, item: str, heard_seconds: float, duration_seconds: float) -> None:
        ex, lang = self._exhibition, self._language
        self.stats.record(lambda db: db.testimony_played(self._visit, ex, lang, item,
                                                         heard_seconds, duration_seconds))

    @Slot(str)
    def advisory_declined(self, where: str) -> None:
        ex, lang = self._exhibition, self._language
        self.stats.record(lambda db: db.advisory_declined(self._visit, ex, lang, where))
