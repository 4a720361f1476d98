"""Lockdown: keys, shortcuts and close requests swallowed; the cursor; one kiosk at a time."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QContextMenuEvent, QGuiApplication, QMouseEvent
from PySide6.QtQml import QQmlComponent, QQmlEngine
from PySide6.QtQuick import QQuickWindow
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from kiosk.ui.lockdown import (
    AlreadyRunning,
    Lockdown,
    SingleInstance,
    apply_kiosk_window,
    blocked_key,
)

ROOT = Path(__file__).resolve().parent.parent
K, M = Qt.Key, Qt.KeyboardModifier

# A window that leaves on every key a visitor might try, as an app's own code might.
WINDOW_QML = b"""
import QtQuick
Window {
    id: w
    width: 400; height: 300; visible: true
    property int quitShortcuts: 0
    property int keysSeen: 0
    Shortcut {
        sequences: ["Ctrl+Q", "Ctrl+W", "Alt+F4", "F11"]
        onActivated: { w.quitShortcuts++; w.close() }
    }
    Item {
        anchors.fill: parent
        focus: true
        Keys.onEscapePressed: w.close()
        Keys.onPressed: (e) => {
            if (e.key !== Qt.Key_Control && e.key !== Qt.Key_Alt)
                w.keysSeen++
            if (e.key === Qt.Key_Q || e.key === Qt.Key_F4)
                w.close()
        }
    }
}
"""


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[QQuickWindow]:
    engine = QQmlEngine()
    component = QQmlComponent(engine)
    component.setData(QByteArray(WINDOW_QML), ROOT.as_uri() + "/lockdown_test.qml")
    created = component.create()
    assert isinstance(created, QQuickWindow), component.errorString()
    qtbot.waitExposed(created)
    created.requestActivate()
    qtbot.waitUntil(created.isActive)
    yield created
    created.destroy()
    del created
    engine.deleteLater()


@pytest.fixture
def lockdown(qapp: QGuiApplication) -> Iterator[Lockdown]:
    guard = Lockdown(windowed=True)
    guard.install(qapp)
    yield guard
    guard.remove()


KEYS = [(K.Key_F4, M.AltModifier), (K.Key_Escape, M.NoModifier), (K.Key_Q, M.ControlModifier),
        (K.Key_W, M.ControlModifier), (K.Key_F11, M.NoModifier), (K.Key_Tab, M.AltModifier)]


@pytest.mark.parametrize(("key", "modifiers"), KEYS)
def test_leaving_keys_are_swallowed(window: QQuickWindow, lockdown: Lockdown, qtbot: QtBot,
                                    key: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:
    QTest.keyClick(window, key, modifiers)
    qtbot.wait(20)
    assert window.isVisible()
    assert window.property("quitShortcuts") == 0
    assert window.property("keysSeen") == 0


def test_without_lockdown_the_same_keys_close_the_window(window: QQuickWindow,
                                                         qtbot: QtBot) -> None:
    """The control: the test window really does close on these keys."""
    QTest.keyClick(window, K.Key_Q, M.ControlModifier)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=2000)
    assert window.property("quitShortcuts") == 1


def test_ordinary_keys_pass(window: QQuickWindow, lockdown: Lockdown, qtbot: QtBot) -> None:
    assert not blocked_key(K.Key_5, M.NoModifier)
    assert not blocked_key(K.Key_Backspace, M.NoModifier)
    assert not blocked_key(K.Key_Q, M.NoModifier)
    QTest.keyClick(window, K.Key_Q)  # reaches the window's handler (whose close is refused)
    QTest.keyClick(window, K.Key_5)
    qtbot.waitUntil(lambda: window.property("keysSeen") == 2, timeout=2000)
    assert window.isVisible()


def test_close_requests_are_refused_until_staff_exit(window: QQuickWindow, lockdown: Lockdown,
                                                     qtbot: QtBot) -> None:
    assert window.close() is False
    qtbot.wait(20)
    assert window.isVisible()
    lockdown.allow_close()  # "Exit to desktop" on the staff panel, or app shutdown
    assert window.close() is True
    assert not window.isVisible()


def test_context_menu_is_swallowed(window: QQuickWindow, lockdown: Lockdown) -> None:
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, QPoint(5, 5), QPoint(5, 5),
                              M.NoModifier)
    assert lockdown.eventFilter(window, event) is True
    assert QGuiApplication.sendEvent(window, event)  # filtered: reported as handled


def _move(window: QQuickWindow) -> None:
    event = QMouseEvent(QEvent.Type.MouseMove, QPointF(20, 20), QPointF(20, 20),
                        Qt.MouseButton.NoButton, Qt.MouseButton.NoButton, M.NoModifier)
    QGuiApplication.sendEvent(window, event)


def test_cursor_hides_on_touch_and_returns_for_a_mouse_only_when_windowed(
        window: QQuickWindow, qapp: QGuiApplication) -> None:
    touch = QTest.createTouchDevice()
    for windowed in (True, False):
        guard = Lockdown(windowed=windowed)
        guard.install(qapp)
        try:
            assert guard.cursor_hidden is (not windowed)
            QTest.touchEvent(window, touch).press(0, QPoint(30, 30), window).commit()
            QTest.touchEvent(window, touch).release(0, QPoint(30, 30), window).commit()
            assert guard.cursor_hidden
            override = QGuiApplication.overrideCursor()
            assert override is not None and override.shape() == Qt.CursorShape.BlankCursor
            _move(window)
            assert guard.cursor_hidden is (not windowed)
            guard.staff_mode = True  # the staff panel brings a real mouse's cursor back
            _move(window)
            assert not guard.cursor_hidden
        finally:
            guard.remove()
        assert QGuiApplication.overrideCursor() is None


def test_kiosk_window_flags(window: QQuickWindow) -> None:
    apply_kiosk_window(window, fullscreen=True)
    flags = window.flags()
    assert flags & Qt.WindowType.FramelessWindowHint
    assert flags & Qt.WindowType.WindowStaysOnTopHint
    assert window.visibility() == QQuickWindow.Visibility.FullScreen
    apply_kiosk_window(window, fullscreen=False)
    assert not window.flags() & Qt.WindowType.FramelessWindowHint
    assert window.isVisible()


def test_second_instance_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.lock"
    first = SingleInstance(path)
    first.acquire()
    try:
        with pytest.raises(AlreadyRunning, match=rf"already running \(pid {os.getpid()}\)"):
            SingleInstance(path).acquire()
        # A second process, as `kiosk run` would do it: exit 1 with the message.
        script = (
            "import sys\n"
            "from pathlib import Path\n"
            "from kiosk.ui.lockdown import AlreadyRunning, SingleInstance\n"
            "try:\n"
            f"    SingleInstance(Path({str(path)!r})).acquire()\n"
            "except AlreadyRunning as e:\n"
            "    print(f'kiosk: {e}', file=sys.stderr)\n"
            "    sys.exit(1)\n"
        )
        result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                                cwd=ROOT, timeout=30, check=False)
        assert result.returncode == 1
        assert f"another kiosk is already running (pid {os.getpid()})" in result.stderr
    finally:
        first.release()
    again = SingleInstance(path)  # released: the next kiosk starts
    again.acquire()
    again.release()


def test_a_dead_kiosks_lock_is_taken_over(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.lock"
    script = ("from pathlib import Path\nimport os\nfrom kiosk.ui.lockdown import SingleInstance\n"
              f"lock = SingleInstance(Path({str(path)!r}))\nlock.acquire()\nos._exit(0)\n")
    subprocess.run([sys.executable, "-c", script], cwd=ROOT, timeout=30, check=True)
    assert path.exists()  # left behind, as after kill -9
    survivor = SingleInstance(path)
    survivor.acquire()
    survivor.release()
