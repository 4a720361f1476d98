"""Recordings: probe what they are, measure loudness (EBU R 128), keep the bytes as-is."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import mutagen
from mutagen.flac import FLAC
from mutagen.mp3 import MP3
from mutagen.mp4 import MP4
from mutagen.oggopus import OggOpus
from mutagen.oggvorbis import OggVorbis
from mutagen.wave import WAVE

INSTALL_FFMPEG = "install ffmpeg (Debian/Ubuntu: sudo apt install ffmpeg)"
_MIME_BY_TYPE: dict[type, str] = {
    WAVE: "audio/wav", FLAC: "audio/flac", MP3: "audio/mpeg", OggOpus: "audio/ogg",
    OggVorbis: "audio/ogg", MP4: "audio/mp4",
}
_MIME_BY_FFPROBE = {"wav": "audio/wav", "flac": "audio/flac", "mp3": "audio/mpeg",
                    "ogg": "audio/ogg", "mov,mp4,m4a,3gp,3g2,mj2": "audio/mp4"}
_SUMMARY_I = re.compile(r"^\s*I:\s+(-?[\d.]+|-inf)\s+LUFS", re.M)
_SUMMARY_PEAK = re.compile(r"^\s*Peak:\s+(-?[\d.]+|-inf)\s+dBFS", re.M)
_DECODED = re.compile(r"time=(\d+):(\d\d):(\d\d(?:\.\d+)?)")


class AudioError(Exception):
    """A recording that cannot be used; the message is for the curator."""


@dataclass(frozen=True, slots=True)
class AudioInfo:
    mime: str
    duration_ms: int
    sample_rate: int
    channels: int


@dataclass(frozen=True, slots=True)
class Loudness:
    integrated_lufs: float | None  # None for silence
    true_peak_dbtp: float | None


def probe(path: Path) -> AudioInfo:
    """What the recording is, from its headers (mutagen; ffprobe for the rest)."""
    try:
        found = mutagen.File(path)
    except (mutagen.MutagenError, OSError, ValueError, EOFError):
        found = None
    if found is not None and type(found) in _MIME_BY_TYPE and found.info.length > 0:
        if isinstance(found, MP4) and shutil.which("ffprobe"):
            # mutagen takes the channel count from the MP4 sample entry, which
            # ffmpeg and others write as 2 for mono AAC; ffprobe reads the
            # AAC configuration, as a player does.
            return _ffprobe(path)
        info = found.info
        # Opus always decodes at 48 kHz; mutagen does not report a rate for it.
        rate = 48000 if isinstance(found, OggOpus) else getattr(info, "sample_rate", 0)
        return AudioInfo(
            mime=_MIME_BY_TYPE[type(found)], duration_ms=round(info.length * 1000),
            sample_rate=int(rate or 0),
            channels=int(getattr(info, "channels", 0) or 0),
        )
    return _ffprobe(path)


def _ffprobe(path: Path) -> AudioInfo:
    exe = shutil.which("ffprobe")
    if exe is None:
        raise AudioError(f"is not a recording kiosk recognises; to look closer, {INSTALL_FFMPEG}")
    run = subprocess.run(
        [exe, "-v", "error", "-print_format", "json", "-show_format", "-show_streams",
         "-select_streams", "a:0", str(path)],
        capture_output=True, text=True, check=False, timeout=120,
    )
    try:
        data = json.loads(run.stdout or "{}")
        stream = data["streams"][0]
        fmt = data["format"]
        duration = float(stream.get("duration") or fmt["duration"])
    except (ValueError, KeyError, IndexError):
        raise AudioError("is not a recording in a supported format "
                         "(WAV, FLAC, MP3, Ogg Vorbis/Opus or M4A)") from None
    mime = _MIME_BY_FFPROBE.get(fmt.get("format_name", ""))
    if mime is None:
        raise AudioError(f"is in a format kiosk does not play ({fmt.get('format_long_name')}); "
                         "convert it to FLAC, Ogg Opus or MP3")
    return AudioInfo(mime, round(duration * 1000), int(stream.get("sample_rate", 0) or 0),
                     int(stream.get("channels", 0) or 0))


def measure_loudness(path: Path, expected_ms: int | None = None) -> Loudness:
    """Integrated loudness and true peak with ffmpeg's ``ebur128`` filter.

    Decoding the whole file also proves it is not damaged past its headers:
    less decoded than ``expected_ms`` (the probed duration) is an error.
    """
    exe = shutil.which("ffmpeg")
    if exe is None:
        raise AudioError(f"cannot be measured: ffmpeg is missing — {INSTALL_FFMPEG}")
    run = subprocess.run(
        [exe, "-nostdin", "-hide_banner", "-nostats", "-xerror", "-i", str(path),
         "-map", "0:a:0", "-af", "ebur128=peak=true", "-f", "null", "-"],
        capture_output=True, text=True, check=False,
    )
    log = run.stderr
    summary = log[log.rfind("Summary:"):] if "Summary:" in log else ""
    i_match, peak_match = _SUMMARY_I.search(summary), _SUMMARY_PEAK.search(summary)
    if run.returncode != 0 or not i_match:
        last = [line for line in log.splitlines() if line.strip()][-1:] or ["no output"]
        raise AudioError(f"cannot be decoded ({last[0].strip()}); it may be damaged")
    decoded = _DECODED.findall(log)
    decoded_ms = (round((int(decoded[-1][0]) * 3600 + int(decoded[-1][1]) * 60
                         + float(decoded[-1][2])) * 1000) if decoded else 0)
    if expected_ms is not None and decoded_ms < expected_ms * 0.98 - 500:
        raise AudioError(f"cannot be decoded past {decoded_ms / 1000:.1f} s of "
                         f"{expected_ms / 1000:.1f} s; it is damaged")
    return Loudness(_db(i_match.group(1)), _db(peak_match.group(1)) if peak_match else None)


def _db(text: str) -> float | None:
    value = float(text)
    # ebur128 reports silence as -70 LUFS (its gate) or -inf.
    return None if value <= -70.0 else value
