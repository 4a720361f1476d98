"""Recording anonymous events and reading them back for staff.

One short session per call, so an :class:`Analytics` may be shared, but call
it from the app's single database worker (never the GUI thread): each write
is a small SQLite transaction with an fsync.
"""

from __future__ import annotations

import csv
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from alembic import command
from alembic.config import Config as AlembicConfig
from sqlalchemy import Engine, case, create_engine, delete, event, func, select
from sqlalchemy.orm import Session

from kiosk.station.analytics.models import Event, Kind

if TYPE_CHECKING:
    from kiosk.station.config import Config

#: Prune (retention and row cap) after this many writes, not on every one.
PRUNE_EVERY = 500
FILE_NAME = "analytics.sqlite3"
CSV_FIELDS = ("at", "kind", "visit", "exhibition", "language", "item", "seconds",
              "of_seconds", "detail")


def _utc_now() -> datetime:
    return datetime.now(UTC)


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest revision; safe on an empty or current file."""
    cfg = AlembicConfig()
    cfg.set_main_option("script_location", "kiosk.station:migrations")
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, "head")


def _pragmas(dbapi_con: Any, _record: Any) -> None:
    cur = dbapi_con.cursor()
    cur.execute("PRAGMA journal_mode = WAL")  # a power cut loses at most the last event
    cur.execute("PRAGMA synchronous = NORMAL")
    cur.execute("PRAGMA busy_timeout = 5000")
    cur.close()


@dataclass(frozen=True, slots=True)
class ItemStat:
    item: str
    views: int
    seconds: float


@dataclass(frozen=True, slots=True)
class TestimonyStat:
    item: str
    plays: int
    #: mean share of the recording heard, 0..1
    heard: float


@dataclass(frozen=True, slots=True)
class Summary:
    since: datetime
    visits: int
    median_visit_seconds: float
    languages: tuple[tuple[str, int], ...]
    items: tuple[ItemStat, ...]
    testimonies: tuple[TestimonyStat, ...]
    advisories_declined: int
    visits_per_day: tuple[tuple[str, int], ...]


class Analytics:
    def __init__(self, engine: Engine, *, retention_days: int = 90, max_rows: int = 200_000,
                 clock: Callable[[], datetime] = _utc_now) -> None:
        self.engine = engine
        self.retention_days = retention_days
        self.max_rows = max_rows
        self.clock = clock
        self._writes = 0

    @classmethod
    def open(cls, path: Path, **kw: Any) -> Analytics:
        path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(f"sqlite:///{path}")
        event.listen(engine, "connect", _pragmas)
        migrate(engine)
        db = cls(engine, **kw)
        db.prune()
        return db

    @classmethod
    def from_config(cls, config: Config, **kw: Any) -> Analytics:
        """The kiosk's own statistics file, with its retention settings."""
        return cls.open(config.data_dir / FILE_NAME,
                        retention_days=config.analytics_retention_days,
                        max_rows=config.analytics_max_rows, **kw)

    def close(self) -> None:
        self.engine.dispose()

    # -- recording ---------------------------------------------------------------
    def visit_started(self, exhibition: str, language: str) -> int:
        """A new visit; returns its random id for the events that follow."""
        visit = secrets.randbelow(2**31 - 1) + 1
        self._add(Kind.VISIT_START, visit, exhibition, language)
        return visit

    def visit_ended(self, visit: int, exhibition: str, language: str, seconds: float,
                    reason: str = "idle") -> None:
        self._add(Kind.VISIT_END, visit, exhibition, language, seconds=seconds, detail=reason)

    def item_viewed(self, visit: int, exhibition: str, language: str, item: str,
                    seconds: float) -> None:
        self._add(Kind.ITEM_VIEW, visit, exhibition, language, item=item, seconds=seconds)

    def testimony_played(self, visit: int, exhibition: str, language: str, item: str,
                         heard_seconds: float, duration_seconds: float) -> None:
        self._add(Kind.TESTIMONY_PLAY, visit, exhibition, language, item=item,
                  seconds=heard_seconds, of_seconds=duration_seconds)

    def advisory_declined(self, visit: int, exhibition: str, language: str,
                          where: str) -> None:
        """``where``: the advisory's scope and target, e.g. ``item:harbour``."""
        self._add(Kind.ADVISORY_DECLINED, visit, exhibition, language, item=where)

    def _add(self, kind: Kind, visit: int, exhibition: str, language: str, *, item: str = "",
             seconds: float = 0.0, of_seconds: float = 0.0, detail: str = "") -> None:
        at = self.clock().astimezone(UTC).replace(tzinfo=None, second=0, microsecond=0)
        with Session(self.engine) as s, s.begin():
            s.add(Event(at=at, kind=kind.value, visit=visit, exhibition=exhibition[:64],
                        language=language[:35], item=item[:128],
                        seconds=_clamp(seconds), of_seconds=_clamp(of_seconds),
                        detail=detail[:32]))
        self._writes += 1
        if self._writes % PRUNE_EVERY == 0:
            self.prune()

    # -- retention -----------------------------------------------------------------
    def prune(self) -> int:
        """Delete events older than the retention period, then the oldest beyond the cap."""
        cutoff = (self.clock().astimezone(UTC).replace(tzinfo=None)
                  - timedelta(days=self.retention_days))
        with Session(self.engine) as s, s.begin():
            removed = _rowcount(s.execute(delete(Event).where(Event.at < cutoff)))
            count = s.scalar(select(func.count()).select_from(Event)) or 0
            if count > self.max_rows:
                keep_from = s.scalar(select(Event.id).order_by(Event.id.desc())
                                     .offset(self.max_rows - 1).limit(1))
                if keep_from is not None:
                    removed += _rowcount(s.execute(delete(Event).where(Event.id < keep_from)))
        return int(removed)

    def count(self) -> int:
        with Session(self.engine) as s:
            return int(s.scalar(select(func.count()).select_from(Event)) or 0)

    # -- reading -----------------------------------------------------------------
    def _since(self, days: int) -> datetime:
        return (self.clock().astimezone(UTC).replace(tzinfo=None, second=0, microsecond=0)
                - timedelta(days=days))

    def summary(self, days: int = 30) -> Summary:
        """Aggregates computed in SQL, so memory stays flat however many rows there are."""
        since = self._since(days)
        recent = Event.at >= since

        def of(kind: Kind) -> Any:
            return (Event.kind == kind.value) & recent

        share = case((Event.of_seconds > 0,
                      func.min(1.0, Event.seconds / Event.of_seconds)), else_=0.0)
        with Session(self.engine) as s:
            visits = int(s.scalar(select(func.count()).where(of(Kind.VISIT_START))) or 0)
            ended = int(s.scalar(select(func.count()).where(of(Kind.VISIT_END))) or 0)
            median = s.scalar(select(Event.seconds).where(of(Kind.VISIT_END))
                              .order_by(Event.seconds).offset(ended // 2).limit(1)) or 0.0
            languages = s.execute(select(Event.language, func.count())
                                  .where(of(Kind.VISIT_START)).group_by(Event.language)
                                  .order_by(func.count().desc(), Event.language)).all()
            items = s.execute(select(Event.item, func.count(), func.sum(Event.seconds))
                              .where(of(Kind.ITEM_VIEW)).group_by(Event.item)
                              .order_by(func.count().desc(), Event.item)).all()
            plays = s.execute(select(Event.item, func.count(), func.avg(share))
                              .where(of(Kind.TESTIMONY_PLAY)).group_by(Event.item)
                              .order_by(func.count().desc(), Event.item)).all()
            declined = int(s.scalar(select(func.count())
                                    .where(of(Kind.ADVISORY_DECLINED))) or 0)
            day = func.date(Event.at)
            per_day = s.execute(select(day, func.count()).where(of(Kind.VISIT_START))
                                .group_by(day).order_by(day)).all()
        return Summary(
            since=since.replace(tzinfo=UTC), visits=visits, median_visit_seconds=float(median),
            languages=tuple((str(k), int(n)) for k, n in languages),
            items=tuple(ItemStat(str(k), int(n), float(t or 0)) for k, n, t in items),
            testimonies=tuple(TestimonyStat(str(k), int(n), float(h or 0)) for k, n, h in plays),
            advisories_declined=declined,
            visits_per_day=tuple((str(d), int(n)) for d, n in per_day),
        )

    def export_csv(self, out: TextIO, days: int = 30) -> int:
        """Every event since ``days`` ago as CSV; returns the number of rows."""
        writer = csv.writer(out)
        writer.writerow(CSV_FIELDS)
        n = 0
        with Session(self.engine) as s:
            for e in s.scalars(select(Event).where(Event.at >= self._since(days))
                               .order_by(Event.id).execution_options(yield_per=1000)):
                writer.writerow([e.at.isoformat() + "Z", e.kind, e.visit,
                                 *(_cell(v) for v in (e.exhibition, e.language, e.item)),
                                 f"{e.seconds:.1f}", f"{e.of_seconds:.1f}", _cell(e.detail)])
                n += 1
        return n


def _rowcount(result: Any) -> int:
    # DELETE returns a CursorResult, which the Session's typing does not say
    return int(getattr(result, "rowcount", 0) or 0)


def _clamp(seconds: float) -> float:
    if seconds != seconds:  # nan
        return 0.0
    return max(0.0, min(float(seconds), 86_400.0))


def _cell(text: str) -> str:
    """Spreadsheets run cells that start with = + - @ as formulas; slugs never need that."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def format_summary(summary: Summary) -> str:
    lines = [f"Since {summary.since:%Y-%m-%d %H:%M} UTC: {summary.visits} visits, "
             f"median {summary.median_visit_seconds:.0f} s."]
    if summary.languages:
        lines.append("Languages: " + ", ".join(f"{k or '?'} {n}" for k, n in summary.languages))
    for stat in summary.items[:10]:
        lines.append(f"  {stat.item}: {stat.views} views, {stat.seconds / 60:.1f} min in all")
    for t in summary.testimonies[:10]:
        lines.append(f"  testimony {t.item}: {t.plays} plays, {t.heard:.0%} heard on average")
    lines.append(f"Content warnings declined: {summary.advisories_declined}")
    return "\n".join(lines)
