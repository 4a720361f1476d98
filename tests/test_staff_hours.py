"""Opening hours on the staff panel: set by touch, applied to the station at once, kept."""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QPointingDevice
from PySide6.QtQuick import QQuickItem, QQuickWindow
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from staff_support import (
    FakeAnalytics,
    FakeInstaller,
    all_items,
    is_a,
    scene_rect,
    shown,
    still,
    swipe_into_view,
    tap_item,
)

from kiosk.station.config import Config, load_config, staff_settings_file
from kiosk.station.hours import Hours, WeekSchedule, parse_day
from kiosk.station.pin import PinGate
from kiosk.ui.app import compose_empty, wire_station
from kiosk.ui.lockdown import Lockdown
from kiosk.ui.runtime import StationRuntime, StatsQueue, Worker
from kiosk.ui.staff import StaffController

#: Set to a folder to keep the screenshots (they are always taken and checked).
SHOTS_ENV = "KIOSK_SCREENSHOTS"
#: Closed Monday and Sunday; two periods on Saturday.
WEEK = WeekSchedule(tuple(parse_day(d) for d in (
    "closed", "09:00-17:00", "09:00-17:00", "09:00-20:00", "09:00-17:00",
    "10:00-13:00, 14:00-18:00", "closed")))
TUESDAY_0830 = datetime(2026, 11, 24, 8, 30)  # before Tuesday's opening at 09:00
#: Theme.touch at 1080p (it scales with the short side): the smallest touch target.
TOUCH = 64


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def make_controller(config: Config, tmp_path: Path) -> StaffController:
    """Windowed and without a PIN, so the panel opens at once (the PIN pad is tested
    in test_staff.py)."""
    return StaffController(config, FakeInstaller(tmp_path / "data"),
                           StatsQueue(FakeAnalytics(), Worker("stats")),
                           PinGate("", config.data_dir / "pin-state.json"), windowed=True)


def close_controller(staff: StaffController) -> None:
    staff.shutdown()
    assert staff.stats is not None
    staff.stats.close()


@dataclass
class Station:
    window: QQuickWindow
    staff: StaffController
    runtime: StationRuntime
    clock: Clock
    touch: QPointingDevice
    #: QML warnings (binding loops, type errors) from the moment staff mode opened.
    warnings: list[str]

    def tap(self, name: str) -> None:
        tap_item(self.window, name, self.touch)


@contextmanager
def station(tmp_path: Path, *, language: str = "en", size: tuple[int, int] = (1920, 1080),
            config: Config | None = None) -> Iterator[Station]:
    """The kiosk's window with staff mode open, wired to a station read with a fake clock."""
    config = config or Config(data_dir=tmp_path / "data", open_hours=WEEK)
    clock = Clock(TUESDAY_0830)
    runtime = StationRuntime(config, Hours(config.open_hours, clock), watchdog_s=None,
                             synchronous=True)
    staff = make_controller(config, tmp_path)
    empty = compose_empty(language=language, staff_available=True, size=size,
                          animations=False, staff=staff)
    wire_station(runtime, staff, Lockdown(), lambda code: None, lambda path: None)
    warnings: list[str] = []
    empty.engine.warnings.connect(lambda ws: warnings.extend(w.toString() for w in ws))
    runtime.start()
    try:
        staff.requestOpen()
        assert staff.state == "open"
        yield Station(empty.window, staff, runtime, clock, QTest.createTouchDevice(), warnings)
    finally:
        runtime.stop()
        close_controller(staff)
        empty.close()


def save(window: QQuickWindow, tmp_path: Path, name: str) -> None:
    QTest.qWait(50)
    image = window.grabWindow()
    assert (image.width(), image.height()) == (window.width(), window.height())
    folder = Path(os.environ.get(SHOTS_ENV, tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    assert image.save(str(folder / name))
    colours = {image.pixel(x, y) for x in range(0, image.width(), 16)
               for y in range(0, image.height(), 16)}
    assert len(colours) > 4  # not blank


# -- the controller ------------------------------------------------------------------------

def test_hours_changes_are_bounded_remembered_and_announced(qapp: object,
                                                           tmp_path: Path) -> None:
    staff = make_controller(Config(data_dir=tmp_path / "data", open_hours=WEEK), tmp_path)
    chosen: list[WeekSchedule] = []
    staff.hoursChosen.connect(chosen.append)
    try:
        rows = staff.openHours
        assert [r["hours"] for r in rows][:2] == ["closed", "09:00-17:00"]
        assert rows[1]["single"] and (rows[1]["opens"], rows[1]["closes"]) == ("09:00", "17:00")
        assert not rows[5]["single"] and rows[5]["span"] == "10:00-18:00"
        assert not staff.alwaysOpen

        staff.stepHours(1, "opens", -1)
        assert staff.openHours[1]["opens"] == "08:45" and chosen[-1].days[1] == ((525, 1020),)
        staff.setDayOpen(3, False)
        staff.setDayOpen(3, True)
        assert staff.openHours[3]["hours"] == "09:00-20:00"  # Thursday's late evening is back
        staff.setDayOpen(0, True)
        assert staff.openHours[0]["hours"] == "09:00-17:00"  # never open before: a plain day
        staff.useOneInterval(5)
        assert staff.openHours[5]["hours"] == "10:00-18:00"

        staff.setAlwaysOpen(True)
        assert staff.alwaysOpen and chosen[-1].is_always_open
        staff.setAlwaysOpen(False)
        assert chosen[-1] == WEEK.with_day(0, ((540, 1020),)).with_day(1, ((525, 1020),)) \
            .with_day(5, ((600, 1080),))  # the hours per day as they were left
        count = len(chosen)
        for bad in ((7, "opens", 1), (-1, "closes", 1), (1, "noon", 1)):
            staff.stepHours(*bad)
        staff.setDayOpen(9, True)
        staff.useOneInterval(1)  # one period already
        staff.setAlwaysOpen(False)  # already hours per day
        assert len(chosen) == count, "nothing changed, nothing announced"
        staff.stepHours(1, "closes", 1)
        assert len(chosen) == count + 1
    finally:
        close_controller(staff)


def test_the_hours_are_kept_only_once_staff_changed_them(qtbot: QtBot, tmp_path: Path) -> None:
    data = tmp_path / "data"
    config_file = tmp_path / "kiosk.toml"
    config_file.write_text(f'data_dir = "{data}"\n\n[open_hours]\nmon = "closed"\n'
                           'tue = "09:00-17:00"\n')
    config = load_config(config_file)
    staff = make_controller(config, tmp_path)
    saved = staff_settings_file(data)
    try:
        staff.setVolume(0.5)
        qtbot.waitUntil(saved.exists, timeout=5000)
        assert "open_hours" not in saved.read_text()  # kiosk.toml's hours stay in charge
        staff.stepHours(1, "closes", 1)
        qtbot.waitUntil(lambda: "[open_hours]" in saved.read_text(), timeout=5000)
        again = load_config(config_file)
        assert again.open_hours.days[1] == ((540, 1035),) and again.volume == 0.5
        assert again.sources["open_hours"] == f"{saved}:6"
    finally:
        close_controller(staff)
    # Hours that came from the staff file are written again with the next volume change.
    staff = make_controller(again, tmp_path)
    try:
        saved.unlink()
        staff.setVolume(0.6)
        qtbot.waitUntil(saved.exists, timeout=5000)
        assert load_config(config_file).open_hours.days[1] == ((540, 1035),)
    finally:
        close_controller(staff)


# -- by touch, on the panel -------------------------------------------------------------------

def test_touching_the_hours_opens_and_closes_the_kiosk_at_once(qtbot: QtBot, qapp: object,
                                                                tmp_path: Path) -> None:
    with station(tmp_path) as s:
        qtbot.waitExposed(s.window)
        assert s.runtime.isOpen is False  # Tuesday 08:30, opens at 09:00
        s.tap("editHours")
        qtbot.waitUntil(lambda: shown(s.window, "hoursEditor") is not None, timeout=3000)
        assert shown(s.window, "staffBody") is None  # the editor takes the columns' place
        s.tap("day1OpensDown")
        assert s.runtime.isOpen is False  # 08:45: still closed
        s.tap("day1OpensDown")
        assert s.runtime.isOpen is True  # 08:30: open now
        value = shown(s.window, "day1OpensValue")
        assert value is not None and value.property("text") == "08:30"

        s.tap("day1OpenSecond")  # Tuesday: closed
        assert s.runtime.isOpen is False
        assert shown(s.window, "day1Opens") is None
        s.tap("alwaysOpenFirst")
        assert s.runtime.isOpen is True and s.staff.alwaysOpen
        assert shown(s.window, "day1Open") is None  # no days to set when always open
        s.tap("alwaysOpenSecond")
        assert s.runtime.isOpen is False  # Tuesday closed, as it was left
        s.tap("day1OpenFirst")
        assert s.runtime.isOpen is True  # Tuesday back at 08:30-17:00
        s.clock.now = TUESDAY_0830.replace(hour=17, minute=10)
        s.runtime.refresh_hours()
        assert s.runtime.isOpen is False
        s.tap("day1ClosesUp")  # 17:15: open again, for five minutes
        assert s.runtime.isOpen is True
        s.tap("day5OnePeriod")
        assert s.staff.openHours[5]["hours"] == "10:00-18:00"
        assert shown(s.window, "day5Opens") is not None

        s.tap("hoursDone")
        card = shown(s.window, "hoursCard")
        assert card is not None and shown(s.window, "hoursEditor") is None
        texts = [str(i.property("text")) for i in all_items(card) if i.isVisible()]
        assert "08:30-17:15" in texts and "10:00-18:00" in texts

        saved = staff_settings_file(s.staff.config.data_dir)
        qtbot.waitUntil(lambda: saved.exists() and "08:30-17:15" in saved.read_text(),
                        timeout=5000)
        config_file = tmp_path / "kiosk.toml"
        config_file.write_text(f'data_dir = "{s.staff.config.data_dir}"\n')
        assert load_config(config_file).open_hours == s.runtime.hours.schedule
        assert s.warnings == []


# -- how it looks ------------------------------------------------------------------------------

def touch_targets_and_texts(root: QQuickItem) -> tuple[list[QQuickItem], list[QQuickItem]]:
    """The visible buttons under ``root``, and the texts that are not on a button."""
    buttons, texts = [], []

    def visit(item: QQuickItem, on_button: bool) -> None:
        if not item.isVisible():
            return
        if is_a(item, "TouchButton"):
            buttons.append(item)
            on_button = True
        elif item.inherits("QQuickText") and not on_button and item.property("text"):
            texts.append(item)
        for child in item.childItems():
            visit(child, on_button)

    visit(root, False)
    return buttons, texts


def overlap(a: QRectF, b: QRectF) -> bool:
    inter = a.intersected(b)
    return inter.width() > 0.5 and inter.height() > 0.5


@pytest.mark.parametrize(("language", "size"), [
    ("en", (1920, 1080)), ("en", (1080, 1920)), ("ur", (1920, 1080)), ("ur", (1080, 1920)),
    ("az", (1080, 1920)),
    ("ru", (1280, 1024)),  # landscape, but too narrow for a Russian day on one line
])
def test_the_hours_editor_fits_without_clipping_or_overlap(
        qtbot: QtBot, qapp: object, tmp_path: Path, language: str,
        size: tuple[int, int]) -> None:
    with station(tmp_path, language=language, size=size) as s:
        qtbot.waitExposed(s.window)
        edit = shown(s.window, "editHours")
        assert edit is not None
        still(edit)  # laid out again once the workers' answers are in
        touch = TOUCH * min(size) / 1080
        assert edit.height() >= touch
        card, body = shown(s.window, "hoursCard"), shown(s.window, "staffBody")
        assert card is not None and body is not None
        assert scene_rect(card).contains(scene_rect(edit))
        swipe_into_view(s.window, body, edit, s.touch)  # below the other cards when portrait
        s.tap("editHours")
        editor, sunday = shown(s.window, "hoursEditor"), shown(s.window, "day6Open")
        assert editor is not None and sunday is not None
        still(sunday)
        bounds = scene_rect(editor)
        buttons, texts = touch_targets_and_texts(editor)
        assert len(buttons) == 2 + 1 + 7 * 2 + 4 * 4 + 1  # choice, done, days, steppers, periods
        for b in buttons:
            r = scene_rect(b)
            assert r.width() >= touch and r.height() >= touch, (b.objectName(), r)
        for item in buttons + texts:
            r = scene_rect(item)
            assert bounds.left() - 0.5 <= r.left() and r.right() <= bounds.right() + 0.5, \
                f"{item.objectName() or item.property('text')} is cut off at the side"
            assert r.bottom() <= bounds.top() + editor.property("contentHeight") + 0.5
        for text in texts:
            assert not text.property("truncated"), text.property("text")
        for a, b in itertools.combinations(buttons + texts, 2):
            assert not overlap(scene_rect(a), scene_rect(b)), \
                (a.objectName() or a.property("text"), b.objectName() or b.property("text"))
        if language == "en":
            assert editor.property("contentHeight") <= editor.height(), "fits without scrolling"
        times, choice = shown(s.window, "day1Times"), shown(s.window, "day1Open")
        assert times is not None and choice is not None
        one_line = scene_rect(times).top() < scene_rect(choice).bottom()
        assert one_line == (size[0] > size[1] and language != "ru")

        # In reading order: the day, then its choice; a label, then the time it names.
        pairs = [("day1Name", "day1Open"), ("day1OpensLabel", "day1Opens")]
        for first_name, then_name in pairs:
            first, then = shown(s.window, first_name), shown(s.window, then_name)
            assert first is not None and then is not None
            if language == "ur":  # mirrored: from the right
                assert scene_rect(first).left() > scene_rect(then).right(), first_name
            else:
                assert scene_rect(first).right() < scene_rect(then).left(), first_name
        save(s.window, tmp_path, f"staff-hours-{language}-{size[0]}x{size[1]}.png")
        assert s.warnings == []


@pytest.mark.parametrize(("language", "size"), [
    ("en", (1920, 1080)), ("ru", (1280, 1024)), ("az", (1080, 1920)), ("ur", (1920, 1080)),
])
def test_the_panel_title_and_steppers_are_whole(
        qtbot: QtBot, qapp: object, tmp_path: Path, language: str,
        size: tuple[int, int]) -> None:
    """A 5:4 screen leaves little room: the title shrinks rather than being cut, and a
    stepper's label goes above its buttons rather than breaking inside its words."""
    with station(tmp_path, language=language, size=size) as s:
        qtbot.waitExposed(s.window)
        for name in ("volume", "idle"):
            stepper = shown(s.window, name)
            assert stepper is not None
            still(stepper)
            _, texts = touch_targets_and_texts(stepper)
            label = next(t for t in texts if t.property("text") == stepper.property("label"))
            words = len(str(label.property("text")).split())
            assert 1 <= int(label.property("lineCount")) <= words, label.property("text")
            assert not label.property("truncated")
        title = shown(s.window, "staffTitle")
        assert title is not None and not title.property("truncated"), language
        assert s.warnings == []
