"""Staff mode: the hidden gesture, the PIN pad, the panel and its controller."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QUrl
from PySide6.QtGui import QImage, QPointingDevice
from PySide6.QtQuick import QQuickView
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from staff_support import (
    QML,
    FakeAnalytics,
    FakeInstaller,
    find,
    host,
    make_media,
    maybe_find,
    tap,
)

from kiosk.station.config import Config
from kiosk.station.hours import WeekSchedule, parse_day
from kiosk.station.pin import PinGate, hash_pin
from kiosk.ui.runtime import StatsQueue, Worker
from kiosk.ui.staff import StaffController, find_packages, media_folders

PIN = "4711"
HOLD_MS, ARM_MS = 300, 700
#: Set to a folder to keep the screenshots (they are always checked).
SHOTS_ENV = "KIOSK_SCREENSHOTS"


class FakeClock:
    def __init__(self) -> None:
        self.t = 1_800_000_000.0

    def __call__(self) -> float:
        return self.t


@pytest.fixture
def media(tmp_path: Path) -> list[str]:
    return make_media(tmp_path)


@pytest.fixture
def config(tmp_path: Path) -> Config:
    week = WeekSchedule(tuple(parse_day(d) for d in (
        "closed", "09:00-17:00", "09:00-17:00", "09:00-20:00", "09:00-17:00",
        "10:00-13:00, 14:00-18:00", "closed")))
    return Config(allow_unsigned=True, data_dir=tmp_path / "data", open_hours=week,
                  max_volume=0.8, inbox=tmp_path / "inbox")


def make_controller(config: Config, tmp_path: Path, media: list[str], *, pin: str | None = PIN,
                    clock: FakeClock | None = None, windowed: bool = False,
                    ) -> tuple[StaffController, FakeInstaller, FakeAnalytics]:
    # ln=10: a cheap scrypt, so the test is quick; the real cost is tested in test_pin.
    stored = hash_pin(pin, log2_n=10) if pin else ""
    gate = PinGate(stored, config.data_dir / "pin-state.json", clock or FakeClock())
    installer = FakeInstaller(tmp_path / "data")
    db = FakeAnalytics()
    controller = StaffController(config, installer, StatsQueue(db, Worker("stats")), gate,
                                 windowed=windowed, media_globs=media)
    return controller, installer, db


@pytest.fixture
def staff(config: Config, tmp_path: Path, media: list[str],
          ) -> Iterator[tuple[StaffController, FakeInstaller, FakeAnalytics, FakeClock]]:
    clock = FakeClock()
    controller, installer, db = make_controller(config, tmp_path, media, clock=clock)
    yield controller, installer, db, clock
    controller.shutdown()
    assert controller.stats is not None
    controller.stats.close()


@pytest.fixture
def overlay(qtbot: QtBot, staff: tuple[StaffController, FakeInstaller, FakeAnalytics, FakeClock],
            ) -> Iterator[tuple[QQuickView, list[str]]]:
    controller = staff[0]
    view, warnings, _stub = host(QML / "staff" / "StaffOverlay.qml", {
        "controller": controller, "holdMs": HOLD_MS, "armMs": ARM_MS})
    qtbot.waitExposed(view)
    yield view, warnings
    view.close()
    view.setSource(QUrl())


# -- the controller, without QML ----------------------------------------------------------

def test_usb_listing_from_the_mount_roots(tmp_path: Path, media: list[str]) -> None:
    folders = media_folders(media, is_mount=lambda p: False)
    names = sorted(str(f.relative_to(tmp_path)) for f in folders)
    # /media/staff holds /media/staff/STICK, so only the stick is listed.
    assert names == ["media/staff/STICK", "mnt/backup"]
    found = {f.path.name: f for f in find_packages(folders)}
    assert sorted(found) == ["harbour.exhibit", "old.exhibit", "quay.exhibit"]
    assert found["harbour.exhibit"].signed and not found["quay.exhibit"].signed
    assert found["harbour.exhibit"].as_row()["size"] == "2.4 MB"
    assert found["quay.exhibit"].folder.endswith("STICK/exhibitions")
    # A stick mounted straight under /media: its own sub-folders are not sticks.
    mounted = str(tmp_path / "media" / "staff")
    only = media_folders(media, is_mount=lambda p: p == mounted)
    assert sorted(str(f.relative_to(tmp_path)) for f in only) == ["media/staff", "mnt/backup"]


def test_install_success_and_failure(qtbot: QtBot, staff: tuple[StaffController, FakeInstaller,
                                                                FakeAnalytics, FakeClock]) -> None:
    controller, installer, _db, _clock = staff
    controller._open()  # as after a right PIN
    qtbot.waitUntil(lambda: len(controller.packages) == 3 and controller.live != {},
                    timeout=3000)
    assert controller.live["version"] == "2" and controller.previous["version"] == "1"
    changed: list[str] = []
    controller.packageChanged.connect(changed.append)
    harbour = next(p for p in controller.packages if p["name"] == "harbour.exhibit")
    controller.install(harbour["path"])
    assert controller.busy == "install"
    qtbot.waitUntil(lambda: controller.busy == "" and controller.message != "", timeout=3000)
    assert controller.messageOk and controller.messageKind == "installed"
    assert controller.messageArgs == ["harbour", "3"]
    assert changed == [str(installer.path_of(installer.current))]  # type: ignore[arg-type]
    assert installer.installed == [Path(harbour["path"])]
    qtbot.waitUntil(lambda: controller.live.get("version") == "3", timeout=3000)

    installer.fail = "Not installed: quay.exhibit: the signature is not by a trusted key."
    controller.install(str(Path(harbour["path"]).with_name("quay.exhibit")))
    qtbot.waitUntil(lambda: controller.busy == "" and not controller.messageOk, timeout=3000)
    assert controller.message == installer.fail  # verbatim
    assert controller.messageKind == "error"
    assert len(changed) == 1


def test_rollback(qtbot: QtBot, staff: tuple[StaffController, FakeInstaller, FakeAnalytics,
                                             FakeClock]) -> None:
    controller, installer, _db, _clock = staff
    changed: list[str] = []
    controller.packageChanged.connect(changed.append)
    controller.rollBack()
    qtbot.waitUntil(lambda: controller.busy == "", timeout=3000)
    assert controller.messageKind == "rolledBack" and controller.messageArgs == ["harbour", "1"]
    assert installer.current is not None and installer.current.version == "1"
    assert changed == [str(installer.path_of(installer.current))]
    installer.previous = None
    controller.rollBack()
    qtbot.waitUntil(lambda: controller.busy == "", timeout=3000)
    assert controller.message == "There is no previous exhibition to go back to."


def test_export_csv_and_settings(qtbot: QtBot, tmp_path: Path,
                                 staff: tuple[StaffController, FakeInstaller, FakeAnalytics,
                                              FakeClock]) -> None:
    controller, _installer, _db, _clock = staff
    controller.refresh()
    qtbot.waitUntil(lambda: controller.statistics.get("visits") == 1284
                    and len(controller.exportTargets) == 2, timeout=3000)
    stick = next(t for t in controller.exportTargets if t.endswith("STICK"))
    controller.exportCsv(stick)
    qtbot.waitUntil(lambda: controller.busy == "", timeout=3000)
    assert controller.messageKind == "exported", controller.message
    written = list(Path(stick).glob("kiosk-statistics-*.csv"))
    assert len(written) == 1 and written[0].read_text().startswith("at,kind")
    assert not list(Path(stick).glob(".*.part"))
    controller.exportCsv(str(tmp_path / "gone"))
    qtbot.waitUntil(lambda: controller.busy == "", timeout=3000)
    assert not controller.messageOk and "No such file" in controller.message

    volumes: list[float] = []
    controller.volumeChosen.connect(volumes.append)
    controller.setVolume(2.0)  # bounded by max_volume
    controller.setVolume(0.5)
    assert volumes == [0.5] and controller.volume == 0.5
    controller.setIdleSeconds(5)
    assert controller.idleSeconds == 30
    assert [d["hours"] for d in controller.openHours][:2] == ["closed", "09:00-17:00"]


def test_no_pin_keeps_staff_mode_shut_unless_windowed(config: Config, tmp_path: Path,
                                                      media: list[str]) -> None:
    controller, _, _ = make_controller(config, tmp_path, media, pin=None)
    controller.requestOpen()
    assert controller.state == "noPin"
    controller.close()
    desk, _, _ = make_controller(config, tmp_path, media, pin=None, windowed=True)
    desk.requestOpen()
    assert desk.state == "open"
    for c in (controller, desk):
        c.shutdown()
        assert c.stats is not None
        c.stats.close()


# -- the gesture and the PIN pad, by touch -----------------------------------------------------

def _press(view: QQuickView, at: QPoint, ms: int, touch: QPointingDevice) -> None:
    QTest.touchEvent(view, touch).press(0, at, view).commit()
    QTest.qWait(ms)
    QTest.touchEvent(view, touch).release(0, at, view).commit()


def test_gesture_opens_the_pin_pad_only_for_the_right_sequence(
        qtbot: QtBot, overlay: tuple[QQuickView, list[str]],
        staff: tuple[StaffController, FakeInstaller, FakeAnalytics, FakeClock]) -> None:
    view, warnings = overlay
    controller = staff[0]
    touch = QTest.createTouchDevice()
    top_left, top_right = QPoint(10, 10), QPoint(view.width() - 10, 10)

    _press(view, top_right, 30, touch)  # a tap on the right corner alone
    _press(view, top_left, 30, touch)  # a short tap on the left, then right
    _press(view, top_right, 30, touch)
    _press(view, QPoint(400, 400), HOLD_MS + 150, touch)  # a long press elsewhere, then right
    _press(view, top_right, 30, touch)
    _press(view, top_left, HOLD_MS + 150, touch)  # right order, but too late
    QTest.qWait(ARM_MS + 150)
    _press(view, top_right, 30, touch)
    assert controller.state == "closed"
    assert maybe_find(view, "keypad") is None

    _press(view, top_left, HOLD_MS + 150, touch)  # hold, then tap within the arm time
    _press(view, top_right, 30, touch)
    qtbot.waitUntil(lambda: maybe_find(view, "keypad") is not None, timeout=2000)
    assert controller.state == "pin"
    assert warnings == []


def _enter(view: QQuickView, digits: str, touch: QPointingDevice) -> None:
    for d in digits:
        tap(view, find(view, "key" + d), touch)
    tap(view, find(view, "keyOk"), touch)


def test_pin_pad_wrong_pin_shows_the_wait_and_right_pin_opens_the_panel(
        qtbot: QtBot, overlay: tuple[QQuickView, list[str]], tmp_path: Path,
        staff: tuple[StaffController, FakeInstaller, FakeAnalytics, FakeClock]) -> None:
    view, warnings = overlay
    controller, _installer, _db, clock = staff
    touch = QTest.createTouchDevice()
    checked_on: list[int] = []
    attempt = controller.pin_gate.attempt

    def spy(pin: str):  # type: ignore[no-untyped-def]
        checked_on.append(threading.get_ident())
        return attempt(pin)

    controller.pin_gate.attempt = spy  # type: ignore[method-assign]
    controller.requestOpen()
    qtbot.waitUntil(lambda: maybe_find(view, "keypad") is not None, timeout=2000)
    message = find(view, "pinMessage")
    for n in range(3):
        _enter(view, "1234", touch)
        qtbot.waitUntil(lambda n=n: len(checked_on) == n + 1 and not controller.checking,
                        timeout=3000)
    assert threading.get_ident() not in checked_on, "scrypt runs off the GUI thread"
    assert controller.pinWait == 30
    qtbot.waitUntil(lambda: "Try again in 0:" in message.property("text"), timeout=2000)
    assert not find(view, "key5").isEnabled()
    save(view, tmp_path, "pin-locked.png")

    clock.t += 31  # the lockout is over
    controller.requestOpen()  # as when the pad is opened again
    qtbot.waitUntil(lambda: controller.pinWait == 0, timeout=3000)
    _enter(view, PIN, touch)
    qtbot.waitUntil(lambda: controller.state == "open", timeout=3000)
    qtbot.waitUntil(lambda: maybe_find(view, "liveCard") is not None, timeout=2000)
    assert maybe_find(view, "keypad") is None
    assert warnings == []


def test_panel_buttons_reach_the_controller(
        qtbot: QtBot, overlay: tuple[QQuickView, list[str]],
        staff: tuple[StaffController, FakeInstaller, FakeAnalytics, FakeClock]) -> None:
    view, warnings = overlay
    controller = staff[0]
    touch = QTest.createTouchDevice()
    controller._open()
    qtbot.waitUntil(lambda: maybe_find(view, "install1") is not None, timeout=3000)
    assert find(view, "unsignedBanner").isVisible()
    tap(view, find(view, "install1"), touch)
    qtbot.waitUntil(lambda: controller.messageKind == "installed", timeout=3000)
    text = find(view, "resultText").property("text")
    assert text == ("Installed harbour version 3. It is shown once you close this panel and "
                    "nobody is using the kiosk.")
    exits: list[bool] = []
    controller.exitRequested.connect(lambda: exits.append(True))
    tap(view, find(view, "exitToDesktop"), touch)
    assert exits == [] and controller.exitArmed  # one tap only arms it
    tap(view, find(view, "exitToDesktop"), touch)
    assert exits == [True]
    tap(view, find(view, "staffClose"), touch)
    assert controller.state == "closed"
    assert warnings == []


def save(view: QQuickView, tmp_path: Path, name: str) -> QImage:
    QTest.qWait(50)
    image = view.grabWindow()
    assert image.width() == 1920 and image.height() == 1080
    folder = Path(os.environ.get(SHOTS_ENV, tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    assert image.save(str(folder / name))
    # not blank: the card, its text and the keys differ from the background
    colours = {image.pixel(x, y) for x in range(0, 1920, 40) for y in range(0, 1080, 40)}
    assert len(colours) > 4
    return image


def test_screenshots_at_1920x1080(qtbot: QtBot, overlay: tuple[QQuickView, list[str]],
                                  tmp_path: Path,
                                  staff: tuple[StaffController, FakeInstaller, FakeAnalytics,
                                               FakeClock]) -> None:
    view, warnings = overlay
    controller = staff[0]
    controller.requestOpen()
    qtbot.waitUntil(lambda: maybe_find(view, "keypad") is not None, timeout=2000)
    tap(view, find(view, "key4"), QTest.createTouchDevice())
    tap(view, find(view, "key7"), QTest.createTouchDevice())
    save(view, tmp_path, "pin-pad.png")
    controller._open()
    controller.add_inbox_outcomes([{"name": "quay.exhibit", "installed": False,
                                    "message": "Not installed: no signature."}])
    qtbot.waitUntil(lambda: len(controller.packages) == 3
                    and controller.statistics.get("visits") == 1284, timeout=3000)
    save(view, tmp_path, "staff-panel.png")
    body = find(view, "staffBody")
    # the three columns fit across; nothing is wider than the panel
    assert body.property("contentWidth") <= body.width()
    assert warnings == []


def test_gesture_zones_let_visitor_touches_through(qtbot: QtBot, tmp_path: Path) -> None:
    """A button under the hidden corner still works (e.g. the top bar)."""
    qml = tmp_path / "Host.qml"
    qml.write_text(f"""
import QtQuick
import "{(QML / 'staff').as_uri()}"
Item {{
    property int taps: 0
    property int opened: 0
    MouseArea {{ objectName: "under"; width: 200; height: 200; onClicked: parent.taps++ }}
    StaffGesture {{ anchors.fill: parent; holdMs: {HOLD_MS}; onTriggered: parent.opened++ }}
}}
""", encoding="utf-8")
    view, warnings, _stub = host(qml, {})
    try:
        qtbot.waitExposed(view)
        touch = QTest.createTouchDevice()
        _press(view, QPoint(10, 10), 30, touch)
        qtbot.waitUntil(lambda: view.rootObject().property("taps") == 1, timeout=2000)
        _press(view, QPoint(10, 10), HOLD_MS + 150, touch)
        _press(view, QPoint(view.width() - 10, 10), 30, touch)
        assert view.rootObject().property("opened") == 1
        assert warnings == []
    finally:
        view.close()
        view.setSource(QUrl())
