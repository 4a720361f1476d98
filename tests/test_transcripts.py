"""Transcripts: WebVTT and SRT into plain cues with speakers; mistakes named by cue and line."""

from __future__ import annotations

from pathlib import Path

import pytest
from build_fixtures import SRT, VTT, write

from kiosk.build.transcripts import TranscriptError, check_cues, read_transcript


def test_vtt_voices_and_markup(tmp_path: Path) -> None:
    cues = read_transcript(write(tmp_path / "a.vtt", VTT))
    assert [(c.start_ms, c.end_ms, c.speaker, c.text) for c in cues] == [
        (0, 1000, "anna", "Hello, I am Anna."),
        (1000, 2500, "int", "Where were you born?"),
    ]
    assert [c.line for c in cues] == [3, 6]


def test_vtt_entities_classes_settings_and_short_times(tmp_path: Path) -> None:
    text = ("WEBVTT\n\nNOTE a comment\n\nc1\n00:01.250 --> 00:02.000 align:start\n"
            "<v.loud Bob Smith>Fish &amp; <i>chips</i>\nsecond line\n")
    [cue] = read_transcript(write(tmp_path / "b.vtt", text))
    assert (cue.start_ms, cue.end_ms, cue.speaker) == (1250, 2000, "Bob Smith")
    assert cue.text == "Fish & chips\nsecond line"


def test_srt_speaker_prefix_only_for_known_speakers(tmp_path: Path) -> None:
    path = write(tmp_path / "a.srt", SRT + "\n3\n00:00:03,000 --> 00:00:04,000\nNote: not a "
                 "speaker <i>here</i>\n")
    cues = read_transcript(path, frozenset({"anna", "int"}))
    assert [(c.speaker, c.text) for c in cues] == [
        ("anna", "Salam, mən Annayam."), ("int", "Harada doğulmusunuz?"),
        ("", "Note: not a speaker here"),
    ]
    assert cues[2].line == 10


def test_order_overlap_and_duration_are_checked(tmp_path: Path) -> None:
    text = ("WEBVTT\n\n00:00:01.000 --> 00:00:03.000\none\n\n"
            "00:00:02.000 --> 00:00:04.000\noverlaps a second\n\n"
            "00:00:00.500 --> 00:00:00.900\nout of order\n\n"
            "00:00:05.000 --> 00:00:04.000\nbackwards\n\n"
            "00:00:09.000 --> 00:00:12.000\ntoo late\n")
    cues = read_transcript(write(tmp_path / "bad.vtt", text))
    found = [(p.error, p.cue, p.line, p.message) for p in check_cues(cues, 10_000)]
    assert found == [
        (False, 2, 6, "overlaps the cue above by 1.0 s"),
        (True, 3, 9, "starts at 00:00:00.500, before the cue above it (00:00:02.000)"),
        (True, 4, 12, "ends (00:00:04.000) before it starts (00:00:05.000)"),
        (True, 5, 15, "ends at 00:00:12.000, after the recording (00:00:10.000)"),
    ]


def test_end_tolerance(tmp_path: Path) -> None:
    cues = read_transcript(write(tmp_path / "t.vtt", "WEBVTT\n\n00:00.000 --> 00:10.400\nx\n"))
    assert check_cues(cues, 10_000) == []


@pytest.mark.parametrize(("name", "text", "message"), [
    ("a.vtt", "not webvtt at all\n", "is not valid WebVTT"),
    ("b.vtt", "WEBVTT\n\n00:00:01.000 -> 00:00:02.000\nhi\n", "line 3: the arrow"),
    ("c.srt", "1\n00:00:01,000 --> 00:00:02,000\nhi\n\n2\n00:00:0x,000 --> 00:00:04,000\nho\n",
     "timing lines|not valid SRT"),
])
def test_unreadable_transcripts(tmp_path: Path, name: str, text: str, message: str) -> None:
    with pytest.raises(TranscriptError, match=message):
        read_transcript(write(tmp_path / name, text))


def test_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin1.srt"
    path.write_bytes("1\n00:00:01,000 --> 00:00:02,000\ncafé\n".encode("latin-1"))
    with pytest.raises(TranscriptError, match="not UTF-8"):
        read_transcript(path)
