"""The planes path (4:2:0 JPEGs) gives what the RGB path gives, for less work."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pytest
from build_fixtures import swapped_rgb_profile
from PIL import Image

from kiosk.build import planes
from kiosk.build.images import PhotoError, PhotoJob, PhotoResult, render_photo

pytestmark = pytest.mark.skipif(not planes.available(),
                                reason="libturbojpeg or simplejpeg is missing")

SCREENS = ((640, 360), (1280, 720))


def textured(size: tuple[int, int], seed: int = 1) -> Image.Image:
    """Smooth colour regions with some grain: compresses like a photograph."""
    w, h = size
    rng = np.random.default_rng(seed)
    coarse = Image.fromarray(rng.integers(0, 256, (max(h // 40, 2), max(w // 40, 2), 3),
                                          dtype=np.uint8)).resize(size, Image.Resampling.BICUBIC)
    grain = rng.integers(-6, 7, (h, w, 1), dtype=np.int16)
    return Image.fromarray(np.clip(np.asarray(coarse, dtype=np.int16) + grain, 0, 255)
                           .astype(np.uint8))


def render(path: Path) -> PhotoResult:
    return render_photo(PhotoJob(path, path.name, display_sizes=SCREENS, tile_size=256))


def render_rgb(path: Path, monkeypatch: pytest.MonkeyPatch) -> PhotoResult:
    with monkeypatch.context() as m:
        m.setattr(planes, "fits", lambda _im: False)
        return render(path)


def pixels(data: bytes) -> np.ndarray:
    return np.asarray(Image.open(io.BytesIO(data)).convert("RGB"), dtype=np.float64)


def psnr(a: np.ndarray, b: np.ndarray) -> float:
    mse = float(((a - b) ** 2).mean())
    return 99.0 if mse == 0 else 10 * float(np.log10(255**2 / mse))


@pytest.mark.parametrize("size", [(1600, 1067), (1001, 667), (777, 1203)],
                         ids=["even", "odd-width", "portrait-odd"])
def test_planes_path_matches_the_rgb_path(tmp_path: Path, size: tuple[int, int],
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "p.jpg"
    textured(size).save(path, quality=92)  # Pillow's default: 4:2:0
    with Image.open(path) as im:
        assert planes.fits(im)
    fast, slow = render(path), render_rgb(path, monkeypatch)
    assert (fast.width, fast.height, fast.max_level) == (slow.width, slow.height, slow.max_level)
    assert [t[:3] for t in fast.tiles] == [t[:3] for t in slow.tiles]
    assert [r[:2] for r in fast.renditions] == [r[:2] for r in slow.renditions]
    for (_, _, fast_jpeg), (_, _, slow_jpeg) in zip(fast.renditions, slow.renditions,
                                                    strict=True):
        assert psnr(pixels(fast_jpeg), pixels(slow_jpeg)) > 36
    for a_tile, b_tile in zip(fast.tiles, slow.tiles, strict=True):
        a, b = pixels(a_tile[3]), pixels(b_tile[3])
        assert a.shape == b.shape, a_tile[:3]
        if a.shape[0] * a.shape[1] >= 64 * 64:  # tiny levels are all JPEG noise
            assert psnr(a, b) > 33, a_tile[:3]
    assert pixels(fast.thumbnail).shape == pixels(slow.thumbnail).shape
    assert psnr(pixels(fast.thumbnail), pixels(slow.thumbnail)) > 33
    assert pixels(fast.placeholder).shape == pixels(slow.placeholder).shape


def test_planes_path_is_taken_and_keeps_the_colours(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "halves.jpg"
    im = Image.new("RGB", (1200, 800), (200, 30, 40))
    im.paste((20, 60, 210), (600, 0, 1200, 800))
    im.save(path, quality=95)
    decoded: list[Path] = []
    real = planes.decode_planes

    def spy(p: Path, size: tuple[int, int]) -> planes.Planes:
        decoded.append(p)
        return real(p, size)

    monkeypatch.setattr(planes, "decode_planes", spy)
    r = render(path)
    assert decoded == [path]
    out = Image.open(io.BytesIO(r.renditions[-1][2])).convert("RGB")
    left, right = out.getpixel((100, 300)), out.getpixel((out.width - 100, 300))
    assert isinstance(left, tuple) and isinstance(right, tuple)
    assert max(abs(c - e) for c, e in zip(left, (200, 30, 40), strict=True)) <= 4
    assert max(abs(c - e) for c, e in zip(right, (20, 60, 210), strict=True)) <= 4


def _save(tmp_path: Path, name: str, im: Image.Image, **kw: object) -> Path:
    path = tmp_path / name
    im.save(path, **kw)  # type: ignore[arg-type]
    return path


def test_what_the_planes_path_leaves_to_the_rgb_path(tmp_path: Path) -> None:
    from PIL import ImageCms

    rgb = textured((320, 240))
    rotated = Image.Exif()
    rotated[0x0112] = 6
    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    cases = {
        "plain 4:2:0": (_save(tmp_path, "a.jpg", rgb, quality=90), True),
        "progressive": (_save(tmp_path, "b.jpg", rgb, quality=90, progressive=True), True),
        "sRGB profile": (_save(tmp_path, "c.jpg", rgb, icc_profile=srgb), True),
        "4:4:4": (_save(tmp_path, "d.jpg", rgb, subsampling=0), False),
        "4:2:2": (_save(tmp_path, "e.jpg", rgb, subsampling=1), False),
        "grey": (_save(tmp_path, "f.jpg", rgb.convert("L")), False),
        "CMYK": (_save(tmp_path, "g.jpg", rgb.convert("CMYK")), False),
        "turned by EXIF": (_save(tmp_path, "h.jpg", rgb, exif=rotated), False),
        "other profile": (_save(tmp_path, "i.jpg", rgb, icc_profile=swapped_rgb_profile()),
                          False),
        "PNG": (_save(tmp_path, "j.png", rgb), False),
    }
    for what, (path, expected) in cases.items():
        with Image.open(path) as im:
            assert planes.fits(im) is expected, what


def test_a_jpeg_coded_in_rgb_is_not_taken_for_ycbcr(tmp_path: Path) -> None:
    path = _save(tmp_path, "rgb.jpg", textured((320, 240)), quality=90)
    data = bytearray(path.read_bytes())
    # Rename the components 1, 2, 3 to R, G, B in the frame and scan headers:
    # libjpeg then reads the three planes as red, green and blue.
    sof, sos = data.index(b"\xff\xc0"), data.index(b"\xff\xda")
    for offset, name in zip((10, 13, 16), b"RGB", strict=True):
        data[sof + offset] = name
    for offset, name in zip((5, 7, 9), b"RGB", strict=True):
        data[sos + offset] = name
    path.write_bytes(bytes(data))
    with Image.open(path) as im:
        assert [c[0] for c in im.layer] == list(b"RGB")  # type: ignore[attr-defined]
        assert not planes.fits(im)


def test_truncated_jpeg_on_the_planes_path_is_refused(tmp_path: Path) -> None:
    path = _save(tmp_path, "cut.jpg", textured((800, 600)), quality=90)
    with Image.open(path) as im:
        assert planes.fits(im)  # the header is whole
    path.write_bytes(path.read_bytes()[:20_000])
    with pytest.raises(PhotoError, match="damaged or truncated"):
        render(path)


def test_without_the_codecs_every_photo_takes_the_rgb_path(tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch
                                                           ) -> None:
    path = _save(tmp_path, "a.jpg", textured((900, 600)), quality=90)
    monkeypatch.setattr(planes, "_decoder", lambda: None)
    with Image.open(path) as im:
        assert not planes.fits(im)
    r = render(path)
    assert (r.width, r.height) == (900, 600) and r.renditions
