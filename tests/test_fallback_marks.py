"""A text missing in the visitor's language falls back to the default one, discreetly marked.

A package with an Urdu translation missing here and there, viewed in Urdu:
the untranslated texts show in English, left to right, in the Latin font,
each marked once with "English" (components/LanguageTag.qml); the
translated ones carry no mark.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from package_factory import copy_with_sql, make_package
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtQml import QQmlEngine, QQmlExpression
from PySide6.QtQuick import QQuickItem
from ui_support import center_of, item, settle, start_kiosk, tap, wait_until

from kiosk.ui.app import KioskApp
from kiosk.ui.models import ItemRole, SectionRole
from kiosk.ui.settle import all_items, find_items

ENGLISH = "English"


@pytest.fixture(scope="module")
def partly_translated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """en/az-Latn/ur; Urdu missing for item-2's caption and alt text, all of
    item-3's texts, and section-1's title and introduction."""
    folder = tmp_path_factory.mktemp("fallback")
    sound = make_package(folder / "sound.exhibit", items=8)

    def drop(table: str, slug: str, *columns: str) -> str:
        sets = ", ".join(f"{c} = json_remove({c}, '$.ur')" for c in columns)
        return f"UPDATE {table} SET {sets} WHERE slug = '{slug}'"

    return copy_with_sql(sound, folder / "partly.exhibit",
                         drop("item", "item-2", "caption", "alt_text"),
                         drop("item", "item-3", "title", "caption", "alt_text"),
                         drop("section", "section-1", "title", "introduction"))


@pytest.fixture
def urdu(qapp: object, partly_translated: Path) -> Iterator[KioskApp]:
    app, _clock = start_kiosk(partly_translated)
    try:
        app.session.touch()
        app.bridge.chooseLanguage("ur")
        for _ in range(3):
            if app.bridge.advisory:
                app.bridge.continueAdvisory()
        assert wait_until(lambda: app.bridge.screen == "overview")
        yield app
    finally:
        app.close()


def qml(it: QQuickItem, expression: str) -> object:
    """A property PySide cannot convert (a QQuickText enum), read by QML's engine."""
    value, undefined = QQmlExpression(QQmlEngine.contextForObject(it), it, expression).evaluate()
    return None if undefined else value


def tag_text(tag: QQuickItem) -> str:
    return str(tag.property("name"))


def shown(app: KioskApp, name: str) -> list[QQuickItem]:
    return [i for i in find_items(app.window, name) if i.isVisible()]


def open_slide(app: KioskApp, slug: str) -> None:
    for row in range(app.bridge.sections_model.rowCount()):
        items = app.bridge.sections_model.items_of(row)
        for index, record in enumerate(items.items() if items else ()):
            if record.slug == slug:
                app.bridge.openSection(row, index)
                for _ in range(3):
                    if app.bridge.advisory:
                        app.bridge.continueAdvisory()
                assert app.bridge.screen == "slideshow"
                assert settle(app.window)
                return
    raise AssertionError(slug)


def test_models_give_each_text_the_language_it_is_in(urdu: KioskApp) -> None:
    sections = urdu.bridge.sections_model
    langs = [(sections.data(sections.index(r), SectionRole.TEXT_LANG),
              sections.data(sections.index(r), SectionRole.INTRODUCTION_LANG))
             for r in range(sections.rowCount())]
    assert langs == [("ur", "ur"), ("en", "en")]
    items = sections.items_of(0)
    assert items is not None
    by_slug = {x.slug: row for row, x in enumerate(items.items())}
    caption = {slug: items.data(items.index(row), ItemRole.CAPTION_LANG)
               for slug, row in by_slug.items()}
    title = {slug: items.data(items.index(row), ItemRole.TEXT_LANG)
             for slug, row in by_slug.items()}
    assert (title["item-1"], caption["item-1"]) == ("ur", "ur")
    assert (title["item-2"], caption["item-2"]) == ("ur", "en")
    assert (title["item-3"], caption["item-3"]) == ("en", "en")
    assert items.data(QModelIndex(), ItemRole.CAPTION_LANG) is None


def test_the_overview_marks_the_untranslated_section(urdu: KioskApp) -> None:
    settle(urdu.window)
    marks = {tag_text(t) for t in find_items(urdu.window, "sectionLanguage") if t.isVisible()}
    assert marks == {ENGLISH}
    rows = [i for i in all_items(urdu.window.contentItem())
            if i.property("introductionLang") is not None]
    assert sorted(str(r.property("textLang")) for r in rows) == ["en", "ur"]


def test_an_untranslated_caption_is_english_left_to_right_and_marked(urdu: KioskApp,
                                                                      tmp_path: Path) -> None:
    open_slide(urdu, "item-2")
    assert urdu.bridge.rtl
    caption, title = item(urdu.window, "captionText"), item(urdu.window, "captionTitle")
    assert (caption.property("lang"), title.property("lang")) == ("en", "ur")
    assert caption.property("text") == "Fishing boats at dawn."
    assert qml(caption, "effectiveHorizontalAlignment") == Qt.AlignmentFlag.AlignLeft.value
    assert qml(title, "effectiveHorizontalAlignment") == Qt.AlignmentFlag.AlignRight.value
    assert qml(caption, "font.family") == "Noto Sans"
    assert [tag_text(t) for t in shown(urdu, "captionLanguage")] == [ENGLISH]
    assert not shown(urdu, "titleLanguage"), "the Urdu title is marked as if untranslated"
    urdu.window.grabWindow().save(str(tmp_path / "caption-fallback.png"))


def test_a_wholly_untranslated_item_is_marked_once(urdu: KioskApp) -> None:
    open_slide(urdu, "item-3")
    assert item(urdu.window, "captionTitle").property("lang") == "en"
    assert [tag_text(t) for t in shown(urdu, "titleLanguage")] == [ENGLISH]
    assert not shown(urdu, "captionLanguage"), "marked twice for one language"


def test_reading_mode_keeps_each_block_in_its_language_and_marks_it(urdu: KioskApp) -> None:
    open_slide(urdu, "item-2")
    urdu.bridge.openItemText(urdu.bridge.slideIndex)
    assert urdu.bridge.screen == "reading"
    settle(urdu.window)
    reading = urdu.bridge.reading
    assert reading["lang"] == "ur"
    assert {b["lang"] for b in reading["blocks"]} == {"en"}
    assert [tag_text(t) for t in shown(urdu, "readingLanguage")] == [ENGLISH]
    urdu.bridge.home()
    urdu.bridge.openSectionText(1)
    urdu.bridge.continueAdvisory()  # section-1 has a notice
    assert urdu.bridge.screen == "reading"
    settle(urdu.window)
    reading = urdu.bridge.reading
    assert reading["lang"] == "en"
    # The untranslated introduction, then a photo whose caption is in Urdu.
    assert [(b["kind"], b["lang"]) for b in reading["blocks"]] == [("text", "en"), ("photo", "ur")]
    assert [tag_text(t) for t in shown(urdu, "readingLanguage")] == [ENGLISH]


def test_the_info_panel_marks_the_untranslated_description(urdu: KioskApp) -> None:
    open_slide(urdu, "item-2")
    # The current slide's button (its neighbours are built too, off screen).
    button = [b for b in shown(urdu, "infoButton")
              if 0 < center_of(b).x() < urdu.window.width()]
    tap(urdu.window, center_of(button[0]))
    assert wait_until(lambda: item(urdu.window, "infoPanel").isVisible())
    settle(urdu.window)
    panel = item(urdu.window, "infoPanel")
    marks = [t for t in all_items(panel) if t.objectName() == "infoLanguage" and t.isVisible()]
    values = {str(v.property("text")): v.property("lang") for v in all_items(panel)
              if v.objectName() == "infoValue" and v.isVisible()}
    assert values["Boats moored along a stone quay."] == "en"
    assert values["بندرگاہ 2"] == "ur"
    # The alt text and the credit (only ever written in English) are marked.
    assert [tag_text(t) for t in marks] == [ENGLISH, ENGLISH]


def test_the_top_bar_marks_an_untranslated_section_title(urdu: KioskApp) -> None:
    open_slide(urdu, "item-2")  # section-0: its title is in Urdu
    assert not shown(urdu, "barTitleLanguage")
    urdu.bridge.back()
    open_slide(urdu, "item-5")  # section-1: title and introduction untranslated
    [title] = [t for t in shown(urdu, "barTitle") if t.property("text")]
    assert title.property("lang") == "en"
    assert [tag_text(t) for t in shown(urdu, "barTitleLanguage")] == [ENGLISH]
    tag = shown(urdu, "barTitleLanguage")[0]
    assert tag.mapToScene(tag.boundingRect().topLeft()).x() < \
        title.mapToScene(title.boundingRect().topLeft()).x()  # after it, in Urdu's order


def test_nothing_is_marked_in_the_default_language(qapp: object, partly_translated: Path) -> None:
    app, _clock = start_kiosk(partly_translated)
    try:
        app.session.touch()
        app.bridge.chooseLanguage("en")
        for _ in range(3):
            if app.bridge.advisory:
                app.bridge.continueAdvisory()
        open_slide(app, "item-2")
        names = ("captionLanguage", "titleLanguage", "sectionLanguage", "languageTag",
                 "barTitleLanguage")
        assert not [n for n in names if shown(app, n)]
    finally:
        app.close()

