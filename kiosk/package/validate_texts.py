"""Validation of texts: every declared language has every text.

Part of :mod:`kiosk.package.validate`. :func:`visible_texts` is also what
the font coverage check (``kiosk.build.fonts``) walks.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kiosk.package import records as r
from kiosk.package.errors import PackageError
from kiosk.package.reader import Package

if TYPE_CHECKING:
    from kiosk.package.validate import Report


@dataclass(frozen=True, slots=True)
class TextField:
    location: str
    field: str
    text: r.Text
    required: bool = False
    #: Names and credits may rightly be one string for every language.
    translate: bool = True


def text_fields(pkg: Package) -> Iterator[TextField]:
    """Every language-mapped text of the package, with where it is shown."""
    info = pkg.info
    yield TextField("exhibition", "title", info.title, required=True)
    yield TextField("exhibition", "summary", info.summary)
    for name, text in (("organiser", info.organiser), ("rights", info.rights),
                       ("attribution", info.attribution)):
        yield TextField("exhibition", name, text, translate=False)
    for sec in pkg.sections():
        where = f"section:{sec.slug}"
        yield TextField(where, "title", sec.title, required=True)
        yield TextField(where, "introduction", sec.introduction)
        yield TextField(where, "long_text", sec.long_text)
    for item in pkg.items():
        yield from _item_fields(pkg, item)
    for adv in pkg.advisories():
        yield TextField(f"advisory:{adv.id}", "text", adv.text, required=True)


def _item_fields(pkg: Package, item: r.ItemInfo) -> Iterator[TextField]:
    where = f"item:{item.slug}"
    yield TextField(where, "title", item.title, required=True)
    yield TextField(where, "caption", item.caption)
    yield TextField(where, "alt_text", item.alt_text, required=item.kind == "photo")
    yield TextField(where, "long_text", item.long_text, required=item.kind == "text")
    for name, text in (("place", item.place), ("creator", item.creator),
                       ("credit", item.credit), ("rights", item.rights),
                       ("source", item.source)):
        yield TextField(where, name, text, translate=False)
    if item.kind != "testimony":
        return
    try:
        t = pkg.testimony(item.id)
    except PackageError:
        return  # reported by the reference check
    yield TextField(where, "interviewer", t.interviewer, translate=False)
    yield TextField(where, "recording_place", t.place, translate=False)
    for sp in t.speakers:
        yield TextField(where, f"speaker:{sp.key}", sp.name, translate=False)
    for ch in t.chapters:
        yield TextField(where, f"chapter:{ch.position}", ch.title, required=True)


def visible_texts(pkg: Package) -> Iterator[tuple[str, str, str, str]]:
    """(location, field, language, text) for everything a visitor can read, cues included."""
    for tf in text_fields(pkg):
        for lang, text in tf.text.values.items():
            yield tf.location, tf.field, lang, text
    for item in pkg.items():
        if item.kind != "testimony":
            continue
        try:
            langs = pkg.testimony(item.id).cue_languages
        except PackageError:
            continue
        for lang in langs:
            for cue in pkg.cues(item.id, lang):
                yield f"item:{item.slug}", "cues", lang, cue.text


def check_translations(pkg: Package, report: Report) -> None:
    """Every declared language has every text.

    A text missing in one language is a warning (the kiosk falls back to the
    default language); missing in the default language it is an error,
    because then some visitors see nothing at all.
    """
    declared = list(pkg.info.languages)
    default = pkg.info.default_language
    if not declared:
        report.error("languages", "exhibition", "the exhibition declares no languages.")
        return
    if default not in declared:
        report.error("languages", "exhibition", f"default language {default!r} is not one of "
                     f"the declared languages ({', '.join(declared)}).")
    undeclared: set[str] = set()
    n = 0
    for tf in text_fields(pkg):
        n += 1
        present = tf.text.languages()
        undeclared |= present - set(declared)
        if not present:
            if tf.required:
                report.error("missing-text", tf.location, f"has no {tf.field} in any language.",
                             field=tf.field)
            continue
        if default not in present:
            report.error("missing-text", tf.location, f"{tf.field} is missing in the default "
                         f"language {default!r}, which the kiosk falls back to.",
                         field=tf.field, language=default)
        if not tf.translate:
            continue
        for lang in declared:
            if lang != default and lang not in present:
                report.warning("missing-translation", tf.location,
                               f"{tf.field} has no {lang!r} translation.",
                               field=tf.field, language=lang)
    report.count("texts", n)
    if undeclared:
        report.warning("languages", "exhibition", "texts exist in languages the exhibition "
                       f"does not declare: {', '.join(sorted(undeclared))}.")
    _check_transcripts(pkg, declared, report)


def _check_transcripts(pkg: Package, declared: list[str], report: Report) -> None:
    for item in pkg.items():
        if item.kind != "testimony":
            continue
        try:
            counts = pkg.testimony(item.id).cue_counts
        except PackageError:
            continue
        where = f"item:{item.slug}"
        if not counts:
            report.warning("missing-transcript", where, "the recording has no transcript in "
                           "any language.", field="cues")
            continue
        for lang in declared:
            if not counts.get(lang):
                report.warning("missing-translation", where,
                               f"no transcript (cues) in {lang!r}.", field="cues", language=lang)
