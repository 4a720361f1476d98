"""The testimony player and the advisories wired into the running kiosk (demo package)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize

from kiosk.ui.app import KioskApp
from kiosk.ui.images import Request
from kiosk.ui.settle import find_items, settle, wait_until
from tests.ui_support import start_kiosk

DEMO = Path(__file__).resolve().parents[1] / "build" / "demo.exhibit"


@pytest.fixture
def demo(qapp: object) -> Iterator[KioskApp]:
    if not DEMO.exists():
        pytest.skip("build/demo.exhibit not built")
    app, _clock = start_kiosk(DEMO)
    try:
        yield app
    finally:
        app.close()


def find(app: KioskApp, wanted: object) -> tuple[int, int]:
    bridge = app.bridge
    for s in range(bridge.sections_model.rowCount()):
        items = bridge.sections_model.items_of(s)
        for i, item in enumerate(items.items() if items else ()):
            if wanted(item):  # type: ignore[operator]
                return s, i
    raise AssertionError("no such item in the demo")


def enter(app: KioskApp) -> None:
    app.session.touch()
    app.bridge.chooseLanguage("en")
    while app.bridge.advisory:
        app.bridge.continueAdvisory()
    assert app.bridge.screen == "overview"


def open_item(app: KioskApp, where: tuple[int, int]) -> None:
    app.bridge.openSection(*where)
    while app.bridge.advisory:
        app.bridge.continueAdvisory()
    assert app.bridge.screen == "slideshow"


def test_context_properties_for_theme_and_screens(demo: KioskApp) -> None:
    context = demo.engine.rootContext()
    for name in ("kiosk", "accessibility", "advisories", "testimonyPlayer",
                 "testimonyTranscript"):
        assert context.contextProperty(name) is not None, name


def test_play_card_opens_the_testimony_screen_and_leaving_stops(demo: KioskApp) -> None:
    enter(demo)
    where = find(demo, lambda x: x.kind == "testimony")
    open_item(demo, where)
    testimony = demo.testimony
    assert testimony is not None
    item = demo.bridge.slides_model.item(demo.bridge.slideIndex)
    assert item is not None and item.kind == "testimony"
    demo.bridge.playTestimony(item.id)
    assert demo.bridge.screen == "testimony"
    assert wait_until(lambda: testimony.transcript.rowCount() > 0, 10)
    settle(demo.window)
    assert find_items(demo.window, "testimonyView")
    assert demo.bridge.testimonyStrings["play"]
    demo.bridge.back()
    assert demo.bridge.screen == "slideshow"
    demo.bridge.home()
    assert testimony._item == -1  # left the item: stopped


def test_idle_reset_forgets_the_testimony(demo: KioskApp) -> None:
    enter(demo)
    open_item(demo, find(demo, lambda x: x.kind == "testimony"))
    item = demo.bridge.slides_model.item(demo.bridge.slideIndex)
    assert item is not None
    demo.bridge.playTestimony(item.id)
    assert wait_until(lambda: demo.testimony is not None
                      and demo.testimony.transcript.rowCount() > 0, 10)
    demo.session.reset()
    assert demo.testimony is not None
    assert demo.testimony.transcript.rowCount() == 0


def test_section_notice_guards_and_go_back_stays_on_the_overview(demo: KioskApp) -> None:
    enter(demo)
    gate = demo.bridge.gate
    where = find(demo, lambda x: x.kind == "photo" and bool(gate.isBlurred(x.id)))
    demo.bridge.openSection(*where)
    assert demo.bridge.advisory, "the body section has a notice"
    assert demo.bridge.screen == "overview"
    demo.bridge.declineAdvisory()
    assert not demo.bridge.advisory
    assert demo.bridge.screen == "overview"
    open_item(demo, where)
    item = demo.bridge.slides_model.item(demo.bridge.slideIndex)
    assert item is not None and gate.isBlurred(item.id)
    assert demo.bridge.slide["details"]


def test_placeholder_kind_serves_the_tiny_blurred_image(demo: KioskApp) -> None:
    enter(demo)
    where = find(demo, lambda x: x.media is not None)
    items = demo.bridge.sections_model.items_of(where[0])
    assert items is not None
    media = items.items()[where[1]].media
    assert media is not None
    image = demo.images.load(Request("placeholder", str(media.id), QSize()))
    assert not image.isNull() and image.width() <= 64


def test_text_size_has_one_source(demo: KioskApp) -> None:
    a11y = demo.engine.rootContext().contextProperty("accessibility")
    demo.bridge.setTextStep(2)
    assert a11y.textStep == 2
    assert demo.bridge.textScale == a11y.textScale
