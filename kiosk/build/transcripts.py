"""Timed transcripts (WebVTT, SRT) into plain cues, with speakers and checks.

Speakers come from WebVTT voice tags (``<v anna>``) or, in SRT, from an
``ID:`` prefix whose ID is one of the testimony's speakers.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path

import srt
import webvtt
from webvtt.errors import MalformedFileError

from kiosk.build.values import format_ms, parse_time_ms

#: A cue may end this long after the recording and still count as inside it.
END_TOLERANCE_MS = 500
#: Cross-talk overlaps a little; more than this is probably a typing mistake.
OVERLAP_TOLERANCE_MS = 500
_TAG = re.compile(r"<[^>]*>|\{\\[^}]*\}")
# Looser than either format, so a mistyped arrow is counted and reported.
_TIMING = re.compile(r"\d\s*-+>\s*\d")


class TranscriptError(Exception):
    """A transcript that cannot be read at all."""


@dataclass(frozen=True, slots=True)
class Cue:
    start_ms: int
    end_ms: int
    speaker: str
    text: str
    line: int  # of the timing line, 1-based; 0 if unknown


@dataclass(frozen=True, slots=True)
class CueProblem:
    error: bool
    cue: int  # 1-based
    line: int
    message: str


def read_transcript(path: Path, speakers: frozenset[str] = frozenset()) -> list[Cue]:
    """The cues of a .vtt or .srt file, markup stripped. Raises :class:`TranscriptError`."""
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise TranscriptError(f"is not UTF-8 text (byte {e.start}); save it as UTF-8") from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    timing_lines = [n for n, line in enumerate(lines, start=1) if _TIMING.search(line)]
    for n in timing_lines:
        if "-->" not in lines[n - 1]:
            raise TranscriptError(f"line {n}: the arrow between the times must be '-->'")
    cues = (_read_vtt(text) if path.suffix.lower() == ".vtt" else _read_srt(text, speakers))
    if len(cues) != len(timing_lines):
        raise TranscriptError(
            f"has {len(timing_lines)} timing lines but only {len(cues)} readable cues; "
            "check the lines with '-->' (format 00:01:02.500 --> 00:01:04.000)")
    return [Cue(c.start_ms, c.end_ms, c.speaker, c.text, line)
            for c, line in zip(cues, timing_lines, strict=True)]


def _read_vtt(text: str) -> list[Cue]:
    try:
        captions = webvtt.from_string(text)
    except MalformedFileError as e:
        raise TranscriptError(f"is not valid WebVTT ({e}); it must start with 'WEBVTT'") from None
    cues: list[Cue] = []
    for c in captions.captions:
        start, end = parse_time_ms(c.start), parse_time_ms(c.end)
        if start is None or end is None:
            raise TranscriptError(f"has a time that cannot be read: {c.start} --> {c.end}")
        cues.append(Cue(start, end, (c.voice or "").strip(), _plain(c.text), 0))
    return cues


def _read_srt(text: str, speakers: frozenset[str]) -> list[Cue]:
    try:
        subtitles = list(srt.parse(text))
    except (srt.SRTParseError, srt.TimestampParseError, ValueError) as e:
        line = text[: getattr(e, "actual_start", 0)].count("\n") + 1
        raise TranscriptError(f"is not valid SRT near line {line}") from None
    cues: list[Cue] = []
    for s in subtitles:
        body, speaker = s.content, ""
        head, sep, rest = body.partition(":")
        if sep and head.strip() in speakers:
            speaker, body = head.strip(), rest
        cues.append(Cue(int(s.start.total_seconds() * 1000 + 0.5),
                        int(s.end.total_seconds() * 1000 + 0.5), speaker, _plain(body), 0))
    return cues


def _plain(text: str) -> str:
    lines = (html.unescape(_TAG.sub("", line)).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def check_cues(cues: list[Cue], duration_ms: int | None) -> list[CueProblem]:
    """Order, overlap and fit in the recording; errors and warnings, each naming its cue."""
    found: list[CueProblem] = []
    for i, cue in enumerate(cues, start=1):
        if cue.end_ms <= cue.start_ms:
            found.append(CueProblem(True, i, cue.line, f"ends ({format_ms(cue.end_ms)}) before "
                                    f"it starts ({format_ms(cue.start_ms)})"))
        if duration_ms is not None and cue.end_ms > duration_ms + END_TOLERANCE_MS:
            found.append(CueProblem(True, i, cue.line, f"ends at {format_ms(cue.end_ms)}, after "
                                    f"the recording ({format_ms(duration_ms)})"))
        if i > 1:
            prev = cues[i - 2]
            if cue.start_ms < prev.start_ms:
                found.append(CueProblem(True, i, cue.line, f"starts at {format_ms(cue.start_ms)}"
                                        f", before the cue above it ({format_ms(prev.start_ms)})"))
            elif prev.end_ms - cue.start_ms > OVERLAP_TOLERANCE_MS:
                found.append(CueProblem(False, i, cue.line,
                                        f"overlaps the cue above by "
                                        f"{(prev.end_ms - cue.start_ms) / 1000:.1f} s"))
        if not cue.text:
            found.append(CueProblem(False, i, cue.line, "has no text"))
    return found
