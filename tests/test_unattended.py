"""Running unattended: the "no exhibition" screen, staff settings applied live, the unit.

The empty screen is what ``kiosk run`` shows when there is nothing to show, instead
of exiting (which systemd's Restart=always would turn into a restart loop). A package
that goes live replaces it in the same process (``tests/test_switch.py`` switches
between exhibitions).
"""

from __future__ import annotations

import configparser
import os
import re
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtGui import QImage, QPointingDevice
from PySide6.QtQuick import QQuickItem, QQuickWindow
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from staff_support import FakeAnalytics, FakeInstaller, pointer
from station_support import make_signed
from ui_support import ui_package  # noqa: F401

from kiosk.package.reader import Package
from kiosk.station import signing
from kiosk.station.config import Config, load_config
from kiosk.station.hours import Hours, WeekSchedule
from kiosk.station.inbox import Inbox
from kiosk.station.install import Installer
from kiosk.station.pin import PinGate, hash_pin
from kiosk.station.session import ManualClock, Session, State, Timing
from kiosk.station.watchdog import Notifier
from kiosk.ui.app import (
    EmptyApp,
    KioskApp,
    KioskOptions,
    compose,
    compose_empty,
    follow_staff_settings,
    wire_switch,
)
from kiosk.ui.empty import screen_language
from kiosk.ui.lockdown import Lockdown
from kiosk.ui.runtime import (
    EXIT_TO_DESKTOP_CODE,
    RESTART_EXIT_CODE,
    StationRuntime,
    StatsQueue,
    Worker,
)
from kiosk.ui.settle import find_items, wait_until
from kiosk.ui.staff import StaffController
from kiosk.ui.switch import PackageSwitch

ROOT = Path(__file__).resolve().parent.parent
PIN = "4711"
HOLD_MS = 300
#: Set to a folder to keep the screenshots (they are always checked).
SHOTS_ENV = "KIOSK_SCREENSHOTS"
CONTEXT = "NoExhibitionScreen"
NO_PIN_TEXT = ("No staff PIN is set, so staff mode stays closed. To install an exhibition "
               "from a USB stick, set a PIN on the kiosk computer with this command, then "
               "restart the kiosk:")


class RecordingNotifier(Notifier):
    """Keeps what would go to $NOTIFY_SOCKET."""

    def __init__(self) -> None:
        super().__init__(socket_path=None)
        self.sent: list[str] = []

    def ready(self, status: str = "Showing the exhibition") -> bool:
        self.sent.append("READY=1")
        return True

    def ping(self) -> bool:
        self.sent.append("WATCHDOG=1")
        return True


class FakeClock:
    def __init__(self) -> None:
        self.t = 1_800_000_000.0

    def __call__(self) -> float:
        return self.t


def make_staff(config: Config, tmp_path: Path, *, pin: str | None = PIN,
               media: list[str] | None = None, windowed: bool = False,
               ) -> tuple[StaffController, FakeInstaller]:
    stored = hash_pin(pin, log2_n=10) if pin else ""  # a cheap scrypt: test_pin tests the real one
    gate = PinGate(stored, config.data_dir / "pin-state.json", FakeClock())
    installer = FakeInstaller(tmp_path / "data")
    installer.current = installer.previous = None  # nothing installed
    staff = StaffController(config, installer, StatsQueue(FakeAnalytics(), Worker("stats")),
                            gate, media_globs=media or [], windowed=windowed)
    return staff, installer


def close_staff(staff: StaffController) -> None:
    staff.shutdown()
    assert staff.stats is not None
    staff.stats.close()


@pytest.fixture
def stick(tmp_path: Path) -> list[str]:
    """A USB stick at <tmp>/media/staff/STICK with one package on it; the mount globs."""
    folder = tmp_path / "media" / "staff" / "STICK"
    folder.mkdir(parents=True)
    (folder / "harbour.exhibit").write_bytes(b"x" * 1000)
    (folder / "harbour.exhibit.minisig").write_text("sig")
    return [str(tmp_path / "media" / "*" / "*")]


#: How a kiosk switched to from the empty screen is composed in these tests.
OPTIONS = KioskOptions(size=(1280, 720), fullscreen=False, animations=False, synchronous=True)


@dataclass
class EmptyKiosk:
    """The empty screen wired to a station as ``kiosk run`` wires it; quit codes recorded."""

    empty: EmptyApp
    staff: StaffController
    installer: FakeInstaller
    switch: PackageSwitch
    notifier: RecordingNotifier
    codes: list[int] = field(default_factory=list)


@pytest.fixture
def empty_kiosk(qapp: object, tmp_path: Path, stick: list[str]) -> Iterator[EmptyKiosk]:
    """The empty screen with staff mode (PIN set), wired to a station."""
    config = Config(data_dir=tmp_path / "data", inbox=tmp_path / "inbox")
    staff, installer = make_staff(config, tmp_path, media=stick)
    notifier = RecordingNotifier()
    runtime = StationRuntime(config, Hours(WeekSchedule.always_open()), watchdog_s=None,
                             synchronous=True, notifier=notifier)
    empty = compose_empty(language="en", inbox=str(config.inbox), staff_available=True,
                          size=(1920, 1080), animations=False, staff=staff)
    codes: list[int] = []
    switch = wire_switch(empty, runtime, staff, Lockdown(), codes.append, OPTIONS)
    yield EmptyKiosk(empty, staff, installer, switch, notifier, codes)
    runtime.stop()
    close_staff(staff)
    switch.close()


# -- touch ---------------------------------------------------------------------------

_DEVICE: list[QPointingDevice] = []


def touch() -> QPointingDevice:
    if not _DEVICE:
        _DEVICE.append(QTest.createTouchDevice())
    return _DEVICE[0]


def press(window: QQuickWindow, at: QPoint, ms: int) -> None:
    QTest.touchEvent(window, touch()).press(0, at, window).commit()
    QTest.qWait(ms)
    QTest.touchEvent(window, touch()).release(0, at, window).commit()


def shown(window: QQuickWindow, name: str) -> QQuickItem | None:
    def visible(item: QQuickItem) -> bool:
        node: QQuickItem | None = item
        while node is not None:
            if not node.isVisible():
                return False
            node = node.parentItem()
        return True

    return next((i for i in find_items(window, name) if visible(i)), None)


def tap_item(window: QQuickWindow, name: str) -> None:
    item = shown(window, name)
    assert item is not None, f"no visible {name!r}"
    at = item.mapToScene(item.boundingRect().center()).toPoint()
    press(window, at, 20)
    QTest.qWait(20)


def staff_gesture(window: QQuickWindow) -> None:
    """Hold the top-left corner, then tap the top-right one (staff/README.md)."""
    press(window, QPoint(10, 10), HOLD_MS + 150)
    press(window, QPoint(window.width() - 10, 10), 30)


def quicken_gesture(window: QQuickWindow) -> None:
    overlay = next(i for i in find_items(window, "staffOverlay"))
    content = overlay.property("item")
    assert isinstance(content, QQuickItem)
    content.setProperty("holdMs", HOLD_MS)


def text_of(window: QQuickWindow, name: str) -> str:
    item = shown(window, name)
    assert item is not None, f"no visible {name!r}"
    return str(item.property("text"))


def save(window: QQuickWindow, tmp_path: Path, name: str) -> QImage:
    QTest.qWait(50)
    image = window.grabWindow()
    folder = Path(os.environ.get(SHOTS_ENV, tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    assert image.save(str(folder / name))
    # Not blank: text in two colours on the background.
    colours = {image.pixel(x, y) for x in range(0, image.width(), 8)
               for y in range(0, image.height(), 8)}
    assert len(colours) > 4
    return image


# -- the empty screen ---------------------------------------------------------------------

def test_the_screen_language_comes_from_the_system_when_a_catalogue_has_it() -> None:
    assert screen_language(["ur-PK", "en-US"]) == "ur-PK"
    assert screen_language(["en-GB", "ur"]) == "en"
    assert screen_language(["de-DE", "fr_FR"]) == "fr-FR"
    assert screen_language(["de-DE"]) == "en"
    assert screen_language([]) == "en"


def test_staff_install_from_a_stick_on_the_empty_screen_shows_it_once_they_close_the_panel(
        qtbot: QtBot, tmp_path: Path, ui_package: Path,  # noqa: F811
        empty_kiosk: EmptyKiosk) -> None:
    staff, installer, codes = empty_kiosk.staff, empty_kiosk.installer, empty_kiosk.codes
    window = empty_kiosk.empty.window
    # What the (fake) installer makes live: a real package.
    target = installer.path_of(pointer(uid="harbour", version="3", sha="c"))
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(ui_package, target)
    qtbot.waitExposed(window)
    assert text_of(window, "noExhibitionTitle") == "No exhibition installed"
    assert shown(window, "setPinCommand") is None  # a PIN is set
    assert text_of(window, "inboxFolder") == str(tmp_path / "inbox")
    save(window, tmp_path, "no-exhibition-en.png")

    quicken_gesture(window)
    staff_gesture(window)
    qtbot.waitUntil(lambda: shown(window, "keypad") is not None, timeout=3000)
    for digit in PIN:
        tap_item(window, "key" + digit)
    tap_item(window, "keyOk")
    qtbot.waitUntil(lambda: staff.state == "open", timeout=3000)
    qtbot.waitUntil(lambda: shown(window, "install0") is not None, timeout=3000)
    live = shown(window, "liveCard")
    assert live is not None
    tap_item(window, "install0")
    qtbot.waitUntil(lambda: bool(installer.installed), timeout=3000)
    assert [p.name for p in installer.installed] == ["harbour.exhibit"]
    QTest.qWait(300)
    assert empty_kiosk.switch.shown is empty_kiosk.empty, "the panel is still open"
    with qtbot.waitSignal(empty_kiosk.switch.switched, timeout=10_000):
        tap_item(window, "staffClose")
    kiosk = empty_kiosk.switch.shown
    assert isinstance(kiosk, KioskApp) and str(kiosk.bridge.title).startswith("Harbour")
    assert kiosk.window.isVisible()
    assert codes == [], "no restart: the exhibition replaced the empty screen in-process"


def test_exit_to_desktop_from_the_empty_screen(qtbot: QtBot, empty_kiosk: EmptyKiosk) -> None:
    empty, staff, codes = empty_kiosk.empty, empty_kiosk.staff, empty_kiosk.codes
    staff.requestOpen()
    qtbot.waitUntil(lambda: shown(empty.window, "keypad") is not None, timeout=3000)
    for digit in PIN:
        tap_item(empty.window, "key" + digit)
    tap_item(empty.window, "keyOk")
    qtbot.waitUntil(lambda: shown(empty.window, "exitToDesktop") is not None, timeout=3000)
    tap_item(empty.window, "exitToDesktop")
    tap_item(empty.window, "exitToDesktop")
    assert codes == [EXIT_TO_DESKTOP_CODE]


@pytest.mark.parametrize("language", ["en", "ur", "ar", "ru", "fr", "tr", "az"])
def test_without_a_pin_the_screen_says_how_to_set_one_in_its_language(
        qtbot: QtBot, qapp: object, tmp_path: Path, language: str) -> None:
    config = Config(data_dir=tmp_path / "data")
    staff, _installer = make_staff(config, tmp_path, pin=None)
    size = (1080, 1920) if language == "ur" else (1920, 1080)
    empty = compose_empty(language=language, staff_available=False, size=size,
                          animations=False, staff=staff)
    try:
        window = empty.window
        qtbot.waitExposed(window)
        text = text_of(window, "noExhibitionStaff")
        expected = QCoreApplication.translate(CONTEXT, NO_PIN_TEXT)
        assert text == expected
        if language != "en":
            assert text != NO_PIN_TEXT, f"not translated into {language}"
        assert text_of(window, "setPinCommand") == "kiosk set-pin"
        assert shown(window, "inboxFolder") is None  # no inbox configured
        card = shown(window, "noExhibitionCard")
        assert card is not None
        top_left = card.mapToScene(card.boundingRect().topLeft())
        assert top_left.x() >= 0 and top_left.y() >= 0
        assert top_left.x() + card.width() <= window.width()
        assert top_left.y() + card.height() <= window.height(), "the text runs off the screen"
        save(window, tmp_path, f"no-exhibition-no-pin-{language}-{size[0]}x{size[1]}.png")

        quicken_gesture(window)
        staff_gesture(window)  # the gesture still answers: staff mode is locked, says why
        qtbot.waitUntil(lambda: shown(window, "noPinText") is not None, timeout=3000)
        assert staff.state == "noPin"
        tap_item(window, "pinCancel")
        assert staff.state == "closed"
    finally:
        close_staff(staff)
        empty.close()


def test_staff_panel_stacks_its_columns_on_a_portrait_screen(
        qtbot: QtBot, qapp: object, tmp_path: Path, stick: list[str]) -> None:
    config = Config(data_dir=tmp_path / "data")
    staff, _installer = make_staff(config, tmp_path, media=stick)
    empty = compose_empty(language="ur", staff_available=True, size=(1080, 1920),
                          animations=False, staff=staff)
    try:
        window = empty.window
        qtbot.waitExposed(window)
        staff._open()  # as after the right PIN (the PIN pad is driven above)
        qtbot.waitUntil(lambda: shown(window, "install0") is not None, timeout=3000)
        cards = [shown(window, name) for name in ("liveCard", "settingsCard", "installCard",
                                                   "statsCard")]
        assert all(c is not None for c in cards)
        tops = [c.mapToScene(c.boundingRect().topLeft()) for c in cards]  # type: ignore[union-attr]
        assert len({round(t.x()) for t in tops}) == 1, "one column"
        assert [t.y() for t in tops] == sorted(t.y() for t in tops)
        assert all(c.width() > window.width() * 0.8 for c in cards)  # type: ignore[union-attr]
        down = shown(window, "volumeDown")
        assert down is not None and down.mapToScene(down.boundingRect().topLeft()).x() \
            > window.width() / 2, "the stepper's buttons sit at the end, beside its label"
        save(window, tmp_path, "staff-panel-ur-1080x1920.png")
    finally:
        close_staff(staff)
        empty.close()


def test_a_broken_live_package_is_named_on_the_screen(qtbot: QtBot, qapp: object) -> None:
    empty = compose_empty(language="fr", problem="demo.exhibit: not an exhibition package",
                          animations=False)
    try:
        qtbot.waitExposed(empty.window)
        title = text_of(empty.window, "noExhibitionTitle")
        assert title == QCoreApplication.translate(CONTEXT, "The exhibition cannot be shown")
        assert title != "The exhibition cannot be shown"
        assert text_of(empty.window, "noExhibitionProblem").startswith("demo.exhibit:")
    finally:
        empty.close()


def test_a_package_dropped_into_the_inbox_is_installed_then_shown(
        qtbot: QtBot, qapp: object, tmp_path: Path) -> None:
    """The empty screen keeps polling the inbox; a signed package goes live and replaces it."""
    key = signing.generate_key()
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    config = Config(data_dir=tmp_path / "data", inbox=inbox, trusted_keys=(key.public,))
    installer = Installer.from_config(config)
    runtime = StationRuntime(
        config, Hours(WeekSchedule.always_open()), watchdog_s=None, synchronous=True,
        inbox=Inbox(inbox, installer),
        inbox_path_of=lambda o: str(installer.path_of(o.pointer)) if o.pointer else "")
    staff, _ = make_staff(config, tmp_path)
    empty = compose_empty(language="en", inbox=str(inbox), staff_available=True,
                          animations=False, staff=staff)
    codes: list[int] = []
    switch = wire_switch(empty, runtime, staff, Lockdown(), codes.append, OPTIONS)
    try:
        runtime.poll_inbox()
        make_signed(inbox / "harbour.exhibit", key, uid="harbour", version="3")
        with qtbot.waitSignal(switch.switched, timeout=10_000):
            for _ in range(3):  # a file counts as complete after two equal scans
                runtime.poll_inbox()
        live = installer.current()
        assert live is not None and (live.uid, live.version) == ("harbour", "3")
        assert staff.inboxLog and "harbour.exhibit" in staff.inboxLog[-1]
        kiosk = switch.shown
        assert isinstance(kiosk, KioskApp) and kiosk.bridge.title == "Exhibition harbour"
        assert codes == []
    finally:
        runtime.stop()
        close_staff(staff)
        switch.close()


def test_ready_is_sent_when_the_empty_screen_is_drawn(
        qtbot: QtBot, empty_kiosk: EmptyKiosk) -> None:
    """Type=notify: without READY=1 systemd would kill the empty screen at TimeoutStartSec."""
    empty, notifier = empty_kiosk.empty, empty_kiosk.notifier
    qtbot.waitExposed(empty.window)
    empty.window.update()
    qtbot.waitUntil(lambda: "READY=1" in notifier.sent, timeout=3000)
    assert notifier.sent.count("READY=1") == 1


# -- staff settings, live -------------------------------------------------------------------

def test_session_idle_timeout_changes_for_the_visit_under_way() -> None:
    clock = ManualClock()
    session = Session(languages=1, timing=Timing(idle_s=90), clock=clock)
    session.touch()
    clock.advance(40)
    session.set_idle_timeout(30)
    session.tick()
    assert session.state is State.WARNING  # 40 s still is past the new 30 s
    session.touch()
    session.set_idle_timeout(120)
    clock.advance(100)
    session.tick()
    assert session.state is State.BROWSING
    assert session.timing.warning_s == 30.0  # the warning's length is kept


@pytest.fixture
def staffed_kiosk(qapp: object, ui_package: Path, tmp_path: Path,  # noqa: F811
                  ) -> Iterator[tuple[object, StaffController, ManualClock]]:
    config = Config(data_dir=tmp_path / "data", max_volume=0.8, idle_seconds=60)
    # Windowed, no PIN: the gesture opens the panel at once (the PIN pad is driven above).
    staff, _ = make_staff(config, tmp_path, pin=None, windowed=True)
    clock = ManualClock()
    kiosk = compose(Package.open(ui_package), size=(1920, 1080), idle_s=60, clock=clock,
                    synchronous=True, animations=False, max_volume=config.max_volume,
                    staff=staff)
    kiosk.driver.stop()  # the test ticks the session itself
    follow_staff_settings(kiosk, staff)
    assert wait_until(lambda: bool(kiosk.bridge.ready), 10)
    yield kiosk, staff, clock
    close_staff(staff)
    kiosk.close()


def test_staff_volume_and_idle_time_apply_at_once(
        qtbot: QtBot, staffed_kiosk: tuple[object, StaffController, ManualClock]) -> None:
    kiosk, staff, clock = staffed_kiosk
    window: QQuickWindow = kiosk.window  # type: ignore[attr-defined]
    player = kiosk.testimony.player  # type: ignore[attr-defined]
    session: Session = kiosk.session  # type: ignore[attr-defined]
    qtbot.waitExposed(window)
    press(window, QPoint(960, 540), 20)  # a visitor starts a visit
    assert session.state is not State.ATTRACT
    before = player.outputVolume
    assert player.maxVolume == pytest.approx(0.8)

    quicken_gesture(window)
    staff_gesture(window)
    qtbot.waitUntil(lambda: shown(window, "volumeDown") is not None, timeout=3000)
    for _ in range(2):
        tap_item(window, "volumeDown")
    assert staff.volume == pytest.approx(0.7)
    assert player.maxVolume == pytest.approx(0.7)
    assert player.outputVolume < before
    stepper = shown(window, "volume")
    assert stepper is not None and stepper.property("value") == "70 %"

    for _ in range(2):
        tap_item(window, "idleDown")  # 60 s → 45 s → 30 s
    assert staff.idleSeconds == 30
    assert session.timing.idle_s == 30
    tap_item(window, "staffClose")
    session.touch()
    clock.advance(31)
    kiosk.driver.tick()  # type: ignore[attr-defined]
    assert session.state is State.WARNING  # after 30 s, not the 60 s it started with

    # The choices outlive a restart: the staff settings file in the data folder.
    saved = staff.config.data_dir / "staff-settings.toml"
    qtbot.waitUntil(saved.exists, timeout=5000)
    config_file = staff.config.data_dir.parent / "kiosk.toml"
    config_file.write_text(f'data_dir = "{staff.config.data_dir}"\nmax_volume = 0.8\n')
    again = load_config(config_file)
    assert (again.volume, again.idle_seconds, again.effective_volume) == (0.7, 30, 0.7)


# -- the systemd unit --------------------------------------------------------------------------

def unit() -> configparser.ConfigParser:
    parser = configparser.ConfigParser(strict=False, interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(ROOT / "packaging" / "deb" / "kiosk.service", encoding="utf-8")
    return parser


def test_the_unit_restarts_on_75_but_not_after_exit_to_desktop() -> None:
    service = unit()["Service"]
    assert service["Restart"] == "always"
    prevented = service["RestartPreventExitStatus"].split()
    assert str(EXIT_TO_DESKTOP_CODE) in prevented
    assert str(RESTART_EXIT_CODE) not in prevented


def test_the_unit_lets_the_kiosk_read_and_write_usb_sticks() -> None:
    service = unit()["Service"]
    writable = service.get("ReadWritePaths", "").split()
    assert "-/media" in writable and "-/run/media" in writable  # listing and CSV export
    assert "/media" not in service.get("ReadOnlyPaths", "")
    hidden = service.get("InaccessiblePaths", "") + service.get("TemporaryFileSystem", "")
    assert not re.search(r"(^|\s)-?/(run/)?media\b", hidden)
    assert service.get("ProtectSystem") == "strict"  # everything else stays read-only
