"""Shared set-up for the testimony audio tests: real encoded audio in real packages.

Audio comes from ffmpeg (a sine tone), so the FFmpeg backend decodes what a
curator's build would produce. Imported by tests/test_audio_*.py; holds no tests.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Mapping, Sequence
from pathlib import Path

from kiosk.package.writer import PackageWriter

DURATION_MS = 6000
#: Six one-second cues; speaker keys alternate.
CUES_EN = [(i * 1000, i * 1000 + 900, "a" if i % 2 == 0 else "b", f"English line {i}")
           for i in range(6)]
CUES_UR = [(i * 1000, i * 1000 + 900, "a" if i % 2 == 0 else "b", f"اردو سطر {i}")
           for i in range(6)]
SPEAKERS = [("a", {"en": "Amina", "ur": "آمنہ"}, "witness"),
            ("b", {"en": "Interviewer", "ur": "انٹرویو کنندہ"}, "interviewer")]
CHAPTERS = [(0, {"en": "Childhood", "ur": "بچپن"}), (3000, {"en": "The war", "ur": "جنگ"})]
PASSAGE = (4000, 5000)


def encode(out: Path, *, seconds: float, codec: str = "opus", bitrate: str = "24k",
           source: str = "sine=frequency=440") -> bytes:
    """Encode ``seconds`` of a test tone; returns the bytes."""
    args = ["ffmpeg", "-hide_banner", "-loglevel", "error", "-y", "-f", "lavfi",
            "-i", f"{source}:duration={seconds}", "-ac", "1"]
    if codec == "opus":
        args += ["-c:a", "libopus", "-b:a", bitrate, "-application", "voip"]
    else:
        args += ["-ar", "16000", "-c:a", "pcm_s16le"]
    subprocess.run([*args, str(out)], check=True, timeout=120)
    return out.read_bytes()


def build(path: Path, recordings: Sequence[tuple[bytes, str]], *,
          loudness: float | None = -29.0, cues: Mapping[str, list] | None = None,
          duration_ms: int = DURATION_MS) -> list[int]:
    """A package with one testimony item per ``(audio, mime)``; returns the item ids."""
    ids: list[int] = []
    with PackageWriter(path) as w:
        w.set_exhibition(uid="audio-test", version="1", languages=["en", "ur"],
                         default_language="en", title={"en": "Audio"})
        section = w.add_section(position=0, slug="s", title={"en": "Voices"})
        for n, (audio, mime) in enumerate(recordings):
            item = w.add_item(section_id=section, position=n, slug=f"t{n}", kind="testimony",
                              title={"en": f"Testimony {n}"})
            w.add_testimony(item_id=item, audio=audio, mime=mime, duration_ms=duration_ms,
                            spoken_language="ur", loudness_lufs=loudness,
                            speakers=SPEAKERS, chapters=CHAPTERS,
                            cues=cues if cues is not None else {"en": CUES_EN, "ur": CUES_UR})
            w.add_advisory(scope="passage", item_id=item, start_ms=PASSAGE[0],
                           end_ms=PASSAGE[1], text={"en": "Describes violence.",
                                                    "ur": "تشدد کا ذکر"})
            ids.append(item)
        w.commit()
    return ids


def garbage(n: int) -> bytes:
    return os.urandom(n)
