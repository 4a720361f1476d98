"""Visitor actions become anonymous statistics (no Qt, manual clock)."""

from __future__ import annotations

from typing import Any

from kiosk.ui.visits import VisitRecorder


class Hooks:
    def __init__(self) -> None:
        self.calls: list[tuple[str, tuple[Any, ...]]] = []

    def __getattr__(self, name: str) -> Any:
        return lambda *args: self.calls.append((name, args))


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_a_visit_from_first_touch_to_reset() -> None:
    hooks, clock = Hooks(), Clock()
    rec = VisitRecorder(hooks, "demo", clock)  # type: ignore[arg-type]
    rec.screen_changed("attract", "en")
    assert hooks.calls == []
    rec.screen_changed("language", "en")
    rec.language_changed("ur")
    rec.screen_changed("slideshow", "ur")
    rec.item_shown("harbour")
    clock.now += 12
    rec.item_shown("market")
    clock.now += 3
    rec.advisory_declined("item:wounded")
    rec.testimony_left("market", 42_000, 90_000)
    clock.now += 5
    rec.screen_changed("attract", "en")
    assert hooks.calls == [
        ("visit_started", ("demo", "en")),
        ("language_chosen", ("ur",)),
        ("item_viewed", ("harbour", 12.0)),
        ("advisory_declined", ("item:wounded",)),
        ("testimony_played", ("market", 42.0, 90.0)),
        ("item_viewed", ("market", 8.0)),
        ("visit_ended", (20.0, "idle")),
    ]


def test_nothing_is_recorded_outside_a_visit() -> None:
    hooks = Hooks()
    rec = VisitRecorder(hooks, "demo", Clock())  # type: ignore[arg-type]
    rec.item_shown("x")
    rec.advisory_declined("section:s")
    rec.testimony_left("x", 1000, 2000)
    assert hooks.calls == []
