"""A thorough check of one package, for ``kiosk validate`` and installs.

Opening a package (:mod:`kiosk.package.hardened`) is deliberately O(1); this
reads every byte: SQLite's ``quick_check``, each blob against its SHA-256,
each image decoded, tile pyramids complete, cue and chapter times inside the
recording, references intact, and every visible text in every declared
language. Blobs are read one at a time through incremental I/O, so memory
stays bounded whatever the package size.

The result is a :class:`Report` of :class:`Problem` s; nothing here prints,
imports Qt, or raises for a bad package. Checks that need more than the
package (font coverage needs the shipped fonts) are passed in as
``extra_checks`` by the caller.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from kiosk.package import schema as s
from kiosk.package import validate_media as mc
from kiosk.package.errors import PackageError
from kiosk.package.hardened import connect, read_header
from kiosk.package.reader import Package
from kiosk.package.validate_texts import check_translations

Severity = Literal["error", "warning"]
#: Called with (bytes checked, bytes in all blobs) while blobs are read.
Progress = Callable[[int, int], None]
#: An additional check over an open package, e.g. font coverage.
ExtraCheck = Callable[[Package, "Report"], None]

#: quick_check of a multi-GB file on a slow stick takes minutes; a hostile
#: statement is not a concern here because validate runs only its own SQL.
VALIDATE_BUDGET_S = 3600.0
KINDS = ("photo", "testimony", "text")
SCOPES = ("exhibition", "section", "item", "passage")
MODES = ("notice", "blur")


@dataclass(frozen=True, slots=True)
class Problem:
    severity: Severity
    code: str  # stable, machine-readable kind, e.g. "blob-hash", "missing-translation"
    location: str  # "file", "exhibition", "section:slug", "item:slug", "blob:17"...
    message: str
    field: str = ""
    language: str = ""

    def as_dict(self) -> dict[str, str]:
        return {"severity": self.severity, "code": self.code, "location": self.location,
                "field": self.field, "language": self.language, "message": self.message}


@dataclass(slots=True)
class Report:
    path: Path
    problems: list[Problem] = field(default_factory=list)
    #: What was looked at: blobs, bytes, images, tiles, cues, texts.
    checked: dict[str, int] = field(default_factory=dict)

    def error(self, code: str, location: str, message: str, *, field: str = "",
              language: str = "") -> None:
        self.problems.append(Problem("error", code, location, message, field, language))

    def warning(self, code: str, location: str, message: str, *, field: str = "",
                language: str = "") -> None:
        self.problems.append(Problem("warning", code, location, message, field, language))

    def count(self, what: str, n: int = 1) -> None:
        self.checked[what] = self.checked.get(what, 0) + n

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "warning"]

    @property
    def ok(self) -> bool:
        return not self.errors

    def as_dict(self) -> dict[str, Any]:
        """The ``kiosk validate --json`` document (see docs/package-format.md)."""
        return {"report_version": 1, "package": str(self.path), "ok": self.ok,
                "errors": len(self.errors), "warnings": len(self.warnings),
                "checked": dict(sorted(self.checked.items())),
                "problems": [p.as_dict() for p in self.problems]}


def validate(path: str | Path, *, progress: Progress | None = None,
             extra_checks: Sequence[ExtraCheck] = ()) -> Report:
    """Check the package at ``path`` completely. Never raises for a bad file."""
    report = Report(Path(path))
    try:
        header = read_header(Path(path))
        con = connect(Path(path), budget_s=VALIDATE_BUDGET_S)
    except PackageError as e:
        report.error("structure", "file", str(e))
        return report
    if header.wal:
        report.warning("structure", "file", "the package is in WAL mode; packages are written "
                       "with journal_mode=DELETE. It opens here (read-only, immutable), but "
                       "rebuild it with `kiosk build`.")
    with closing(con):
        with _stage(report, "structure"):
            _check_columns(con, report)
            _quick_check(con, report)
        if not report.ok:
            return report  # the rest would read a damaged file's garbage
        try:
            package = Package.open(path)
        except PackageError as e:
            report.error("structure", "file", str(e))
            return report
        with package:
            with _stage(report, "names"):
                names = _Names.load(con)
            if not report.ok:
                return report
            for check in (_check_exhibition, _check_references, _check_items):
                with _stage(report, check.__name__):
                    check(con, names, report)
            uses: dict[int, list[mc.Use]] = {}
            with _stage(report, "media"):
                uses = mc.collect_uses(con, names.media, report)
            with _stage(report, "blobs"):
                mc.check_blobs(con, uses, report, progress)
            with _stage(report, "timing"):
                _check_timing(con, names, report)
            with _stage(report, "texts"):
                check_translations(package, report)
            for extra in extra_checks:
                with _stage(report, getattr(extra, "__name__", "extra")):
                    extra(package, report)
    return report


@contextmanager
def _stage(report: Report, name: str) -> Iterator[None]:
    """One failing check must not hide the others, nor escape as a traceback."""
    try:
        yield
    except PackageError as e:
        report.error("damaged", "file", str(e))
    except sqlite3.Error as e:
        report.error("damaged", "file", f"the database cannot be read ({e}).")
    except Exception as e:  # hostile values of the wrong type, etc.
        report.error("damaged", "file", f"check {name!r} failed on unexpected content: "
                                        f"{type(e).__name__}: {e}")


def _check_columns(con: sqlite3.Connection, report: Report) -> None:
    """Tables have the columns of format 1 and nothing computed or virtual."""
    sql = dict(con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'"))
    for table in s.Base.metadata.tables.values():
        text = str(sql.get(table.name) or "").upper()
        if "VIRTUAL" in text or "GENERATED" in text or " AS (" in text:
            report.error("structure", f"table:{table.name}", "the table is virtual or has "
                         "computed columns; a package never has them (tampered?).")
            continue
        cursor = con.execute(f'SELECT * FROM "{table.name}" LIMIT 0')
        have = {d[0] for d in cursor.description}
        want = {c.name for c in table.columns}
        if missing := sorted(want - have):
            report.error("structure", f"table:{table.name}",
                         f"missing columns: {', '.join(missing)}.")
        if extra := sorted(have - want):
            report.warning("structure", f"table:{table.name}",
                           f"columns this format does not define: {', '.join(extra)}.")


def _quick_check(con: sqlite3.Connection, report: Report) -> None:
    rows = [str(row[0]) for row in con.execute("PRAGMA quick_check")]
    if rows != ["ok"]:
        for row in rows[:20]:
            report.error("integrity", "file", f"SQLite quick_check: {row}")


# -- names and references -----------------------------------------------------

def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


@dataclass(slots=True)
class _Names:
    """Readable locations ("item:harbour") for ids, loaded once."""

    items: dict[int, str]
    item_kinds: dict[int, str]
    item_media: dict[int, Any]
    sections: dict[int, str]
    media: dict[int, str]
    testimonies: dict[int, int]  # item id -> duration_ms
    blob_ids: set[int]

    @classmethod
    def load(cls, con: sqlite3.Connection) -> _Names:
        items: dict[int, str] = {}
        kinds: dict[int, str] = {}
        item_media: dict[int, Any] = {}
        media: dict[int, str] = {}
        for (media_id,) in con.execute("SELECT id FROM media"):
            media[media_id] = f"media:{media_id}"
        for item_id, slug, kind, media_id in con.execute(
                "SELECT id, slug, kind, media_id FROM item ORDER BY id DESC"):
            items[item_id] = f"item:{slug}"
            kinds[item_id] = str(kind)
            item_media[item_id] = media_id
            if media_id in media:  # name a photo after the (first) item showing it
                media[media_id] = f"item:{slug}"
        sections = {i: f"section:{slug}" for i, slug in con.execute("SELECT id, slug FROM section")}
        durations = {i: (_int(d) or 0) for i, d in
                     con.execute("SELECT item_id, duration_ms FROM testimony")}
        blobs = {i for (i,) in con.execute("SELECT id FROM blob")}
        return cls(items, kinds, item_media, sections, media, durations, blobs)


def _check_exhibition(con: sqlite3.Connection, names: _Names, report: Report) -> None:
    rows = con.execute("SELECT COUNT(*) FROM exhibition").fetchone()[0]
    if rows != 1:
        report.error("structure", "exhibition", f"{rows} exhibition rows; exactly 1 expected.")
    if not names.items:
        report.error("structure", "exhibition", "the exhibition has no items.")


def _check_references(con: sqlite3.Connection, names: _Names, report: Report) -> None:
    def need(value: Any, known: set[int] | dict[int, Any], where: str, what: str) -> None:
        if _int(value) is None or value not in known:
            report.error("reference", where, f"refers to {what} {value!r}, which does not exist.")

    for item_id, section_id, media_id in con.execute(
            "SELECT id, section_id, media_id FROM item"):
        need(section_id, names.sections, names.items[item_id], "section")
        if media_id is not None:
            need(media_id, names.media, names.items[item_id], "media")
    for section_id, cover in con.execute("SELECT id, cover_item_id FROM section"):
        if cover is not None:
            need(cover, names.items, names.sections[section_id], "cover item")
    for media_id, *blob_ids in con.execute(
            "SELECT id, thumbnail_blob_id, placeholder_blob_id, original_blob_id FROM media"):
        for blob_id in blob_ids:
            if blob_id is not None:
                need(blob_id, names.blob_ids, names.media[media_id], "blob")
    for media_id, blob_id in con.execute("SELECT media_id, blob_id FROM rendition"):
        need(media_id, names.media, f"rendition of media {media_id}", "media")
        need(blob_id, names.blob_ids, names.media.get(media_id, f"media:{media_id}"), "blob")
    missing_tiles = con.execute(
        "SELECT COUNT(*) FROM tile t LEFT JOIN blob b ON b.id = t.blob_id "
        "WHERE b.id IS NULL").fetchone()[0]
    if missing_tiles:
        report.error("reference", "tiles", f"{missing_tiles} tiles refer to missing blobs.")
    for item_id, blob_id in con.execute("SELECT item_id, audio_blob_id FROM testimony"):
        where = names.items.get(item_id, f"testimony:{item_id}")
        need(item_id, names.items, where, "item")
        need(blob_id, names.blob_ids, where, "audio blob")
    used = {b for (b,) in con.execute(
        "SELECT blob_id FROM rendition UNION SELECT blob_id FROM tile "
        "UNION SELECT thumbnail_blob_id FROM media UNION SELECT placeholder_blob_id FROM media "
        "UNION SELECT original_blob_id FROM media UNION SELECT audio_blob_id FROM testimony")}
    if orphans := names.blob_ids - used:
        report.warning("unused-blob", "blobs", f"{len(orphans)} blobs are not used by anything "
                       "(wasted space).")


def _check_items(con: sqlite3.Connection, names: _Names, report: Report) -> None:
    for item_id, kind in names.item_kinds.items():
        where = names.items[item_id]
        media_id = names.item_media.get(item_id)
        if kind not in KINDS:
            report.error("structure", where,
                         f"unknown kind {kind!r} (expected {', '.join(KINDS)}).")
        elif kind == "photo" and media_id is None:
            report.error("reference", where, "a photo item without a photograph.")
        elif kind == "testimony" and item_id not in names.testimonies:
            report.error("reference", where, "a testimony item without a recording.")
    for item_id in names.testimonies:
        if names.item_kinds.get(item_id) not in (None, "testimony"):
            report.warning("structure", names.items[item_id],
                           "has a recording but is not a testimony item; it will not play.")
    slugs = {v.removeprefix("item:") for v in names.items.values()}
    attract = con.execute("SELECT attract_items FROM exhibition").fetchone()
    for slug in _json_strs(attract[0] if attract else None):
        if slug not in slugs:
            report.error("reference", "exhibition", f"attract loop names item {slug!r}, which "
                         "does not exist.", field="attract_items")


def _json_strs(raw: Any) -> list[str]:
    try:
        value = json.loads(raw) if isinstance(raw, str) else raw
    except ValueError:
        return []
    return [str(v) for v in value] if isinstance(value, list) else []


# -- times --------------------------------------------------------------------

def _check_timing(con: sqlite3.Connection, names: _Names, report: Report) -> None:
    speakers: dict[int, set[str]] = {}
    for item_id, key in con.execute("SELECT item_id, key FROM speaker"):
        speakers.setdefault(item_id, set()).add(str(key))
    last: tuple[Any, Any] | None = None
    prev_start = -1
    n = 0
    for item_id, lang, pos, start, end, who in con.execute(
            "SELECT item_id, language, position, start_ms, end_ms, speaker_key FROM cue "
            "ORDER BY item_id, language, position"):
        n += 1
        where = names.items.get(item_id, f"testimony:{item_id}")
        if item_id not in names.testimonies:
            report.error("reference", where, "cues for an item without a recording.")
            continue
        if (item_id, lang) != last:
            last, prev_start = (item_id, lang), -1
        duration = names.testimonies[item_id]
        a, b = _int(start), _int(end)
        if a is None or b is None or a < 0 or b < a:
            report.error("timing", where, f"cue {pos}: invalid times {start!r}–{end!r}.",
                         field="cues", language=str(lang))
            continue
        if a < prev_start:
            report.error("timing", where, f"cue {pos} starts at {_ms(a)}, before the cue "
                         f"ahead of it ({_ms(prev_start)}); cues must be in time order.",
                         field="cues", language=str(lang))
        if b > duration:
            report.error("timing", where, f"cue {pos} ends at {_ms(b)}, after the recording "
                         f"ends ({_ms(duration)}).", field="cues", language=str(lang))
        if who and str(who) not in speakers.get(item_id, set()):
            report.warning("reference", where, f"cue {pos} names speaker {who!r}, who is not "
                           "listed; no name will be shown.", field="cues", language=str(lang))
        prev_start = a
    report.count("cues", n)
    _check_chapters(con, names, report)
    _check_advisories(con, names, report)


def _check_chapters(con: sqlite3.Connection, names: _Names, report: Report) -> None:
    prev: dict[int, int] = {}
    for item_id, pos, start in con.execute(
            "SELECT item_id, position, start_ms FROM chapter ORDER BY item_id, position"):
        where = names.items.get(item_id, f"testimony:{item_id}")
        duration = names.testimonies.get(item_id)
        a = _int(start)
        if duration is None:
            report.error("reference", where, "chapters for an item without a recording.")
        elif a is None or not 0 <= a < duration:
            report.error("timing", where, f"chapter {pos} starts at {_ms(a)}, outside the "
                         f"recording (0–{_ms(duration)}).", field="chapters")
        elif a < prev.get(item_id, -1):
            report.error("timing", where, f"chapter {pos} starts before the chapter ahead "
                         "of it.", field="chapters")
        else:
            prev[item_id] = a


def _check_advisories(con: sqlite3.Connection, names: _Names, report: Report) -> None:
    for adv_id, scope, mode, section_id, item_id, start, end in con.execute(
            "SELECT id, scope, mode, section_id, item_id, start_ms, end_ms FROM advisory"):
        where = f"advisory:{adv_id}"
        if mode not in MODES:
            report.error("structure", where, f"unknown mode {mode!r}.")
        if scope not in SCOPES:
            report.error("structure", where, f"unknown scope {scope!r}.")
        elif scope == "section" and section_id not in names.sections:
            report.error("reference", where, f"refers to section {section_id!r}, which does "
                         "not exist.")
        elif scope in ("item", "passage") and item_id not in names.items:
            report.error("reference", where, f"refers to item {item_id!r}, which does not "
                         "exist.")
        elif scope == "passage":
            duration = names.testimonies.get(item_id)
            a, b = _int(start), _int(end)
            if duration is None:
                report.error("reference", where, f"a passage warning on {names.items[item_id]}, "
                             "which has no recording.")
            elif a is None or b is None or not 0 <= a < b <= duration:
                report.error("timing", where, f"passage {_ms(a)}–{_ms(b)} is not inside the "
                             f"recording of {names.items[item_id]} (0–{_ms(duration)}).")


def _ms(value: int | None) -> str:
    if value is None:
        return "?"
    sec, ms = divmod(value, 1000)
    return f"{sec // 60:02d}:{sec % 60:02d}.{ms:03d}"
