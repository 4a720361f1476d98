"""Photographs: open safely, normalise to sRGB, derive every size the kiosk shows.

Runs in worker processes: :func:`render_photo` takes a path and returns
encoded bytes only, so the parent never holds decoded pixels. Each photo is
decoded once; renditions, thumbnail and placeholder are made from the
smallest pyramid level that still covers them.
"""

from __future__ import annotations

import io
import time
import warnings
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageCms, ImageFilter, ImageOps, UnidentifiedImageError

from kiosk.build import planes
from kiosk.build.planes import Planes, PlanesDamaged

#: What a curator may hand us; everything else is refused before decoding.
FORMATS = ("JPEG", "PNG", "TIFF", "WEBP")
# MPO: a camera JPEG with extra frames, opened by the JPEG plugin.
MIME = {"JPEG": "image/jpeg", "MPO": "image/jpeg", "PNG": "image/png", "TIFF": "image/tiff",
        "WEBP": "image/webp"}
#: Transparent areas are laid on this neutral grey.
BACKGROUND = (128, 128, 128)
DISPLAY_SIZES: tuple[tuple[int, int], ...] = ((1920, 1080), (3840, 2160))
THUMBNAIL_SIZE = (480, 480)
PLACEHOLDER_SIDE = 32
TILE_SIZE = 512
RENDITION_QUALITY = 85
# Tiles are only seen zoomed in, mostly moving; q80 4:2:0 looks the same
# there and encodes faster and smaller.
TILE_QUALITY = 80
# Outputs are made from a pyramid level less than 2x their size. For screen
# renditions Hamming is half the cost of Lanczos (the 4K one is the single
# most expensive step of a photo) and hardly softer; small ones use Lanczos.
# (Box would save another 0.06 CPU s per 24 MP photo, but at the scales of
# 1 to 2 met here it samples unevenly, one input pixel for some outputs and
# two for others: 37-40 dB PSNR from Lanczos on the benchmark's photos, where
# Hamming gives 42-45.)
RESAMPLE_LARGE = Image.Resampling.HAMMING
RESAMPLE_SMALL = Image.Resampling.LANCZOS
_STRIP = 256


class PhotoError(Exception):
    """A photo that cannot be used; the message is for the curator."""


@dataclass(frozen=True, slots=True)
class PhotoJob:
    path: Path
    name: str  # as written in the manifest, for messages
    keep_original: bool = False
    display_sizes: tuple[tuple[int, int], ...] = DISPLAY_SIZES
    tile_size: int = TILE_SIZE


@dataclass(frozen=True, slots=True)
class PhotoResult:
    width: int
    height: int
    max_level: int
    tile_size: int
    renditions: list[tuple[int, int, bytes]]
    tiles: list[tuple[int, int, int, bytes]]  # level, col, row, jpeg
    thumbnail: bytes
    placeholder: bytes
    original_mime: str | None  # when the original is kept; the builder copies the file
    warnings: list[str]
    cpu_seconds: float = 0.0  # spent rendering, for benchmarks


def _srgb() -> ImageCms.ImageCmsProfile:
    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))


def open_image(path: Path) -> Image.Image:
    """Open with the format allow-list; decompression bombs are errors. Header only."""
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            return Image.open(path, formats=FORMATS)
        except (Image.DecompressionBombWarning, Image.DecompressionBombError):
            raise PhotoError(
                f"is too large to open safely (more than {Image.MAX_IMAGE_PIXELS:,} pixels)",
            ) from None
        except UnidentifiedImageError:
            raise PhotoError("is not a photo in a supported format "
                             "(JPEG, PNG, TIFF or WebP)") from None
        except OSError as e:
            raise PhotoError(f"cannot be read ({e})") from None


def check_photo(path: Path) -> tuple[int, int]:
    """Cheap check before the build starts: format and pixel count, from the header."""
    with open_image(path) as im:
        return im.size


def load_srgb(path: Path, notes: list[str]) -> tuple[Image.Image, str]:
    """Decode ``path`` upright, in sRGB, alpha flattened: mode ``RGB`` or ``L``."""
    im = open_image(path)
    fmt = im.format or ""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            im.load()
    except (OSError, SyntaxError, ValueError) as e:
        im.close()
        raise PhotoError(f"is damaged or truncated ({e})") from None
    if getattr(im, "n_frames", 1) > 1:
        # Multi-frame files (camera MPO, multi-page TIFF, animations) keep the
        # file open to seek between frames; the first frame is the photo.
        first = im.copy()
        im.close()
        im = first
    icc = im.info.get("icc_profile")
    ImageOps.exif_transpose(im, in_place=True)
    im = _to_8bit(im)
    # Colour first where lcms takes the mode as it is, so the grey laid under
    # transparent areas is sRGB grey; other modes are converted after flattening.
    if icc and im.mode in ("RGB", "RGBA", "L", "CMYK"):
        im, icc = _icc_to_srgb(im, icc, notes), None
    if im.mode in ("RGBA", "LA", "PA", "P", "La", "RGBa") or "transparency" in im.info:
        im = _flatten(im)
    if icc:
        im = _icc_to_srgb(im, icc, notes)
    if im.mode not in ("RGB", "L"):
        im = im.convert("RGB")
    im.info.clear()
    return im, fmt


def _to_8bit(im: Image.Image) -> Image.Image:
    if im.mode in ("I;16", "I;16B", "I;16L", "I;16N"):
        im = im.convert("I")
    if im.mode == "I":
        # 16-bit grey: scale 0..65535 down to 0..255 (convert() would clip).
        return im.point(lambda v: v * (1 / 257)).convert("L")
    if im.mode == "F":
        return im.point(lambda v: v * 255).convert("L")
    return im


def _flatten(im: Image.Image) -> Image.Image:
    rgba = im.convert("RGBA")
    base = Image.new("RGB", rgba.size, BACKGROUND)
    base.paste(rgba, mask=rgba.getchannel("A"))
    return base


def _icc_to_srgb(im: Image.Image, icc: bytes, notes: list[str]) -> Image.Image:
    try:
        src = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        description = ImageCms.getProfileDescription(src).strip()
    except (OSError, ImageCms.PyCMSError):
        notes.append("has a damaged colour profile; colours are used as they are")
        return im
    if "srgb" in description.lower() and im.mode in ("RGB", "RGBA", "L"):
        return im
    out_mode = im.mode if im.mode in ("L", "RGBA") else "RGB"
    try:
        converted = ImageCms.profileToProfile(
            im, src, _srgb(), outputMode=out_mode,
            renderingIntent=ImageCms.Intent.PERCEPTUAL)
    except ImageCms.PyCMSError as e:
        notes.append(f"colour profile {description!r} could not be applied ({e})")
        return im
    assert converted is not None
    return converted


def fit(size: tuple[int, int], box: tuple[int, int]) -> tuple[int, int]:
    """``size`` scaled to fit in ``box``, never enlarged."""
    w, h = size
    scale = min(box[0] / w, box[1] / h, 1.0)
    return max(1, round(w * scale)), max(1, round(h * scale))


def level_sizes(width: int, height: int) -> list[tuple[int, int]]:
    """Deep Zoom level sizes, index = level: 0 is 1x1, the last is full size."""
    sizes = [(width, height)]
    while sizes[-1] != (1, 1):
        w, h = sizes[-1]
        sizes.append(((w + 1) // 2, (h + 1) // 2))
    return sizes[::-1]


def _jpeg(im: Image.Image | Planes, quality: int) -> bytes:
    if isinstance(im, Planes):
        return im.jpeg(quality)
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=quality, progressive=False, optimize=False)
    return buf.getvalue()


def _tiles(im: Image.Image | Planes, level: int, size: int) -> list[tuple[int, int, int, bytes]]:
    w, h = im.size
    return [
        (level, col, row, _jpeg(im.crop((x, y, min(x + size, w), min(y + size, h))),
                                TILE_QUALITY))
        for row, y in enumerate(range(0, h, size))
        for col, x in enumerate(range(0, w, size))
    ]


def render_photo(job: PhotoJob) -> PhotoResult:
    """Everything the package stores for one photo. Raises :class:`PhotoError`."""
    cpu_start = time.process_time()
    notes: list[str] = []
    current, fmt = _decode(job.path, notes)
    width, height = full = current.size
    sizes = level_sizes(width, height)
    max_level = len(sizes) - 1
    wanted = sorted({fit(full, box) for box in job.display_sizes}, reverse=True)
    thumb_size = fit(full, THUMBNAIL_SIZE)
    ph_size = fit(full, (PLACEHOLDER_SIDE, PLACEHOLDER_SIDE))
    renditions: list[tuple[int, int, bytes]] = []
    tiles: list[tuple[int, int, int, bytes]] = []
    thumbnail = placeholder = b""
    # Only ``current`` holds pixels: each level replaces the one above it.
    for level in range(max_level, -1, -1):
        tiles += _tiles(current, level, job.tile_size)
        below = sizes[level - 1] if level else (0, 0)
        # Derive each output from the smallest level that still covers it.
        for target in [t for t in wanted if not _covers(below, t)]:
            if target not in wanted:  # made from a larger rendition already
                continue
            made = _resized(current, target)
            wanted.remove(target)
            renditions.append((*target, _jpeg(made, RENDITION_QUALITY)))
            # A screen half as big (1920x1080 after 3840x2160) is this one
            # halved: a cheap reduce instead of another resize from the level.
            while (half := ((made.width + 1) // 2, (made.height + 1) // 2)) in wanted:
                made = made.reduce(2)
                wanted.remove(half)
                renditions.append((*half, _jpeg(made, RENDITION_QUALITY)))
        if not thumbnail and not _covers(below, thumb_size):
            thumbnail = _jpeg(_small(current, thumb_size), RENDITION_QUALITY)
        if not placeholder and not _covers(below, ph_size):
            small = _small(current, ph_size).filter(ImageFilter.GaussianBlur(1))
            placeholder = _jpeg(small, 70)
        if level:
            current = current.reduce(2)
    original_mime = MIME.get(fmt, "application/octet-stream") if job.keep_original else None
    return PhotoResult(
        width=width, height=height, max_level=max_level, tile_size=job.tile_size,
        renditions=sorted(renditions), tiles=tiles, thumbnail=thumbnail,
        placeholder=placeholder, original_mime=original_mime, warnings=notes,
        cpu_seconds=time.process_time() - cpu_start,
    )


def _decode(path: Path, notes: list[str]) -> tuple[Image.Image | Planes, str]:
    """The photo's pixels: a plain 4:2:0 JPEG as its own planes, anything else as RGB."""
    with open_image(path) as im:
        fast, size, fmt = planes.fits(im), im.size, im.format or ""
    if not fast:
        return load_srgb(path, notes)
    try:
        return planes.decode_planes(path, size), fmt
    except PlanesDamaged as e:
        raise PhotoError(f"is damaged or truncated ({e})") from None


def _covers(have: tuple[int, int], want: tuple[int, int]) -> bool:
    return have[0] >= want[0] and have[1] >= want[1]


def _small(im: Image.Image | Planes, size: tuple[int, int]) -> Image.Image:
    """A small output (thumbnail, placeholder) with Pillow's filters, in RGB."""
    rgb = im.to_rgb() if isinstance(im, Planes) else im
    return rgb if rgb.size == size else rgb.resize(size, RESAMPLE_SMALL, reducing_gap=2.0)


def _resized(im: Image.Image | Planes, size: tuple[int, int]) -> Image.Image | Planes:
    if im.size == size:
        return im
    if size[0] * size[1] < 1_000_000:
        return _small(im, size)
    if isinstance(im, Planes):
        # A luma plane holds a quarter of an RGB image's bytes: no strips needed.
        return im.resize(size, RESAMPLE_LARGE)
    # In strips: a whole-image resize holds a (new width x old height)
    # intermediate, 39 MB for a 24 MP photo; strips give the same pixels
    # (the filter reads past each box) at no extra cost.
    out = Image.new(im.mode, size, None)  # every pixel is pasted over: skip the fill
    scale = im.height / size[1]
    for y in range(0, size[1], _STRIP):
        y1 = min(y + _STRIP, size[1])
        out.paste(im.resize((size[0], y1 - y), RESAMPLE_LARGE,
                            box=(0, y * scale, im.width, y1 * scale)), (0, y))
    return out
