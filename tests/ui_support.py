"""Shared set-up for the UI tests: packages, a running kiosk, real touch input.

Import the fixtures into a test module with
``from tests.ui_support import kiosk, ui_package  # noqa: F401``.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF
from PySide6.QtGui import QPointingDevice
from PySide6.QtQuick import QQuickItem, QQuickWindow
from PySide6.QtTest import QTest

from kiosk.package.reader import Package
from kiosk.package.writer import PackageWriter
from kiosk.station.session import ManualClock
from kiosk.ui.app import KioskApp, compose
from kiosk.ui.settle import find_items, settle, wait_until
from tests.package_factory import jpeg, make_package

UI_SIZE = (1280, 720)
IDLE_S = 60.0


@pytest.fixture(scope="session")
def ui_package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """12 items (testimony, photos, a text), en/az-Latn/ur, 1200x800 photos."""
    path = tmp_path_factory.mktemp("ui") / "ui.exhibit"
    return make_package(path, items=12, photo_size=(1200, 800))


@pytest.fixture(scope="session")
def broken_package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One section: a photo whose renditions are not images, then a sound one."""
    path = tmp_path_factory.mktemp("ui") / "broken.exhibit"
    with PackageWriter(path) as w:
        w.set_exhibition(uid="broken", version="1", languages=["en"], default_language="en",
                         title={"en": "Broken"})
        section = w.add_section(position=0, slug="s", title={"en": "Section"})
        bad = w.add_media(width=400, height=300, thumbnail=b"not a jpeg", placeholder=b"x",
                          renditions=[(400, 300, b"\xff\xd8\xff garbage")], tiles=[],
                          tile_size=512, max_level=0)
        good = w.add_media(width=400, height=300, thumbnail=jpeg(40, 30), placeholder=jpeg(8, 6),
                           renditions=[(400, 300, jpeg(400, 300))], tiles=[], tile_size=512,
                           max_level=0)
        w.add_item(section_id=section, position=0, slug="bad", kind="photo", media_id=bad,
                   title={"en": "Bad"})
        w.add_item(section_id=section, position=1, slug="good", kind="photo", media_id=good,
                   title={"en": "Good"})
        return w.commit()


def start_kiosk(path: Path, *, size: tuple[int, int] = UI_SIZE, synchronous: bool = True,
                ) -> tuple[KioskApp, ManualClock]:
    clock = ManualClock()
    app = compose(Package.open(path), size=size, idle_s=IDLE_S, clock=clock,
                  synchronous=synchronous, animations=False)
    app.driver.stop()  # the tests tick the session themselves
    assert wait_until(lambda: bool(app.bridge.ready), 10)
    return app, clock


@pytest.fixture
def kiosk(qapp: object, ui_package: Path) -> Iterator[KioskApp]:
    """A running kiosk on the test package, 1280x720, no animations, a manual clock.

    Fails the test if it leaves a thread or a running timer behind.
    """
    before = {t.ident for t in threading.enumerate()}
    app, clock = start_kiosk(ui_package)
    app.clock = clock  # type: ignore[attr-defined]
    try:
        yield app
    finally:
        app.close()
        assert not app.driver.timer.isActive(), "the idle timer is still running"
        assert app.images.pool.activeThreadCount() == 0, "image decoders still running"
        assert wait_until(
            # A _DummyThread is Python's record of a Qt thread (FFmpeg's reader, the
            # global pool) that once ran Python; Python 3.12 never drops it.
            lambda: not [t for t in threading.enumerate()
                         if t.ident not in before and t.is_alive()
                         and not isinstance(t, threading._DummyThread)], 5), \
            f"threads left behind: {[t.name for t in threading.enumerate()]}"


# -- touch -------------------------------------------------------------------

_DEVICE: list[QPointingDevice] = []


def touch_device() -> QPointingDevice:
    if not _DEVICE:
        _DEVICE.append(QTest.createTouchDevice())
    return _DEVICE[0]


def _pt(p: QPointF | QPoint | tuple[float, float]) -> QPoint:
    if isinstance(p, tuple):
        return QPoint(int(p[0]), int(p[1]))
    return p.toPoint() if isinstance(p, QPointF) else p


def tap(window: QQuickWindow, at: QPointF | QPoint | tuple[float, float]) -> None:
    point = _pt(at)
    QTest.touchEvent(window, touch_device()).press(0, point, window).commit()
    QTest.qWait(20)
    QTest.touchEvent(window, touch_device()).release(0, point, window).commit()
    QTest.qWait(20)


def double_tap(window: QQuickWindow, at: QPointF | QPoint | tuple[float, float]) -> None:
    point = _pt(at)
    for _ in range(2):
        QTest.touchEvent(window, touch_device()).press(0, point, window).commit()
        QTest.qWait(10)
        QTest.touchEvent(window, touch_device()).release(0, point, window).commit()
        QTest.qWait(30)


def swipe(window: QQuickWindow, start: tuple[float, float], end: tuple[float, float],
          steps: int = 12) -> None:
    dev = touch_device()
    QTest.touchEvent(window, dev).press(0, _pt(start), window).commit()
    for i in range(1, steps + 1):
        f = i / steps
        p = (start[0] + (end[0] - start[0]) * f, start[1] + (end[1] - start[1]) * f)
        QTest.qWait(10)
        QTest.touchEvent(window, dev).move(0, _pt(p), window).commit()
    QTest.qWait(10)
    QTest.touchEvent(window, dev).release(0, _pt(end), window).commit()
    QTest.qWait(20)


def pinch(window: QQuickWindow, center: tuple[float, float], start_gap: float,
          end_gap: float, steps: int = 10) -> None:
    dev = touch_device()
    cx, cy = center

    def points(gap: float) -> tuple[QPoint, QPoint]:
        return _pt((cx - gap / 2, cy)), _pt((cx + gap / 2, cy))

    a, b = points(start_gap)
    QTest.touchEvent(window, dev).press(0, a, window).press(1, b, window).commit()
    for i in range(1, steps + 1):
        a, b = points(start_gap + (end_gap - start_gap) * i / steps)
        QTest.qWait(10)
        QTest.touchEvent(window, dev).move(0, a, window).move(1, b, window).commit()
    QTest.qWait(10)
    QTest.touchEvent(window, dev).release(0, a, window).release(1, b, window).commit()
    QTest.qWait(20)


# -- finding things on screen ------------------------------------------------------

def item(window: QQuickWindow, name: str) -> QQuickItem:
    """The one visible item called ``name``."""
    found = [i for i in find_items(window, name) if shown(i)]
    assert found, f"no visible item {name!r}"
    return found[0]


def shown(it: QQuickItem) -> bool:
    """Visible and not transparent, itself and every parent."""
    node: QQuickItem | None = it
    while node is not None:
        if not node.isVisible() or node.opacity() == 0:
            return False
        node = node.parentItem()
    return True


def center_of(it: QQuickItem) -> QPointF:
    return it.mapToScene(QPointF(it.width() / 2, it.height() / 2))


def tap_item(window: QQuickWindow, name: str) -> None:
    tap(window, center_of(item(window, name)))


__all__ = ["IDLE_S", "UI_SIZE", "center_of", "double_tap", "item", "pinch", "settle", "start_kiosk",
           "swipe", "tap", "tap_item", "wait_until"]
