#!/usr/bin/env python3
"""Collect the interface strings into the .ts catalogues and compile them to .qm.

    python tools/update_translations.py            # merge new strings, drop gone ones, compile
    python tools/update_translations.py --check    # change nothing; exit 1 if anything is stale
    python tools/update_translations.py --add de   # start kiosk_de.ts, then translate it

``pyside6-lupdate`` reads ``qsTr()`` in kiosk/ui/qml and ``tr()``/``translate()``/
``QT_TRANSLATE_NOOP`` in the Python under kiosk/ui; ``pyside6-lrelease`` writes the ``.qm``
files that :mod:`kiosk.ui.translations` loads. New strings arrive "unfinished"
and are left out of the ``.qm`` until a translator fills them in.
"""

from __future__ import annotations

import argparse
import filecmp
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UI_DIR = ROOT / "kiosk" / "ui"
I18N_DIR = UI_DIR / "i18n"
PREFIX = "kiosk_"
SOURCE_LANGUAGE = "en"
QML_DIR = UI_DIR / "qml"
#: What lupdate looks for when it scans QML_DIR. (It skips .py files found by a
#: directory scan, so the Python files are listed one by one: see `sources`.)
EXTENSIONS = "qml,js,mjs"


def qt_tool(name: str) -> str:
    """``pyside6-<name>`` from this interpreter's environment, else from PATH."""
    exe = f"pyside6-{name}"
    beside = Path(sys.executable).parent / exe
    if beside.exists():
        return str(beside)
    found = shutil.which(exe)
    if found is None:
        raise SystemExit(f"{exe} not found: install PySide6 (pip install -e '.[dev]')")
    return found


def catalogues(folder: Path = I18N_DIR) -> list[Path]:
    """Every ``kiosk_<lang>.ts``, sorted."""
    return sorted(folder.glob(f"{PREFIX}*.ts"))


def language_of(ts: Path) -> str:
    """``kiosk_az.ts`` → ``az``."""
    return ts.stem.removeprefix(PREFIX)


def sources() -> list[Path]:
    """The QML folder and every Python file under kiosk/ui."""
    return [QML_DIR, *sorted(p for p in UI_DIR.rglob("*.py") if "__pycache__" not in p.parts)]


def _run(args: Sequence[str]) -> None:
    result = subprocess.run(args, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise RuntimeError(f"{Path(args[0]).name} failed ({result.returncode}):\n"
                           f"{result.stdout}{result.stderr}")


def extract(ts_files: Sequence[Path], *, target_language: str | None = None) -> None:
    """Merge the current source strings into ``ts_files`` (created if missing)."""
    args = [qt_tool("lupdate"), *map(str, sources()), "-extensions", EXTENSIONS,
            "-locations", "none", "-no-obsolete", "-silent", "-source-language", SOURCE_LANGUAGE]
    if target_language:
        args += ["-target-language", target_language]
    _run([*args, "-ts", *map(str, ts_files)])


def release(ts: Path, qm: Path) -> None:
    """Compile one catalogue; unfinished translations stay out (English shows instead)."""
    _run([qt_tool("lrelease"), "-silent", "-nounfinished", str(ts), "-qm", str(qm)])


def stale(folder: Path = I18N_DIR) -> list[str]:
    """What ``update`` would change, in words; empty when everything is current."""
    problems: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        copies = [Path(shutil.copy2(ts, tmp)) for ts in catalogues(folder)]
        if copies:
            extract(copies)
        for ts, copy in zip(catalogues(folder), copies, strict=True):
            if not filecmp.cmp(ts, copy, shallow=False):
                problems.append(f"{ts.name} does not match the source strings")
            qm = ts.with_suffix(".qm")
            fresh = Path(tmp) / qm.name
            release(ts, fresh)
            if not qm.exists():
                problems.append(f"{qm.name} is missing")
            elif not filecmp.cmp(qm, fresh, shallow=False):
                problems.append(f"{qm.name} is older than {ts.name}")
    return problems


def update(folder: Path = I18N_DIR) -> None:
    ts_files = catalogues(folder)
    if not ts_files:
        raise SystemExit(f"no {PREFIX}*.ts in {folder}; start one with --add LANG")
    extract(ts_files)
    for ts in ts_files:
        release(ts, ts.with_suffix(".qm"))
        unfinished = ts.read_text(encoding="utf-8").count('type="unfinished"')
        note = f", {unfinished} to translate" if unfinished else ""
        print(f"{ts.name} → {ts.with_suffix('.qm').name}{note}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--check", action="store_true",
                       help="change nothing; exit 1 if a .ts or .qm is out of date")
    group.add_argument("--add", metavar="LANG", help="start a catalogue for LANG (e.g. de)")
    args = parser.parse_args(argv)
    if args.check:
        problems = stale()
        for problem in problems:
            print(problem, file=sys.stderr)
        if problems:
            print("run: python tools/update_translations.py", file=sys.stderr)
        return 1 if problems else 0
    if args.add:
        ts = I18N_DIR / f"{PREFIX}{args.add.replace('-', '_')}.ts"
        if ts.exists():
            raise SystemExit(f"{ts.name} exists already")
        I18N_DIR.mkdir(parents=True, exist_ok=True)
        extract([ts], target_language=args.add.replace("-", "_"))
    update()
    return 0


if __name__ == "__main__":
    sys.exit(main())
