"""Which characters the shipped fonts draw, and where a package uses others."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from package_factory import copy_with_sql, make_package

from kiosk.build.fonts import (
    covered_codepoints,
    default_fonts_dir,
    package_coverage,
    shipped_fonts,
    uncovered_characters,
)
from kiosk.package import Package


@pytest.fixture(scope="module")
def good(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_package(tmp_path_factory.mktemp("fonts") / "good.exhibit",
                        languages=("en", "az-Latn", "ur", "ar", "ru"), cue_languages=("en", "ur"))


def test_the_repository_fonts_are_found() -> None:
    names = {p.name for p in shipped_fonts()}
    assert {"NotoSans-Regular.ttf", "NotoNastaliqUrdu-Regular.ttf"} <= names
    assert default_fonts_dir().is_dir()


@pytest.mark.parametrize("text", [
    "The harbour at dawn — “quoted”, 1969…",
    "Sübh çağı liman: əğışöü ƏĞİŞ",  # Azerbaijani Latin
    "صبح کے وقت بندرگاہ ۔ ١٩٦٩",  # Urdu, with Urdu full stop and digits
    "الميناء عند الفجر",  # Arabic
    "Гавань на рассвете",  # Cyrillic
    "می\u200cخواهم \u200f\u200e",  # ZWNJ and bidi marks are never drawn on their own
])
def test_texts_in_our_languages_are_covered(text: str) -> None:
    assert uncovered_characters(text) == set()


def test_characters_no_font_draws_are_reported() -> None:
    assert uncovered_characters("Snow 𓀀 漢字 ok") == {"𓀀", "漢", "字"}


def test_an_empty_font_folder_covers_nothing(tmp_path: Path) -> None:
    assert covered_codepoints(tmp_path) == frozenset()
    assert uncovered_characters("a", tmp_path) == {"a"}


def test_a_single_font_folder_lacks_other_scripts(tmp_path: Path) -> None:
    shutil.copy(default_fonts_dir() / "NotoSans-Regular.ttf", tmp_path)
    assert uncovered_characters("Harbour بندرگاہ", tmp_path) == set("بندرگاہ")


def test_a_sound_package_is_fully_covered(good: Path) -> None:
    with Package.open(good) as pkg:
        assert package_coverage(pkg) == []


def test_coverage_names_item_field_and_language(good: Path, tmp_path: Path) -> None:
    path = copy_with_sql(
        good, tmp_path / "odd.exhibit",
        "UPDATE item SET caption = json_set(caption, '$.ru', 'Снег 𓀀') WHERE slug = 'item-2'",
        "UPDATE cue SET text = text || ' 漢' WHERE language = 'ur'",
        "UPDATE section SET title = json_set(title, '$.en', 'Snow 𓀀') WHERE slug = 'section-1'",
    )
    with Package.open(path) as pkg:
        found = {(u.location, u.field, u.language): u.chars for u in package_coverage(pkg)}
    assert found == {
        ("item:item-2", "caption", "ru"): {"𓀀"},
        ("item:item-0", "cues", "ur"): {"漢"},  # one finding for the whole transcript
        ("section:section-1", "title", "en"): {"𓀀"},
    }


def test_coverage_is_cached_until_a_font_changes(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    import fontTools.ttLib

    from kiosk.build import fonts

    font = tmp_path / "NotoSans-Regular.ttf"
    shutil.copy(default_fonts_dir() / "NotoSans-Regular.ttf", font)
    first = covered_codepoints(tmp_path)
    assert ord("a") in first and ord("ب") not in first
    covered_codepoints.cache_clear()

    def no_parse(*_a: object, **_k: object) -> None:
        raise AssertionError("the fonts were parsed again")

    with monkeypatch.context() as m:
        m.setattr(fontTools.ttLib, "TTFont", no_parse)
        assert covered_codepoints(tmp_path) == first  # from the cache file
    covered_codepoints.cache_clear()

    # Another font under the same name (a new mtime and size): parsed again.
    shutil.copy(default_fonts_dir() / "NotoNaskhArabic-Regular.ttf", font)
    os.utime(font, ns=(1, 1))
    changed = covered_codepoints(tmp_path)
    assert ord("ب") in changed and changed != first
    covered_codepoints.cache_clear()

    # A damaged cache file is parsed around, then rewritten.
    cache = fonts._cache_file(tmp_path)
    cache.write_text("{not json", encoding="utf-8")
    assert covered_codepoints(tmp_path) == changed
    assert cache.read_text(encoding="utf-8").startswith("{\"fonts\"")
