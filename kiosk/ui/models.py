"""List models QML shows: sections, items of a section, tiles in view.

Rows are frozen records already read by the catalog worker; ``data()`` only
resolves a language map, it never touches the package. GUI thread only.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    Property,
    QAbstractListModel,
    QByteArray,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)

from kiosk.ui.audio.direction import directed

# Records only as types: importing kiosk.package pulls in SQLAlchemy, which
# start-up loads on another thread (see kiosk.ui.startup).
if TYPE_CHECKING:
    from kiosk.package.records import ItemInfo, MediaInfo, SectionInfo, Text


Index = QModelIndex | QPersistentModelIndex


class Language:
    """The visitor's language and the exhibition's default, for resolving texts.

    Every text goes to QML with the language it is really in (``*Lang`` roles
    and keys): a text shown in the default language because it has no
    translation keeps that language's font and direction, and the screen marks
    it (components/LanguageTag.qml).
    """

    def __init__(self, current: str, fallback: str) -> None:
        self.current = current
        self.fallback = fallback

    def text(self, value: Text) -> tuple[str, str]:
        text, used = value.resolve(self.current, self.fallback)
        if not text and value:
            used, text = next((k, v) for k, v in value.values.items() if v)
        used = used or self.current
        return directed(text, used), used


def _roles(enum: type[IntEnum]) -> dict[int, QByteArray]:
    return {int(r): QByteArray(_camel(r.name).encode()) for r in enum}


def _camel(name: str) -> str:
    head, *rest = name.lower().split("_")
    return head + "".join(p.title() for p in rest)


class ItemRole(IntEnum):
    ITEM_ID = Qt.ItemDataRole.UserRole + 1
    KIND = Qt.ItemDataRole.UserRole + 2
    MEDIA_ID = Qt.ItemDataRole.UserRole + 3
    ASPECT = Qt.ItemDataRole.UserRole + 4
    TITLE = Qt.ItemDataRole.UserRole + 5
    CAPTION = Qt.ItemDataRole.UserRole + 6
    CREDIT = Qt.ItemDataRole.UserRole + 7
    DATE = Qt.ItemDataRole.UserRole + 8
    PLACE = Qt.ItemDataRole.UserRole + 9
    ALT_TEXT = Qt.ItemDataRole.UserRole + 10
    TEXT_LANG = Qt.ItemDataRole.UserRole + 11
    HAS_LONG_TEXT = Qt.ItemDataRole.UserRole + 12
    FULL_WIDTH = Qt.ItemDataRole.UserRole + 13
    CAPTION_LANG = Qt.ItemDataRole.UserRole + 14


class ItemsModel(QAbstractListModel):
    """Items of one section, in order."""

    countChanged = Signal()

    def __init__(self, language: Language, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._rows: list[ItemInfo] = []

    def set_items(self, items: Sequence[ItemInfo]) -> None:
        self.beginResetModel()
        self._rows = list(items)
        self.endResetModel()
        self.countChanged.emit()

    def item(self, row: int) -> ItemInfo | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def items(self) -> list[ItemInfo]:
        return list(self._rows)

    def language_changed(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1))

    def _count(self) -> int:
        return len(self._rows)

    count = Property(int, _count, notify=countChanged)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def roleNames(self) -> dict[int, QByteArray]:
        return _roles(ItemRole)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        x = self._rows[index.row()]
        lang = self._language
        match role:
            case ItemRole.ITEM_ID:
                return x.id
            case ItemRole.KIND:
                return x.kind
            case ItemRole.MEDIA_ID:
                return x.media.id if x.media else -1
            case ItemRole.ASPECT:
                return x.media.width / x.media.height if x.media and x.media.height else 1.5
            case ItemRole.FULL_WIDTH:
                return x.media.width if x.media else 0
            case ItemRole.TITLE:
                return lang.text(x.title)[0]
            case ItemRole.CAPTION:
                return lang.text(x.caption)[0]
            case ItemRole.CREDIT:
                return lang.text(x.credit)[0]
            case ItemRole.DATE:
                return x.date
            case ItemRole.PLACE:
                return lang.text(x.place)[0]
            case ItemRole.ALT_TEXT:
                return lang.text(x.alt_text)[0]
            case ItemRole.TEXT_LANG:
                return lang.text(x.title if x.title else x.caption)[1]
            case ItemRole.CAPTION_LANG:
                return lang.text(x.caption)[1]
            case ItemRole.HAS_LONG_TEXT:
                return bool(x.long_text)
        return None


class SectionRole(IntEnum):
    SECTION_ID = Qt.ItemDataRole.UserRole + 1
    TITLE = Qt.ItemDataRole.UserRole + 2
    INTRODUCTION = Qt.ItemDataRole.UserRole + 3
    TEXT_LANG = Qt.ItemDataRole.UserRole + 4
    ITEMS = Qt.ItemDataRole.UserRole + 5
    ITEM_COUNT = Qt.ItemDataRole.UserRole + 6
    HAS_LONG_TEXT = Qt.ItemDataRole.UserRole + 7
    INTRODUCTION_LANG = Qt.ItemDataRole.UserRole + 8


class SectionsModel(QAbstractListModel):
    """The exhibition's sections, each with an :class:`ItemsModel` of its items."""

    countChanged = Signal()

    def __init__(self, language: Language, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._rows: list[SectionInfo] = []
        self._items: list[ItemsModel] = []

    def set_sections(self, sections: Sequence[SectionInfo], items: Sequence[ItemInfo]) -> None:
        by_section: dict[int, list[ItemInfo]] = {}
        for item in items:
            by_section.setdefault(item.section_id, []).append(item)
        self.beginResetModel()
        for old in self._items:
            old.deleteLater()
        self._rows = list(sections)
        self._items = []
        for section in self._rows:
            model = ItemsModel(self._language, self)
            model.set_items(by_section.get(section.id, ()))
            self._items.append(model)
        self.endResetModel()
        self.countChanged.emit()

    def section(self, row: int) -> SectionInfo | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def items_of(self, row: int) -> ItemsModel | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def language_changed(self) -> None:
        for model in self._items:
            model.language_changed()
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1))

    def _count(self) -> int:
        return len(self._rows)

    count = Property(int, _count, notify=countChanged)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def roleNames(self) -> dict[int, QByteArray]:
        return _roles(SectionRole)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        x = self._rows[index.row()]
        match role:
            case SectionRole.SECTION_ID:
                return x.id
            case SectionRole.TITLE:
                return self._language.text(x.title)[0]
            case SectionRole.INTRODUCTION:
                return self._language.text(x.introduction)[0]
            case SectionRole.TEXT_LANG:
                return self._language.text(x.title)[1]
            case SectionRole.INTRODUCTION_LANG:
                return self._language.text(x.introduction)[1]
            case SectionRole.ITEMS:
                return self._items[index.row()]
            case SectionRole.ITEM_COUNT:
                return len(x.item_ids)
            case SectionRole.HAS_LONG_TEXT:
                return bool(x.long_text or x.introduction)
        return None


class TileRole(IntEnum):
    SOURCE = Qt.ItemDataRole.UserRole + 1
    FX = Qt.ItemDataRole.UserRole + 2
    FY = Qt.ItemDataRole.UserRole + 3
    FW = Qt.ItemDataRole.UserRole + 4
    FH = Qt.ItemDataRole.UserRole + 5


Tile = tuple[int, int, int, int]  # media, level, col, row


def tiles_in_view(media: MediaInfo, shown_width: float, view: tuple[float, float, float, float],
                  ) -> list[Tile]:
    """The tiles of the right level covering ``view`` (fractions 0..1 of the photo).

    The level is the smallest whose width is at least ``shown_width`` pixels,
    so each screen pixel gets at least one photo pixel.
    """
    level = media.max_level
    while level > 0 and media.level_size(level - 1)[0] >= shown_width:
        level -= 1
    lw, lh = media.level_size(level)
    size = media.tile_size
    x0, y0, vw, vh = (max(0.0, min(1.0, v)) for v in view)
    x1, y1 = min(1.0, x0 + vw), min(1.0, y0 + vh)
    cols = max(1, math.ceil(lw / size))
    rows = max(1, math.ceil(lh / size))
    c0, c1 = int(x0 * lw // size), min(cols - 1, math.ceil(x1 * lw / size) - 1)
    r0, r1 = int(y0 * lh // size), min(rows - 1, math.ceil(y1 * lh / size) - 1)
    return [(media.id, level, c, r) for r in range(r0, max(r0, r1) + 1)
            for c in range(c0, max(c0, c1) + 1)]


class TileModel(QAbstractListModel):
    """Deep-zoom tiles in view for the photo being zoomed; keeps rows that stay."""

    countChanged = Signal()

    def __init__(self, lookup: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lookup = lookup  # media id -> MediaInfo | None
        self._rows: list[Tile] = []
        self._media: MediaInfo | None = None
        self.requested = 0  # tiles ever put in view (tests, benchmarks)

    @Slot(int, float, float, float, float, float)
    def update(self, media_id: int, shown_width: float, x: float, y: float, w: float,
               h: float) -> None:
        """Show the tiles for a view of ``media_id``. ``media_id < 0`` clears."""
        media = self._lookup(media_id) if media_id >= 0 else None
        wanted = (tiles_in_view(media, shown_width, (x, y, w, h))
                  if media is not None and media.max_level >= 0 else [])
        self._media = media
        keep = set(wanted)
        for row in range(len(self._rows) - 1, -1, -1):
            if self._rows[row] not in keep:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._rows[row]
                self.endRemoveRows()
        have = set(self._rows)
        new = [t for t in wanted if t not in have]
        if new:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(new) - 1)
            self._rows.extend(new)
            self.endInsertRows()
            self.requested += len(new)
        self.countChanged.emit()

    @Slot()
    def clear(self) -> None:
        self.update(-1, 0, 0, 0, 0, 0)

    def tiles(self) -> list[Tile]:
        return list(self._rows)

    def _count(self) -> int:
        return len(self._rows)

    count = Property(int, _count, notify=countChanged)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def roleNames(self) -> dict[int, QByteArray]:
        return _roles(TileRole)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        media = self._media
        if media is None or not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        media_id, level, col, row = self._rows[index.row()]
        lw, lh = media.level_size(level)
        size = media.tile_size
        match role:
            case TileRole.SOURCE:
                return f"image://tiles/{media_id}/{level}/{col}/{row}"
            case TileRole.FX:
                return col * size / lw
            case TileRole.FY:
                return row * size / lh
            case TileRole.FW:
                return min(size, lw - col * size) / lw
            case TileRole.FH:
                return min(size, lh - row * size) / lh
        return None
