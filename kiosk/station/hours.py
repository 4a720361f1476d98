"""Opening hours: is the kiosk open now, and when does that change?

Times are local wall-clock times from an injected clock. A kiosk without a
real-time-clock battery boots believing it is 1970 (or the image's build
date) until NTP answers; such a clock cannot be trusted, so the schedule
reports *open* (:data:`CLOCK_FLOOR`): a lit kiosk out of hours costs power,
a dark kiosk in opening hours costs visitors.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_LONG = {d: i for i, d in enumerate(("monday", "tuesday", "wednesday", "thursday", "friday",
                                     "saturday", "sunday"))}
#: Any clock reading before this is "not set yet" (no RTC, no NTP).
CLOCK_FLOOR = datetime(2024, 1, 1)
_RANGE = re.compile(r"(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})")
_DAY = 24 * 60
#: The staff panel moves opening and closing times by this many minutes.
STEP_MINUTES = 15

Interval = tuple[int, int]  # minutes since midnight, [start, end)
Edge = Literal["opens", "closes"]


class HoursError(ValueError):
    pass


def day_index(name: str) -> int | None:
    name = name.strip().lower()
    if name in DAYS:
        return DAYS.index(name)
    return _LONG.get(name)


def parse_day(text: str) -> tuple[Interval, ...]:
    """``"09:00-17:00"``, ``"10:00-13:00, 14:00-18:00"``, ``"closed"`` or ``"open"``."""
    text = text.strip().lower()
    if text == "closed":
        return ()
    if text in ("open", "00:00-24:00"):
        return ((0, _DAY),)
    out: list[Interval] = []
    for part in text.split(","):
        m = _RANGE.fullmatch(part.strip())
        if m is None:
            raise HoursError(f"{part.strip()!r} is not a time range like 09:00-17:00 "
                             "(or 'closed')")
        h1, m1, h2, m2 = (int(g) for g in m.groups())
        start, end = h1 * 60 + m1, h2 * 60 + m2
        if m1 > 59 or m2 > 59 or start >= _DAY or end > _DAY:
            raise HoursError(f"{part.strip()!r} has an impossible time")
        if end <= start:
            raise HoursError(f"{part.strip()!r} ends before it starts (ranges cannot "
                             "cross midnight; write 22:00-24:00 and 00:00-02:00)")
        out.append((start, end))
    out.sort()
    for (_, a_end), (b_start, _) in itertools.pairwise(out):
        if b_start < a_end:
            raise HoursError(f"{text!r} has overlapping ranges")
    return tuple(out)


def format_time(minute: int) -> str:
    """``540`` → ``"09:00"``; the end of the day is ``"24:00"``."""
    return f"{minute // 60:02d}:{minute % 60:02d}"


def format_day(intervals: tuple[Interval, ...]) -> str:
    if not intervals:
        return "closed"
    return ", ".join(f"{format_time(a)}-{format_time(b)}" for a, b in intervals)


def step_time(minute: int, direction: int, step: int = STEP_MINUTES) -> int:
    """The next multiple of ``step`` after (``direction`` > 0) or before ``minute``.

    A time set off the grid in kiosk.toml (09:10) snaps to it (09:15 or 09:00)."""
    if direction > 0:
        return (minute // step + 1) * step
    return (minute - 1) // step * step


@dataclass(frozen=True, slots=True)
class WeekSchedule:
    """Seven days, Monday first; each a tuple of open intervals."""

    days: tuple[tuple[Interval, ...], ...] = ((((0, _DAY),),) * 7)

    @classmethod
    def always_open(cls) -> WeekSchedule:
        return cls()

    def clock_trusted(self, now: datetime) -> bool:
        return now.replace(tzinfo=None) >= CLOCK_FLOOR

    def is_open(self, now: datetime) -> bool:
        if not self.clock_trusted(now):
            return True
        minute = now.hour * 60 + now.minute
        return any(a <= minute < b for a, b in self.days[now.weekday()])

    def next_change(self, now: datetime) -> datetime | None:
        """When :meth:`is_open` next flips, or None if it never does (or the clock is bad)."""
        if not self.clock_trusted(now):
            return None
        state = self.is_open(now)
        midnight = now.replace(hour=0, minute=0, second=0, microsecond=0)
        for offset in range(8):
            day = midnight + timedelta(days=offset)
            for minute in sorted({t for iv in self.days[day.weekday()] for t in iv}):
                at = day + timedelta(minutes=minute)
                if at > now and self.is_open(at) != state:
                    return at
            # the day boundary itself may flip (open until 24:00, closed next day)
            nxt = day + timedelta(days=1)
            if nxt > now and self.is_open(nxt) != state:
                return nxt
        return None

    def describe(self) -> dict[str, str]:
        return {d: format_day(iv) for d, iv in zip(DAYS, self.days, strict=True)}

    @property
    def is_always_open(self) -> bool:
        return all(day == ((0, _DAY),) for day in self.days)

    def __str__(self) -> str:
        if self.is_always_open:
            return "open all day, every day"
        return "; ".join(f"{d} {v}" for d, v in self.describe().items())

    def with_day(self, index: int, intervals: tuple[Interval, ...]) -> WeekSchedule:
        days = list(self.days)
        days[index] = tuple(intervals)
        return WeekSchedule(tuple(days))

    def stepped(self, index: int, edge: Edge, direction: int,
                step: int = STEP_MINUTES) -> WeekSchedule:
        """Day ``index``'s opening or closing time one ``step`` later (``direction`` > 0)
        or earlier; the day stays at least one step long, within 00:00-24:00.

        Only a day with one interval has an opening and a closing time to move: any
        other day, and a step past those limits, gives the schedule unchanged.
        """
        if len(self.days[index]) != 1:
            return self
        (start, end), = self.days[index]
        if edge == "opens":
            start = step_time(start, direction, step)
            if not 0 <= start <= end - step:
                return self
        else:
            end = step_time(end, direction, step)
            if not start + step <= end <= _DAY:
                return self
        return self.with_day(index, ((start, end),))


class Hours:
    """The schedule plus the clock it is read with (injected in tests)."""

    def __init__(self, schedule: WeekSchedule,
                 clock: Callable[[], datetime] = datetime.now) -> None:
        self.schedule = schedule
        self.clock = clock

    def is_open(self) -> bool:
        return self.schedule.is_open(self.clock())

    def next_change(self) -> datetime | None:
        return self.schedule.next_change(self.clock())

    def clock_trusted(self) -> bool:
        return self.schedule.clock_trusted(self.clock())
