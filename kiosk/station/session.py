"""The visitor session: attract → language → browsing → warning → reset.

Plain Python, no Qt, no threads: the UI feeds it touches and ticks it with a
timer; tests drive it with a fake clock. Whatever the visitor chose lives in
the UI, which forgets it when :attr:`Session.on_reset` fires.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import StrEnum

Clock = Callable[[], float]

#: WCAG 2.2.1 (Timing Adjustable) wants at least 20 s to answer a warning.
MIN_WARNING_S = 20.0
DEFAULT_IDLE_S = 90.0
DEFAULT_WARNING_S = 30.0


class State(StrEnum):
    ATTRACT = "attract"
    LANGUAGE = "language"
    BROWSING = "browsing"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Timing:
    """How long a visitor may be still before the warning, and how long it shows."""

    idle_s: float = DEFAULT_IDLE_S
    warning_s: float = DEFAULT_WARNING_S

    def __post_init__(self) -> None:
        if self.idle_s <= 0:
            raise ValueError("idle time must be positive")
        if self.warning_s < MIN_WARNING_S:
            raise ValueError(f"the idle warning must last at least {MIN_WARNING_S:g} s")


class Session:
    """One visitor at a time. Not thread-safe: call it from one thread.

    ``on_change(old, new)`` fires on every state change; ``on_reset()`` fires
    when a visitor is considered gone (before the change back to attract).
    """

    def __init__(self, *, languages: int, timing: Timing | None = None,
                 clock: Clock = time.monotonic) -> None:
        self.timing = timing or Timing()
        self._clock = clock
        self._multilingual = languages > 1
        self._state = State.ATTRACT
        self._resume = State.BROWSING
        self._last_touch = clock()
        self._warned_at = 0.0
        self.on_change: Callable[[State, State], None] | None = None
        self.on_reset: Callable[[], None] | None = None

    @property
    def state(self) -> State:
        return self._state

    def remaining_s(self) -> float:
        """Seconds left on the warning countdown (0 outside the warning)."""
        if self._state is not State.WARNING:
            return 0.0
        return max(0.0, self.timing.warning_s - (self._clock() - self._warned_at))

    def idle_s(self) -> float:
        return self._clock() - self._last_touch

    def set_idle_timeout(self, seconds: float) -> None:
        """Staff chose a new idle time: it counts from the last touch, at the next tick.

        A warning already showing runs its course; a visitor who has been still
        for longer than the new time is warned at the next tick.
        """
        self.timing = replace(self.timing, idle_s=float(seconds))

    # -- inputs ------------------------------------------------------------
    def touch(self) -> None:
        """Any touch or press anywhere on the screen."""
        self._last_touch = self._clock()
        if self._state is State.ATTRACT:
            self._go(State.LANGUAGE if self._multilingual else State.BROWSING)
        elif self._state is State.WARNING:
            self._go(self._resume)

    def language_chosen(self) -> None:
        self._last_touch = self._clock()
        if self._state in (State.LANGUAGE, State.WARNING):
            self._go(State.BROWSING)

    def choose_language_again(self) -> None:
        """The visitor asked for the language screen from within the exhibition."""
        self._last_touch = self._clock()
        if self._state is State.BROWSING and self._multilingual:
            self._go(State.LANGUAGE)

    def tick(self) -> None:
        """Advance by the clock; call it a few times a second."""
        now = self._clock()
        if self._state in (State.LANGUAGE, State.BROWSING):
            if now - self._last_touch >= self.timing.idle_s:
                self._resume = self._state
                self._warned_at = now
                self._go(State.WARNING)
        elif self._state is State.WARNING and now - self._warned_at >= self.timing.warning_s:
            self.reset()

    def reset(self) -> None:
        """Forget the visitor and return to the attract loop."""
        self._resume = State.BROWSING
        if self.on_reset is not None:
            self.on_reset()
        self._go(State.ATTRACT)

    def _go(self, new: State) -> None:
        old, self._state = self._state, new
        if old is not new and self.on_change is not None:
            self.on_change(old, new)


class ManualClock:
    """A clock that only moves when told to: tests, previews, soak runs."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds
