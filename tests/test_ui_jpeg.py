"""The fast JPEG path (Pillow into the pixels Qt draws): the same pixels as Qt's
reader, and Qt's reader for what it must turn, scale or colour."""

from __future__ import annotations

import io
from typing import Any

import pytest
from PIL import Image, ImageCms, ImageFilter
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage

from kiosk.package.records import MediaInfo, Rendition
from kiosk.ui.images import ImageService, Request, decode
from kiosk.ui.jpeg import decode_jpeg
from kiosk.ui.settle import wait_until

LIMIT = 512 * 2**20


def photo(size: tuple[int, int] = (333, 211), seed: int = 1) -> Image.Image:
    """Gradients and noise: every DCT coefficient and upsampling path has work."""
    noise = Image.effect_noise(size, 40 + seed)
    ramp = Image.linear_gradient("L").resize(size).rotate(seed * 20)
    return Image.merge("RGB", (noise, ramp, Image.blend(noise, ramp, 0.5))).filter(
        ImageFilter.GaussianBlur(1))


def jpeg(im: Image.Image, **options: Any) -> bytes:
    out = io.BytesIO()
    im.save(out, "JPEG", **options)
    return out.getvalue()


def pixels(image: QImage) -> bytes:
    """RGB32 words as bytes, whatever ``image``'s format."""
    rgb = image.convertToFormat(QImage.Format.Format_RGB32)
    return bytes(rgb.constBits())[:rgb.sizeInBytes()]


@pytest.mark.parametrize("options", [
    {"quality": 85}, {"quality": 90, "subsampling": 0}, {"quality": 90, "subsampling": 1},
    {"quality": 100, "subsampling": 0}, {"quality": 80, "progressive": True},
    {"quality": 85, "restart_marker_blocks": 4},
], ids=["4:2:0", "4:4:4", "4:2:2", "q100", "progressive", "restart-markers"])
def test_fast_path_gives_the_pixels_of_qts_reader(options: dict[str, Any]) -> None:
    data = jpeg(photo(), **options)
    fast = decode_jpeg(data, QSize(1920, 1080), LIMIT)
    assert fast is not None and fast.format() == QImage.Format.Format_RGB32
    assert (fast.width(), fast.height()) == (333, 211)
    assert pixels(fast) == pixels(decode(data, fast=False))


def test_grey_photos_come_out_as_rgb32_with_the_same_grey() -> None:
    data = jpeg(photo().convert("L"), quality=85)
    fast = decode_jpeg(data, None, LIMIT)
    qt = decode(data, fast=False)
    assert qt.format() == QImage.Format.Format_Grayscale8
    assert fast is not None and fast.format() == QImage.Format.Format_RGB32
    assert pixels(fast) == pixels(qt)


def test_what_qt_turns_scales_or_colours_goes_to_qts_reader() -> None:
    im = photo((400, 300))
    upright = Image.Exif()
    upright[0x0112] = 1
    turned = Image.Exif()
    turned[0x0112] = 6  # to be turned 90° clockwise
    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    assert decode_jpeg(jpeg(im, exif=upright), None, LIMIT) is not None
    cases = {
        "turned": (jpeg(im, exif=turned), None),
        "profile": (jpeg(im, icc_profile=srgb), None),
        "cmyk": (jpeg(im.convert("CMYK")), None),
        "too big for the screen": (jpeg(im), QSize(200, 200)),
        "truncated": (jpeg(im)[:3000], None),
        "over the allocation limit": (jpeg(im), None),
    }
    for name, (data, fit) in cases.items():
        limit = 400 * 300 * 4 - 1 if name == "over the allocation limit" else LIMIT
        assert decode_jpeg(data, fit, limit) is None, name
    data, _ = cases["turned"]
    assert (decode(data).width(), decode(data).height()) == (300, 400)
    assert decode(cases["profile"][0]).colorSpace().isValid()
    scaled = decode(jpeg(im), QSize(200, 200))
    assert (scaled.width(), scaled.height()) == (200, 150)


class OneJpeg:
    def __init__(self, data: bytes) -> None:
        self.data = data

    def blob(self, blob_id: int) -> bytes:
        return self.data

    def tile(self, media_id: int, level: int, col: int, row: int) -> bytes | None:
        return None


def test_the_service_turns_the_fast_path_on_after_its_first_decode(qapp: object) -> None:
    grey = jpeg(photo((640, 480)).convert("L"))
    service = ImageService(OneJpeg(grey), synchronous=True)
    for media_id in (1, 2):
        service.register(MediaInfo(id=media_id, width=640, height=480, tile_size=512,
                                   tile_overlap=0, max_level=10,
                                   renditions=(Rendition(640, 480, 10),),
                                   thumbnail_blob_id=10, placeholder_blob_id=10,
                                   original_blob_id=None))
    try:
        # The first photo at start-up does not wait for Pillow's import: Qt decodes it.
        first = service.load(Request("photo", "1", QSize(1920, 1080)))
        assert first.format() == QImage.Format.Format_Grayscale8
        assert wait_until(service.idle, 10)
        second = service.load(Request("photo", "2", QSize(1920, 1080)))
        assert second.format() == QImage.Format.Format_RGB32
        assert pixels(second) == pixels(first)
    finally:
        service.shutdown()


def test_prefaulting_a_fresh_image_leaves_its_pixels_as_they_are() -> None:
    from kiosk.ui.memory import prefault

    image = QImage(1920, 1080, QImage.Format.Format_RGB32)
    image.fill(0xFF336699)
    key = image.cacheKey()
    prefault(image.bits())  # False where the kernel cannot (before 5.14): only a hint
    assert image.cacheKey() >> 32 == key >> 32, "detached: a copy was made"
    assert image.pixel(0, 0) == image.pixel(1919, 1079) == 0xFF336699
    assert prefault(memoryview(bytes(4 * 2**20))) is False  # read-only: nothing to do
    assert prefault(memoryview(bytearray(4096))) is False  # too small to be worth it
