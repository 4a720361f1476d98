"""Small but complete packages for tests, written with :class:`PackageWriter`.

``make_package(path)`` gives a sound package: photos with real JPEG
renditions, thumbnails and a full Deep Zoom tile pyramid, one testimony with
cues in two languages, chapters, and advisories at every scope. Texts are in
every requested language (Latin, Azerbaijani Latin and Urdu script) so font
coverage and translation checks have something real to look at.
"""

from __future__ import annotations

import io
import math
import os
import shutil
import sqlite3
import struct
import wave
from collections.abc import Sequence
from pathlib import Path

from PIL import Image

from kiosk.package.schema import FORMAT_VERSION
from kiosk.package.writer import PackageWriter

#: Words per language, so texts are real script, not "xx-title".
_WORDS: dict[str, tuple[str, str, str]] = {
    "en": ("Harbour", "Fishing boats at dawn.", "Boats moored along a stone quay."),
    "az-Latn": ("Liman", "Sübh çağı balıqçı qayıqları.", "Daş körpü boyunca qayıqlar."),
    "ur": ("بندرگاہ", "صبح کے وقت ماہی گیر کشتیاں۔", "پتھر کے گھاٹ پر کشتیاں۔"),
    "ar": ("الميناء", "قوارب الصيد عند الفجر.", "قوارب على رصيف حجري."),
    "ru": ("Гавань", "Рыбацкие лодки на рассвете.", "Лодки у каменной пристани."),
}

TILE_SIZE = 128
PHOTO_SIZE = (300, 200)
AUDIO_MS = 3000


def words(lang: str) -> tuple[str, str, str]:
    return _WORDS.get(lang, (f"Title {lang}", f"Caption {lang}.", f"Alt {lang}."))


def lang_map(languages: Sequence[str], index: int, suffix: str = "") -> dict[str, str]:
    """A text in every language; ``index`` picks title (0), caption (1) or alt (2)."""
    return {lang: f"{words(lang)[index]}{suffix}" for lang in languages}


def jpeg(width: int, height: int, seed: int = 0) -> bytes:
    """A real, decodable JPEG with a little structure (so tiles differ)."""
    img = Image.new("RGB", (width, height), ((seed * 40) % 256, 90, 160))
    for x in range(0, width, 16):
        img.paste((255, (x + seed) % 256, 0), (x, 0, min(x + 4, width), height))
    out = io.BytesIO()
    img.save(out, "JPEG", quality=70)
    return out.getvalue()


def noisy_jpeg(size: tuple[int, int], grain: tuple[int, int], sigma: int,
               quality: int) -> bytes:
    """A photo-like JPEG that costs a real decode: noise of ``grain`` pixels scaled to ``size``."""
    img = Image.effect_noise(grain, sigma).resize(size).convert("RGB")
    out = io.BytesIO()
    img.save(out, "JPEG", quality=quality)
    return out.getvalue()


def max_level(width: int, height: int) -> int:
    return math.ceil(math.log2(max(width, height))) if max(width, height) > 1 else 0


def pyramid(image: Image.Image, tile_size: int) -> list[tuple[int, int, int, bytes]]:
    """Deep Zoom tiles (overlap 0): (level, col, row, jpeg) for every level."""
    top = max_level(*image.size)
    tiles: list[tuple[int, int, int, bytes]] = []
    w, h = image.size
    for level in range(top, -1, -1):
        scaled = image.resize((w, h)) if (w, h) != image.size else image
        for col in range(math.ceil(w / tile_size)):
            for row in range(math.ceil(h / tile_size)):
                box = (col * tile_size, row * tile_size,
                       min((col + 1) * tile_size, w), min((row + 1) * tile_size, h))
                out = io.BytesIO()
                scaled.crop(box).save(out, "JPEG", quality=60)
                tiles.append((level, col, row, out.getvalue()))
        w, h = (w + 1) // 2, (h + 1) // 2
    return tiles


def wav(duration_ms: int = AUDIO_MS, padding: int = 0) -> bytes:
    """Silence as 8 kHz mono WAV; ``padding`` trailing bytes make a big blob cheaply."""
    out = io.BytesIO()
    with wave.open(out, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(8000)
        w.writeframes(struct.pack("<h", 0) * (8 * duration_ms))
    return out.getvalue() + bytes(padding)


def _add_photo(writer: PackageWriter, seed: int, size: tuple[int, int],
               keep_original: bool) -> int:
    data = jpeg(*size, seed=seed)
    original: tuple[bytes, str] | None = None
    with Image.open(io.BytesIO(data)) as img:
        img.load()
        tiles = pyramid(img, TILE_SIZE)
        if keep_original:
            out = io.BytesIO()
            img.save(out, "PNG")
            original = (out.getvalue(), "image/png")
    half = ((size[0] + 1) // 2, (size[1] + 1) // 2)
    return writer.add_media(
        width=size[0], height=size[1], thumbnail=jpeg(60, 40, seed), placeholder=jpeg(8, 6, seed),
        renditions=[(half[0], half[1], jpeg(*half, seed=seed)), (*size, data)],
        tiles=tiles, tile_size=TILE_SIZE, max_level=max_level(*size), original=original,
    )


def make_package(path: Path, *, items: int = 12, languages: Sequence[str] = ("en", "az-Latn", "ur"),
                 testimony: bool = True, advisories: bool = True,
                 cue_languages: Sequence[str] | None = None, audio_padding: int = 0,
                 photo_size: tuple[int, int] = PHOTO_SIZE, keep_original: bool = False,
                 created: str = "2026-01-01T00:00:00+00:00") -> Path:
    """Write a sound package at ``path`` and return it.

    ``items`` are split over two sections; item 0 is the testimony (when
    ``testimony``), the last one a text item, the others photos. Cues exist in
    ``cue_languages`` (default: the first and last language). ``audio_padding``
    grows the audio blob without growing the work to make it. ``keep_original``
    stores each photo's original as PNG too.
    """
    langs = list(languages)
    with PackageWriter(Path(path)) as w:
        w.set_exhibition(uid="test-exhibition", version="1.0.0", languages=langs,
                         default_language=langs[0], title=lang_map(langs, 0, " — exhibition"),
                         summary=lang_map(langs, 1), organiser=lang_map(langs, 0),
                         created=created)
        sections = [w.add_section(position=i, slug=f"section-{i}",
                                  title=lang_map(langs, 0, f" {i}"),
                                  introduction=lang_map(langs, 1))
                    for i in range(2)]
        first_photo: dict[int, int] = {}
        for n in range(items):
            section = sections[0] if n < (items + 1) // 2 else sections[1]
            kind = ("testimony" if testimony and n == 0
                    else "text" if n == items - 1 and items > 2 else "photo")
            media = _add_photo(w, n, photo_size, keep_original) if kind != "text" else None
            item_id = w.add_item(
                section_id=section, position=n, slug=f"item-{n}", kind=kind, media_id=media,
                title=lang_map(langs, 0, f" {n}"), caption=lang_map(langs, 1),
                alt_text=lang_map(langs, 2) if kind != "text" else None,
                long_text=lang_map(langs, 2, "\n\nMore.") if kind == "text" else None,
                credit={"en": "Test archive"}, date="1969-07-20",
            )
            if kind == "photo":
                first_photo.setdefault(section, item_id)
            if kind == "testimony":
                _add_testimony(w, item_id, langs, cue_languages, audio_padding)
                if advisories:
                    w.add_advisory(scope="passage", item_id=item_id, start_ms=1000,
                                   end_ms=2000, text=lang_map(langs, 1))
            if advisories and kind == "photo" and n == 1:
                w.add_advisory(scope="item", item_id=item_id, mode="blur",
                               text=lang_map(langs, 1))
        for section, item_id in first_photo.items():
            w.set_section_cover(section, item_id)
        if advisories:
            w.add_advisory(scope="exhibition", text=lang_map(langs, 1))
            w.add_advisory(scope="section", section_id=sections[1], text=lang_map(langs, 1))
        return w.commit()


def _add_testimony(w: PackageWriter, item_id: int, langs: list[str],
                   cue_languages: Sequence[str] | None, padding: int) -> None:
    cue_langs = list(cue_languages) if cue_languages is not None else sorted({langs[0], langs[-1]},
                                                                             key=langs.index)
    cues = {
        lang: [(0, 900, "w", words(lang)[1]), (1000, 1900, "i", words(lang)[2]),
               (2000, 2900, "w", words(lang)[0])]
        for lang in cue_langs
    }
    w.add_testimony(
        item_id=item_id, audio=wav(padding=padding), mime="audio/wav", duration_ms=AUDIO_MS,
        spoken_language=langs[-1], sample_rate=8000, channels=1, loudness_lufs=-23.0,
        speakers=[("w", lang_map(langs, 0, " (witness)"), "witness"),
                  ("i", lang_map(langs, 0, " (interviewer)"), "interviewer")],
        chapters=[(0, lang_map(langs, 0, " I")), (1500, lang_map(langs, 0, " II"))],
        cues=cues,
    )


def copy_with_sql(src: Path, dst: Path, *statements: str) -> Path:
    """Copy ``src`` to ``dst`` and change the copy with plain, unhardened SQLite.

    This is how a hostile or careless author would edit a package.
    """
    shutil.copyfile(src, dst)
    con = sqlite3.connect(dst, isolation_level=None)
    try:
        for sql in statements:
            con.execute(sql)
    finally:
        con.close()
    return dst


def flip_bytes(path: Path, offset: int, count: int = 1) -> None:
    """Invert ``count`` bytes at ``offset`` in place."""
    with Path(path).open("r+b") as f:
        f.seek(offset)
        data = f.read(count)
        f.seek(offset)
        f.write(bytes(b ^ 0xFF for b in data))


def _plain_sqlite(path: Path) -> Path:
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE notes (x)")
    con.commit()
    con.close()
    return path


def _patched(good: Path, dst: Path, offset: int, value: bytes) -> Path:
    data = bytearray(good.read_bytes())
    data[offset:offset + len(value)] = value
    dst.write_bytes(bytes(data))
    return dst


#: Files that are not (sound) packages: kind -> what the refusal must say.
BROKEN: dict[str, str] = {
    "missing": "no such file",
    "directory": "is a folder",
    "empty": "empty",
    "random": "not an SQLite file",
    "text": "not an SQLite file",
    "plain-sqlite": "not an exhibition package",
    "truncated": "truncated",
    "newer-format": "newer than this kiosk",
    "format-zero": "not valid",
    "huge-page-count": "truncated",
    "bad-page-size": "page size",
}


def make_broken(kind: str, good: Path, tmp: Path) -> Path:
    """A file of the given ``kind`` (see :data:`BROKEN`), made from the package ``good``."""
    path = tmp / f"{kind}.exhibit"
    match kind:
        case "missing":
            return path
        case "directory":
            path.mkdir()
        case "empty":
            path.write_bytes(b"")
        case "random":
            path.write_bytes(os.urandom(8192))
        case "text":
            path.write_text("title = 'not a package'\n" * 50)
        case "plain-sqlite":
            _plain_sqlite(path)
        case "truncated":
            path.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
        case "newer-format":
            _patched(good, path, 60, struct.pack(">I", FORMAT_VERSION + 1))
        case "format-zero":
            _patched(good, path, 60, struct.pack(">I", 0))
        case "huge-page-count":
            _patched(good, path, 28, struct.pack(">I", 0x7FFFFFFF))
        case "bad-page-size":
            _patched(good, path, 16, struct.pack(">H", 1000))
    return path
