"""The read API on sound packages, and clear refusals of files that are not one."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from package_factory import (
    AUDIO_MS,
    BROKEN,
    PHOTO_SIZE,
    TILE_SIZE,
    copy_with_sql,
    jpeg,
    make_broken,
    make_package,
)
from PIL import Image

from kiosk.package import Package, PackageError
from kiosk.package.hardened import read_header
from kiosk.package.records import AttractSettings, ExhibitionInfo, Text
from kiosk.package.schema import APPLICATION_ID, FORMAT_VERSION


@pytest.fixture(scope="module")
def good(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_package(tmp_path_factory.mktemp("reader") / "good.exhibit")


def test_header_is_ours(good: Path) -> None:
    header = read_header(good)
    assert (header.application_id, header.user_version) == (APPLICATION_ID, FORMAT_VERSION)
    assert not header.wal
    assert header.page_count * header.page_size == good.stat().st_size


def test_exhibition_info_round_trips(good: Path) -> None:
    with Package.open(good) as pkg:
        info = pkg.info
    assert info.languages == ("en", "az-Latn", "ur")
    assert info.default_language == "en"
    assert info.title.get("ur") == "بندرگاہ — exhibition"
    assert info.format_version == FORMAT_VERSION
    assert info.created == "2026-01-01T00:00:00+00:00"


def test_sections_and_items_in_order(good: Path) -> None:
    with Package.open(good) as pkg:
        sections = pkg.sections()
        items = pkg.items()
        first = pkg.items(sections[0].id)
    assert [s.slug for s in sections] == ["section-0", "section-1"]
    assert [i.slug for i in items] == [f"item-{n}" for n in range(12)]
    assert [i.id for i in first] == list(sections[0].item_ids)
    assert [i.kind for i in items[:2]] + [items[-1].kind] == ["testimony", "photo", "text"]
    assert sections[0].cover_item_id == items[1].id


def test_photo_renditions_and_tiles_decode(good: Path) -> None:
    with Package.open(good) as pkg:
        photo = pkg.items()[1]
        media = photo.media
        assert media is not None
        assert (media.width, media.height, media.tile_size) == (*PHOTO_SIZE, TILE_SIZE)
        best = media.rendition_for(1920, 1080)
        assert best is not None and (best.width, best.height) == PHOTO_SIZE
        with Image.open(io.BytesIO(pkg.blob(best.blob_id))) as img:
            assert img.size == PHOTO_SIZE
        corner = pkg.tile(media.id, media.max_level, 2, 1)
        assert corner is not None
        with Image.open(io.BytesIO(corner)) as img:
            assert img.size == (PHOTO_SIZE[0] - 2 * TILE_SIZE, PHOTO_SIZE[1] - TILE_SIZE)
        assert pkg.tile(media.id, media.max_level, 3, 0) is None
        assert media.level_size(0) == (1, 1)


def test_testimony_and_cues(good: Path) -> None:
    with Package.open(good) as pkg:
        item = pkg.items()[0]
        t = pkg.testimony(item.id)
        cues = pkg.cues(item.id, "ur")
    assert t.duration_ms == AUDIO_MS
    assert dict(t.cue_counts) == {"en": 3, "ur": 3}
    assert [c.start_ms for c in cues] == [0, 1000, 2000]
    assert {sp.key for sp in t.speakers} == {"w", "i"}
    assert [c.start_ms for c in t.chapters] == [0, 1500]


def test_audio_streams_in_pieces(good: Path) -> None:
    with Package.open(good) as pkg:
        t = pkg.testimony(pkg.items()[0].id)
        stream = pkg.open_blob(t.audio_blob_id)
        try:
            head = stream.read(4)
            stream.seek(stream.size - 2)
            tail = stream.read(100)
        finally:
            stream.close()
    assert head == b"RIFF"
    assert len(tail) == 2 and stream.size == t.audio_size


def test_text_falls_back_by_primary_subtag_then_default() -> None:
    text = Text({"en": "Harbour", "az-Latn": "Liman"})
    assert text.resolve("az") == ("Liman", "az-Latn")
    assert text.resolve("ur", "en") == ("Harbour", "en")
    assert text.get("ur") == ""


# -- files that are not packages ------------------------------------------------

@pytest.mark.parametrize("name", sorted(BROKEN))
def test_broken_files_are_refused_with_a_message(name: str, good: Path, tmp_path: Path) -> None:
    path = make_broken(name, good, tmp_path)
    says = BROKEN[name]
    with pytest.raises(PackageError) as caught:
        Package.open(path)
    assert says in str(caught.value)
    assert path.name in str(caught.value)  # the message names the file


def test_garbage_after_a_valid_header_is_a_package_error(good: Path, tmp_path: Path) -> None:
    """Our header, then random pages: SQLite errors must arrive as PackageError."""
    data = good.read_bytes()
    path = tmp_path / "garbage.exhibit"
    path.write_bytes(data[:100] + os.urandom(len(data) - 100))
    with pytest.raises(PackageError):
        Package.open(path)


# -- opening is O(1) -------------------------------------------------------------

def _bytes_read() -> int:
    """Bytes this process has asked the kernel for (read/pread), cached or not."""
    for line in Path("/proc/self/io").read_text().splitlines():
        if line.startswith("rchar:"):
            return int(line.split()[1])
    raise AssertionError("no rchar in /proc/self/io")


@pytest.mark.skipif(not Path("/proc/self/io").exists(), reason="needs Linux /proc/self/io")
def test_open_reads_the_same_few_pages_for_a_small_and_a_200_mb_package(
        good: Path, tmp_path: Path) -> None:
    big = make_package(tmp_path / "big.exhibit", items=3, audio_padding=200 * 1024 * 1024)
    assert big.stat().st_size > 200 * 1024 * 1024
    Package.open(good).close()  # warm up imports, so only package reads are counted

    def cost(path: Path) -> int:
        before = _bytes_read()
        with Package.open(path) as pkg:
            assert pkg.info.uid == "test-exhibition"
        return _bytes_read() - before

    small_cost, big_cost = cost(good), cost(big)
    # Deterministic: reading the blob pages would cost 200 MB here, not a few pages.
    assert big_cost < 1024 * 1024, big_cost
    assert big_cost < small_cost + 256 * 1024, (small_cost, big_cost)


def test_reads_from_many_short_lived_threads_reuse_connections(tmp_path: Path) -> None:
    """Qt calls into Python from threads with a fresh thread state each time;
    reads from them must borrow pooled connections, not open one per thread."""
    import threading

    path = make_package(tmp_path / "p.exhibit", items=2)
    with Package.open(path) as package:
        blob_id = package.items()[0].media.thumbnail_blob_id  # type: ignore[union-attr]
        fds_before = len(os.listdir("/proc/self/fd"))
        for _ in range(200):
            t = threading.Thread(target=package.blob, args=(blob_id,))
            t.start()
            t.join()
        assert package._pool.idle_count() <= package._pool.max_idle
        assert len(os.listdir("/proc/self/fd")) - fds_before <= package._pool.max_idle


# -- the first-frame read: plain SQL, the same answers as the ORM ----------------

def test_the_literal_object_list_is_what_the_schema_creates() -> None:
    from kiosk.package.format import EXPECTED_OBJECTS
    from kiosk.package.schema import schema_objects

    assert schema_objects() == EXPECTED_OBJECTS


def _orm_info(path: Path) -> ExhibitionInfo:
    """The exhibition record as the reader built it with the ORM, before the plain read."""
    from sqlalchemy import create_engine
    from sqlalchemy.orm import Session

    from kiosk.package import schema as s
    from kiosk.package.hardened import connect
    from kiosk.package.rows import strs, text

    engine = create_engine("sqlite://", creator=lambda: connect(path, check_schema=False))
    try:
        with Session(engine) as db:
            x = db.get(s.Exhibition, 1)
            assert x is not None
            return ExhibitionInfo(
                uid=x.uid, version=x.version, created=x.created, generator=x.generator,
                languages=strs(x.languages), default_language=x.default_language,
                title=text(x.title), summary=text(x.summary), organiser=text(x.organiser),
                rights=text(x.rights), rights_url=x.rights_url,
                attribution=text(x.attribution),
                attract=AttractSettings(float(x.attract_seconds), strs(x.attract_items)),
                format_version=read_header(path).user_version)
    finally:
        engine.dispose()


@pytest.mark.parametrize("sql", [
    "",
    "UPDATE exhibition SET languages = '\"en\"', attract_items = 'x'",
    "UPDATE exhibition SET title = '[1, 2]', summary = '\"x\"', attract_seconds = '5'",
    "UPDATE exhibition SET languages = 2.5, title = 'null', attract_items = 7",
    "UPDATE exhibition SET uid = 7, attract_items = '{\"a\": 1}', rights = x'7b7d'",
    "UPDATE exhibition SET attract_seconds = 'soon'",
    "UPDATE exhibition SET organiser = 3, attribution = '{\"en\": 5, \"ur\": \"x\"}'",
])
def test_the_exhibition_record_reads_as_the_orm_read_it(
        sql: str, good: Path, tmp_path: Path) -> None:
    path = copy_with_sql(good, tmp_path / "edited.exhibit", sql) if sql else good
    try:
        expected: ExhibitionInfo | None = _orm_info(path)
    except Exception:  # the ORM open refused it (as a PackageError)
        expected = None
    if expected is None:
        with pytest.raises(PackageError, match="damaged package"):
            Package.open(path)
    else:
        with Package.open(path) as pkg:
            assert pkg.info == expected


def _attract_rule(pkg: Package, limit: int) -> tuple[int, ...]:
    """The attract photos as the catalog chose them from every item (before the raw read)."""
    items = pkg.items()
    by_slug = {x.slug: x for x in items}
    chosen = [by_slug[s] for s in pkg.info.attract.item_slugs if s in by_slug]
    if not chosen:
        photos = [x for x in items if x.kind == "photo" and x.media is not None]
        chosen = photos[::max(1, len(photos) // limit)][:limit]
    return tuple(x.media.id for x in chosen if x.media is not None)


@pytest.mark.parametrize("limit", [1, 3, 24])
def test_attract_photos_are_spread_over_the_exhibition(good: Path, limit: int) -> None:
    with Package.open(good) as pkg:
        attract = pkg.attract_media(limit)
        media = {x.media.id: x.media for x in pkg.items() if x.media is not None}
        assert tuple(m.id for m in attract) == _attract_rule(pkg, limit)
    assert 0 < len(attract) <= limit
    assert all(m == media[m.id] for m in attract), "the same records as the full read"


def test_attract_photos_chosen_by_the_curator_come_in_their_order(
        good: Path, tmp_path: Path) -> None:
    chosen = '["item-5", "nothing-by-this-name", "item-0", "item-11", "item-2"]'
    path = copy_with_sql(good, tmp_path / "curated.exhibit",
                         f"UPDATE exhibition SET attract_items = '{chosen}'")
    with Package.open(path) as pkg:
        ids = tuple(m.id for m in pkg.attract_media(limit=1))  # the limit is for the default
        by_slug = {x.slug: x.media.id for x in pkg.items() if x.media is not None}
        assert ids == _attract_rule(pkg, 1)
    # item-0 is the testimony (its photo shows); item-11 is a text, without one.
    assert ids == (by_slug["item-5"], by_slug["item-0"], by_slug["item-2"])


def test_an_exhibition_of_more_photos_than_sqlite_variables_reads(tmp_path: Path) -> None:
    """The hardened connection allows 2,000 variables: no read may bind one per item."""
    from kiosk.package.writer import PackageWriter

    path = tmp_path / "many.exhibit"
    image = jpeg(16, 9)
    with PackageWriter(path) as w:
        w.set_exhibition(uid="many", version="1", languages=["en"], default_language="en",
                         title={"en": "Many"})
        section = w.add_section(position=0, slug="s", title={"en": "Section"})
        for n in range(2100):
            media = w.add_media(width=16, height=9, thumbnail=image, placeholder=image,
                                renditions=[(16, 9, image)], tiles=[], tile_size=512,
                                max_level=0)
            w.add_item(section_id=section, position=n, slug=f"i{n}", kind="photo",
                       media_id=media, title={"en": f"Photo {n}"})
        w.commit()
    with Package.open(path) as pkg:
        items = pkg.items()
        assert len(items) == len(pkg.items(pkg.sections()[0].id)) == 2100
        assert all(x.media is not None and x.media.renditions for x in items)
        assert len(pkg.attract_media()) == 24
