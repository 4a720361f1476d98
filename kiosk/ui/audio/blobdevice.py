"""A read-only, seekable :class:`QIODevice` over a package blob.

QMediaPlayer's FFmpeg backend pulls bytes from this device on its own demuxer
thread while the GUI thread may close it (leaving an item) — every access to
the underlying :class:`~kiosk.package.reader.BlobStream` therefore happens
under one lock. Reads are bounded so a 60-minute recording is never held in
memory at once: only one ``MAX_READ`` chunk lives in Python at a time.
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QIODevice, QObject

from kiosk.package.reader import BlobStream

log = logging.getLogger(__name__)

#: Upper bound on one read: FFmpeg asks for its AVIO buffer size (32-64 KiB);
#: anything larger would only grow the resident set, not the throughput.
MAX_READ = 256 * 1024


class BlobDevice(QIODevice):
    """Random-access device over one blob; owns the stream and closes it.

    ``readData``/``seek``/``size`` run on whichever thread the media backend
    uses (its demuxer thread); ``close`` runs on the GUI thread. All are safe
    to call concurrently.
    """

    def __init__(self, stream: BlobStream, parent: QObject | None = None) -> None:
        if parent is None:
            super().__init__()
        else:
            super().__init__(parent)
        self._stream: BlobStream | None = stream
        self._size = stream.size
        self._lock = threading.Lock()
        self.bytes_read = 0  # for tests and benchmarks: proves streaming, not slurping
        self.largest_read = 0

    # -- QIODevice ---------------------------------------------------------
    def open_read(self) -> bool:
        # Unbuffered: QIODevice's own buffer would copy every chunk once more
        # and make pos() disagree with the stream after a seek.
        return self.open(QIODevice.OpenModeFlag.ReadOnly | QIODevice.OpenModeFlag.Unbuffered)

    def isSequential(self) -> bool:
        return False

    def size(self) -> int:
        return self._size

    def bytesAvailable(self) -> int:
        return max(0, self._size - self.pos()) + super().bytesAvailable()

    def atEnd(self) -> bool:
        return self.pos() >= self._size

    def seek(self, pos: int) -> bool:
        if pos < 0 or pos > self._size:
            return False
        with self._lock:
            if self._stream is None:
                return False
            try:
                self._stream.seek(pos)
            except Exception as e:  # sqlite3.Error after the package vanished
                log.warning("audio blob seek failed: %s", e)
                return False
            return super().seek(pos)

    def readData(self, maxlen: int) -> bytes:
        with self._lock:
            if self._stream is None:
                return b""
            n = max(0, min(maxlen, MAX_READ))
            try:
                data = self._stream.read(n)
            except Exception as e:  # a damaged page surfaces here, not at open
                log.warning("audio blob read failed: %s", e)
                return b""
            self.bytes_read += len(data)
            self.largest_read = max(self.largest_read, len(data))
            return data

    def writeData(self, data: bytes | bytearray | memoryview, maxlen: int, /) -> int:
        return -1

    def close(self) -> None:
        """Close the device and the blob's connection (GUI thread)."""
        with self._lock:
            stream, self._stream = self._stream, None
            if stream is not None:
                try:
                    stream.close()
                except Exception as e:
                    log.debug("closing audio blob: %s", e)
        super().close()
