"""Decoding photographs off the GUI thread, with a byte-bounded cache.

QML asks for ``image://photo/<media>``, ``image://thumb/<media>`` and
``image://tiles/<media>/<level>/<col>/<row>``. Qt calls
:meth:`ImageProvider.requestImage` on its pixmap-reader thread; the blob read
and the decode run in a :class:`QThreadPool` while that thread waits, and Qt
delivers the image to the GUI thread.
Newer requests go first (latest request wins), and requests go before
preloads, one preload at a time (:class:`JobQueue`). An image already being
decoded is waited for, never decoded a second time (a request racing a preload
would otherwise decode it twice and keep two copies).
``synchronous=True`` decodes in the requesting thread, for tests.

Lock order: see :class:`ImageProvider` (why not an asynchronous provider).
"""

from __future__ import annotations

import contextlib
import heapq
import itertools
import logging
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

import shiboken6
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt, QThreadPool, QUrl
from PySide6.QtGui import QImage, QImageReader
from PySide6.QtQml import QQmlEngine, QQmlImageProviderBase
from PySide6.QtQuick import QQuickImageProvider

log = logging.getLogger(__name__)

#: QImageReader refuses images that would need more than this to decode.
ALLOCATION_LIMIT_MIB = 512
#: Default bound of decoded pixels kept in memory.
CACHE_BYTES = 40 * 2**20
#: Thumbnails are built at most this big (kiosk.build); a bigger one (a package
#: made elsewhere) is decoded down to it: a section's grid holds its thumbnails
#: while hidden, and full-size ones would cost 8 MiB each.
THUMB_FIT = QSize(480, 480)

_FORMATS: tuple[tuple[bytes, bytes], ...] = (
    (b"\xff\xd8\xff", b"jpeg"), (b"\x89PNG\r\n\x1a\n", b"png"), (b"RIFF", b"webp"),
)

# Records only as types: importing kiosk.package pulls in SQLAlchemy, which
# start-up loads on another thread (see kiosk.ui.startup).
if TYPE_CHECKING:
    from kiosk.package.records import MediaInfo


class BlobSource(Protocol):
    """What the decoder needs from a package; thread-safe."""

    def blob(self, blob_id: int) -> bytes: ...
    def tile(self, media_id: int, level: int, col: int, row: int) -> bytes | None: ...


class ImageError(Exception):
    pass


def sniff_format(data: bytes) -> bytes:
    """The Qt format name of ``data`` from its magic bytes, from an allow-list."""
    for magic, fmt in _FORMATS:
        if data.startswith(magic) and (fmt != b"webp" or data[8:12] == b"WEBP"):
            return fmt
    raise ImageError("not a JPEG, PNG or WebP image")


def decode(data: bytes, fit: QSize | None = None, *, fast: bool = True) -> QImage:
    """Decode ``data`` with an explicit format, scaled down to fit ``fit``. Any thread.

    ``fast``: a JPEG that needs no scaling, turn or colour profile is decoded by
    Pillow (:mod:`kiosk.ui.jpeg`, about twice as fast as Qt's reader); everything
    else by QImageReader.
    """
    fmt = sniff_format(data)
    if fast and fmt == b"jpeg":
        from kiosk.ui.jpeg import decode_jpeg

        image = decode_jpeg(data, fit, ALLOCATION_LIMIT_MIB * 2**20)
        if image is not None:
            return image
    buffer = QBuffer()
    try:
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        reader = QImageReader(buffer, fmt)
        reader.setAutoTransform(True)
        size = reader.size()
        if fit is not None and fit.isValid() and size.isValid() and (
                size.width() > fit.width() or size.height() > fit.height()):
            reader.setScaledSize(size.scaled(fit, Qt.AspectRatioMode.KeepAspectRatio))
        image = reader.read()
        error = reader.errorString()
        del reader
    finally:
        # Delete the buffer (and the compressed bytes it holds) here and now: a
        # pool thread has no event loop, so a deferred deletion would never run.
        shiboken6.delete(buffer)
    if image.isNull():
        raise ImageError(error)
    return image


class ImageCache:
    """Least-recently-used decoded images, bounded in bytes. Thread-safe."""

    def __init__(self, max_bytes: int = CACHE_BYTES) -> None:
        self.max_bytes = max_bytes
        self._items: OrderedDict[str, QImage] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()

    def get(self, key: str) -> QImage | None:
        with self._lock:
            image = self._items.get(key)
            if image is not None:
                self._items.move_to_end(key)
            return image

    def put(self, key: str, image: QImage) -> None:
        cost = image.sizeInBytes()
        if cost > self.max_bytes:
            return
        with self._lock:
            old = self._items.pop(key, None)
            if old is not None:
                self._bytes -= old.sizeInBytes()
            self._items[key] = image
            self._bytes += cost
            while self._bytes > self.max_bytes and self._items:
                _, dropped = self._items.popitem(last=False)
                self._bytes -= dropped.sizeInBytes()

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
            self._bytes = 0

    @property
    def bytes(self) -> int:
        return self._bytes

    def __len__(self) -> int:
        return len(self._items)


@dataclass(frozen=True, slots=True)
class Request:
    """One image wanted by QML: ``kind`` is photo, thumb, tiles or placeholder."""

    kind: str
    ident: str
    size: QSize

    @property
    def key(self) -> str:
        return f"{self.kind}/{self.ident}@{self.size.width()}x{self.size.height()}"


Job = Callable[[], None]


class JobQueue:
    """The decoders' work: newest first, and what the screen waits for (a
    request from QML) before what is decoded ahead (a preload).

    At most one preload runs at a time, so a decoder is always free for the
    photo a tap asked for, and the GUI thread keeps a core to draw it: with two
    preloads decoding beside it, drawing the frame after a tap took 8-34 ms
    instead of ~2 ms on two cores. Thread-safe; waiting releases the GIL.
    """

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._order = itertools.count()
        self._wanted: list[tuple[int, Job]] = []  # heaps of (-order, job): newest first
        self._ahead: list[tuple[int, Job]] = []
        self._ahead_running = False
        self._running = 0
        self._stopped = False

    def put(self, job: Job, *, ahead: bool = False) -> None:
        with self._cond:
            heapq.heappush(self._ahead if ahead else self._wanted, (-next(self._order), job))
            self._cond.notify_all()

    def take(self) -> tuple[Job, bool] | None:
        """The next job and whether it is a preload (then call :meth:`finished`);
        None once stopped. Blocks."""
        with self._cond:
            while not self._stopped:
                if self._wanted:
                    self._running += 1
                    return heapq.heappop(self._wanted)[1], False
                if self._ahead and not self._ahead_running:
                    self._ahead_running = True
                    self._running += 1
                    return heapq.heappop(self._ahead)[1], True
                self._cond.wait()
            return None

    def finished(self, ahead: bool) -> None:
        """A job from :meth:`take` is done."""
        with self._cond:
            self._running -= 1
            if ahead:
                self._ahead_running = False
                self._cond.notify_all()

    def idle(self) -> bool:
        """Nothing queued and nothing running (benchmarks wait for the preloads)."""
        with self._cond:
            return not (self._wanted or self._ahead or self._running)

    def stop(self) -> None:
        """Drop what is queued; :meth:`take` returns None from now on."""
        with self._cond:
            self._stopped = True
            self._wanted.clear()
            self._ahead.clear()
            self._cond.notify_all()


class _InFlight:
    """One decode under way; others wanting the same image wait for it."""

    __slots__ = ("done", "image")

    def __init__(self) -> None:
        self.done = threading.Event()
        self.image: QImage | None = None  # None when the decode failed


class ImageService:
    """Loads images for QML and preloads the neighbours of the current photo.

    ``register()`` may be called from any thread (the catalog worker) before
    QML asks for a media id.
    """

    def __init__(self, source: BlobSource, *, cache_bytes: int = CACHE_BYTES,
                 threads: int = 2, synchronous: bool = False) -> None:
        QImageReader.setAllocationLimit(ALLOCATION_LIMIT_MIB)
        self.source = source
        self.cache = ImageCache(cache_bytes)
        self.synchronous = synchronous
        # Pillow (the fast JPEG decoder) is imported after the first decode, so the
        # first photo at start-up does not wait ~20 ms for it: see _import_fast_jpeg.
        self._fast_jpeg = False
        self._fast_jpeg_asked = False
        self._media: dict[int, MediaInfo] = {}
        self._jobs = JobQueue()
        self._failed: set[str] = set()
        self._lock = threading.Lock()
        self._in_flight: dict[str, _InFlight] = {}  # by Request.key; under _lock
        self._soon = 0  # the latest show_soon() call; under _lock
        self._expecting = False  # preloads are about to be queued (see expect_preloads)
        self._closed = threading.Event()
        self.decoded = 0  # how many decodes ran (tests, benchmarks)
        self.pool = QThreadPool()
        self.pool.setObjectName("image-decoders")
        self.pool.setMaxThreadCount(threads)
        # Synchronous (tests): one decoder, and whoever submits waits for it.
        self._workers = 1 if synchronous else threads
        for _ in range(self._workers):
            # Long-lived loops, not one runnable per image: Python keeps a thread's
            # state (and the package's per-thread SQLite connection) only while a
            # callable runs, so short runnables would open a connection per image.
            self.pool.start(self._work)

    def register(self, media: MediaInfo) -> None:
        self._media[media.id] = media

    def media(self, media_id: int) -> MediaInfo | None:
        return self._media.get(media_id)

    def shutdown(self) -> None:
        """Drop queued work and stop the decoders, waiting for a running decode. GUI thread."""
        self._closed.set()  # a waiting pixmap reader gives up: the engine can go
        self._jobs.stop()
        self.pool.waitForDone(5000)
        self._workers = 0
        self.cache.clear()

    # -- work ----------------------------------------------------------------
    def submit(self, job: Job, *, ahead: bool = False) -> None:
        """Run ``job`` on a decoder thread, newest first; when synchronous, wait for it.
        ``ahead``: a preload, run after what the screen waits for (see :class:`JobQueue`).

        Never inline: the package keeps one SQLite connection per *Python*
        thread state, and Qt's own threads (the pixmap reader) get a fresh one
        for every call from C++, so reading there would open a file each time.
        """
        if not self._workers:  # shut down: nothing more will be shown anyway
            job()
            return
        if not self.synchronous:
            self._jobs.put(job, ahead=ahead)
            return
        done = threading.Event()

        def run_then_signal() -> None:
            try:
                job()
            finally:
                done.set()

        self._jobs.put(run_then_signal, ahead=ahead)
        self.wait_for(done)

    def wait_for(self, done: threading.Event, timeout_s: float = 30.0) -> bool:
        """Wait (without the GIL) for ``done``; give up at :meth:`shutdown` (its job is dropped)."""
        deadline = timeout_s / 0.05
        while not done.wait(0.05):
            deadline -= 1
            if self._closed.is_set() or deadline <= 0:
                return False
        return True

    def _work(self) -> None:
        """A decoder thread's loop, until :meth:`shutdown` stops the queue."""
        while (taken := self._jobs.take()) is not None:
            job, ahead = taken
            del taken
            try:
                with contextlib.suppress(Exception):  # jobs report their own errors
                    job()
            finally:
                # Let go of the job before waiting for the next one: a request's job
                # holds the image it decoded (8 MiB at 1080p) until then.
                del job
                self._jobs.finished(ahead)

    def idle(self) -> bool:
        """No decode queued, running or about to be queued (:meth:`expect_preloads`).
        Any thread."""
        return not self._expecting and self._jobs.idle()

    def expect_preloads(self, expecting: bool) -> None:
        """Preloads will be queued shortly (a timer runs) or, False, have been. GUI thread."""
        self._expecting = expecting

    def preload(self, kind: str, ident: str, size: QSize) -> None:
        """Decode into the cache unless already there. Any thread."""
        request = Request(kind, ident, QSize(size))
        if not self._closed.is_set() and self.cache.get(request.key) is None:
            self.submit(lambda: self._quiet_load(request), ahead=True)

    def keep(self, kind: str, ident: str, size: QSize) -> None:
        """Mark a cached image as just used, so the cache drops others first. Any thread."""
        self.cache.get(Request(kind, ident, QSize(size)).key)

    def show_soon(self, kind: str, ident: str, size: QSize) -> None:
        """Start decoding an image the screen is about to ask for (the slide just
        changed), unless it is cached. GUI thread.

        QML's request reaches the provider a few milliseconds later, after the
        bindings and the delegates of the change; it then waits for this decode
        instead of starting one. A decode the decoders have not started yet is
        dropped by the next call (latest wins). Not when synchronous: the GUI
        thread would wait for it.
        """
        request = Request(kind, ident, QSize(size))
        if self.synchronous or self._closed.is_set() or self.cache.get(request.key) is not None:
            return
        with self._lock:
            self._soon += 1
            ticket = self._soon

        def job() -> None:
            with self._lock:
                if ticket != self._soon:
                    return  # superseded before it started: QML asks for it if still wanted
            self._quiet_load(request)

        self.submit(job)

    def _quiet_load(self, request: Request) -> None:
        with contextlib.suppress(Exception):  # logged once in load(); never raises
            self.load(request)

    def load(self, request: Request) -> QImage:
        """The decoded image for ``request``, from the cache when there, or from
        the decode of it under way (waited for without the GIL). Worker thread."""
        key = request.key
        cached = self.cache.get(key)
        if cached is not None:
            return cached
        with self._lock:
            flight = self._in_flight.get(key)
            mine = flight is None
            if flight is None:
                flight = self._in_flight[key] = _InFlight()
        if not mine:
            # Another decoder has it under way (decoders never queue behind each
            # other: an entry exists only while its decode runs).
            if not self.wait_for(flight.done) or flight.image is None:
                raise ImageError(f"{request.kind}/{request.ident} could not be decoded")
            return flight.image
        try:
            image = self._decode(request)
            self.cache.put(key, image)
            flight.image = image
        except Exception as e:
            self._log_once(request, e)
            raise
        finally:
            with self._lock:
                del self._in_flight[key]
            flight.done.set()
        with self._lock:
            self.decoded += 1
            ask, self._fast_jpeg_asked = not self._fast_jpeg_asked, True
        if ask:  # queued, never awaited: this runs on the (maybe only) decoder
            self._jobs.put(self._import_fast_jpeg, ahead=True)
        return image

    def _import_fast_jpeg(self) -> None:
        """A decoder thread, as a preload: after the first decode, before most."""
        try:
            from kiosk.ui import jpeg
        except ImportError as e:
            log.warning("JPEG photos decoded by Qt (slower): %s", e)
            return
        self._fast_jpeg = jpeg.AVAILABLE

    def _decode(self, request: Request) -> QImage:
        parts = request.ident.split("/")
        try:
            numbers = [int(p) for p in parts]
        except ValueError:
            raise ImageError(f"bad image id {request.ident!r}") from None
        if request.kind == "tiles":
            if len(numbers) != 4:
                raise ImageError(f"bad tile id {request.ident!r}")
            data = self.source.tile(*numbers)
            if data is None:
                raise ImageError("no such tile")
            return self._decode_blob(data)
        media = self._media.get(numbers[0])
        if media is None:
            raise ImageError(f"unknown media {numbers[0]}")
        if request.kind == "placeholder":  # the tiny blurred stand-in (blur advisories)
            return self._decode_blob(self.source.blob(media.placeholder_blob_id))
        if request.kind == "thumb":
            fit = request.size if request.size.isValid() else THUMB_FIT
            return self._decode_blob(self.source.blob(media.thumbnail_blob_id), fit)
        size = request.size if request.size.isValid() else QSize(1920, 1080)
        rendition = media.rendition_for(size.width(), size.height())
        if rendition is None:
            raise ImageError("the photo has no screen rendition")
        return self._decode_blob(self.source.blob(rendition.blob_id), size)

    def _decode_blob(self, data: bytes, fit: QSize | None = None) -> QImage:
        return decode(data, fit, fast=self._fast_jpeg)

    def _log_once(self, request: Request, error: Exception) -> None:
        name = f"{request.kind}/{request.ident}"
        with self._lock:
            if name in self._failed:
                return
            self._failed.add(name)
        log.warning("image %s cannot be shown: %s", name, error)


#: The image id :func:`warm_up` asks each provider for; answered at once.
WARM_UP = "warm-up"
_WARM_UP_QML = b"""import QtQuick
Image { asynchronous: true; cache: false; source: "image://%s/%s" }
"""


def warm_up(engine: QQmlEngine, providers: Iterable[ImageProvider]) -> None:
    """Have Qt's pixmap reader call each provider once, one at a time, while this
    thread waits without the GIL. GUI thread; after ``addImageProvider``, before
    any QML asks for an image.

    Qt calls a provider's ``imageType()`` with the reader's mutex held, and the
    first time Shiboken looks for a Python override of it, which takes the GIL
    (later calls use a cached answer). A GUI thread holding the GIL (a Python
    slot, a QTest call) that starts an image load right then waits for that
    mutex: a deadlock, seen in gdb. After this, the reader takes no GIL there.
    """
    from PySide6.QtQml import QQmlComponent

    from kiosk.ui.settle import wait_until

    for provider in providers:
        component = QQmlComponent(engine)
        component.setData(_WARM_UP_QML % (provider.kind.encode(), WARM_UP.encode()), QUrl())
        image = component.create()
        if image is None:
            log.warning("image provider %s: warm-up failed: %s", provider.kind,
                        component.errorString())
            continue
        try:
            # Reader idle at each start: no other job can hold its mutex meanwhile.
            if not wait_until(lambda p=provider: p.warmed_up, 5.0):  # type: ignore[misc]
                log.warning("image provider %s: no warm-up call within 5 s", provider.kind)
        finally:
            shiboken6.delete(image)
            shiboken6.delete(component)


class ImageProvider(QQuickImageProvider):
    """``image://<kind>/...`` for one kind (photo, thumb, tiles or placeholder).

    A *synchronous* provider that Qt calls on its pixmap-reader thread
    (``ForceAsynchronousImageLoading``), not a ``QQuickAsyncImageProvider``:
    Qt calls ``QQuickImageResponse::cancel()`` with its reader mutex held, and
    on a Python-made response Shiboken takes the GIL there even without a
    Python override (to look one up), while the GUI thread, holding the GIL in
    a Python slot or ``qWait``, waits for that mutex to start or drop a load:
    a lock-order inversion (deadlock, seen in gdb on fast taps). Qt calls
    ``requestImage`` with no mutex held, newest request first, and never for a
    request cancelled before its turn. The decode runs on a decoder thread
    (per-thread SQLite connection); the reader waits for it without the GIL.
    """

    def __init__(self, service: ImageService, kind: str) -> None:
        super().__init__(QQmlImageProviderBase.ImageType.Image,
                         QQmlImageProviderBase.Flag.ForceAsynchronousImageLoading)
        self._service = service
        self._kind = kind
        self.warmed_up = False  # see warm_up()

    @property
    def kind(self) -> str:
        return self._kind

    def requestImage(self, ident: str, size: QSize, requested: QSize) -> QImage:
        """Qt's pixmap-reader thread. A cache hit returns at once."""
        if ident == WARM_UP:
            self.warmed_up = True
            blank = QImage(1, 1, QImage.Format.Format_RGB32)
            blank.fill(0)
            return blank
        request = Request(self._kind, ident.split("?")[0], QSize(requested))
        image = self._service.cache.get(request.key)
        if image is None:
            image = self._load(request)
        if size is not None and not image.isNull():
            with contextlib.suppress(Exception):
                size.setWidth(image.width())
                size.setHeight(image.height())
        return image

    def _load(self, request: Request) -> QImage:
        result: list[QImage] = []
        done = threading.Event()

        def job() -> None:
            try:
                result.append(self._service.load(request))
            except Exception:
                result.append(QImage())
            finally:
                done.set()

        self._service.submit(job)
        self._service.wait_for(done)  # without the GIL; gives up at shutdown
        return result[0] if result else QImage()
