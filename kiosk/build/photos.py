"""Render many photos on every core, streaming results back as they finish.

Each worker process has its own pipe and one photo at a time, so memory does
not grow with the number of photos and the parent can stop the workers at
any moment (Ctrl-C, an error) without leaving a shared queue half-written —
the reason this is not a ``ProcessPoolExecutor``, whose worker termination
can wedge its manager thread.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import multiprocessing
import os
import signal
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
    finished = False
    try:
        for _ in range(workers):
            mine, theirs = ctx.Pipe()
            process = ctx.Process(target=_serve, args=(theirs,), daemon=True)
            process.start()
            theirs.close()
            pool[mine] = process
        yield from _stream(pool, iter(jobs))
        finished = True
    finally:
        _stop(pool, gently=finished)


def _stream(pool: dict[Connection, BaseProcess], jobs: Iterator[PhotoJob]
            ) -> Generator[tuple[PhotoJob, Outcome]]:
    busy: dict[Connection, PhotoJob] = {}

    def give(conn: Connection) -> None:
        job = next(jobs, None)
        if job is not None:
            try:
                conn.send(job)
            except OSError:
                raise WorkerDied(_DIED) from None
            busy[conn] = job

    for first in pool:
        give(first)
    while busy:
        # A process sentinel wakes us when a worker dies without answering.
        sentinels = {pool[c].sentinel: c for c in busy}
        waitables: list[Connection | int] = [*busy, *sentinels]
        for ready in wait(waitables):
            found = sentinels.get(ready) if isinstance(ready, int) else ready
            if not isinstance(found, Connection) or found not in busy:
                continue
            conn: Connection = found
            try:
                outcome: Outcome = conn.recv()
            except (EOFError, OSError):
                raise WorkerDied(_DIED) from None
            job = busy.pop(conn)
            give(conn)  # keep the worker busy while this process writes
            yield job, outcome


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
