"""Start-up: open the package off the GUI thread, compile QML early, and mark the
first frame that shows a photograph (the start-up benchmark reads that line)."""

from __future__ import annotations

import sys
import time
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # Qt is imported by the callers, after the package thread started
    from PySide6.QtQml import QQmlComponent, QQmlEngine
    from PySide6.QtQuick import QQuickWindow

    from kiosk.package.reader import Package

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
