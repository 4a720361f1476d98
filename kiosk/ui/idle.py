"""Feeds the visitor session: every press on the window, and a ticking timer."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal, Slot

from kiosk.station.session import Session

_PRESSES = frozenset({QEvent.Type.TouchBegin, QEvent.Type.MouseButtonPress,
                      QEvent.Type.TabletPress})

#: How often the session looks at the clock.
TICK_MS = 250


class SessionDriver(QObject):
    """Installed as an event filter on the kiosk window; ticks the session. GUI thread."""

    ticked = Signal()  # after each tick, so the idle countdown can redraw

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    @Slot(int)
    def set_idle_seconds(self, seconds: int) -> None:
        """The staff panel's idle time, for the visits from now on. GUI thread."""
        self.session.set_idle_timeout(seconds)

    def tick(self) -> None:
        self.session.tick()
        self.ticked.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _PRESSES:
            self.session.touch()
        return False
