"""Render many photos on every core, streaming results back in completion order.

Workers return encoded bytes (:class:`PhotoResult`); at most ``2 x workers``
photos are in flight, so memory does not grow with the number of photos.
Leaving the generator early (an error, Ctrl-C) cancels what is queued and
terminates the workers.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections.abc import Generator, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool

from kiosk.build.images import PhotoError, PhotoJob, PhotoResult, render_photo

Outcome = PhotoResult | PhotoError


class WorkerDied(Exception):
    """A worker process vanished (killed, usually for lack of memory)."""


def default_workers() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (
        os.cpu_count() or 1)


def render_photos(jobs: Sequence[PhotoJob], workers: int = 0
                  ) -> Generator[tuple[PhotoJob, Outcome]]:
    """Each job with its result or its :class:`PhotoError`, as they finish."""
    workers = min(workers or default_workers(), len(jobs))
    if workers <= 1:
        for job in jobs:
            yield job, _render_here(job)
        return
    # forkserver: workers start from a clean process, not a fork of this one
    # with its threads and open database.
    pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("forkserver"),
                               initializer=_ignore_sigint)
    finished = False
    try:
        yield from _stream(pool, jobs, 2 * workers)
        finished = True
    finally:
        if finished:
            pool.shutdown(wait=True)
        else:
            _terminate(pool)


def _ignore_sigint() -> None:
    # Ctrl-C reaches the whole process group; the parent alone decides to stop.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _render_here(job: PhotoJob) -> Outcome:
    try:
        return render_photo(job)
    except PhotoError as e:
        return e


def _stream(pool: ProcessPoolExecutor, jobs: Sequence[PhotoJob], window: int
            ) -> Iterator[tuple[PhotoJob, Outcome]]:
    queue = iter(jobs)
    running: dict[Future[PhotoResult], PhotoJob] = {}

    def refill() -> None:
        while len(running) < window:
            job = next(queue, None)
            if job is None:
                return
            running[pool.submit(render_photo, job)] = job

    refill()
    while running:
        done, _ = wait(running, return_when=FIRST_COMPLETED)
        for future in done:
            job = running.pop(future)
            yield job, _outcome(future)
        refill()


def _outcome(future: Future[PhotoResult]) -> Outcome:
    try:
        return future.result()
    except PhotoError as e:
        return e
    except BrokenProcessPool:
        raise WorkerDied("a worker process died, probably for lack of memory; "
                         "try fewer jobs (-j 1)") from None
    except Exception as e:  # a bug or a codec failure inside Pillow: name the photo, go on
        return PhotoError(f"could not be processed ({type(e).__name__}: {e})")


def _terminate(pool: ProcessPoolExecutor) -> None:
    # Python 3.14 has terminate_workers(); before that the processes are private
    # (and shutdown() forgets them, so take them first).
    processes = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        if process.is_alive():
            process.terminate()
    for process in processes:
        process.join(timeout=5)
