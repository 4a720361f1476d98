"""Visitor UI benchmarks: tap → next photo, start-up to the first attract frame,
and memory with a 1,000-item package. Offscreen, software renderer.

    python bench/bench_ui.py [--items 1000] [--taps 40] [--no-record]

Numbers go to docs/benchmarks.md (section "ui").
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SCREEN = (1920, 1080)
DISTINCT_PHOTOS = 24


def _photo(seed: int, size: tuple[int, int]) -> bytes:
    """A photo-like JPEG (gradients and noise), so decoding costs what a real one does."""
    from PIL import Image, ImageFilter

    w, h = size
    noise = Image.effect_noise((w // 4, h // 4), 60 + seed).resize(size)
    base = Image.linear_gradient("L").resize(size).rotate(seed * 15, expand=False)
    img = Image.merge("RGB", (noise, base, Image.blend(noise, base, 0.5)))
    img = img.filter(ImageFilter.GaussianBlur(1))
    out = io.BytesIO()
    img.save(out, "JPEG", quality=85)
    return out.getvalue()


def make_bench_package(path: Path, items: int = 1000, sections: int = 10) -> Path:
    """``items`` photo items over ``sections``: 1920x1080 and 960x540 renditions
    (a few distinct images, each item its own media row), no tiles."""
    from kiosk.package.writer import PackageWriter

    if path.exists():
        return path
    full = [_photo(i, SCREEN) for i in range(DISTINCT_PHOTOS)]
    half = [_photo(i, (960, 540)) for i in range(DISTINCT_PHOTOS)]
    thumbs = [_photo(i, (320, 180)) for i in range(DISTINCT_PHOTOS)]
    with PackageWriter(path) as w:
        w.set_exhibition(uid="bench", version="1", languages=["en", "ur"],
                         default_language="en", title={"en": "Benchmark", "ur": "بینچ مارک"})
        ids = [w.add_section(position=s, slug=f"s{s}", title={"en": f"Section {s}"},
                             introduction={"en": "Introduction."}) for s in range(sections)]
        for n in range(items):
            k = n % DISTINCT_PHOTOS
            media = w.add_media(width=1920, height=1080, thumbnail=thumbs[k],
                                placeholder=thumbs[k], renditions=[(960, 540, half[k]),
                                                                   (1920, 1080, full[k])],
                                tiles=[], tile_size=512, max_level=0)
            w.add_item(section_id=ids[n * sections // items], position=n, slug=f"i{n}",
                       kind="photo", media_id=media, title={"en": f"Photo {n}"},
                       caption={"en": "A caption of a sensible length for a photograph."},
                       credit={"en": "Bench archive"}, date="2001")
        return w.commit()


def rss_mib() -> float:
    import psutil

    return float(psutil.Process().memory_info().rss) / 2**20


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def tap_to_photo(package: Path, taps: int, preloaded: bool) -> list[float]:
    """Milliseconds from the release of a real touch on "next" to the frame
    (frameSwapped) that shows the new photo, loaded, fully in place."""
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtTest import QTest

    from kiosk.package.reader import Package
    from kiosk.ui.app import compose
    from kiosk.ui.settle import current_item, find_items, settle, wait_until

    app = compose(Package.open(package), size=SCREEN, animations=False)
    window, bridge = app.window, app.bridge
    bridge.set_preload(preloaded)
    device = QTest.createTouchDevice()
    wait_until(lambda: bool(bridge.ready), 30)
    app.session.touch()
    bridge.chooseLanguage("en")
    bridge.openSection(0, 0)
    settle(window)
    bridge.nextSlide()
    settle(window)
    button = next(b for b in find_items(window, "next") if b.isVisible())
    at = button.mapToScene(QPointF(button.width() / 2, button.height() / 2)).toPoint()
    times: list[float] = []
    swapped: list[float] = []
    window.frameSwapped.connect(lambda: swapped.append(time.perf_counter()))

    def shown() -> bool:
        slide = current_item(window, "zoomView")
        photo = [p for p in find_items(window, "photo") if slide and slide.isAncestorOf(p)]
        return bool(photo) and photo[0].property("paintedWidth") > 0 and \
            _ready(photo[0])

    count = bridge.slides_model.rowCount()
    for i in range(taps):
        if bridge.slideIndex >= count - 1:
            bridge.showSlide(0)
        if not preloaded:
            app.images.cache.clear()
        settle(window)
        target = bridge.slideIndex + 1
        QTest.touchEvent(window, device).press(0, QPoint(at), window).commit()
        QTest.touchEvent(window, device).release(0, QPoint(at), window).commit()
        t0 = time.perf_counter()
        swapped.clear()
        ok = wait_until(lambda t=target, start=t0: (  # type: ignore[misc]
            bridge.slideIndex == t and shown() and bool(swapped) and swapped[-1] > start), 5)
        if not ok:
            raise RuntimeError(f"tap {i}: the photo did not appear")
        # The frame that showed it: the first swap after the photo became ready.
        times.append((swapped[-1] - t0) * 1000)
    app.close()
    return times


def _ready(image_item: object) -> bool:
    from kiosk.ui.settle import LOADING, _status

    status = _status(image_item)  # type: ignore[arg-type]
    return status != LOADING and status >= 0


def memory(package: Path, changes: int) -> dict[str, float]:
    """RSS after start, after browsing every section, and after ``changes`` slide changes."""
    from kiosk.package.reader import Package
    from kiosk.ui.app import compose
    from kiosk.ui.settle import settle, wait_until

    out = {"before": rss_mib()}
    app = compose(Package.open(package), size=SCREEN, animations=False)
    bridge = app.bridge
    wait_until(lambda: bool(bridge.ready), 60)
    settle(app.window)
    out["attract"] = rss_mib()
    app.session.touch()
    bridge.chooseLanguage("en")
    settle(app.window)
    out["overview"] = rss_mib()
    sections = bridge.sections_model.rowCount()
    for n in range(changes):
        if n % 50 == 0:
            bridge.openSection((n // 50) % sections, 0)
        else:
            bridge.nextSlide()
        settle(app.window)
    out["browsing"] = rss_mib()
    app.close()
    return out


def startup(package: Path, runs: int) -> list[float]:
    """Seconds from exec of ``kiosk run`` to the first frame showing an attract photo."""
    exe = Path(sys.executable).parent / "kiosk"
    env = dict(os.environ, KIOSK_STARTUP_MARKER="1")
    times = []
    for _ in range(runs):
        t0 = time.monotonic()
        proc = subprocess.Popen([str(exe), "run", str(package), "--windowed", "--size",
                                 f"{SCREEN[0]}x{SCREEN[1]}"], stdout=subprocess.PIPE,
                                stderr=subprocess.DEVNULL, env=env, text=True)
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.startswith("KIOSK_FIRST_PHOTO_FRAME"):
                times.append(float(line.split()[1]) - t0)
                break
        proc.kill()
        proc.wait()
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=1000)
    parser.add_argument("--taps", type=int, default=40)
    parser.add_argument("--changes", type=int, default=300)
    parser.add_argument("--no-record", action="store_true")
    args = parser.parse_args()
    from PySide6.QtGui import QGuiApplication

    from kiosk.ui.fonts import register_fonts

    work = Path(tempfile.gettempdir()) / "kiosk-bench-ui"
    work.mkdir(exist_ok=True)
    t = time.monotonic()
    package = make_bench_package(work / f"bench-{args.items}.exhibit", args.items)
    print(f"package: {package} ({package.stat().st_size / 2**20:.0f} MiB, "
          f"{time.monotonic() - t:.1f} s)")
    first = startup(package, 1)
    warm = startup(package, 5)
    print(f"start-up: first {first[0]:.3f} s, warm median {statistics.median(warm):.3f} s")
    app = QGuiApplication(sys.argv[:1])
    register_fonts()
    mem = memory(package, args.changes)
    print("RSS MiB:", {k: round(v) for k, v in mem.items()})
    pre = tap_to_photo(package, args.taps, preloaded=True)
    cold = tap_to_photo(package, args.taps, preloaded=False)
    for name, values in (("preloaded", pre), ("not preloaded", cold)):
        print(f"tap → next photo, {name}: p50 {percentile(values, 0.5):.1f} ms, "
              f"p90 {percentile(values, 0.9):.1f} ms, max {max(values):.1f} ms")
    del app
    p50, p90 = (lambda v: f"{percentile(v, .5):.1f}"), (lambda v: f"{percentile(v, .9):.1f}")
    warm_median = statistics.median(warm)
    body = f"""
{args.items}-item package, {SCREEN[0]}x{SCREEN[1]} window, offscreen software renderer.

| what | measured | budget |
|---|---|---|
| tap → next, preloaded (p50/p90, n={len(pre)}) | {p50(pre)} / {p90(pre)} ms | p90 ≤ 16.7 ms |
| tap → next, not preloaded (p50/p90, n={len(cold)}) | {p50(cold)} / {p90(cold)} ms | p90 ≤ 35 ms |
| process start → first attract frame with a photo, first run | {first[0]:.2f} s | ≤ 0.8 s cold |
| process start → first attract frame, warm (median of {len(warm)}) | {warm_median:.2f} s | |
| RSS after start (attract loop) | {mem['attract']:.0f} MiB | |
| RSS after {args.changes} slide changes over all sections | {mem['browsing']:.0f} MiB | ≤ 250 MiB |

Tap latency: from the release of a real QTest touch on the "next" arrow to the
`frameSwapped` after which the new photo is loaded and in place (transitions
off, so the photo is fully on screen in that frame). "Not preloaded": the
decoded-image cache is cleared before each tap and neighbours are not
instantiated, so each tap reads and decodes a 1920×1080 JPEG. Start-up is
timed from `exec` of `kiosk run` to a marker printed at the first
`frameSwapped` after the attract loop shows its first photo; the page cache
could not be dropped here, so "first run" is only the first run of this
script, not a cold boot.
"""
    if not args.no_record:
        from _record import record

        record("ui", "Visitor UI", body)
    return 0


if __name__ == "__main__":
    sys.exit(main())
