"""exhibition.toml: a good one parses into records; a bad one reports every problem at once."""

from __future__ import annotations

from pathlib import Path

import pytest
from build_fixtures import MANIFEST, exhibition, write

from kiosk.build.manifest import load_manifest
from kiosk.build.problems import Problem, Problems
from kiosk.build.values import parse_time_ms


def load(root: Path, text: str | None = None) -> tuple[object, Problems]:
    if text is not None:
        write(root / "exhibition.toml", text)
    problems = Problems()
    return load_manifest(root, problems), problems


def messages(problems: list[Problem]) -> list[str]:
    return [str(p) for p in problems]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return exhibition(tmp_path / "show", audio=False)


def test_good_manifest_parses_into_records(folder: Path) -> None:
    manifest, problems = load(folder)
    assert problems.errors == []
    assert problems.warnings == []
    from kiosk.build.model import Manifest
    assert isinstance(manifest, Manifest)
    ex = manifest.exhibition
    assert (ex.id, ex.version, ex.languages, ex.default_language) == (
        "test-show", "1.0.0", ("en", "az-Latn"), "en")
    assert ex.attract.seconds_per_photo == 5 and ex.attract.items == ("harbour",)
    assert [s.id for s in manifest.sections] == ["one", "two"]
    harbour, street = manifest.sections[0].items
    assert harbour.image == (folder / "photos/harbour.jpg").resolve()
    assert harbour.keep_original and harbour.date == "1969-07"
    # A plain string is the same text in every language.
    assert harbour.creator == {"en": "A. Photographer", "az-Latn": "A. Photographer"}
    assert street.advisory is not None and street.advisory.mode == "blur"
    anna = manifest.sections[1].items[0]
    assert anna.testimony is not None
    assert anna.testimony.speakers[1].name["az-Latn"] == "Müsahibəçi"
    assert anna.testimony.advisories[0].start_ms == 1000
    assert anna.testimony.advisories[0].end_ms == 2000
    with pytest.raises(AttributeError):
        harbour.id = "x"  # type: ignore[misc]


def test_missing_manifest_and_folder(tmp_path: Path) -> None:
    manifest, problems = load(tmp_path)
    assert manifest is None
    assert "exhibition.toml: not found" in messages(problems.errors)[0]
    _, problems = load(tmp_path / "nope")
    assert "is not a folder" in messages(problems.errors)[0]


def test_toml_syntax_error_names_line_and_column(folder: Path) -> None:
    text = MANIFEST.replace('version = "1.0.0"', 'version = "1.0.0')
    manifest, problems = load(folder, text)
    assert manifest is None
    [error] = problems.errors
    assert error.line == 3
    assert str(error).startswith("exhibition.toml:3: column ")
    assert "TOML syntax error" in error.message


def test_not_utf8_names_line(folder: Path) -> None:
    (folder / "exhibition.toml").write_bytes(b'[exhibition]\nid = "a"\ntitle = "caf\xe9"\n')
    _, problems = load(folder)
    [error] = problems.errors
    assert error.line == 3 and "UTF-8" in error.message


BROKEN = """\
[exhibition]
id = "Bad Id"
languages = ["en", "xx_YY", "en"]
title.en = "Broken"
title.de = "Kaputt"
titel.en = "typo"

[exhibition.attract]
seconds_per_photo = 100
items = ["ghost"]

[[section]]
id = "one"
title.en = "One"
cover = "nobody"

[[section.item]]
id = "a"
image = "photos/missing.jpg"
title.en = "A"

[[section.item]]
id = "a"
kind = "video"
image = "../outside.jpg"
title.en = "B"
alt.en = "B"
captoin.en = "typo"
date = "July 1969"

[[section.item]]
id = "c"
kind = "testimony"
image = "photos/harbour.jpg"
title.en = "C"

[section.item.testimony]
spoken_language = "ru"
transcripts.en = "transcripts/none.vtt"
chapters = [{ start = "1:2:3:4", title.en = "x" }]
advisories = [{ start = "00:10", end = "00:05", text.en = "x" }]
"""


def test_broken_manifest_reports_every_problem_at_once(folder: Path) -> None:
    manifest, problems = load(folder, BROKEN)
    errors = messages(problems.errors)
    warnings = messages(problems.warnings)
    expected_errors = [
        'exhibition.toml:2: exhibition.id: "Bad Id" is not a valid id',
        "exhibition.toml:1: exhibition.version: missing text",
        'exhibition.toml:3: exhibition.languages[2]: "xx_YY" is not a language tag',
        'exhibition.toml:3: exhibition.languages[3]: "en" is listed twice',
        'exhibition.toml:5: exhibition.title.de: language "de" is not one of',
        "exhibition.toml:9: exhibition.attract.seconds_per_photo: 100 is out of range",
        'exhibition.toml:10: exhibition.attract.items: no item with id "ghost"',
        'exhibition.toml:15: section[1].cover: no item "nobody" in section "one"',
        'exhibition.toml:19: section[1].item[1].image: file "photos/missing.jpg" not found '
        "— check the name and that the file is in the folder",
        "exhibition.toml:17: section[1].item[1].alt: missing text",
        'exhibition.toml:23: section[1].item[2].id: item id "a" is used twice',
        'exhibition.toml:24: section[1].item[2].kind: "video" is not a kind of item',
        'exhibition.toml:25: section[1].item[2].image: "../outside.jpg" points outside',
        "exhibition.toml:29: section[1].item[2].date: 'July 1969' is not a date",
        "section[1].item[3].testimony.audio: missing file name",
        'section[1].item[3].testimony.transcripts.en: file "transcripts/none.vtt" not found',
        "section[1].item[3].testimony.chapters[1].start: '1:2:3:4' is not a time",
        "section[1].item[3].testimony.advisories[1].end: ends before it starts",
    ]
    for fragment in expected_errors:
        assert any(fragment in e for e in errors), f"{fragment!r} not in {errors}"
    assert len(errors) == len(expected_errors), errors
    assert any('exhibition.toml:6: titel: unknown key "titel" — did you mean "title"?' in w
               or 'exhibition.titel: unknown key "titel" — did you mean "title"?' in w
               for w in warnings), warnings
    assert any('section[1].item[2].captoin: unknown key "captoin" — did you mean "caption"?'
               in w for w in warnings), warnings
    assert manifest is not None  # parsed, with problems: the caller refuses to build


def test_missing_translation_is_a_warning(folder: Path) -> None:
    text = MANIFEST.replace('title.az-Latn = "Test sərgisi"\n', "")
    _, problems = load(folder, text)
    assert problems.errors == []
    [warning] = problems.warnings
    assert str(warning) == ("exhibition.toml:5: exhibition.title: no text in az-Latn — "
                            "visitors choosing it see the default language instead")


def test_did_you_mean_for_a_misnamed_file(folder: Path) -> None:
    _, problems = load(folder, MANIFEST.replace("photos/harbour.jpg", "photos/Harbour.jpg"))
    [error] = problems.errors
    assert 'did you mean "photos/harbour.jpg"?' in str(error)


@pytest.mark.parametrize("name", ["/etc/passwd", "C:/photos/a.jpg", "."])
def test_names_that_are_not_inside_the_folder(folder: Path, name: str) -> None:
    _, problems = load(folder, MANIFEST.replace("photos/harbour.jpg", name))
    assert "is not a name inside the exhibition folder" in messages(problems.errors)[0]


def test_a_folder_is_not_a_file(folder: Path) -> None:
    _, problems = load(folder, MANIFEST.replace("photos/harbour.jpg", "photos"))
    assert 'file "photos" is a folder, not a file' in messages(problems.errors)[0]


def test_symlink_out_of_the_folder_is_refused(folder: Path, tmp_path: Path) -> None:
    outside = tmp_path / "secret.jpg"
    outside.write_bytes(b"x")
    (folder / "photos/link.jpg").symlink_to(outside)
    _, problems = load(folder, MANIFEST.replace("photos/harbour.jpg", "photos/link.jpg"))
    assert "points outside the exhibition folder" in messages(problems.errors)[0]


def test_no_exhibition_table_and_no_sections(folder: Path) -> None:
    _, problems = load(folder, 'name = "x"\n')
    errors = messages(problems.errors)
    assert any("missing the [exhibition] table" in e for e in errors)
    assert any("the exhibition has no sections" in e for e in errors)


@pytest.mark.parametrize(("text", "ms"), [
    ("01:02:03", 3_723_000), ("02:03", 123_000), ("01:02:03.5", 3_723_500),
    ("00:00:01.250", 1250), ("1:2", None), ("abc", None), ("00:61:00", None),
])
def test_times(text: str, ms: int | None) -> None:
    assert parse_time_ms(text) == ms


def test_toml_local_time_is_accepted(folder: Path) -> None:
    text = MANIFEST.replace('start = "00:00"', "start = 00:04:10")
    manifest, problems = load(folder, text)
    assert problems.errors == []
    from kiosk.build.model import Manifest
    assert isinstance(manifest, Manifest)
    testimony = manifest.sections[1].items[0].testimony
    assert testimony is not None and testimony.chapters[0].start_ms == 250_000
