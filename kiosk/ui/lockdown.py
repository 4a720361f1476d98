"""Keeping visitors inside the kiosk: keys, close requests, the cursor, one instance.

:class:`Lockdown` is an application-wide event filter (GUI thread). For a
visitor it swallows the keys that leave or rearrange a full-screen app
(Alt+F4, Escape, Ctrl+Q/W, Alt+Tab and friends, F11, the Super key), every
context-menu event, and close requests on the kiosk's windows. Only
:meth:`Lockdown.allow_close` (the staff panel's "Exit to desktop", or the
app shutting down) lets a window close. The window manager can still kill
the process; systemd then restarts it.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QEvent, QLockFile, QObject, QStandardPaths, Qt, Slot
from PySide6.QtGui import QGuiApplication, QInputDevice, QKeyEvent, QMouseEvent, QWindow
from PySide6.QtQuick import QQuickWindow

_K = Qt.Key
_M = Qt.KeyboardModifier
#: Keys swallowed whatever the modifiers.
_ALWAYS = frozenset({_K.Key_Escape, _K.Key_F11, _K.Key_Super_L, _K.Key_Super_R, _K.Key_Meta,
                     _K.Key_Menu, _K.Key_Close, _K.Key_Back, _K.Key_Exit, _K.Key_Cancel,
                     _K.Key_TaskPane, _K.Key_ApplicationLeft, _K.Key_ApplicationRight})
#: Keys swallowed with Alt (window switching and closing).
_WITH_ALT = frozenset({_K.Key_F4, _K.Key_Tab, _K.Key_Backtab, _K.Key_Escape, _K.Key_Space,
                       _K.Key_F2, _K.Key_F3, _K.Key_F5, _K.Key_F7, _K.Key_F8, _K.Key_F9,
                       _K.Key_F10, _K.Key_Left, _K.Key_Right})
#: Keys swallowed with Ctrl (quit, close, tab switching, terminal-less shortcuts).
_WITH_CTRL = frozenset({_K.Key_Q, _K.Key_W, _K.Key_Tab, _K.Key_Backtab, _K.Key_F4,
                        _K.Key_Escape, _K.Key_N, _K.Key_T, _K.Key_O, _K.Key_P, _K.Key_S,
                        _K.Key_Plus, _K.Key_Minus, _K.Key_Equal, _K.Key_0})
_KEYS = frozenset({QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride})
_TOUCH = frozenset({QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd})
_WATCHED = frozenset({*_KEYS, *_TOUCH, QEvent.Type.Close, QEvent.Type.ContextMenu,
                      QEvent.Type.MouseMove})


def blocked_key(key: int, modifiers: Qt.KeyboardModifier) -> bool:
    """Whether a visitor's key press (or shortcut) with ``modifiers`` is swallowed."""
    try:
        k = _K(key)
    except ValueError:
        return False
    if k in _ALWAYS:
        return True
    if modifiers & _M.MetaModifier:
        return True  # the Super key's shortcuts belong to the desktop
    if modifiers & _M.AltModifier and k in _WITH_ALT:
        return True
    return bool(modifiers & _M.ControlModifier and k in _WITH_CTRL)


class Lockdown(QObject):
    """The application-wide event filter. GUI thread.

    ``windowed``: a curator's desk (``kiosk run --windowed``), where a real
    mouse brings the cursor back. :attr:`staff_mode` does the same while the
    staff panel is open.
    """

    def __init__(self, *, windowed: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.windowed = windowed
        self.staff_mode = False
        self._closing = False
        self._cursor_hidden = False
        self._app: QGuiApplication | None = None

    # -- installing -------------------------------------------------------------------
    def install(self, app: QGuiApplication) -> None:
        """Filter every event of ``app``; hide the cursor on a full-screen kiosk."""
        self._app = app
        app.installEventFilter(self)
        if not self.windowed:
            self.hide_cursor()

    def remove(self) -> None:
        """Stop filtering and give the cursor back (shutdown, tests)."""
        if self._app is not None:
            self._app.removeEventFilter(self)
            self._app = None
        self.show_cursor()

    @Slot(bool)
    def set_staff_mode(self, on: bool) -> None:
        """StaffController.staffModeChanged: a real mouse may show the cursor while on."""
        self.staff_mode = on
        if not on and not self.windowed:
            self.hide_cursor()

    # -- leaving ----------------------------------------------------------------------
    @Slot()
    def allow_close(self) -> None:
        """Staff chose "Exit to desktop", or the app is shutting down: windows may close."""
        self._closing = True

    @property
    def closing_allowed(self) -> bool:
        return self._closing

    # -- the cursor ---------------------------------------------------------------------
    def hide_cursor(self) -> None:
        if not self._cursor_hidden:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.BlankCursor)
            self._cursor_hidden = True

    def show_cursor(self) -> None:
        if self._cursor_hidden:
            QGuiApplication.restoreOverrideCursor()
            self._cursor_hidden = False

    @property
    def cursor_hidden(self) -> bool:
        return self._cursor_hidden

    # -- the filter ---------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in _WATCHED:  # the common case, kept cheap
            return False
        if kind in _TOUCH:
            self.hide_cursor()
            return False
        if kind == QEvent.Type.MouseMove:
            self._mouse_moved(event)
            return False
        if kind == QEvent.Type.ContextMenu:
            event.accept()
            return True
        if kind == QEvent.Type.Close:
            if isinstance(watched, QWindow) and not self._closing:
                event.ignore()
                return True
            return False
        if isinstance(event, QKeyEvent) and blocked_key(event.key(), event.modifiers()):
            # An accepted ShortcutOverride tells Qt "this key is taken": no shortcut fires.
            event.accept()
            return True
        return False

    def _mouse_moved(self, event: QEvent) -> None:
        if not (self.windowed or self.staff_mode) or not isinstance(event, QMouseEvent):
            return
        device = event.pointingDevice()
        if device is not None and device.type() == QInputDevice.DeviceType.Mouse \
                and event.source() == Qt.MouseEventSource.MouseEventNotSynthesized:
            self.show_cursor()


def apply_kiosk_window(window: QQuickWindow, fullscreen: bool) -> None:
    """Full screen, frameless, on top (a kiosk); or a normal window (a curator's desk)."""
    kiosk_flags = Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint
    if fullscreen:
        window.setFlags(window.flags() | kiosk_flags)
        window.showFullScreen()
    else:
        window.setFlags(window.flags() & ~kiosk_flags)
        window.showNormal()


# -- one kiosk at a time ----------------------------------------------------------------

LOCK_NAME = "kiosk.lock"


class AlreadyRunning(RuntimeError):
    """Another kiosk holds the lock; ``str(e)`` is the message for the terminal."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        super().__init__(f"another kiosk is already running (pid {pid})" if pid > 0
                         else "another kiosk is already running")


def runtime_dir() -> Path:
    """``$XDG_RUNTIME_DIR`` (systemd: RuntimeDirectory), else Qt's, else the temp folder."""
    env = os.environ.get("XDG_RUNTIME_DIR")
    if env and Path(env).is_dir():
        return Path(env)
    qt = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.RuntimeLocation)
    return Path(qt) if qt else Path(tempfile.gettempdir())


class SingleInstance:
    """A lock file that one kiosk process holds for its whole life (keep the object alive:
    the lock is released when it is garbage-collected).

    The lock dies with its process (``kill -9``, power cut): the next start
    sees the recorded pid is gone and takes it over. Not age-based, so a kiosk
    that runs for weeks keeps it.
    """

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or runtime_dir() / LOCK_NAME
        self._lock = QLockFile(str(self.path))
        self._lock.setStaleLockTime(0)

    def acquire(self) -> None:
        """Take the lock or raise :class:`AlreadyRunning`."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        if self._lock.tryLock(0):
            return
        info = self._lock.getLockInfo()  # PySide: (pid, hostname, appname), or False
        pid = int(info[0]) if isinstance(info, tuple) and info else 0
        raise AlreadyRunning(pid)

    def release(self) -> None:
        self._lock.unlock()
