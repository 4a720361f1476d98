"""The visitor's display choices and their reset; a photo's details for the info panel."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from kiosk.package.records import ItemInfo, Text
from kiosk.ui.accessibility import TEXT_SCALES, Accessibility, photo_details


def test_text_size_steps_clamp_and_notify(qtbot: QtBot) -> None:
    a11y = Accessibility()
    assert a11y.textSteps >= 3 and a11y.textScale == 1.0
    with qtbot.waitSignal(a11y.textChanged):
        a11y.largerText()
    assert a11y.textStep == 1 and a11y.textScale == TEXT_SCALES[1]
    a11y.setTextStep(99)
    assert a11y.textStep == len(TEXT_SCALES) - 1 and a11y.textScale == TEXT_SCALES[-1]
    with qtbot.assertNotEmitted(a11y.textChanged):
        a11y.largerText()  # already the largest
    a11y.setTextStep(-5)
    assert a11y.textStep == 0


def test_reset_clears_every_choice_and_restores_the_stations_motion(qtbot: QtBot) -> None:
    a11y = Accessibility(reduced_motion=True)
    assert a11y.reducedMotion
    a11y.setTextStep(2)
    a11y.setHighContrast(True)
    a11y.setReducedMotion(False)
    assert (a11y.textStep, a11y.highContrast, a11y.reducedMotion) == (2, True, False)
    with qtbot.waitSignal(a11y.contrastChanged), qtbot.waitSignal(a11y.motionChanged):
        a11y.reset()
    assert (a11y.textStep, a11y.textScale, a11y.highContrast, a11y.reducedMotion) == (
        0, 1.0, False, True)


def test_station_default_for_motion_follows_unless_the_visitor_chose(qapp: object) -> None:
    a11y = Accessibility()
    a11y.set_default_reduced_motion(True)
    assert a11y.reducedMotion
    a11y.setReducedMotion(False)  # the visitor wants motion
    a11y.set_default_reduced_motion(True)
    assert not a11y.reducedMotion
    a11y.reset()
    assert a11y.reducedMotion


def test_properties_are_writable_from_qml_names(qapp: object) -> None:
    a11y = Accessibility()
    assert a11y.setProperty("highContrast", True) and a11y.property("highContrast") is True
    assert a11y.setProperty("textStep", 1) and a11y.property("textScale") == TEXT_SCALES[1]


def test_bad_scales_are_refused(qapp: object) -> None:
    with pytest.raises(ValueError):
        Accessibility(scales=(1.2, 1.0))


def test_photo_details_in_the_visitors_language_with_fallback_languages() -> None:
    item = ItemInfo(
        id=1, section_id=1, position=0, slug="eye", kind="photo",
        title=Text({"en": "An eye", "ur": "ایک آنکھ"}), caption=Text(), long_text=Text(),
        alt_text=Text({"en": "A round orange-red image."}), date="1998",
        place=Text(), creator=Text({"en": "N. Eye"}), credit=Text({"en": "Clinic archive"}),
        rights=Text({"en": "CC BY 4.0"}), rights_url="https://example.org/by",
        source=Text(), source_url="", tags=(), media=None)
    details = photo_details(item, "ur", "en")
    assert (details["title"], details["titleLang"]) == ("ایک آنکھ", "ur")
    assert (details["alt"], details["altLang"]) == ("A round orange-red image.", "en")
    assert details["facts"] == [
        {"key": "creator", "text": "N. Eye", "lang": "en"},
        {"key": "date", "text": "1998", "lang": ""},
        {"key": "credit", "text": "Clinic archive", "lang": "en"},
        {"key": "rights", "text": "CC BY 4.0\nhttps://example.org/by", "lang": "en"},
    ]
