"""PackageWriter: streamed blobs, and a sealed file with no free pages."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import threading
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.package import Package
from kiosk.package import writer as writer_module
from kiosk.package.writer import PackageWriter


def _start(out: Path) -> PackageWriter:
    w = PackageWriter(out)
    w.set_exhibition(uid="w", version="1", languages=["en"], default_language="en",
                     title={"en": "Writer"})
    return w


@pytest.fixture
def statements(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Every SQL statement that commit()'s own connection runs."""
    seen: list[str] = []
    connect = sqlite3.connect

    def traced(*args: object, **kw: object) -> sqlite3.Connection:
        con = connect(*args, **kw)  # type: ignore[arg-type]
        con.set_trace_callback(seen.append)
        return con

    monkeypatch.setattr(writer_module.sqlite3, "connect", traced)
    yield seen


def _pragma(path: Path, name: str) -> object:
    with sqlite3.connect(path) as con:
        return con.execute(f"PRAGMA {name}").fetchone()[0]


def test_blob_file_bigger_than_the_chunk_is_streamed_whole(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(writer_module, "BLOB_CHUNK", 4096)
    data = os.urandom(4096 * 10 + 123)  # ten chunks and a piece
    (tmp_path / "a.wav").write_bytes(data)
    out = tmp_path / "p.exhibit"
    with _start(out) as w:
        blob_id = w.add_blob_file(tmp_path / "a.wav", "audio/wav")
        assert w.add_blob(data, "audio/wav") == blob_id  # same bytes, same blob
        w.commit()
    with Package.open(out) as pkg:
        assert pkg.blob(blob_id) == data
    with sqlite3.connect(out) as con:
        row = con.execute("SELECT sha256, mime, size FROM blob WHERE id = ?", (blob_id,))
        assert row.fetchone() == (hashlib.sha256(data).hexdigest(), "audio/wav", len(data))


def test_blob_file_is_never_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "long.flac"
    with path.open("wb") as f:
        for _ in range(16):
            f.write(os.urandom(1 << 20))
    with _start(tmp_path / "p.exhibit") as w:
        tracemalloc.start()
        try:
            w.add_blob_file(path, "audio/flac")
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        w.commit()
    assert peak < 4 << 20  # a chunk or two, not the 16 MiB file


def test_duplicate_blob_file_is_dropped_and_the_file_vacuumed(
        tmp_path: Path, statements: list[str]) -> None:
    data = os.urandom(50_000)
    (tmp_path / "a.ogg").write_bytes(data)
    (tmp_path / "b.ogg").write_bytes(data)
    out = tmp_path / "p.exhibit"
    with _start(out) as w:
        first = w.add_blob_file(tmp_path / "a.ogg", "audio/ogg")
        assert w.add_blob_file(tmp_path / "b.ogg", "audio/ogg") == first
        w.commit()
    assert "VACUUM" in statements  # the dropped copy left free pages
    assert _pragma(out, "freelist_count") == 0
    with sqlite3.connect(out) as con:
        assert con.execute("SELECT count(*) FROM blob").fetchone()[0] == 1


def test_package_has_no_free_pages_without_vacuum(tmp_path: Path,
                                                  statements: list[str]) -> None:
    out = tmp_path / "p.exhibit"
    with _start(out) as w:
        section = w.add_section(position=0, slug="s", title={"en": "S"})
        media = w.add_media(width=2, height=2, thumbnail=b"t", placeholder=b"p",
                            renditions=[(2, 2, os.urandom(30_000))],
                            tiles=[(0, 0, 0, b"0"), (1, 0, 0, os.urandom(20_000))],
                            tile_size=512, max_level=1)
        item = w.add_item(section_id=section, position=0, slug="i", kind="photo",
                          media_id=media)
        w.set_section_cover(section, item)
        w.commit()
    assert "VACUUM" not in statements
    assert _pragma(out, "freelist_count") == 0
    assert _pragma(out, "journal_mode") == "delete"
    assert _pragma(out, "integrity_check") == "ok"
    with Package.open(out) as pkg:
        assert [i.slug for i in pkg.items()] == ["i"]


def test_media_rows_and_shared_blobs(tmp_path: Path) -> None:
    out = tmp_path / "m.exhibit"
    same = os.urandom(5_000)
    with _start(out) as w:
        media = w.add_media(width=3, height=2, thumbnail=b"t", placeholder=b"p",
                            renditions=[(3, 2, same)], tiles=[(0, 0, 0, same), (1, 0, 0, b"x")],
                            tile_size=512, max_level=1, source_name="a.jpg")
        w.commit()
    with sqlite3.connect(out) as con:
        assert con.execute("SELECT width, height, tile_size, tile_overlap, tile_format, "
                           "max_level, source_name FROM media WHERE id = ?", (media,)
                           ).fetchone() == (3, 2, 512, 0, "jpeg", 1, "a.jpg")
        tiles = con.execute("SELECT level, blob_id FROM tile ORDER BY level").fetchall()
        [(rendition_blob,)] = con.execute("SELECT blob_id FROM rendition").fetchall()
        assert tiles[0][1] == rendition_blob  # the same bytes are stored once
        assert con.execute("SELECT count(*) FROM blob").fetchone()[0] == 4
        for sha, data in con.execute("SELECT sha256, data FROM blob"):
            assert sha == hashlib.sha256(data).hexdigest()


def test_photos_go_to_the_disk_during_the_build(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    flushed: list[Path] = []
    monkeypatch.setattr(writer_module, "FLUSH_EVERY", 10_000)
    monkeypatch.setattr(writer_module, "_fdatasync", flushed.append)
    out = tmp_path / "f.exhibit"
    with _start(out) as w:
        w.add_media(width=2, height=2, thumbnail=b"t", placeholder=b"p", renditions=[],
                    tiles=[(0, 0, 0, b"small")], tile_size=512, max_level=0)
        assert flushed == []  # less than FLUSH_EVERY so far
        w.add_media(width=2, height=2, thumbnail=b"t2", placeholder=b"p2", renditions=[],
                    tiles=[(0, 0, 0, os.urandom(20_000))], tile_size=512, max_level=0)
        w.commit()
    assert len(flushed) == 1 and flushed[0].name.endswith(".part")
    assert [t.name for t in threading.enumerate() if t.name == "package-flush"] == []
    assert _pragma(out, "integrity_check") == "ok"
