"""A testimony without cues in the visitor's language shows the default one's, marked.

A package whose testimony has cues in English and Azerbaijani but not in
Urdu, and whose second chapter has no Urdu title, viewed in Urdu: the
transcript is English, left to right from the left, in the Latin font, and
marked once with "English" (components/LanguageTag.qml) at the start of its
text; so are the captions; the chapter list keeps the Urdu title unmarked and
marks the English one. In Azerbaijani, which has cues, nothing is marked.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from package_factory import copy_with_sql, make_package, words
from PySide6.QtCore import QPointF, Qt
from PySide6.QtQuick import QQuickItem
from test_fallback_marks import ENGLISH, qml, shown, tag_text
from ui_support import item, settle, start_kiosk, wait_until

from kiosk.ui.app import KioskApp
from kiosk.ui.audio.transcript import ChapterRole
from kiosk.ui.settle import all_items


@pytest.fixture(scope="module")
def no_urdu_cues(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("transcript-fallback")
    sound = make_package(folder / "sound.exhibit", items=4, advisories=False,
                         cue_languages=("en", "az-Latn"))
    return copy_with_sql(sound, folder / "partly.exhibit",
                         "UPDATE chapter SET title = json_remove(title, '$.ur') "
                         "WHERE position = 1")


def open_testimony(app: KioskApp, language: str) -> None:
    app.session.touch()
    app.bridge.chooseLanguage(language)
    while app.bridge.advisory:
        app.bridge.continueAdvisory()
    app.bridge.openSection(0, 0)  # item-0 is the testimony
    assert app.bridge.screen == "slideshow"
    slide = app.bridge.slides_model.item(app.bridge.slideIndex)
    assert slide is not None and slide.kind == "testimony"
    app.bridge.playTestimony(slide.id)
    assert app.bridge.screen == "testimony"
    assert app.testimony is not None
    transcript = app.testimony.transcript
    assert wait_until(lambda: transcript.rowCount() == 3 and not transcript.property("loading"))
    assert settle(app.window)


@pytest.fixture
def urdu(qapp: object, no_urdu_cues: Path) -> Iterator[KioskApp]:
    app, _clock = start_kiosk(no_urdu_cues)
    try:
        open_testimony(app, "ur")
        yield app
    finally:
        app.close()


def left(it: QQuickItem) -> float:
    return it.mapToScene(QPointF(0, 0)).x()


def test_the_transcript_falls_back_to_english_left_to_right_and_is_marked_once(
        urdu: KioskApp, tmp_path: Path) -> None:
    assert urdu.bridge.rtl
    transcript = urdu.testimony.transcript  # type: ignore[union-attr]
    assert (transcript.property("language"), transcript.property("hasOriginal")) == ("en", False)
    texts = shown(urdu, "cueText")
    assert sorted(str(t.property("text")) for t in texts) == sorted(words("en")[:3])
    for text in texts:
        assert text.property("lang") == "en"
        assert qml(text, "effectiveHorizontalAlignment") == Qt.AlignmentFlag.AlignLeft.value
        assert qml(text, "font.family") == "Noto Sans"
    tags = shown(urdu, "transcriptLanguage")
    assert [tag_text(t) for t in tags] == [ENGLISH]
    # At the start of the English lines (the left), not at the Urdu screen's reading side.
    assert abs(left(tags[0]) - min(left(t) for t in texts)) < 2
    assert tags[0].mapToScene(QPointF(0, tags[0].height())).y() <= min(
        t.mapToScene(QPointF(0, 0)).y() for t in texts)
    # The interface around it stays in Urdu (notices, chapter list).
    assert item(urdu.window, "testimonyView").property("uiLanguage") == "ur"
    urdu.window.grabWindow().save(str(tmp_path / "transcript-fallback.png"))


def test_captions_mode_marks_the_english_line(urdu: KioskApp) -> None:
    screen = item(urdu.window, "testimonyView")
    transcript = urdu.testimony.transcript  # type: ignore[union-attr]
    transcript.setPosition(100)
    screen.setProperty("captionsMode", True)
    assert settle(urdu.window)
    caption = [c for c in shown(urdu, "captionText") if c.property("lang") == "en"]
    assert [str(c.property("text")) for c in caption] == [words("en")[1]]
    assert qml(caption[0], "effectiveHorizontalAlignment") == Qt.AlignmentFlag.AlignLeft.value
    assert [tag_text(t) for t in shown(urdu, "captionsLanguage")] == [ENGLISH]
    assert not shown(urdu, "transcriptLanguage"), "the hidden transcript's mark still shows"


def test_chapters_keep_their_own_language_and_mark_the_untranslated_one(
        urdu: KioskApp) -> None:
    chapters = urdu.testimony.transcript.property("chapters")  # type: ignore[union-attr]
    rows = [(chapters.data(chapters.index(r, 0), ChapterRole.Title),
             chapters.data(chapters.index(r, 0), ChapterRole.Lang))
            for r in range(chapters.rowCount())]
    assert rows == [(words("ur")[0] + " I", "ur"), (words("en")[0] + " II", "en")]
    item(urdu.window, "testimonyView").setProperty("chaptersOpen", True)
    assert settle(urdu.window)
    assert [tag_text(t) for t in shown(urdu, "chapterLanguage")] == [ENGLISH]
    panel = item(urdu.window, "chapterList")
    titles = {str(t.property("text")): t for t in all_items(panel)
              if t.inherits("QQuickText") and t.isVisible()}
    english, urdu_title = titles[words("en")[0] + " II"], titles[words("ur")[0] + " I"]
    assert (english.property("lang"), urdu_title.property("lang")) == ("en", "ur")
    assert qml(english, "effectiveHorizontalAlignment") == Qt.AlignmentFlag.AlignLeft.value
    assert qml(urdu_title, "effectiveHorizontalAlignment") == Qt.AlignmentFlag.AlignRight.value


def test_nothing_is_marked_when_the_visitor_has_cues(qapp: object, no_urdu_cues: Path) -> None:
    app, _clock = start_kiosk(no_urdu_cues)
    try:
        open_testimony(app, "az-Latn")
        assert app.testimony is not None
        assert app.testimony.transcript.property("language") == "az-Latn"
        item(app.window, "testimonyView").setProperty("chaptersOpen", True)
        assert settle(app.window)
        assert shown(app, "cueText")
        names = ("transcriptLanguage", "captionsLanguage", "chapterLanguage", "languageTag")
        assert not [n for n in names if shown(app, n)]
    finally:
        app.close()


def test_beside_the_original_the_mark_sits_over_the_fallback_column(
        qapp: object, tmp_path_factory: pytest.TempPathFactory) -> None:
    """Arabic visitor, a recording spoken in Urdu with Urdu and English cues: the
    English column (the visitor's, mirrored to the right) is marked at its own
    left edge; the Urdu original beside it is not a fallback and is not marked."""
    folder = tmp_path_factory.mktemp("transcript-original")
    package = make_package(folder / "spoken-urdu.exhibit", items=4, advisories=False,
                           languages=("en", "ar", "ur"), cue_languages=("en", "ur"))
    app, _clock = start_kiosk(package)
    try:
        open_testimony(app, "ar")
        assert app.bridge.rtl
        transcript = app.testimony.transcript  # type: ignore[union-attr]
        assert (transcript.property("language"), transcript.property("originalLanguage")) == (
            "en", "ur")
        texts = shown(app, "cueText")
        english = [t for t in texts if t.property("lang") == "en"]
        urdu = [t for t in texts if t.property("lang") == "ur"]
        assert len(english) == len(urdu) == 3
        assert min(left(t) for t in english) > max(left(t) + t.width() for t in urdu) - 1, (
            "the visitor's column is not on the reading side")
        tags = shown(app, "transcriptLanguage")
        assert [tag_text(t) for t in tags] == [ENGLISH]
        assert abs(left(tags[0]) - min(left(t) for t in english)) < 2
        app.window.grabWindow().save(str(tmp_path_factory.getbasetemp() / "beside-original.png"))
    finally:
        app.close()
