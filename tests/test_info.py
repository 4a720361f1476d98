"""``kiosk info``: a readable summary and a stable JSON document."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from package_factory import BROKEN, copy_with_sql, make_broken, make_package

from kiosk.cli import main

TOP_LEVEL_KEYS = {
    "info_version", "package", "format_version", "uid", "version", "created", "generator",
    "languages", "default_language", "title", "counts", "sections", "advisories", "sizes",
}


@pytest.fixture(scope="module")
def good(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_package(tmp_path_factory.mktemp("info") / "good.exhibit")


def info_json(path: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    assert main(["info", str(path), "--json"]) == 0
    doc: dict[str, Any] = json.loads(capsys.readouterr().out)
    return doc


def test_json_has_the_documented_keys(good: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = info_json(good, capsys)
    assert set(doc) == TOP_LEVEL_KEYS
    assert doc["info_version"] == 1 and doc["format_version"] == 1
    assert doc["languages"] == ["en", "az-Latn", "ur"] and doc["default_language"] == "en"
    assert doc["title"]["az-Latn"] == "Liman — exhibition"
    assert doc["counts"] == {"sections": 2, "items": 12, "photos": 10, "testimonies": 1,
                             "texts": 1, "blobs": doc["counts"]["blobs"], "tiles": 176}


def test_json_describes_items(good: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = info_json(good, capsys)
    first = doc["sections"][0]["items"]
    testimony, photo = first[0], first[1]
    assert testimony["kind"] == "testimony" and testimony["title"] == "Harbour 0"
    assert testimony["testimony"]["cues"] == {"en": 3, "ur": 3}
    assert testimony["testimony"]["duration_ms"] == 3000
    assert photo["photo"]["width"] == 300 and photo["photo"]["tiles"] == 16
    assert photo["photo"]["renditions"] == [[150, 100], [300, 200]]
    scopes = [(a["scope"], a["mode"], a["item"], a["section"]) for a in doc["advisories"]]
    assert scopes == [("passage", "notice", "item-0", None), ("item", "blur", "item-1", None),
                      ("exhibition", "notice", None, None),
                      ("section", "notice", None, "section-1")]


def test_sizes_add_up(good: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sizes = info_json(good, capsys)["sizes"]
    assert set(sizes) == {"file", "blobs", "renditions", "tiles", "thumbnails", "placeholders",
                          "originals", "audio"}
    parts = sum(sizes[k] for k in ("renditions", "tiles", "thumbnails", "placeholders",
                                   "originals", "audio"))
    assert parts == sizes["blobs"] < sizes["file"] == good.stat().st_size
    assert sizes["audio"] > 40_000 and sizes["originals"] == 0


def test_human_output_names_titles_in_every_language(
        good: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["info", str(good)]) == 0
    out = capsys.readouterr().out
    for text in ("Harbour — exhibition", "az-Latn: Liman — exhibition",
                 "ur: بندرگاہ — exhibition", "languages: en, az-Latn, ur (default en)",
                 "cues: en 3, ur 3", "item-11"):
        assert text in out, text


@pytest.mark.parametrize("kind", sorted(BROKEN))
def test_not_a_package_exits_1_with_a_message(
        kind: str, good: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = make_broken(kind, good, tmp_path)
    assert main(["info", str(path)]) == 1
    out, err = capsys.readouterr()
    assert out == "" and BROKEN[kind] in err and "Traceback" not in err


def test_damaged_rows_exit_1_without_a_traceback(
        good: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = copy_with_sql(good, tmp_path / "odd.exhibit",
                         "UPDATE exhibition SET default_language = x'00ff'")
    assert main(["info", str(path), "--json"]) == 1
    out, err = capsys.readouterr()
    assert out == "" and "odd.exhibit" in err and "Traceback" not in err
