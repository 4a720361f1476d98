"""Composition root: builds the kiosk's objects and wires them together.

No logic lives here: every decision is in the objects it creates.
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, QSize
from PySide6.QtGui import QGuiApplication, QWindow
from PySide6.QtQml import QQmlApplicationEngine

from kiosk.station.session import Clock, Session, Timing
from kiosk.ui.bridge import Kiosk
from kiosk.ui.catalog import Catalog
from kiosk.ui.fonts import register_fonts
from kiosk.ui.idle import SessionDriver
from kiosk.ui.images import CACHE_BYTES, ImageProvider, ImageService
from kiosk.ui.strings import DictTranslator

if TYPE_CHECKING:
    from kiosk.package.reader import Package

log = logging.getLogger(__name__)

#: The QML module: ``kiosk/ui/qml/qmldir``, found from the folder holding ``kiosk``.
QML_IMPORT_PATH = Path(__file__).resolve().parents[2]
QML_MODULE = "kiosk.ui.qml"
DEMO = Path("build/demo.exhibit")


@dataclass
class KioskApp:
    """Everything one running kiosk is made of; :meth:`close` takes it apart."""

    package: Package
    engine: QQmlApplicationEngine
    window: QWindow
    bridge: Kiosk
    images: ImageService
    catalog: Catalog
    session: Session
    driver: SessionDriver
    translator: DictTranslator
    providers: list[ImageProvider] = field(default_factory=list)

    def close(self) -> None:
        """GUI thread. Stops timers and workers, then the engine and the package."""
        self.driver.stop()
        self.window.removeEventFilter(self.driver)
        self.catalog.shutdown()
        self.images.shutdown()
        self.window.close()
        # Delete the engine (and its QML) now, while the objects its bindings read still live.
        shiboken6.delete(self.engine)
        QGuiApplication.removeTranslator(self.translator)
        self.package.close()


def compose(package: Package, *, size: tuple[int, int] | None = (1920, 1080),
            idle_s: float | None = None, fullscreen: bool = False,
            synchronous: bool = False, clock: Clock = time.monotonic,
            cache_bytes: int = CACHE_BYTES, animations: bool = True) -> KioskApp:
    """Wire a kiosk for ``package`` and show its window. Needs a QGuiApplication."""
    app = QGuiApplication.instance()
    assert isinstance(app, QGuiApplication), "create a QGuiApplication first"
    register_fonts()
    translator = DictTranslator()
    QGuiApplication.installTranslator(translator)
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
    engine = QQmlApplicationEngine()
    engine.addImportPath(str(QML_IMPORT_PATH))
    providers = [ImageProvider(images, kind) for kind in ("photo", "thumb", "tiles")]
    for kind, provider in zip(("photo", "thumb", "tiles"), providers, strict=True):
        engine.addImageProvider(kind, provider)
    engine.rootContext().setContextProperty("kiosk", bridge)
    catalog.load()
    engine.loadFromModule(QML_MODULE, "Main")
    roots = engine.rootObjects()
    if not roots or not isinstance(roots[0], QWindow):
        raise RuntimeError("the kiosk's QML did not load; see the log above")
    window = roots[0]
    window.installEventFilter(driver)
    if size is not None:
        window.resize(QSize(*size))
    if fullscreen:
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
    from kiosk.package.errors import PackageError
    from kiosk.package.reader import Package

    qt_app = QGuiApplication(sys.argv[:1])
    qt_app.setApplicationName("kiosk")
    try:
        package = Package.open(path)
    except PackageError as e:
        print(e, file=sys.stderr)
        return 1
    kiosk = compose(package, size=args.size, idle_s=args.idle,
                    fullscreen=not args.windowed)
    if args.windowed:
        kiosk.window.setFlags(kiosk.window.flags())
    else:
        from PySide6.QtCore import Qt
        kiosk.window.setFlag(Qt.WindowType.FramelessWindowHint, True)
    code = qt_app.exec()
    kiosk.close()
    return code


__all__ = ["KioskApp", "QObject", "compose", "run_command"]
