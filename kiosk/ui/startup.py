"""Start-up: open the package off the GUI thread, compile QML early, hold back
what the first frame does not need (the statistics database), and mark the
first frame that shows a photograph (the start-up benchmark reads that line)."""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # Qt is imported by the callers, after the package thread started
    from PySide6.QtQml import QQmlComponent, QQmlEngine
    from PySide6.QtQuick import QQuickWindow

    from kiosk.package.reader import Package
    from kiosk.station.analytics import Analytics
    from kiosk.station.config import Config

MARKER = "KIOSK_FIRST_PHOTO_FRAME"


def print_marker_at_first_photo(window: QQuickWindow) -> None:
    """Print ``MARKER <monotonic s>`` after the first frame swapped once the attract
    loop has a photo up. Runs on the GUI thread (signals from QML) and, for
    frameSwapped, on the render thread; printing is all it does there."""
    state = {"photo": False, "done": False}

    def photo_shown() -> None:
        state["photo"] = True
        window.update()

    def swapped() -> None:
        if state["photo"] and not state["done"]:
            state["done"] = True
            print(f"{MARKER} {time.monotonic():.6f}", flush=True)
            sys.stdout.flush()

    if window.property("photoShown"):
        photo_shown()
    window.firstPhotoShown.connect(photo_shown)  # type: ignore[attr-defined]
    window.frameSwapped.connect(swapped)


def open_in_background(path: Path) -> Future[Package]:
    """Import the package layer (SQLAlchemy, ~0.3 s) and open ``path`` on a thread,
    while the GUI thread starts Qt and compiles the QML. The thread ends with it."""

    def work() -> Package:
        from kiosk.package.reader import Package

        return Package.open(path)

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
    """Set once the first photograph is on screen (or the kiosk stops): work that
    start-up does not need waits for it on its own thread. Any thread."""

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
