"""Read API for ``.exhibit`` packages: frozen records out, never ORM objects.

A :class:`Package` may be used from several threads: structured reads go
through a short-lived SQLAlchemy session per call; blob reads use one
hardened connection per thread.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, func, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session
from sqlalchemy.pool import QueuePool

from kiosk.package import records as r
from kiosk.package import schema as s
from kiosk.package.errors import PackageError
from kiosk.package.hardened import ConnectionPool, connect, read_header

#: Called with the package path before SQLite opens it (e.g. a signature check).
Verifier = Callable[[Path], None]


def _text(value: Any) -> r.Text:
    if not isinstance(value, dict):
        return r.EMPTY
    return r.Text({str(k): str(v) for k, v in value.items() if isinstance(v, str)})


def _strs(value: Any) -> tuple[str, ...]:
    return tuple(str(v) for v in value) if isinstance(value, list) else ()


class Package:
    """An open exhibition package. Use :meth:`open`; close when done."""

    def __init__(self, path: Path, engine: Engine, pool: ConnectionPool,
                 info: r.ExhibitionInfo) -> None:
        self.path = path
        self._engine = engine
        self._pool = pool
        self.info = info

    # -- opening ---------------------------------------------------------
    @classmethod
    def open(cls, path: str | Path, *, verify: Verifier | None = None) -> Package:
        """Open ``path`` read-only. Raises :class:`PackageError` with a message for people."""
        path = Path(path).resolve()
        if verify is not None:
            verify(path)
        header = read_header(path)
        connect(path).close()  # schema check once; pooled connections skip it
        pool = ConnectionPool(path)
        engine = create_engine(
            "sqlite://", creator=lambda: connect(path, check_schema=False),
            poolclass=QueuePool, pool_size=4, max_overflow=4,
        )
        try:
            with Session(engine) as session:
                row = session.get(s.Exhibition, 1)
                if row is None:
                    raise PackageError(f"{path}: the package has no exhibition record.")
                info = r.ExhibitionInfo(
                    uid=row.uid, version=row.version, created=row.created,
                    generator=row.generator, languages=_strs(row.languages),
                    default_language=row.default_language, title=_text(row.title),
                    summary=_text(row.summary), organiser=_text(row.organiser),
                    rights=_text(row.rights), rights_url=row.rights_url,
                    attribution=_text(row.attribution),
                    attract=r.AttractSettings(float(row.attract_seconds),
                                              _strs(row.attract_items)),
                    format_version=header.user_version,
                )
        except PackageError:
            engine.dispose()
            raise
        except Exception as e:  # SQLAlchemy wraps sqlite errors; JSON may be garbage
            engine.dispose()
            raise PackageError(f"{path}: damaged package ({_reason(e)}).") from None
        return cls(path, engine, pool, info)

    def close(self) -> None:
        self._engine.dispose()
        self._pool.close()

    def __enter__(self) -> Package:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @contextmanager
    def _session(self) -> Iterator[Session]:
        try:
            with Session(self._engine) as session:
                yield session
        except PackageError:
            raise
        except Exception as e:
            raise PackageError(f"{self.path}: damaged package ({_reason(e)}).") from None

    # -- structure ---------------------------------------------------------
    def sections(self) -> tuple[r.SectionInfo, ...]:
        with self._session() as db:
            rows = db.scalars(select(s.Section).order_by(s.Section.position)).all()
            items = db.execute(select(s.Item.section_id, s.Item.id)
                               .order_by(s.Item.section_id, s.Item.position)).all()
            by_section: dict[int, list[int]] = {}
            for section_id, item_id in items:
                by_section.setdefault(section_id, []).append(item_id)
            return tuple(
                r.SectionInfo(
                    id=x.id, position=x.position, slug=x.slug, title=_text(x.title),
                    introduction=_text(x.introduction), long_text=_text(x.long_text),
                    cover_item_id=x.cover_item_id, item_ids=tuple(by_section.get(x.id, ())),
                )
                for x in rows
            )

    def items(self, section_id: int | None = None) -> tuple[r.ItemInfo, ...]:
        """Items of one section in order, or of the whole exhibition."""
        with self._session() as db:
            q = select(s.Item)
            if section_id is not None:
                q = q.where(s.Item.section_id == section_id).order_by(s.Item.position)
            else:
                q = q.join(s.Section).order_by(s.Section.position, s.Item.position)
            rows = db.scalars(q).all()
            media = self._media(db, {x.media_id for x in rows if x.media_id is not None})
            return tuple(self._item(x, media) for x in rows)

    def item(self, item_id: int) -> r.ItemInfo:
        with self._session() as db:
            x = db.get(s.Item, item_id)
            if x is None:
                raise PackageError(f"{self.path}: no item {item_id}.")
            media = self._media(db, {x.media_id} if x.media_id is not None else set())
            return self._item(x, media)

    def item_count(self) -> int:
        with self._session() as db:
            return int(db.scalar(select(func.count()).select_from(s.Item)) or 0)

    @staticmethod
    def _item(x: s.Item, media: dict[int, r.MediaInfo]) -> r.ItemInfo:
        return r.ItemInfo(
            id=x.id, section_id=x.section_id, position=x.position, slug=x.slug, kind=x.kind,
            title=_text(x.title), caption=_text(x.caption), long_text=_text(x.long_text),
            alt_text=_text(x.alt_text), date=x.date, place=_text(x.place),
            creator=_text(x.creator), credit=_text(x.credit), rights=_text(x.rights),
            rights_url=x.rights_url, source=_text(x.source), source_url=x.source_url,
            tags=_strs(x.tags), media=media.get(x.media_id) if x.media_id is not None else None,
        )

    @staticmethod
    def _media(db: Session, ids: set[int]) -> dict[int, r.MediaInfo]:
        if not ids:
            return {}
        rends: dict[int, list[r.Rendition]] = {}
        for rend in db.scalars(select(s.Rendition).where(s.Rendition.media_id.in_(ids))
                               .order_by(s.Rendition.width)):
            rends.setdefault(rend.media_id, []).append(
                r.Rendition(rend.width, rend.height, rend.blob_id))
        return {
            m.id: r.MediaInfo(
                id=m.id, width=m.width, height=m.height, tile_size=m.tile_size,
                tile_overlap=m.tile_overlap, max_level=m.max_level,
                renditions=tuple(rends.get(m.id, ())), thumbnail_blob_id=m.thumbnail_blob_id,
                placeholder_blob_id=m.placeholder_blob_id, original_blob_id=m.original_blob_id,
            )
            for m in db.scalars(select(s.Media).where(s.Media.id.in_(ids)))
        }

    def advisories(self) -> tuple[r.Advisory, ...]:
        with self._session() as db:
            return tuple(
                r.Advisory(id=a.id, scope=a.scope, mode=a.mode, text=_text(a.text),
                           section_id=a.section_id, item_id=a.item_id,
                           start_ms=a.start_ms, end_ms=a.end_ms)
                for a in db.scalars(select(s.Advisory).order_by(s.Advisory.id))
            )

    # -- testimony ---------------------------------------------------------
    def testimony(self, item_id: int) -> r.TestimonyInfo:
        with self._session() as db:
            t = db.get(s.Testimony, item_id)
            if t is None:
                raise PackageError(f"{self.path}: item {item_id} has no recording.")
            speakers = tuple(
                r.Speaker(sp.key, _text(sp.name), sp.role)
                for sp in db.scalars(select(s.Speaker).where(s.Speaker.item_id == item_id)
                                     .order_by(s.Speaker.key))
            )
            chapters = tuple(
                r.Chapter(c.position, c.start_ms, _text(c.title))
                for c in db.scalars(select(s.Chapter).where(s.Chapter.item_id == item_id)
                                    .order_by(s.Chapter.position))
            )
            counts = {
                lang: n for lang, n in db.execute(
                    select(s.Cue.language, func.count()).where(s.Cue.item_id == item_id)
                    .group_by(s.Cue.language).order_by(s.Cue.language))
            }
            size = db.scalar(select(s.Blob.size).where(s.Blob.id == t.audio_blob_id)) or 0
            return r.TestimonyInfo(
                item_id=item_id, audio_blob_id=t.audio_blob_id, mime=t.mime,
                duration_ms=t.duration_ms, audio_size=int(size), sample_rate=t.sample_rate,
                channels=t.channels, loudness_lufs=t.loudness_lufs,
                true_peak_dbtp=t.true_peak_dbtp, interviewer=_text(t.interviewer),
                recorded=t.recorded, place=_text(t.place), spoken_language=t.spoken_language,
                speakers=speakers, chapters=chapters, cue_languages=tuple(counts),
                cue_counts=counts,
            )

    def cues(self, item_id: int, language: str) -> tuple[r.Cue, ...]:
        with self._session() as db:
            return tuple(
                r.Cue(c.position, c.start_ms, c.end_ms, c.speaker_key, c.text)
                for c in db.scalars(select(s.Cue)
                                    .where(s.Cue.item_id == item_id, s.Cue.language == language)
                                    .order_by(s.Cue.position))
            )

    # -- bytes (hot paths: raw hardened connection per thread) -------------
    def blob(self, blob_id: int) -> bytes:
        """The whole blob. For images and tiles; stream audio with :meth:`open_blob`."""
        row = self._query_one("SELECT data FROM blob WHERE id = ?", (blob_id,))
        if row is None:
            raise PackageError(f"{self.path}: blob {blob_id} is missing.")
        return self._bytes(row[0], blob_id)

    def tile(self, media_id: int, level: int, col: int, row: int) -> bytes | None:
        found = self._query_one(
            "SELECT b.data FROM tile t JOIN blob b ON b.id = t.blob_id "
            "WHERE t.media_id = ? AND t.level = ? AND t.col = ? AND t.row = ?",
            (media_id, level, col, row),
        )
        return self._bytes(found[0], media_id) if found else None

    def _bytes(self, value: Any, what: object) -> bytes:
        # A hostile row may hold text or a number where the bytes should be.
        if not isinstance(value, bytes):
            raise PackageError(f"{self.path}: damaged package (blob for {what} is not bytes).")
        return value

    def open_blob(self, blob_id: int) -> BlobStream:
        """A seekable read-only stream over one blob, never loaded whole."""
        con = self._pool.dedicated()
        try:
            handle = con.blobopen("blob", "data", blob_id, readonly=True)
        except (sqlite3.Error, TypeError, OverflowError) as e:  # TypeError: a non-integer id
            con.close()
            raise PackageError(f"{self.path}: blob {blob_id} cannot be read ({e}).") from None
        return BlobStream(con, handle, self.path)

    def _query_one(self, sql: str, args: tuple[int, ...]) -> tuple[Any, ...] | None:
        try:
            with self._pool.borrow() as con:
                row: tuple[Any, ...] | None = con.execute(sql, args).fetchone()
            return row
        except sqlite3.Error as e:
            raise PackageError(f"{self.path}: damaged package ({e}).") from None


class BlobStream:
    """A blob opened for incremental reading; thread-agnostic, one user at a time."""

    def __init__(self, con: sqlite3.Connection, handle: sqlite3.Blob,
                 path: Path | None = None) -> None:
        self._con = con
        self._handle = handle
        self._path = path
        self.size = len(handle)

    def read(self, n: int = -1) -> bytes:
        # A damaged overflow page only shows when it is read, long after open.
        try:
            return self._handle.read(n)
        except sqlite3.Error as e:
            raise PackageError(f"{self._path or 'package'}: damaged package ({e}).") from None

    def seek(self, offset: int) -> None:
        try:
            self._handle.seek(max(0, min(offset, self.size)))
        except sqlite3.Error as e:
            raise PackageError(f"{self._path or 'package'}: damaged package ({e}).") from None

    def tell(self) -> int:
        return self._handle.tell()

    def close(self) -> None:
        try:
            self._handle.close()
        finally:
            self._con.close()


def _reason(e: BaseException) -> str:
    orig = getattr(e, "orig", None)
    return str(orig if orig is not None else e).splitlines()[0]
