"""TestimonyScreen.qml driven by touch, offscreen, with the real player and models."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Property, QObject, QPoint, QPointF, Qt, QThreadPool, QUrl, Signal
from PySide6.QtGui import QPointingDevice
from PySide6.QtQml import QQmlEngine, QQmlExpression
from PySide6.QtQuick import QQuickItem, QQuickView
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from test_audio_support import build, encode

from kiosk.package.reader import Package
from kiosk.ui.audio import TestimonyPlayer, TranscriptModel
from kiosk.ui.fonts import register_fonts

#: (view, player, transcript, QML warnings)
Screen = tuple[QQuickView, TestimonyPlayer, TranscriptModel, list[str]]

ROOT = Path(__file__).resolve().parent.parent
SCREEN = ROOT / "kiosk" / "ui" / "qml" / "testimony" / "TestimonyScreen.qml"


class KioskStub(QObject):
    """The few `kiosk` properties the shared Theme and components read."""

    changed = Signal()

    def __init__(self, language: str) -> None:
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

    def _photo(self) -> int:
        return 1280

    language = Property(str, _lang, notify=changed)
    rtl = Property(bool, _false, notify=changed)
    animations = Property(bool, _false, notify=changed)
    touchTarget = Property(float, _touch, notify=changed)
    textScale = Property(float, _one, notify=changed)
    photoSize = Property(int, _photo, notify=changed)


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Package, int]]:
    tmp = tmp_path_factory.mktemp("qml")
    ogg = encode(tmp / "tone.ogg", seconds=6)
    ids = build(tmp / "q.exhibit", [(ogg, "audio/ogg")])
    pkg = Package.open(tmp / "q.exhibit")
    yield pkg, ids[0]
    pkg.close()


@pytest.fixture
def screen(qtbot: QtBot, package: tuple[Package, int]) -> Iterator[Screen]:
    pkg, item = package
    player = TestimonyPlayer()
    transcript = TranscriptModel(player, advisory_lead_ms=500)
    player.load(pkg, item)
    transcript.load(pkg, item, "en")
    qtbot.waitUntil(lambda: player.available and transcript.count == 6, timeout=5000)
    register_fonts()
    view = QQuickView()
    warnings: list[str] = []
    view.engine().warnings.connect(lambda ws: warnings.extend(w.toString() for w in ws))
    view.engine().addImportPath(str(ROOT))
    stub = KioskStub("en")
    view.rootContext().setContextProperty("kiosk", stub)
    view.setInitialProperties(
        {
            "player": player,
            "transcript": transcript,
            "chapters": transcript.chapters,
            "photoSource": QUrl(),
            "strings": {"play": "Play", "soundUnavailable": "No sound"},
        }
    )
    view.setResizeMode(QQuickView.ResizeMode.SizeRootObjectToView)
    view.resize(1920, 1080)
    view.setSource(QUrl.fromLocalFile(str(SCREEN)))
    assert view.status() == QQuickView.Status.Ready, [e.toString() for e in view.errors()]
    view.show()
    qtbot.waitExposed(view)
    yield view, player, transcript, warnings
    view.close()
    view.setSource(QUrl())
    player.shutdown()
    QThreadPool.globalInstance().waitForDone(2000)


def _find(view: QQuickView, name: str) -> QQuickItem:
    item = view.rootObject().findChild(QQuickItem, name)
    assert item is not None, name
    return item


def _tap(view: QQuickView, item: QQuickItem, device: QPointingDevice) -> None:
    centre = item.mapToScene(QPointF(item.width() / 2, item.height() / 2)).toPoint()
    QTest.touchEvent(view, device).press(0, centre, view).commit()
    QTest.touchEvent(view, device).release(0, centre, view).commit()


def test_tap_play_then_tap_a_line(qtbot: QtBot, screen: Screen, tmp_path: Path) -> None:
    view, player, transcript, warnings = screen
    touch = QTest.createTouchDevice()
    assert _find(view, "soundUnavailable").isVisible()  # no sound card on this machine
    _tap(view, _find(view, "playPause"), touch)
    qtbot.waitUntil(lambda: player.playing and player.position > 0, timeout=3000)

    listview = _find(view, "transcriptView")
    row = None
    for _ in range(50):  # delegates appear after a frame
        row = listview.property("contentItem").childItems()
        if len(row) >= 4:
            break
        qtbot.wait(20)
    target = next(
        r for r in listview.property("contentItem").childItems() if r.property("index") == 3
    )
    _tap(view, target, touch)
    assert player.position >= 3000 and transcript.currentIndex == 3
    qtbot.waitUntil(lambda: transcript.currentIndex == 4, timeout=3000)
    assert target.property("isCurrent") is False

    original = target.findChild(QQuickItem, "originalColumn")
    assert original is not None and original.isVisible()  # Urdu beside English
    image = view.grabWindow()
    assert not image.isNull()
    image.save(str(tmp_path / "testimony.png"))
    assert not [w for w in warnings if "testimony" in w], warnings


def test_drag_pauses_following_and_captions_mode(qtbot: QtBot, screen: Screen) -> None:
    view, _player, transcript, _warnings = screen
    listview = _find(view, "transcriptView")
    listview.setProperty("resumeDelay", 300)
    touch = QTest.createTouchDevice()
    start = listview.mapToScene(QPointF(listview.width() / 2, listview.height() / 2)).toPoint()
    seq = QTest.touchEvent(view, touch)
    seq.press(0, start, view).commit()
    for dy in range(0, 200, 20):
        QTest.touchEvent(view, touch).move(0, start - QPoint(0, dy), view).commit()
        qtbot.wait(10)
    QTest.touchEvent(view, touch).release(0, start - QPoint(0, 200), view).commit()
    qtbot.waitUntil(lambda: listview.property("following") is False, timeout=1000)
    qtbot.waitUntil(lambda: listview.property("following") is True, timeout=3000)

    _tap(view, _find(view, "captionsToggle"), touch)
    assert view.rootObject().property("captionsMode") is True
    transcript.seekToCue(2)
    caption = _find(view, "captionText")
    qtbot.waitUntil(lambda: caption.property("text") == "English line 2", timeout=1000)
    assert Qt.LayoutDirection.LeftToRight.value == transcript.direction


def _alignment(item: QQuickItem) -> int:
    # PySide cannot convert QQuickText::HAlignment; let QML turn it into a number.
    expr = QQmlExpression(
        QQmlEngine.contextForObject(item), item, "effectiveHorizontalAlignment + 0"
    )
    return int(expr.evaluate()[0])


def _texts(item: QQuickItem) -> list[QQuickItem]:
    found = [c for c in item.childItems() if c.metaObject().indexOfProperty("wrapMode") >= 0]
    for child in item.childItems():
        found += _texts(child)
    return found


def test_columns_keep_their_own_direction_and_chapters_seek(
    qtbot: QtBot, screen: Screen, tmp_path: Path
) -> None:
    view, player, transcript, warnings = screen
    listview = _find(view, "transcriptView")
    qtbot.waitUntil(lambda: len(listview.property("contentItem").childItems()) >= 2, timeout=2000)
    row = next(r for r in listview.property("contentItem").childItems() if r.property("index") == 0)
    aligned = {t.property("text"): _alignment(t) for t in _texts(row)}
    left, right = Qt.AlignmentFlag.AlignLeft.value, Qt.AlignmentFlag.AlignRight.value
    assert aligned["English line 0"] == left and aligned["Amina"] == left
    assert aligned["اردو سطر 0"] == right

    touch = QTest.createTouchDevice()
    _tap(view, _find(view, "chaptersToggle"), touch)
    panel = _find(view, "chapterList")
    qtbot.waitUntil(panel.isVisible, timeout=1000)
    chapter_list = panel.childItems()[0]
    qtbot.waitUntil(
        lambda: len(chapter_list.property("contentItem").childItems()) >= 2, timeout=1000
    )
    war = next(
        c for c in chapter_list.property("contentItem").childItems() if c.property("index") == 1
    )
    _tap(view, war, touch)
    assert player.position == 3000 and transcript.currentIndex == 3
    _tap(view, _find(view, "captionsToggle"), touch)
    qtbot.wait(50)
    view.grabWindow().save(str(tmp_path / "captions.png"))
    assert not [w for w in warnings if "testimony" in w], warnings
