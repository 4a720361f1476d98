"""AdvisoryGate: which notice stands before a destination, blur state, the visit's answers."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_factory import make_package
from pytestqt.qtbot import QtBot

from kiosk.package.reader import Package
from kiosk.package.records import Advisory, ItemInfo, SectionInfo, Text
from kiosk.ui.advisories import AdvisoryGate

EN_UR = Text({"en": "Photographs of wounded people.", "ur": "زخمی لوگوں کی تصاویر۔"})


def _section(sid: int, slug: str, items: tuple[int, ...]) -> SectionInfo:
    return SectionInfo(id=sid, position=sid, slug=slug, title=Text({"en": slug}),
                       introduction=Text(), long_text=Text(), cover_item_id=None,
                       item_ids=items)


def _item(iid: int, sid: int) -> ItemInfo:
    empty = Text()
    return ItemInfo(id=iid, section_id=sid, position=iid, slug=f"item-{iid}", kind="photo",
                    title=empty, caption=empty, long_text=empty, alt_text=empty, date="",
                    place=empty, creator=empty, credit=empty, rights=empty, rights_url="",
                    source=empty, source_url="", tags=(), media=None)


SECTIONS = (_section(1, "harbour", (10, 11)), _section(2, "hospital", (20, 21, 22)))
ITEMS = tuple(_item(i, s.id) for s in SECTIONS for i in s.item_ids)
ADVISORIES = (
    Advisory(1, "exhibition", "notice", EN_UR),
    Advisory(2, "section", "notice", Text({"en": "Section 2 shows surgery."}), section_id=2),
    Advisory(3, "item", "notice", Text({"en": "An amputation.", "ur": "ایک عضو کاٹنا۔"}),
             item_id=21),
    Advisory(4, "item", "blur", Text({"en": "A burned hand."}), item_id=22),
    Advisory(5, "passage", "notice", Text({"en": "Screams."}), item_id=20,
             start_ms=1000, end_ms=2000),
)


@pytest.fixture
def gate(qapp: object) -> AdvisoryGate:
    return AdvisoryGate(ADVISORIES, sections=SECTIONS, items=ITEMS, default_language="en")


def _ids(gate: AdvisoryGate, kind: str, ident: int) -> list[int]:
    """Accept every notice before a destination, in the order shown; their ids."""
    shown = []
    while (pending := gate.pendingFor(kind, ident)) is not None:
        shown.append(pending["id"])
        gate.accept(pending["id"])
    return shown


def test_exhibition_notice_stands_before_everything_until_accepted(gate: AdvisoryGate) -> None:
    for kind, ident in (("exhibition", 0), ("section", 1), ("item", 10), ("item", 21)):
        pending = gate.pendingFor(kind, ident)
        assert pending is not None and pending["id"] == 1 and pending["scope"] == "exhibition"
    gate.accept(1)
    assert gate.pendingFor("exhibition", 0) is None
    assert gate.pendingFor("section", 1) is None
    assert gate.pendingFor("item", 10) is None


def test_section_then_item_notice_outermost_first(gate: AdvisoryGate) -> None:
    assert _ids(gate, "item", 21) == [1, 2, 3]
    # Accepting the section's notice does not cover an item's own, more specific one:
    gate.reset()
    assert _ids(gate, "section", 2) == [1, 2]
    pending = gate.pendingFor("item", 21)
    assert pending is not None and pending["id"] == 3 and pending["itemId"] == 21
    assert gate.pendingFor("item", 20) is None  # the passage advisory is the transcript's


def test_blur_is_not_a_notice_and_stays_revealed_for_the_visit(gate: AdvisoryGate) -> None:
    gate.accept(1)
    gate.accept(2)
    assert gate.pendingFor("item", 22) is None
    assert gate.isBlurred(22) and not gate.isBlurred(20) and not gate.isBlurred(21)
    blur = gate.blurFor(22)
    assert blur is not None and blur["mode"] == "blur" and blur["text"] == "A burned hand."
    before = gate.revision
    gate.reveal(22)
    assert not gate.isBlurred(22) and gate.blurFor(22) is None and gate.revision > before
    gate.setLanguage("ur")  # a language switch does not blur it again
    assert not gate.isBlurred(22)
    gate.reset()
    assert gate.isBlurred(22)
    gate.accept(4)  # accepting the item's blur advisory reveals it too
    assert not gate.isBlurred(22)


def test_section_blur_reaches_every_item_of_the_section_one_by_one(qapp: object) -> None:
    gate = AdvisoryGate((Advisory(7, "section", "blur", EN_UR, section_id=2),),
                        sections=SECTIONS, items=ITEMS)
    assert [gate.isBlurred(i) for i in (10, 11, 20, 21, 22)] == [False, False, True, True, True]
    gate.reveal(20)
    assert [gate.isBlurred(i) for i in (20, 21, 22)] == [False, True, True]


def test_decline_emits_where_and_keeps_the_notice(qtbot: QtBot, gate: AdvisoryGate) -> None:
    gate.accept(1)
    with qtbot.waitSignal(gate.declined) as blocker:
        scope = gate.decline(2)
    assert blocker.args == [2, "section:hospital"] and scope == "section"
    pending = gate.pendingFor("section", 2)
    assert pending is not None and pending["id"] == 2  # asked again next time
    with qtbot.waitSignal(gate.declined) as blocker:
        gate.skipBlurred(4, 22)
    assert blocker.args == [4, "item:item-22"]
    assert gate.declines == ((2, "section:hospital"), (4, "item:item-22"))
    assert gate.decline(999) == ""


def test_accept_notifies_once_and_reset_forgets_everything(qtbot: QtBot,
                                                           gate: AdvisoryGate) -> None:
    with qtbot.waitSignal(gate.accepted) as blocker:
        gate.accept(1)
    assert blocker.args == [1, "exhibition"] and gate.acceptedCount == 1
    with qtbot.assertNotEmitted(gate.changed):
        gate.accept(1)  # already accepted
        gate.accept(42)  # unknown
    gate.reveal(22)
    with qtbot.waitSignal(gate.changed):
        gate.reset()
    assert gate.acceptedCount == 0 and gate.isBlurred(22)
    pending = gate.pendingFor("exhibition", 0)
    assert pending is not None and pending["id"] == 1


def test_text_in_the_visitors_language_else_a_marked_fallback(gate: AdvisoryGate) -> None:
    gate.setLanguage("ur")
    pending = gate.pendingFor("exhibition", 0)
    assert pending is not None
    assert (pending["text"], pending["lang"], pending["fallback"]) == (
        "زخمی لوگوں کی تصاویر۔", "ur", False)
    gate.accept(1)
    pending = gate.pendingFor("section", 2)  # English only
    assert pending is not None
    assert (pending["text"], pending["lang"], pending["fallback"]) == (
        "Section 2 shows surgery.", "en", True)
    gate.setLanguage("ur-PK")  # a regional tag still finds the Urdu text
    item = gate.pendingFor("item", 21)
    assert item is not None and item["id"] == 2
    gate.accept(2)
    item = gate.pendingFor("item", 21)
    assert item is not None and item["lang"] == "ur" and not item["fallback"]


def test_text_missing_in_default_language_uses_any_language(qapp: object) -> None:
    gate = AdvisoryGate((Advisory(1, "exhibition", "notice", Text({"az-Latn": "Yaralılar."})),),
                        default_language="en", language="ur")
    pending = gate.pendingFor("exhibition", 0)
    assert pending is not None
    assert (pending["text"], pending["lang"], pending["fallback"]) == (
        "Yaralılar.", "az-Latn", True)


def test_unknown_kind_is_no_advisory(gate: AdvisoryGate) -> None:
    assert gate.pendingFor("planet", 3) is None


def test_the_test_package_advisories_load(qapp: object, tmp_path: Path) -> None:
    """Records straight from a package (read here; the app reads them on its worker)."""
    with Package.open(make_package(tmp_path / "a.exhibit", items=8)) as package:
        gate = AdvisoryGate(package.advisories(), sections=package.sections(),
                            items=package.items(),
                            default_language=package.info.default_language, language="az-Latn")
        items = package.items()
    assert gate.count == 3  # exhibition notice, section notice, item blur (not the passage)
    blurred = [x.id for x in items if gate.isBlurred(x.id)]
    assert len(blurred) == 1
    second_section = items[-1]
    assert _ids(gate, "item", second_section.id)[0] == gate.applicable("exhibition", 0)[0].id
    assert gate.pendingFor("item", second_section.id) is None
