"""Reads the exhibition's structure off the GUI thread.

One worker thread runs every package query (after Anki's task manager). It
reads the attract loop's photos first (plain SQL, a few milliseconds), then
sections, items and advisories (SQLAlchemy); start-up holds the second part
back until the first photo is on screen (:meth:`Catalog.load_structure`).
:attr:`Catalog.attractLoaded` and :attr:`Catalog.loaded` are emitted from the
worker and, because the catalog lives on the GUI thread, Qt queues them there.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Signal

# Records only as types: importing them is cheap, but the structured reads
# import SQLAlchemy, which start-up holds back until the first photo is shown.
if TYPE_CHECKING:
    from kiosk.package.records import Advisory, ExhibitionInfo, ItemInfo, MediaInfo, SectionInfo


log = logging.getLogger(__name__)


class StructureSource(Protocol):
    info: ExhibitionInfo

    def attract_media(self) -> tuple[MediaInfo, ...]: ...
    def sections(self) -> tuple[SectionInfo, ...]: ...
    def items(self, section_id: int | None = None) -> tuple[ItemInfo, ...]: ...


class MediaRegistry(Protocol):
    def register(self, media: MediaInfo) -> None: ...


@dataclass(frozen=True, slots=True)
class CatalogData:
    info: ExhibitionInfo
    sections: tuple[SectionInfo, ...]
    items: tuple[ItemInfo, ...]
    advisories: tuple[Advisory, ...] = ()


class Catalog(QObject):
    """Loads the attract photos, then sections and items, once, in the background.

    ``attract``: the attract photos, already read (start-up reads them while Qt
    starts); they are registered at once and the worker does not read them again.
    """

    attractLoaded = Signal(object)  # tuple of media ids; delivered on the GUI thread
    loaded = Signal(object)  # CatalogData; delivered on the GUI thread
    failed = Signal(str)  # a message for the log; delivered on the GUI thread

    def __init__(self, source: StructureSource, media: MediaRegistry, *,
                 synchronous: bool = False, attract: tuple[MediaInfo, ...] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._media = media
        self._synchronous = synchronous
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="catalog")
        self._structure_asked = threading.Event()
        self.data: CatalogData | None = None
        #: The attract photos' media ids; None until read.
        self.attract: tuple[int, ...] | None = None
        self._attract_asked = attract is not None
        if attract is not None:
            self.attract = self._register(attract)
        self.attractLoaded.connect(self._keep_attract)
        self.loaded.connect(self._keep)

    def load(self, *, structure: bool = True) -> None:
        """Read the attract photos (unless given), then sections and items unless
        ``structure`` is False: then :meth:`load_structure` reads them. GUI thread."""
        if not self._attract_asked:
            self._attract_asked = True
            self._run(self._load_attract)
        if structure:
            self.load_structure()

    def load_structure(self) -> None:
        """Read sections, items and advisories, once however often it is called.
        Any thread (start-up calls it from the render thread's frameSwapped)."""
        if self._structure_asked.is_set():
            return
        self._structure_asked.set()
        self._run(self._load)

    def shutdown(self) -> None:
        self._structure_asked.set()  # nothing more to start
        self._executor.shutdown(wait=True, cancel_futures=True)

    def _run(self, job: Callable[[], None]) -> None:
        if self._synchronous:
            job()
        else:
            with contextlib.suppress(RuntimeError):  # shut down: the kiosk is closing
                self._executor.submit(job)

    def _register(self, attract: tuple[MediaInfo, ...]) -> tuple[int, ...]:
        for media in attract:
            self._media.register(media)
        return tuple(media.id for media in attract)

    def _keep_attract(self, attract: tuple[int, ...]) -> None:
        self.attract = attract

    def _keep(self, data: CatalogData) -> None:
        self.data = data

    def _load_attract(self) -> None:
        """Worker thread."""
        try:
            attract = self._register(self._source.attract_media())
        except Exception as e:  # a damaged package must not kill the kiosk
            log.exception("the attract loop's photos cannot be read")
            self.failed.emit(str(e))
            return
        self.attractLoaded.emit(attract)

    def _load(self) -> None:
        """Worker thread."""
        try:
            info = self._source.info
            sections = self._source.sections()
            items = self._source.items()
            for item in items:
                if item.media is not None:
                    self._media.register(item.media)
            read_advisories = getattr(self._source, "advisories", None)
            advisories = tuple(read_advisories()) if read_advisories is not None else ()
            data = CatalogData(info, sections, items, advisories)
        except Exception as e:  # a damaged package must not kill the kiosk
            log.exception("the exhibition cannot be read")
            self.failed.emit(str(e))
            return
        self.loaded.emit(data)
