"""Anonymous analytics: migrations from empty, events, summary, retention, CSV."""

from __future__ import annotations

import csv
import io
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.station.analytics import Analytics, Kind, store


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 20, 10, 30, 42, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def db(tmp_path: Path, clock: Clock) -> Iterator[Analytics]:
    a = Analytics.open(tmp_path / "analytics.sqlite3", clock=clock, retention_days=30,
                       max_rows=1000)
    yield a
    a.close()


def test_migration_from_empty(tmp_path: Path) -> None:
    path = tmp_path / "a.sqlite3"
    Analytics.open(path).close()
    con = sqlite3.connect(path)
    assert con.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001",)]
    cols = [r[1] for r in con.execute("PRAGMA table_info(event)")]
    assert cols == ["id", "at", "kind", "visit", "exhibition", "language", "item", "seconds",
                    "of_seconds", "detail"]
    con.close()
    Analytics.open(path).close()  # a second start finds the schema current


def test_summary(db: Analytics, clock: Clock) -> None:
    for lang, length in (("en", 60.0), ("ur", 200.0), ("en", 100.0)):
        v = db.visit_started("harbour", lang)
        db.item_viewed(v, "harbour", lang, "boats", 12.5)
        db.testimony_played(v, "harbour", lang, "voice-1", 30.0, 120.0)
        db.visit_ended(v, "harbour", lang, length)
    db.item_viewed(1, "harbour", "en", "quay", 3.0)
    db.testimony_played(1, "harbour", "en", "voice-1", 500.0, 120.0)  # heard twice: capped
    db.advisory_declined(1, "harbour", "en", "section:war")
    s = db.summary(days=7)
    assert s.visits == 3 and s.median_visit_seconds == 100.0
    assert s.languages == (("en", 2), ("ur", 1))
    assert [(i.item, i.views, i.seconds) for i in s.items] == [("boats", 3, 37.5),
                                                               ("quay", 1, 3.0)]
    (t,) = s.testimonies
    assert t.plays == 4 and t.heard == pytest.approx((0.25 * 3 + 1.0) / 4)
    assert s.advisories_declined == 1
    assert s.visits_per_day == (("2026-11-20", 3),)


def test_times_are_rounded_and_nothing_personal(db: Analytics, tmp_path: Path) -> None:
    db.visit_started("harbour", "en")
    con = sqlite3.connect(tmp_path / "analytics.sqlite3")
    (at,) = con.execute("SELECT at FROM event").fetchone()
    con.close()
    assert at.startswith("2026-11-20 10:30:00")


def test_retention_by_age_and_row_cap(db: Analytics, clock: Clock,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    db.visit_started("old", "en")
    clock.now += timedelta(days=31)
    db.visit_started("new", "en")
    assert db.prune() == 1 and db.count() == 1
    db.max_rows = 40
    monkeypatch.setattr(store, "PRUNE_EVERY", 25)
    for _ in range(110):
        db.item_viewed(5, "new", "en", "x", 1.0)
    assert db.count() <= 40 + 25  # pruned on the way, every PRUNE_EVERY writes ...
    db.prune()
    assert db.count() == 40  # ... and exactly at the cap after a prune


def test_csv_export(db: Analytics) -> None:
    v = db.visit_started("harbour", "en")
    db.item_viewed(v, "harbour", "en", "=HYPERLINK(1)", 4.0)
    out = io.StringIO()
    assert db.export_csv(out) == 2
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert rows[0]["kind"] == Kind.VISIT_START and rows[0]["at"] == "2026-11-20T10:30:00Z"
    assert rows[1]["item"] == "'=HYPERLINK(1)" and rows[1]["seconds"] == "4.0"


def test_hostile_values_are_clamped(db: Analytics) -> None:
    db.item_viewed(1, "x" * 500, "en", "y" * 500, float("nan"))
    db.testimony_played(1, "x", "en", "t", 1e300, -5)
    s = db.summary()
    assert s.items[0].seconds == 0.0 and s.testimonies[0].heard == 0.0


def test_cli_stats(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cfg = tmp_path / "kiosk.toml"
    cfg.write_text(f'data_dir = "{tmp_path / "data"}"\n')
    db = Analytics.open(tmp_path / "data" / "analytics.sqlite3")
    db.visit_started("harbour", "az-Latn")
    db.close()
    assert main(["stats", "--config", str(cfg)]) == 0
    assert "1 visits" in capsys.readouterr().out
    assert main(["stats", "--csv", "--config", str(cfg)]) == 0
    assert "visit_start" in capsys.readouterr().out
