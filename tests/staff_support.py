"""Fakes and a QML host for the staff-mode and closed-screen tests."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Property, QObject, QPointF, QRectF, QUrl, Signal
from PySide6.QtGui import QPointingDevice
from PySide6.QtQuick import QQuickItem, QQuickView, QQuickWindow
from PySide6.QtTest import QTest

from kiosk.station.analytics import ItemStat, Summary, TestimonyStat
from kiosk.station.install import InstallError, InstallResult, Status
from kiosk.station.pointers import Pointer

ROOT = Path(__file__).resolve().parent.parent
QML = ROOT / "kiosk" / "ui" / "qml"


class KioskStub(QObject):
    """The few ``kiosk`` properties the shared Theme and components read."""

    changed = Signal()

    def __init__(self, language: str = "en") -> None:
        super().__init__()
        self._language = language

    def _lang(self) -> str:
        return self._language

    def _false(self) -> bool:
        return False

    def _touch(self) -> float:
        return 64.0

    def _one(self) -> float:
        return 1.0

    language = Property(str, _lang, notify=changed)
    rtl = Property(bool, _false, notify=changed)
    animations = Property(bool, _false, notify=changed)
    touchTarget = Property(float, _touch, notify=changed)
    textScale = Property(float, _one, notify=changed)


def pointer(uid: str = "harbour", version: str = "2", signer: str = "0123456789ABCDEF",
            sha: str = "a") -> Pointer:
    return Pointer(sha256=sha * 64, uid=uid, version=version, signer=signer,
                   installed_at="2026-11-20T09:15:00+00:00")


class FakeInstaller:
    """Installs instantly (or fails with ``fail``); keeps current/previous."""

    def __init__(self, data: Path) -> None:
        self.data = data
        self.current: Pointer | None = pointer()
        self.previous: Pointer | None = pointer(version="1", sha="b")
        self.fail = ""
        self.installed: list[Path] = []

    def path_of(self, p: Pointer) -> Path:
        return self.data / p.file_name

    def status(self) -> Status:
        return Status(self.current, self.previous, None, (), 0)

    def install(self, src: Path, sig: Path | None = None) -> InstallResult:
        if self.fail:
            raise InstallError(self.fail)
        self.installed.append(src)
        new = pointer(uid="harbour", version="3", sha="c")
        self.previous, self.current = self.current, new
        return InstallResult(new, self.previous, self.path_of(new))

    def rollback(self) -> Pointer:
        if self.previous is None:
            raise InstallError("There is no previous exhibition to go back to.")
        self.current, self.previous = self.previous, self.current
        return self.current


class FakeAnalytics:
    """Records calls; answers summary() and export_csv() with fixed data."""

    def __init__(self) -> None:
        self.calls: list[tuple[Any, ...]] = []
        self.closed = False

    def visit_started(self, exhibition: str, language: str) -> int:
        self.calls.append(("visit_started", exhibition, language))
        return 42

    def visit_ended(self, visit: int, exhibition: str, language: str, seconds: float,
                    reason: str = "idle") -> None:
        self.calls.append(("visit_ended", visit, exhibition, language, seconds, reason))

    def item_viewed(self, visit: int, exhibition: str, language: str, item: str,
                    seconds: float) -> None:
        self.calls.append(("item_viewed", visit, exhibition, language, item, seconds))

    def testimony_played(self, visit: int, exhibition: str, language: str, item: str,
                         heard: float, duration: float) -> None:
        self.calls.append(("testimony_played", visit, item, heard, duration))

    def advisory_declined(self, visit: int, exhibition: str, language: str, where: str) -> None:
        self.calls.append(("advisory_declined", visit, where))

    def summary(self, days: int = 30) -> Summary:
        return Summary(
            since=datetime(2026, 10, 27, tzinfo=UTC), visits=1284, median_visit_seconds=312,
            languages=(("en", 640), ("az-Latn", 402), ("ur", 242)),
            items=(ItemStat("harbour-1921", 511, 9300.0), ItemStat("the-quay", 402, 6100.0),
                   ItemStat("letters-home", 350, 8000.0)),
            testimonies=(TestimonyStat("voice-of-aida", 120, 0.64),),
            advisories_declined=17, visits_per_day=())

    def export_csv(self, out: io.TextIOBase, days: int = 30) -> int:
        out.write("at,kind\n2026-11-26T10:00:00Z,visit_start\n")
        return 1

    def close(self) -> None:
        self.closed = True


def make_media(root: Path) -> list[str]:
    """/media/USER/STICK and /mnt/DISK style folders with packages; returns the globs."""
    stick = root / "media" / "staff" / "STICK"
    (stick / "exhibitions").mkdir(parents=True)
    (stick / "harbour.exhibit").write_bytes(b"x" * 2_400_000)
    (stick / "harbour.exhibit.minisig").write_text("sig")
    (stick / "exhibitions" / "quay.exhibit").write_bytes(b"x" * 1000)
    (stick / ".hidden.exhibit").write_bytes(b"x")
    (stick / "notes.txt").write_text("no")
    disk = root / "mnt" / "backup"
    disk.mkdir(parents=True)
    (disk / "old.exhibit").write_bytes(b"x" * 10)
    return [str(root / "media" / "*"), str(root / "media" / "*" / "*"),
            str(root / "run" / "media" / "*" / "*"), str(root / "mnt" / "*")]


def host(qml: Path, properties: dict[str, Any], size: tuple[int, int] = (1920, 1080),
         language: str = "en") -> tuple[QQuickView, list[str], KioskStub]:
    """``qml`` as the root of a shown QQuickView, with a ``kiosk`` stub; warnings collected."""
    from kiosk.ui.fonts import register_fonts

    register_fonts()
    view = QQuickView()
    warnings: list[str] = []
    view.engine().warnings.connect(lambda ws: warnings.extend(w.toString() for w in ws))
    view.engine().addImportPath(str(ROOT))
    stub = KioskStub(language)
    view.rootContext().setContextProperty("kiosk", stub)
    view.setInitialProperties(properties)
    view.setResizeMode(QQuickView.ResizeMode.SizeRootObjectToView)
    view.resize(*size)
    view.setSource(QUrl.fromLocalFile(str(qml)))
    assert view.status() == QQuickView.Status.Ready, [e.toString() for e in view.errors()]
    view.show()
    return view, warnings, stub


def find(view: QQuickView, name: str) -> QQuickItem:
    """The visible item called ``name`` (Loader contents included)."""
    item = maybe_find(view, name)
    assert item is not None, name
    return item


def maybe_find(view: QQuickView, name: str) -> QQuickItem | None:
    return next((i for i in all_items(view.rootObject())
                 if i.objectName() == name and i.isVisible()), None)


def centre(item: QQuickItem) -> QPointF:
    return item.mapToScene(QPointF(item.width() / 2, item.height() / 2))


def tap(view: QQuickView, item: QQuickItem, device: QPointingDevice) -> None:
    at = centre(item).toPoint()
    QTest.touchEvent(view, device).press(0, at, view).commit()
    QTest.touchEvent(view, device).release(0, at, view).commit()


def all_items(item: QQuickItem) -> Iterator[QQuickItem]:
    yield item
    for child in item.childItems():
        yield from all_items(child)


def shown(window: QQuickWindow, name: str) -> QQuickItem | None:
    """The item called ``name`` that is visible on ``window`` (its parents too), if any."""
    return next((i for i in all_items(window.contentItem())
                 if i.objectName() == name and i.isVisible()), None)


def tap_item(window: QQuickWindow, name: str, device: QPointingDevice) -> None:
    """A finger's tap on the middle of the visible item called ``name``."""
    item = shown(window, name)
    assert item is not None, f"no visible {name!r}"
    at = still(item).toPoint()
    QTest.touchEvent(window, device).press(0, at, window).commit()
    QTest.touchEvent(window, device).release(0, at, window).commit()
    QTest.qWait(10)


def scene_rect(item: QQuickItem) -> QRectF:
    return item.mapRectToScene(QRectF(0, 0, item.width(), item.height()))


def is_a(item: QQuickItem, qml_type: str) -> bool:
    """``item`` is an instance of the QML component ``qml_type`` (e.g. ``TouchButton``)."""
    return item.metaObject().className().startswith(qml_type + "_QML")


def still(item: QQuickItem, timeout_ms: int = 3000) -> QPointF:
    """The centre of ``item`` once it stays put for a few frames (the panel lays itself
    out again as answers from its workers arrive)."""
    last, steady = centre(item), 0
    for _ in range(timeout_ms // 20):
        QTest.qWait(20)
        now = centre(item)
        steady = steady + 1 if now == last else 0
        if steady == 3:
            return now
        last = now
    raise AssertionError(f"{item.objectName()} keeps moving")


def swipe_into_view(window: QQuickWindow, flickable: QQuickItem, item: QQuickItem,
                    device: QPointingDevice) -> None:
    """Drag ``flickable``'s content up with a finger, slowly (no fling), until ``item``
    is wholly inside it."""
    view = scene_rect(flickable)
    start = view.center().toPoint()
    for _ in range(20):
        if view.contains(scene_rect(item)):
            return
        # what is missing, plus the distance a finger travels before a Flickable moves
        distance = min(view.height() / 3, scene_rect(item).bottom() - view.bottom() + 60)
        touch = QTest.touchEvent(window, device)
        touch.press(0, start, window).commit()
        for step in range(1, 11):
            QTest.qWait(30)
            at = QPointF(start.x(), start.y() - distance * step / 10).toPoint()
            QTest.touchEvent(window, device).move(0, at, window).commit()
        QTest.qWait(200)  # stop before letting go: no fling
        QTest.touchEvent(window, device).release(0, at, window).commit()
        # A Flickable takes a touch soon after a drag as "stop", not as a tap on a button.
        QTest.qWait(400)
    raise AssertionError(f"{item.objectName()} cannot be scrolled into view")
