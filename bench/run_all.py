"""Run every benchmark, one after another, each recording its own section of
docs/benchmarks.md.

    python bench/run_all.py [--quick] [--only build ui audio soak]

Each benchmark runs in its own process (they measure start-up and RSS, so
they must not share one). ``--quick`` runs a short soak (2,000 changes
instead of 20,000, about two minutes instead of twenty) and records it too,
so say so if you publish those numbers. The bundle benchmark needs a built
bundle and is run by ``make bench-bundle``. Run on an otherwise idle machine:
each section records the load average it saw.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def commands(quick: bool) -> dict[str, list[str]]:
    soak = ["--changes", "2000"] if quick else []
    return {
        "build": [str(HERE / "bench_build.py"), "-n", "12", "36"],
        "ui": [str(HERE / "bench_ui.py")],
        "audio": [str(HERE / "bench_audio.py")],
        "soak": [str(HERE / "soak.py"), *soak],
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="a short soak (2,000 changes)")
    ap.add_argument("--only", nargs="+", choices=sorted(commands(False)),
                    help="run only these benchmarks")
    args = ap.parse_args(argv)
    failed: list[str] = []
    for name, command in commands(args.quick).items():
        if args.only and name not in args.only:
            continue
        print(f"== {name}: {' '.join(Path(c).name for c in command)}", flush=True)
        started = time.monotonic()
        code = subprocess.call([sys.executable, *command])
        print(f"== {name}: exit {code} after {time.monotonic() - started:.0f} s", flush=True)
        if code != 0:
            failed.append(name)
    if failed:
        print(f"failed: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
