"""Read and check ``exhibition.toml`` (docs/manifest.md) into :mod:`kiosk.build.model`.

Every problem is collected in one pass; the caller decides whether errors
stop the build. Checks that need the files' contents (photos decode, cues
fit the recording) happen later, in the builder.
"""

from __future__ import annotations

import itertools
import re
import tomllib
from pathlib import Path
from typing import Any

from kiosk.build import model as m
from kiosk.build.fields import MANIFEST, Context, Fields
from kiosk.build.problems import Problems
from kiosk.build.toml_lines import locate_lines
from kiosk.build.values import EXHIBITION_ID, ITEM_ID, VERSION, is_language_tag, parse_date

KINDS = ("photo", "testimony", "text")
MODES = ("notice", "blur")
ROLES = ("witness", "interviewer", "other")
TEXT_SUFFIXES = (".md", ".markdown", ".txt")
TRANSCRIPT_SUFFIXES = (".vtt", ".srt")

_TOP = ("exhibition", "section")
_EXHIBITION = ("id", "version", "languages", "default_language", "title", "summary",
               "organiser", "rights", "rights_url", "attribution", "attract", "advisory")
_ATTRACT = ("seconds_per_photo", "items")
_ADVISORY = ("mode", "text")
_SECTION = ("id", "title", "introduction", "text_file", "cover", "advisory", "item")
_ITEM = ("id", "kind", "image", "keep_original", "title", "caption", "alt", "text_file", "date",
         "place", "creator", "credit", "rights", "rights_url", "source", "source_url", "tags",
         "advisory", "testimony")
_TESTIMONY = ("audio", "spoken_language", "transcripts", "recorded", "place", "interviewer",
              "speakers", "chapters", "advisories")
_SPEAKER = ("id", "name", "role")
_CHAPTER = ("start", "title")
_PASSAGE = ("start", "end", "text")
_TOML_POSITION = re.compile(r"\(at line (\d+), column (\d+)\)")


def load_manifest(root: Path, problems: Problems) -> m.Manifest | None:
    """The manifest of the folder ``root``; None when it cannot even be parsed."""
    path = root / MANIFEST
    if not root.is_dir():
        problems.error(str(root), "is not a folder",
                       hint="give the folder that holds exhibition.toml")
        return None
    if not path.is_file():
        problems.error(MANIFEST, f"not found in {root}",
                       hint="create it (copy exhibitions/demo/exhibition.toml to start)")
        return None
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = raw[: e.start].count(b"\n") + 1
        problems.error(MANIFEST, "is not UTF-8 text", line=line,
                       hint="save it as UTF-8 in your editor")
        return None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        msg = str(e)
        pos = _TOML_POSITION.search(msg)
        problems.error(MANIFEST, f"TOML syntax error: {_TOML_POSITION.sub('', msg).strip()}",
                       where=f"column {pos.group(2)}" if pos else "",
                       line=int(pos.group(1)) if pos else None,
                       hint="check quotes, brackets and '=' on that line (and the one before)")
        return None
    ctx = Context(problems, root, locate_lines(text))
    return _Reader(ctx).manifest(data)


class _Reader:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.section_ids: set[str] = set()
        self.item_ids: set[str] = set()
        # Items that name a photo, found or not: a missing file is reported once, at the item.
        self.with_image: set[str] = set()

    def manifest(self, data: dict[str, Any]) -> m.Manifest:
        top = Fields(self.ctx, data, "", _TOP)
        ex_table = data.get("exhibition")
        if not isinstance(ex_table, dict):
            self.ctx.error("exhibition", "missing the [exhibition] table",
                           "start the file with [exhibition] and its id, version, languages "
                           "and title")
            ex_table = {}
        exhibition = self.exhibition(Fields(self.ctx, ex_table, "exhibition", _EXHIBITION))
        sections = tuple(self.section(where, t) for where, t in top.tables("section"))
        if not sections:
            self.ctx.error("section", "the exhibition has no sections",
                           "add at least one [[section]] with items")
        manifest = m.Manifest(self.ctx.root.resolve(), exhibition, sections)
        self.cross_check(manifest)
        return manifest

    # -- exhibition ----------------------------------------------------------
    def exhibition(self, f: Fields) -> m.Exhibition:
        uid = f.string("id", required=True)
        if uid and not EXHIBITION_ID.match(uid):
            self.ctx.error(f.at("id"), f'"{uid}" is not a valid id',
                           "use lower-case letters, digits and '-', e.g. \"harbour-1969\"")
        version = f.string("version", required=True)
        if version and not VERSION.match(version):
            self.ctx.error(f.at("version"), f'"{version}" is not a version number',
                           'write numbers and dots, e.g. "1.2.0"')
        languages = self.languages(f)
        self.ctx.languages = languages
        default = f.string("default_language") or (languages[0] if languages else "")
        if languages and default not in languages:
            self.ctx.error(f.at("default_language"), f'"{default}" is not in languages',
                           f"use one of {', '.join(languages)}")
        attract = Fields(self.ctx, f.table_at("attract") or {}, f.at("attract"), _ATTRACT)
        return m.Exhibition(
            id=uid, version=version, languages=languages, default_language=default,
            title=f.text("title", required=True), summary=f.text("summary"),
            organiser=f.text("organiser"), rights=f.text("rights"),
            rights_url=self.url(f, "rights_url"), attribution=f.text("attribution"),
            attract=m.Attract(attract.number("seconds_per_photo", 8, 3, 60),
                              tuple(attract.strings("items"))),
            advisories=tuple(self.advisory(where, t, modes=("notice",))
                             for where, t in f.tables("advisory")),
        )

    def languages(self, f: Fields) -> tuple[str, ...]:
        if not f.has("languages"):
            self.ctx.error(f.at("languages"), "missing", 'add languages = ["en", …]')
            return ()
        langs = f.strings("languages")
        if f.has("languages") and not langs and isinstance(f.table["languages"], list):
            self.ctx.error(f.at("languages"), "is empty", 'name at least one, e.g. ["en"]')
        seen: list[str] = []
        for i, lang in enumerate(langs, start=1):
            where = f"{f.at('languages')}[{i}]"
            if not is_language_tag(lang):
                self.ctx.error(where, f'"{lang}" is not a language tag',
                               'use a BCP 47 tag such as "en", "az-Latn" or "ur"')
            elif lang in seen:
                self.ctx.error(where, f'"{lang}" is listed twice')
            else:
                seen.append(lang)
        return tuple(seen)

    def url(self, f: Fields, key: str) -> str:
        url = f.string(key)
        if url and not url.startswith(("https://", "http://")):
            self.ctx.error(f.at(key), f'"{url}" is not a link', "write it with https://")
        return url

    def advisory(self, where: str, table: dict[str, Any],
                 modes: tuple[str, ...] = MODES) -> m.Advisory:
        f = Fields(self.ctx, table, where, _ADVISORY)
        mode = f.string("mode", default="notice")
        if mode not in modes:
            self.ctx.error(f.at("mode"), f'"{mode}" is not a mode here',
                           f"use {' or '.join(repr(x) for x in modes)}")
        return m.Advisory(mode, f.text("text", required=True))

    def optional_advisory(self, f: Fields) -> m.Advisory | None:
        table = f.table_at("advisory")
        return self.advisory(f.at("advisory"), table) if table is not None else None

    def unique_id(self, f: Fields, seen: set[str], what: str) -> str:
        ident = f.string("id", required=True)
        if not ident:
            return ident
        if not ITEM_ID.match(ident):
            self.ctx.error(f.at("id"), f'"{ident}" is not a valid id',
                           "use letters, digits, '-', '_' or '.', at most 64")
        elif ident in seen:
            self.ctx.error(f.at("id"), f'{what} id "{ident}" is used twice',
                           f"give every {what} its own id")
        seen.add(ident)
        return ident

    # -- sections and items ------------------------------------------------
    def section(self, where: str, table: dict[str, Any]) -> m.Section:
        f = Fields(self.ctx, table, where, _SECTION)
        ident = self.unique_id(f, self.section_ids, "section")
        items = tuple(self.item(w, t) for w, t in f.tables("item"))
        if not items:
            self.ctx.warning(where, f'section "{ident}" has no items', "add [[section.item]]s")
        return m.Section(
            id=ident, title=f.text("title", required=True), introduction=f.text("introduction"),
            text_files=f.files("text_file", suffixes=TEXT_SUFFIXES), cover=f.string("cover"),
            advisory=self.optional_advisory(f), items=items, where=where,
        )

    def item(self, where: str, table: dict[str, Any]) -> m.Item:
        f = Fields(self.ctx, table, where, _ITEM)
        ident = self.unique_id(f, self.item_ids, "item")
        kind = f.string("kind", default="photo")
        if kind not in KINDS:
            self.ctx.error(f.at("kind"), f'"{kind}" is not a kind of item',
                           f"use {', '.join(KINDS)}")
        image = f.file("image", required=kind in ("photo", "testimony"))
        if f.has("image"):
            self.with_image.add(ident)
        testimony_table = f.table_at("testimony")
        testimony = None
        if kind == "testimony":
            if testimony_table is None:
                self.ctx.error(f.at("testimony"), "a testimony needs its recording",
                               "add [section.item.testimony] with audio, spoken_language "
                               "and transcripts")
            else:
                testimony = self.testimony(f.at("testimony"), testimony_table)
        elif testimony_table is not None:
            self.ctx.error(f.at("testimony"), f'recording settings on an item of kind "{kind}"',
                           'add kind = "testimony" or remove the testimony table')
        date = self.date(f, "date")
        return m.Item(
            id=ident, kind=kind, image=image, keep_original=f.boolean("keep_original"),
            title=f.text("title", required=True), caption=f.text("caption"),
            alt=f.text("alt", required=kind == "photo"),
            text_files=f.files("text_file", required=kind == "text", suffixes=TEXT_SUFFIXES),
            date=date, place=f.text("place"), creator=f.text("creator"),
            credit=f.text("credit"), rights=f.text("rights"), rights_url=self.url(f, "rights_url"),
            source=f.text("source"), source_url=self.url(f, "source_url"),
            tags=tuple(f.strings("tags")), advisory=self.optional_advisory(f),
            testimony=testimony, where=where,
        )

    def date(self, f: Fields, key: str) -> str:
        if not f.has(key):
            return ""
        value = parse_date(f.table[key])
        if value is None:
            self.ctx.error(f.at(key), f"{f.table[key]!r} is not a date",
                           'write "1969-07-20", "1969-07", "1969" or "1969/1972"')
            return ""
        return value

    def testimony(self, where: str, table: dict[str, Any]) -> m.Testimony:
        f = Fields(self.ctx, table, where, _TESTIMONY)
        spoken = f.string("spoken_language", required=True)
        if spoken and not is_language_tag(spoken):
            self.ctx.error(f.at("spoken_language"), f'"{spoken}" is not a language tag',
                           'use a BCP 47 tag such as "ru" or "az-Latn"')
        # The original transcript may be in a language the exhibition is not shown in.
        saved = self.ctx.extra_languages
        self.ctx.extra_languages = frozenset({spoken}) if spoken else frozenset()
        # An untranslated transcript is normal: the original is shown instead.
        transcripts = f.files("transcripts", required=True, suffixes=TRANSCRIPT_SUFFIXES,
                              translated=False)
        self.ctx.extra_languages = saved
        if spoken and transcripts and spoken not in transcripts:
            self.ctx.warning(f.at("transcripts"),
                             f'no transcript in the spoken language "{spoken}"',
                             f'add transcripts.{spoken} = "…" so the original is shown')
        speakers = self.speakers(f)
        chapters: list[m.Chapter] = []
        for w, t in f.tables("chapters"):
            c = Fields(self.ctx, t, w, _CHAPTER)
            start = c.time_ms("start", required=True)
            title = c.text("title", required=True)
            if start is not None:  # a bad time is reported once, above
                chapters.append(m.Chapter(start, title, w))
        for before, after in itertools.pairwise(chapters):
            if after.start_ms < before.start_ms:
                self.ctx.error(after.where, "chapters are not in time order",
                               "list them from the start of the recording to its end")
        passages: list[m.Passage] = []
        for w, t in f.tables("advisories"):
            p = Fields(self.ctx, t, w, _PASSAGE)
            start, end = p.time_ms("start", required=True), p.time_ms("end", required=True)
            if start is not None and end is not None and end <= start:
                self.ctx.error(p.at("end"), "ends before it starts", "check the two times")
            passages.append(m.Passage(start or 0, end or 0, p.text("text", required=True), w))
        return m.Testimony(
            audio=f.file("audio", required=True), spoken_language=spoken,
            transcripts=transcripts, recorded=self.date(f, "recorded"), place=f.text("place"),
            interviewer=f.text("interviewer"), speakers=speakers, chapters=tuple(chapters),
            advisories=tuple(passages), where=where,
        )

    def speakers(self, f: Fields) -> tuple[m.Speaker, ...]:
        result: list[m.Speaker] = []
        for w, t in f.tables("speakers"):
            s = Fields(self.ctx, t, w, _SPEAKER)
            ident = s.string("id", required=True)
            if ident and (ident in {x.id for x in result}):
                self.ctx.error(s.at("id"), f'speaker "{ident}" is listed twice')
            role = s.string("role", default="witness")
            if role not in ROLES:
                self.ctx.error(s.at("role"), f'"{role}" is not a role', f"use {', '.join(ROLES)}")
            result.append(m.Speaker(ident, s.text("name", required=True), role))
        return tuple(result)

    # -- references between parts -----------------------------------------
    def cross_check(self, manifest: m.Manifest) -> None:
        items = {item.id: item for item in manifest.items()}
        attract_where = "exhibition.attract.items"
        for ident in manifest.exhibition.attract.items:
            item = items.get(ident)
            if item is None:
                self.ctx.error(attract_where, f'no item with id "{ident}"',
                               "use the id of a photo item")
            elif item.id not in self.with_image:
                self.ctx.error(attract_where, f'item "{ident}" has no photo',
                               "the attract loop shows photos only")
        for section in manifest.sections:
            if not section.cover:
                continue
            own = {item.id: item for item in section.items}
            if section.cover not in own:
                self.ctx.error(f"{section.where}.cover",
                               f'no item "{section.cover}" in section "{section.id}"',
                               "use the id of one of this section's photo items")
            elif section.cover not in self.with_image:
                self.ctx.error(f"{section.where}.cover", f'item "{section.cover}" has no photo')
