"""Benchmark ``kiosk build`` on 24-megapixel JPEGs against ``vips dzsave``.

Generates N synthetic 6000x4000 photos (gradients, mid-frequency texture and
grain, so they compress like real photographs: ~7-10 MB each), builds a
package from them on every core, and samples the RSS of this process and its
workers. Then tiles the same photos with ``vips dzsave`` (512 px JPEG tiles,
no overlap) one after another and two at a time, as the reference.

    .venv/bin/python bench/bench_build.py [-n 12 [36 ...]] [--jobs 0] [--repeat 2] [--no-record]
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import psutil
from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _record import record

from kiosk.build.images import TILE_QUALITY, TILE_SIZE

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / "build" / "bench-photos"
SIZE = (6000, 4000)


def synthetic_photo(path: Path, seed: int) -> Path:
    if path.exists():
        return path
    w, h = SIZE
    rng = np.random.default_rng(seed)
    coarse = Image.fromarray(rng.integers(0, 256, (h // 100, w // 100, 3), dtype=np.uint8))
    texture = Image.fromarray(rng.integers(0, 256, (h // 8, w // 8, 3), dtype=np.uint8))
    base = (np.asarray(coarse.resize(SIZE, Image.Resampling.BICUBIC), dtype=np.int16) * 3
            + np.asarray(texture.resize(SIZE, Image.Resampling.BILINEAR), dtype=np.int16)) // 4
    grain = rng.integers(-10, 11, (h, w, 1), dtype=np.int16)
    tmp = path.with_suffix(".tmp")
    Image.fromarray(np.clip(base + grain, 0, 255).astype(np.uint8)).save(tmp, "JPEG",
                                                                          quality=92)
    tmp.replace(path)
    return path


def make_photos(n: int) -> list[Path]:
    CACHE.mkdir(parents=True, exist_ok=True)
    paths = [CACHE / f"photo-{i:03d}.jpg" for i in range(n)]
    with ProcessPoolExecutor(2) as pool:
        return list(pool.map(synthetic_photo, paths, range(n)))


def write_exhibition(folder: Path, photos: list[Path]) -> None:
    (folder / "photos").mkdir(parents=True)
    items = []
    for i, p in enumerate(photos):
        # A hard link, not a symlink: the build refuses links out of the folder.
        (folder / "photos" / p.name).hardlink_to(p)
        items.append(f'[[section.item]]\nid = "p{i}"\nimage = "photos/{p.name}"\n'
                     f'title.en = "Photo {i}"\nalt.en = "Synthetic texture {i}"\n')
    (folder / "exhibition.toml").write_text(
        '[exhibition]\nid = "bench"\nversion = "1.0.0"\nlanguages = ["en"]\n'
        'title.en = "Benchmark"\n\n[[section]]\nid = "all"\ntitle.en = "All"\n\n'
        + "\n".join(items), encoding="utf-8")


class TreeSampler:
    """Follows a process and its descendants every 100 ms: each one's own peak RSS.

    The kernel keeps each process's peak (``VmHWM``), so nothing is missed between
    samples; their sum is an upper bound of the tree's peak. CPU time comes from
    ``getrusage`` once the tree has been waited for (:func:`kiosk_build`), not from
    sampling. Kept cheap on purpose: a sampler walking ``/proc`` every 20 ms took a
    tenth of a core from the build it measured.
    """

    def __init__(self, root: psutil.Process) -> None:
        self.root = root
        self.peaks: dict[int, int] = {}
        self.main_cpu = 0.0
        self.cpu_total = 0.0  # set by kiosk_build
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    @property
    def peak_main(self) -> int:
        return self.peaks.get(self.root.pid, 0)

    @property
    def peak_worker(self) -> int:
        return max((v for pid, v in self.peaks.items() if pid != self.root.pid), default=0)

    @property
    def peak_total(self) -> int:
        return sum(self.peaks.values())

    def __enter__(self) -> TreeSampler:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.wait(0.1):
            try:
                tree = [self.root, *self.root.children(recursive=True)]
                times = self.root.cpu_times()
                self.main_cpu = times.user + times.system
            except psutil.NoSuchProcess:
                return
            for proc in tree:
                peak = _peak_rss(proc.pid)
                if peak:
                    self.peaks[proc.pid] = max(self.peaks.get(proc.pid, 0), peak)


def _peak_rss(pid: int) -> int:
    """``VmHWM`` of ``pid`` in bytes (0 if it has gone)."""
    try:
        with open(f"/proc/{pid}/status", "rb") as f:
            for line in f:
                if line.startswith(b"VmHWM:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError):
        pass
    return 0


def kiosk_build(folder: Path, out: Path, jobs: int) -> tuple[float, TreeSampler, str]:
    """Run the real command line, as a curator would; wall seconds, samples, summary."""
    cmd = [str(Path(sys.executable).with_name("kiosk")), "build", str(folder), "-o", str(out),
           "--quiet", "--jobs", str(jobs)]
    start, cpu = time.perf_counter(), _children_cpu()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True)
    with TreeSampler(psutil.Process(proc.pid)) as tree:
        stdout, _ = proc.communicate()
    wall = time.perf_counter() - start
    tree.cpu_total = _children_cpu() - cpu  # the command and the workers it waited for
    if proc.returncode != 0:
        raise SystemExit(f"kiosk build failed ({proc.returncode})")
    return wall, tree, stdout.strip().splitlines()[-1]


def tiles_only_cpu(photos: list[Path]) -> float:
    """CPU seconds per photo for decoding and tiling alone (what dzsave does), one core."""
    from kiosk.build.images import PhotoJob, render_photo

    start = time.process_time()
    for p in photos:
        render_photo(PhotoJob(p, p.name, display_sizes=()))
    return (time.process_time() - start) / len(photos)


def vips(photos: list[Path], out: Path, parallel: int) -> tuple[float, float]:
    """Wall and CPU seconds of ``vips dzsave`` over ``photos``."""
    def one(p: Path) -> None:
        subprocess.run(["vips", "dzsave", str(p), str(out / p.stem), "--tile-size",
                        str(TILE_SIZE), "--overlap", "0", "--suffix", f".jpg[Q={TILE_QUALITY}]"],
                       check=True)

    start, cpu = time.perf_counter(), _children_cpu()
    with ThreadPoolExecutor(parallel) as pool:
        list(pool.map(one, photos))
    return time.perf_counter() - start, _children_cpu() - cpu


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


@dataclass
class Runs:
    """Every interleaved run for one number of photos."""

    n: int
    size: int = 0  # bytes of the package
    builds: list[tuple[float, TreeSampler]] = field(default_factory=list)
    dz: dict[int, list[tuple[float, float]]] = field(default_factory=lambda: {1: [], 2: []})

    def best(self) -> tuple[float, float, float, float, float]:
        """Best wall seconds, least CPU s/photo, and the largest peak RSS (all, main, other)."""
        return (min(b[0] for b in self.builds),
                min(t.cpu_total for _, t in self.builds) / self.n,
                *(max(getattr(t, k) for _, t in self.builds) / 2**20
                  for k in ("peak_total", "peak_main", "peak_worker")))

    def rows(self) -> list[str]:
        n = self.n
        seconds, cpu, peak, main, other = self.best()
        rows = [f"| {n} | `kiosk build`: renditions, thumbnail, placeholder, tiles | "
                f"{seconds:.2f} | {n / seconds:.2f} | {cpu:.2f} | {peak:.0f} MiB (main "
                f"{main:.0f}, largest other {other:.0f}) |"]
        for parallel, how in ((1, "one photo at a time"), (2, "two at a time")):
            if self.dz[parallel]:
                t = min(x[0] for x in self.dz[parallel])
                c = min(x[1] for x in self.dz[parallel]) / n
                rows.append(f"| {n} | `vips dzsave` {how}: tiles only | {t:.2f} | "
                            f"{n / t:.2f} | {c:.2f} | — |")
        return rows

    def verdict(self) -> str:
        n = self.n
        seconds, _, peak, _, _ = self.best()
        best_vips = min((x[0] for runs in self.dz.values() for x in runs), default=None)
        return "; ".join([
            f"{n} photos: {n / seconds:.2f} photos/s ({'met' if n / seconds >= 4 else 'not met'})",
            ("no vips to compare" if best_vips is None else
             f"{'faster' if seconds <= best_vips else 'slower'} than the best `vips dzsave` "
             f"({seconds:.2f} s against {best_vips:.2f} s, which makes no renditions)"),
            f"peak RSS {peak:.0f} MiB ({'met' if peak < 500 else 'not met'})",
        ])


def measure(n: int, repeat: int, jobs: int, has_vips: bool) -> Runs:
    print(f"generating {n} photos of {SIZE[0]}x{SIZE[1]} in {CACHE} (cached)…")
    photos = make_photos(n)
    runs = Runs(n)
    with tempfile.TemporaryDirectory(dir=CACHE.parent) as tmp:
        folder = Path(tmp) / "src"
        write_exhibition(folder, photos)
        for run in range(repeat):
            out = Path(tmp) / f"bench{run}.exhibit"
            seconds, tree, summary = kiosk_build(folder, out, jobs)
            runs.size = out.stat().st_size
            out.unlink()
            runs.builds.append((seconds, tree))
            print(f"{summary}\n  wall {seconds:.2f} s, {tree.cpu_total / n:.2f} CPU "
                  f"s/photo (main process {tree.main_cpu:.2f} s in all), "
                  f"peak RSS {tree.peak_total / 2**20:.0f} MiB, load {os.getloadavg()[0]:.1f}")
            for parallel in (1, 2) if has_vips else ():
                target = Path(tmp) / f"dz{parallel}-{run}"
                target.mkdir()
                runs.dz[parallel].append(vips(photos, target, parallel))
                shutil.rmtree(target)
                t, c = runs.dz[parallel][-1]
                print(f"vips dzsave x{parallel}: {t:.2f} s, {n / t:.2f} photos/s, "
                      f"{c / n:.2f} CPU s/photo")
    return runs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, nargs="+", default=[12],
                    help="number of photos; several give a row each (e.g. -n 12 36)")
    ap.add_argument("--jobs", type=int, default=0, help="worker processes (0 = all cores)")
    ap.add_argument("--repeat", type=int, default=2,
                    help="runs of each, interleaved; the best one counts (other load varies)")
    ap.add_argument("--no-record", action="store_true", help="print only")
    args = ap.parse_args()

    from kiosk.build import planes

    planes_ok = planes.available()
    has_vips = shutil.which("vips") is not None
    load_before = os.getloadavg()[0]
    measured = [measure(n, args.repeat, args.jobs, has_vips) for n in args.n]
    first = measured[0]
    photos = make_photos(first.n)
    mb = sum(p.stat().st_size for p in photos) / first.n / 1e6
    tiles_cpu = tiles_only_cpu(photos[:4])
    print(f"kiosk decode + tiles only, one process: {tiles_cpu:.2f} CPU s/photo")
    load_after = os.getloadavg()[0]

    table = "\n".join([
        *(row for runs in measured for row in runs.rows()),
        f"| 4 | `kiosk` decode + tiles only, one process (for comparison) | — | — | "
        f"{tiles_cpu:.2f} | — |",
    ])
    verdict = ". ".join(runs.verdict() for runs in measured)
    counts = " ".join(str(n) for n in args.n)
    body = f"""\
`bench/bench_build.py -n {counts} --repeat {args.repeat}`: synthetic {SIZE[0]}x{SIZE[1]}
JPEGs (24 MP, {mb:.1f} MB each on average, noise and gradients so they compress
like photographs) built into one package ({first.size / 2**20:.0f} MiB for {first.n}) with
both screen renditions (fits of 1920x1080 and 3840x2160), thumbnail, placeholder
and the whole Deep Zoom pyramid ({TILE_SIZE} px JPEG tiles, q{TILE_QUALITY}) on all cores.
The photos are 4:2:0 JPEGs, like most cameras', so they take the planes path
(`kiosk/build/planes.py`{"" if planes_ok else "; NOT available on this machine, so the RGB path"}).
The real command runs (`kiosk build --quiet`: the wall time includes Python
start-up, the font check and sealing the file). Peak RSS is the sum of each
process's own peak (`VmHWM`, read every 100 ms from `/proc`: the main process
and the workers), an upper bound of the tree's; CPU seconds are the whole
tree's, from `getrusage` (so CPU s/photo includes the fixed costs). The
reference tiles the same photos with `vips dzsave` (same tile size and
quality; no renditions). Runs are interleaved and the best of {args.repeat} counts,
because other work shared the machine (load average {load_before:.1f} before,
{load_after:.1f} after): CPU seconds per photo compare more fairly than wall time.

| photos | what | seconds | photos/s | CPU s/photo | peak RSS |
|---|---|---|---|---|---|
{table}

Targets: at least 4 photos/s and at least as fast as `vips dzsave`; peak RSS
under 500 MiB whatever the number of photos. This run: {verdict}.
"""
    print(body)
    if not args.no_record:
        record("build", "Building packages", body)


if __name__ == "__main__":
    main()
