"""Pieces of the visitor UI that need no window: decoding, cache, tiles, languages, sizes."""

from __future__ import annotations

import io
import logging

import pytest
from PIL import Image
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage

from kiosk.package.records import MediaInfo, Rendition
from kiosk.ui.images import ImageCache, ImageError, ImageService, Request, decode, sniff_format
from kiosk.ui.languages import endonym, is_rtl, number
from kiosk.ui.metrics import touch_target_px
from kiosk.ui.models import tiles_in_view


def _jpeg(w: int, h: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (w, h), (120, 80, 40)).save(out, "JPEG")
    return out.getvalue()


class FakeSource:
    def __init__(self, blobs: dict[int, bytes]) -> None:
        self.blobs = blobs
        self.reads = 0

    def blob(self, blob_id: int) -> bytes:
        self.reads += 1
        return self.blobs[blob_id]

    def tile(self, media_id: int, level: int, col: int, row: int) -> bytes | None:
        return self.blobs.get(1000 + level * 100 + col * 10 + row)


def media(media_id: int = 1, w: int = 4000, h: int = 3000) -> MediaInfo:
    return MediaInfo(id=media_id, width=w, height=h, tile_size=512, tile_overlap=0,
                     max_level=12, renditions=(Rendition(960, 720, 10), Rendition(1920, 1440, 11)),
                     thumbnail_blob_id=12, placeholder_blob_id=12, original_blob_id=None)


def test_decode_scales_to_fit_and_refuses_what_is_not_an_image() -> None:
    image = decode(_jpeg(1600, 1200), QSize(800, 800))
    assert (image.width(), image.height()) == (800, 600)
    assert sniff_format(_jpeg(4, 4)) == b"jpeg"
    with pytest.raises(ImageError):
        decode(b"GIF89a....")
    with pytest.raises(ImageError):
        decode(b"\xff\xd8\xff\xe0 truncated")


def test_cache_is_bounded_in_bytes_and_keeps_the_recent() -> None:
    one = QImage(100, 100, QImage.Format.Format_RGB32)  # 40,000 bytes
    cache = ImageCache(max_bytes=100_000)
    for key in "abc":
        cache.put(key, one.copy())
        assert cache.get("a") is not None  # "a" stays recent
    assert cache.bytes <= 100_000
    assert len(cache) == 2
    assert cache.get("b") is None
    assert cache.get("a") is not None and cache.get("c") is not None


def test_service_picks_the_rendition_for_the_screen_and_caches_it() -> None:
    source = FakeSource({10: _jpeg(960, 720), 11: _jpeg(1920, 1440), 12: _jpeg(64, 48)})
    service = ImageService(source, synchronous=True)
    service.register(media())
    small = service.load(Request("photo", "1", QSize(800, 600)))
    assert small.width() == 800
    big = service.load(Request("photo", "1", QSize(1920, 1080)))
    assert (big.width(), big.height()) == (1440, 1080)
    reads = source.reads
    service.load(Request("photo", "1", QSize(1920, 1080)))
    assert source.reads == reads, "a second request comes from the cache"
    assert service.load(Request("thumb", "1", QSize())).width() == 64
    service.shutdown()


def test_a_broken_photo_is_logged_once(caplog: pytest.LogCaptureFixture) -> None:
    source = FakeSource({10: b"\xff\xd8\xff broken", 11: b"\xff\xd8\xff broken", 12: b""})
    service = ImageService(source, synchronous=True)
    service.register(media())
    with caplog.at_level(logging.WARNING, logger="kiosk.ui.images"):
        for _ in range(5):
            with pytest.raises(ImageError):
                service.load(Request("photo", "1", QSize(800, 600)))
        with pytest.raises(ImageError):
            service.load(Request("photo", "99", QSize(800, 600)))
    assert len([r for r in caplog.records if "photo/1" in r.getMessage()]) == 1
    service.shutdown()


def test_tiles_in_view_pick_the_level_and_only_the_visible_tiles() -> None:
    m = media(w=4000, h=3000)  # max level 12 = 4000 px wide; tiles of 512
    # Whole photo shown 1000 px wide: level with width >= 1000 is 1000 (level 10).
    whole = tiles_in_view(m, 1000, (0, 0, 1, 1))
    assert {t[1] for t in whole} == {10}
    assert len(whole) == 2 * 2  # 1000x750 in 512-px tiles
    # Zoomed to full detail, looking at the top-left quarter of the photo.
    corner = tiles_in_view(m, 4000, (0, 0, 0.25, 0.25))
    assert {t[1] for t in corner} == {12}
    assert {(t[2], t[3]) for t in corner} == {(c, r) for c in range(2) for r in range(2)}
    assert len(corner) < len(tiles_in_view(m, 4000, (0, 0, 1, 1))) / 8


def test_languages_are_named_in_their_own_script() -> None:
    assert endonym("en") == "English"
    assert endonym("az-Latn") == "Azərbaycanca"
    assert endonym("ur") == "اردو"
    assert endonym("xx-Yyyy") == "xx-Yyyy"
    assert is_rtl("ur") and is_rtl("ar") and not is_rtl("az-Latn")
    assert not is_rtl("az-Latn") and is_rtl("az-Arab")
    assert number(23, "ur") == "۲۳" and number(23, "en") == "23"


@pytest.mark.parametrize(("size", "dpmm", "at_least"), [
    ((1920, 1080), None, 64), ((3840, 2160), None, 128), ((1080, 1920), None, 64),
    ((1920, 1080), 9.0, 81),  # a small dense screen: 9 mm is 81 px
    ((3840, 2160), 3.2, 128),  # a big 4K panel: the resolution fallback is larger
])
def test_touch_targets_are_nine_millimetres_or_the_scaled_fallback(
        size: tuple[int, int], dpmm: float | None, at_least: float) -> None:
    assert touch_target_px(*size, dpmm) == pytest.approx(at_least)


def test_a_text_is_laid_out_in_its_languages_direction_whatever_it_starts_with() -> None:
    from kiosk.ui.languages import directed

    assert directed("NASA کی جانب سے", "ur") == "\u200fNASA کی جانب سے"
    # Digits are weak: the first strong letter decides.
    assert directed("2006 میں NASA", "ur") == "2006 میں NASA"
    assert directed("2006 NASA", "ur") == "\u200f2006 NASA"
    assert directed("Apollo 11", "en") == "Apollo 11"
    assert directed("ناسا in English", "en") == "\u200eناسا in English"
    assert directed("", "ur") == "" and directed("1969", "ar") == "1969"
    assert directed(directed("NASA", "ur"), "ur") == "\u200fNASA"  # once only


def test_the_models_hand_qml_texts_in_their_own_direction() -> None:
    from kiosk.package.records import Text
    from kiosk.ui.models import Language

    lang = Language("ur", "en")
    assert lang.text(Text({"ur": "NASA کی تصویر", "en": "NASA photo"})) == \
        ("\u200fNASA کی تصویر", "ur")
    assert lang.text(Text({"en": "NASA photo"})) == ("NASA photo", "en")  # the fallback: as is


def test_decoded_photo_cache_holds_three_photos_at_any_screen_size() -> None:
    from kiosk.ui.app import decoded_cache_bytes
    from kiosk.ui.images import CACHE_BYTES

    assert decoded_cache_bytes((1920, 1080)) == CACHE_BYTES  # five 1080p photos
    assert decoded_cache_bytes((1080, 1920)) == CACHE_BYTES
    four_k = 3840 * 2160 * 4
    assert 3 * four_k < decoded_cache_bytes((3840, 2160)) < 4 * four_k
