"""Reads the exhibition's structure off the GUI thread.

One worker thread runs every package query (after Anki's task manager);
:attr:`Catalog.loaded` is emitted from it and, because the catalog lives on
the GUI thread, Qt queues it there.
"""

from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Signal

# Records only as types: importing kiosk.package pulls in SQLAlchemy, which
# start-up loads on another thread (see kiosk.ui.startup).
if TYPE_CHECKING:
    from kiosk.package.records import Advisory, ExhibitionInfo, ItemInfo, MediaInfo, SectionInfo


log = logging.getLogger(__name__)

#: The attract loop shows at most this many photographs, spread over the exhibition.
ATTRACT_MAX = 24


class StructureSource(Protocol):
    info: ExhibitionInfo

    def sections(self) -> tuple[SectionInfo, ...]: ...
    def items(self, section_id: int | None = None) -> tuple[ItemInfo, ...]: ...


class MediaRegistry(Protocol):
    def register(self, media: MediaInfo) -> None: ...


@dataclass(frozen=True, slots=True)
class CatalogData:
    info: ExhibitionInfo
    sections: tuple[SectionInfo, ...]
    items: tuple[ItemInfo, ...]
    attract: tuple[int, ...]  # media ids
    advisories: tuple[Advisory, ...] = ()


def attract_media(info: ExhibitionInfo, items: tuple[ItemInfo, ...]) -> tuple[int, ...]:
    """The curator's attract photographs, else photographs spread over the exhibition."""
    by_slug = {x.slug: x for x in items}
    chosen = [by_slug[s] for s in info.attract.item_slugs if s in by_slug]
    if not chosen:
        photos = [x for x in items if x.kind == "photo" and x.media is not None]
        step = max(1, len(photos) // ATTRACT_MAX)
        chosen = photos[::step][:ATTRACT_MAX]
    return tuple(x.media.id for x in chosen if x.media is not None)


class Catalog(QObject):
    """Loads sections and items once, in the background."""

    loaded = Signal(object)  # CatalogData; delivered on the GUI thread
    failed = Signal(str)  # a message for the log; delivered on the GUI thread

    def __init__(self, source: StructureSource, media: MediaRegistry, *,
                 synchronous: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._media = media
        self._synchronous = synchronous
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="catalog")
        self.data: CatalogData | None = None
        self.loaded.connect(self._keep)

    def load(self) -> None:
        if self._synchronous:
            self._load()
        else:
            self._executor.submit(self._load)

    def shutdown(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)

    def _keep(self, data: CatalogData) -> None:
        self.data = data

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
            data = CatalogData(info, sections, items, attract_media(info, items), advisories)
        except Exception as e:  # a damaged package must not kill the kiosk
            log.exception("the exhibition cannot be read")
            self.failed.emit(str(e))
            return
        self.loaded.emit(data)
