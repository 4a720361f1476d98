"""The tables of an ``.exhibit`` package (format version 1).

Every visible text is a *language map*: a JSON object from BCP 47 tag to
string, e.g. ``{"en": "Harbour", "az-Latn": "Liman", "ur": "بندرگاہ"}``.
Binary data lives in :class:`Blob` rows, content-addressed by SHA-256, and
everything else points at them. ``docs/package-format.md`` documents each
field for writers in other languages.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# The format's identity and object list live in a module without SQLAlchemy
# (the hardened open needs them first); re-exported here for writers.
from kiosk.package.format import APPLICATION_ID as APPLICATION_ID
from kiosk.package.format import EXPECTED_OBJECTS as EXPECTED_OBJECTS
from kiosk.package.format import FORMAT_VERSION as FORMAT_VERSION

LangMap = dict[str, str]


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSON, LangMap: JSON, list[str]: JSON}


class Blob(Base):
    """Bytes of one file: image rendition, tile, thumbnail or audio."""

    __tablename__ = "blob"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    mime: Mapped[str] = mapped_column(String(64))
    size: Mapped[int]
    data: Mapped[bytes] = mapped_column(LargeBinary)


class Exhibition(Base):
    """Exactly one row, ``id = 1``."""

    __tablename__ = "exhibition"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(64))
    version: Mapped[str] = mapped_column(String(32))
    created: Mapped[str] = mapped_column(String(32))  # ISO 8601, UTC
    generator: Mapped[str] = mapped_column(String(64))
    languages: Mapped[list[str]]
    default_language: Mapped[str] = mapped_column(String(35))
    title: Mapped[LangMap]
    summary: Mapped[LangMap]
    organiser: Mapped[LangMap]
    rights: Mapped[LangMap]
    rights_url: Mapped[str] = mapped_column(Text, default="")
    attribution: Mapped[LangMap]
    attract_seconds: Mapped[float] = mapped_column(default=8.0)
    attract_items: Mapped[list[str]]  # item slugs; empty = every photo


class Section(Base):
    __tablename__ = "section"
    id: Mapped[int] = mapped_column(primary_key=True)
    position: Mapped[int] = mapped_column(unique=True)
    slug: Mapped[str] = mapped_column(String(64), unique=True)
    title: Mapped[LangMap]
    introduction: Mapped[LangMap]
    long_text: Mapped[LangMap]  # Markdown per language
    # Refers to item.id; no FOREIGN KEY clause, to avoid a section <-> item cycle.
    cover_item_id: Mapped[int | None] = mapped_column(default=None)


class Media(Base):
    """One photograph, ready for the screen, in every size the kiosk needs.

    The tile pyramid follows Deep Zoom: level ``max_level`` is the full
    resolution ``width`` x ``height``; each lower level halves both sides
    (rounding up) down to level 0 of 1 x 1 pixel.
    """

    __tablename__ = "media"
    id: Mapped[int] = mapped_column(primary_key=True)
    width: Mapped[int]
    height: Mapped[int]
    original_blob_id: Mapped[int | None] = mapped_column(ForeignKey("blob.id"), default=None)
    thumbnail_blob_id: Mapped[int] = mapped_column(ForeignKey("blob.id"))
    placeholder_blob_id: Mapped[int] = mapped_column(ForeignKey("blob.id"))
    tile_size: Mapped[int]
    tile_overlap: Mapped[int] = mapped_column(default=0)
    tile_format: Mapped[str] = mapped_column(String(16), default="jpeg")
    max_level: Mapped[int]
    source_name: Mapped[str] = mapped_column(Text, default="")


class Rendition(Base):
    """A whole photograph scaled to fit one target screen size."""

    __tablename__ = "rendition"
    id: Mapped[int] = mapped_column(primary_key=True)
    media_id: Mapped[int] = mapped_column(ForeignKey("media.id"))
    width: Mapped[int]
    height: Mapped[int]
    blob_id: Mapped[int] = mapped_column(ForeignKey("blob.id"))
    __table_args__ = (Index("ix_rendition_media", "media_id", "width"),)


class Tile(Base):
    __tablename__ = "tile"
    media_id: Mapped[int] = mapped_column(ForeignKey("media.id"), primary_key=True)
    level: Mapped[int] = mapped_column(primary_key=True)
    col: Mapped[int] = mapped_column(primary_key=True)
    row: Mapped[int] = mapped_column(primary_key=True)
    blob_id: Mapped[int] = mapped_column(ForeignKey("blob.id"))


class Item(Base):
    __tablename__ = "item"
    id: Mapped[int] = mapped_column(primary_key=True)
    section_id: Mapped[int] = mapped_column(ForeignKey("section.id"))
    position: Mapped[int]
    slug: Mapped[str] = mapped_column(String(64), unique=True)
    kind: Mapped[str] = mapped_column(String(16))  # photo | testimony | text
    media_id: Mapped[int | None] = mapped_column(ForeignKey("media.id"), default=None)
    title: Mapped[LangMap]
    caption: Mapped[LangMap]
    long_text: Mapped[LangMap]
    alt_text: Mapped[LangMap]
    date: Mapped[str] = mapped_column(String(32), default="")  # ISO 8601 / EDTF
    place: Mapped[LangMap]
    creator: Mapped[LangMap]
    credit: Mapped[LangMap]
    rights: Mapped[LangMap]
    rights_url: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[LangMap]
    source_url: Mapped[str] = mapped_column(Text, default="")
    tags: Mapped[list[str]]
    __table_args__ = (Index("ix_item_section", "section_id", "position", unique=True),)


class Testimony(Base):
    __tablename__ = "testimony"
    item_id: Mapped[int] = mapped_column(ForeignKey("item.id"), primary_key=True)
    audio_blob_id: Mapped[int] = mapped_column(ForeignKey("blob.id"))
    mime: Mapped[str] = mapped_column(String(64))
    duration_ms: Mapped[int]
    sample_rate: Mapped[int] = mapped_column(default=0)
    channels: Mapped[int] = mapped_column(default=0)
    loudness_lufs: Mapped[float | None] = mapped_column(default=None)  # EBU R 128 integrated
    true_peak_dbtp: Mapped[float | None] = mapped_column(default=None)
    interviewer: Mapped[LangMap]
    recorded: Mapped[str] = mapped_column(String(32), default="")
    place: Mapped[LangMap]
    spoken_language: Mapped[str] = mapped_column(String(35))


class Speaker(Base):
    __tablename__ = "speaker"
    item_id: Mapped[int] = mapped_column(ForeignKey("testimony.item_id"), primary_key=True)
    key: Mapped[str] = mapped_column(String(64), primary_key=True)  # as in the cue files
    name: Mapped[LangMap]
    role: Mapped[str] = mapped_column(String(32), default="witness")  # witness|interviewer|other


class Cue(Base):
    __tablename__ = "cue"
    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("testimony.item_id"))
    language: Mapped[str] = mapped_column(String(35))
    position: Mapped[int]
    start_ms: Mapped[int]
    end_ms: Mapped[int]
    speaker_key: Mapped[str] = mapped_column(String(64), default="")
    text: Mapped[str] = mapped_column(Text)
    __table_args__ = (Index("ix_cue_item_lang", "item_id", "language", "position", unique=True),)


class Chapter(Base):
    __tablename__ = "chapter"
    item_id: Mapped[int] = mapped_column(ForeignKey("testimony.item_id"), primary_key=True)
    position: Mapped[int] = mapped_column(primary_key=True)
    start_ms: Mapped[int]
    title: Mapped[LangMap]


class Advisory(Base):
    """A content warning. ``scope`` says where it applies:

    ``exhibition`` (both ids null), ``section`` (section_id), ``item``
    (item_id) or ``passage`` (item_id plus a start/end inside its audio).
    ``mode`` is ``notice`` (a screen before) or ``blur`` (image blurred
    until the visitor taps "Show image").
    """

    __tablename__ = "advisory"
    id: Mapped[int] = mapped_column(primary_key=True)
    scope: Mapped[str] = mapped_column(String(16))
    section_id: Mapped[int | None] = mapped_column(ForeignKey("section.id"), default=None)
    item_id: Mapped[int | None] = mapped_column(ForeignKey("item.id"), default=None)
    start_ms: Mapped[int | None] = mapped_column(default=None)
    end_ms: Mapped[int | None] = mapped_column(default=None)
    mode: Mapped[str] = mapped_column(String(16), default="notice")
    text: Mapped[LangMap]


def schema_objects() -> frozenset[tuple[str, str]]:
    """The tables and named indexes these classes create: must equal
    :data:`~kiosk.package.format.EXPECTED_OBJECTS` (a test checks)."""
    return frozenset(
        [("table", t.name) for t in Base.metadata.tables.values()]
        + [("index", str(ix.name)) for t in Base.metadata.tables.values() for ix in t.indexes
           if ix.name]
    )
