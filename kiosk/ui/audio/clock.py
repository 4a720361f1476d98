"""A silent stand-in for QMediaPlayer when there is no multimedia backend.

With no way to decode audio the visitor can still "play" a testimony: the
transcript then advances at the speed the words were spoken, like subtitles
with the sound off. Used only when ``PySide6.QtMultimedia`` cannot load or the
backend reports itself unavailable; with no *sound card* Qt's FFmpeg backend
still runs its own clock (measured: position advances in real time), so the
real player is kept there.
"""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QObject, QTimer, Signal

TICK_MS = 50  # as often as the FFmpeg backend reports its position


class PlaybackClock(QObject):
    """Position in ms that advances in real time while playing. GUI thread only."""

    positionChanged = Signal(int)
    #: Reached the end; position stays at the duration.
    finished = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._duration = 0
        self._base = 0
        self._elapsed = QElapsedTimer()
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)

    def set_duration(self, duration_ms: int) -> None:
        self._duration = max(0, duration_ms)

    def duration(self) -> int:
        return self._duration

    def is_playing(self) -> bool:
        return self._timer.isActive()

    def position(self) -> int:
        if not self._timer.isActive():
            return self._base
        return min(self._duration, self._base + int(self._elapsed.elapsed()))

    def play(self) -> None:
        if self._timer.isActive():
            return
        if self._base >= self._duration:
            self._base = 0
        self._elapsed.start()
        self._timer.start()
        self.positionChanged.emit(self._base)

    def pause(self) -> None:
        self._base = self.position()
        self._timer.stop()

    def stop(self) -> None:
        self._timer.stop()
        self._base = 0

    def seek(self, position_ms: int) -> None:
        self._base = max(0, min(self._duration, position_ms))
        if self._timer.isActive():
            self._elapsed.restart()
        self.positionChanged.emit(self._base)

    def _tick(self) -> None:
        pos = self.position()
        self.positionChanged.emit(pos)
        if pos >= self._duration:
            self._base = self._duration
            self._timer.stop()
            self.finished.emit()
