"""The demo's Urdu and Azerbaijani texts are translations, not copies of the English.

A plain string in the manifest (``credit = "NASA"``) becomes the same text in
every language, so the kiosk lays it out as Urdu: right-aligned, Nastaliq
line spacing. That is right for names and licence codes only; a line with
English words in it ("Public domain", "via …") must be translated or left out
(then the kiosk shows the English, marked). Urdu texts are in Arabic script
unless they are such a name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import fields, is_dataclass
from pathlib import Path

import pytest

from kiosk.build.manifest import load_manifest
from kiosk.build.model import Manifest
from kiosk.build.problems import Problems

DEMO = Path(__file__).resolve().parents[1] / "exhibitions" / "demo"
#: English words that only occur in an untranslated line, never in a name.
ENGLISH = frozenset({
    "a", "and", "by", "courtesy", "data", "database", "domain", "for", "from", "image", "in",
    "narration", "now", "of", "on", "photo", "photograph", "photographs", "public", "release",
    "research", "sample", "synthesized", "team", "the", "this", "via", "with", "written",
})
ARABIC_SCRIPT = re.compile("[\u0600-\u06ff]")


@pytest.fixture(scope="module")
def manifest() -> Manifest:
    found = load_manifest(DEMO, Problems())
    assert found is not None
    return found


def language_maps(node: object, where: str) -> Iterator[tuple[str, dict[str, str]]]:
    """Every language map in the manifest records, with where it is."""
    if isinstance(node, dict):
        if node and all(isinstance(v, str) for v in node.values()) and "en" in node:
            yield where, node
        return
    if isinstance(node, tuple):
        for i, child in enumerate(node):
            yield from language_maps(child, f"{where}[{i}]")
        return
    if is_dataclass(node):
        name = getattr(node, "id", "")
        for f in fields(node):
            yield from language_maps(getattr(node, f.name), f"{where}{name}.{f.name}".strip("."))


def test_no_language_holds_english_words(manifest: Manifest) -> None:
    problems = []
    for where, texts in language_maps((manifest.exhibition, manifest.sections), ""):
        for lang in ("ur", "az-Latn"):
            text = texts.get(lang)
            if text is None or text != texts["en"]:
                continue
            words = set(re.findall(r"[a-z]+", text.lower())) & ENGLISH
            if words:
                problems.append(f"{where}.{lang} is the English text ({', '.join(sorted(words))})")
    assert not problems, "\n".join(problems)


def test_urdu_is_in_arabic_script_unless_it_is_a_name(manifest: Manifest) -> None:
    wrong = [f"{where}: {texts['ur']!r}"
             for where, texts in language_maps((manifest.exhibition, manifest.sections), "")
             if "ur" in texts and not ARABIC_SCRIPT.search(texts["ur"])
             and (texts["ur"] != texts["en"] or set(re.findall(r"[a-z]+", texts["ur"].lower()))
                  & ENGLISH)]
    assert not wrong, "\n".join(wrong)


def test_the_check_sees_the_credit_lines(manifest: Manifest) -> None:
    """The walk reaches the item facts (where the untranslated lines were)."""
    seen = {where.rsplit(".", 1)[-1] for where, _ in
            language_maps((manifest.exhibition, manifest.sections), "")}
    assert {"creator", "credit", "rights", "source", "caption", "name", "title"} <= seen
