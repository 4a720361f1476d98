"""Soak: thousands of slide changes without real waiting; RSS, threads and open
files must stay flat.

    python bench/soak.py [--changes 20000] [--no-record]

Decoding is synchronous (one decode per change, no sleeping for timers) and
every change is drawn. Samples are taken after a warm-up of 10 %.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


@dataclass
class Sample:
    change: int
    rss_mib: float
    threads: int
    open_files: int


@dataclass
class SoakResult:
    changes: int
    seconds: float
    samples: list[Sample] = field(default_factory=list)

    def growth(self) -> tuple[float, int, int]:
        """RSS (MiB), threads and open files: last sample minus the first after warm-up."""
        first, last = self.samples[0], self.samples[-1]
        return (last.rss_mib - first.rss_mib, last.threads - first.threads,
                last.open_files - first.open_files)

    def rss_spread(self) -> float:
        values = [s.rss_mib for s in self.samples]
        return max(values) - min(values)


def soak(package: Path, changes: int, samples: int = 20) -> SoakResult:
    """Drive ``changes`` slide changes through every section; sample as it goes."""
    import psutil

    from kiosk.package.reader import Package
    from kiosk.ui.app import compose
    from kiosk.ui.settle import next_frame, wait_until

    proc = psutil.Process()
    app = compose(Package.open(package), size=(1920, 1080), animations=False,
                  synchronous=True)
    app.driver.stop()
    bridge = app.bridge
    wait_until(lambda: bool(bridge.ready), 60)
    app.session.touch()
    bridge.chooseLanguage(bridge.languages[0]["tag"])
    sections = bridge.sections_model.rowCount()
    result = SoakResult(changes, 0.0)
    every = max(1, changes // samples)
    warm_up = changes // 10
    start = time.monotonic()
    section = 0
    for n in range(changes):
        if bridge.screen != "slideshow" or bridge.slideIndex >= bridge.slides_model.rowCount() - 1:
            bridge.openSection(section % sections, 0)
            section += 1
        else:
            bridge.nextSlide()
        next_frame(app.window)
        if (n >= warm_up and (n - warm_up) % every == 0) or n == changes - 1:
            result.samples.append(Sample(n, proc.memory_info().rss / 2**20, proc.num_threads(),
                                         len(proc.open_files())))
    result.seconds = time.monotonic() - start
    app.close()
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--changes", type=int, default=20_000)
    parser.add_argument("--items", type=int, default=1000)
    parser.add_argument("--no-record", action="store_true")
    args = parser.parse_args()
    from bench_ui import make_bench_package
    from PySide6.QtGui import QGuiApplication

    work = Path(tempfile.gettempdir()) / "kiosk-bench-ui"
    work.mkdir(exist_ok=True)
    package = make_bench_package(work / f"bench-{args.items}.exhibit", args.items)
    app = QGuiApplication(sys.argv[:1])
    result = soak(package, args.changes)
    del app
    rss, threads, files = result.growth()
    first, last = result.samples[0], result.samples[-1]
    print(f"{result.changes} changes in {result.seconds:.0f} s; RSS {first.rss_mib:.0f} → "
          f"{last.rss_mib:.0f} MiB (spread {result.rss_spread():.1f}), threads {first.threads} → "
          f"{last.threads}, open files {first.open_files} → {last.open_files}")
    if not args.no_record:
        from _record import record

        rows = "\n".join(f"| {s.change} | {s.rss_mib:.0f} | {s.threads} | {s.open_files} |"
                         for s in result.samples)
        record("ui-soak", "Visitor UI soak", f"""
{result.changes} slide changes over a {args.items}-item package, 1920x1080, every
change drawn, synchronous decoding, in {result.seconds:.0f} s. After a 10 % warm-up:
RSS {first.rss_mib:.0f} → {last.rss_mib:.0f} MiB (growth {rss:+.1f} MiB, spread
{result.rss_spread():.1f} MiB), threads {threads:+d}, open files {files:+d}.

| change | RSS MiB | threads | open files |
|---|---|---|---|
{rows}
""")
    return 0 if abs(rss) < 25 and threads == 0 and files == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
