"""Waiting for the screen to be complete: no fixed sleeps, only conditions.

Used by ``kiosk preview``, the tests and the benchmarks. GUI thread.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtQml import QQmlEngine, QQmlExpression
from PySide6.QtQuick import QQuickItem, QQuickWindow

#: QQuickImage.status: Null, Ready, Loading, Error.
LOADING = 2


def all_items(item: QQuickItem) -> Iterator[QQuickItem]:
    yield item
    for child in item.childItems():
        yield from all_items(child)


def images_loading(window: QQuickWindow) -> int:
    """How many visible images in ``window`` are still loading."""
    count = 0
    for item in all_items(window.contentItem()):
        if not item.isVisible():
            continue
        meta = item.metaObject()
        if meta.indexOfProperty("sourceSize") < 0 or meta.indexOfProperty("status") < 0:
            continue
        if _status(item) == LOADING:
            count += 1
    return count


def _status(item: QQuickItem) -> int:
    # PySide cannot convert QQuickImageBase::Status; QML's JS engine can.
    context = QQmlEngine.contextForObject(item)
    if context is None:
        return -1
    value, undefined = QQmlExpression(context, item, "status").evaluate()
    return -1 if undefined else int(value)


def wait_until(condition: Callable[[], bool], timeout_s: float = 10.0) -> bool:
    """Run the event loop until ``condition()`` holds; False on timeout."""
    deadline = time.monotonic() + timeout_s
    loop = QEventLoop()
    while not condition():
        if time.monotonic() > deadline:
            return False
        QTimer.singleShot(5, loop.quit)
        loop.exec()
    return True


def next_frame(window: QQuickWindow, timeout_s: float = 5.0) -> bool:
    """Ask for a frame and wait until it has been swapped."""
    swapped: list[bool] = []

    def done() -> None:
        swapped.append(True)

    window.frameSwapped.connect(done)
    try:
        window.update()
        return wait_until(lambda: bool(swapped), timeout_s)
    finally:
        window.frameSwapped.disconnect(done)


def settle(window: QQuickWindow, timeout_s: float = 15.0) -> bool:
    """Wait until no visible image is loading and a fresh frame is on screen."""
    QCoreApplication.processEvents()
    ok = wait_until(lambda: images_loading(window) == 0, timeout_s)
    # Two frames: one for the images that just arrived, one after their layout.
    return next_frame(window) and next_frame(window) and ok


def find_items(window: QQuickWindow, name: str) -> list[QQuickItem]:
    """Items called ``name`` in the visual tree (delegates are not QObject children)."""
    return [item for item in all_items(window.contentItem()) if item.objectName() == name]


def current_item(window: QQuickWindow, name: str) -> QQuickItem | None:
    """The visible item called ``name`` whose ``current`` property is true."""
    for item in find_items(window, name):
        if item.property("current") and item.isVisible():
            return item
    return None
