"""Everything but the photos' pixels, checked before the package is started.

Photo headers are opened first (:func:`check_photos`), so the workers can
start on the pixels; then long texts are read, recordings probed and
measured, transcripts parsed and checked against their recording
(:func:`prepare`). All problems are collected, so the curator sees them together.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from kiosk.build import model as m
from kiosk.build.audio import AudioError, AudioInfo, Loudness, measure_loudness, probe
from kiosk.build.images import PhotoError, PhotoJob, check_photo
from kiosk.build.problems import Problems
from kiosk.build.transcripts import Cue, TranscriptError, check_cues, read_transcript
from kiosk.build.values import format_ms

_Rel = Callable[[Path], str]


@dataclass(frozen=True, slots=True)
class Recording:
    info: AudioInfo
    loudness: Loudness
    cues: dict[str, list[Cue]]  # language -> cues


@dataclass
class Prepared:
    section_texts: dict[str, m.LangMap] = field(default_factory=dict)  # by section id
    item_texts: dict[str, m.LangMap] = field(default_factory=dict)  # by item id
    recordings: dict[str, Recording] = field(default_factory=dict)  # by item id


def check_photos(manifest: m.Manifest, problems: Problems) -> dict[Path, PhotoJob]:
    """A job for each photo whose header opens (format, pixel count), by image path."""
    rel = _relative_to(manifest.root)
    jobs: dict[Path, PhotoJob] = {}
    for item in manifest.items():
        if item.image is not None:
            _photo(jobs, item, problems, rel)
    return jobs


def prepare(manifest: m.Manifest, problems: Problems, workers: int = 2) -> Prepared:
    """Texts, recordings and transcripts: all but the photos."""
    ready = Prepared()
    rel = _relative_to(manifest.root)
    for section in manifest.sections:
        ready.section_texts[section.id] = _texts(section.text_files, problems, rel)
        for item in section.items:
            ready.item_texts[item.id] = _texts(item.text_files, problems, rel)
    testimonies = [(item, item.testimony, item.testimony.audio) for item in manifest.items()
                   if item.testimony and item.testimony.audio]
    # ffmpeg decodes each recording whole; run several at once.
    with ThreadPoolExecutor(max(1, workers)) as threads:
        measured = list(threads.map(lambda t: _measure(t[2]), testimonies))
    for (item, testimony, audio), result in zip(testimonies, measured, strict=True):
        if isinstance(result, AudioError):
            problems.error(rel(audio), str(result), where=f"{testimony.where}.audio",
                           hint="re-export it as FLAC, Ogg Opus or MP3")
            continue
        info, loudness = result
        cues = _transcripts(testimony, info.duration_ms, problems, rel)
        _check_times(testimony, info.duration_ms, problems)
        ready.recordings[item.id] = Recording(info, loudness, cues)
    return ready


def _relative_to(root: Path) -> _Rel:
    def rel(path: Path) -> str:
        return path.relative_to(root).as_posix()

    return rel


def _photo(jobs: dict[Path, PhotoJob], item: m.Item, problems: Problems, rel: _Rel) -> None:
    assert item.image is not None
    known = jobs.get(item.image)
    if known is not None:
        if item.keep_original and not known.keep_original:
            jobs[item.image] = PhotoJob(item.image, known.name, keep_original=True)
        return
    try:
        check_photo(item.image)
    except PhotoError as e:
        problems.error(rel(item.image), str(e), where=f"{item.where}.image",
                       hint="export it again as JPEG, PNG, TIFF or WebP")
        return
    jobs[item.image] = PhotoJob(item.image, rel(item.image), item.keep_original)


def _measure(path: Path) -> tuple[AudioInfo, Loudness] | AudioError:
    try:
        info = probe(path)
        return info, measure_loudness(path, info.duration_ms)
    except AudioError as e:
        return e


def _texts(files: dict[str, Path], problems: Problems, rel: _Rel) -> m.LangMap:
    texts: m.LangMap = {}
    for lang, path in files.items():
        raw = path.read_bytes()
        try:
            texts[lang] = raw.decode("utf-8-sig").replace("\r\n", "\n")
        except UnicodeDecodeError as e:
            problems.error(rel(path), "is not UTF-8 text", line=raw[: e.start].count(b"\n") + 1,
                           hint="save it as UTF-8 (in most editors: Save As, encoding UTF-8)")
    return texts


def _transcripts(testimony: m.Testimony, duration_ms: int, problems: Problems, rel: _Rel
                 ) -> dict[str, list[Cue]]:
    speakers = frozenset(s.id for s in testimony.speakers)
    result: dict[str, list[Cue]] = {}
    for lang, path in testimony.transcripts.items():
        name = rel(path)
        try:
            cues = read_transcript(path, speakers)
        except TranscriptError as e:
            problems.error(name, str(e), where=f"{testimony.where}.transcripts.{lang}")
            continue
        for p in check_cues(cues, duration_ms):
            report = problems.error if p.error else problems.warning
            report(name, p.message, where=f"cue {p.cue}", line=p.line or None,
                   hint="fix the times on that line" if p.error else "")
        unknown = sorted({c.speaker for c in cues if c.speaker} - speakers)
        if speakers and unknown:
            problems.warning(name, f"speaker(s) {', '.join(unknown)} not in the testimony's "
                             "speakers", hint=f"add them to {testimony.where}.speakers")
        result[lang] = cues
    return result


def _check_times(testimony: m.Testimony, duration_ms: int, problems: Problems) -> None:
    length = format_ms(duration_ms)
    for chapter in testimony.chapters:
        if chapter.start_ms >= duration_ms:
            problems.error("exhibition.toml", f"starts at {format_ms(chapter.start_ms)}, after "
                           f"the end of the recording ({length})", where=chapter.where)
    for passage in testimony.advisories:
        if passage.end_ms > duration_ms + 500:
            problems.error("exhibition.toml", f"ends at {format_ms(passage.end_ms)}, after "
                           f"the end of the recording ({length})", where=passage.where)

