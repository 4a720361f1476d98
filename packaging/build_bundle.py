#!/usr/bin/env python3
"""Build the one-folder bundle ``dist/kiosk/`` with PyInstaller.

    .venv/bin/python packaging/build_bundle.py [--clean]

Runs PyInstaller from the interpreter that runs this script (the project
venv, with ``pyinstaller`` installed), then smoke-tests the result with an
empty environment (no venv on PATH, no PYTHONPATH): ``kiosk --version``.
Prints the bundle's size. Exit status is PyInstaller's, or 1 if the smoke
test fails.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "kiosk.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
BUNDLE = DIST / "kiosk"
#: What a kiosk has: no venv, no Python of ours, just the system's tools.
CLEAN_ENV = {"PATH": "/usr/bin:/bin", "HOME": "/nonexistent", "LANG": "C.UTF-8"}


def folder_size(folder: Path) -> int:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink())


def smoke_test(bundle: Path) -> bool:
    exe = bundle / "kiosk"
    run = subprocess.run([str(exe), "--version"], env=CLEAN_ENV, capture_output=True,
                         text=True, timeout=60, cwd="/")
    print(f"smoke test: {exe} --version -> {run.returncode}: {run.stdout.strip()}"
          f"{run.stderr.strip()}")
    return run.returncode == 0 and run.stdout.startswith("kiosk ")


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--clean", action="store_true", help="discard PyInstaller's cache first")
    args = p.parse_args()
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        print(f"PyInstaller is not installed for {sys.executable}: "
              f"{sys.executable} -m pip install pyinstaller", file=sys.stderr)
        return 1
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
           "--distpath", str(DIST), "--workpath", str(WORK), str(SPEC)]
    if args.clean:
        cmd.insert(3, "--clean")
    start = time.monotonic()
    code = subprocess.run(cmd, cwd=ROOT).returncode
    if code != 0:
        return code
    took = time.monotonic() - start
    size = folder_size(BUNDLE)
    print(f"built {BUNDLE.relative_to(ROOT)} in {took:.0f} s: {size / 2**20:.0f} MiB")
    return 0 if smoke_test(BUNDLE) else 1


if __name__ == "__main__":
    sys.exit(main())
