"""``kiosk validate``: each kind of fault is found, named and located; never a traceback."""

from __future__ import annotations

import hashlib
import json
import struct
import subprocess
import sys
import tracemalloc
import zlib
from pathlib import Path

import pytest
from package_factory import BROKEN, copy_with_sql, make_broken, make_package

from kiosk.cli import main
from kiosk.package import Package
from kiosk.package.validate import validate


@pytest.fixture(scope="module")
def good(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_package(tmp_path_factory.mktemp("validate") / "good.exhibit")


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["validate", *args])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def as_json(capsys: pytest.CaptureFixture[str], path: Path) -> tuple[int, dict[str, object]]:
    code, out, _ = run_cli(capsys, str(path), "--json")
    return code, json.loads(out)


def errors_of(path: Path) -> set[tuple[str, str]]:
    return {(p.code, p.location) for p in validate(path).errors}


def test_a_sound_package_passes_with_only_the_missing_transcript(
        good: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, doc = as_json(capsys, good)
    assert code == 0 and doc["ok"] is True and doc["errors"] == 0
    assert doc["problems"] == [{
        "severity": "warning", "code": "missing-translation", "location": "item:item-0",
        "field": "cues", "language": "az-Latn", "message": "no transcript (cues) in 'az-Latn'.",
    }]
    checked = doc["checked"]
    assert isinstance(checked, dict)
    assert checked["tiles"] == 11 * 16 and checked["cues"] == 6 and checked["blobs"] > 200


def test_fully_translated_package_has_no_problems(tmp_path: Path) -> None:
    path = make_package(tmp_path / "full.exhibit", cue_languages=("en", "az-Latn", "ur"))
    assert validate(path).problems == []


def test_human_output_groups_missing_translations(
        good: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = copy_with_sql(good, tmp_path / "untranslated.exhibit",
                         "UPDATE item SET caption = json_remove(caption, '$.ur', '$.\"az-Latn\"')"
                         " WHERE slug = 'item-2'")
    code, out, _ = run_cli(capsys, str(path))
    assert code == 0
    assert "item:item-2 caption: az-Latn, ur" in out
    assert "sound: 0 errors, 3 warnings." in out


@pytest.mark.parametrize("kind", sorted(BROKEN))
def test_not_a_package_exits_1_with_the_reason(
        kind: str, good: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = make_broken(kind, good, tmp_path)
    code, doc = as_json(capsys, path)
    assert code == 1 and doc["ok"] is False
    problems = doc["problems"]
    assert isinstance(problems, list) and BROKEN[kind] in problems[0]["message"]
    code, out, _ = run_cli(capsys, str(path))
    assert code == 1 and BROKEN[kind] in out and "NOT SOUND" in out


def test_the_installed_command_prints_no_traceback(tmp_path: Path) -> None:
    junk = tmp_path / "junk.exhibit"
    junk.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 40)
    kiosk = Path(sys.executable).parent / "kiosk"
    done = subprocess.run([str(kiosk), "validate", str(junk)], capture_output=True, text=True,
                          timeout=60, check=False)
    assert done.returncode == 1
    assert "Traceback" not in done.stdout + done.stderr and "junk.exhibit" in done.stdout


# -- faults inside a package ---------------------------------------------------------

ITEM3_MEDIA = "(SELECT media_id FROM item WHERE slug = 'item-3')"
TESTIMONY = "(SELECT id FROM item WHERE slug = 'item-0')"


def _png_bomb() -> bytes:
    """A PNG that claims 10,000 x 10,000 pixels: over Pillow's bomb threshold."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    ihdr = struct.pack(">IIBBBBB", 10_000, 10_000, 1, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr)
            + chunk(b"IDAT", zlib.compress(b"\x00" * 64)) + chunk(b"IEND", b""))


def _replace_blob(column: str, data: bytes, media: str = ITEM3_MEDIA) -> str:
    """SQL giving a media's ``column`` blob new bytes with a matching hash and size."""
    return (f"UPDATE blob SET data = x'{data.hex()}', size = {len(data)}, "
            f"sha256 = '{hashlib.sha256(data).hexdigest()}' "
            f"WHERE id = (SELECT {column} FROM media WHERE id = {media})")


GIF = (b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01\x00\x00\x00"
       b"\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;")

FAULTS: dict[str, tuple[tuple[str, ...], set[tuple[str, str]]]] = {
    # name: (SQL that makes it, the errors validate must report: (code, location))
    "missing-tile": ((f"DELETE FROM tile WHERE media_id = {ITEM3_MEDIA} AND level = 9 "
                      "AND col = 2 AND row = 1",), {("tiles", "item:item-3")}),
    "wrong-max-level": ((f"UPDATE media SET max_level = 8 WHERE id = {ITEM3_MEDIA}",),
                        {("tiles", "item:item-3")}),
    "rendition-size-lie": ((f"UPDATE rendition SET height = 199 WHERE media_id = {ITEM3_MEDIA} "
                            "AND width = 300",), {("image", "item:item-3")}),
    "hash-lie": ((f"UPDATE blob SET sha256 = '{'0' * 64}' WHERE id = (SELECT thumbnail_blob_id "
                  f"FROM media WHERE id = {ITEM3_MEDIA})",),
                 {("blob-hash", "item:item-3 thumbnail")}),
    "size-lie": ((f"UPDATE blob SET size = size + 1 WHERE id = (SELECT placeholder_blob_id "
                  f"FROM media WHERE id = {ITEM3_MEDIA})",),
                 {("blob-size", "item:item-3 placeholder")}),
    "not-an-image": ((_replace_blob("thumbnail_blob_id", b"plain text, not pixels"),),
                     {("image", "item:item-3")}),
    "gif-not-allowed": ((_replace_blob("thumbnail_blob_id", GIF),), {("image", "item:item-3")}),
    "decompression-bomb": ((_replace_blob("placeholder_blob_id", _png_bomb()),),
                           {("image", "item:item-3")}),
    "cue-past-the-end": (("UPDATE cue SET end_ms = 3500 WHERE language = 'en' AND position = 2",),
                         {("timing", "item:item-0")}),
    "cues-out-of-order": (("UPDATE cue SET start_ms = 50 WHERE language = 'ur' "
                           "AND position = 2",), {("timing", "item:item-0")}),
    "chapter-past-the-end": (("UPDATE chapter SET start_ms = 4000 WHERE position = 1",),
                             {("timing", "item:item-0")}),
    "passage-past-the-end": (("UPDATE advisory SET end_ms = 9000 WHERE scope = 'passage'",),
                             {("timing", "advisory:1")}),
    "dangling-media": (("UPDATE item SET media_id = 999 WHERE slug = 'item-2'",),
                       {("reference", "item:item-2")}),
    "dangling-audio": ((f"UPDATE testimony SET audio_blob_id = 99999 WHERE item_id = {TESTIMONY}",),
                       {("reference", "item:item-0")}),
    "testimony-without-recording": ((f"DELETE FROM testimony WHERE item_id = {TESTIMONY}",
                                     f"DELETE FROM cue WHERE item_id = {TESTIMONY}",
                                     f"DELETE FROM chapter WHERE item_id = {TESTIMONY}",
                                     f"DELETE FROM speaker WHERE item_id = {TESTIMONY}",
                                     "DELETE FROM advisory WHERE scope = 'passage'"),
                                    {("reference", "item:item-0")}),
    "unknown-kind": (("UPDATE item SET kind = 'video' WHERE slug = 'item-4'",),
                     {("structure", "item:item-4")}),
    "caption-missing-in-default": (("UPDATE item SET caption = json_remove(caption, '$.en') "
                                    "WHERE slug = 'item-5'",), {("missing-text", "item:item-5")}),
    "photo-without-alt-text": (("UPDATE item SET alt_text = '{}' WHERE slug = 'item-5'",),
                               {("missing-text", "item:item-5")}),
    "default-not-declared": (("UPDATE exhibition SET default_language = 'fr'",),
                             {("languages", "exhibition")}),
}


@pytest.mark.parametrize("name", sorted(FAULTS))
def test_each_fault_is_found_and_located(name: str, good: Path, tmp_path: Path) -> None:
    sql, expected = FAULTS[name]
    path = copy_with_sql(good, tmp_path / f"{name}.exhibit", *sql)
    found = errors_of(path)
    if name == "default-not-declared":  # every text then also lacks the default language
        found = {e for e in found if e[0] != "missing-text"}
    assert found == expected


def test_originals_are_checked_without_a_full_decode(tmp_path: Path) -> None:
    path = make_package(tmp_path / "originals.exhibit", items=3, keep_original=True,
                        cue_languages=("en", "az-Latn", "ur"))
    assert validate(path).problems == []
    # A PNG whose pixel data is damaged but whose hash matches: the CRC check finds it.
    with Package.open(path) as pkg:
        media = pkg.items()[1].media
        assert media is not None and media.original_blob_id is not None
        png = bytearray(pkg.blob(media.original_blob_id))
    png[png.index(b"IDAT") + 20] ^= 0xFF
    bad = copy_with_sql(path, tmp_path / "bad-original.exhibit",
                        _replace_blob("original_blob_id", bytes(png),
                                      media="(SELECT media_id FROM item WHERE slug = 'item-1')"))
    assert {(p.code, p.location) for p in validate(bad).errors} == {("image", "item:item-1")}


def test_dangerous_image_messages_say_why(good: Path, tmp_path: Path) -> None:
    bomb = copy_with_sql(good, tmp_path / "bomb.exhibit", *FAULTS["decompression-bomb"][0])
    gif = copy_with_sql(good, tmp_path / "gif.exhibit", *FAULTS["gif-not-allowed"][0])
    assert "decompression bomb" in validate(bomb).errors[0].message
    assert "JPEG/PNG" in validate(gif).errors[0].message


def test_missing_translation_is_a_warning_per_item_field_and_language(
        good: Path, tmp_path: Path) -> None:
    path = copy_with_sql(good, tmp_path / "no-urdu.exhibit",
                         "UPDATE item SET caption = json_remove(caption, '$.ur') "
                         "WHERE slug = 'item-2'")
    report = validate(path)
    assert report.ok
    assert ("item:item-2", "caption", "ur") in {
        (p.location, p.field, p.language) for p in report.warnings
        if p.code == "missing-translation"}


def test_uncovered_characters_fail_the_command(
        good: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = copy_with_sql(good, tmp_path / "snowman.exhibit",
                         "UPDATE cue SET text = 'Snow 𓀀 fell' WHERE language = 'en'")
    assert validate(path).ok  # the package check alone knows nothing of fonts
    code, doc = as_json(capsys, path)
    assert code == 1
    problems = doc["problems"]
    assert isinstance(problems, list)
    [uncovered] = [p for p in problems if p["code"] == "uncovered-characters"]
    assert (uncovered["location"], uncovered["field"], uncovered["language"]) == (
        "item:item-0", "cues", "en")
    assert "U+13000" in uncovered["message"]


# -- streaming ----------------------------------------------------------------------

def test_blobs_are_streamed_with_bounded_memory_and_progress(tmp_path: Path) -> None:
    path = make_package(tmp_path / "big.exhibit", items=3, audio_padding=64 * 1024 * 1024)
    seen: list[tuple[int, int]] = []
    tracemalloc.start()
    try:
        report = validate(path, progress=lambda done, total: seen.append((done, total)))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert report.ok
    assert peak < 16 * 1024 * 1024, peak  # reading the audio blob whole would be > 64 MiB
    assert len(seen) > 32 and seen[-1][0] == seen[-1][1] > 64 * 1024 * 1024
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
