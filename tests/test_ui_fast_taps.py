"""Fast taps with asynchronous image loading must never deadlock (image provider
vs. GIL lock-order inversion). Runs in a subprocess with a timeout."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from package_factory import noisy_jpeg

from kiosk.package.writer import PackageWriter

SCRIPT = Path(__file__).with_name("fast_taps.py")


def photo(seed: int) -> bytes:
    return noisy_jpeg((1600, 900), (320, 180), 30 + seed, quality=85)


@pytest.fixture(scope="module")
def taps_package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("taps") / "taps.exhibit"
    images = [photo(i) for i in range(8)]
    with PackageWriter(path) as w:
        w.set_exhibition(uid="taps", version="1", languages=["en"], default_language="en",
                         title={"en": "Taps"})
        section = w.add_section(position=0, slug="s", title={"en": "S"})
        for n in range(40):
            data = images[n % len(images)]
            media = w.add_media(width=1600, height=900, thumbnail=data, placeholder=data,
                                renditions=[(1600, 900, data)], tiles=[], tile_size=512,
                                max_level=0)
            w.add_item(section_id=section, position=n, slug=f"i{n}", kind="photo",
                       media_id=media, title={"en": f"Photo {n}"})
        return w.commit()


@pytest.mark.timeout(120)
def test_two_hundred_fast_taps_do_not_deadlock(taps_package: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_QUICK_BACKEND="software")
    try:
        done = subprocess.run([sys.executable, str(SCRIPT), str(taps_package), "200"],
                              env=env, capture_output=True, text=True, timeout=60)
    except subprocess.TimeoutExpired as e:
        pytest.fail(f"fast taps hung (deadlock?): {e.stderr!r}"[-2000:])
    assert done.returncode == 0, done.stderr[-2000:]
    assert "fast taps done: 200" in done.stdout
