"""Photos: every input format and oddity becomes upright sRGB renditions, tiles and placeholders."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from build_fixtures import photo, swapped_rgb_profile
from PIL import Image

from kiosk.build.images import (
    BACKGROUND,
    PhotoError,
    PhotoJob,
    PhotoResult,
    check_photo,
    fit,
    level_sizes,
    render_photo,
)

SMALL_SCREENS = ((400, 300), (800, 600))


def render(path: Path, **kw: object) -> PhotoResult:
    return render_photo(PhotoJob(path, path.name, display_sizes=SMALL_SCREENS, tile_size=256,
                                 **kw))  # type: ignore[arg-type]


def decode(data: bytes) -> Image.Image:
    im = Image.open(io.BytesIO(data), formats=["JPEG"])
    im.load()
    return im


def tile_count(w: int, h: int, size: int) -> int:
    return sum(-(-lw // size) * -(-lh // size) for lw, lh in level_sizes(w, h))


def assert_complete(r: PhotoResult, size: tuple[int, int]) -> None:
    assert (r.width, r.height) == size
    assert len(r.tiles) == tile_count(*size, r.tile_size)
    assert r.max_level == len(level_sizes(*size)) - 1
    full = [t for t in r.tiles if t[0] == r.max_level]
    assert decode(full[0][3]).size == (min(r.tile_size, size[0]), min(r.tile_size, size[1]))
    assert decode(next(t[3] for t in r.tiles if t[0] == 0)).size == (1, 1)
    for w, h, data in r.renditions:
        im = decode(data)
        assert im.size == (w, h) and im.mode in ("RGB", "L")
        assert "progressive" not in im.info
    assert max(decode(r.thumbnail).size) <= 480
    assert max(decode(r.placeholder).size) == min(32, max(size))


@pytest.mark.parametrize("save", [
    {"quality": 90}, {"quality": 85, "progressive": True},
    {"quality": 85, "subsampling": 0},
], ids=["baseline", "progressive", "444"])
def test_jpeg_variants(tmp_path: Path, save: dict[str, object]) -> None:
    path = photo(tmp_path / "a.jpg", (1000, 700), **save)
    r = render(path)
    assert_complete(r, (1000, 700))
    # Fit 400x300 and 800x600, never enlarged.
    assert [(w, h) for w, h, _ in r.renditions] == [(400, 280), (800, 560)]


def test_cmyk_and_grayscale_jpeg(tmp_path: Path) -> None:
    cmyk = render(photo(tmp_path / "c.jpg", (300, 200), mode="CMYK"))
    assert_complete(cmyk, (300, 200))
    assert decode(cmyk.renditions[0][2]).mode == "RGB"
    grey = render(photo(tmp_path / "g.jpg", (300, 200), mode="L"))
    assert_complete(grey, (300, 200))
    assert decode(grey.renditions[0][2]).mode == "L"


def test_small_photo_is_not_enlarged_and_renditions_deduplicated(tmp_path: Path) -> None:
    r = render(photo(tmp_path / "s.jpg", (320, 200)))
    assert [(w, h) for w, h, _ in r.renditions] == [(320, 200)]


def test_16bit_png_keeps_its_tones(tmp_path: Path) -> None:
    arr = np.tile(np.linspace(0, 65535, 256, dtype=np.uint16), (64, 1))
    path = tmp_path / "deep.png"
    deep = Image.frombytes("I;16", (256, 64), arr.astype("<u2").tobytes())
    assert deep.mode == "I;16"
    deep.save(path)
    r = render(path)
    im = decode(r.renditions[0][2])
    # Dark stays dark, bright stays bright (a naive convert clips all to white).
    assert im.getpixel((2, 32)) < 20  # type: ignore[operator]
    assert im.getpixel((253, 32)) > 235  # type: ignore[operator]


def test_alpha_png_is_flattened_on_grey(tmp_path: Path) -> None:
    im = Image.new("RGBA", (200, 100), (255, 0, 0, 255))
    im.paste((0, 0, 0, 0), (100, 0, 200, 100))
    im.save(tmp_path / "alpha.png")
    out = decode(render(tmp_path / "alpha.png").renditions[0][2])
    left, right = out.getpixel((20, 50)), out.getpixel((180, 50))
    assert isinstance(left, tuple) and isinstance(right, tuple)
    assert left[0] > 240 and left[1] < 20
    assert all(abs(c - b) <= 4 for c, b in zip(right, BACKGROUND, strict=True))


def test_palette_png_with_transparency(tmp_path: Path) -> None:
    im = Image.new("P", (64, 64), 1)
    im.putpalette([0, 0, 0, 0, 200, 0] + [0] * 762)
    im.paste(0, (0, 0, 32, 64))
    im.save(tmp_path / "pal.png", transparency=0)
    out = decode(render(tmp_path / "pal.png").renditions[0][2])
    assert out.mode == "RGB"
    left, right = out.getpixel((5, 32)), out.getpixel((60, 32))
    assert isinstance(left, tuple) and isinstance(right, tuple)
    assert abs(left[0] - BACKGROUND[0]) <= 4 and right[1] > 180


@pytest.mark.parametrize(("name", "save"), [
    ("t.tif", {"compression": "tiff_lzw"}), ("w.webp", {"quality": 90}),
    ("lossless.webp", {"lossless": True}),
])
def test_tiff_and_webp(tmp_path: Path, name: str, save: dict[str, object]) -> None:
    assert_complete(render(photo(tmp_path / name, (600, 400), **save)), (600, 400))


def test_exif_orientation_is_applied(tmp_path: Path) -> None:
    im = Image.new("RGB", (300, 200), (0, 0, 255))
    im.paste((255, 0, 0), (0, 0, 150, 200))  # left half red
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90° clockwise to display
    im.save(tmp_path / "rot.jpg", exif=exif, quality=95)
    r = render(tmp_path / "rot.jpg")
    assert (r.width, r.height) == (200, 300)
    out = decode(r.renditions[-1][2])
    top, bottom = out.getpixel((100, 20)), out.getpixel((100, 280))
    assert isinstance(top, tuple) and isinstance(bottom, tuple)
    assert top[0] > 200 and bottom[2] > 200  # red on top after turning clockwise


def test_icc_profile_is_converted_to_srgb(tmp_path: Path) -> None:
    Image.new("RGB", (64, 64), (220, 0, 0)).save(
        tmp_path / "icc.jpg", icc_profile=swapped_rgb_profile(), quality=95)
    r = render(tmp_path / "icc.jpg")
    out = decode(r.renditions[0][2])
    px = out.getpixel((32, 32))
    assert isinstance(px, tuple) and px[2] > 180 and px[0] < 40  # red in that profile is blue
    assert "icc_profile" not in out.info


def test_srgb_profile_is_left_alone(tmp_path: Path) -> None:
    from PIL import ImageCms
    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    Image.new("RGB", (64, 64), (220, 0, 0)).save(tmp_path / "s.jpg", icc_profile=srgb)
    px = decode(render(tmp_path / "s.jpg").renditions[0][2]).getpixel((32, 32))
    assert isinstance(px, tuple) and px[0] > 200


def test_decompression_bomb_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = photo(tmp_path / "big.png", (120, 100))
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 10_000)
    with pytest.raises(PhotoError, match="too large to open safely"):  # warning range
        check_photo(path)
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 1_000)
    with pytest.raises(PhotoError, match="too large to open safely"):  # error range
        render(path)


def test_text_file_named_jpg_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.jpg"
    path.write_text("this is not a photo\n")
    with pytest.raises(PhotoError, match="not a photo in a supported format"):
        check_photo(path)


def test_format_outside_the_allow_list_is_refused(tmp_path: Path) -> None:
    path = photo(tmp_path / "anim.gif", (50, 50))
    with pytest.raises(PhotoError, match="not a photo in a supported format"):
        render(path)


def test_truncated_jpeg_is_refused(tmp_path: Path) -> None:
    path = photo(tmp_path / "cut.jpg", (400, 300))
    path.write_bytes(path.read_bytes()[:3000])
    with pytest.raises(PhotoError, match="damaged or truncated"):
        render(path)


def test_original_is_kept_on_request(tmp_path: Path) -> None:
    path = photo(tmp_path / "o.png", (80, 60))
    assert render(path).original_mime is None
    assert render(path, keep_original=True).original_mime == "image/png"  # file copied later


def test_level_sizes_follow_deep_zoom() -> None:
    assert level_sizes(6000, 4000)[-1] == (6000, 4000)
    assert level_sizes(6000, 4000)[12] == (3000, 2000)
    assert level_sizes(6000, 4000)[9] == (375, 250)
    assert level_sizes(6000, 4000)[8] == (188, 125)
    assert level_sizes(6000, 4000)[0] == (1, 1)
    assert len(level_sizes(6000, 4000)) == 14
    assert level_sizes(1, 1) == [(1, 1)]


def test_fit_never_enlarges() -> None:
    assert fit((6000, 4000), (1920, 1080)) == (1620, 1080)
    assert fit((6000, 4000), (3840, 2160)) == (3240, 2160)
    assert fit((1000, 500), (1920, 1080)) == (1000, 500)


def test_icc_with_alpha_is_converted_then_flattened(tmp_path: Path) -> None:
    im = Image.new("RGBA", (64, 64), (220, 0, 0, 255))
    im.paste((0, 0, 0, 0), (32, 0, 64, 64))
    im.save(tmp_path / "icc.png", icc_profile=swapped_rgb_profile())
    r = render(tmp_path / "icc.png")
    assert r.warnings == []
    out = decode(r.renditions[0][2])
    left, right = out.getpixel((8, 32)), out.getpixel((56, 32))
    assert isinstance(left, tuple) and isinstance(right, tuple)
    assert left[2] > 180 and left[0] < 40
    assert all(abs(c - b) <= 4 for c, b in zip(right, BACKGROUND, strict=True))


def test_camera_mpo_counts_as_jpeg(tmp_path: Path) -> None:
    first = Image.new("RGB", (64, 48), (10, 120, 200))
    first.save(tmp_path / "cam.jpg", "MPO", save_all=True,
               append_images=[Image.new("RGB", (64, 48))])
    r = render(tmp_path / "cam.jpg", keep_original=True)
    assert r.original_mime == "image/jpeg"
    assert (r.width, r.height) == (64, 48)


@pytest.mark.parametrize("size", [(1600, 1200), (999, 701), (700, 601), (1200, 1600)],
                         ids=["halves", "odd-halves", "half-is-off-by-one", "portrait"])
def test_derived_renditions_have_the_exact_fit_sizes(tmp_path: Path,
                                                     size: tuple[int, int]) -> None:
    # The smaller screen's rendition is the larger one halved when that gives
    # its exact fit, else resized from a pyramid level; either way the fit.
    path = photo(tmp_path / "p.jpg", size, quality=95)
    r = render(path)
    wanted = sorted({fit(size, box) for box in SMALL_SCREENS})
    assert [(w, h) for w, h, _ in r.renditions] == wanted
    with Image.open(path) as source:
        for w, h, data in r.renditions:
            out = decode(data)
            assert out.size == (w, h)
            ref = np.asarray(source.convert("RGB").resize((w, h), Image.Resampling.LANCZOS),
                             dtype=np.float64)
            mse = np.mean((np.asarray(out, dtype=np.float64) - ref) ** 2)
            assert 10 * np.log10(255**2 / mse) > 30  # dB: the same picture, not shifted
    assert decode(r.thumbnail).size == fit(size, (480, 480))
    assert decode(r.placeholder).size == fit(size, (32, 32))


_FAULTS = """
import resource, sys
from pathlib import Path
from kiosk.build.images import PhotoJob, render_photo
from kiosk.build.photos import keep_freed_memory
if sys.argv[2] == "keep":
    assert keep_freed_memory()
job = PhotoJob(Path(sys.argv[1]), "p.jpg")
render_photo(job)  # the first photo maps its memory either way
before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
render_photo(job)
print(resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before)
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc malloc")
def test_workers_reuse_freed_image_memory_instead_of_faulting_it_back(tmp_path: Path) -> None:
    rng = np.random.default_rng(3)
    src = tmp_path / "p.jpg"
    # 4:4:4 chroma: the RGB path (kiosk.build.planes takes 4:2:0 JPEGs, in a
    # third of the memory).
    Image.fromarray(rng.integers(0, 256, (3000, 4000, 3), dtype=np.uint8)).save(
        src, quality=80, subsampling=0)

    def faults(mode: str) -> int:
        out = subprocess.run([sys.executable, "-c", _FAULTS, str(src), mode], check=True,
                             capture_output=True, text=True, timeout=120)
        return int(out.stdout.split()[-1])

    default, kept = faults("default"), faults("keep")
    # 12 MP in Pillow's 4-byte pixels is 48 MB, about 12,000 pages per copy.
    assert default > 10_000
    assert kept < default / 10
