"""Reading typed fields out of the parsed TOML, reporting every mistake found.

A :class:`Fields` wraps one TOML table and its field path. Each getter
returns a usable value (possibly empty) and records a problem when the value
is missing or wrong, so one pass reports everything at once.
"""

from __future__ import annotations

import difflib
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from kiosk.build.model import LangMap
from kiosk.build.problems import Problems
from kiosk.build.toml_lines import line_of
from kiosk.build.values import parse_time_ms

MANIFEST = "exhibition.toml"


@dataclass
class Context:
    """What every field check needs: where to report, the folder, the languages."""

    problems: Problems
    root: Path
    lines: dict[str, int]
    languages: tuple[str, ...] = ()
    extra_languages: frozenset[str] = field(default_factory=frozenset)

    def error(self, where: str, message: str, hint: str = "") -> None:
        self.problems.error(MANIFEST, message, where=where, line=line_of(self.lines, where),
                            hint=hint)

    def warning(self, where: str, message: str, hint: str = "") -> None:
        self.problems.warning(MANIFEST, message, where=where, line=line_of(self.lines, where),
                              hint=hint)


def _kind(value: object) -> str:
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    return type(value).__name__


class Fields:
    """One TOML table at field path ``where``."""

    def __init__(self, ctx: Context, table: dict[str, Any], where: str,
                 known: Collection[str]) -> None:
        self.ctx = ctx
        self.table = table
        self.where = where
        for key in table:
            if key not in known:
                close = difflib.get_close_matches(key, list(known), n=1, cutoff=0.6)
                hint = (f'did you mean "{close[0]}"?' if close
                        else "it is ignored; see docs/manifest.md for the keys")
                ctx.warning(self.at(key), f'unknown key "{key}"', hint)

    def at(self, key: str) -> str:
        return f"{self.where}.{key}" if self.where else key

    def has(self, key: str) -> bool:
        return key in self.table

    def _missing(self, key: str, required: bool, what: str) -> None:
        if required:
            self.ctx.error(self.at(key), f"missing {what}",
                           f"add {key} = … to {self.where or 'the file'}")

    def string(self, key: str, *, required: bool = False, default: str = "") -> str:
        value = self.table.get(key)
        if value is None:
            self._missing(key, required, "text")
            return default
        if not isinstance(value, str):
            self.ctx.error(self.at(key), f"expected text in quotes, found {_kind(value)}",
                           f'write {key} = "…"')
            return default
        if required and not value.strip():
            self.ctx.error(self.at(key), "is empty", "write a value between the quotes")
        return value.strip()

    def boolean(self, key: str, default: bool = False) -> bool:
        value = self.table.get(key, default)
        if not isinstance(value, bool):
            self.ctx.error(self.at(key), f"expected true or false, found {_kind(value)}")
            return default
        return value

    def number(self, key: str, default: float, low: float, high: float) -> float:
        value = self.table.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.ctx.error(self.at(key), f"expected a number, found {_kind(value)}")
            return default
        if not low <= value <= high:
            self.ctx.error(self.at(key), f"{value} is out of range", f"use {low:g} to {high:g}")
            return default
        return float(value)

    def strings(self, key: str) -> list[str]:
        value = self.table.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.ctx.error(self.at(key), "expected a list of texts", f'write {key} = ["…", "…"]')
            return []
        return [v.strip() for v in value]

    def tables(self, key: str) -> Iterator[tuple[str, dict[str, Any]]]:
        """Each entry of a list of tables with its field path."""
        value = self.table.get(key, [])
        if isinstance(value, dict):
            value = [value]
        if not isinstance(value, list):
            self.ctx.error(self.at(key), f"expected a list of tables, found {_kind(value)}")
            return
        for i, entry in enumerate(value, start=1):
            where = f"{self.at(key)}[{i}]"
            if isinstance(entry, dict):
                yield where, entry
            else:
                self.ctx.error(where, f"expected a table {{ … }}, found {_kind(entry)}")

    def table_at(self, key: str) -> dict[str, Any] | None:
        value = self.table.get(key)
        if value is None:
            return None
        if not isinstance(value, dict):
            self.ctx.error(self.at(key), f"expected a table, found {_kind(value)}")
            return None
        return value

    def text(self, key: str, *, required: bool = False) -> LangMap:
        """A language map, or a plain string meaning the same text in every language."""
        value = self.table.get(key)
        where = self.at(key)
        if value is None:
            self._missing(key, required, "text")
            return {}
        if isinstance(value, str):
            if required and not value.strip():
                self.ctx.error(where, "is empty")
            return {lang: value.strip() for lang in self.ctx.languages} if value.strip() else {}
        if not isinstance(value, dict):
            self.ctx.error(where, f"expected a text per language, found {_kind(value)}",
                           f'write {key}.{self._first_lang()} = "…"')
            return {}
        result: LangMap = {}
        for lang, text in value.items():
            if not self._language_ok(f"{where}.{lang}", lang):
                continue
            if not isinstance(text, str):
                self.ctx.error(f"{where}.{lang}", f"expected text in quotes, found {_kind(text)}")
            elif text.strip():
                result[lang] = text.strip()
        if required and not result:
            self.ctx.error(where, "has no text in any language",
                           f'write {key}.{self._first_lang()} = "…"')
        self._missing_translations(where, result)
        return result

    def files(self, key: str, *, required: bool = False, suffixes: Collection[str] = (),
              translated: bool = True) -> dict[str, Path]:
        """A language map of file names, each checked to exist inside the folder."""
        value = self.table.get(key)
        where = self.at(key)
        if value is None:
            self._missing(key, required, "file names")
            return {}
        if not isinstance(value, dict):
            self.ctx.error(where, f"expected a file name per language, found {_kind(value)}",
                           f'write {key}.{self._first_lang()} = "folder/file"')
            return {}
        result: dict[str, Path] = {}
        for lang, name in value.items():
            if self._language_ok(f"{where}.{lang}", lang):
                path = self.ctx_file(f"{where}.{lang}", name, suffixes)
                if path is not None:
                    result[lang] = path
        if required and not value:
            self.ctx.error(where, "names no file",
                           f'write {key}.{self._first_lang()} = "folder/file"')
        if translated:
            self._missing_translations(where, {lang: "" for lang in result})
        return result

    def file(self, key: str, *, required: bool = False, suffixes: Collection[str] = ()
             ) -> Path | None:
        value = self.table.get(key)
        if value is None:
            self._missing(key, required, "file name")
            return None
        return self.ctx_file(self.at(key), value, suffixes)

    def ctx_file(self, where: str, name: object, suffixes: Collection[str]) -> Path | None:
        return check_file(self.ctx, where, name, suffixes)

    def time_ms(self, key: str, *, required: bool = False) -> int | None:
        value = self.table.get(key)
        if value is None:
            self._missing(key, required, "time")
            return None
        ms = parse_time_ms(value)
        if ms is None:
            self.ctx.error(self.at(key), f"{value!r} is not a time",
                           'write "HH:MM:SS", "MM:SS" or "HH:MM:SS.mmm"')
        return ms

    def _language_ok(self, where: str, lang: str) -> bool:
        allowed = set(self.ctx.languages) | self.ctx.extra_languages
        if lang in allowed or not self.ctx.languages:  # no languages: reported once, above
            return True
        close = difflib.get_close_matches(lang, sorted(allowed), n=1, cutoff=0.5)
        hint = (f'did you mean "{close[0]}"?' if close else
                "add it to exhibition.languages or remove this text")
        declared = ", ".join(self.ctx.languages)
        self.ctx.error(where, f'language "{lang}" is not one of the exhibition\'s '
                       f"languages ({declared})", hint)
        return False

    def _missing_translations(self, where: str, texts: LangMap) -> None:
        if not texts:
            return
        missing = [lang for lang in self.ctx.languages if lang not in texts]
        if missing:
            self.ctx.warning(where, f"no text in {', '.join(missing)}",
                             "visitors choosing it see the default language instead")

    def _first_lang(self) -> str:
        return self.ctx.languages[0] if self.ctx.languages else "en"


def check_file(ctx: Context, where: str, name: object, suffixes: Collection[str]) -> Path | None:
    """The file ``name`` inside the folder, or None after reporting why not."""
    if not isinstance(name, str) or not name.strip():
        ctx.error(where, f"expected a file name in quotes, found {_kind(name)}")
        return None
    rel = PurePosixPath(name.strip().replace("\\", "/"))
    root = ctx.root.resolve()
    if not rel.parts or rel.is_absolute() or ":" in rel.parts[0]:
        ctx.error(where, f'"{name}" is not a name inside the exhibition folder',
                  "write the path relative to the folder, e.g. photos/harbour.jpg")
        return None
    path = (root / rel).resolve()
    if not path.is_relative_to(root):
        ctx.error(where, f'"{name}" points outside the exhibition folder',
                  "copy the file into the folder and name it from there")
        return None
    if not path.is_file():
        hint = "check the name and that the file is in the folder"
        siblings = [p.name for p in path.parent.iterdir()] if path.parent.is_dir() else []
        close = difflib.get_close_matches(path.name, siblings, n=1, cutoff=0.6)
        if close:
            hint = f'did you mean "{rel.parent / close[0]}"?'
        what = "is a folder, not a file" if path.is_dir() else "not found"
        ctx.error(where, f'file "{name}" {what}', hint)
        return None
    if suffixes and path.suffix.lower() not in suffixes:
        ctx.error(where, f'"{name}" has an unexpected type',
                  f"use one of {', '.join(sorted(suffixes))}")
        return None
    return path
