"""Read API for ``.exhibit`` packages: frozen records out, never ORM objects.

Opening reads the exhibition record, and :meth:`Package.attract_media` the
attract loop's photos, with plain SQL on a hardened connection: a kiosk shows
its first photo without importing SQLAlchemy (~0.3 s). The structured reads
(sections, items, testimony) go through SQLAlchemy, imported on first use
(:mod:`kiosk.package.structure`). Blob reads use pooled hardened connections.
A :class:`Package` may be used from several threads.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.package import records as r
from kiosk.package.errors import PackageError
from kiosk.package.hardened import ConnectionPool, Header, connect, read_header
from kiosk.package.rows import json_value, reason, strs, text

if TYPE_CHECKING:
    from kiosk.package.structure import Structure

#: Called with the package path before SQLite opens it (e.g. a signature check).
Verifier = Callable[[Path], None]
#: Without a curator's choice, the attract loop shows at most this many
#: photographs, spread over the exhibition.
ATTRACT_PHOTOS = 24

_EXHIBITION = (
    "SELECT uid, version, created, generator, languages, default_language, title, summary, "
    "organiser, rights, rights_url, attribution, attract_seconds, attract_items "
    "FROM exhibition WHERE id = 1"
)
#: Every item the exhibition shows, in order, with its kind and media (if the row exists).
_ATTRACT_CANDIDATES = (
    "SELECT i.slug, i.kind, m.id FROM item i JOIN section s ON s.id = i.section_id "
    "LEFT JOIN media m ON m.id = i.media_id ORDER BY s.position, i.position"
)
_MEDIA = (
    "SELECT id, width, height, tile_size, tile_overlap, max_level, thumbnail_blob_id, "
    "placeholder_blob_id, original_blob_id FROM media WHERE id = ?"
)
_RENDITIONS = "SELECT width, height, blob_id FROM rendition WHERE media_id = ? ORDER BY width, id"


def pick_attract(item_slugs: Sequence[str], candidates: Sequence[tuple[str, str, int | None]],
                 limit: int) -> tuple[int, ...]:
    """The media ids the attract loop shows: those of the curator's ``item_slugs``
    in their order, else of up to ``limit`` photos spread over the exhibition.

    ``candidates``: ``(slug, kind, media id or None)`` of every item, in order.
    """
    by_slug = {slug: media for slug, _kind, media in candidates}
    chosen = [by_slug[slug] for slug in item_slugs if slug in by_slug]
    if not chosen:
        photos = [media for _slug, kind, media in candidates
                  if kind == "photo" and media is not None]
        step = max(1, len(photos) // max(1, limit))
        chosen = list(photos[::step][:limit])
    return tuple(media for media in chosen if media is not None)


class Package:
    """An open exhibition package. Use :meth:`open`; close when done."""

    def __init__(self, path: Path, pool: ConnectionPool, info: r.ExhibitionInfo) -> None:
        self.path = path
        self._pool = pool
        self.info = info
        self._structure: Structure | None = None
        self._lock = threading.Lock()
        self._closed = False

    # -- opening ---------------------------------------------------------
    @classmethod
    def open(cls, path: str | Path, *, verify: Verifier | None = None) -> Package:
        """Open ``path`` read-only. Raises :class:`PackageError` with a message for people.

        Checks the header and the schema and reads the exhibition record; no
        SQLAlchemy. Any thread.
        """
        path = Path(path).resolve()
        if verify is not None:
            verify(path)
        header = read_header(path)
        con = connect(path)  # the schema check, once; pooled connections skip it
        try:
            info = _exhibition(con, path, header)
        except BaseException:
            con.close()
            raise
        return cls(path, ConnectionPool(path, idle=[con]), info)

    def close(self) -> None:
        with self._lock:
            self._closed = True
            structure, self._structure = self._structure, None
        if structure is not None:
            structure.close()
        self._pool.close()

    def __enter__(self) -> Package:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- the attract loop's first photos (plain SQL) -----------------------
    def attract_media(self, limit: int = ATTRACT_PHOTOS) -> tuple[r.MediaInfo, ...]:
        """The attract loop's photographs (see :func:`pick_attract`), with their
        renditions. A few small queries, no SQLAlchemy. Any thread."""
        try:
            with self._pool.borrow() as con:
                candidates = [(row[0], row[1], row[2]) for row in con.execute(_ATTRACT_CANDIDATES)]
                chosen = pick_attract(self.info.attract.item_slugs, candidates, limit)
                return tuple(_media(con, media_id) for media_id in chosen)
        except PackageError:
            raise
        except Exception as e:  # sqlite errors; a hostile row of the wrong type
            raise PackageError(f"{self.path}: damaged package ({reason(e)}).") from None

    # -- structure (SQLAlchemy, imported on first use) ---------------------
    def _db(self) -> Structure:
        with self._lock:
            if self._closed:
                raise PackageError(f"{self.path}: the package has been closed.")
            if self._structure is None:
                from kiosk.package.structure import Structure

                self._structure = Structure(self.path)
            return self._structure

    def sections(self) -> tuple[r.SectionInfo, ...]:
        return self._db().sections()

    def items(self, section_id: int | None = None) -> tuple[r.ItemInfo, ...]:
        """Items of one section in order, or of the whole exhibition."""
        return self._db().items(section_id)

    def item(self, item_id: int) -> r.ItemInfo:
        return self._db().item(item_id)

    def item_count(self) -> int:
        return self._db().item_count()

    def advisories(self) -> tuple[r.Advisory, ...]:
        return self._db().advisories()

    def testimony(self, item_id: int) -> r.TestimonyInfo:
        return self._db().testimony(item_id)

    def cues(self, item_id: int, language: str) -> tuple[r.Cue, ...]:
        return self._db().cues(item_id, language)

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


def _exhibition(con: sqlite3.Connection, path: Path, header: Header) -> r.ExhibitionInfo:
    """The exhibition record, read as the ORM would (JSON columns parsed)."""
    try:
        row = con.execute(_EXHIBITION).fetchone()
        if row is None:
            raise PackageError(f"{path}: the package has no exhibition record.")
        (uid, version, created, generator, languages, default_language, title, summary,
         organiser, rights, rights_url, attribution, attract_seconds, attract_items) = row
        return r.ExhibitionInfo(
            uid=uid, version=version, created=created, generator=generator,
            languages=strs(json_value(languages)), default_language=default_language,
            title=text(json_value(title)), summary=text(json_value(summary)),
            organiser=text(json_value(organiser)), rights=text(json_value(rights)),
            rights_url=rights_url, attribution=text(json_value(attribution)),
            attract=r.AttractSettings(float(attract_seconds), strs(json_value(attract_items))),
            format_version=header.user_version,
        )
    except PackageError:
        raise
    except Exception as e:  # sqlite errors; JSON or numbers may be garbage
        raise PackageError(f"{path}: damaged package ({reason(e)}).") from None


def _media(con: sqlite3.Connection, media_id: int) -> r.MediaInfo:
    row = con.execute(_MEDIA, (media_id,)).fetchone()
    if row is None:
        raise ValueError(f"media {media_id} is missing")
    rends = tuple(r.Rendition(w, h, blob) for w, h, blob in con.execute(_RENDITIONS, (media_id,)))
    (ident, width, height, tile_size, tile_overlap, max_level, thumbnail, placeholder,
     original) = row
    return r.MediaInfo(
        id=ident, width=width, height=height, tile_size=tile_size, tile_overlap=tile_overlap,
        max_level=max_level, renditions=rends, thumbnail_blob_id=thumbnail,
        placeholder_blob_id=placeholder, original_blob_id=original,
    )
