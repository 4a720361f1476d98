"""``kiosk build`` end to end: folder in, package that reads back out; failures leave nothing."""

from __future__ import annotations

import io
import os
import shutil
import sqlite3
from pathlib import Path

import psutil
import pytest
from build_fixtures import MANIFEST, VTT, exhibition, photo, write
from PIL import Image

from kiosk.build.builder import build_package
from kiosk.build.images import PhotoJob, level_sizes
from kiosk.build.photos import WorkerDied, render_photos
from kiosk.build.problems import BuildFailed
from kiosk.cli import main
from kiosk.package import Package

pytestmark = pytest.mark.skipif(shutil.which("ffmpeg") is None, reason="needs ffmpeg")


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return exhibition(tmp_path_factory.mktemp("show") / "show")


@pytest.fixture(scope="module")
def built(source: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("out") / "show.exhibit"
    build_package(source, out, jobs=1)
    return out


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def size_of(data: bytes) -> tuple[int, int]:
    return Image.open(io.BytesIO(data), formats=["JPEG"]).size


def test_structure_reads_back(built: Path) -> None:
    with Package.open(built) as pkg:
        assert pkg.info.uid == "test-show" and pkg.info.languages == ("en", "az-Latn")
        assert pkg.info.attract.item_slugs == ("harbour",)
        assert pkg.info.attract.seconds_per_photo == 5
        one, two = pkg.sections()
        assert one.long_text.get("az-Latn").startswith("# Bir")
        items = {i.slug: i for i in pkg.items()}
        assert [i.slug for i in pkg.items()] == ["harbour", "street", "anna", "essay"]
        assert one.cover_item_id == items["street"].id  # named cover
        assert two.cover_item_id == items["anna"].id  # first photo
        assert items["harbour"].creator.get("az-Latn") == "A. Photographer"
        assert items["essay"].media is None
        assert items["essay"].long_text.get("az-Latn") == "# Esse\n\nMətn.\n"
        scopes = {(a.scope, a.mode) for a in pkg.advisories()}
        assert scopes == {("exhibition", "notice"), ("section", "notice"), ("item", "blur"),
                          ("passage", "notice")}
        [passage] = [a for a in pkg.advisories() if a.scope == "passage"]
        assert (passage.item_id, passage.start_ms, passage.end_ms) == (items["anna"].id, 1000,
                                                                        2000)


def test_photos_have_every_size_and_tile(built: Path, source: Path) -> None:
    with Package.open(built) as pkg:
        for item in pkg.items():
            media = item.media
            if media is None:
                continue
            assert media.tile_size == 512 and media.tile_overlap == 0
            for level, (w, h) in enumerate(level_sizes(media.width, media.height)):
                assert media.level_size(level) == (w, h)
                cols, rows = -(-w // 512), -(-h // 512)
                for col in range(cols):
                    for row in range(rows):
                        tile = pkg.tile(media.id, level, col, row)
                        assert tile is not None, (item.slug, level, col, row)
                        assert size_of(tile) == (min(512, w - col * 512), min(512, h - row * 512))
                assert pkg.tile(media.id, level, cols, 0) is None
                assert pkg.tile(media.id, level, 0, rows) is None
            # Smaller than both screens: one rendition, the photo's own size.
            assert [(r.width, r.height) for r in media.renditions] == [(media.width,
                                                                         media.height)]
            assert size_of(pkg.blob(media.renditions[0].blob_id)) == (media.width, media.height)
            assert max(size_of(pkg.blob(media.thumbnail_blob_id))) <= 480
            assert max(size_of(pkg.blob(media.placeholder_blob_id))) == 32
        harbour = next(i for i in pkg.items() if i.slug == "harbour")
        assert harbour.media is not None and harbour.media.original_blob_id is not None
        original = (source / "photos/harbour.jpg").read_bytes()
        assert pkg.blob(harbour.media.original_blob_id) == original


def test_testimony_reads_back(built: Path, source: Path) -> None:
    with Package.open(built) as pkg:
        anna = next(i for i in pkg.items() if i.slug == "anna")
        t = pkg.testimony(anna.id)
        assert t.mime == "audio/flac" and t.duration_ms == 3000 and t.sample_rate == 48000
        assert t.channels == 1
        assert pkg.blob(t.audio_blob_id) == (source / "audio/anna.flac").read_bytes()
        assert t.loudness_lufs == pytest.approx(-21.0, abs=1.0)
        assert t.spoken_language == "az-Latn"
        assert [s.key for s in t.speakers] == ["anna", "int"]
        assert t.chapters[0].title.get("en") == "Childhood"
        assert t.cue_counts == {"az-Latn": 2, "en": 2}
        cues = pkg.cues(anna.id, "az-Latn")
        assert [(c.start_ms, c.end_ms, c.speaker_key) for c in cues] == [(0, 1000, "anna"),
                                                                          (1000, 2500, "int")]
        assert cues[0].text == "Salam, mən Annayam."
        assert pkg.cues(anna.id, "en")[0].text == "Hello, I am Anna."


def test_package_is_sealed_without_free_pages(built: Path) -> None:
    # Built by inserts only: nothing for VACUUM to reclaim, so it did not run.
    with sqlite3.connect(built) as con:
        assert con.execute("PRAGMA freelist_count").fetchone()[0] == 0
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert con.execute("PRAGMA quick_check").fetchone()[0] == "ok"


def test_large_photo_gets_both_screen_renditions(tmp_path: Path) -> None:
    root = exhibition(tmp_path / "show", audio=True)
    photo(root / "photos/harbour.jpg", (4000, 2500), quality=80)
    out = tmp_path / "big.exhibit"
    build_package(root, out, jobs=2)  # through the process pool
    with Package.open(out) as pkg:
        harbour = next(i for i in pkg.items() if i.slug == "harbour")
        assert harbour.media is not None
        assert [(r.width, r.height) for r in harbour.media.renditions] == [(1728, 1080),
                                                                            (3456, 2160)]
        assert harbour.media.max_level == 12
        assert pkg.tile(harbour.media.id, 12, 7, 4) is not None  # 8 x 5 tiles at full size


def test_cli_builds_and_prints_a_summary(source: Path, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "cli.exhibit"
    assert main(["build", str(source), "-o", str(out), "--quiet"]) == 0
    summary = capsys.readouterr().out.strip().splitlines()[-1]
    assert summary.startswith(f"Built {out}: 4 items, 3 photos, 1 testimonies, ")
    assert summary.endswith(" s")
    assert leftovers(tmp_path) == ["cli.exhibit"]


def test_broken_manifest_exits_1_with_every_problem(source: Path, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "broken"
    shutil.copytree(source, root)
    text = (MANIFEST.replace("photos/street.png", "photos/nope.png")
            .replace('spoken_language = "az-Latn"', 'spoken_language = "az Latn"')
            .replace('id = "essay"', 'id = "anna"'))
    write(root / "exhibition.toml", text)
    write(root / "transcripts/anna.en.vtt", VTT.replace("00:00:01.000 --> 00:00:02.500",
                                                        "00:00:01.000 --> 00:00:09.000"))
    out_dir = tmp_path / "out"
    assert main(["build", str(root), "-o", str(out_dir / "x.exhibit")]) == 1
    err = capsys.readouterr().err
    # Files named correctly are still checked, so one run lists everything.
    assert ("transcripts/anna.en.vtt:6: cue 2: ends at 00:00:09.000, after the recording "
            "(00:00:03.000)") in err
    assert 'section[1].item[2].image: file "photos/nope.png" not found' in err
    assert 'testimony.spoken_language: "az Latn" is not a language tag' in err
    assert 'section[2].item[2].id: item id "anna" is used twice' in err
    assert "Traceback" not in err
    assert "Not built: 4 problems" in err
    assert not out_dir.exists() or leftovers(out_dir) == []


def test_bad_photo_and_bad_recording_fail_together(source: Path, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "bad"
    shutil.copytree(source, root)
    (root / "photos/anna.jpg").write_text("not a photo")
    (root / "audio/anna.flac").write_bytes(b"fLaC" + bytes(500))
    (root / "texts/essay.az.md").write_bytes("# Esse\n\nGüzəl.\n".encode("cp1254", "replace"))
    assert main(["build", str(root), "-o", str(tmp_path / "x.exhibit")]) == 1
    err = capsys.readouterr().err
    assert "photos/anna.jpg: section[2].item[1].image: is not a photo" in err
    assert "audio/anna.flac: section[2].item[1].testimony.audio: " in err
    assert "texts/essay.az.md:3: is not UTF-8 text" in err
    assert leftovers(tmp_path) == ["bad"]


def test_photo_failing_while_rendering_leaves_nothing(source: Path, tmp_path: Path) -> None:
    root = tmp_path / "cut"
    shutil.copytree(source, root)
    whole = (root / "photos/harbour.jpg").read_bytes()
    (root / "photos/harbour.jpg").write_bytes(whole[: len(whole) // 3])  # header is fine
    out_dir = tmp_path / "out"
    with pytest.raises(BuildFailed) as failed:
        build_package(root, out_dir / "x.exhibit", jobs=2)
    [error] = failed.value.problems.errors
    assert str(error).startswith("photos/harbour.jpg: is damaged or truncated")
    assert leftovers(out_dir) == []


class _Interrupt:
    def __init__(self) -> None:
        self.photos = 0

    def step(self, text: str) -> None:
        pass

    def photos_started(self, total: int) -> None:
        pass

    def photo_done(self, name: str) -> None:
        self.photos += 1
        raise KeyboardInterrupt


def test_ctrl_c_leaves_nothing_and_stops_the_workers(source: Path, tmp_path: Path) -> None:
    progress = _Interrupt()
    with pytest.raises(KeyboardInterrupt):
        build_package(source, tmp_path / "x.exhibit", jobs=2, progress=progress)
    assert progress.photos == 1
    assert leftovers(tmp_path) == []
    # Pool workers are children of the forkserver, i.e. our grandchildren.
    me = os.getpid()
    grandchildren = [p for p in psutil.Process().children(recursive=True) if p.ppid() != me]
    assert [p for p in grandchildren if _alive(p)] == []


class _Steps(_Interrupt):
    def __init__(self) -> None:
        super().__init__()
        self.seen: list[str] = []

    def step(self, text: str) -> None:
        self.seen.append(text)

    def photos_started(self, total: int) -> None:
        self.seen.append(f"{total} photos")

    def photo_done(self, name: str) -> None:
        self.photos += 1


def test_photos_render_while_texts_are_checked_and_stop_at_a_text_problem(
        source: Path, tmp_path: Path) -> None:
    root = tmp_path / "text"
    shutil.copytree(source, root)
    (root / "texts/one.az.md").write_bytes("Bölmə".encode("cp1254", "replace"))
    progress = _Steps()
    with pytest.raises(BuildFailed) as failed:
        build_package(root, tmp_path / "out" / "x.exhibit", jobs=2, progress=progress)
    [error] = failed.value.problems.errors
    assert str(error).startswith("texts/one.az.md:1: is not UTF-8 text")
    started = next(i for i, s in enumerate(progress.seen) if s.endswith(" photos"))
    assert started < progress.seen.index("Checking texts, recordings and transcripts")
    assert progress.photos == 0  # stopped before any was written
    assert not (tmp_path / "out").exists() or leftovers(tmp_path / "out") == []
    me = os.getpid()
    grandchildren = [p for p in psutil.Process().children(recursive=True) if p.ppid() != me]
    assert [p for p in grandchildren if _alive(p)] == []


def test_workers_stop_when_closed_before_the_first_result(tmp_path: Path) -> None:
    # The workers start at once, on a thread, while the texts are checked and
    # the package begun; a failure there (an unwritable output) closes them
    # before any result.
    jobs = [PhotoJob(photo(tmp_path / f"{i}.jpg", (1200, 800), seed=i), f"{i}.jpg")
            for i in range(4)]
    renders = render_photos(jobs, 2)
    renders.close()
    renders.close()  # and again, as the builder's finally does
    me = os.getpid()
    grandchildren = [p for p in psutil.Process().children(recursive=True) if p.ppid() != me]
    assert [p for p in grandchildren if _alive(p)] == []


def _alive(process: psutil.Process) -> bool:
    try:
        return process.status() not in (psutil.STATUS_ZOMBIE, psutil.STATUS_DEAD)
    except psutil.NoSuchProcess:
        return False


class _KillWorkers(_Interrupt):
    def photo_done(self, name: str) -> None:
        self.photos += 1
        if self.photos == 1:
            for proc in psutil.Process().children(recursive=True):
                if proc.ppid() != os.getpid():  # the workers, not the forkserver
                    proc.kill()


def test_a_worker_killed_mid_build_is_reported(tmp_path: Path) -> None:
    root = exhibition(tmp_path / "show", audio=False)
    text = MANIFEST.split("[[section]]")[0] + "[[section]]\nid = \"s\"\ntitle = \"S\"\n"
    for i in range(6):  # enough work left after the first photo to be cut short
        photo(root / f"photos/{i}.jpg", (2400, 1600), seed=i)
        text += (f'[[section.item]]\nid = "p{i}"\nimage = "photos/{i}.jpg"\ntitle = "P"\n'
                 'alt = "A"\n')
    write(root / "exhibition.toml", text.replace('items = ["harbour"]', 'items = ["p0"]'))
    out = tmp_path / "out"
    with pytest.raises(WorkerDied, match="stopped unexpectedly"):
        build_package(root, out / "x.exhibit", jobs=2, progress=_KillWorkers())
    assert leftovers(out) == []


def test_unwritable_output_is_a_message(source: Path, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert main(["build", str(source), "-o", str(blocker / "x.exhibit"), "--quiet"]) == 1
    err = capsys.readouterr().err
    assert "Not built: [Errno" in err and "nothing was written" in err
    assert "Traceback" not in err


def test_output_folder_is_refused(source: Path, tmp_path: Path) -> None:
    with pytest.raises(BuildFailed, match="1 problem"):
        build_package(source, tmp_path, jobs=1)


def test_build_warns_about_characters_no_shipped_font_draws(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from rich.console import Console

    from kiosk.build.command import _warn_uncovered
    from kiosk.package.writer import PackageWriter

    out = tmp_path / "glyphs.exhibit"
    with PackageWriter(out) as w:
        w.set_exhibition(uid="g", version="1", languages=["en"], default_language="en",
                         title={"en": "Hieroglyph 𓀀 here"})
        w.commit()
    _warn_uncovered(Console(stderr=True, highlight=False), out)
    err = capsys.readouterr().err
    assert "U+13000" in err and "exhibition" in err


_EARLY = """
import os, sys, threading, time
import psutil
from pathlib import Path
from kiosk.build import photos
from kiosk.build.images import PhotoJob
if sys.argv[2] == "thread":
    threading.Thread(target=time.sleep, args=(5,), daemon=True).start()
photos.start_workers_early(2)
early = [p.pid for _c, p in photos._early]
me = os.getpid()
children = {p.pid: p.ppid() for p in psutil.Process().children(recursive=True)}
jobs = [PhotoJob(Path(sys.argv[1]), "p.jpg") for _ in range(3)]
renders = photos.render_photos(jobs, 2)
done = sum(1 for _job, outcome in renders if not isinstance(outcome, Exception))
renders.close()
left = [p for p in psutil.Process().children(recursive=True)
        if p.pid in early and p.status() != psutil.STATUS_ZOMBIE]
print(len(early), all(children.get(pid) == me for pid in early), done, len(left))
"""


@pytest.mark.parametrize(("threads", "expected"), [
    ("none", "2 True 3 0"),     # forked at once from the one-threaded CLI process
    ("thread", "0 True 3 0"),   # another thread runs: the forkserver's workers instead
])
def test_workers_forked_early_render_and_stop(tmp_path: Path, threads: str,
                                              expected: str) -> None:
    import subprocess
    import sys

    src = photo(tmp_path / "p.jpg", (1200, 800))
    out = subprocess.run([sys.executable, "-c", _EARLY, str(src), threads], check=True,
                         capture_output=True, text=True, timeout=120)
    assert out.stdout.split("\n")[-2] == expected, out.stderr
