"""Composition root: builds the kiosk's objects and wires them together.

No logic lives here: every decision is in the objects it creates. Qt and the
UI modules are imported inside the functions, so that ``kiosk run`` can start
opening the package (SQLAlchemy's import alone is ~0.3 s) on another thread
before Qt's import begins.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.station.session import Clock, Session, Timing
from kiosk.ui import startup

if TYPE_CHECKING:
    from PySide6.QtQml import QQmlApplicationEngine
    from PySide6.QtQuick import QQuickWindow

    from kiosk.package.reader import Package
    from kiosk.ui.bridge import Kiosk
    from kiosk.ui.catalog import Catalog
    from kiosk.ui.idle import SessionDriver
    from kiosk.ui.images import ImageProvider, ImageService
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

    def close(self) -> None:
        """GUI thread. Stops timers and workers, then the engine and the package."""
        import shiboken6

        self.driver.stop()
        self.window.removeEventFilter(self.driver)
        self.catalog.shutdown()
        self.images.shutdown()
        self.window.close()
        # Delete the engine (and its QML) now, while the objects its bindings read still live.
        shiboken6.delete(self.engine)
        self.translator.close()
        self.package.close()


def compose(package: Package, *, size: tuple[int, int] | None = (1920, 1080),
            idle_s: float | None = None, fullscreen: bool = False,
            synchronous: bool = False, clock: Clock = time.monotonic,
            cache_bytes: int = 40 * 2**20, animations: bool = True,
            engine: QQmlApplicationEngine | None = None) -> KioskApp:
    """Wire a kiosk for ``package`` and show its window. Needs a QGuiApplication.

    ``engine``: one made (and its QML compiled) while the package was opening.
    """
    from PySide6.QtCore import QSize, Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtQml import QQmlApplicationEngine
    from PySide6.QtQuick import QQuickWindow

    from kiosk.ui.bridge import Kiosk
    from kiosk.ui.catalog import Catalog
    from kiosk.ui.fonts import register_fonts
    from kiosk.ui.idle import SessionDriver
    from kiosk.ui.images import ImageProvider, ImageService
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
    images = ImageService(package, cache_bytes=cache_bytes, synchronous=synchronous)
    catalog = Catalog(package, images, synchronous=synchronous)
    timing = Timing(idle_s=idle_s) if idle_s else Timing()
    session = Session(languages=len(package.info.languages), timing=timing, clock=clock)
    screen = QGuiApplication.primaryScreen()
    dpmm = screen.physicalDotsPerInch() / 25.4 if screen is not None else None
    bridge = Kiosk(package.info, catalog, images, session, translator, dots_per_mm=dpmm)
    bridge.set_animations(animations)
    if size is not None:
        bridge.setViewSize(*size)
    driver = SessionDriver(session)
    driver.ticked.connect(bridge.tick)
    providers = [ImageProvider(images, kind) for kind in ("photo", "thumb", "tiles")]
    for kind, provider in zip(("photo", "thumb", "tiles"), providers, strict=True):
        engine.addImageProvider(kind, provider)
    engine.rootContext().setContextProperty("kiosk", bridge)
    translator.attach(engine)
    catalog.load()
    engine.loadFromModule(QML_MODULE, "Main")
    roots = engine.rootObjects()
    if not roots or not isinstance(roots[0], QQuickWindow):
        raise RuntimeError("the kiosk's QML did not load; see the log above")
    window = roots[0]
    window.installEventFilter(driver)
    if size is not None:
        window.resize(QSize(*size))
    if fullscreen:
        window.setFlag(Qt.WindowType.FramelessWindowHint, True)
        window.showFullScreen()
    else:
        window.show()
    driver.start()
    return KioskApp(package, engine, window, bridge, images, catalog, session, driver,
                    translator, providers)


def find_package(path: Path | None) -> Path | None:
    """The package to show: ``path``, else the demo next to the working folder."""
    if path is not None:
        return path
    for candidate in (DEMO, QML_IMPORT_PATH / DEMO):
        if candidate.exists():
            return candidate
    return None


def run_command(args: argparse.Namespace) -> int:
    """``kiosk run [PKG] [--windowed] [--size WxH] [--idle S]``."""
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    path = find_package(args.package)
    if path is None:
        print("No package given and no demo at build/demo.exhibit. Run `make run`, or "
              "`kiosk build exhibitions/demo -o build/demo.exhibit` first.", file=sys.stderr)
        return 1
    opening = startup.open_in_background(path)
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtQml import QQmlApplicationEngine

    from kiosk.ui.fonts import register_fonts

    qt_app = QGuiApplication(sys.argv[:1])
    qt_app.setApplicationName("kiosk")
    register_fonts()
    engine = QQmlApplicationEngine()
    engine.addImportPath(str(QML_IMPORT_PATH))
    compiled = startup.precompile(engine, QML_MODULE, "Main")
    from kiosk.package.errors import PackageError

    try:
        package = opening.result()
    except PackageError as e:
        print(e, file=sys.stderr)
        return 1
    kiosk = compose(package, size=args.size, idle_s=args.idle, fullscreen=not args.windowed,
                    engine=engine)
    del compiled
    if os.environ.get(STARTUP_MARKER_ENV):
        startup.print_marker_at_first_photo(kiosk.window)
    code = qt_app.exec()
    kiosk.close()
    return code
