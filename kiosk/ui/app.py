"""Composition root: builds the kiosk's objects and wires them together.

No logic lives here: every decision is in the objects it creates. Qt and the
UI modules are imported inside the functions, so that ``kiosk run`` can start
opening the package and reading the attract photos on another thread before
Qt's import begins (see :mod:`kiosk.ui.startup`).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.station.session import DEFAULT_IDLE_S, DEFAULT_WARNING_S, Clock, Session, Timing
from kiosk.ui import startup

if TYPE_CHECKING:
    from PySide6.QtCore import QObject
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtQml import QQmlApplicationEngine
    from PySide6.QtQuick import QQuickWindow

    from kiosk.package.reader import Package
    from kiosk.package.records import MediaInfo
    from kiosk.station.config import Config
    from kiosk.ui.bridge import Kiosk
    from kiosk.ui.catalog import Catalog
    from kiosk.ui.empty import NoExhibition
    from kiosk.ui.idle import SessionDriver
    from kiosk.ui.images import ImageProvider, ImageService
    from kiosk.ui.lockdown import Lockdown
    from kiosk.ui.runtime import StationRuntime
    from kiosk.ui.staff import StaffController
    from kiosk.ui.switch import Links, PackageSwitch
    from kiosk.ui.testimony import TestimonyController
    from kiosk.ui.translations import Translations

log = logging.getLogger(__name__)

#: The QML module: ``kiosk/ui/qml/qmldir``, found from the folder holding ``kiosk``.
QML_IMPORT_PATH = Path(__file__).resolve().parents[2]
QML_MODULE = "kiosk.ui.qml"
DEMO = Path("build/demo.exhibit")
#: Set to print a line at the first frame showing a photograph (start-up benchmark).
STARTUP_MARKER_ENV = "KIOSK_STARTUP_MARKER"


@dataclass
class KioskApp:
    """Everything one running kiosk is made of; :meth:`close` takes it apart."""

    package: Package
    engine: QQmlApplicationEngine
    window: QQuickWindow
    bridge: Kiosk
    images: ImageService
    catalog: Catalog
    session: Session
    driver: SessionDriver
    translator: Translations
    providers: list[ImageProvider] = field(default_factory=list)
    testimony: TestimonyController | None = None
    #: The staff's cap on the testimony volume, also for a player made later.
    max_volume: float = 1.0
    synchronous: bool = False

    def add_testimony(self) -> None:
        """The audio player, its transcript and the testimony screen's controller, once.
        ``kiosk run`` makes them after the first photo: QtMultimedia and FFmpeg cost
        ~12 ms warm, ~60 ms from a cold disk. GUI thread."""
        if self.testimony is None:
            self.testimony = _testimony(self.bridge, self.package, self.engine,
                                        max_volume=self.max_volume,
                                        synchronous=self.synchronous)

    def set_max_volume(self, volume: float) -> None:
        """The staff's volume cap, now and for a player made later. GUI thread."""
        self.max_volume = volume
        if self.testimony is not None:
            self.testimony.player.setMaxVolume(volume)

    def close(self) -> None:
        """GUI thread. Stops timers and workers, then the engine and the package."""
        import shiboken6
        from PySide6.QtGui import QGuiApplication

        self.driver.stop()
        self.window.removeEventFilter(self.driver)
        if self.testimony is not None:
            app = QGuiApplication.instance()
            if app is not None:  # else a kiosk switched away from would live on through it
                app.aboutToQuit.disconnect(self.testimony.shutdown)
            self.testimony.shutdown()  # releases the FFmpeg source first
        self.catalog.shutdown()
        self.images.shutdown()
        self.window.close()
        # Delete the engine (and its QML) now, while the objects its bindings read still live.
        shiboken6.delete(self.engine)
        self.translator.close()
        self.package.close()
        # Closures connected to these objects' signals refer back to them and to this
        # kiosk: cycles through Qt's connections, which Python's gc cannot see. Deleting
        # them drops the connections, so that a kiosk switched away from is freed.
        for obj in (self.testimony, self.catalog, self.bridge):
            if obj is not None and shiboken6.isValid(obj):
                shiboken6.delete(obj)


def _testimony(bridge: Kiosk, package: Package, engine: QQmlApplicationEngine, *,
               max_volume: float, synchronous: bool) -> TestimonyController:
    """The audio player, its transcript and their controller, set on ``engine``'s
    context for the testimony screen. GUI thread."""
    from PySide6.QtGui import QGuiApplication

    from kiosk.ui.audio import TestimonyPlayer, TranscriptModel
    from kiosk.ui.testimony import TestimonyController

    player = TestimonyPlayer(bridge, max_volume=max_volume, synchronous=synchronous)
    transcript = TranscriptModel(player, bridge, synchronous=synchronous)
    testimony = TestimonyController(bridge, package, player, transcript, bridge)
    app = QGuiApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(testimony.shutdown)
    context = engine.rootContext()
    context.setContextProperty("testimonyPlayer", player)
    context.setContextProperty("testimonyTranscript", transcript)
    return testimony


def show_window(window: QQuickWindow, size: tuple[int, int] | None, *,
                fullscreen: bool) -> None:
    """GUI thread. At ``size`` (if given), full-screen and frameless or in a window."""
    from PySide6.QtCore import QSize, Qt

    if size is not None:
        window.resize(QSize(*size))
    if fullscreen:
        window.setFlag(Qt.WindowType.FramelessWindowHint, True)
        window.showFullScreen()
    else:
        window.show()


def decoded_cache_bytes(screen: tuple[int, int]) -> int:
    """Room for the photo on screen and one either side at this screen size (32 MiB
    each at 4K), and never less than :data:`kiosk.ui.images.CACHE_BYTES` (40 MiB, five
    1080p photos): with less, at 4K the preloads would push each other out."""
    from kiosk.ui.images import CACHE_BYTES

    w, h = screen
    return max(CACHE_BYTES, 3 * w * h * 4 + 4 * 2**20)


def _screen_pixels(app: QGuiApplication) -> tuple[int, int]:
    screen = app.primaryScreen()
    if screen is None:
        return (1920, 1080)
    size, ratio = screen.size(), screen.devicePixelRatio()
    return round(size.width() * ratio), round(size.height() * ratio)


def compose(package: Package, *, size: tuple[int, int] | None = (1920, 1080),
            idle_s: float | None = None, warning_s: float | None = None,
            fullscreen: bool = False,
            synchronous: bool = False, clock: Clock = time.monotonic,
            cache_bytes: int | None = None, animations: bool = True,
            engine: QQmlApplicationEngine | None = None,
            max_volume: float = 1.0, reduced_motion: bool = False,
            station: QObject | None = None, staff: QObject | None = None,
            attract: tuple[MediaInfo, ...] | None = None,
            structure_after_first_photo: bool = False, visible: bool = True) -> KioskApp:
    """Wire a kiosk for ``package`` and show its window. Needs a QGuiApplication.

    ``engine``: one made (and its QML compiled) while the package was opening;
    ``attract``: the attract photos, read then too. ``structure_after_first_photo``:
    read sections and items (SQLAlchemy) and make the audio player only once the
    first photo is on screen. ``visible=False``: the window is made hidden (the
    attract loop still loads its first photo) for the caller to show; a package
    switch shows it once that photo is there. If it fails, what it made is taken
    apart again, except ``engine`` and ``package``.
    """
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtQml import QQmlApplicationEngine

    from kiosk.ui.catalog import Catalog
    from kiosk.ui.fonts import register_fonts
    from kiosk.ui.images import ImageService
    from kiosk.ui.memory import tune_malloc
    from kiosk.ui.translations import Translations

    tune_malloc()
    app = QGuiApplication.instance()
    assert isinstance(app, QGuiApplication), "create a QGuiApplication first"
    if engine is None:
        register_fonts()
        engine = QQmlApplicationEngine()
        engine.addImportPath(str(QML_IMPORT_PATH))
    translator = Translations()
    if cache_bytes is None:
        cache_bytes = decoded_cache_bytes(size or _screen_pixels(app))
    images = ImageService(package, cache_bytes=cache_bytes, synchronous=synchronous)
    catalog = Catalog(package, images, synchronous=synchronous, attract=attract)
    try:
        return _compose_on(package, engine, translator, images, catalog, size=size,
                           idle_s=idle_s, warning_s=warning_s, fullscreen=fullscreen,
                           synchronous=synchronous, clock=clock, animations=animations,
                           max_volume=max_volume, reduced_motion=reduced_motion,
                           station=station, staff=staff,
                           structure_after_first_photo=structure_after_first_photo,
                           visible=visible)
    except BaseException:
        catalog.shutdown()
        images.shutdown()
        translator.close()
        raise


def _compose_on(package: Package, engine: QQmlApplicationEngine, translator: Translations,
                images: ImageService, catalog: Catalog, *, size: tuple[int, int] | None,
                idle_s: float | None, warning_s: float | None, fullscreen: bool,
                synchronous: bool, clock: Clock, animations: bool, max_volume: float,
                reduced_motion: bool, station: QObject | None, staff: QObject | None,
                structure_after_first_photo: bool, visible: bool) -> KioskApp:
    """:func:`compose` once its workers exist. GUI thread."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtQuick import QQuickWindow

    from kiosk.ui.accessibility import Accessibility
    from kiosk.ui.advisories import AdvisoryGate
    from kiosk.ui.bridge import Kiosk
    from kiosk.ui.idle import SessionDriver
    from kiosk.ui.images import ImageProvider, warm_up

    timing = Timing(idle_s=idle_s or DEFAULT_IDLE_S, warning_s=warning_s or DEFAULT_WARNING_S)
    session = Session(languages=len(package.info.languages), timing=timing, clock=clock)
    screen = QGuiApplication.primaryScreen()
    dpmm = screen.physicalDotsPerInch() / 25.4 if screen is not None else None
    gate = AdvisoryGate(default_language=package.info.default_language or "en")
    a11y = Accessibility(reduced_motion=reduced_motion)
    bridge = Kiosk(package.info, catalog, images, session, translator, dots_per_mm=dpmm,
                   advisories=gate, accessibility=a11y)
    gate.setParent(bridge)  # they live as long as the bridge (and the engine's bindings)
    a11y.setParent(bridge)
    bridge.set_animations(animations)
    if size is not None:
        bridge.setViewSize(*size)
    driver = SessionDriver(session)
    driver.ticked.connect(bridge.tick)
    kinds = ("photo", "thumb", "tiles", "placeholder")
    providers = [ImageProvider(images, kind) for kind in kinds]
    for kind, provider in zip(kinds, providers, strict=True):
        engine.addImageProvider(kind, provider)
    warm_up(engine, providers)  # before any QML loads an image: see warm_up
    context = engine.rootContext()
    context.setContextProperty("kiosk", bridge)
    testimony = None
    if structure_after_first_photo:  # made after the first photo: KioskApp.add_testimony
        context.setContextProperty("testimonyPlayer", None)
        context.setContextProperty("testimonyTranscript", None)
    else:
        testimony = _testimony(bridge, package, engine, max_volume=max_volume,
                               synchronous=synchronous)
    context.setContextProperty("advisories", gate)
    context.setContextProperty("accessibility", a11y)
    context.setContextProperty("station", station)  # None: no closed screen
    context.setContextProperty("staff", staff)  # None: no staff mode
    translator.attach(engine)
    catalog.load(structure=not structure_after_first_photo)
    if not visible:  # Main.qml says `visible: true`; this wins over it
        engine.setInitialProperties({"visible": False})
    try:
        engine.loadFromModule(QML_MODULE, "Main")
        roots = engine.rootObjects()
        if not roots or not isinstance(roots[0], QQuickWindow):
            raise RuntimeError("the kiosk's QML did not load; see the log above")
    except BaseException:
        if testimony is not None:
            app = QGuiApplication.instance()
            if app is not None:
                app.aboutToQuit.disconnect(testimony.shutdown)
            testimony.shutdown()
        raise
    window = roots[0]
    window.installEventFilter(driver)
    kiosk = KioskApp(package, engine, window, bridge, images, catalog, session, driver,
                     translator, providers, testimony, max_volume=max_volume,
                     synchronous=synchronous)
    if structure_after_first_photo:
        startup.after_first_photo(window, bridge, catalog,
                                  catalog.load_structure, kiosk.add_testimony)
    if visible:
        show_window(window, size, fullscreen=fullscreen)
    elif size is not None:
        window.resize(QSize(*size))
    driver.start()
    return kiosk


@dataclass
class EmptyApp:
    """The kiosk with no exhibition to show; :meth:`close` takes it apart."""

    engine: QQmlApplicationEngine
    window: QQuickWindow
    screen: NoExhibition
    translator: Translations

    def close(self) -> None:
        """GUI thread."""
        import shiboken6

        self.window.close()
        shiboken6.delete(self.engine)
        self.translator.close()


def compose_empty(*, language: str | None = None, problem: str = "", inbox: str = "",
                  staff_available: bool = False, size: tuple[int, int] | None = (1920, 1080),
                  fullscreen: bool = False, animations: bool = True,
                  engine: QQmlApplicationEngine | None = None,
                  staff: QObject | None = None) -> EmptyApp:
    """Show the "no exhibition" screen with staff mode on top. Needs a QGuiApplication.

    ``language``: the screen's; by default the system's, if a catalogue has it.
    """
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtQml import QQmlApplicationEngine
    from PySide6.QtQuick import QQuickWindow

    from kiosk.ui.empty import NoExhibition, screen_language
    from kiosk.ui.fonts import register_fonts
    from kiosk.ui.translations import Translations

    if engine is None:
        register_fonts()
        engine = QQmlApplicationEngine()
        engine.addImportPath(str(QML_IMPORT_PATH))
    primary = QGuiApplication.primaryScreen()
    dpmm = primary.physicalDotsPerInch() / 25.4 if primary is not None else None
    lang = language or screen_language()
    screen = NoExhibition(language=lang, problem=problem, inbox=inbox,
                          staff_available=staff_available, animations=animations,
                          dots_per_mm=dpmm, parent=engine)
    translator = Translations()
    translator.set_language(lang)
    context = engine.rootContext()
    context.setContextProperty("kiosk", screen)
    context.setContextProperty("staff", staff)
    translator.attach(engine)
    engine.loadFromModule(QML_MODULE, "EmptyMain")
    roots = engine.rootObjects()
    if not roots or not isinstance(roots[-1], QQuickWindow):
        raise RuntimeError("the empty screen's QML did not load; see the log above")
    window = roots[-1]
    show_window(window, size, fullscreen=fullscreen)
    return EmptyApp(engine, window, screen, translator)


def wire_station(runtime: StationRuntime, staff: StaffController, lockdown: Lockdown,
                 quit_with: Callable[[int], None],
                 package_went_live: Callable[[str], None]) -> None:
    """Connect the station's signals (all on the GUI thread) to quitting and swapping.

    ``quit_with(code)`` ends the event loop; ``package_went_live(path)`` follows an
    install or rollback, from the staff panel or the inbox.
    """
    from kiosk.ui.runtime import EXIT_TO_DESKTOP_CODE, RESTART_EXIT_CODE

    staff.staffModeChanged.connect(lockdown.set_staff_mode)
    runtime.inbox_outcomes.connect(staff.add_inbox_outcomes)
    staff.hoursChosen.connect(runtime.set_schedule)  # the closed screen follows at once
    staff.packageChanged.connect(package_went_live)
    runtime.package_installed.connect(package_went_live)
    runtime.restart_requested.connect(lambda: quit_with(RESTART_EXIT_CODE))
    staff.restartRequested.connect(lambda: quit_with(RESTART_EXIT_CODE))

    def exit_to_desktop() -> None:
        lockdown.allow_close()
        quit_with(EXIT_TO_DESKTOP_CODE)

    staff.exitRequested.connect(exit_to_desktop)


@dataclass(frozen=True)
class KioskOptions:
    """What every kiosk of one ``kiosk run`` is composed with, the first and each one
    switched to. The staff's volume and idle time are carried over from the kiosk
    on screen instead (see :func:`compose_next`)."""

    size: tuple[int, int] | None = (1920, 1080)
    #: Full screen, frameless and on top (a kiosk), else a window (a curator's desk).
    fullscreen: bool = True
    idle_s: float | None = None
    warning_s: float | None = None
    max_volume: float = 1.0
    synchronous: bool = False
    animations: bool = True
    clock: Clock = time.monotonic


def compose_next(opened: startup.Opened, previous: object, options: KioskOptions, *,
                 station: QObject | None, staff: StaffController | None) -> KioskApp:
    """A kiosk for a package that went live, its window hidden (:class:`PackageSwitch`
    shows it), on its own engine, with the idle time and volume of ``previous``
    (the kiosk on screen) or else the staff's. GUI thread."""
    import shiboken6
    from PySide6.QtQml import QQmlApplicationEngine

    idle_s, warning_s, volume = options.idle_s, options.warning_s, options.max_volume
    if isinstance(previous, KioskApp):
        idle_s, warning_s = previous.session.timing.idle_s, previous.session.timing.warning_s
        volume = previous.max_volume
    elif staff is not None:  # the empty screen: the staff panel's choices, if any
        idle_s, volume = float(staff.property("idleSeconds")), float(staff.property("volume"))
    engine = QQmlApplicationEngine()  # the fonts are registered once, at start-up
    engine.addImportPath(str(QML_IMPORT_PATH))
    try:
        return compose(opened.package, size=options.size, idle_s=idle_s, warning_s=warning_s,
                       synchronous=options.synchronous, clock=options.clock,
                       animations=options.animations, engine=engine, max_volume=volume,
                       station=station, staff=staff, attract=opened.attract,
                       structure_after_first_photo=True, visible=False)
    except BaseException:
        shiboken6.delete(engine)
        raise


def show_next(window: QQuickWindow, previous: object, options: KioskOptions) -> None:
    """Show a switched-to kiosk's window over ``previous``'s. GUI thread."""
    from kiosk.ui.lockdown import apply_kiosk_window

    old = getattr(previous, "window", None)
    if not options.fullscreen and old is not None:  # a curator's desk: in the same place
        window.setGeometry(old.geometry())
    apply_kiosk_window(window, fullscreen=options.fullscreen)


def wire_empty(empty: EmptyApp, runtime: StationRuntime) -> Callable[[], None]:
    """The empty screen's station: READY at the first frame; always "at attract" (no
    visitor to disturb: the memory ceiling may restart at once). GUI thread."""
    from PySide6.QtCore import Qt

    empty.window.frameSwapped.connect(runtime.first_frame_shown,
                                      Qt.ConnectionType.SingleShotConnection)
    runtime.set_attract(True)
    return lambda: None


def wire_kiosk(kiosk: KioskApp, runtime: StationRuntime,
               staff: StaffController | None) -> Callable[[], None]:
    """Connect the kiosk on screen to the station: statistics, staff settings, opening
    hours, the attract state (for the memory ceiling's restart) and READY. Returns what
    undoes it, for when another kiosk takes over. GUI thread."""
    from kiosk.ui.switch import Links

    links = Links()
    bridge = kiosk.bridge
    _record_visits(kiosk, runtime, links)
    if staff is not None:
        follow_staff_settings(kiosk, staff, links)

    def on_screen() -> None:
        runtime.set_attract(bridge.screen == "attract")

    def open_changed() -> None:  # no visitor session on a closed (black) kiosk
        if runtime.isOpen:
            kiosk.driver.start()
        else:
            kiosk.driver.stop()

    links.connect(bridge.screenChanged, on_screen)
    links.connect(runtime.isOpenChanged, open_changed)
    links.connect(kiosk.window.firstPhotoShown,  # type: ignore[attr-defined]
                  runtime.first_frame_shown)
    on_screen()
    open_changed()
    return links.undo


def wire_switch(shown: KioskApp | EmptyApp, runtime: StationRuntime, staff: StaffController,
                lockdown: Lockdown, quit_with: Callable[[int], None],
                options: KioskOptions) -> PackageSwitch:
    """Wire the station (:func:`wire_station`) and the kiosk on screen to it; a package
    that goes live is switched to in this process, at the next attract loop (at once
    from the empty screen), once staff mode is closed. GUI thread."""
    from kiosk.ui.switch import PackageSwitch

    def wire(on_screen: object) -> Callable[[], None]:
        if isinstance(on_screen, KioskApp):
            return wire_kiosk(on_screen, runtime, staff)
        assert isinstance(on_screen, EmptyApp)
        return wire_empty(on_screen, runtime)

    switch = PackageSwitch(
        shown, staff,
        compose_kiosk=lambda opened, previous: compose_next(opened, previous, options,
                                                            station=runtime, staff=staff),
        show=lambda window, previous: show_next(window, previous, options),
        wire=wire)
    wire_station(runtime, staff, lockdown, quit_with, switch.package_went_live)
    return switch


def follow_staff_settings(kiosk: KioskApp, staff: StaffController,
                          links: Links | None = None) -> None:
    """The staff panel's volume and idle time apply at once, to a visit under way too.

    Both signals arrive on the GUI thread; the player and the session live there.
    ``links`` keeps the connections, for a switch to undo them.
    """
    from kiosk.ui.switch import Links

    links = links if links is not None else Links()
    links.connect(staff.volumeChosen, kiosk.set_max_volume)
    links.connect(staff.idleChosen, kiosk.driver.set_idle_seconds)


def _record_visits(kiosk: KioskApp, runtime: StationRuntime, links: Links) -> None:
    """Feed the anonymous statistics from the visitor's navigation. GUI thread."""
    from kiosk.ui.advisories import AdvisoryGate
    from kiosk.ui.visits import VisitRecorder

    bridge = kiosk.bridge
    visits = VisitRecorder(runtime, kiosk.package.info.uid)
    state = {"screen": str(bridge.screen), "item": ""}

    def on_slide() -> None:
        if bridge.screen in ("slideshow", "testimony"):
            item = bridge.slides_model.item(int(bridge.property("slideIndex")))
            if item is not None:
                state["item"] = item.slug
                visits.item_shown(item.slug)

    def on_screen() -> None:
        screen = str(bridge.screen)
        if state["screen"] == "testimony" and screen != "testimony" and kiosk.testimony:
            player = kiosk.testimony.player
            visits.testimony_left(state["item"], int(player.property("position")),
                                  int(player.property("duration")))
        state["screen"] = screen
        visits.screen_changed(screen, str(bridge.language))
        on_slide()

    links.connect(bridge.screenChanged, on_screen)
    links.connect(bridge.slideChanged, on_slide)
    links.connect(bridge.changed, lambda: visits.language_changed(str(bridge.language)))
    gate = bridge.findChild(AdvisoryGate)
    if gate is not None:
        links.connect(gate.declined, lambda _id, where: visits.advisory_declined(where))


def find_package(path: Path | None, config: object | None = None) -> Path | None:
    """The package to show: ``path``, else the installed live package, else the demo."""
    if path is not None:
        return path
    if config is not None:
        try:
            from kiosk.station.install import Installer

            live = Installer.from_config(config).live()  # type: ignore[arg-type]
        except Exception as e:  # a broken install must not stop the kiosk
            log.warning("the installed package cannot be found: %s", e)
            live = None
        if live is not None:
            return live[1]
    for candidate in (DEMO, QML_IMPORT_PATH / DEMO):
        if candidate.exists():
            return candidate
    return None


def run_command(args: argparse.Namespace) -> int:
    """``kiosk run [PKG] [--windowed] [--size WxH] [--idle S]``."""
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    logging.getLogger("alembic").setLevel(logging.WARNING)  # its set-up chatter is not for staff
    from kiosk.station.config import load_config
    from kiosk.ui.lockdown import AlreadyRunning, SingleInstance

    instance = SingleInstance()  # before Qt starts; kept until exit
    try:
        instance.acquire()
    except AlreadyRunning as e:
        print(f"kiosk: {e}", file=sys.stderr)
        return 1
    try:
        return _run(args, load_config())
    finally:
        instance.release()


def _run(args: argparse.Namespace, config: Config) -> int:
    path = find_package(args.package, config)
    opening = startup.open_in_background(path) if path is not None else None
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtQml import QQmlApplicationEngine

    from kiosk.station.hours import Hours
    from kiosk.station.inbox import Inbox
    from kiosk.station.install import Installer
    from kiosk.station.pin import PinGate
    from kiosk.ui.fonts import register_fonts
    from kiosk.ui.lockdown import Lockdown, apply_kiosk_window
    from kiosk.ui.runtime import StationRuntime
    from kiosk.ui.staff import StaffController

    qt_app = QGuiApplication(sys.argv[:1])
    qt_app.setApplicationName("kiosk")
    first_frame = startup.FirstFrame()
    lockdown = Lockdown(windowed=args.windowed)
    lockdown.install(qt_app)
    installer = Installer.from_config(config)
    runtime = StationRuntime(
        config, Hours(config.open_hours),
        analytics=startup.analytics_after(first_frame, config),
        inbox=Inbox(config.inbox, installer) if config.inbox else None,
        inbox_path_of=lambda o: str(installer.path_of(o.pointer)) if o.pointer else "")
    pin_gate = PinGate.from_config(config)
    staff = StaffController(config, installer, runtime.stats, pin_gate, windowed=args.windowed)
    options = KioskOptions(size=args.size, fullscreen=not args.windowed,
                           idle_s=args.idle or config.idle_seconds,
                           warning_s=config.idle_warning_seconds,
                           max_volume=config.effective_volume)
    register_fonts()
    engine = QQmlApplicationEngine()
    engine.addImportPath(str(QML_IMPORT_PATH))

    def finish(switch: PackageSwitch) -> int:
        code = qt_app.exec()
        first_frame.shown()  # the statistics open now, if they were still waiting
        lockdown.allow_close()
        runtime.stop()  # STOPPING=1; writes queued statistics
        staff.shutdown()
        switch.close()  # the kiosk on screen, and one being switched to
        lockdown.remove()
        return code

    def run_empty(problem: str) -> int:
        # Exiting would only make systemd restart us in a loop: wait for staff or the inbox.
        log.warning("no exhibition to show (%s): showing the 'no exhibition' screen. Install "
                    "one from the staff panel or the inbox; on a development machine, `make "
                    "run` builds the demo", problem or "none given, none installed and no demo "
                    "at build/demo.exhibit")
        empty = compose_empty(problem=problem, inbox=str(config.inbox or ""),
                              staff_available=pin_gate.pin_set or args.windowed,
                              size=args.size, engine=engine, staff=staff)
        apply_kiosk_window(empty.window, fullscreen=not args.windowed)
        switch = wire_switch(empty, runtime, staff, lockdown, qt_app.exit, options)
        first_frame.shown()
        runtime.start()
        return finish(switch)

    if opening is None:
        return run_empty("")
    compiled = startup.precompile(engine, QML_MODULE, "Main")
    from kiosk.package.errors import PackageError

    try:
        opened = opening.result()
    except PackageError as e:
        print(e, file=sys.stderr)
        del compiled
        return run_empty(str(e))
    kiosk = compose(opened.package, size=options.size, idle_s=options.idle_s,
                    warning_s=options.warning_s, fullscreen=False,
                    engine=engine, max_volume=options.max_volume,
                    station=runtime, staff=staff, attract=opened.attract,
                    structure_after_first_photo=True)
    del compiled
    apply_kiosk_window(kiosk.window, fullscreen=options.fullscreen)
    # A package that goes live is shown from the next attract loop, in this process:
    # exiting would end cage too, a black screen for seconds (see kiosk.ui.switch).
    switch = wire_switch(kiosk, runtime, staff, lockdown, qt_app.exit, options)
    # The statistics (Alembic, ~0.4 s of Python) wait for the exhibition's structure,
    # which itself waits for the first photo.
    kiosk.bridge.readyChanged.connect(first_frame.shown)
    kiosk.catalog.failed.connect(lambda _message: first_frame.shown())
    if os.environ.get(STARTUP_MARKER_ENV):
        startup.print_marker_at_first_photo(kiosk.window)
    runtime.start()
    return finish(switch)
