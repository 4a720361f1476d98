"""Write a benchmark's results into its own section of docs/benchmarks.md."""

from __future__ import annotations

import os
import platform
import re
from datetime import UTC, datetime
from pathlib import Path

import psutil

DOC = Path(__file__).resolve().parent.parent / "docs" / "benchmarks.md"


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = psutil.virtual_memory().total / 2**30
    return (f"{cpu}, {psutil.cpu_count()} cores, {mem:.0f} GiB, "
            f"Python {platform.python_version()}, {platform.system()} {platform.release()}")


def record(name: str, title: str, body: str) -> None:
    """Replace the section ``name`` of docs/benchmarks.md with ``body`` (Markdown)."""
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    section = (f"<!-- bench:{name} -->\n## {title}\n\n"
               f"Measured {stamp} on {machine()}.\n\n{body.strip()}\n<!-- /bench:{name} -->")
    text = DOC.read_text(encoding="utf-8") if DOC.exists() else "# Benchmarks\n"
    pattern = re.compile(rf"<!-- bench:{re.escape(name)} -->.*?<!-- /bench:{re.escape(name)} -->",
                         re.S)
    text = pattern.sub(lambda _m: section, text) if pattern.search(text) else (
        text.rstrip() + "\n\n" + section + "\n")
    DOC.write_text(text, encoding="utf-8")
    print(f"recorded in {DOC}")


def drop_caches() -> bool:
    """Empty the page cache, as after a boot, for a cold start; False if not root."""
    try:
        os.sync()
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
        return True
    except OSError:
        return False
