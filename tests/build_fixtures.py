"""Small inputs for the build tests, generated on the fly (Pillow, numpy, ffmpeg)."""

from __future__ import annotations

import struct
import subprocess
import textwrap
from pathlib import Path

import numpy as np
from PIL import Image, ImageCms


def swapped_rgb_profile() -> bytes:
    """A valid RGB ICC profile that is not sRGB: sRGB with red and blue primaries swapped.

    Pure red tagged with it is pure blue in sRGB, which makes the conversion easy to see.
    """
    data = bytearray(ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes())
    (count,) = struct.unpack(">I", data[128:132])
    tags = {bytes(data[132 + 12 * i: 136 + 12 * i]): 132 + 12 * i for i in range(count)}
    r, b = tags[b"rXYZ"], tags[b"bXYZ"]
    data[r + 4: r + 12], data[b + 4: b + 12] = data[b + 4: b + 12], data[r + 4: r + 12]
    return (bytes(data).replace("sRGB".encode("utf-16-be"), "BGR!".encode("utf-16-be"))
            .replace(b"sRGB", b"BGR!"))


def photo(path: Path, size: tuple[int, int] = (640, 480), mode: str = "RGB", seed: int = 0,
          **save: object) -> Path:
    """A photo with gradients and noise (not flat colour), saved by extension."""
    w, h = size
    rng = np.random.default_rng(seed)
    yy, xx = np.mgrid[0:h, 0:w]
    base = np.stack([xx * 255 // max(w - 1, 1), yy * 255 // max(h - 1, 1),
                     (xx + yy) * 255 // max(w + h - 2, 1)], axis=-1)
    arr = np.clip(base + rng.integers(-20, 21, (h, w, 1)), 0, 255).astype(np.uint8)
    im = Image.fromarray(arr, "RGB")
    if mode != "RGB":
        im = im.convert(mode)
    path.parent.mkdir(parents=True, exist_ok=True)
    im.save(path, **save)  # type: ignore[arg-type]
    return path


def tone(path: Path, seconds: float = 3.0, volume_db: float = 0.0, codec: list[str] | None = None
         ) -> Path:
    """A 997 Hz sine (ffmpeg's default amplitude 1/8, i.e. -18 dBFS, plus ``volume_db``)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        ["ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i",
         f"sine=frequency=997:sample_rate=48000:duration={seconds}",
         "-af", f"volume={volume_db}dB", *(codec or []), str(path)],
        check=True,
    )
    return path


VTT = """WEBVTT

00:00:00.000 --> 00:00:01.000
<v anna>Hello, I am <b>Anna</b>.

00:00:01.000 --> 00:00:02.500
<v int>Where were you born?
"""

SRT = """1
00:00:00,000 --> 00:00:01,000
anna: Salam, mən Annayam.

2
00:00:01,000 --> 00:00:02,500
int: Harada doğulmusunuz?
"""


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


MANIFEST = """\
[exhibition]
id = "test-show"
version = "1.0.0"
languages = ["en", "az-Latn"]
title.en = "Test show"
title.az-Latn = "Test sərgisi"

[exhibition.attract]
seconds_per_photo = 5
items = ["harbour"]

[[exhibition.advisory]]
text.en = "Photographs of wounded civilians"
text.az-Latn = "Yaralı mülki şəxslərin fotoşəkilləri"

[[section]]
id = "one"
title = { en = "One", az-Latn = "Bir" }
text_file.en = "texts/one.en.md"
text_file.az-Latn = "texts/one.az.md"
cover = "street"
advisory = { mode = "notice", text.en = "War", text.az-Latn = "Müharibə" }

[[section.item]]
id = "harbour"
image = "photos/harbour.jpg"
keep_original = true
title = { en = "Harbour", az-Latn = "Liman" }
alt = { en = "Boats in a harbour", az-Latn = "Limanda qayıqlar" }
date = "1969-07"
creator = "A. Photographer"

[[section.item]]
id = "street"
image = "photos/street.png"
title = { en = "Street", az-Latn = "Küçə" }
alt = { en = "A street", az-Latn = "Küçə" }
advisory = { mode = "blur", text.en = "Blood", text.az-Latn = "Qan" }

[[section]]
id = "two"
title = { en = "Two", az-Latn = "İki" }

[[section.item]]
id = "anna"
kind = "testimony"
image = "photos/anna.jpg"
title = { en = "Anna", az-Latn = "Anna" }

[section.item.testimony]
audio = "audio/anna.flac"
spoken_language = "az-Latn"
transcripts = { en = "transcripts/anna.en.vtt", az-Latn = "transcripts/anna.az.srt" }
recorded = "2024-05-01"
speakers = [
  { id = "anna", name = "Anna", role = "witness" },
  { id = "int", name = { en = "Interviewer", az-Latn = "Müsahibəçi" }, role = "interviewer" },
]
chapters = [{ start = "00:00", title = { en = "Childhood", az-Latn = "Uşaqlıq" } }]
advisories = [{ start = "00:00:01", end = "00:00:02", text.en = "Violence", text.az-Latn = "Zor" }]

[[section.item]]
id = "essay"
kind = "text"
title = { en = "Essay", az-Latn = "Esse" }
text_file = { en = "texts/essay.en.md", az-Latn = "texts/essay.az.md" }
"""


def exhibition(root: Path, manifest: str = MANIFEST, audio: bool = True) -> Path:
    """A complete small exhibition folder (3 photos, 1 testimony, 1 text)."""
    photo(root / "photos/harbour.jpg", (1100, 700), quality=90)
    photo(root / "photos/street.png", (300, 500), mode="RGBA", seed=1)
    photo(root / "photos/anna.jpg", (400, 400), seed=2)
    if audio:
        tone(root / "audio/anna.flac", 3.0)
    else:  # enough for manifest checks, which do not open the recording
        write(root / "audio/anna.flac", "not audio")
    write(root / "transcripts/anna.en.vtt", VTT)
    write(root / "transcripts/anna.az.srt", SRT)
    write(root / "texts/one.en.md", "# One\n\nThe *first* section.\n")
    write(root / "texts/one.az.md", "# Bir\n\n*Birinci* bölmə.\n")
    write(root / "texts/essay.en.md", "# Essay\n\nText.\n")
    write(root / "texts/essay.az.md", "# Esse\n\nMətn.\n")
    write(root / "exhibition.toml", manifest)
    return root
