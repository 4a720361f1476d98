"""Start-up: open the package and read the attract photos off the GUI thread
while Qt starts (plain SQL, no SQLAlchemy), compile QML early, hold back what
the first photo does not need (the exhibition's structure, which imports
SQLAlchemy; the audio player, which loads QtMultimedia and FFmpeg; then the
statistics database, which imports Alembic), and mark the first frame that
shows a photograph (the start-up benchmark reads that line).

Start-up is CPU-bound on two cores and Python's GIL serialises its threads, so
work held back until the first photo is work the first photo does not wait for.
"""

from __future__ import annotations

import logging
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # Qt is imported by the callers, after the package thread started
    from PySide6.QtCore import QObject
    from PySide6.QtQml import QQmlComponent, QQmlEngine
    from PySide6.QtQuick import QQuickWindow

    from kiosk.package.reader import Package
    from kiosk.package.records import MediaInfo
    from kiosk.station.analytics import Analytics
    from kiosk.station.config import Config
    from kiosk.ui.catalog import Catalog

log = logging.getLogger(__name__)

MARKER = "KIOSK_FIRST_PHOTO_FRAME"
#: What waits for the first photo runs this long after start-up at the latest,
#: even if no photo shows (none can be decoded, or none is in view yet).
STRUCTURE_AT_LATEST_MS = 3000


def at_first_photo_frame(window: QQuickWindow, callback: Callable[[], None]) -> None:
    """Call ``callback`` once, when the first frame showing an attract photo has been
    swapped. Signals from QML arrive on the GUI thread; frameSwapped, with a
    threaded render loop, on the render thread: ``callback`` must be thread-safe."""
    state = {"photo": False, "done": False}
    lock = threading.Lock()

    def photo_shown() -> None:
        state["photo"] = True
        window.update()

    def swapped() -> None:
        with lock:
            if not state["photo"] or state["done"]:
                return
            state["done"] = True
        callback()

    if window.property("photoShown"):
        photo_shown()
    window.firstPhotoShown.connect(photo_shown)  # type: ignore[attr-defined]
    window.frameSwapped.connect(swapped)


def print_marker_at_first_photo(window: QQuickWindow) -> None:
    """Print ``MARKER <monotonic s>`` after the first frame swapped once the attract
    loop has a photo up (see :func:`at_first_photo_frame`)."""

    def mark() -> None:
        print(f"{MARKER} {time.monotonic():.6f}", flush=True)
        sys.stdout.flush()

    at_first_photo_frame(window, mark)


def after_first_photo(window: QQuickWindow, bridge: QObject, catalog: Catalog,
                      *jobs: Callable[[], None]) -> None:
    """Run ``jobs`` once, in order, on the GUI thread, when the first attract photo is
    on screen; at once when the visitor touches first or there is no photo to show;
    after :data:`STRUCTURE_AT_LATEST_MS` whatever happens. GUI thread.

    ``kiosk run`` holds back this way the exhibition's structure (it imports
    SQLAlchemy on the catalog's worker) and the audio player (QtMultimedia)."""
    from PySide6.QtCore import QTimer

    done = threading.Event()

    def run() -> None:
        if done.is_set():
            return
        done.set()
        for job in jobs:
            job()

    def soon() -> None:  # queued: the frame's other slots (the start-up marker) go first
        QTimer.singleShot(0, window, run)

    def attract_known(media: object) -> None:
        if not media:
            run()

    at_first_photo_frame(window, soon)
    bridge.screenChanged.connect(run)  # type: ignore[attr-defined]
    QTimer.singleShot(STRUCTURE_AT_LATEST_MS, window, run)
    catalog.attractLoaded.connect(attract_known)
    catalog.failed.connect(lambda _message: run())
    if catalog.attract is not None:
        attract_known(catalog.attract)


@dataclass(frozen=True, slots=True)
class Opened:
    """A package opened at start-up, and the attract loop's photos (None: unread)."""

    package: Package
    attract: tuple[MediaInfo, ...] | None


def open_in_background(path: Path) -> Future[Opened]:
    """Open ``path`` (hardened, plain SQL, no SQLAlchemy) and read the attract loop's
    photos on a thread, while the GUI thread starts Qt and compiles the QML. The
    thread ends with it."""

    def work() -> Opened:
        from kiosk.package.errors import PackageError
        from kiosk.package.reader import Package

        package = Package.open(path)
        try:
            attract = package.attract_media()
        except PackageError as e:  # the catalog tries again and reports it, as for any read
            log.warning("the attract photos cannot be read yet: %s", e)
            attract = None
        return Opened(package, attract)

    executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="package-open")
    future = executor.submit(work)
    executor.shutdown(wait=False)
    return future


def precompile(engine: QQmlEngine, module: str, name: str) -> QQmlComponent:
    """Compile the QML before its context exists; creating it later reuses the result.
    Keep the component alive until then. GUI thread."""
    from PySide6.QtQml import QQmlComponent

    component = QQmlComponent(engine)
    component.loadFromModule(module, name, QQmlComponent.CompilationMode.PreferSynchronous)
    return component


class FirstFrame:
    """Set once start-up is over: in ``kiosk run``, when the exhibition's structure
    has been read after the first photo (or could not be), or the kiosk stops.
    Work that start-up does not need waits for it on its own thread. Any thread."""

    def __init__(self, timeout_s: float = 30.0) -> None:
        self._shown = threading.Event()
        self._timeout_s = timeout_s

    def shown(self) -> None:
        self._shown.set()

    def wait(self) -> bool:
        """Block (without the GIL) until :meth:`shown`; False after the timeout."""
        return self._shown.wait(self._timeout_s)


def analytics_after(first_frame: FirstFrame, config: Config) -> Callable[[], Analytics]:
    """Opens the statistics database once ``first_frame`` is shown. Importing
    Alembic and migrating costs ~0.4 s of Python, which would hold the GIL
    against the GUI thread during start-up. Runs on the statistics worker."""

    def open_analytics() -> Analytics:
        first_frame.wait()
        from kiosk.station.analytics import Analytics

        return Analytics.from_config(config)

    return open_analytics
