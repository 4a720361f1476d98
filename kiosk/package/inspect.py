"""``kiosk info PKG [--json]``: what is in a package, without checking it.

Reads only rows and the stored blob sizes, never blob bytes, so it is quick
on any package size. ``--json`` prints :func:`describe`'s document, whose
keys are documented (and kept stable) in docs/package-format.md.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from contextlib import closing
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from kiosk.package import records as r
from kiosk.package.errors import PackageError
from kiosk.package.hardened import connect
from kiosk.package.reader import Package

log = logging.getLogger(__name__)
INFO_VERSION = 1

#: Bytes by kind: each kind counts a blob once even if several rows share it.
_SIZE_QUERIES = {
    "renditions": "SELECT blob_id FROM rendition",
    "tiles": "SELECT blob_id FROM tile",
    "thumbnails": "SELECT thumbnail_blob_id FROM media",
    "placeholders": "SELECT placeholder_blob_id FROM media",
    "originals": "SELECT original_blob_id FROM media",
    "audio": "SELECT audio_blob_id FROM testimony",
}


def describe(pkg: Package) -> dict[str, Any]:
    """The ``kiosk info --json`` document."""
    info = pkg.info
    lang = info.default_language
    with closing(connect(pkg.path, check_schema=False)) as con:
        sizes = {kind: int(con.execute(
            f"SELECT COALESCE(SUM(size), 0) FROM blob WHERE id IN ({sql})").fetchone()[0])
            for kind, sql in _SIZE_QUERIES.items()}
        sizes["blobs"] = int(con.execute("SELECT COALESCE(SUM(size), 0) FROM blob").fetchone()[0])
        blob_count = int(con.execute("SELECT COUNT(*) FROM blob").fetchone()[0])
        tiles = dict(con.execute("SELECT media_id, COUNT(*) FROM tile GROUP BY media_id"))
    sizes["file"] = pkg.path.stat().st_size
    items = {item.id: item for item in pkg.items()}
    section_slugs = {sec.id: sec.slug for sec in pkg.sections()}
    sections = [
        {"slug": sec.slug, "title": sec.title.get(lang),
         "items": [_item(pkg, items[i], lang, tiles) for i in sec.item_ids if i in items]}
        for sec in pkg.sections()
    ]
    kinds = [item.kind for item in items.values()]
    return {
        "info_version": INFO_VERSION,
        "package": str(pkg.path),
        "format_version": info.format_version,
        "uid": info.uid,
        "version": info.version,
        "created": info.created,
        "generator": info.generator,
        "languages": list(info.languages),
        "default_language": lang,
        "title": dict(info.title.values),
        "counts": {"sections": len(sections), "items": len(items),
                   "photos": kinds.count("photo"), "testimonies": kinds.count("testimony"),
                   "texts": kinds.count("text"), "blobs": blob_count,
                   "tiles": sum(tiles.values())},
        "sections": sections,
        "advisories": [_advisory(a, lang, items, section_slugs) for a in pkg.advisories()],
        "sizes": sizes,
    }


def _item(pkg: Package, item: r.ItemInfo, lang: str, tiles: dict[int, int]) -> dict[str, Any]:
    out: dict[str, Any] = {"slug": item.slug, "kind": item.kind, "title": item.title.get(lang),
                           "photo": None, "testimony": None}
    if item.media is not None:
        m = item.media
        out["photo"] = {"width": m.width, "height": m.height, "tiles": tiles.get(m.id, 0),
                        "renditions": [[x.width, x.height] for x in m.renditions],
                        "original": m.original_blob_id is not None}
    if item.kind == "testimony":
        try:
            t = pkg.testimony(item.id)
        except PackageError:
            return out
        out["testimony"] = {"duration_ms": t.duration_ms, "mime": t.mime,
                            "spoken_language": t.spoken_language,
                            "cues": dict(t.cue_counts), "chapters": len(t.chapters),
                            "speakers": len(t.speakers), "loudness_lufs": t.loudness_lufs}
    return out


def _advisory(a: r.Advisory, lang: str, items: dict[int, r.ItemInfo],
              sections: dict[int, str]) -> dict[str, Any]:
    item = items.get(a.item_id) if a.item_id is not None else None
    section = sections.get(a.section_id) if a.section_id is not None else None
    return {"id": a.id, "scope": a.scope, "mode": a.mode, "section": section,
            "item": item.slug if item else None, "start_ms": a.start_ms, "end_ms": a.end_ms,
            "text": a.text.get(lang)}


def info_command(args: argparse.Namespace) -> int:
    try:
        with Package.open(Path(args.package)) as pkg:
            doc = describe(pkg)
    except PackageError as e:
        print(f"kiosk info: {e}", file=sys.stderr)
        return 1
    except Exception as e:  # damaged content the reader did not anticipate
        log.debug("info failed", exc_info=True)
        print(f"kiosk info: {args.package}: cannot be described ({type(e).__name__}: {e}).",
              file=sys.stderr)
        return 1
    if getattr(args, "json", False):
        print(json.dumps(doc, ensure_ascii=False, indent=2))
    else:
        print_info(doc, Console(highlight=False, soft_wrap=True))
    return 0


def print_info(doc: dict[str, Any], console: Console) -> None:
    default = doc["default_language"]
    console.print(Text(doc["title"].get(default, "(untitled)"), style="bold"))
    for lang, title in doc["title"].items():
        if lang != default:
            console.print(Text(f"  {lang}: {title}"))
    console.print(Text(
        f"{doc['package']}\nformat {doc['format_version']}, version {doc['version']}, "
        f"created {doc['created']} by {doc['generator']}\n"
        f"languages: {', '.join(doc['languages'])} (default {default})"))
    items = Table(title="Sections and items", title_justify="left")
    for col in ("section", "item", "kind", "title", "details"):
        items.add_column(col)
    for sec in doc["sections"]:
        for i, item in enumerate(sec["items"]):
            items.add_row(sec["slug"] if i == 0 else "", item["slug"], item["kind"],
                          Text(item["title"]), _details(item))
    console.print(items)
    if doc["advisories"]:
        adv = Table(title="Advisories", title_justify="left")
        for col in ("scope", "mode", "where", "text"):
            adv.add_column(col)
        for a in doc["advisories"]:
            where = a["item"] or a["section"] or ""
            if a["start_ms"] is not None:
                where += f" {_time(a['start_ms'])}–{_time(a['end_ms'])}"
            adv.add_row(a["scope"], a["mode"], where, Text(a["text"]))
        console.print(adv)
    sizes = Table(title="Sizes", title_justify="left")
    sizes.add_column("kind")
    sizes.add_column("bytes", justify="right")
    for kind, n in doc["sizes"].items():
        sizes.add_row(kind, f"{n:,}")
    console.print(sizes)


def _details(item: dict[str, Any]) -> str:
    parts = []
    if item["photo"]:
        p = item["photo"]
        parts.append(f"{p['width']}×{p['height']}, {p['tiles']} tiles")
    if item["testimony"]:
        t = item["testimony"]
        cues = ", ".join(f"{lang} {n}" for lang, n in t["cues"].items()) or "none"
        parts.append(f"{_time(t['duration_ms'])}, cues: {cues}")
    return "; ".join(parts)


def _time(ms: int | None) -> str:
    if ms is None:
        return "?"
    sec = ms // 1000
    return f"{sec // 3600}:{sec // 60 % 60:02d}:{sec % 60:02d}" if sec >= 3600 \
        else f"{sec // 60}:{sec % 60:02d}"
