"""Wires the testimony player and transcript to the visitor's navigation.

The visitor opens a testimony item (its slide shows): the recording is
prepared, no sound starts. Play on the card opens the testimony screen. Leaving
the item stops (the position is kept for the visit); the idle reset and the
attract loop forget the visit. GUI thread.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot

if TYPE_CHECKING:
    from kiosk.package.reader import Package
    from kiosk.ui.audio import TestimonyPlayer, TranscriptModel
    from kiosk.ui.bridge import Kiosk


class TestimonyController(QObject):
    """Follows ``bridge`` and drives ``player`` and ``transcript``."""

    def __init__(self, bridge: Kiosk, package: Package, player: TestimonyPlayer,
                 transcript: TranscriptModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self._package = package
        self.player = player
        self.transcript = transcript
        self._item = -1
        self._language = ""
        bridge.testimonyRequested.connect(self._open_screen)
        bridge.slideChanged.connect(self._follow)
        bridge.screenChanged.connect(self._follow)
        bridge.changed.connect(self._language_changed)
        bridge.visitorLeft.connect(self.reset)

    def _current_testimony(self) -> int:
        """The item id of the slide on show when it is a testimony, else -1."""
        item = self._bridge.slides_model.item(self._bridge._slide)
        if item is None or item.kind != "testimony":
            return -1
        return int(item.id)

    def _load(self, item_id: int) -> None:
        if item_id == self._item:
            return
        self._item = item_id
        self._language = str(self._bridge.language)
        self.player.load(self._package, item_id)
        self.transcript.load(self._package, item_id, self._language)

    @Slot(int)
    def _open_screen(self, item_id: int) -> None:
        self._load(item_id)
        self._bridge.show_testimony(item_id)

    @Slot()
    def _follow(self) -> None:
        screen = str(self._bridge.screen)
        if screen == "attract":
            self.reset()
            return
        if screen == "testimony":
            return
        current = self._current_testimony() if screen == "slideshow" else -1
        if current != self._item:
            self._leave()
        if current >= 0:
            self._load(current)  # prepared: a tap on Play starts at once

    def _leave(self) -> None:
        if self._item >= 0:
            self.player.stop()
            self._item = -1

    @Slot()
    def _language_changed(self) -> None:
        language = str(self._bridge.language)
        if self._item >= 0 and language != self._language:
            self._language = language
            self.transcript.setLanguage(language)

    @Slot()
    def reset(self) -> None:
        """Idle reset or attract loop: forget this visitor's listening."""
        self._item = -1
        self.player.resetVisit()
        self.transcript.clear()

    def shutdown(self) -> None:
        self.player.shutdown()
