"""Size of the standalone bundle and its start time to the first frame.

    .venv/bin/python bench/bench_bundle.py [--runs 7] [--cold 3]

Needs ``dist/kiosk/kiosk`` (``python packaging/build_bundle.py``). Builds the
demo with the bundle itself, then starts ``kiosk run`` on it again and again
with an empty environment (offscreen platform, software renderer, as the
budgets in DESIGN.md were measured) and times process start → the first frame
Qt's render loop reports (``qt.scenegraph.time.renderloop``). The same is
measured for the source install (``.venv/bin/kiosk``) for comparison. Cold
runs drop the page cache first (root only). Records into docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
import zlib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _record import drop_caches, record

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "dist" / "kiosk"
EXE = BUNDLE / "kiosk"
SOURCE_EXE = ROOT / ".venv" / "bin" / "kiosk"
WORK = ROOT / "build" / "bench-bundle"
FIRST_FRAME = "Frame rendered"
ENV = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen",
       "QT_QUICK_BACKEND": "software",
       "QT_LOGGING_RULES": "qt.scenegraph.time.renderloop=true"}


def sizes(folder: Path) -> dict[str, int]:
    """Bytes per part of the bundle."""
    internal = folder / "_internal"
    parts = {
        "Qt libraries (incl. FFmpeg, ICU)": internal / "PySide6" / "Qt" / "lib",
        "Qt plugins": internal / "PySide6" / "Qt" / "plugins",
        "Qt QML modules": internal / "PySide6" / "Qt" / "qml",
        "fonts": internal / "assets" / "fonts",
    }
    out = {name: sum(f.stat().st_size for f in p.rglob("*") if f.is_file())
           for name, p in parts.items()}
    total = sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink())
    out["Python, PySide6 bindings, other libraries"] = total - sum(out.values())
    out["total"] = total
    return out


def gzip_size(folder: Path) -> int:
    """Roughly what a download of the bundle costs (every file, gzip -6)."""
    total = 0
    for f in sorted(folder.rglob("*")):
        if f.is_file() and not f.is_symlink():
            z = zlib.compressobj(6)
            with f.open("rb") as fh:
                while chunk := fh.read(1 << 20):
                    total += len(z.compress(chunk))
            total += len(z.flush())
    return total


def first_frame_s(exe: Path, package: Path, home: Path) -> float:
    """Seconds from spawning ``kiosk run`` to Qt's first rendered frame."""
    env = {**ENV, "HOME": str(home)}
    start = time.perf_counter()
    proc = subprocess.Popen([str(exe), "run", str(package), "--windowed", "--size", "1920x1080"],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            text=True, cwd="/")
    try:
        assert proc.stderr is not None
        for line in proc.stderr:
            if FIRST_FRAME in line:
                return time.perf_counter() - start
        raise RuntimeError(f"{exe} exited with {proc.wait()} before its first frame")
    finally:
        proc.kill()
        proc.wait()


def measure(exe: Path, package: Path, runs: int, cold: int) -> tuple[list[float], list[float]]:
    home = WORK / "home"
    home.mkdir(parents=True, exist_ok=True)
    first_frame_s(exe, package, home)  # warm the page cache
    warm = [first_frame_s(exe, package, home) for _ in range(runs)]
    cold_runs = []
    for _ in range(cold):
        if not drop_caches():
            break
        cold_runs.append(first_frame_s(exe, package, home))
    return warm, cold_runs


def fmt(values: list[float]) -> str:
    if not values:
        return "—"
    return f"{statistics.median(values):.2f} s (min {min(values):.2f}, max {max(values):.2f})"


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--runs", type=int, default=7, help="warm starts per program")
    p.add_argument("--cold", type=int, default=3, help="cold starts (root: drops the page cache)")
    args = p.parse_args()
    if not EXE.exists():
        print("no dist/kiosk/kiosk: run `python packaging/build_bundle.py` first", file=sys.stderr)
        return 1
    WORK.mkdir(parents=True, exist_ok=True)
    package = WORK / "demo.exhibit"
    built = subprocess.run([str(EXE), "build", str(ROOT / "exhibitions" / "demo"), "-o",
                            str(package), "--quiet"], env={**ENV, "HOME": str(WORK)}, cwd=ROOT,
                           capture_output=True, text=True, check=False)
    if built.returncode != 0:
        print(built.stderr, file=sys.stderr)
        return 1

    size = sizes(BUNDLE)
    packed = gzip_size(BUNDLE)
    debs = sorted((ROOT / "dist").glob("kiosk_*.deb"))
    rows = [f"| {name} | {value / 2**20:.1f} MiB |" for name, value in size.items()
            if name != "total"]
    rows.append(f"| **total, on disk** | **{size['total'] / 2**20:.1f} MiB** |")
    rows.append(f"| gzip -6 of every file (download estimate) | {packed / 2**20:.1f} MiB |")
    if debs:
        rows.append(f"| {debs[-1].name} (xz) | {debs[-1].stat().st_size / 2**20:.1f} MiB |")

    load = os.getloadavg()[0]
    bundle_warm, bundle_cold = measure(EXE, package, args.runs, args.cold)
    timing = [f"| bundle (`dist/kiosk/kiosk run`) | {fmt(bundle_warm)} | {fmt(bundle_cold)} |"]
    if SOURCE_EXE.exists():
        src_warm, src_cold = measure(SOURCE_EXE, package, args.runs, args.cold)
        timing.append(f"| source (`.venv/bin/kiosk run`) | {fmt(src_warm)} | {fmt(src_cold)} |")

    body = "\n".join([
        "Size of the one-folder PyInstaller bundle `dist/kiosk/` (`packaging/kiosk.spec`):",
        "",
        "| part | size |", "|---|---|", *rows,
        "",
        f"Process start → first frame of `kiosk run` on the demo, 1920×1080, offscreen "
        f"platform, software renderer, empty environment; median of {args.runs} warm starts "
        f"and of {len(bundle_cold)} cold ones (page cache dropped). Budget: ≤ 0.8 s cold. "
        f"Load average when it started: {load:.1f} (other work on the machine makes "
        f"these numbers noisy; compare bundle and source from the same run).",
        "",
        "| program | warm | cold |", "|---|---|---|", *timing,
    ])
    print(body)
    record("bundle", "Standalone bundle", body)
    return 0


if __name__ == "__main__":
    sys.exit(main())
