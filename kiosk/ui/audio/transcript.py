"""The transcript as QML list models: cues, chapters, passage advisories.

:class:`TranscriptModel` holds the cues of one testimony in the visitor's
language, each paired with the cue in the original (spoken) language for a
side-by-side view, and follows the player: ``currentIndex`` is found by a
binary search over cue start times on every position change and notifies
only when it changes. All methods run on the GUI thread; the cue queries run
on the thread pool and come back through :class:`~kiosk.ui.audio.worker.Worker`.
"""

from __future__ import annotations

import bisect
import logging
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

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

from kiosk.package.reader import Package
from kiosk.package.records import Cue, TestimonyInfo, Text, best_language
from kiosk.ui.audio.direction import directed, is_rtl
from kiosk.ui.audio.player import TestimonyPlayer
from kiosk.ui.audio.worker import Worker

log = logging.getLogger(__name__)

AnyIndex = QModelIndex | QPersistentModelIndex
#: Show a passage advisory this long before the passage starts.
ADVISORY_LEAD_MS = 10_000


class CueRole(IntEnum):
    Start = Qt.ItemDataRole.UserRole + 1
    End = Qt.ItemDataRole.UserRole + 2
    Speaker = Qt.ItemDataRole.UserRole + 3
    Text = Qt.ItemDataRole.UserRole + 4
    IsCurrent = Qt.ItemDataRole.UserRole + 5
    OriginalText = Qt.ItemDataRole.UserRole + 6
    OriginalDirection = Qt.ItemDataRole.UserRole + 7
    Direction = Qt.ItemDataRole.UserRole + 8
    SpeakerKey = Qt.ItemDataRole.UserRole + 9


class ChapterRole(IntEnum):
    Title = Qt.ItemDataRole.UserRole + 1
    Start = Qt.ItemDataRole.UserRole + 2
    End = Qt.ItemDataRole.UserRole + 3
    #: The language the title is in: the visitor's, else the exhibition's default.
    Lang = Qt.ItemDataRole.UserRole + 4


@dataclass(frozen=True, slots=True)
class Row:
    """One transcript line as QML sees it."""

    start: int
    end: int
    speaker_key: str
    speaker: str
    text: str
    original_text: str


@dataclass(frozen=True, slots=True)
class Passage:
    start_ms: int
    end_ms: int
    text: Text


@dataclass(frozen=True, slots=True)
class _Loaded:
    """Everything one load reads from the package (built on a pool thread)."""

    info: TestimonyInfo
    #: The visitor's language, as asked for (chapter titles are resolved for it).
    requested: str
    #: The cues' language: the visitor's, else the exhibition's default.
    language: str
    original_language: str
    cues: tuple[Cue, ...]
    original: tuple[Cue, ...]
    passages: tuple[Passage, ...]


def pair_cues(cues: tuple[Cue, ...], original: tuple[Cue, ...]) -> list[str]:
    """The original text beside each cue: by index when the two tracks line
    up one to one, else the original cue that overlaps the cue's midpoint."""
    if not original:
        return ["" for _ in cues]
    if len(original) == len(cues):
        return [o.text for o in original]
    starts = [o.start_ms for o in original]
    out: list[str] = []
    for c in cues:
        i = bisect.bisect_right(starts, (c.start_ms + c.end_ms) // 2) - 1
        out.append(original[i].text if i >= 0 and original[i].end_ms > c.start_ms else "")
    return out


class ChapterListModel(QAbstractListModel):
    """Chapters of the current testimony: (title, its language, start, end) rows,
    the title in the visitor's language or the default one. GUI thread."""

    countChanged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, str, int, int]] = []

    def set_chapters(self, rows: list[tuple[str, str, int, int]]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()
        self.countChanged.emit()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def roleNames(self) -> dict[int, QByteArray]:
        return {ChapterRole.Title: QByteArray(b"title"), ChapterRole.Start: QByteArray(b"start"),
                ChapterRole.End: QByteArray(b"end"), ChapterRole.Lang: QByteArray(b"lang")}

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        title, lang, start, end = self._rows[index.row()]
        if role in (ChapterRole.Title, Qt.ItemDataRole.DisplayRole):
            return title
        if role == ChapterRole.Lang:
            return lang
        if role == ChapterRole.Start:
            return start
        if role == ChapterRole.End:
            return end
        return None

    def _count(self) -> int:
        return len(self._rows)

    count = Property(int, _count, notify=countChanged)


class TranscriptModel(QAbstractListModel):
    """Cues of one testimony; follows ``player`` when given. GUI thread only.

    :param player: the player to follow and to seek; without one, positions
        come through :meth:`setPosition` and seeks go out as :attr:`seekRequested`.
    :param advisory_lead_ms: how early a passage advisory shows.
    :param synchronous: read the package inline (tests).
    """

    currentIndexChanged = Signal()
    languageChanged = Signal()
    countChanged = Signal()
    loadingChanged = Signal()
    passageAdvisoryChanged = Signal()
    #: The visitor asked to jump (tap on a cue, skip a passage): position in ms.
    seekRequested = Signal(int)

    def __init__(self, player: TestimonyPlayer | None = None, parent: QObject | None = None,
                 *, advisory_lead_ms: int = ADVISORY_LEAD_MS, synchronous: bool = False) -> None:
        super().__init__(parent)
        self._player = player
        self._lead_ms = advisory_lead_ms
        self._rows: list[Row] = []
        self._starts: list[int] = []
        self._current = -1
        self._position = 0
        self._package: Package | None = None
        self._item_id = -1
        self._language = ""
        self._original_language = ""
        self._fallback_language = ""
        self._loading = False
        self._passages: tuple[Passage, ...] = ()
        self._advisory: Passage | None = None
        self._accepted: set[tuple[int, int]] = set()
        self._chapters = ChapterListModel(self)
        self._chapter_titles: list[tuple[Text, int, int]] = []
        self._info: TestimonyInfo | None = None
        self._worker = Worker(self, synchronous=synchronous)
        self._worker.done.connect(self._on_loaded)
        if player is not None:
            player.positionChanged.connect(self._follow_player)
            self.seekRequested.connect(player.seek)

    # -- loading ---------------------------------------------------------------
    def load(self, package: Package, item_id: int, language: str,
             original_language: str | None = None) -> None:
        """Show ``item_id``'s cues in ``language`` beside ``original_language``.

        ``original_language`` defaults to the recording's spoken language;
        ``""`` turns the side-by-side column off. It is also off when it equals
        ``language`` or has no cues.
        """
        if (package, item_id) != (self._package, self._item_id):
            self._accepted.clear()
        self._package, self._item_id = package, item_id
        self._fallback_language = package.info.default_language
        self._request(language, original_language)

    @Slot(str)
    def setLanguage(self, language: str) -> None:
        """The visitor switched language: reload cues, speaker names and chapters."""
        if language != self._language and self._package is not None:
            self._request(language, self._original_language or None)

    @Slot(str)
    def setOriginalLanguage(self, language: str) -> None:
        if self._package is not None:
            self._request(self._language, language)

    def _request(self, language: str, original: str | None) -> None:
        package, item_id = self._package, self._item_id
        assert package is not None
        self._set_loading(True)
        self._worker.submit(lambda: _read(package, item_id, language, original))

    @Slot(int, object)
    def _on_loaded(self, request: int, result: object) -> None:
        """Worker result, on the GUI thread."""
        if request != self._worker.request:
            return
        self._set_loading(False)
        if isinstance(result, BaseException):
            log.warning("testimony %d: transcript unreadable (%s)", self._item_id, result)
            result = None
        self._apply(result if isinstance(result, _Loaded) else None)

    def _apply(self, data: _Loaded | None) -> None:
        names: dict[str, Text] = {}
        lang = data.language if data else ""
        if data is not None:
            names = {sp.key: sp.name for sp in data.info.speakers}
        fallback = self._fallback_language
        self.beginResetModel()
        if data is None:
            self._rows = []
        else:
            originals = pair_cues(data.cues, data.original)
            self._rows = [
                Row(c.start_ms, c.end_ms, c.speaker_key,
                    names[c.speaker_key].get(lang, fallback) if c.speaker_key in names
                    else c.speaker_key, directed(c.text, lang), o)
                for c, o in zip(data.cues, originals, strict=True)
            ]
        self._starts = [r.start for r in self._rows]
        self._current = self._index_at(self._position)
        self.endResetModel()
        self._info = data.info if data else None
        self._passages = data.passages if data else ()
        changed = (lang, data.original_language if data else "") != (
            self._language, self._original_language)
        self._language = lang
        self._original_language = data.original_language if data else ""
        duration = data.info.duration_ms if data else 0
        starts = [c.start_ms for c in data.info.chapters] if data else []
        self._chapters.set_chapters([
            (*c.title.resolve(data.requested, fallback), c.start_ms,
             starts[i + 1] if i + 1 < len(starts) else duration)
            for i, c in enumerate(data.info.chapters)
        ] if data else [])
        self.countChanged.emit()
        self.currentIndexChanged.emit()
        if changed:
            self.languageChanged.emit()
        self._update_advisory()

    @Slot()
    def clear(self) -> None:
        """Forget the testimony (leaving it, idle reset)."""
        self._worker.cancel()
        self._package, self._item_id = None, -1
        self._accepted.clear()
        self._position = 0
        self._set_loading(False)
        self._apply(None)

    # -- following the player ---------------------------------------------------
    def _follow_player(self) -> None:
        assert self._player is not None
        self.setPosition(self._player.position_ms())

    @Slot(int)
    def setPosition(self, position_ms: int) -> None:
        """The playback position moved (GUI thread, at most every ~50 ms)."""
        self._position = position_ms
        current = self._index_at(position_ms)
        if current != self._current:
            old, self._current = self._current, current
            for row in (old, current):
                if row >= 0:
                    ix = self.index(row, 0)
                    self.dataChanged.emit(ix, ix, [CueRole.IsCurrent])
            self.currentIndexChanged.emit()
        self._update_advisory()

    def _index_at(self, position_ms: int) -> int:
        # The last cue that has started; in a pause between cues the previous
        # line stays lit rather than the highlight blinking off and on.
        return bisect.bisect_right(self._starts, position_ms) - 1

    @Slot(int)
    def seekToCue(self, row: int) -> None:
        """The visitor tapped a line: play from its start."""
        if 0 <= row < len(self._rows):
            self._seek(self._rows[row].start)

    @Slot(int)
    def seekToChapter(self, row: int) -> None:
        if 0 <= row < self._chapters.rowCount():
            self._seek(int(self._chapters.data(self._chapters.index(row, 0), ChapterRole.Start)))

    def _seek(self, position_ms: int) -> None:
        self.setPosition(position_ms)
        self.seekRequested.emit(position_ms)

    # -- passage advisories -----------------------------------------------------
    def _update_advisory(self) -> None:
        pos = self._position
        found = next((p for p in self._passages
                      if p.start_ms - self._lead_ms <= pos < p.end_ms
                      and (p.start_ms, p.end_ms) not in self._accepted), None)
        if found != self._advisory:
            self._advisory = found
            self.passageAdvisoryChanged.emit()

    @Slot()
    def skipPassage(self) -> None:
        """Jump just past the passage the advisory is about."""
        if self._advisory is not None:
            passage = self._advisory
            self._accepted.add((passage.start_ms, passage.end_ms))
            self._seek(passage.end_ms)

    @Slot()
    def acceptPassage(self) -> None:
        """The visitor chose to keep listening: hide the advisory for this visit."""
        if self._advisory is not None:
            self._accepted.add((self._advisory.start_ms, self._advisory.end_ms))
            self._update_advisory()

    # -- QAbstractListModel ------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def roleNames(self) -> dict[int, QByteArray]:
        names = {
            CueRole.Start: b"start", CueRole.End: b"end", CueRole.Speaker: b"speaker",
            CueRole.Text: b"text", CueRole.IsCurrent: b"isCurrent",
            CueRole.OriginalText: b"originalText",
            CueRole.OriginalDirection: b"originalDirection", CueRole.Direction: b"direction",
            CueRole.SpeakerKey: b"speakerKey",
        }
        return {int(k): QByteArray(v) for k, v in names.items()}

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        match role:
            case CueRole.Text | Qt.ItemDataRole.DisplayRole:
                return r.text
            case CueRole.Start:
                return r.start
            case CueRole.End:
                return r.end
            case CueRole.Speaker:
                return r.speaker
            case CueRole.SpeakerKey:
                return r.speaker_key
            case CueRole.IsCurrent:
                return index.row() == self._current
            case CueRole.OriginalText:
                return r.original_text
            case CueRole.Direction:
                return self._direction()
            case CueRole.OriginalDirection:
                return self._original_direction()
        return None

    def row(self, i: int) -> Row:
        """Python access for tests and the app."""
        return self._rows[i]

    # -- properties --------------------------------------------------------------
    def _set_loading(self, v: bool) -> None:
        if v != self._loading:
            self._loading = v
            self.loadingChanged.emit()

    def _get_current(self) -> int:
        return self._current

    def _count(self) -> int:
        return len(self._rows)

    def _get_language(self) -> str:
        return self._language

    def _get_original_language(self) -> str:
        return self._original_language

    def _has_original(self) -> bool:
        return bool(self._original_language)

    def _direction(self) -> int:
        rtl = is_rtl(self._language)
        return int((Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
                   .value)

    def _original_direction(self) -> int:
        rtl = is_rtl(self._original_language)
        return int((Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
                   .value)

    def _get_loading(self) -> bool:
        return self._loading

    def _get_chapters(self) -> ChapterListModel:
        return self._chapters

    def _get_advisory_text(self) -> str:
        if self._advisory is None:
            return ""
        return self._advisory.text.get(self._language, self._fallback_language)

    def _get_advisory_active(self) -> bool:
        return self._advisory is not None

    def _get_advisory_start(self) -> int:
        return self._advisory.start_ms if self._advisory else -1

    def _get_advisory_end(self) -> int:
        return self._advisory.end_ms if self._advisory else -1

    def _get_current_text(self) -> str:
        return self._rows[self._current].text if self._current >= 0 else ""

    def _get_current_speaker(self) -> str:
        return self._rows[self._current].speaker if self._current >= 0 else ""

    def _get_current_original(self) -> str:
        return self._rows[self._current].original_text if self._current >= 0 else ""

    #: Row of the cue being spoken (-1 before the first).
    currentIndex = Property(int, _get_current, notify=currentIndexChanged)
    currentText = Property(str, _get_current_text, notify=currentIndexChanged)
    currentSpeaker = Property(str, _get_current_speaker, notify=currentIndexChanged)
    currentOriginalText = Property(str, _get_current_original, notify=currentIndexChanged)
    count = Property(int, _count, notify=countChanged)
    loading = Property(bool, _get_loading, notify=loadingChanged)
    language = Property(str, _get_language, notify=languageChanged)
    originalLanguage = Property(str, _get_original_language, notify=languageChanged)
    hasOriginal = Property(bool, _has_original, notify=languageChanged)
    #: ``Qt.LeftToRight`` (0) or ``Qt.RightToLeft`` (1) for each column.
    direction = Property(int, _direction, notify=languageChanged)
    originalDirection = Property(int, _original_direction, notify=languageChanged)
    chapters = Property(QObject, _get_chapters, constant=True)
    #: Text of the advisory for an upcoming or current passage; "" when none.
    passageAdvisory = Property(str, _get_advisory_text, notify=passageAdvisoryChanged)
    passageAdvisoryActive = Property(bool, _get_advisory_active, notify=passageAdvisoryChanged)
    passageStart = Property(int, _get_advisory_start, notify=passageAdvisoryChanged)
    passageEnd = Property(int, _get_advisory_end, notify=passageAdvisoryChanged)


def _read(package: Package, item_id: int, language: str, original: str | None) -> _Loaded:
    """Runs on a pool thread: testimony info, both cue tracks, passage advisories."""
    info = package.testimony(item_id)
    lang = _pick(language, info.cue_languages, package.info.default_language)
    orig = info.spoken_language if original is None else original
    # Off when the recording's language has no cues: never another translation
    # shown as if it were the original.
    orig = best_language(orig, info.cue_languages) if orig else ""
    if orig == lang:
        orig = ""
    passages = tuple(
        Passage(a.start_ms, a.end_ms, a.text) for a in package.advisories()
        if a.scope == "passage" and a.item_id == item_id
        and a.start_ms is not None and a.end_ms is not None and a.end_ms > a.start_ms
    )
    return _Loaded(info=info, requested=language, language=lang, original_language=orig,
                   cues=package.cues(item_id, lang) if lang else (),
                   original=package.cues(item_id, orig) if orig else (),
                   passages=tuple(sorted(passages, key=lambda p: p.start_ms)))


def _pick(language: str, available: tuple[str, ...], fallback: str) -> str:
    """The cue language to show for ``language``: exact, same primary subtag,
    then ``fallback``, then the first available."""
    return best_language(language, available, fallback) or (available[0] if available else "")
