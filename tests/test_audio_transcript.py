"""TranscriptModel and ChapterListModel: following the player, seeking, languages."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool
from pytestqt.qtbot import QtBot
from test_audio_support import CUES_EN, PASSAGE, build, encode

from kiosk.package.reader import Package
from kiosk.package.records import Cue
from kiosk.ui.audio.direction import is_rtl
from kiosk.ui.audio.player import TestimonyPlayer
from kiosk.ui.audio.transcript import ChapterRole, CueRole, TranscriptModel, pair_cues

RTL = Qt.LayoutDirection.RightToLeft.value
LTR = Qt.LayoutDirection.LeftToRight.value


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Package, int]]:
    tmp = tmp_path_factory.mktemp("transcript")
    ogg = encode(tmp / "tone.ogg", seconds=6)
    ids = build(tmp / "t.exhibit", [(ogg, "audio/ogg")])
    pkg = Package.open(tmp / "t.exhibit")
    yield pkg, ids[0]
    pkg.close()


@pytest.fixture
def player(qtbot: QtBot) -> Iterator[TestimonyPlayer]:
    p = TestimonyPlayer()
    yield p
    p.shutdown()
    QThreadPool.globalInstance().waitForDone(2000)


def _current_flags(model: TranscriptModel) -> list[bool]:
    return [model.data(model.index(i, 0), CueRole.IsCurrent) for i in range(model.rowCount())]


def test_current_cue_follows_the_position_and_notifies_only_on_change(
    package: tuple[Package, int],
) -> None:
    pkg, item = package
    model = TranscriptModel(synchronous=True)
    model.load(pkg, item, "en")
    changes: list[int] = []
    model.currentIndexChanged.connect(lambda: changes.append(model.currentIndex))
    rows_changed: list[int] = []
    model.dataChanged.connect(lambda a, b, roles: rows_changed.append(a.row()))
    for pos, want in [(0, 0), (500, 0), (950, 0), (1000, 1), (2999, 2), (5999, 5), (99_999, 5)]:
        model.setPosition(pos)
        assert model.currentIndex == want, pos
    assert changes == [1, 2, 5]  # 0 → 0 again emitted nothing
    assert _current_flags(model) == [False] * 5 + [True]
    assert sorted(set(rows_changed)) == [0, 1, 2, 5]
    model.setPosition(0)
    assert model.currentText == "English line 0" and model.currentSpeaker == "Amina"


def test_highlight_follows_real_playback_and_tap_seeks(
    qtbot: QtBot, player: TestimonyPlayer, package: tuple[Package, int]
) -> None:
    pkg, item = package
    model = TranscriptModel(player)
    model.load(pkg, item, "en")
    player.load(pkg, item)
    qtbot.waitUntil(lambda: model.count == 6 and player.available, timeout=5000)
    player.play()
    qtbot.waitUntil(lambda: model.currentIndex == 0 and player.position > 100, timeout=3000)
    model.seekToCue(3)  # the visitor taps the fourth line
    assert player.position == 3000 and model.currentIndex == 3
    qtbot.waitUntil(lambda: model.currentIndex == 4, timeout=3000)
    assert player.position >= 4000
    assert _current_flags(model)[4]


def test_side_by_side_original_rtl_and_speaker_names(package: tuple[Package, int]) -> None:
    pkg, item = package
    model = TranscriptModel(synchronous=True)
    model.load(pkg, item, "en")  # original defaults to the spoken language, Urdu
    assert model.hasOriginal and model.originalLanguage == "ur"
    assert model.direction == LTR and model.originalDirection == RTL
    ix = model.index(1, 0)
    assert model.data(ix, CueRole.Text) == "English line 1"
    assert model.data(ix, CueRole.OriginalText) == "اردو سطر 1"
    assert model.data(ix, CueRole.Speaker) == "Interviewer"
    assert model.data(ix, CueRole.OriginalDirection) == RTL
    model.setLanguage("ur")  # Urdu visitor: the original is the same language, one column
    assert model.language == "ur" and not model.hasOriginal and model.direction == RTL
    assert model.data(model.index(0, 0), CueRole.Speaker) == "آمنہ"
    chapters = model.chapters
    assert chapters.rowCount() == 2
    assert chapters.data(chapters.index(1, 0), ChapterRole.Title) == "جنگ"
    assert [chapters.data(chapters.index(i, 0), ChapterRole.End) for i in range(2)] == [3000, 6000]
    model.setLanguage("fr")  # no French cues: the exhibition's default language
    assert model.language == "en"
    assert {bytes(v.data()) for v in model.roleNames().values()} >= {
        b"start",
        b"end",
        b"speaker",
        b"text",
        b"isCurrent",
        b"originalText",
        b"originalDirection",
    }


def test_passage_advisory_shows_ahead_and_skip_jumps_past(package: tuple[Package, int]) -> None:
    pkg, item = package
    model = TranscriptModel(synchronous=True, advisory_lead_ms=2000)
    seeks: list[int] = []
    model.seekRequested.connect(seeks.append)
    model.load(pkg, item, "en")
    model.setPosition(PASSAGE[0] - 2500)
    assert not model.passageAdvisoryActive and model.passageAdvisory == ""
    model.setPosition(PASSAGE[0] - 1500)
    assert model.passageAdvisoryActive and model.passageAdvisory == "Describes violence."
    model.skipPassage()
    assert seeks == [PASSAGE[1]] and not model.passageAdvisoryActive
    model.setPosition(PASSAGE[0] - 1000)  # skipped once this visit: not asked again
    assert not model.passageAdvisoryActive
    model.clear()
    model.load(pkg, item, "ur")
    model.setPosition(PASSAGE[0] + 10)
    assert model.passageAdvisory == "تشدد کا ذکر"
    model.acceptPassage()
    assert not model.passageAdvisoryActive


def test_asynchronous_load_and_language_switch(qtbot: QtBot, package: tuple[Package, int]) -> None:
    pkg, item = package
    model = TranscriptModel()
    model.load(pkg, item, "en")
    model.setLanguage("ur")  # the latest request wins
    qtbot.waitUntil(lambda: not model.loading, timeout=3000)
    assert model.language == "ur" and model.count == len(CUES_EN)
    QThreadPool.globalInstance().waitForDone(2000)


def test_pairing_by_time_when_tracks_differ() -> None:
    cues = (
        Cue(0, 0, 1000, "a", "one"),
        Cue(1, 1000, 2000, "a", "two"),
        Cue(2, 2000, 3000, "a", "three"),
    )
    original = (Cue(0, 0, 2000, "a", "eins-zwei"), Cue(1, 2000, 3000, "a", "drei"))
    assert pair_cues(cues, original) == ["eins-zwei", "eins-zwei", "drei"]
    assert pair_cues(cues, ()) == ["", "", ""]


@pytest.mark.parametrize(
    ("tag", "rtl"),
    [
        ("ur", True),
        ("ar", True),
        ("fa-IR", True),
        ("az-Arab", True),
        ("az-Latn", False),
        ("en", False),
        ("pa-Guru", False),
        ("", False),
        ("he", True),
    ],
)
def test_direction(tag: str, rtl: bool) -> None:
    assert is_rtl(tag) is rtl


def test_no_transcript_is_an_empty_model(tmp_path: Path) -> None:
    ids = build(tmp_path / "n.exhibit", [(b"x" * 100, "audio/ogg")], cues={})
    with Package.open(tmp_path / "n.exhibit") as pkg:
        model = TranscriptModel(synchronous=True)
        model.load(pkg, ids[0], "en")
        assert model.count == 0 and model.currentIndex == -1
        model.setPosition(1000)
        model.seekToCue(0)
        assert model.currentIndex == -1
