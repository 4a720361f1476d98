"""Opening a package file that may come from a stranger's USB stick.

The header is checked by hand before SQLite parses a byte of the file; then
the connection is read-only, immutable, defensive, limited, with ATTACH and
writes denied and runaway statements stopped. Views and triggers are
switched off at the connection level, so a hostile author cannot make a
read run code. Nothing here scans the file: opening costs the same for a
1 MB and a 10 GB package.
"""

from __future__ import annotations

import sqlite3
import struct
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from kiosk.package.errors import PackageError
from kiosk.package.format import APPLICATION_ID, EXPECTED_OBJECTS, FORMAT_VERSION

SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100
#: A single statement may run this long before it is interrupted.
STATEMENT_BUDGET_S = 5.0

_LIMITS = {
    sqlite3.SQLITE_LIMIT_ATTACHED: 0,
    sqlite3.SQLITE_LIMIT_SQL_LENGTH: 100_000,
    sqlite3.SQLITE_LIMIT_COLUMN: 64,
    sqlite3.SQLITE_LIMIT_EXPR_DEPTH: 64,
    sqlite3.SQLITE_LIMIT_COMPOUND_SELECT: 8,
    sqlite3.SQLITE_LIMIT_FUNCTION_ARG: 8,
    sqlite3.SQLITE_LIMIT_LIKE_PATTERN_LENGTH: 256,
    sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER: 2_000,
    sqlite3.SQLITE_LIMIT_TRIGGER_DEPTH: 1,
    # Audio blobs can be hundreds of MB but are streamed with blobopen(),
    # which this limit does not cover; anything read whole stays below it.
    sqlite3.SQLITE_LIMIT_LENGTH: 256 * 1024 * 1024,
}

_ALLOWED_ACTIONS = {sqlite3.SQLITE_SELECT, sqlite3.SQLITE_READ, sqlite3.SQLITE_FUNCTION}
_ALLOWED_PRAGMAS = {"application_id", "user_version", "quick_check", "integrity_check",
                    "page_size", "page_count", "read_uncommitted", "freelist_count",
                    "table_info", "index_list"}


@dataclass(frozen=True, slots=True)
class Header:
    page_size: int
    page_count: int
    wal: bool
    user_version: int
    application_id: int


def read_header(path: Path) -> Header:
    """Check the 100-byte SQLite header without letting SQLite near the file."""
    try:
        with path.open("rb") as f:
            raw = f.read(HEADER_SIZE)
            size = path.stat().st_size
    except FileNotFoundError:
        raise PackageError(f"{path}: no such file.") from None
    except IsADirectoryError:
        raise PackageError(f"{path}: is a folder, not an .exhibit package.") from None
    except OSError as e:
        raise PackageError(f"{path}: cannot be read ({e.strerror}).") from None
    if not raw:
        raise PackageError(f"{path}: the file is empty; it is not an exhibition package.")
    if len(raw) < HEADER_SIZE or not raw.startswith(SQLITE_MAGIC):
        raise PackageError(
            f"{path}: not an exhibition package (it is not an SQLite file). "
            "Build one with `kiosk build`."
        )
    page_size = struct.unpack(">H", raw[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    write_version, read_version = raw[18], raw[19]
    page_count = struct.unpack(">I", raw[28:32])[0]
    user_version = struct.unpack(">I", raw[60:64])[0]
    application_id = struct.unpack(">I", raw[68:72])[0]
    if application_id != APPLICATION_ID:
        raise PackageError(
            f"{path}: an SQLite file, but not an exhibition package "
            f"(application_id {application_id:#x}, expected {APPLICATION_ID:#x})."
        )
    if user_version > FORMAT_VERSION:
        raise PackageError(
            f"{path}: made for package format {user_version}, newer than this kiosk "
            f"reads (format {FORMAT_VERSION}). Update the kiosk software, or rebuild the "
            "package with the kiosk version installed here."
        )
    if user_version < 1:
        raise PackageError(f"{path}: package format version {user_version} is not valid.")
    if page_size < 512 or page_size & (page_size - 1):
        raise PackageError(f"{path}: damaged (invalid page size {page_size}).")
    if page_count and page_count * page_size > size:
        raise PackageError(
            f"{path}: truncated: the file holds {size} bytes of the "
            f"{page_count * page_size} it declares. Copy it again from the source."
        )
    return Header(page_size, page_count, write_version == 2 or read_version == 2,
                  user_version, application_id)


def _authorizer(action: int, arg1: str | None, arg2: str | None,
                _db: str | None, _trigger: str | None) -> int:
    if action in _ALLOWED_ACTIONS:
        return sqlite3.SQLITE_OK
    if action == sqlite3.SQLITE_PRAGMA and arg1 in _ALLOWED_PRAGMAS and arg2 is None:
        return sqlite3.SQLITE_OK
    if action == sqlite3.SQLITE_TRANSACTION:  # BEGIN/COMMIT of read transactions
        return sqlite3.SQLITE_OK
    return sqlite3.SQLITE_DENY


class _Deadline:
    """Progress handler that interrupts a statement running past its budget.

    The trace callback fires at the start of each statement and rearms it.
    """

    def __init__(self, budget_s: float) -> None:
        self.budget_s = budget_s
        self.started = time.monotonic()

    def rearm(self, _sql: str) -> None:
        self.started = time.monotonic()

    def expired(self) -> int:
        return int(time.monotonic() - self.started > self.budget_s)


def connect(path: Path, *, check_schema: bool = True,
            budget_s: float = STATEMENT_BUDGET_S) -> sqlite3.Connection:
    """A hardened, read-only connection to the package at ``path``.

    Safe to pass between threads (one thread at a time).
    """
    path = Path(path).resolve()
    read_header(path)
    # immutable=1: no locks, no -wal/-shm files, so a package opens from a
    # read-only folder or USB stick even if it was (wrongly) left in WAL mode.
    # Safe because an installed package is never modified in place.
    uri = f"file:{quote(str(path))}?mode=ro&immutable=1"
    try:
        con = sqlite3.connect(uri, uri=True, check_same_thread=False,
                              isolation_level=None, cached_statements=64)
    except sqlite3.Error as e:
        raise PackageError(f"{path}: cannot be opened ({e}).") from None
    try:
        _harden(con, budget_s)
        if check_schema:
            _check_schema(con, path)
    except PackageError:
        con.close()
        raise
    except (sqlite3.DatabaseError, ValueError) as e:
        # ValueError: a damaged sqlite_master row whose text is not UTF-8.
        con.close()
        raise PackageError(f"{path}: damaged or not a package ({e}).") from None
    return con


def _harden(con: sqlite3.Connection, budget_s: float) -> None:
    con.setconfig(sqlite3.SQLITE_DBCONFIG_DEFENSIVE, True)
    con.setconfig(sqlite3.SQLITE_DBCONFIG_TRUSTED_SCHEMA, False)
    con.setconfig(sqlite3.SQLITE_DBCONFIG_ENABLE_VIEW, False)
    con.setconfig(sqlite3.SQLITE_DBCONFIG_ENABLE_TRIGGER, False)
    con.setconfig(sqlite3.SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, False)
    for limit, value in _LIMITS.items():
        con.setlimit(limit, value)
    con.execute("PRAGMA cell_size_check = ON")
    con.execute("PRAGMA mmap_size = 0")
    con.execute("PRAGMA query_only = ON")
    deadline = _Deadline(budget_s)
    con.set_trace_callback(deadline.rearm)
    con.set_progress_handler(deadline.expired, 20_000)
    con.set_authorizer(_authorizer)


def _check_schema(con: sqlite3.Connection, path: Path) -> None:
    rows = con.execute("SELECT type, name, sql FROM sqlite_master").fetchall()
    unexpected = sorted(
        f"{kind} {name}" for kind, name, _sql in rows
        if (kind, name) not in EXPECTED_OBJECTS and not name.startswith("sqlite_autoindex_")
    )
    # A virtual table can take an expected table's name (e.g. one backed by
    # the dbstat module) and has no shadow tables to give it away.
    unexpected += sorted(
        f"virtual table {name}" for kind, name, sql in rows
        if kind == "table" and str(sql or "").lstrip().upper().startswith("CREATE VIRTUAL")
        and f"table {name}" not in unexpected
    )
    if unexpected:
        raise PackageError(
            f"{path}: refused: it contains objects an exhibition package never has "
            f"({', '.join(unexpected[:5])}). It may have been tampered with; rebuild it "
            "with `kiosk build`."
        )
    present = {name for kind, name, _sql in rows if kind == "table"}
    missing = sorted(name for kind, name in EXPECTED_OBJECTS if kind == "table" and
                     name not in present)
    if missing:
        raise PackageError(f"{path}: incomplete package, missing tables: {', '.join(missing)}.")


class ConnectionPool:
    """Hardened connections lent to one caller at a time, kept for reuse.

    Borrowing, not one-per-thread: Qt calls into Python from threads whose
    Python thread state is created afresh on every call, so a thread-local
    connection would be opened (and leaked) per call. The idle list is
    bounded; a borrowed connection is used by exactly one thread.
    """

    def __init__(self, path: Path, max_idle: int = 4,
                 idle: list[sqlite3.Connection] | None = None) -> None:
        """``idle``: connections to ``path`` already open (e.g. the one that checked the
        schema), lent before new ones are made."""
        self.path = path
        self.max_idle = max_idle
        self._idle: list[sqlite3.Connection] = list(idle or ())
        self._lock = threading.Lock()
        self._closed = False

    @contextmanager
    def borrow(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            if self._closed:
                raise PackageError(f"{self.path}: the package has been closed.")
            con = self._idle.pop() if self._idle else None
        if con is None:
            con = connect(self.path, check_schema=False)
        try:
            yield con
        finally:
            with self._lock:
                keep = not self._closed and len(self._idle) < self.max_idle
                if keep:
                    self._idle.append(con)
            if not keep:
                con.close()

    def idle_count(self) -> int:
        with self._lock:
            return len(self._idle)

    def dedicated(self) -> sqlite3.Connection:
        """A connection of its own, e.g. for a blob stream; the caller closes it."""
        return connect(self.path, check_schema=False)

    def close(self) -> None:
        with self._lock:
            self._closed = True
            for con in self._idle:
                con.close()
            self._idle.clear()
