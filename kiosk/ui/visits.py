"""Turns what the visitor does into the station's anonymous statistics.

Plain Python with an injected clock: the composition root feeds it screen,
slide and language changes from the bridge (GUI thread) and it calls the
runtime's statistics hooks, which queue each write on the stats worker.
Nothing personal is recorded: which exhibition, language, item and how long.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Protocol


class StatsHooks(Protocol):
    def visit_started(self, exhibition: str, language: str) -> None: ...
    def language_chosen(self, language: str) -> None: ...
    def visit_ended(self, seconds: float, reason: str = "idle") -> None: ...
    def item_viewed(self, item: str, seconds: float) -> None: ...
    def testimony_played(self, item: str, heard_seconds: float,
                         duration_seconds: float) -> None: ...
    def advisory_declined(self, where: str) -> None: ...


class VisitRecorder:
    """One visit lasts from the first touch on the attract loop to the reset."""

    def __init__(self, hooks: StatsHooks, exhibition: str,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._hooks = hooks
        self._exhibition = exhibition
        self._clock = clock
        self._visit_started: float | None = None
        self._language = ""
        self._item = ""
        self._item_since = 0.0

    @property
    def in_visit(self) -> bool:
        return self._visit_started is not None

    def screen_changed(self, screen: str, language: str) -> None:
        now = self._clock()
        if screen == "attract":
            if self._visit_started is not None:
                self._end_item(now)
                self._hooks.visit_ended(now - self._visit_started, "idle")
                self._visit_started = None
            return
        if self._visit_started is None:
            self._visit_started = now
            self._language = language
            self._hooks.visit_started(self._exhibition, language)
        if screen not in ("slideshow", "testimony", "reading"):
            self._end_item(now)

    def language_changed(self, language: str) -> None:
        if self.in_visit and language and language != self._language:
            self._language = language
            self._hooks.language_chosen(language)

    def item_shown(self, slug: str) -> None:
        """The visitor now looks at item ``slug`` (slideshow or its testimony)."""
        if not self.in_visit or slug == self._item:
            return
        now = self._clock()
        self._end_item(now)
        self._item, self._item_since = slug, now

    def testimony_left(self, slug: str, heard_ms: int, duration_ms: int) -> None:
        if self.in_visit and slug and heard_ms > 0:
            self._hooks.testimony_played(slug, heard_ms / 1000, duration_ms / 1000)

    def advisory_declined(self, where: str) -> None:
        if self.in_visit:
            self._hooks.advisory_declined(where)

    def _end_item(self, now: float) -> None:
        if self._item:
            self._hooks.item_viewed(self._item, max(0.0, now - self._item_since))
            self._item = ""
