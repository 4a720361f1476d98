"""Plain, frozen records handed out by :class:`kiosk.package.reader.Package`.

The UI and the station never see ORM objects or sessions, only these.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field


def primary_subtag(tag: str) -> str:
    """``'az-Latn'`` → ``'az'``."""
    return tag.split("-")[0].lower()


def best_language(language: str, available: Sequence[str], fallback: str = "") -> str:
    """The tag of ``available`` to use for ``language``, ``""`` when none fits.

    Tries the exact tag, then any tag with the same primary subtag (``az``
    for ``az-Latn``), then ``fallback`` the same way.
    """
    for want in (language, fallback):
        if not want:
            continue
        if want in available:
            return want
        primary = primary_subtag(want)
        for tag in available:
            if primary_subtag(tag) == primary:
                return tag
    return ""


@dataclass(frozen=True, slots=True)
class Text:
    """A language map: one visible text in every language it exists in."""

    values: Mapping[str, str] = field(default_factory=dict)

    def get(self, language: str, fallback: str = "") -> str:
        """The text in ``language``, else in ``fallback``, else ``""``."""
        return self.resolve(language, fallback)[0]

    def resolve(self, language: str, fallback: str = "") -> tuple[str, str]:
        """``(text, language it is in)``; the language is ``""`` when missing.

        Tries the exact tag, then its primary subtag (``az`` for ``az-Latn``)
        or any tag sharing it, then ``fallback`` the same way.
        """
        tag = best_language(language, [k for k, v in self.values.items() if v], fallback)
        return (self.values[tag], tag) if tag else ("", "")

    def __bool__(self) -> bool:
        return any(self.values.values())

    def __iter__(self) -> Iterator[str]:
        return iter(self.values)

    def languages(self) -> frozenset[str]:
        return frozenset(tag for tag, text in self.values.items() if text.strip())


EMPTY = Text({})


@dataclass(frozen=True, slots=True)
class AttractSettings:
    seconds_per_photo: float
    item_slugs: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ExhibitionInfo:
    uid: str
    version: str
    created: str
    generator: str
    languages: tuple[str, ...]
    default_language: str
    title: Text
    summary: Text
    organiser: Text
    rights: Text
    rights_url: str
    attribution: Text
    attract: AttractSettings
    format_version: int


@dataclass(frozen=True, slots=True)
class Advisory:
    id: int
    scope: str  # exhibition | section | item | passage
    mode: str  # notice | blur
    text: Text
    section_id: int | None = None
    item_id: int | None = None
    start_ms: int | None = None
    end_ms: int | None = None


@dataclass(frozen=True, slots=True)
class Rendition:
    width: int
    height: int
    blob_id: int


@dataclass(frozen=True, slots=True)
class MediaInfo:
    id: int
    width: int
    height: int
    tile_size: int
    tile_overlap: int
    max_level: int
    renditions: tuple[Rendition, ...]
    thumbnail_blob_id: int
    placeholder_blob_id: int
    original_blob_id: int | None

    def rendition_for(self, width: int, height: int) -> Rendition | None:
        """The smallest rendition that covers ``width`` x ``height``, else the largest."""
        fitting = [r for r in self.renditions if r.width >= width or r.height >= height]
        if fitting:
            return min(fitting, key=lambda r: r.width * r.height)
        return max(self.renditions, key=lambda r: r.width * r.height, default=None)

    def level_size(self, level: int) -> tuple[int, int]:
        w, h = self.width, self.height
        for _ in range(self.max_level - level):
            w, h = (w + 1) // 2, (h + 1) // 2
        return w, h


@dataclass(frozen=True, slots=True)
class Speaker:
    key: str
    name: Text
    role: str


@dataclass(frozen=True, slots=True)
class Cue:
    position: int
    start_ms: int
    end_ms: int
    speaker_key: str
    text: str


@dataclass(frozen=True, slots=True)
class Chapter:
    position: int
    start_ms: int
    title: Text


@dataclass(frozen=True, slots=True)
class TestimonyInfo:
    item_id: int
    audio_blob_id: int
    mime: str
    duration_ms: int
    audio_size: int
    sample_rate: int
    channels: int
    loudness_lufs: float | None
    true_peak_dbtp: float | None
    interviewer: Text
    recorded: str
    place: Text
    spoken_language: str
    speakers: tuple[Speaker, ...]
    chapters: tuple[Chapter, ...]
    cue_languages: tuple[str, ...]
    cue_counts: Mapping[str, int]


@dataclass(frozen=True, slots=True)
class ItemInfo:
    id: int
    section_id: int
    position: int
    slug: str
    kind: str  # photo | testimony | text
    title: Text
    caption: Text
    long_text: Text
    alt_text: Text
    date: str
    place: Text
    creator: Text
    credit: Text
    rights: Text
    rights_url: str
    source: Text
    source_url: str
    tags: tuple[str, ...]
    media: MediaInfo | None


@dataclass(frozen=True, slots=True)
class SectionInfo:
    id: int
    position: int
    slug: str
    title: Text
    introduction: Text
    long_text: Text
    cover_item_id: int | None
    item_ids: tuple[int, ...]
