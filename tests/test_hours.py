"""Opening hours with an injected clock, and a clock that is wrong."""

from __future__ import annotations

from datetime import datetime

import pytest

from kiosk.station.hours import (
    Hours,
    HoursError,
    WeekSchedule,
    format_day,
    parse_day,
    step_time,
)

# 2026-11-23 is a Monday
MON = datetime(2026, 11, 23)


def week(**days: str) -> WeekSchedule:
    names = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
    return WeekSchedule(tuple(parse_day(days.get(d, "closed")) for d in names))


def at(day: int, hh: int, mm: int = 0) -> datetime:
    return MON.replace(day=23 + day, hour=hh, minute=mm)


def test_parse_and_format() -> None:
    assert parse_day("09:00-17:00") == ((540, 1020),)
    assert parse_day(" closed ") == ()
    assert parse_day("open") == ((0, 1440),)
    assert parse_day("14:00-18:00, 9:30-12:00") == ((570, 720), (840, 1080))
    assert format_day(parse_day("09:00-17:00,18:00-24:00")) == "09:00-17:00, 18:00-24:00"


@pytest.mark.parametrize("bad", ["9-5", "17:00-09:00", "09:00-25:00", "09:60-10:00",
                                 "09:00-12:00,11:00-13:00", "", "always"])
def test_parse_errors(bad: str) -> None:
    with pytest.raises(HoursError):
        parse_day(bad)


def test_is_open_and_next_change() -> None:
    s = week(mon="09:00-17:00", tue="10:00-12:00, 13:00-16:00", sat="closed")
    assert not s.is_open(at(0, 8, 59)) and s.is_open(at(0, 9)) and not s.is_open(at(0, 17))
    assert s.next_change(at(0, 8)) == at(0, 9)
    assert s.next_change(at(0, 9)) == at(0, 17)
    assert s.next_change(at(0, 18)) == at(1, 10)  # overnight to Tuesday
    assert s.next_change(at(1, 12, 30)) == at(1, 13)
    assert s.next_change(at(1, 16)) == MON.replace(day=30, hour=9)  # a week later


def test_open_until_midnight_then_closed() -> None:
    s = week(fri="18:00-24:00")
    fri = 4
    assert s.is_open(at(fri, 23, 59))
    assert s.next_change(at(fri, 20)) == at(fri + 1, 0)


def test_always_and_never() -> None:
    assert WeekSchedule.always_open().next_change(MON) is None
    assert WeekSchedule.always_open().is_open(at(2, 3))
    never = week()
    assert not never.is_open(at(3, 12)) and never.next_change(at(3, 12)) is None


def test_wrong_clock_means_open() -> None:
    s = week()  # closed every day
    hours = Hours(s, clock=lambda: datetime(1970, 1, 1, 0, 0, 12))
    assert hours.is_open() and not hours.clock_trusted() and hours.next_change() is None
    hours.clock = lambda: at(0, 12)
    assert not hours.is_open() and hours.clock_trusted()


def test_steps_snap_to_the_quarter_hour() -> None:
    assert [step_time(540, 1), step_time(540, -1)] == [555, 525]
    assert [step_time(550, 1), step_time(550, -1)] == [555, 540]  # 09:10 → 09:15 or 09:00
    assert step_time(0, -1) == -15 and step_time(1440, 1) == 1455  # the caller bounds them


def test_stepping_a_day_keeps_it_at_least_one_step_long_within_the_day() -> None:
    s = week(mon="09:00-17:00", tue="00:00-00:15", wed="10:00-13:00, 14:00-18:00")
    assert s.stepped(0, "opens", -1).days[0] == ((525, 1020),)
    assert s.stepped(0, "closes", 1).days[0] == ((540, 1035),)
    assert s.stepped(0, "opens", 1).days[1:] == s.days[1:]  # other days untouched
    assert s.stepped(1, "opens", -1) == s  # not before 00:00
    assert s.stepped(1, "opens", 1) == s  # would leave nothing open
    assert s.stepped(1, "closes", -1) == s
    late = week(mon="23:45-24:00")
    assert late.stepped(0, "closes", 1) == late  # not past 24:00
    assert late.stepped(0, "opens", -1).days[0] == ((1410, 1440),)
    assert s.stepped(2, "opens", 1) == s  # several intervals: nothing to step
    assert s.stepped(6, "opens", 1) == s  # closed all day


def test_a_schedule_says_what_it_is() -> None:
    assert str(WeekSchedule.always_open()) == "open all day, every day"
    assert WeekSchedule.always_open().is_always_open and not week().is_always_open
    assert str(week(mon="09:00-17:00")).startswith("mon 09:00-17:00; tue closed;")
    assert week().with_day(3, ((600, 660),)).days[3] == ((600, 660),)
