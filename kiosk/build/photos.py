"""Render many photos on every core, streaming results back as they finish.

Each worker process has its own pipe and one photo at a time, so memory does
not grow with the number of photos, and the parent can stop the workers at
any moment (Ctrl-C, an error) without leaving a shared queue half-written —
the reason this is not a ``ProcessPoolExecutor``, whose worker termination
can wedge its manager thread (seen here: a test run hung at exit).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import multiprocessing
import os
import queue
import signal
import threading
from collections.abc import Callable, Generator, Iterator, Sequence
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess

from kiosk.build.images import PhotoError, PhotoJob, PhotoResult, render_photo

Outcome = PhotoResult | PhotoError
_DIED = "a worker process stopped unexpectedly (out of memory or killed); try fewer jobs (-j 1)"


class WorkerDied(Exception):
    """A worker process vanished (killed, usually for lack of memory)."""


def default_workers() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (
        os.cpu_count() or 1)


def render_photos(jobs: Sequence[PhotoJob], workers: int = 0
                  ) -> Generator[tuple[PhotoJob, Outcome]]:
    """Each job with its result or its :class:`PhotoError`, in the order they finish."""
    workers = min(workers or default_workers(), len(jobs))
    if workers <= 1:
        for job in jobs:
            yield job, _render(job)
        return
    # forkserver: workers start from a clean process, not a fork of this one
    # with its threads and open database.
    ctx = multiprocessing.get_context("forkserver")
    # Import Pillow once in the server rather than in every worker.
    ctx.set_forkserver_preload(["__main__", "kiosk.build.images"])
    pool: dict[Connection, BaseProcess] = {}
    collector: _Collector | None = None
    finished = False
    try:
        for _ in range(workers):
            mine, theirs = ctx.Pipe()
            process = ctx.Process(target=_serve, args=(theirs,), daemon=True)
            process.start()
            theirs.close()
            pool[mine] = process
        collector = _Collector(pool, iter(jobs))
        yield from collector.results()
        finished = True
    finally:
        if collector is not None:
            collector.stop.set()
        _stop(pool, gently=finished)
        if collector is not None:
            collector.join(timeout=10)


class _Collector(threading.Thread):
    """Receives results from the workers and hands each its next photo at once.

    Runs on its own thread so that a worker never waits for the building
    thread to finish writing the previous photo before it can deliver its
    own and start the next; the queue of ``len(pool)`` results bounds memory.
    Touches the pipes alone once started.
    """

    def __init__(self, pool: dict[Connection, BaseProcess], jobs: Iterator[PhotoJob]) -> None:
        super().__init__(name="photo-results", daemon=True)
        self.pool = pool
        self.jobs = jobs
        self.busy: dict[Connection, PhotoJob] = {}
        self.stop = threading.Event()
        self.out: queue.Queue[tuple[PhotoJob, Outcome] | BaseException | None] = queue.Queue(
            maxsize=len(pool))
        for conn in pool:
            self._give(conn)
        self.start()

    def results(self) -> Iterator[tuple[PhotoJob, Outcome]]:
        """On the building thread: results until the last, or the collector's exception."""
        while (item := self.out.get()) is not None:
            if isinstance(item, BaseException):
                raise item
            yield item

    def run(self) -> None:
        try:
            while self.busy and not self.stop.is_set():
                self._receive()
            self._put(None)
        except BaseException as e:  # handed to the building thread, raised there
            self._put(e)

    def _receive(self) -> None:
        # A process sentinel wakes us when a worker dies without answering.
        sentinels = {self.pool[c].sentinel: c for c in self.busy}
        waitables: list[Connection | int] = [*self.busy, *sentinels]
        for ready in wait(waitables, timeout=0.5):
            found = sentinels.get(ready) if isinstance(ready, int) else ready
            if not isinstance(found, Connection) or found not in self.busy:
                continue
            conn: Connection = found
            try:
                outcome: Outcome = conn.recv()
            except (EOFError, OSError):
                raise WorkerDied(_DIED) from None
            job = self.busy.pop(conn)
            self._give(conn)
            self._put((job, outcome))

    def _give(self, conn: Connection) -> None:
        job = next(self.jobs, None)
        if job is not None:
            try:
                conn.send(job)
            except OSError:
                raise WorkerDied(_DIED) from None
            self.busy[conn] = job

    def _put(self, item: tuple[PhotoJob, Outcome] | BaseException | None) -> None:
        while not self.stop.is_set():
            try:
                self.out.put(item, timeout=0.2)
                return
            except queue.Full:
                continue


def _stop(pool: dict[Connection, BaseProcess], *, gently: bool) -> None:
    for conn, process in pool.items():
        if gently:
            try:
                conn.send(None)
            except OSError:
                process.terminate()
        else:
            process.terminate()
    for conn, process in pool.items():
        process.join(timeout=10)
        if process.is_alive():
            process.kill()
            process.join()
        conn.close()


def _serve(conn: Connection) -> None:
    """Worker process: render each job sent until ``None``."""
    # Ctrl-C reaches the whole process group; the parent alone decides to stop.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    trim = _trimmer()
    while (job := conn.recv()) is not None:
        conn.send(_render(job))
        trim()


def _trimmer() -> Callable[[], object]:
    """``malloc_trim(0)``: give a finished photo's freed heap back to the system.

    Pillow stores an image in 16 MiB blocks; glibc serves them from the heap
    once its mmap threshold has grown, and a worker's RSS would then stay
    near its largest photo. (Lowering the mmap threshold instead made every
    block a fresh mmap and tripled the time per photo.)
    """
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        trim = libc.malloc_trim
    except (OSError, AttributeError):  # not glibc: nothing to do
        return lambda: None
    return lambda: trim(0)


def _render(job: PhotoJob) -> Outcome:
    try:
        return render_photo(job)
    except PhotoError as e:
        return e
    except Exception as e:  # a codec failure inside Pillow: name the photo, go on
        return PhotoError(f"could not be processed ({type(e).__name__}: {e})")
