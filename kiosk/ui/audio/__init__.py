"""Testimony audio: a blob-backed QIODevice, the player, the transcript models.

Nothing here imports ``PySide6.QtMultimedia`` at module level: a kiosk without
``libpulse0`` (or without any audio backend) still starts and shows the
transcript; see :mod:`kiosk.ui.audio.backend`.
"""

from kiosk.ui.audio.player import TestimonyPlayer
from kiosk.ui.audio.transcript import ChapterListModel, TranscriptModel

__all__ = ["ChapterListModel", "TestimonyPlayer", "TranscriptModel"]
