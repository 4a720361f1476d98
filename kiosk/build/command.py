"""``kiosk build SRC -o OUT.exhibit``: progress for people, problems without tracebacks."""

from __future__ import annotations

import argparse
import atexit
import gc
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from rich.console import Console
from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)

from kiosk.build.photos import WorkerDied
from kiosk.build.problems import BuildFailed, Problem, Severity

if TYPE_CHECKING:
    from kiosk.build.builder import BuildReport


class _Quiet:
    """No output; once the photos render, the fonts are read for the check after the build."""

    def step(self, text: str) -> None:
        pass

    def photos_started(self, total: int) -> None:
        _read_fonts_meanwhile()

    def photo_done(self, name: str) -> None:
        pass

    def stop(self) -> None:
        pass


class _RichProgress(_Quiet):
    """A bar that advances per photo; other steps print a line above it."""

    def __init__(self, console: Console) -> None:
        self._console = console
        self._bar = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                             TimeElapsedColumn(), TextColumn("{task.fields[name]}"),
                             console=console, transient=True)
        self._task: TaskID | None = None

    def step(self, text: str) -> None:
        self._console.print(f"[dim]{text}…[/dim]")

    def photos_started(self, total: int) -> None:
        super().photos_started(total)
        self._bar.start()
        self._task = self._bar.add_task("Photos", total=total, name="")

    def photo_done(self, name: str) -> None:
        if self._task is not None:
            self._bar.advance(self._task)
            self._bar.update(self._task, name=name)

    def stop(self) -> None:
        self._bar.stop()


def build_command(args: argparse.Namespace) -> int:
    """Exit 0 when built, 1 when the folder has problems (all listed on stderr)."""
    _skip_final_collections()
    from kiosk.build.builder import build_package

    err = Console(stderr=True, highlight=False, soft_wrap=True)
    show_bar = not args.quiet and sys.stdout.isatty()
    progress = _RichProgress(Console(highlight=False)) if show_bar else _Quiet()
    try:
        report = build_package(Path(args.source), Path(args.output), jobs=args.jobs,
                               progress=progress)
    except BuildFailed as failed:
        _print_problems(err, failed.problems.errors + failed.problems.warnings)
        n = len(failed.problems.errors)
        err.print(f"[bold red]Not built:[/] {n} problem{'s' * (n != 1)} to fix in "
                  f"{escape(str(args.source))}; nothing was written.")
        return 1
    except (WorkerDied, OSError) as e:
        err.print(f"[bold red]Not built:[/] {escape(str(e))}; nothing was written.")
        return 1
    finally:
        progress.stop()
    _print_problems(err, list(report.warnings))
    _warn_uncovered(err, Path(args.output))
    print(summary(report))
    return 0


def _skip_final_collections() -> None:
    """Let the process end without its last garbage collections.

    When the interpreter exits it collects garbage several times over every
    object of SQLAlchemy, Pillow and rich (77,000): 0.15 s after the package
    is already in place. Frozen objects are not walked, and the memory goes
    back to the system with the process anyway. Idempotent.
    """
    atexit.unregister(gc.freeze)
    atexit.register(gc.freeze)


def _read_fonts_meanwhile() -> None:
    """Parse the shipped fonts' character maps (0.1 s) on a thread, for :func:`_warn_uncovered`.

    The building thread mostly waits for the photo workers then; after the
    build, the check would add that time to every build.
    """
    def read() -> None:
        from kiosk.build.fonts import covered_codepoints

        covered_codepoints(None)  # the cache key package_coverage() uses

    threading.Thread(target=read, name="read-fonts", daemon=True).start()


def _warn_uncovered(console: Console, output: Path) -> None:
    """Characters no shipped font draws would be empty boxes on the floor; say where."""
    from kiosk.build.fonts import package_coverage
    from kiosk.package import Package, PackageError

    try:
        with Package.open(output) as package:
            found = package_coverage(package)
    except PackageError as e:
        console.print(f"[yellow]warning[/]: could not check fonts: {escape(str(e))}")
        return
    for text in found:
        console.print("[yellow]warning[/]: ", end="")
        console.print(f"{text.describe()}; visitors would see empty boxes. Add a font that "
                      "covers it to assets/fonts, or change the text.", markup=False)


def _print_problems(console: Console, problems: list[Problem]) -> None:
    for p in problems:
        label = "[red]error[/]" if p.severity is Severity.ERROR else "[yellow]warning[/]"
        console.print(f"{label}: ", end="")
        console.print(str(p), markup=False)


def summary(report: BuildReport) -> str:
    size = report.size_bytes / 2**20
    return (f"Built {report.output}: {report.items} items, {report.photos} photos, "
            f"{report.testimonies} testimonies, {size:.1f} MiB in {report.seconds:.1f} s")
