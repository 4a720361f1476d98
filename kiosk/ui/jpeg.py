"""JPEG photographs decoded by Pillow straight into the pixels Qt draws.

Qt's JPEG plugin carries its own libjpeg, built without SIMD: a 1920x1080
photo took 16-20 ms there and 11-12 ms in Pillow's libjpeg-turbo on the
2-core machine (7 ms of decoding; the rest faults in the image's fresh pages,
~2.5 ms less with :func:`kiosk.ui.memory.prefault`). libjpeg-turbo writes
RGBX rows into a QImage's memory, which becomes ``Format_RGB32`` once red
and blue are swapped in place (0.3 ms): the format
the software scene graph draws without converting (and shares instead of
copying): one buffer, no copy.

Only what Qt would decode to the same pixels comes here: 8-bit colour or grey
JPEGs with no EXIF orientation, no colour profile and no scaling (the package's
renditions, thumbnails and tiles). :func:`kiosk.ui.images.decode` gives the rest,
and anything Pillow refuses, to QImageReader. Importing Pillow takes ~20 ms, so
:class:`kiosk.ui.images.ImageService` only imports this module after its first
decode, off the start-up path.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from PIL import ExifTags, Image, features
from PySide6.QtGui import QImage

from kiosk.ui.memory import prefault

if TYPE_CHECKING:
    from PySide6.QtCore import QSize

#: Pillow's modes that libjpeg-turbo converts to RGBX as Qt's reader converts them.
_MODES = ("RGB", "L")
#: RGBX output needs libjpeg-turbo's colour-space extensions: a Pillow built with
#: plain libjpeg would hand out raw YCbCr under that name.
AVAILABLE = bool(features.check_feature("libjpeg_turbo"))


def decode_jpeg(data: bytes, fit: QSize | None, max_bytes: int) -> QImage | None:
    """``data`` (a JPEG) as a ``Format_RGB32`` image; None when QImageReader must
    decode it (it would scale, turn or colour-manage it, or Pillow cannot). Any thread."""
    if not AVAILABLE:
        return None
    try:
        source = Image.open(io.BytesIO(data), formats=("JPEG",))
    except Exception:  # QImageReader reports it
        return None
    with source:
        width, height = source.size
        tile = source.tile[0] if len(source.tile) == 1 else None
        args = tile.args if tile is not None and tile.codec_name == "jpeg" else None
        if (source.mode not in _MODES or not isinstance(args, tuple) or len(args) != 2
                or "icc_profile" in source.info
                or width * height * 4 > max_bytes or _turned(source)):
            return None
        if fit is not None and fit.isValid() and (width > fit.width() or height > fit.height()):
            return None
        jpeg_mode = str(args[1])  # what the file holds (YCbCr, RGB, grey): libjpeg decides
        colour = source.mode == "RGB"
    image = QImage(width, height, QImage.Format.Format_RGB32)
    if image.isNull() or not _decode_into(image, data, jpeg_mode):
        return None
    if colour:
        image.rgbSwap()  # RGBX bytes to 0xffRRGGBB words
    return image


def _turned(source: Image.Image) -> bool:
    """The EXIF orientation asks for a turn or a flip (QImageReader applies it)."""
    if "exif" not in source.info:
        return False
    try:
        orientation = source.getexif().get(ExifTags.Base.Orientation, 1)
    except Exception:
        return True
    return orientation != 1


def _decode_into(canvas: QImage, data: bytes, jpeg_mode: str) -> bool:
    """Decode all of ``data`` as RGBX rows into ``canvas``'s memory; False if it fails.

    Pillow maps the memory as an image (``frombuffer``) and runs its JPEG decoder
    on it with the raw mode RGBX (libjpeg's ``JCS_EXT_RGBX``), the GIL released."""
    size = (canvas.width(), canvas.height())
    pixels = canvas.bits()  # not shared yet: no detach, no copy
    if isinstance(pixels, memoryview):
        prefault(pixels)
    target = Image.frombuffer(  # maps the memory (a buffer Pillow's hints do not name)
        "RGBX", size, pixels, "raw", "RGBX", canvas.bytesPerLine(), 1)  # type: ignore[arg-type]
    try:
        decoder = Image._getdecoder("RGBX", "jpeg", ("RGBX", jpeg_mode))
    except OSError:  # a Pillow built without libjpeg
        return False
    try:
        decoder.setimage(target.im, (0, 0, *size))
        consumed, error = decoder.decode(data)
    except Exception:
        return False
    finally:
        decoder.cleanup()
    # A negative count: the image is complete. Otherwise the data ended early.
    return consumed < 0 and error == 0
