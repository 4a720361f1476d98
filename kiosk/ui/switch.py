"""Switching the kiosk to a newly live package inside the running process.

Under cage, the kiosk exiting ends the compositor too, and a restart is
seconds of black screen. Instead, when a package goes live (the staff
panel's install or roll back, or the inbox), :class:`PackageSwitch` waits
until nobody is using the kiosk (the attract loop, or the "no exhibition"
screen, is showing and staff mode is closed), opens the package on a thread,
composes a whole new kiosk for it (its own QML engine and window) with the
window hidden, shows that window only once its first attract photo has
loaded, and takes the old kiosk apart after the new window's first frame has
been swapped. Something is on screen at every frame.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from kiosk.ui import startup

if TYPE_CHECKING:
    from PySide6.QtQuick import QQuickWindow

    from kiosk.ui.app import KioskApp
    from kiosk.ui.startup import Opened

log = logging.getLogger(__name__)

#: The new window is shown after this long even if no attract photo has loaded
#: (the new exhibition has none that decodes); the old one goes after its first frame.
SHOW_AT_LATEST_MS = 5000


class Shown(Protocol):
    """What can be on screen: a :class:`~kiosk.ui.app.KioskApp` or an ``EmptyApp``."""

    @property
    def window(self) -> QQuickWindow: ...

    def close(self) -> None: ...


class Links:
    """Signal connections made together and undone together. GUI thread.

    Keeps each slot object, so that the very callable connected is disconnected.
    """

    def __init__(self) -> None:
        self._links: list[tuple[Any, Callable[..., object]]] = []

    def connect(self, signal: Any, slot: Callable[..., object],
                kind: Qt.ConnectionType = Qt.ConnectionType.AutoConnection) -> None:
        signal.connect(slot, kind)
        self._links.append((signal, slot))

    def undo(self) -> None:
        links, self._links = self._links, []
        for signal, slot in reversed(links):
            try:
                signal.disconnect(slot)
            except (RuntimeError, TypeError, SystemError) as e:  # its sender is gone
                log.debug("disconnecting %s: %s", slot, e)


class PackageSwitch(QObject):
    """Keeps one kiosk on screen and switches it to each package that goes live. GUI thread.

    ``compose_kiosk(opened, previous)`` makes the new kiosk with its window
    hidden; ``show(window, previous)`` shows it; ``wire(shown)`` connects the
    kiosk on screen to the station and returns what undoes that. Only the
    kiosk in :attr:`shown` is wired: visit statistics, staff settings, open
    hours and the attract state move to the new kiosk when its window shows.
    A package that cannot be opened or composed is logged and left alone; the
    old kiosk keeps showing and the switch is not tried again.
    """

    #: The new package is on screen and the old kiosk is gone (its path). GUI thread.
    switched = Signal(str)
    #: The new kiosk is made, its window hidden until its first photo has loaded; a
    #: touch on the kiosk on screen now puts the switch off to the next attract loop.
    #: GUI thread.
    preparing = Signal()
    #: The new kiosk's window has just been shown over the old one, which is still
    #: there (:attr:`leaving`) until the new window's first frame. GUI thread.
    showing = Signal()
    #: The switch to a package was given up (a message for staff). GUI thread.
    failed = Signal(str)
    #: The package-open thread finished (its Future); queued onto the GUI thread.
    _opened = Signal(object)
    #: Frames of the new window; queued onto the GUI thread (frameSwapped may come
    #: from a render thread).
    _frame = Signal()

    def __init__(self, shown: Shown, staff: QObject | None, *,
                 compose_kiosk: Callable[[Opened, Shown], KioskApp],
                 show: Callable[[QQuickWindow, Shown], None],
                 wire: Callable[[Shown], Callable[[], None]],
                 open_package: Callable[[Path], Future[Opened]] = startup.open_in_background,
                 show_at_latest_ms: int = SHOW_AT_LATEST_MS,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.shown = shown
        self._staff = staff
        self._compose_kiosk = compose_kiosk
        self._show = show
        self._wire = wire
        self._open_package = open_package
        #: "idle", "opening" (a thread opens it), "preparing" (composed, hidden, waiting
        #: for its first photo) or "showing" (shown, waiting for its first frame).
        self.phase = "idle"
        self._wanted: str | None = None  # the latest package that went live, not tried yet
        self._path = ""  # the package being switched to
        self._new: KioskApp | None = None
        self._leaving: Shown | None = None
        self._closed = False
        self._watching = Links()  # the screen on show: when is it at rest?
        self._new_links = Links()  # the new kiosk, until it is the one on screen
        self._unwire = wire(shown)
        self._watch(shown)
        self._opened.connect(self._on_opened, Qt.ConnectionType.QueuedConnection)
        self._frame.connect(self._on_new_frame, Qt.ConnectionType.QueuedConnection)
        self._show_timer = QTimer(self)
        self._show_timer.setSingleShot(True)
        self._show_timer.setInterval(show_at_latest_ms)
        self._show_timer.timeout.connect(self._show_new)
        if staff is not None:
            staff.stateChanged.connect(self._consider)  # type: ignore[attr-defined]

    # -- the trigger ----------------------------------------------------------------------
    @Slot(str)
    def package_went_live(self, path: str) -> None:
        """An install or roll back made ``path`` live: show it at the next attract loop."""
        log.info("package %s went live; it will be shown from the next attract loop", path)
        self._wanted = path
        self._consider()

    def at_rest(self) -> bool:
        """Nobody is using the kiosk: its attract loop (or the empty screen) shows and
        staff mode is closed (the panel would otherwise open again in the new window)."""
        if self._staff is not None and self._staff.property("state") != "closed":
            return False
        bridge = getattr(self.shown, "bridge", None)
        return bridge is None or bridge.property("screen") == "attract"

    def _watch(self, shown: Shown) -> None:
        self._watching.undo()
        bridge = getattr(shown, "bridge", None)
        if bridge is not None:
            self._watching.connect(bridge.screenChanged, self._consider)

    @Slot()
    def _consider(self) -> None:
        if self._closed:
            return
        rest = self.at_rest()
        if self.phase == "preparing" and not rest:
            self._abort()
            return
        if self.phase != "idle" or self._wanted is None or not rest:
            return
        path, self._wanted = self._wanted, None
        self.phase, self._path = "opening", path
        log.info("switching to %s: opening it in the background", path)
        try:
            future = self._open_package(Path(path))
        except Exception as e:
            self._fail(str(e))
            return
        future.add_done_callback(self._open_done)

    def _open_done(self, future: Future[Opened]) -> None:
        """The package-open thread (or the GUI thread, if it was quick)."""
        if shiboken6.isValid(self):
            self._opened.emit(future)
        elif future.exception() is None:
            future.result().package.close()

    # -- opening and composing --------------------------------------------------------------
    @Slot(object)
    def _on_opened(self, future: Future[Opened]) -> None:
        try:
            opened = future.result()
        except Exception as e:
            if self.phase == "opening":
                self._fail(str(e))
            return
        if self._closed or self.phase != "opening":
            opened.package.close()
            return
        if self._wanted is not None or not self.at_rest():
            # A newer package went live, or a visit began while it opened: next time.
            opened.package.close()
            self._wanted = self._wanted or self._path
            self.phase = "idle"
            log.info("switching to %s at the next attract loop: the kiosk is in use",
                     self._wanted)
            self._consider()
            return
        try:
            new = self._compose_kiosk(opened, self.shown)
        except Exception as e:
            log.debug("composing %s failed", self._path, exc_info=True)
            opened.package.close()
            self._fail(f"its screens could not be built ({e})")
            return
        self._new = new
        self.phase = "preparing"
        self._new_links.connect(new.window.firstPhotoShown,  # type: ignore[attr-defined]
                                self._show_new, Qt.ConnectionType.QueuedConnection)
        self._new_links.connect(new.catalog.attractLoaded, self._attract_known)
        self._new_links.connect(new.catalog.failed, self._catalog_failed)
        self._show_timer.start()
        if new.window.property("photoShown") or new.catalog.attract == ():
            QTimer.singleShot(0, self, self._show_new)
        self.preparing.emit()
        self._consider()  # a touch during the compose: wait for the next attract loop

    def _attract_known(self, media: object) -> None:
        if not media:  # nothing to wait for
            self._show_new()

    def _catalog_failed(self, message: str) -> None:
        if self.phase == "preparing":
            self._drop_new()
            self._fail(message)

    def _drop_new(self) -> None:
        self._new_links.undo()
        self._show_timer.stop()
        new, self._new = self._new, None
        if new is not None:
            new.close()

    def _abort(self) -> None:
        """A visitor or staff took the kiosk while the new one was being prepared."""
        self._drop_new()
        self._wanted = self._wanted or self._path
        self.phase = "idle"
        log.info("switching to %s at the next attract loop: the kiosk is in use", self._wanted)

    # -- showing ----------------------------------------------------------------------------
    @Slot()
    def _show_new(self) -> None:
        """The new window has its first photo (or waited long enough): show it on top."""
        if self.phase != "preparing" or self._new is None:
            return
        self._new_links.undo()
        self._show_timer.stop()
        new, old = self._new, self.shown
        self._unwire()
        self.shown, self._leaving = new, old
        self._unwire = self._wire(new)
        self._watch(new)
        self.phase = "showing"
        self._new_links.connect(new.window.frameSwapped, self._frame_swapped,
                                Qt.ConnectionType.DirectConnection)
        self._show(new.window, old)
        self.showing.emit()

    def _frame_swapped(self) -> None:
        """The render thread (the GUI thread with the basic or software render loop)."""
        self._frame.emit()

    @Slot()
    def _on_new_frame(self) -> None:
        """The new window's first frame is on screen: the old kiosk can go."""
        if self.phase != "showing":
            return
        self._new_links.undo()
        old, self._leaving = self._leaving, None
        new, self._new = self._new, None
        self.phase = "idle"
        if old is not None:
            old.close()
        if new is not None:
            info = new.package.info
            log.info("now showing %s version %s (%s)", info.uid, info.version, self._path)
        self.switched.emit(self._path)
        self._consider()  # another package went live meanwhile

    @property
    def leaving(self) -> Shown | None:
        """The kiosk switched away from, while the new window waits for its first frame."""
        return self._leaving

    def _fail(self, reason: str) -> None:
        self.phase = "idle"
        title = ""
        bridge = getattr(self.shown, "bridge", None)
        if bridge is not None:
            title = str(bridge.property("title") or "")
        now = f"the current exhibition ({title})" if title else "the current screen"
        reason = reason.rstrip(". ")
        message = (f"The new exhibition {self._path} cannot be shown: {reason}. The kiosk "
                   f"keeps showing {now}; roll back or install another one from the staff "
                   "panel.")
        log.error("%s", message)
        self.failed.emit(message)
        self._consider()  # only a package that went live since

    # -- shutting down ----------------------------------------------------------------------
    def close(self) -> None:
        """Take apart everything: the kiosk on screen, and one half switched to. GUI thread."""
        if self._closed:
            return
        self._closed = True
        self._show_timer.stop()
        self._new_links.undo()
        self._watching.undo()
        if self._staff is not None and shiboken6.isValid(self._staff):
            self._staff.stateChanged.disconnect(self._consider)  # type: ignore[attr-defined]
        self._unwire()
        self._unwire = lambda: None
        for kiosk in (self._leaving, self._new if self._new is not self.shown else None):
            if kiosk is not None:
                kiosk.close()
        self._leaving = self._new = None
        self.shown.close()
