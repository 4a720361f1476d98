# ruff: noqa: F811  (pytest fixtures imported from ui_support)
"""``kiosk preview``: one PNG per kind of screen, rendered offscreen."""

from __future__ import annotations

import argparse
from pathlib import Path

from PySide6.QtGui import QImage
from ui_support import ui_package  # noqa: F401

from kiosk.ui.preview import OPTIONAL_SCREENS, SCREENS, preview_command, preview_language


def _distinct_colours(image: QImage) -> int:
    step = max(1, image.width() // 40)
    return len({image.pixel(x, y) for x in range(0, image.width(), step)
                for y in range(0, image.height(), step)})


def test_preview_writes_every_screen(qapp: object, ui_package: Path, tmp_path: Path) -> None:
    args = argparse.Namespace(package=ui_package, size=(960, 540), lang="ur", out=tmp_path)
    assert preview_command(args) == 0
    names = sorted(p.name for p in tmp_path.glob("*.png"))
    shots = [n.split("-", 1)[1].removesuffix(".png") for n in names]
    assert [n for n in shots if n not in OPTIONAL_SCREENS] == list(SCREENS)
    for name in names:
        image = QImage(str(tmp_path / name))
        assert (image.width(), image.height()) == (960, 540)
        assert _distinct_colours(image) > 3, f"{name} looks empty"


def test_preview_refuses_a_language_neither_exhibition_nor_interface_has(
        qapp: object, ui_package: Path, tmp_path: Path) -> None:
    args = argparse.Namespace(package=ui_package, size=(960, 540), lang="de", out=tmp_path)
    assert preview_command(args) == 1
    assert not list(tmp_path.glob("*.png"))


def test_preview_language_matching() -> None:
    content = ("en", "az-Latn", "ur")
    assert preview_language("az", content) == "az-Latn"  # as a visitor would choose it
    assert preview_language("ur", content) == "ur"
    assert preview_language("ru", content) == "ru"  # interface only; texts in the default
    assert preview_language("az-Cyrl", ("en",)) == ""  # kiosk_az is Latin: no catalogue
    assert preview_language("de", content) == ""
