"""The exhibition as the manifest describes it: plain frozen records.

Paths are absolute and checked to lie inside the exhibition folder; texts
are language maps (tag -> text). ``where`` is the field path used in
messages about the record (``section[2].item[3]``).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

LangMap = dict[str, str]


@dataclass(frozen=True, slots=True)
class Advisory:
    mode: str  # notice | blur
    text: LangMap


@dataclass(frozen=True, slots=True)
class Passage:
    """A time range of a recording the visitor is warned about."""

    start_ms: int
    end_ms: int
    text: LangMap
    where: str


@dataclass(frozen=True, slots=True)
class Speaker:
    id: str
    name: LangMap
    role: str  # witness | interviewer | other


@dataclass(frozen=True, slots=True)
class Chapter:
    start_ms: int
    title: LangMap
    where: str


@dataclass(frozen=True, slots=True)
class Testimony:
    audio: Path | None  # None when the manifest names no usable file (already reported)
    spoken_language: str
    transcripts: dict[str, Path]
    recorded: str
    place: LangMap
    interviewer: LangMap
    speakers: tuple[Speaker, ...]
    chapters: tuple[Chapter, ...]
    advisories: tuple[Passage, ...]
    where: str


@dataclass(frozen=True, slots=True)
class Item:
    id: str
    kind: str  # photo | testimony | text
    image: Path | None
    keep_original: bool
    title: LangMap
    caption: LangMap
    alt: LangMap
    text_files: dict[str, Path]
    date: str
    place: LangMap
    creator: LangMap
    credit: LangMap
    rights: LangMap
    rights_url: str
    source: LangMap
    source_url: str
    tags: tuple[str, ...]
    advisory: Advisory | None
    testimony: Testimony | None
    where: str


@dataclass(frozen=True, slots=True)
class Section:
    id: str
    title: LangMap
    introduction: LangMap
    text_files: dict[str, Path]
    cover: str  # item id; "" = the first item with a photo
    advisory: Advisory | None
    items: tuple[Item, ...]
    where: str


@dataclass(frozen=True, slots=True)
class Attract:
    seconds_per_photo: float
    items: tuple[str, ...]  # item ids; empty = every photo


@dataclass(frozen=True, slots=True)
class Exhibition:
    id: str
    version: str
    languages: tuple[str, ...]
    default_language: str
    title: LangMap
    summary: LangMap
    organiser: LangMap
    rights: LangMap
    rights_url: str
    attribution: LangMap
    attract: Attract
    advisories: tuple[Advisory, ...]


@dataclass(frozen=True, slots=True)
class Manifest:
    root: Path
    exhibition: Exhibition
    sections: tuple[Section, ...]

    def items(self) -> list[Item]:
        return [item for section in self.sections for item in section.items]
