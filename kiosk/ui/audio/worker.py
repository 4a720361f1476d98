"""Run package reads off the GUI thread; hand results back with a request id.

The GUI thread never runs a query (DESIGN.md, Threads). Each owner keeps one
:class:`Worker`; a newer request makes older results stale, and the owner
drops them. ``synchronous=True`` runs the job inline, for tests.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal

log = logging.getLogger(__name__)


class Worker(QObject):
    """Runs one job at a time on the global thread pool (latest request wins)."""

    #: (request id, result or the exception raised). Emitted on a pool thread,
    #: delivered to the owner on the thread this object lives in (the GUI thread).
    done = Signal(int, object)

    def __init__(self, parent: QObject | None = None, *, synchronous: bool = False) -> None:
        super().__init__(parent)
        self.synchronous = synchronous
        self._request = 0

    @property
    def request(self) -> int:
        """Id of the latest request; results carrying another id are stale."""
        return self._request

    def cancel(self) -> None:
        """Make every pending result stale."""
        self._request += 1

    def submit(self, job: Callable[[], Any]) -> int:
        self._request += 1
        request = self._request
        if self.synchronous:
            self.done.emit(request, _call(job))
        else:
            QThreadPool.globalInstance().start(lambda: self._finish(request, _call(job)))
        return request

    def _finish(self, request: int, result: Any) -> None:
        """On a pool thread: hand the result over (queued to the owner's thread)."""
        try:
            self.done.emit(request, result)
        except RuntimeError:  # the owner was deleted while the job ran
            log.debug("dropping result %d: worker deleted", request)
            close = getattr(result[1], "close", None) if isinstance(result, tuple) else None
            if close is not None:
                close()  # a blob stream nobody will read: free its connection


def _call(job: Callable[[], Any]) -> Any:
    try:
        return job()
    except Exception as e:  # handed to the GUI thread, which shows and logs it
        return e
