"""Render many photos on every core, streaming results back as they finish.

Each worker process has its own pipe and one photo at a time, so memory does
not grow with the number of photos, and the parent can stop the workers at
any moment (Ctrl-C, an error) without leaving a shared queue half-written —
the reason this is not a ``ProcessPoolExecutor``, whose worker termination
can wedge its manager thread (seen here: a test run hung at exit).
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import queue
import signal
import sys
import threading
from collections.abc import Iterator, Sequence
from multiprocessing import forkserver
from multiprocessing.connection import Connection, wait
from multiprocessing.context import ForkServerContext
from multiprocessing.process import BaseProcess

from kiosk.build import planes
from kiosk.build.images import PhotoError, PhotoJob, PhotoResult, render_photo

Outcome = PhotoResult | PhotoError
_DIED = "a worker process stopped unexpectedly (out of memory or killed); try fewer jobs (-j 1)"


class WorkerDied(Exception):
    """A worker process vanished (killed, usually for lack of memory)."""


def default_workers() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (
        os.cpu_count() or 1)


def start_forkserver() -> None:
    """Start the process the workers are forked from, on a thread, and return.

    It costs a Python start-up and a Pillow import: called early, that overlaps
    with checking the exhibition instead of delaying the first photo.
    """
    _context()
    threading.Thread(target=forkserver.ensure_running, name="forkserver-start",
                     daemon=True).start()


#: Workers forked by :func:`start_workers_early`, waiting for their first photo.
_early: list[tuple[Connection, BaseProcess]] = []


def start_workers_early(workers: int) -> None:
    """``kiosk build``, first thing: fork the photo workers from this process now.

    At that moment the process has one thread, no database and only the
    imaging imports, so a fork is as clean as the forkserver's children and
    0.3 s sooner (the server's own Python start-up and imports are on the way
    to the first photo). Where fork is not safe (not Linux, or threads already
    run, e.g. under a test runner) the forkserver starts instead.
    """
    if workers < 2:
        return
    if not _single_threaded():
        start_forkserver()
        return
    # Load NumPy and the JPEG library once, here, for every worker to inherit.
    planes.available()
    ctx = multiprocessing.get_context("fork")
    for _ in range(workers):
        mine, theirs = ctx.Pipe()
        process = ctx.Process(target=_serve, args=(theirs,), daemon=True)
        process.start()
        theirs.close()
        _early.append((mine, process))


def _single_threaded() -> bool:
    """Linux, and this process has one thread (Qt's and other C threads count too)."""
    try:
        return sys.platform.startswith("linux") and len(os.listdir("/proc/self/task")) == 1
    except OSError:
        return False


def _context() -> ForkServerContext:
    # forkserver: workers start from a clean process, not a fork of this one
    # with its threads and open database.
    ctx = multiprocessing.get_context("forkserver")
    # Import Pillow, NumPy and the JPEG codecs once in the server rather than
    # in every worker (a module that is missing is skipped).
    ctx.set_forkserver_preload(["__main__", "kiosk.build.images", "numpy", "simplejpeg",
                                "turbojpeg"])
    return ctx


def render_photos(jobs: Sequence[PhotoJob], workers: int = 0) -> PhotoRenders:
    """Start rendering ``jobs`` now; iterate the answer for each job with its result
    or its :class:`PhotoError`, in the order they finish, then close it."""
    return PhotoRenders(jobs, min(workers or default_workers(), len(jobs)))


class PhotoRenders:
    """Photos being rendered while the building thread gets on with other work.

    The workers are started on the collector's thread (the forkserver's start
    costs a Python start-up and a Pillow import), so the building thread can
    import and open the package writer meanwhile. With one worker, photos are
    rendered in this process, one per step of the iteration.
    """

    def __init__(self, jobs: Sequence[PhotoJob], workers: int) -> None:
        self._jobs = jobs
        self._finished = self._closed = False
        self._collector = _Collector(workers, iter(jobs)) if workers > 1 else None

    def __iter__(self) -> Iterator[tuple[PhotoJob, Outcome]]:
        if self._collector is None:
            for job in self._jobs:
                yield job, _render(job)
            return
        yield from self._collector.results()
        self._finished = True

    def close(self) -> None:
        """Stop the workers: gently after the last result, at once before it. Idempotent."""
        if self._collector is not None and not self._closed:
            self._closed = True
            self._collector.close(gently=self._finished)


class _Collector(threading.Thread):
    """Starts the workers, receives their results and hands each its next photo at once.

    Runs on its own thread so that a worker never waits for the building
    thread to finish writing the previous photo before it can deliver its
    own and start the next; the queue of ``workers`` results bounds memory.
    Touches the pool and the pipes alone until :meth:`close` has joined it.
    """

    def __init__(self, workers: int, jobs: Iterator[PhotoJob]) -> None:
        super().__init__(name="photo-results", daemon=True)
        self.workers = workers
        self.jobs = jobs
        self.pool: dict[Connection, BaseProcess] = {}
        self.busy: dict[Connection, PhotoJob] = {}
        self.stop = threading.Event()
        self.out: queue.Queue[tuple[PhotoJob, Outcome] | BaseException | None] = queue.Queue(
            maxsize=workers)
        self.start()

    def results(self) -> Iterator[tuple[PhotoJob, Outcome]]:
        """On the building thread: results until the last, or the collector's exception."""
        while (item := self.out.get()) is not None:
            if isinstance(item, BaseException):
                raise item
            yield item

    def close(self, *, gently: bool) -> None:
        """On the building thread: stop collecting, then stop the workers."""
        self.stop.set()
        self.join(timeout=10)
        _stop(self.pool, gently=gently)

    def run(self) -> None:
        try:
            self._start_workers()
            while self.busy and not self.stop.is_set():
                self._receive()
            self._put(None)
        except BaseException as e:  # handed to the building thread, raised there
            self._put(e)

    def _start_workers(self) -> None:
        for _ in range(self.workers):
            if self.stop.is_set():
                return
            if _early:
                mine, process = _early.pop(0)
            else:
                ctx = _context()
                mine, theirs = ctx.Pipe()
                process = ctx.Process(target=_serve, args=(theirs,), daemon=True)
                process.start()
                theirs.close()
            self.pool[mine] = process
            self._give(mine)  # the first worker renders while the next one starts

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
    """Worker process: render each job sent until ``None``.

    The heap is kept from one photo to the next: it stays near the largest
    photo's, which is the peak anyway, and handing it back to the system
    after each photo (``malloc_trim``) cost 0.06 CPU s per 24 MP photo in
    page faults for the next one to take it again.
    """
    # Ctrl-C reaches the whole process group; the parent alone decides to stop.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    keep_freed_memory()
    planes.available()  # load the JPEG library before the first photo, not during it
    try:
        while (job := conn.recv()) is not None:
            conn.send(_render(job))
    except (EOFError, BrokenPipeError):
        pass  # the build ended (or died) without a goodbye: nothing left to do


_M_TRIM_THRESHOLD = -1
_M_MMAP_THRESHOLD = -3
#: glibc's largest allowed mmap threshold on 64-bit; Pillow allocates images in
#: blocks of 16 MiB, so every block then comes from the heap and is reused.
_MMAP_MAX = 32 * 1024 * 1024


def keep_freed_memory() -> bool:
    """Worker process: let glibc reuse freed image memory instead of unmapping it.

    By default each large block Pillow frees is unmapped and the next photo
    maps it again, page fault by page fault: 29,000 faults and 0.07 CPU s per
    24 MP photo, 14 % of its work (measured with getrusage). With the heap
    kept, the worker's peak RSS grows by about 5 MiB. A no-op (False) where the
    C library is not glibc.
    """
    if not sys.platform.startswith("linux"):
        return False
    try:
        # By name: ctypes.util.find_library would run ``ldconfig -p`` here.
        libc = ctypes.CDLL("libc.so.6")
        return bool(libc.mallopt(_M_MMAP_THRESHOLD, _MMAP_MAX)
                    and libc.mallopt(_M_TRIM_THRESHOLD, 1 << 30))
    except (OSError, AttributeError):
        return False


def _render(job: PhotoJob) -> Outcome:
    try:
        return render_photo(job)
    except PhotoError as e:
        return e
    except Exception as e:  # a codec failure inside Pillow: name the photo, go on
        return PhotoError(f"could not be processed ({type(e).__name__}: {e})")
