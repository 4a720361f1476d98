"""TestimonyPlayer: one recording at a time, streamed from the package.

Wraps ``QMediaPlayer`` + ``QAudioOutput`` (imported lazily, see
:mod:`~kiosk.ui.audio.backend`) and exposes what QML needs as notifying
properties. Every slot and signal here runs on the GUI thread; package reads
run on the thread pool (:mod:`~kiosk.ui.audio.worker`) and the FFmpeg backend
pulls bytes from :class:`~kiosk.ui.audio.blobdevice.BlobDevice` on its own
demuxer thread.

**GIL trap (PySide6 6.12).** Tearing a playing source down makes the FFmpeg
backend join its threads, and those threads call back into Python objects
(our device, the ``QAudioOutput`` wrapper) and so need the GIL. PySide keeps
the GIL across ``setSourceDevice``/``stop`` — a deadlock that freezes the
kiosk. Only ``setSource(QUrl)`` is bound with ``allow-thread``, so every
teardown here goes through ``setSource(QUrl())`` first; ``QMediaPlayer.stop``
is never called.

**Coming back to an item** — see :mod:`~kiosk.ui.audio.resume`: resume within
a visit (a few seconds earlier), start over after :meth:`resetVisit`.

**No sound.** No QtMultimedia → a silent :class:`~kiosk.ui.audio.clock.PlaybackClock`
plays the transcript at speaking pace. QtMultimedia but no output device →
the real player still runs (its clock advances without a device, measured),
so seeking, chapters and the transcript behave as usual. ``audioUnavailable``
says so, for a discreet notice.
"""

from __future__ import annotations

import logging
import time
from types import ModuleType
from typing import Any

from PySide6.QtCore import Property, QObject, QTimer, QUrl, Signal, Slot

from kiosk.package.reader import BlobStream, Package
from kiosk.package.records import TestimonyInfo
from kiosk.ui.audio import backend, loudness
from kiosk.ui.audio.blobdevice import BlobDevice
from kiosk.ui.audio.clock import PlaybackClock
from kiosk.ui.audio.resume import ResumeMemory
from kiosk.ui.audio.worker import Worker

log = logging.getLogger(__name__)

#: A recording this much shorter than the package says (or ending this much
#: early) is reported as damaged; short differences are encoder padding.
TRUNCATION_TOLERANCE_MS = 2_000
DEFAULT_VOLUME = 0.8

_EXTENSIONS = {
    "audio/ogg": "ogg", "audio/opus": "ogg", "audio/wav": "wav", "audio/x-wav": "wav",
    "audio/wave": "wav", "audio/mpeg": "mp3", "audio/mp4": "m4a", "audio/aac": "aac",
    "audio/flac": "flac", "audio/webm": "webm",
}

_AUTO: Any = object()


class TestimonyPlayer(QObject):
    """Plays one testimony at a time from a package. GUI thread only.

    :param max_volume: kiosk-wide cap on the linear output volume (0..1), set by staff.
    :param default_volume: the visitor's volume (perceptual 0..1) after an idle reset.
    :param target_lufs: loudness every recording is brought towards.
    :param synchronous: read the package inline instead of on the thread pool (tests).
    :param multimedia: the QtMultimedia module, or ``None`` to simulate a kiosk without
        it; by default imported lazily.
    """

    __test__ = False  # its name starts with "Test"; pytest must not collect it

    positionChanged = Signal()
    durationChanged = Signal()
    playingChanged = Signal()
    availableChanged = Signal()
    loadingChanged = Signal()
    audioUnavailableChanged = Signal()
    errorChanged = Signal()
    volumeChanged = Signal()
    maxVolumeChanged = Signal()
    gainChanged = Signal()
    itemChanged = Signal()
    startLatencyChanged = Signal()
    #: The recording played to its end.
    finished = Signal()

    def __init__(self, parent: QObject | None = None, *, max_volume: float = 1.0,
                 default_volume: float = DEFAULT_VOLUME,
                 target_lufs: float = loudness.TARGET_LUFS, synchronous: bool = False,
                 multimedia: ModuleType | None = _AUTO) -> None:
        super().__init__(parent)
        self._mm = backend.load_multimedia() if multimedia is _AUTO else multimedia
        self._max_volume = max(0.0, min(1.0, max_volume))
        self._default_volume = max(0.0, min(1.0, default_volume))
        self._volume = self._default_volume
        self._target_lufs = target_lufs
        self._gain_db = 0.0

        self._package: Package | None = None
        self._item_id = -1
        self._info: TestimonyInfo | None = None
        self._device: BlobDevice | None = None
        self._source_set = False  # a source (device or clock) is ready or loading
        self._awaiting_media = False
        self._pending_seek: int | None = None
        self._play_when_ready = False
        self._tap: tuple[float, int] | None = None  # (perf_counter, position) at play()

        self._position = 0
        self._duration = 0
        self._playing = False
        self._available = False
        self._loading = False
        self._error = ""
        self._broken = False  # this item cannot be played at all
        self._start_latency_ms = -1.0
        self._resume = ResumeMemory()

        self._worker = Worker(self, synchronous=synchronous)
        self._worker.done.connect(self._on_loaded)
        self._clock = PlaybackClock(self)
        self._clock.positionChanged.connect(self._on_position)
        self._clock.finished.connect(self._on_clock_finished)

        self._player: Any = None
        self._output: Any = None
        self._devices: Any = None
        if self._mm is not None:
            self._create_player(self._mm)
        self._audio_unavailable = self._sound_missing()

    def _create_player(self, mm: ModuleType) -> None:
        player = mm.QMediaPlayer(self)
        if not player.isAvailable():
            backend.log_once("backend", "sound unavailable: no QtMultimedia backend; "
                             "the transcript plays silently")
            player.deleteLater()
            return
        self._player = player
        self._output = mm.QAudioOutput(self)
        player.setAudioOutput(self._output)
        player.positionChanged.connect(self._on_position)
        player.durationChanged.connect(self._on_duration)
        player.playbackStateChanged.connect(self._on_state)
        player.mediaStatusChanged.connect(self._on_status)
        player.errorOccurred.connect(self._on_error)
        # A USB speaker plugged in later (or a PulseAudio restart) brings sound back.
        self._devices = mm.QMediaDevices(self)
        self._devices.audioOutputsChanged.connect(self._on_outputs_changed)
        self._apply_volume()

    def _sound_missing(self) -> bool:
        return self._player is None or not backend.has_audio_output(self._mm)

    # -- loading -------------------------------------------------------------
    def load(self, package: Package, item_id: int) -> None:
        """Prepare ``item_id`` of ``package`` so that :meth:`play` starts at once.

        Does not start playback (a lobby kiosk never starts sound by itself).
        Loading the item that is already loaded does nothing.
        """
        if package is self._package and item_id == self._item_id and self._source_set:
            return
        self._leave_item()
        self._package, self._info = package, None
        if item_id != self._item_id:
            self._item_id = item_id
            self.itemChanged.emit()
        self._set_error("")
        self._set_available(False)
        self._set_duration(0)
        self._set_position(self._resume.start_of(item_id))
        self._request_source()

    def _request_source(self) -> None:
        package, item_id = self._package, self._item_id
        if package is None or item_id < 0:
            return
        need_stream = self._player is not None
        self._source_set = True
        self._set_loading(True)
        self._worker.submit(lambda: _read(package, item_id, need_stream))

    @Slot(int, object)
    def _on_loaded(self, request: int, result: object) -> None:
        """Worker result, on the GUI thread."""
        if request != self._worker.request or not self._source_set:
            if isinstance(result, tuple) and result[1] is not None:
                result[1].close()  # a stale stream: its connection must not leak
            return
        if isinstance(result, BaseException):
            self._set_loading(False)
            self._fail(f"cannot read the recording ({result})")
            return
        assert isinstance(result, tuple)
        info, stream = result
        self._info = info
        self._set_gain(loudness.normalisation_gain_db(info.loudness_lufs, self._target_lufs))
        self._set_duration(info.duration_ms)
        start = (self._pending_seek if self._pending_seek is not None
                 else self._resume.start_of(info.item_id))
        self._pending_seek = None
        if self._player is None:
            self._clock.set_duration(info.duration_ms)
            self._clock.seek(start)
            self._ready()
            return
        device = BlobDevice(stream, self)
        if not device.open_read():
            device.close()
            self._set_loading(False)
            self._fail("cannot open the recording")
            return
        self._device = device
        self._awaiting_media = True
        self._pending_seek = start if start > 0 else None
        ext = _EXTENSIONS.get(info.mime.split(";")[0].strip().lower(), "bin")
        # The URL is only a name: FFmpeg reads the device and probes the content.
        self._player.setSourceDevice(device, QUrl(f"item-{info.item_id}.{ext}"))

    def _ready(self) -> None:
        self._set_loading(False)
        self._set_available(True)
        if self._play_when_ready:
            self._play_when_ready = False
            self._start()

    # -- transport (slots for QML) -------------------------------------------
    @Slot()
    def play(self) -> None:
        """Start or resume. Before the recording is ready, starts as soon as it is."""
        if self._broken or self._package is None or self._item_id < 0:
            return
        self._tap = (time.perf_counter(), self._position)
        if not self._source_set:  # released by stop(): reload the same item
            self._play_when_ready = True
            self._request_source()
        elif self._loading:
            self._play_when_ready = True
        else:
            self._start()

    def _start(self) -> None:
        if self._player is not None:
            self._player.play()
        else:
            self._clock.play()
            self._set_playing(True)

    @Slot()
    def pause(self) -> None:
        self._play_when_ready = False
        if self._player is not None:
            self._player.pause()
        else:
            self._clock.pause()
            self._set_playing(False)

    @Slot()
    def toggle(self) -> None:
        """The big play/pause button."""
        if self._playing or self._play_when_ready:
            self.pause()
        else:
            self.play()

    @Slot(int)
    def seek(self, position_ms: int) -> None:
        """Jump to ``position_ms`` (clamped to the recording)."""
        top = self._duration if self._duration > 0 else position_ms
        pos = max(0, min(int(position_ms), top))
        if self._loading or not self._source_set:
            self._pending_seek = pos
        elif self._player is not None:
            self._player.setPosition(pos)
        else:
            self._clock.seek(pos)
        self._set_position(pos)  # at once: the transcript and scrub bar follow the finger

    @Slot(int)
    def skip(self, delta_ms: int) -> None:
        """Jump forwards or backwards by ``delta_ms``."""
        self.seek(self._position + int(delta_ms))

    @Slot()
    def stop(self) -> None:
        """The visitor left the item (or the kiosk went idle / to attract).

        Stops, remembers the position for this visit and releases the
        recording (the device and its SQLite connection). :meth:`play`
        afterwards reloads the same item and resumes.
        """
        self._leave_item()

    @Slot()
    def resetVisit(self) -> None:
        """Idle reset or attract: stop and forget everything this visitor chose."""
        self._leave_item()
        self._resume.forget_all()
        self._package, self._info = None, None
        if self._item_id != -1:
            self._item_id = -1
            self.itemChanged.emit()
        self._set_error("")
        self._set_available(False)
        self._set_position(0)
        self._set_duration(0)
        self._set_gain(0.0)
        self.setVolume(self._default_volume)

    def shutdown(self) -> None:
        """Release everything before the application quits (GUI thread)."""
        self._leave_item()
        self._worker.cancel()

    def _leave_item(self) -> None:
        self._play_when_ready = False
        self._tap = None
        if self._item_id >= 0 and self._source_set and not self._loading:
            self._resume.remember(self._item_id, self._position, self._duration)
        self._release()
        self._set_playing(False)

    def _release(self) -> None:
        self._worker.cancel()
        self._source_set = False
        self._awaiting_media = False
        self._pending_seek = None
        self._set_loading(False)
        if self._player is not None:
            # setSource(QUrl) releases the GIL while the backend joins its
            # threads; setSourceDevice(None) or stop() here would deadlock.
            self._player.setSource(QUrl())
        self._clock.stop()
        if self._device is not None:
            device, self._device = self._device, None
            device.close()
            device.deleteLater()

    # -- volume --------------------------------------------------------------
    @Slot(float)
    def setVolume(self, volume: float) -> None:
        """The visitor's volume, 0..1 in even steps to the ear."""
        v = max(0.0, min(1.0, float(volume)))
        if abs(v - self._volume) < 1e-6:
            return
        self._volume = v
        self._apply_volume()
        self.volumeChanged.emit()

    @Slot(float)
    def setMaxVolume(self, ceiling: float) -> None:
        """The kiosk-wide cap (linear 0..1), changed by staff; applies to what is playing."""
        v = max(0.0, min(1.0, float(ceiling)))
        if abs(v - self._max_volume) < 1e-6:
            return
        self._max_volume = v
        self._apply_volume()
        self.maxVolumeChanged.emit()
        self.volumeChanged.emit()  # outputVolume follows

    def _apply_volume(self) -> None:
        if self._output is not None:
            self._output.setVolume(self.output_volume())

    def position_ms(self) -> int:
        """:attr:`position` for Python callers (typed)."""
        return self._position

    def output_volume(self) -> float:
        """The linear factor handed to ``QAudioOutput`` (see :mod:`loudness`)."""
        return loudness.output_volume(self._volume, self._max_volume, self._gain_db)

    def _set_gain(self, gain_db: float) -> None:
        if gain_db != self._gain_db:
            self._gain_db = gain_db
            self._apply_volume()
            self.gainChanged.emit()
            self.volumeChanged.emit()

    # -- backend callbacks (GUI thread: QMediaPlayer emits on its own thread) --
    @Slot("qint64")
    def _on_position(self, position: int) -> None:
        self._set_position(int(position))
        if self._tap is not None and position > self._tap[1] and self._playing:
            self._start_latency_ms = (time.perf_counter() - self._tap[0]) * 1000.0
            self._tap = None
            self.startLatencyChanged.emit()

    @Slot("qint64")
    def _on_duration(self, duration: int) -> None:
        if duration <= 0 or self._info is None:
            return
        expected = self._info.duration_ms
        if expected > 0 and duration < expected - _tolerance(expected):
            self._fail(f"incomplete: {duration} ms of {expected} ms decodable")
        self._set_duration(int(duration))

    def _on_state(self, state: Any) -> None:
        assert self._mm is not None
        self._set_playing(state == self._mm.QMediaPlayer.PlaybackState.PlayingState)

    def _on_status(self, status: Any) -> None:
        assert self._mm is not None
        s = self._mm.QMediaPlayer.MediaStatus
        if status == s.LoadedMedia and self._awaiting_media:
            self._awaiting_media = False
            # The FFmpeg backend ignores setPosition() from inside this
            # notification (its engine is not set up yet); one turn later works.
            QTimer.singleShot(0, self, self._after_loaded)
        elif status == s.EndOfMedia and self._source_set:
            self._on_end(self._position)
        elif status == s.InvalidMedia and self._source_set:
            self._set_loading(False)
            self._fail("not a playable recording")

    def _after_loaded(self) -> None:
        if not self._source_set or self._device is None:
            return  # released (or another item chosen) in the meantime
        if self._pending_seek is not None:
            self._player.setPosition(self._pending_seek)
            self._pending_seek = None
        self._ready()

    def _on_error(self, error: Any, text: str) -> None:
        assert self._mm is not None
        if error != self._mm.QMediaPlayer.Error.NoError and self._source_set:
            self._set_loading(False)
            self._fail(text or str(error))

    def _on_clock_finished(self) -> None:
        self._set_playing(False)
        self._on_end(self._duration)

    def _on_end(self, position: int) -> None:
        if self._info is not None:
            expected = self._info.duration_ms
            if expected > 0 and position < expected - _tolerance(expected):
                self._fail(f"ends early at {position} ms of {expected} ms")
        if self._item_id >= 0:
            self._resume.finished(self._item_id)
        self.finished.emit()

    def _on_outputs_changed(self) -> None:
        if self._output is not None and self._mm is not None:
            self._output.setDevice(self._mm.QMediaDevices.defaultAudioOutput())
        missing = self._sound_missing()
        if missing != self._audio_unavailable:
            self._audio_unavailable = missing
            log.warning("audio output %s", "lost" if missing else "available again")
            self.audioUnavailableChanged.emit()

    def _fail(self, reason: str) -> None:
        """This item cannot be played (or not all of it); the next item can."""
        playable = reason.startswith(("incomplete", "ends early"))
        message = (f"Recording damaged: {reason}." if playable
                   else f"Recording cannot be played: {reason}.")
        if message == self._error:
            return  # the backend repeats itself (durationChanged); log once per item
        log.warning("testimony %d: recording %s", self._item_id, reason)
        self._set_error(message)
        if playable:
            return  # what there is still plays; the visitor is told part is missing
        self._broken = True
        self._play_when_ready = False
        self._set_available(False)
        if self._player is not None and self._playing:
            self._player.pause()
        self._set_playing(False)

    # -- property plumbing ---------------------------------------------------
    def _set_position(self, v: int) -> None:
        if v != self._position:
            self._position = v
            self.positionChanged.emit()

    def _set_duration(self, v: int) -> None:
        if v != self._duration:
            self._duration = v
            self.durationChanged.emit()

    def _set_playing(self, v: bool) -> None:
        if v != self._playing:
            self._playing = v
            self.playingChanged.emit()

    def _set_available(self, v: bool) -> None:
        if v != self._available:
            self._available = v
            self.availableChanged.emit()

    def _set_loading(self, v: bool) -> None:
        if v != self._loading:
            self._loading = v
            self.loadingChanged.emit()

    def _set_error(self, v: str) -> None:
        if not v:
            self._broken = False
        if v != self._error:
            self._error = v
            self.errorChanged.emit()

    def _get_position(self) -> int:
        return self._position

    def _get_duration(self) -> int:
        return self._duration

    def _get_playing(self) -> bool:
        return self._playing

    def _get_available(self) -> bool:
        return self._available

    def _get_loading(self) -> bool:
        return self._loading

    def _get_audio_unavailable(self) -> bool:
        return self._audio_unavailable

    def _get_error(self) -> str:
        return self._error

    def _get_volume(self) -> float:
        return self._volume

    def _get_output_volume(self) -> float:
        return self.output_volume()

    def _get_max_volume(self) -> float:
        return self._max_volume

    def _get_gain(self) -> float:
        return self._gain_db

    def _get_item(self) -> int:
        return self._item_id

    def _get_latency(self) -> float:
        return self._start_latency_ms

    #: Playback position in ms.
    position = Property(int, _get_position, notify=positionChanged)
    #: Length in ms (the decoder's once known, else the package's).
    duration = Property(int, _get_duration, notify=durationChanged)
    playing = Property(bool, _get_playing, notify=playingChanged)
    #: A recording is loaded and can be played (perhaps silently).
    available = Property(bool, _get_available, notify=availableChanged)
    loading = Property(bool, _get_loading, notify=loadingChanged)
    #: No sound can come out (no QtMultimedia, no backend or no output device).
    audioUnavailable = Property(bool, _get_audio_unavailable, notify=audioUnavailableChanged)
    #: Why this item's recording cannot be (fully) played; "" when fine. For staff/logs.
    error = Property(str, _get_error, notify=errorChanged)
    volume = Property(float, _get_volume, setVolume, notify=volumeChanged)
    outputVolume = Property(float, _get_output_volume, notify=volumeChanged)
    maxVolume = Property(float, _get_max_volume, setMaxVolume, notify=maxVolumeChanged)
    #: Loudness normalisation applied to this recording, in dB.
    gainDb = Property(float, _get_gain, notify=gainChanged)
    itemId = Property(int, _get_item, notify=itemChanged)
    #: Last measured tap → position-advancing delay in ms (-1 before the first).
    startLatencyMs = Property(float, _get_latency, notify=startLatencyChanged)


def _read(package: Package, item_id: int,
          need_stream: bool) -> tuple[TestimonyInfo, BlobStream | None]:
    """Runs on a pool thread: the queries and the blob's own connection."""
    info = package.testimony(item_id)
    stream = package.open_blob(info.audio_blob_id) if need_stream else None
    return info, stream


def _tolerance(expected_ms: int) -> int:
    return max(TRUNCATION_TOLERANCE_MS, expected_ms // 20)
