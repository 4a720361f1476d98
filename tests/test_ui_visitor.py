# ruff: noqa: F811  (pytest fixtures imported from ui_support)
"""A visitor at the kiosk: real touch events through QTest, offscreen.

Each test asserts on what changed (screen, index, zoom, language) and the
idle warning runs on a manual clock, so nothing here sleeps for real time.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtQuick import QQuickItem
from PySide6.QtTest import QTest
from ui_support import (  # noqa: F401  (fixtures)
    IDLE_S,
    UI_SIZE,
    broken_package,
    center_of,
    double_tap,
    item,
    kiosk,
    pinch,
    settle,
    start_kiosk,
    swipe,
    tap,
    tap_item,
    ui_package,
    wait_until,
)

from kiosk.ui.app import KioskApp
from kiosk.ui.settle import all_items, current_item, find_items

W, H = UI_SIZE


def to_overview(app: KioskApp, language: str = "en") -> None:
    tap(app.window, (W / 2, H / 2))
    assert wait_until(lambda: app.bridge.screen == "language")
    settle(app.window)
    tap_item(app.window, f"language-{language}")
    accept_notices(app)
    assert wait_until(lambda: app.bridge.screen == "overview")
    settle(app.window)


def accept_notices(app: KioskApp) -> None:
    """Tap Continue on each content notice (exhibition, section, item) in the way."""
    for _ in range(3):
        settle(app.window)
        if not app.bridge.advisory:
            return
        tap_item(app.window, "advisoryContinue")
    assert not app.bridge.advisory


def to_slideshow(app: KioskApp, section: int = 0, index: int = 2) -> None:
    to_overview(app)
    app.bridge.openSection(section, index)
    accept_notices(app)
    assert wait_until(lambda: app.bridge.screen == "slideshow")
    settle(app.window)


def zoom_view(app: KioskApp) -> QQuickItem:
    view = current_item(app.window, "zoomView")
    assert view is not None
    return view


def test_first_touch_chooses_a_language_then_shows_the_overview(kiosk: KioskApp) -> None:
    assert kiosk.bridge.screen == "attract"
    to_overview(kiosk, "ur")
    assert kiosk.bridge.language == "ur"
    assert kiosk.bridge.rtl
    assert kiosk.bridge.title.startswith("بندرگاہ")
    bar_button = item(kiosk.window, "languageButton")
    # Mirrored: the language button sits at the left in a right-to-left layout.
    assert center_of(bar_button).x() < W / 2


def test_tapping_a_thumbnail_opens_the_slideshow_there(kiosk: KioskApp) -> None:
    to_overview(kiosk)
    thumbs = [t for t in find_items(kiosk.window, "thumbnail") if t.property("index") == 2]
    first_section = min(thumbs, key=lambda t: center_of(t).y())
    tap(kiosk.window, center_of(first_section))
    assert wait_until(lambda: kiosk.bridge.screen == "slideshow")
    assert kiosk.bridge.slideIndex == 2
    assert kiosk.bridge.slide["title"] == "Harbour 2"


def test_arrows_and_swipes_change_photo(kiosk: KioskApp) -> None:
    to_slideshow(kiosk, index=1)
    tap_item(kiosk.window, "next")
    assert wait_until(lambda: kiosk.bridge.slideIndex == 2)
    tap_item(kiosk.window, "previous")
    assert wait_until(lambda: kiosk.bridge.slideIndex == 1)
    swipe(kiosk.window, (W * 0.8, H / 2), (W * 0.1, H / 2))
    assert wait_until(lambda: kiosk.bridge.slideIndex == 2)
    swipe(kiosk.window, (W * 0.1, H / 2), (W * 0.8, H / 2))
    assert wait_until(lambda: kiosk.bridge.slideIndex == 1)
    slides = item(kiosk.window, "slides")
    assert slides.property("currentIndex") == 1


def test_a_tap_toggles_the_caption(kiosk: KioskApp) -> None:
    to_slideshow(kiosk)
    assert kiosk.bridge.captionVisible
    tap(kiosk.window, (W / 2, H * 0.4))
    assert wait_until(lambda: not kiosk.bridge.captionVisible, 3)
    # A second tap soon after the first would be a double tap (zoom).
    QTest.qWait(QGuiApplication.styleHints().mouseDoubleClickInterval() + 50)
    assert not kiosk.bridge.zoomed
    tap(kiosk.window, (W / 2, H * 0.4))
    assert wait_until(lambda: kiosk.bridge.captionVisible, 3)


def test_the_open_info_panel_is_not_covered_by_the_caption_or_the_arrows(
        kiosk: KioskApp) -> None:
    to_slideshow(kiosk, index=2)  # a photo with no advisory, and one after it
    assert kiosk.bridge.captionVisible
    assert item(kiosk.window, "caption").isVisible() and item(kiosk.window, "next")
    button = [b for b in find_items(kiosk.window, "infoButton")
              if b.isVisible() and 0 < center_of(b).x() < W]
    tap(kiosk.window, center_of(button[0]))
    assert wait_until(lambda: item(kiosk.window, "infoPanel").isVisible(), 3)
    settle(kiosk.window)
    covering = [n for n in ("caption", "next", "previous")
                if [i for i in find_items(kiosk.window, n) if i.isVisible() and i.opacity() > 0]]
    assert covering == []
    tap_item(kiosk.window, "infoClose")
    assert wait_until(lambda: item(kiosk.window, "caption").isVisible(), 3)
    assert item(kiosk.window, "next").isVisible()
    # Open again, then go on to the next photo: the panel closes with its slide.
    tap(kiosk.window, center_of(button[0]))
    assert wait_until(lambda: not [i for i in find_items(kiosk.window, "caption")
                                   if i.isVisible()], 3)
    kiosk.bridge.nextSlide()
    settle(kiosk.window)
    assert wait_until(lambda: item(kiosk.window, "caption").isVisible(), 3)


def test_double_tap_zooms_loads_only_visible_tiles_and_a_swipe_then_pans(
        kiosk: KioskApp) -> None:
    to_slideshow(kiosk, index=2)
    view = zoom_view(kiosk)
    double_tap(kiosk.window, (W / 2, H / 2))
    assert wait_until(lambda: kiosk.bridge.zoomed, 3)
    assert view.property("zoom") > 1.5
    tiles = kiosk.bridge.tiles_model
    assert wait_until(lambda: tiles.rowCount() > 0, 3)
    media = kiosk.images.media(tiles.tiles()[0][0])
    assert media is not None
    levels = {t[1] for t in tiles.tiles()}
    assert levels == {media.max_level}, "zoomed to full detail: the top level"
    cols = -(-media.width // media.tile_size)
    rows = -(-media.height // media.tile_size)
    assert len(tiles.tiles()) < cols * rows, "only the tiles in view"
    settle(kiosk.window)
    # A swipe while zoomed pans the photo; it does not change photo.
    x_before = view.property("contentX")
    swipe(kiosk.window, (W * 0.7, H / 2), (W * 0.3, H / 2))
    settle(kiosk.window)
    assert kiosk.bridge.slideIndex == 2
    assert view.property("contentX") > x_before
    # Double tap again (once the pan has come to rest): back to the whole photo,
    # and swiping changes photo again.
    assert wait_until(lambda: not view.property("moving"), 5)
    double_tap(kiosk.window, (W / 2, H / 2))
    assert wait_until(lambda: not kiosk.bridge.zoomed, 3)
    assert tiles.rowCount() == 0
    swipe(kiosk.window, (W * 0.8, H / 2), (W * 0.1, H / 2))
    assert wait_until(lambda: kiosk.bridge.slideIndex == 3)


def test_pinch_zooms_in(kiosk: KioskApp) -> None:
    to_slideshow(kiosk, index=2)
    view = zoom_view(kiosk)
    pinch(kiosk.window, (W / 2, H / 2), 100, 400)
    assert wait_until(lambda: view.property("zoom") > 1.5, 3)
    assert kiosk.bridge.zoomed


def test_reading_mode_text_size(kiosk: KioskApp) -> None:
    to_overview(kiosk)
    kiosk.bridge.openSectionText(0)
    assert wait_until(lambda: kiosk.bridge.screen == "reading")
    settle(kiosk.window)
    flick = item(kiosk.window, "readingFlick")
    height = flick.property("contentHeight")
    tap_item(kiosk.window, "textSize3")
    assert wait_until(lambda: kiosk.bridge.textStep == 3)
    assert kiosk.bridge.textSteps >= 3
    assert wait_until(lambda: flick.property("contentHeight") > height)
    tap_item(kiosk.window, "textSize0")
    assert wait_until(lambda: kiosk.bridge.textStep == 0)


def test_idle_warning_then_reset_forgets_the_visitor(kiosk: KioskApp) -> None:
    to_slideshow(kiosk, index=2)
    kiosk.bridge.chooseLanguage("ur")
    kiosk.bridge.setTextStep(2)
    double_tap(kiosk.window, (W / 2, H / 2))
    assert wait_until(lambda: kiosk.bridge.zoomed, 3)
    clock = kiosk.clock  # type: ignore[attr-defined]
    clock.advance(IDLE_S + 0.1)
    kiosk.driver.tick()
    assert kiosk.bridge.warning
    assert kiosk.bridge.warningSeconds >= 20
    settle(kiosk.window)
    assert item(kiosk.window, "continue").height() >= kiosk.bridge.touchTarget
    # The one large button continues where the visitor was.
    tap_item(kiosk.window, "continue")
    assert wait_until(lambda: not kiosk.bridge.warning)
    assert kiosk.bridge.screen == "slideshow" and kiosk.bridge.language == "ur"
    # Walk away: warning, countdown, reset.
    clock.advance(IDLE_S + 0.1)
    kiosk.driver.tick()
    assert kiosk.bridge.warning
    clock.advance(kiosk.session.timing.warning_s)
    kiosk.driver.tick()
    assert wait_until(lambda: kiosk.bridge.screen == "attract")
    b = kiosk.bridge
    assert (b.language, b.textStep, b.zoomed, b.slideIndex, b.warning) == ("en", 0, False, 0, False)
    assert not b.rtl


def test_every_touch_target_is_large_enough(kiosk: KioskApp) -> None:
    minimum = kiosk.bridge.touchTarget
    seen = 0

    def check() -> None:
        nonlocal seen
        for button in all_items(kiosk.window.contentItem()):
            if button.metaObject().className().startswith("TouchButton") and button.isVisible():
                assert min(button.width(), button.height()) >= minimum - 0.5, button
                seen += 1

    to_overview(kiosk)
    check()
    kiosk.bridge.openSection(0, 1)
    settle(kiosk.window)
    check()
    kiosk.bridge.openSectionText(0)
    settle(kiosk.window)
    check()
    assert seen >= 6


def test_testimony_shows_a_play_card_and_asks_for_playback(kiosk: KioskApp) -> None:
    to_slideshow(kiosk, index=0)
    asked: list[int] = []
    kiosk.bridge.testimonyRequested.connect(asked.append)
    tap_item(kiosk.window, "playTestimony")
    assert wait_until(lambda: bool(asked))
    assert asked[0] == kiosk.bridge.slides_model.item(0).id  # type: ignore[union-attr]


def test_a_broken_photo_shows_a_placeholder_and_the_kiosk_carries_on(
        qapp: object, broken_package: Path, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="kiosk.ui.images"):
        app, _ = start_kiosk(broken_package)
        try:
            tap(app.window, (W / 2, H / 2))  # one language: straight to the overview
            assert wait_until(lambda: app.bridge.screen == "overview")
            app.bridge.openSection(0, 0)
            settle(app.window)
            photo = current_item(app.window, "zoomView")
            assert photo is not None
            base = next(p for p in find_items(app.window, "photo") if photo.isAncestorOf(p))
            assert wait_until(lambda: bool(base.property("broken")))
            tap_item(app.window, "next")
            assert wait_until(lambda: app.bridge.slideIndex == 1)
            settle(app.window)
            good = current_item(app.window, "zoomView")
            assert good is not None
            assert not [p for p in find_items(app.window, "photo")
                        if good.isAncestorOf(p) and p.property("broken")]
        finally:
            app.close()
    broken = [r for r in caplog.records if "cannot be shown" in r.getMessage()]
    assert broken, "the broken photo is logged"
    assert len({r.getMessage() for r in broken}) == len(broken), "each once"


def test_high_contrast_is_a_visitor_choice_forgotten_at_the_reset(kiosk: KioskApp) -> None:
    to_overview(kiosk)
    window = kiosk.window
    before = window.color().name()
    tap_item(window, "highContrast")
    a11y = kiosk.bridge._a11y
    assert wait_until(lambda: bool(a11y.property("highContrast")))
    # The theme follows at once: the window background turns black.
    assert wait_until(lambda: window.color().name() == "#000000")
    assert before != "#000000"
    clock = kiosk.clock  # type: ignore[attr-defined]
    clock.advance(IDLE_S + 0.1)
    kiosk.driver.tick()
    clock.advance(kiosk.session.timing.warning_s)
    kiosk.driver.tick()
    assert wait_until(lambda: kiosk.bridge.screen == "attract")
    assert not a11y.property("highContrast")
    assert wait_until(lambda: window.color().name() == before)
