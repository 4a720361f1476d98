"""The visitor session state machine, without Qt: a manual clock drives it."""

from __future__ import annotations

import pytest

from kiosk.station.session import ManualClock, Session, State, Timing


def make(languages: int = 3, idle: float = 90, warn: float = 30) -> tuple[Session, ManualClock,
                                                                            list[str]]:
    clock = ManualClock()
    session = Session(languages=languages, timing=Timing(idle, warn), clock=clock)
    events: list[str] = []
    session.on_change = lambda old, new: events.append(f"{old}->{new}")
    session.on_reset = lambda: events.append("reset")
    return session, clock, events


def test_first_touch_asks_for_a_language_when_there_are_several() -> None:
    session, _, events = make()
    assert session.state is State.ATTRACT
    session.touch()
    assert session.state is State.LANGUAGE
    session.language_chosen()
    assert session.state is State.BROWSING
    assert events == ["attract->language", "language->browsing"]


def test_one_language_goes_straight_to_browsing() -> None:
    session, _, _ = make(languages=1)
    session.touch()
    assert session.state is State.BROWSING


def test_idle_warns_then_resets_and_forgets() -> None:
    session, clock, events = make()
    session.touch()
    session.language_chosen()
    clock.advance(89.9)
    session.tick()
    assert session.state is State.BROWSING
    clock.advance(0.2)
    session.tick()
    assert session.state is State.WARNING
    assert session.remaining_s() == pytest.approx(30)
    clock.advance(29.5)
    session.tick()
    assert session.state is State.WARNING
    assert 0 < session.remaining_s() <= 0.5
    clock.advance(0.5)
    session.tick()
    assert session.state is State.ATTRACT
    assert events[-2:] == ["reset", "warning->attract"]


def test_touch_during_the_warning_continues_where_the_visitor_was() -> None:
    session, clock, _ = make()
    session.touch()  # language screen
    clock.advance(90)
    session.tick()
    assert session.state is State.WARNING
    session.touch()
    assert session.state is State.LANGUAGE
    clock.advance(89)
    session.tick()
    assert session.state is State.LANGUAGE, "the touch restarted the idle time"


def test_touches_keep_the_visitor_and_the_attract_loop_never_warns() -> None:
    session, clock, _ = make()
    for _ in range(10):
        clock.advance(1000)
        session.tick()
        assert session.state is State.ATTRACT
    session.touch()
    session.language_chosen()
    for _ in range(20):
        clock.advance(60)
        session.touch()
        session.tick()
    assert session.state is State.BROWSING


def test_warning_lasts_at_least_twenty_seconds() -> None:
    with pytest.raises(ValueError):
        Timing(idle_s=90, warning_s=10)
    with pytest.raises(ValueError):
        Timing(idle_s=0)


def test_choose_language_again_from_browsing() -> None:
    session, _, _ = make()
    session.touch()
    session.language_chosen()
    session.choose_language_again()
    assert session.state is State.LANGUAGE
    single, _, _ = make(languages=1)
    single.touch()
    single.choose_language_again()
    assert single.state is State.BROWSING
