"""Validation of photographs and bytes: tile pyramids, renditions, blob hashes.

Part of :mod:`kiosk.package.validate`. Blobs are visited in rowid order
(roughly file order, so a USB stick reads sequentially), each through
``blobopen``; images up to :data:`WHOLE_READ_MAX` are read whole (they are
decoded anyway), anything larger is hashed in chunks, so memory is bounded
by the largest screen image, not by the package.
"""

from __future__ import annotations

import hashlib
import io
import math
import sqlite3
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from typing import IO, TYPE_CHECKING, Any

from PIL import Image

if TYPE_CHECKING:
    from kiosk.package.validate import Report

SCREEN_FORMATS = ("JPEG", "PNG")
#: Originals are kept as the curator supplied them (see docs/manifest.md).
ORIGINAL_FORMATS = ("JPEG", "PNG", "TIFF", "WEBP")
TILE_FORMATS = {"jpeg": "JPEG", "png": "PNG"}
WHOLE_READ_MAX = 64 * 1024 * 1024
CHUNK = 1024 * 1024
#: More tiles than this for one photo means the stored dimensions are nonsense.
MAX_TILES_PER_MEDIA = 1_000_000
BLOB_PAGE = 500


@dataclass(frozen=True, slots=True)
class Use:
    """One use of a blob, and what its bytes must be for it."""

    location: str
    role: str  # "rendition 960x540", "tile 9/2/1", "thumbnail", "original", "audio"
    formats: tuple[str, ...] = ()  # empty: not an image
    size: tuple[int, int] | None = None


def tile_grid(width: int, height: int, max_level: int, tile_size: int
              ) -> dict[int, tuple[int, int, int, int]]:
    """level -> (level width, level height, columns, rows), Deep Zoom style."""
    grid: dict[int, tuple[int, int, int, int]] = {}
    w, h = width, height
    for level in range(max_level, -1, -1):
        grid[level] = (w, h, math.ceil(w / tile_size), math.ceil(h / tile_size))
        w, h = (w + 1) // 2, (h + 1) // 2
    return grid


def tile_extent(level_side: int, index: int, tile_size: int, overlap: int) -> int:
    """Pixels of tile ``index`` along one side, overlap included (Deep Zoom)."""
    start = max(0, index * tile_size - overlap)
    end = min(level_side, (index + 1) * tile_size + overlap)
    return end - start


def expected_max_level(width: int, height: int) -> int:
    side = max(width, height)
    return math.ceil(math.log2(side)) if side > 1 else 0


# -- media rows ---------------------------------------------------------------

def check_media(con: sqlite3.Connection, names: dict[int, str], report: Report,
                uses: dict[int, list[Use]] | None = None) -> None:
    """Dimensions, renditions and the completeness of every tile pyramid."""
    for row in con.execute("SELECT id, width, height, tile_size, tile_overlap, tile_format, "
                           "max_level FROM media ORDER BY id").fetchall():
        _check_one_media(con, names.get(row[0], f"media:{row[0]}"), row, report, uses)


def _check_one_media(con: sqlite3.Connection, where: str, row: tuple[Any, ...],
                     report: Report, uses: dict[int, list[Use]] | None) -> None:
    media_id, width, height, tile_size, overlap, tile_format, max_level = row
    if not all(isinstance(v, int) for v in (width, height, tile_size, overlap, max_level)) or \
            width < 1 or height < 1 or not 16 <= tile_size <= 4096 or \
            not 0 <= overlap < tile_size // 2:
        report.error("media", where, f"implausible photo geometry: {width!r}x{height!r}, "
                     f"tiles {tile_size!r} px, overlap {overlap!r}.")
        return
    if max_level != expected_max_level(width, height):
        report.error("tiles", where, f"max_level is {max_level}, but a {width}x{height} "
                     f"photo needs {expected_max_level(width, height)}.")
        return
    if tile_format not in TILE_FORMATS:
        report.error("tiles", where, f"unknown tile format {tile_format!r}.")
        return
    grid = tile_grid(width, height, max_level, tile_size)
    expected = sum(cols * rows for _w, _h, cols, rows in grid.values())
    if expected > MAX_TILES_PER_MEDIA:
        report.error("media", where, f"{width}x{height} would need {expected} tiles.")
        return
    have: dict[tuple[int, int, int], int] = {
        (lv, c, rw): b for lv, c, rw, b in con.execute(
            "SELECT level, col, row, blob_id FROM tile WHERE media_id = ?", (media_id,))}
    missing = [(lv, c, rw) for lv, (_w, _h, cols, rows) in grid.items()
               for c in range(cols) for rw in range(rows) if (lv, c, rw) not in have]
    extra = [k for k in have if k[0] not in grid or k[1] >= grid[k[0]][2] or
             k[2] >= grid[k[0]][3] or k[1] < 0 or k[2] < 0]
    if missing:
        examples = ", ".join("/".join(map(str, k)) for k in missing[:3])
        report.error("tiles", where, f"{len(missing)} of {expected} tiles missing "
                     f"(e.g. level/col/row {examples}).")
    if extra:
        report.warning("tiles", where, f"{len(extra)} tiles outside the pyramid "
                       f"(e.g. {'/'.join(map(str, extra[0]))}); they are never shown.")
    report.count("tiles", len(have))
    if uses is not None:
        fmt = (TILE_FORMATS[tile_format],)
        for (lv, c, rw), blob_id in have.items():
            if lv in grid and (lv, c, rw) not in extra:
                lw, lh, _cols, _rows = grid[lv]
                size = (tile_extent(lw, c, tile_size, overlap), tile_extent(lh, rw, tile_size,
                                                                           overlap))
                uses.setdefault(blob_id, []).append(Use(where, f"tile {lv}/{c}/{rw}", fmt, size))
    _check_renditions(con, where, media_id, width, height, report, uses)


def _check_renditions(con: sqlite3.Connection, where: str, media_id: int, width: int,
                      height: int, report: Report, uses: dict[int, list[Use]] | None) -> None:
    rends = con.execute("SELECT width, height, blob_id FROM rendition WHERE media_id = ?",
                        (media_id,)).fetchall()
    if not rends:
        report.error("media", where, "no screen renditions; the photo cannot be shown.")
    for w, h, blob_id in rends:
        if not (isinstance(w, int) and isinstance(h, int) and w > 0 and h > 0):
            report.error("media", where, f"rendition with invalid size {w!r}x{h!r}.")
            continue
        # One pixel of rounding either way is fine; more means a distorted photo.
        if abs(w * height - h * width) > max(width, height):
            report.warning("media", where, f"rendition {w}x{h} has not the aspect ratio of "
                           f"the photo ({width}x{height}); it would look distorted.")
        if uses is not None:
            uses.setdefault(blob_id, []).append(
                Use(where, f"rendition {w}x{h}", SCREEN_FORMATS, (w, h)))


def collect_uses(con: sqlite3.Connection, names: dict[int, str], report: Report
                 ) -> dict[int, list[Use]]:
    """Every blob's uses; checks media rows on the way (see :func:`check_media`)."""
    uses: dict[int, list[Use]] = {}
    check_media(con, names, report, uses)
    for media_id, thumb, placeholder, original in con.execute(
            "SELECT id, thumbnail_blob_id, placeholder_blob_id, original_blob_id FROM media"):
        where = names.get(media_id, f"media:{media_id}")
        uses.setdefault(thumb, []).append(Use(where, "thumbnail", SCREEN_FORMATS))
        uses.setdefault(placeholder, []).append(Use(where, "placeholder", SCREEN_FORMATS))
        if original is not None:
            uses.setdefault(original, []).append(Use(where, "original", ORIGINAL_FORMATS))
    for item_id, slug, blob_id in con.execute(
            "SELECT t.item_id, i.slug, t.audio_blob_id FROM testimony t "
            "LEFT JOIN item i ON i.id = t.item_id"):
        uses.setdefault(blob_id, []).append(Use(f"item:{slug or item_id}", "audio"))
    return uses


# -- blob bytes ---------------------------------------------------------------

def check_blobs(con: sqlite3.Connection, uses: dict[int, list[Use]], report: Report,
                progress: Callable[[int, int], None] | None = None) -> None:
    """Hash every blob against its row; decode every image for each of its ``uses``."""
    count, total = con.execute("SELECT COUNT(*), COALESCE(SUM(size), 0) FROM blob").fetchone()
    meter = _Meter(progress, total if isinstance(total, int) else 0)
    last_id = -1 << 62
    while True:
        page = con.execute("SELECT id, sha256, size FROM blob WHERE id > ? ORDER BY id LIMIT ?",
                           (last_id, BLOB_PAGE)).fetchall()
        if not page:
            break
        for blob_id, sha, size in page:
            _check_blob(con, blob_id, sha, size, uses.get(blob_id, []), report, meter)
        last_id = page[-1][0]
    meter.finish()
    report.count("blobs", int(count))
    report.count("bytes", meter.done)


class _Meter:
    """Reports bytes read at most once per :data:`CHUNK`, also inside one big blob."""

    def __init__(self, progress: Callable[[int, int], None] | None, total: int) -> None:
        self.progress = progress
        self.total = total
        self.done = self.reported = 0

    def add(self, n: int) -> None:
        self.done += n
        if self.progress is not None and self.done - self.reported >= CHUNK:
            self.progress(self.done, max(self.total, self.done))
            self.reported = self.done

    def finish(self) -> None:
        if self.progress is not None:
            self.progress(self.done, max(self.total, self.done))


def _check_blob(con: sqlite3.Connection, blob_id: int, sha: Any, size: Any,
                uses: list[Use], report: Report, meter: _Meter) -> None:
    where = f"{uses[0].location} {uses[0].role}" if uses else f"blob:{blob_id}"
    try:
        handle = con.blobopen("blob", "data", blob_id, readonly=True)
    except sqlite3.Error as e:
        report.error("blob", where, f"blob {blob_id} cannot be read ({e}).")
        return
    with handle:
        length = len(handle)
        if length != size:
            report.error("blob-size", where, f"blob {blob_id} holds {length} bytes, its row "
                         f"says {size!r}.")
        images = [u for u in uses if u.formats]
        digest = hashlib.sha256()
        data = b""
        if images and length <= WHOLE_READ_MAX:
            data = handle.read()
            digest.update(data)
            meter.add(len(data))
        else:
            for chunk in iter(lambda: handle.read(CHUNK), b""):
                digest.update(chunk)
                meter.add(len(chunk))
        if digest.hexdigest() != str(sha).lower():
            report.error("blob-hash", where, f"blob {blob_id}: SHA-256 does not match; the "
                         "bytes were changed or damaged after the build.")
        for use in images:
            if data or length == 0:
                _check_image(io.BytesIO(data), use, blob_id, report)
            else:
                handle.seek(0)
                _check_image(handle, use, blob_id, report)
        if images:
            report.count("images")


def decode(f: IO[bytes], formats: tuple[str, ...], *, full: bool = True
           ) -> tuple[str, tuple[int, int]]:
    """(format, size) after decoding. Raises on bad data or a decompression bomb.

    ``full=False`` (originals, which may be huge): JPEG is still entropy-decoded
    but into a 1/8-scale buffer; other formats are only verified (PNG checks
    every chunk's CRC), so memory stays bounded whatever the original's size.
    """
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        with Image.open(f, formats=list(formats)) as img:
            size = img.size
            fmt = str(img.format)
            if full:
                img.load()
            elif fmt == "JPEG":
                img.draft("RGB", (max(1, size[0] // 8), max(1, size[1] // 8)))
                img.load()
            else:
                img.verify()
            return fmt, size


def _check_image(f: Any, use: Use, blob_id: int, report: Report) -> None:
    where = use.location
    try:
        fmt, size = decode(f, use.formats, full=use.role != "original")
    except Image.DecompressionBombWarning as e:
        report.error("image", where, f"{use.role} (blob {blob_id}) is a decompression bomb: {e}")
        return
    except Exception as e:  # Pillow raises many types for bad data
        report.error("image", where, f"{use.role} (blob {blob_id}) does not decode as "
                     f"{'/'.join(use.formats)}: {e}")
        return
    if use.size is not None and size != use.size:
        report.error("image", where, f"{use.role} (blob {blob_id}) is {size[0]}x{size[1]} "
                     f"pixels, expected {use.size[0]}x{use.size[1]}.")
    if use.role.startswith("tile") and fmt not in use.formats:
        report.error("image", where, f"{use.role} is {fmt}, expected {use.formats[0]}.")
