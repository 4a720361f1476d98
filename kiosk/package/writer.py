"""Writing a package: into a temporary file, renamed into place when whole.

Used by ``kiosk build`` and by tests that need a package of a given shape.
A writer that is not committed leaves nothing behind.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import tempfile
import threading
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Engine, create_engine, event, insert
from sqlalchemy.orm import Session

from kiosk import __version__
from kiosk.package import schema as s

LangMap = Mapping[str, str]
#: Bytes copied at a time by :meth:`PackageWriter.add_blob_file`.
BLOB_CHUNK = 1 << 20
#: Bytes of blobs added between two flushes to the disk while a package is built.
FLUSH_EVERY = 64 << 20


def _lang(m: LangMap | None) -> dict[str, str]:
    return {k: v for k, v in (m or {}).items() if v}


class PackageWriter:
    """Builds a package at ``out``; call :meth:`commit` to put it in place.

    Not thread-safe: one builder thread writes, workers only compute bytes.
    """

    def __init__(self, out: Path) -> None:
        self.out = Path(out)
        self.out.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{self.out.name}.", suffix=".part",
                                   dir=self.out.parent)
        os.close(fd)
        self.tmp = Path(tmp)
        self._engine: Engine = create_engine(f"sqlite:///{self.tmp}")
        event.listen(self._engine, "connect", _fast_build_pragmas)
        s.Base.metadata.create_all(self._engine)
        self._db = Session(self._engine)
        self._blob_ids: dict[str, int] = {}
        self._unflushed = 0
        self._flusher: threading.Thread | None = None
        self._done = False

    # -- blobs -------------------------------------------------------------
    def add_blob(self, data: bytes, mime: str) -> int:
        return self._insert_blob(self._sql(), data, mime)

    def _insert_blob(self, sql: sqlite3.Connection, data: bytes, mime: str) -> int:
        digest = hashlib.sha256(data).hexdigest()
        known = self._blob_ids.get(digest)
        if known is not None:
            return known
        # Plain SQL on the session's own connection: a package holds thousands
        # of tiles, and each Core or ORM statement costs more than the insert.
        blob_id: int = sql.execute(
            "INSERT INTO blob (sha256, mime, size, data) VALUES (?, ?, ?, ?) RETURNING id",
            (digest, mime, len(data), data),
        ).fetchone()[0]
        self._blob_ids[digest] = blob_id
        self._unflushed += len(data)
        return blob_id

    def _sql(self) -> sqlite3.Connection:
        """The sqlite3 connection under the session, inside its transaction."""
        return cast(sqlite3.Connection, self._db.connection().connection.dbapi_connection)

    def add_blob_file(self, path: Path, mime: str) -> int:
        """:meth:`add_blob` for a file, streamed: never held whole in memory.

        An hour of WAV is 600 MiB. The row is made with a zeroblob of the
        file's size, the file copied in by incremental blob I/O and hashed as
        it goes; a duplicate of an earlier blob is dropped again at the end.
        """
        size = path.stat().st_size
        conn = self._db.connection()
        blob_id = conn.exec_driver_sql(
            "INSERT INTO blob (sha256, mime, size, data) VALUES (?, ?, ?, zeroblob(?)) "
            "RETURNING id",
            (f"pending-{uuid.uuid4().hex}", mime, size, size),  # unique until hashed
        ).scalar_one()
        raw = cast(sqlite3.Connection, conn.connection.dbapi_connection)
        digest = hashlib.sha256()
        with path.open("rb") as f, raw.blobopen("blob", "data", blob_id) as blob:
            while chunk := f.read(BLOB_CHUNK):
                if len(chunk) > size - blob.tell():
                    raise OSError(f"{path} grew while it was stored; build again")
                blob.write(chunk)
                digest.update(chunk)
            if blob.tell() != size:
                raise OSError(f"{path} shrank while it was stored; build again")
        sha = digest.hexdigest()
        known = self._blob_ids.get(sha)
        if known is not None:
            # Leaves free pages, so commit() vacuums; rare (the same recording twice).
            conn.exec_driver_sql("DELETE FROM blob WHERE id = ?", (blob_id,))
            return known
        conn.exec_driver_sql("UPDATE blob SET sha256 = ? WHERE id = ?", (sha, blob_id))
        self._blob_ids[sha] = blob_id
        return blob_id

    def _add_bytes_or_file(self, data: bytes | Path, mime: str) -> int:
        if isinstance(data, Path):
            return self.add_blob_file(data, mime)
        return self.add_blob(data, mime)

    # -- structure ---------------------------------------------------------
    def set_exhibition(self, *, uid: str, version: str, languages: Sequence[str],
                       default_language: str, title: LangMap, summary: LangMap | None = None,
                       organiser: LangMap | None = None, rights: LangMap | None = None,
                       rights_url: str = "", attribution: LangMap | None = None,
                       attract_seconds: float = 8.0,
                       attract_items: Sequence[str] = (), created: str | None = None) -> None:
        self._db.add(s.Exhibition(
            id=1, uid=uid, version=version,
            created=created or datetime.now(UTC).replace(microsecond=0).isoformat(),
            generator=f"kiosk {__version__}", languages=list(languages),
            default_language=default_language, title=_lang(title), summary=_lang(summary),
            organiser=_lang(organiser), rights=_lang(rights), rights_url=rights_url,
            attribution=_lang(attribution), attract_seconds=attract_seconds,
            attract_items=list(attract_items),
        ))

    def add_section(self, *, position: int, slug: str, title: LangMap,
                    introduction: LangMap | None = None,
                    long_text: LangMap | None = None) -> int:
        row = s.Section(position=position, slug=slug, title=_lang(title),
                        introduction=_lang(introduction), long_text=_lang(long_text))
        self._db.add(row)
        self._db.flush()
        return row.id

    def set_section_cover(self, section_id: int, item_id: int) -> None:
        row = self._db.get(s.Section, section_id)
        assert row is not None
        row.cover_item_id = item_id

    def add_media(self, *, width: int, height: int, thumbnail: bytes, placeholder: bytes,
                  renditions: Iterable[tuple[int, int, bytes]],
                  tiles: Iterable[tuple[int, int, int, bytes]], tile_size: int,
                  max_level: int, original: tuple[bytes | Path, str] | None = None,
                  source_name: str = "") -> int:
        """``renditions``: (w, h, jpeg); ``tiles``: (level, col, row, jpeg);
        ``original``: (bytes or a file to stream in, mime).

        Plain SQL throughout: called once per photo with ~140 blobs, where the
        ORM's flush and Core's statements cost a third of the writing time.
        """
        sql = self._sql()
        thumbnail_id = self._insert_blob(sql, thumbnail, "image/jpeg")
        placeholder_id = self._insert_blob(sql, placeholder, "image/jpeg")
        original_id = self._add_bytes_or_file(*original) if original else None
        media_id: int = sql.execute(
            "INSERT INTO media (width, height, original_blob_id, thumbnail_blob_id, "
            "placeholder_blob_id, tile_size, tile_overlap, tile_format, max_level, source_name) "
            "VALUES (?, ?, ?, ?, ?, ?, 0, 'jpeg', ?, ?) RETURNING id",
            (width, height, original_id, thumbnail_id, placeholder_id, tile_size, max_level,
             source_name),
        ).fetchone()[0]
        sql.executemany(
            "INSERT INTO rendition (media_id, width, height, blob_id) VALUES (?, ?, ?, ?)",
            [(media_id, w, h, self._insert_blob(sql, data, "image/jpeg"))
             for w, h, data in renditions])
        sql.executemany(
            "INSERT INTO tile (media_id, level, col, row, blob_id) VALUES (?, ?, ?, ?, ?)",
            [(media_id, level, col, r, self._insert_blob(sql, data, "image/jpeg"))
             for level, col, r, data in tiles])
        self._flush_meanwhile()
        return media_id

    def _flush_meanwhile(self) -> None:
        """Every :data:`FLUSH_EVERY` bytes, start sending the file to the disk on a thread.

        :meth:`commit` fsyncs before the rename. Without this the whole
        package (300 MB for 36 photos) would be written out then, while the
        cores wait; this way the disk works while the photos are rendered and
        the last fsync has little left to do.
        """
        if self._unflushed < FLUSH_EVERY or (self._flusher and self._flusher.is_alive()):
            return
        self._unflushed = 0
        self._flusher = threading.Thread(target=_fdatasync, args=(self.tmp,),
                                         name="package-flush", daemon=True)
        self._flusher.start()

    def _wait_for_flush(self) -> None:
        if self._flusher is not None:
            self._flusher.join()
            self._flusher = None

    def add_item(self, *, section_id: int, position: int, slug: str, kind: str,
                 media_id: int | None = None, title: LangMap | None = None,
                 caption: LangMap | None = None, long_text: LangMap | None = None,
                 alt_text: LangMap | None = None, date: str = "", place: LangMap | None = None,
                 creator: LangMap | None = None, credit: LangMap | None = None,
                 rights: LangMap | None = None, rights_url: str = "",
                 source: LangMap | None = None, source_url: str = "",
                 tags: Sequence[str] = ()) -> int:
        row = s.Item(
            section_id=section_id, position=position, slug=slug, kind=kind, media_id=media_id,
            title=_lang(title), caption=_lang(caption), long_text=_lang(long_text),
            alt_text=_lang(alt_text), date=date, place=_lang(place), creator=_lang(creator),
            credit=_lang(credit), rights=_lang(rights), rights_url=rights_url,
            source=_lang(source), source_url=source_url, tags=list(tags),
        )
        self._db.add(row)
        self._db.flush()
        return row.id

    def add_testimony(self, *, item_id: int, audio: bytes | Path, mime: str, duration_ms: int,
                      spoken_language: str, sample_rate: int = 0, channels: int = 0,
                      loudness_lufs: float | None = None, true_peak_dbtp: float | None = None,
                      interviewer: LangMap | None = None, recorded: str = "",
                      place: LangMap | None = None,
                      speakers: Iterable[tuple[str, LangMap, str]] = (),
                      chapters: Iterable[tuple[int, LangMap]] = (),
                      cues: Mapping[str, Sequence[tuple[int, int, str, str]]] | None = None,
                      ) -> None:
        """``audio``: the bytes, or a file to stream in; ``speakers``: (key, name, role);
        ``chapters``: (start_ms, title); ``cues``: language -> [(start_ms, end_ms,
        speaker_key, text)]."""
        self._db.add(s.Testimony(
            item_id=item_id, audio_blob_id=self._add_bytes_or_file(audio, mime), mime=mime,
            duration_ms=duration_ms, sample_rate=sample_rate, channels=channels,
            loudness_lufs=loudness_lufs, true_peak_dbtp=true_peak_dbtp,
            interviewer=_lang(interviewer), recorded=recorded, place=_lang(place),
            spoken_language=spoken_language,
        ))
        self._db.flush()
        for key, name, role in speakers:
            self._db.add(s.Speaker(item_id=item_id, key=key, name=_lang(name), role=role))
        for i, (start, title) in enumerate(chapters):
            self._db.add(s.Chapter(item_id=item_id, position=i, start_ms=start,
                                   title=_lang(title)))
        rows: list[dict[str, Any]] = [
            {"item_id": item_id, "language": lang, "position": i, "start_ms": a, "end_ms": b,
             "speaker_key": who, "text": text}
            for lang, lang_cues in (cues or {}).items()
            for i, (a, b, who, text) in enumerate(lang_cues)
        ]
        if rows:
            self._db.execute(insert(s.Cue), rows)

    def add_advisory(self, *, scope: str, text: LangMap, mode: str = "notice",
                     section_id: int | None = None, item_id: int | None = None,
                     start_ms: int | None = None, end_ms: int | None = None) -> None:
        self._db.add(s.Advisory(scope=scope, mode=mode, text=_lang(text), section_id=section_id,
                                item_id=item_id, start_ms=start_ms, end_ms=end_ms))

    # -- finishing ---------------------------------------------------------
    def commit(self) -> Path:
        """Seal the file (pragmas, fsync) and rename it to ``out``.

        A build only inserts, so the file has no free pages and VACUUM would
        just copy it (0.45 s for 90 MiB); it runs only if something freed pages.
        """
        self._db.commit()
        self._db.close()
        self._engine.dispose()
        self._wait_for_flush()
        con = sqlite3.connect(self.tmp, isolation_level=None)
        try:
            con.execute("PRAGMA journal_mode = DELETE")
            con.execute(f"PRAGMA application_id = {s.APPLICATION_ID}")
            con.execute(f"PRAGMA user_version = {s.FORMAT_VERSION}")
            if con.execute("PRAGMA freelist_count").fetchone()[0]:
                con.execute("VACUUM")
        finally:
            con.close()
        # mkstemp makes the file 0600; a kiosk may run as another user.
        self.tmp.chmod(0o644)
        with self.tmp.open("rb+") as f:
            os.fsync(f.fileno())
        os.replace(self.tmp, self.out)
        _fsync_dir(self.out.parent)
        self._done = True
        return self.out

    def abort(self) -> None:
        """Throw the half-built file away."""
        if self._done:
            return
        try:
            self._db.close()
            self._engine.dispose()
            self._wait_for_flush()
        finally:
            for suffix in ("", "-journal", "-wal", "-shm"):
                Path(f"{self.tmp}{suffix}").unlink(missing_ok=True)
            self._done = True

    def __enter__(self) -> PackageWriter:
        return self

    def __exit__(self, exc_type: object, *_: object) -> None:
        if exc_type is not None or not self._done:
            self.abort()


def _fast_build_pragmas(dbapi_con: Any, _record: Any) -> None:
    # The file is private until the rename, so a crash only loses a temp file.
    cur = dbapi_con.cursor()
    cur.execute("PRAGMA journal_mode = OFF")
    cur.execute("PRAGMA synchronous = OFF")
    cur.execute("PRAGMA page_size = 8192")
    cur.close()


def _fdatasync(path: Path) -> None:
    """On the flush thread; a failure here shows again at the final fsync."""
    _sync(path, os.O_RDWR, os.fdatasync)


def _fsync_dir(path: Path) -> None:
    _sync(path, os.O_RDONLY, os.fsync)


def _sync(path: Path, flags: int, sync: Callable[[int], None]) -> None:
    """``sync`` the file or folder at ``path``, quietly: a best effort."""
    try:
        fd = os.open(path, flags)
    except OSError:
        return
    try:
        sync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
