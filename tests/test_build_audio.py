"""Recordings: each format is probed, measured (EBU R 128) and recognised; bad ones refused."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from build_fixtures import tone

from kiosk.build import audio
from kiosk.build.audio import AudioError, measure_loudness, probe

pytestmark = pytest.mark.skipif(shutil.which("ffmpeg") is None, reason="needs ffmpeg")

FORMATS = [
    ("t.wav", [], "audio/wav"),
    ("t.flac", [], "audio/flac"),
    ("t.mp3", ["-c:a", "libmp3lame", "-b:a", "128k"], "audio/mpeg"),
    ("t.opus", ["-c:a", "libopus", "-b:a", "64k"], "audio/ogg"),
    ("t.ogg", ["-c:a", "libvorbis"], "audio/ogg"),
    ("t.m4a", ["-c:a", "aac", "-b:a", "128k"], "audio/mp4"),
]


@pytest.mark.parametrize(("name", "codec", "mime"), FORMATS, ids=[f[0] for f in FORMATS])
def test_formats_are_probed_and_measured(tmp_path: Path, name: str, codec: list[str],
                                         mime: str) -> None:
    path = tone(tmp_path / name, seconds=2.0, volume_db=-6.0, codec=codec)
    info = probe(path)
    assert info.mime == mime
    assert abs(info.duration_ms - 2000) <= 60  # encoder padding
    assert info.sample_rate == 48000
    assert info.channels == 1  # also AAC, whose MP4 sample entry says 2 (mutagen's answer)
    loud = measure_loudness(path, info.duration_ms)
    # ffmpeg's sine has amplitude 1/8 (-18 dBFS), -6 dB more is -24 dBFS peak. A mono
    # 997 Hz sine (where K-weighting is flat) measures 3.0 dB below its peak in LUFS.
    assert loud.integrated_lufs is not None and loud.true_peak_dbtp is not None
    assert loud.integrated_lufs == pytest.approx(-27.0, abs=1.0)
    assert loud.true_peak_dbtp == pytest.approx(-24.0, abs=1.0)


@pytest.mark.parametrize("name", ["s.m4a", "s.flac", "s.opus"])
def test_stereo_is_two_channels(tmp_path: Path, name: str) -> None:
    path = tone(tmp_path / name, seconds=1.0, codec=["-ac", "2"])
    assert probe(path).channels == 2


def test_m4a_without_ffprobe_falls_back_to_mutagen(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    path = tone(tmp_path / "t.m4a", seconds=1.0, codec=["-c:a", "aac"])
    monkeypatch.setattr(audio.shutil, "which", lambda _name: None)
    info = probe(path)
    assert info.mime == "audio/mp4" and abs(info.duration_ms - 1000) <= 60


def test_loudness_follows_the_level(tmp_path: Path) -> None:
    quiet = measure_loudness(tone(tmp_path / "q.flac", 2.0, volume_db=-20.0))
    loud = measure_loudness(tone(tmp_path / "l.flac", 2.0, volume_db=0.0))
    assert quiet.integrated_lufs is not None and loud.integrated_lufs is not None
    assert loud.integrated_lufs - quiet.integrated_lufs == pytest.approx(20.0, abs=0.3)


def test_silence_has_no_loudness(tmp_path: Path) -> None:
    path = tone(tmp_path / "s.flac", 1.0, volume_db=-200.0)
    assert measure_loudness(path).integrated_lufs is None


def test_text_file_is_not_a_recording(tmp_path: Path) -> None:
    path = tmp_path / "fake.mp3"
    path.write_text("hello, this is not audio\n" * 20)
    with pytest.raises(AudioError, match="not a recording"):
        probe(path)


def test_corrupt_recording_is_refused(tmp_path: Path) -> None:
    path = tone(tmp_path / "c.flac", 3.0)
    data = bytearray(path.read_bytes())
    data[200:] = bytes(len(data) - 200)  # keep the header, zero the frames
    path.write_bytes(bytes(data))
    with pytest.raises(AudioError, match="cannot be decoded"):
        measure_loudness(path, probe(path).duration_ms)


def test_missing_ffmpeg_says_install_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tone(tmp_path / "t.flac", 1.0)
    monkeypatch.setattr(audio.shutil, "which", lambda _name: None)
    with pytest.raises(AudioError, match="install ffmpeg"):
        measure_loudness(path)
