"""TestimonyPlayer with the real FFmpeg backend, offscreen and with no sound card."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from pytestqt.qtbot import QtBot
from test_audio_support import DURATION_MS, build, encode, garbage

from kiosk.package.reader import Package
from kiosk.ui.audio import backend
from kiosk.ui.audio.blobdevice import MAX_READ
from kiosk.ui.audio.player import TestimonyPlayer

OGG, WAV, GARBAGE, TRUNCATED = range(4)


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Package, list[int]]]:
    tmp = tmp_path_factory.mktemp("audio")
    ogg = encode(tmp / "tone.ogg", seconds=DURATION_MS / 1000)
    wav = encode(tmp / "tone.wav", seconds=DURATION_MS / 1000, codec="wav")
    ids = build(
        tmp / "audio.exhibit",
        [
            (ogg, "audio/ogg"),
            (wav, "audio/wav"),
            (garbage(len(ogg)), "audio/ogg"),
            (ogg[: len(ogg) // 3], "audio/ogg"),
        ],
    )
    pkg = Package.open(tmp / "audio.exhibit")
    yield pkg, ids
    pkg.close()


@pytest.fixture
def player(qtbot: QtBot) -> Iterator[TestimonyPlayer]:
    p = TestimonyPlayer(max_volume=0.9)
    yield p
    p.shutdown()
    QThreadPool.globalInstance().waitForDone(2000)


def _play(qtbot: QtBot, player: TestimonyPlayer, pkg: Package, item: int) -> None:
    player.load(pkg, item)
    qtbot.waitUntil(lambda: player.available or bool(player.error), timeout=5000)
    player.play()


@pytest.mark.parametrize("which", [OGG, WAV])
def test_position_advances_without_a_sound_card(
    qtbot: QtBot, player: TestimonyPlayer, package: tuple[Package, list[int]], which: int
) -> None:
    pkg, ids = package
    _play(qtbot, player, pkg, ids[which])
    qtbot.waitUntil(lambda: player.position > 600, timeout=5000)
    assert player.playing and player.error == ""
    assert 0 <= player.startLatencyMs < 1000  # the budget (150 ms) is checked by the bench
    assert abs(player.duration - DURATION_MS) < 100
    device = player._device
    assert device is not None and 0 < device.largest_read <= MAX_READ


def test_pause_seek_and_toggle(
    qtbot: QtBot, player: TestimonyPlayer, package: tuple[Package, list[int]]
) -> None:
    pkg, ids = package
    _play(qtbot, player, pkg, ids[OGG])
    qtbot.waitUntil(lambda: player.playing, timeout=5000)
    player.toggle()
    qtbot.waitUntil(lambda: not player.playing, timeout=2000)
    player.seek(4000)
    assert player.position == 4000  # at once, before the backend confirms
    player.toggle()
    qtbot.waitUntil(lambda: player.position > 4200, timeout=3000)
    player.seek(10**9)
    assert player.position <= player.duration


def test_stop_releases_the_blob_and_resumes_within_a_visit(
    qtbot: QtBot, player: TestimonyPlayer, package: tuple[Package, list[int]]
) -> None:
    pkg, ids = package
    _play(qtbot, player, pkg, ids[OGG])
    player.seek(3500)
    qtbot.waitUntil(lambda: player.position > 3700, timeout=3000)
    player.stop()  # the visitor left the item
    assert not player.playing and player._device is None
    player.load(pkg, ids[WAV])
    player.load(pkg, ids[OGG])  # came back in the same visit
    qtbot.waitUntil(lambda: player.available, timeout=5000)
    assert 500 <= player.position <= 1500  # ~3.7 s minus the 3 s rewind
    player.play()
    qtbot.waitUntil(lambda: player.playing, timeout=3000)
    player.resetVisit()  # idle reset: the next visitor starts from the beginning
    assert player.itemId == -1 and not player.available and player.volume == pytest.approx(0.8)
    player.load(pkg, ids[OGG])
    qtbot.waitUntil(lambda: player.available, timeout=5000)
    assert player.position == 0


def test_play_after_stop_reloads_the_same_item(
    qtbot: QtBot, player: TestimonyPlayer, package: tuple[Package, list[int]]
) -> None:
    pkg, ids = package
    _play(qtbot, player, pkg, ids[OGG])
    qtbot.waitUntil(lambda: player.position > 200, timeout=3000)
    player.stop()
    player.play()
    qtbot.waitUntil(lambda: player.playing and player._device is not None, timeout=5000)


def test_garbage_recording_fails_that_item_only(
    qtbot: QtBot,
    player: TestimonyPlayer,
    package: tuple[Package, list[int]],
    caplog: pytest.LogCaptureFixture,
) -> None:
    pkg, ids = package
    with caplog.at_level(logging.WARNING):
        player.load(pkg, ids[GARBAGE])
        qtbot.waitUntil(lambda: bool(player.error), timeout=5000)
    assert not player.available and not player.playing
    assert any("recording" in r.message for r in caplog.records)
    player.play()  # a tap on a broken item does nothing
    assert not player.playing
    _play(qtbot, player, pkg, ids[OGG])  # the next item plays
    qtbot.waitUntil(lambda: player.position > 300, timeout=5000)
    assert player.error == ""


def test_truncated_recording_is_reported_but_plays_what_is_there(
    qtbot: QtBot, player: TestimonyPlayer, package: tuple[Package, list[int]]
) -> None:
    pkg, ids = package
    _play(qtbot, player, pkg, ids[TRUNCATED])
    qtbot.waitUntil(lambda: "damaged" in player.error, timeout=5000)
    qtbot.waitUntil(lambda: player.position > 200, timeout=5000)  # what is there plays
    assert player.available and player.playing


def test_without_qtmultimedia_a_silent_clock_plays(
    qtbot: QtBot,
    package: tuple[Package, list[int]],
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    pkg, ids = package
    # What a kiosk without libpulse0 sees: the import itself fails.
    monkeypatch.setitem(sys.modules, "PySide6.QtMultimedia", None)
    monkeypatch.setattr(backend, "_logged", set())
    with caplog.at_level(logging.WARNING):
        assert backend.load_multimedia() is None
        assert backend.load_multimedia() is None
    assert sum("QtMultimedia cannot load" in r.message for r in caplog.records) == 1
    player = TestimonyPlayer(synchronous=True)
    try:
        assert player.audioUnavailable
        player.load(pkg, ids[GARBAGE])  # nothing is decoded, so even this one "plays"
        assert player.available and player.duration == DURATION_MS
        player.play()
        qtbot.waitUntil(lambda: player.position > 300, timeout=3000)
        player.seek(5900)
        qtbot.waitUntil(lambda: not player.playing, timeout=3000)
        assert player.position == DURATION_MS
    finally:
        player.shutdown()


def test_no_output_device_is_flagged_once(
    qtbot: QtBot,
    package: tuple[Package, list[int]],
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    mm = backend.load_multimedia()
    assert mm is not None
    monkeypatch.setattr(mm.QMediaDevices, "audioOutputs", staticmethod(lambda: []))
    monkeypatch.setattr(backend, "_logged", set())
    with caplog.at_level(logging.WARNING):
        players = [TestimonyPlayer(), TestimonyPlayer()]
    try:
        assert all(p.audioUnavailable for p in players)
        assert sum("no audio output device" in r.message for r in caplog.records) == 1
    finally:
        for p in players:
            p.shutdown()


def test_volume_is_capped_and_normalised(
    player: TestimonyPlayer, package: tuple[Package, list[int]], qtbot: QtBot
) -> None:
    pkg, ids = package
    player.load(pkg, ids[OGG])  # -29 LUFS: 6 dB quiet, lifted by the full headroom
    qtbot.waitUntil(lambda: player.available, timeout=5000)
    assert player.gainDb == pytest.approx(6.0)
    player.setVolume(1.0)
    assert player.outputVolume == pytest.approx(0.9)  # max_volume caps it
    player.setVolume(5.0)
    assert player.volume == 1.0
    player.setVolume(0.0)
    assert player.outputVolume == 0.0
    output = player._output
    assert output is not None and output.volume() == 0.0


_SWITCHING = """
import sys
from PySide6.QtCore import QCoreApplication, QTimer
from kiosk.package.reader import Package
from kiosk.ui.audio import TestimonyPlayer

app = QCoreApplication([])
pkg = Package.open(sys.argv[1])
a, b = int(sys.argv[2]), int(sys.argv[3])
player = TestimonyPlayer()
player.load(pkg, a)
steps = [
    (300, player.play),
    (1000, lambda: player.load(pkg, b)),  # another item while this one plays
    (1100, player.play),
    (1800, lambda: player.seek(2500)),
    (2500, player.stop),  # the visitor leaves, mid-sentence
    (2600, player.play),
    (3300, player.resetVisit),
    (3400, app.quit),
]
for ms, step in steps:
    QTimer.singleShot(ms, step)
app.exec()
player.shutdown()
pkg.close()
print("ok")
"""


def test_switching_items_while_playing_does_not_deadlock(
    package: tuple[Package, list[int]], tmp_path: Path
) -> None:
    # The PySide/FFmpeg GIL trap (see player.py): tearing down a playing
    # source from Python must not wait for threads that need the GIL. Run in a
    # child process so that a regression fails by timeout instead of hanging.
    pkg, ids = package
    script = tmp_path / "switch.py"
    script.write_text(_SWITCHING)
    root = Path(__file__).resolve().parent.parent
    env = {**os.environ, "PYTHONPATH": str(root), "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, str(script), str(pkg.path), str(ids[OGG]), str(ids[WAV])],
        capture_output=True, text=True, timeout=30, env=env, check=False,
    )
    assert out.returncode == 0 and out.stdout.strip().endswith("ok"), out.stderr[-2000:]
