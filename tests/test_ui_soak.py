"""A short soak: 500 slide changes leave RSS, threads and open files flat."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from package_factory import noisy_jpeg

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

from soak import soak

from kiosk.package.writer import PackageWriter


def photo(seed: int) -> bytes:
    """A 1920x1080 JPEG that costs a real decode."""
    return noisy_jpeg((1920, 1080), (480, 270), 40 + seed, quality=80)


@pytest.fixture(scope="module")
def soak_package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("soak") / "soak.exhibit"
    images = [photo(i) for i in range(6)]
    with PackageWriter(path) as w:
        w.set_exhibition(uid="soak", version="1", languages=["en"], default_language="en",
                         title={"en": "Soak"})
        sections = [w.add_section(position=s, slug=f"s{s}", title={"en": f"S{s}"})
                    for s in range(4)]
        for n in range(60):
            data = images[n % len(images)]
            media = w.add_media(width=1920, height=1080, thumbnail=data, placeholder=data,
                                renditions=[(1920, 1080, data)], tiles=[], tile_size=512,
                                max_level=0)
            w.add_item(section_id=sections[n % 4], position=n, slug=f"i{n}", kind="photo",
                       media_id=media, title={"en": f"Photo {n}"})
        return w.commit()


def test_five_hundred_slide_changes_stay_flat(qapp: object, soak_package: Path) -> None:
    result = soak(soak_package, 500, samples=10)
    rss, threads, files = result.growth()
    assert threads == 0, result.samples
    assert files == 0, result.samples
    assert abs(rss) < 20, result.samples
    assert result.rss_spread() < 40, result.samples
