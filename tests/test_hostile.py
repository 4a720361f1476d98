"""Packages from a hostile or careless author: refused, contained, never a crash.

Each hostile package is a good one edited with plain SQLite, the way an
attacker with the file in hand would do it.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from package_factory import BROKEN, copy_with_sql, flip_bytes, make_broken, make_package

from kiosk.package import Package, PackageError
from kiosk.package.hardened import connect, read_header
from kiosk.package.validate import validate


@pytest.fixture(scope="module")
def good(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_package(tmp_path_factory.mktemp("hostile") / "good.exhibit")


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def read_everything(path: Path) -> int:
    """Open and read every record and image blob; returns how many blobs were read."""
    n = 0
    with Package.open(path) as pkg:
        for media in pkg.attract_media():
            assert isinstance(media.id, int)
        pkg.sections()
        pkg.advisories()
        for item in pkg.items():
            if item.kind == "testimony":
                t = pkg.testimony(item.id)
                for lang in t.cue_languages:
                    pkg.cues(item.id, lang)
                stream = pkg.open_blob(t.audio_blob_id)
                stream.read()
                stream.close()
            if item.media is not None:
                for rend in item.media.renditions:
                    pkg.blob(rend.blob_id)
                    n += 1
                pkg.tile(item.media.id, item.media.max_level, 0, 0)
    return n


# -- schema objects a package never has -------------------------------------------

TRIGGER = "CREATE TRIGGER evil AFTER INSERT ON cue BEGIN DELETE FROM blob; END"
SHADOW = ("ALTER TABLE item RENAME TO item_real",
          "CREATE VIEW item AS SELECT * FROM item_real")
HOSTILE_SCHEMAS: dict[str, tuple[tuple[str, ...], str]] = {
    # name: (statements, what the refusal must name)
    "trigger": ((TRIGGER,), "trigger evil"),
    "view": (("CREATE VIEW everything AS SELECT * FROM item",), "view everything"),
    "shadowing-view": (SHADOW, "view item"),
    "extra-table": (("CREATE TABLE payload (x BLOB)",), "table payload"),
    "extra-index": (("CREATE INDEX ix_evil ON blob (mime, size)",), "index ix_evil"),
    "virtual-table": (("CREATE VIRTUAL TABLE search USING fts5(body)",), "table search"),
    # No shadow tables give this one away: only its CREATE statement does.
    "virtual-table-in-place": (("DROP TABLE chapter", "CREATE VIRTUAL TABLE chapter USING dbstat"),
                               "virtual table chapter"),
}


@pytest.mark.parametrize("name", sorted(HOSTILE_SCHEMAS))
def test_unexpected_schema_objects_are_refused(name: str, good: Path, tmp_path: Path) -> None:
    sql, named = HOSTILE_SCHEMAS[name]
    try:
        path = copy_with_sql(good, tmp_path / f"{name}.exhibit", *sql)
    except sqlite3.OperationalError as e:  # fts5 or dbstat not compiled into this SQLite
        pytest.skip(str(e))
    with pytest.raises(PackageError) as caught:
        Package.open(path)
    assert "refused" in str(caught.value) and named in str(caught.value)
    report = validate(path)
    assert not report.ok and report.errors[0].code == "structure"


def test_a_dropped_table_is_refused(good: Path, tmp_path: Path) -> None:
    path = copy_with_sql(good, tmp_path / "dropped.exhibit", "DROP TABLE chapter")
    with pytest.raises(PackageError, match="missing tables: chapter"):
        Package.open(path)


def test_the_first_photo_read_refuses_them_without_sqlalchemy(good: Path, tmp_path: Path) -> None:
    """`kiosk run` opens the package and reads the attract photos before SQLAlchemy
    loads: that read alone must refuse every file the full open refuses."""
    hostile = []
    for name, (sql, _named) in HOSTILE_SCHEMAS.items():
        with contextlib.suppress(sqlite3.OperationalError):  # fts5 or dbstat missing
            hostile.append(copy_with_sql(good, tmp_path / f"{name}.exhibit", *sql))
    hostile.append(copy_with_sql(good, tmp_path / "dropped.exhibit", "DROP TABLE chapter"))
    hostile += [make_broken(kind, good, tmp_path) for kind in sorted(BROKEN)]
    for path in hostile:
        with pytest.raises(PackageError):
            read_everything(path)
    code = (
        "import sys\n"
        "from kiosk.package import Package, PackageError\n"
        "def opens(path):\n"
        "    try:\n"
        "        with Package.open(path) as pkg:\n"
        "            return len(pkg.attract_media()) > 0\n"
        "    except PackageError:\n"
        "        return False\n"
        "assert opens(sys.argv[1]), 'the good package'\n"
        "opened = [p for p in sys.argv[2:] if opens(p)]\n"
        "assert not opened, opened\n"
        "assert 'sqlalchemy' not in sys.modules\n"
    )
    run = subprocess.run([sys.executable, "-c", code, str(good), *map(str, hostile)],
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr


def test_computed_column_is_found_by_validate(good: Path, tmp_path: Path) -> None:
    path = copy_with_sql(good, tmp_path / "generated.exhibit",
                         "ALTER TABLE chapter ADD COLUMN evil AS (hex(zeroblob(start_ms)))")
    report = validate(path)
    assert [(p.code, p.location) for p in report.errors] == [("structure", "table:chapter")]


def test_no_trigger_can_fire_even_without_the_schema_check(good: Path, tmp_path: Path) -> None:
    """Defence in depth: writes (the only thing that fires a trigger) are denied."""
    path = copy_with_sql(good, tmp_path / "trigger.exhibit", TRIGGER)
    before = _sha(path)
    con = connect(path, check_schema=False)
    try:
        with pytest.raises(sqlite3.DatabaseError):
            con.execute("INSERT INTO cue (item_id, language, position, start_ms, end_ms, "
                        "speaker_key, text) VALUES (1, 'en', 99, 0, 1, '', 'x')")
        assert con.execute("SELECT COUNT(*) FROM blob").fetchone()[0] > 0
    finally:
        con.close()
    assert _sha(path) == before


def test_views_cannot_be_read_even_without_the_schema_check(good: Path, tmp_path: Path) -> None:
    path = copy_with_sql(good, tmp_path / "shadow.exhibit", *SHADOW)
    con = connect(path, check_schema=False)
    try:
        with pytest.raises(sqlite3.OperationalError, match="view"):
            con.execute("SELECT slug FROM item").fetchall()
    finally:
        con.close()


# -- the hardened connection ------------------------------------------------------

@pytest.fixture
def con(good: Path) -> Iterator[sqlite3.Connection]:
    c = connect(good)
    yield c
    c.close()


@pytest.mark.parametrize("sql", [
    "INSERT INTO blob (sha256, mime, size, data) VALUES ('x', 'x', 0, x'')",
    "UPDATE item SET slug = 'hacked'",
    "DELETE FROM tile",
    "CREATE TABLE t (x)",
    "DROP TABLE cue",
    "PRAGMA user_version = 2",
    "PRAGMA writable_schema = ON",
    "PRAGMA journal_mode = WAL",
    "VACUUM",
])
def test_writes_are_denied(sql: str, good: Path, con: sqlite3.Connection) -> None:
    before = _sha(good)
    with pytest.raises(sqlite3.DatabaseError):
        con.execute(sql)
    assert _sha(good) == before


def test_attach_is_denied(con: sqlite3.Connection, tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    with pytest.raises(sqlite3.DatabaseError):
        con.execute("ATTACH DATABASE ? AS other", (str(other),))
    assert not other.exists()


def test_vacuum_into_cannot_write_a_file(con: sqlite3.Connection, tmp_path: Path) -> None:
    out = tmp_path / "copy.db"
    with pytest.raises(sqlite3.DatabaseError):
        con.execute("VACUUM INTO ?", (str(out),))
    assert not out.exists()


def test_runaway_query_is_interrupted(good: Path) -> None:
    con = connect(good, budget_s=0.05)
    try:
        started = time.monotonic()
        # 176 tiles to the fourth power: about a billion rows, minutes of work.
        with pytest.raises(sqlite3.OperationalError, match="interrupted"):
            con.execute("SELECT COUNT(*) FROM tile a, tile b, tile c, tile d").fetchone()
        elapsed = time.monotonic() - started
        # The next statement gets a fresh budget.
        assert con.execute("SELECT COUNT(*) FROM item").fetchone()[0] == 12
    finally:
        con.close()
    assert 0.05 <= elapsed < 2.0


# -- damaged bytes ------------------------------------------------------------------

def test_flipped_bytes_in_a_blob_are_caught_by_the_hash(good: Path, tmp_path: Path) -> None:
    path = tmp_path / "flipped-blob.exhibit"
    shutil.copyfile(good, path)
    data = path.read_bytes()
    # The WAV header starts the blob's first, local part on its b-tree leaf;
    # the rest of the blob sits in overflow pages elsewhere in the file.
    riff = data.index(b"RIFF")
    assert data.count(b"RIFF") == 1
    flip_bytes(path, riff + 200, 16)
    assert read_everything(path) > 0  # the reader just returns the (wrong) bytes
    report = validate(path)
    assert [(p.code, p.location) for p in report.errors] == [("blob-hash", "item:item-0 audio")]


def _page_offset(path: Path, table: str) -> tuple[int, int]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = ?",
                           (table,)).fetchone()[0]
        page_size = con.execute("PRAGMA page_size").fetchone()[0]
    finally:
        con.close()
    return (root - 1) * page_size, page_size


def test_flipped_cell_pointers_in_a_btree_page(good: Path, tmp_path: Path) -> None:
    path = tmp_path / "flipped-btree.exhibit"
    shutil.copyfile(good, path)
    offset, _ = _page_offset(path, "item")
    header = 8 if path.read_bytes()[offset] in (0x0A, 0x0D) else 12  # leaf or interior page
    flip_bytes(path, offset + header, 4)  # the first two cell pointers
    report = validate(path)
    assert not report.ok
    assert {p.code for p in report.errors} <= {"integrity", "damaged", "structure"}
    with contextlib.suppress(PackageError):  # refused with a message: fine
        read_everything(path)


@pytest.mark.parametrize("seed", range(12))
def test_random_damage_never_escapes_as_a_crash(seed: int, good: Path, tmp_path: Path) -> None:
    """Flip bytes anywhere past the header: only PackageError may come out."""
    rng = random.Random(seed)
    path = tmp_path / f"fuzz-{seed}.exhibit"
    shutil.copyfile(good, path)
    size = path.stat().st_size
    for _ in range(rng.randint(1, 40)):
        flip_bytes(path, rng.randrange(100, size), rng.randint(1, 8))
    validate(path)  # must return a report, whatever it says
    with contextlib.suppress(PackageError):
        read_everything(path)


# -- WAL and read-only folders ---------------------------------------------------------

def _make_wal(good: Path, folder: Path) -> Path:
    path = folder / "wal.exhibit"
    shutil.copyfile(good, path)
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA journal_mode = WAL").fetchone()[0] == "wal"
    con.close()  # checkpoints and removes -wal/-shm
    assert read_header(path).wal
    return path


def _sidecars(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir() if p.name != path.name)


def test_wal_package_opens_and_creates_no_sidecar_files(good: Path, tmp_path: Path) -> None:
    path = _make_wal(good, tmp_path)
    assert read_everything(path) > 0
    report = validate(path)
    assert report.ok and "WAL mode" in report.warnings[0].message
    assert _sidecars(path) == []  # no -wal, -shm or -journal: nothing is written


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
# Python warns about fork() in a process with threads (pytest-qt's Qt threads): the
# child here only drops its ids, reads one file with sqlite3 and calls os._exit, and
# a subprocess cannot do it (the interpreter lives under /root, unreadable to nobody).
@pytest.mark.filterwarnings("ignore:This process .* is multi-threaded:DeprecationWarning")
def test_wal_package_opens_from_a_folder_this_process_cannot_write(good: Path) -> None:
    """As root, chmod does not stop us; a forked child drops to `nobody` instead."""
    folder = Path(tempfile.mkdtemp(prefix="kiosk-ro-"))
    try:
        path = _make_wal(good, folder)
        path.chmod(0o444)
        folder.chmod(0o555)
        read_everything(good)  # import everything now: the child cannot read /root
        status = _in_child_without_write_access(folder, path)
        assert status == 0, {1: "folder was writable", 2: "open failed"}.get(status, status)
        assert _sidecars(path) == []
    finally:
        folder.chmod(0o755)
        shutil.rmtree(folder)


def _in_child_without_write_access(folder: Path, path: Path) -> int:
    pid = os.fork()
    if pid == 0:  # child: never return into pytest
        code = 3
        try:
            if os.geteuid() == 0:
                os.setgid(65534)
                os.setuid(65534)
            code = 1 if os.access(folder, os.W_OK) else 0
            if code == 0:
                code = 0 if read_everything(path) > 0 else 2
        except BaseException:
            code = 2
        finally:
            os._exit(code)
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status)


# -- values of the wrong type (SQLite columns take anything) ---------------------------

@pytest.mark.parametrize("sql", [
    "UPDATE blob SET data = 'text, not bytes'",
    "UPDATE testimony SET audio_blob_id = 'x'",
    "UPDATE testimony SET duration_ms = x'00ff'",
    "UPDATE media SET width = 'wide', max_level = 1.5",
    "UPDATE media SET width = 1000000000000, height = 1",
    "UPDATE tile SET level = -1 WHERE level = 0",
    "UPDATE item SET title = 'not json', kind = 7",
    "UPDATE item SET caption = '{\"en\": 5}', tags = '{}'",
    "UPDATE cue SET start_ms = 'soon', text = x'c3'",
    "UPDATE exhibition SET languages = '\"en\"', attract_items = 'x'",
    "UPDATE advisory SET start_ms = NULL, end_ms = 'late'",
    "UPDATE section SET cover_item_id = 'first'",
])
def test_wrong_types_give_messages_not_crashes(sql: str, good: Path, tmp_path: Path) -> None:
    path = copy_with_sql(good, tmp_path / "typed.exhibit", sql)
    report = validate(path)
    assert not report.ok or report.warnings
    assert not [p for p in report.problems if "unexpected content" in p.message], report.problems
    with contextlib.suppress(PackageError):
        read_everything(path)
