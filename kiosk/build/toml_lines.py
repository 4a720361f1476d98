"""Find the line of a field path in a TOML file, so messages can name it.

``tomllib`` keeps no positions, so this scans the text for table headers and
``key =`` lines. It understands the manifest's shapes (``[[section]]``,
``[[section.item]]``, dotted keys); anything cleverer falls back to the
nearest enclosing table, or to no line at all.
"""

from __future__ import annotations

import re

_HEADER = re.compile(r"^\s*(\[\[?)\s*([A-Za-z0-9_.\-\s\"']+?)\s*\]\]?\s*(?:#.*)?$")
_KEY = re.compile(r"^\s*([A-Za-z0-9_\-]+(?:\s*\.\s*[A-Za-z0-9_\-]+)*)\s*=")


def _table_where(parts: list[str], counters: dict[str, int], is_array: bool) -> str:
    """Build ``section[2].item[3]`` from ``section.item`` and the array counters seen so far."""
    where: list[str] = []
    prefix = ""
    for i, part in enumerate(parts):
        prefix = f"{prefix}.{part}" if prefix else part
        last = i == len(parts) - 1
        if last and is_array:
            counters[prefix] = counters.get(prefix, 0) + 1
            # A new parent entry restarts the numbering of its children.
            for key in [k for k in counters if k.startswith(prefix + ".")]:
                del counters[key]
        n = counters.get(prefix)
        where.append(f"{part}[{n}]" if n else part)
    return ".".join(where)


def locate_lines(text: str) -> dict[str, int]:
    """Map field paths (``section[2].item[3].image``) and table paths to 1-based lines."""
    found: dict[str, int] = {}
    counters: dict[str, int] = {}
    table = ""
    for number, line in enumerate(text.splitlines(), start=1):
        header = _HEADER.match(line)
        if header:
            parts = [p.strip().strip("\"'") for p in header.group(2).split(".")]
            table = _table_where(parts, counters, header.group(1) == "[[")
            found.setdefault(table, number)
            continue
        key = _KEY.match(line)
        if key:
            path = table
            for part in key.group(1).split("."):
                path = f"{path}.{part.strip()}" if path else part.strip()
                found.setdefault(path, number)
    return found


def line_of(lines: dict[str, int], where: str) -> int | None:
    """The line of ``where`` or of the closest enclosing path that has one."""
    path = where
    while path:
        if path in lines:
            return lines[path]
        cut = max(path.rfind("."), path.rfind("["))
        if cut <= 0:
            break
        path = path[:cut]
    return lines.get(path)
