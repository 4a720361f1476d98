"""``kiosk validate PKG [--json]``: exit 0 when the package is sound, 1 when not.

The checks live in :mod:`kiosk.package.validate`; this adds the one that
needs the build side (font coverage) and prints the report for people or,
with ``--json``, for tools (format in docs/package-format.md).
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from rich.console import Console
from rich.progress import (
    BarColumn,
    DownloadColumn,
    Progress,
    TextColumn,
    TimeRemainingColumn,
    TransferSpeedColumn,
)
from rich.text import Text

from kiosk.build.fonts import default_fonts_dir, package_coverage, shipped_fonts
from kiosk.package.reader import Package
from kiosk.package.validate import ExtraCheck, Problem, Report, validate

log = logging.getLogger(__name__)


def font_coverage_check(fonts_dir: Path | None = None) -> ExtraCheck:
    """A validate check: characters no shipped font draws are errors (visitors see boxes)."""

    def font_coverage(package: Package, report: Report) -> None:
        if not shipped_fonts(fonts_dir):
            report.error("fonts", "kiosk", f"no fonts found in {fonts_dir or default_fonts_dir()}"
                         "; cannot check which characters can be shown.")
            return
        for found in package_coverage(package, fonts_dir):
            report.error("uncovered-characters", found.location,
                         f"no shipped font draws {found.characters()}; visitors would see "
                         "empty boxes.",
                         field=found.field, language=found.language)

    return font_coverage


def validate_command(args: argparse.Namespace) -> int:
    path = Path(args.package)
    as_json = bool(getattr(args, "json", False))
    try:
        with _progress(enabled=not as_json and sys.stderr.isatty()) as progress:
            report = validate(path, progress=progress, extra_checks=[font_coverage_check()])
    except Exception as e:  # a bug in a check: say so, without a traceback for the user
        log.debug("validate crashed", exc_info=True)
        report = Report(path)
        report.error("internal", "kiosk", f"validation stopped by an internal error: {e!r}")
    if as_json:
        print(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
    else:
        print_report(report, Console(highlight=False, soft_wrap=True))
    return 0 if report.ok else 1


@contextmanager
def _progress(*, enabled: bool) -> Iterator[Callable[[int, int], None] | None]:
    if not enabled:
        yield None
        return
    bar = Progress(TextColumn("validating"), BarColumn(), DownloadColumn(),
                   TransferSpeedColumn(), TimeRemainingColumn(),
                   console=Console(stderr=True), transient=True)
    task = bar.add_task("blobs", total=None)
    with bar:
        yield lambda done, total: bar.update(task, completed=done, total=total)


def print_report(report: Report, console: Console) -> None:
    c = report.checked
    if c:
        console.print(Text(
            f"{report.path}: checked {c.get('blobs', 0)} blobs "
            f"({_bytes(c.get('bytes', 0))}), {c.get('images', 0)} images, "
            f"{c.get('tiles', 0)} tiles, {c.get('cues', 0)} cues, {c.get('texts', 0)} texts."))
    translations = [p for p in report.warnings if p.code == "missing-translation"]
    others = [p for p in report.warnings if p.code != "missing-translation"]
    _print_problems(console, "Errors", report.errors, "red")
    _print_problems(console, "Warnings", others, "yellow")
    if translations:
        console.print(Text(f"Missing translations ({len(translations)}; the default "
                           "language is shown instead):", style="bold yellow"))
        grouped: dict[tuple[str, str], list[str]] = {}
        for p in translations:
            grouped.setdefault((p.location, p.field), []).append(p.language)
        for (location, field), langs in grouped.items():
            console.print(Text(f"  {location} {field}: {', '.join(langs)}"))
    verdict = "sound" if report.ok else "NOT SOUND"
    console.print(Text(f"{verdict}: {_n(len(report.errors), 'error')}, "
                       f"{_n(len(report.warnings), 'warning')}.",
                       style="bold green" if report.ok else "bold red"))


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def _print_problems(console: Console, title: str, problems: list[Problem], style: str) -> None:
    if not problems:
        return
    console.print(Text(f"{title} ({len(problems)}):", style=f"bold {style}"))
    for p in problems:
        where = " ".join(x for x in (p.location, p.field, f"[{p.language}]" if p.language else "")
                         if x)
        line = Text("  ")
        line.append(where, style=style)
        line.append(f"  {p.message}")
        console.print(line)


def _bytes(n: int) -> str:
    size = float(n)
    for unit in ("B", "KiB", "MiB", "GiB"):
        if size < 1024 or unit == "GiB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{n} B"
