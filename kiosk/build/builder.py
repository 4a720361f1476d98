"""``kiosk build`` without the command line: folder in, package out, or nothing.

Check the manifest and the photo headers, start rendering the photos on
every core, check everything else (texts, recordings, transcripts) meanwhile,
then write the package as the photos arrive. Any error, and Ctrl-C, stops
the workers and aborts the writer: no file is left behind.
"""

from __future__ import annotations

import time
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from kiosk.build import model as m
from kiosk.build.images import PhotoError, PhotoJob, PhotoResult
from kiosk.build.manifest import load_manifest
from kiosk.build.photos import PhotoRenders, default_workers, render_photos
from kiosk.build.prepare import Prepared, check_photos, prepare
from kiosk.build.problems import BuildFailed, Problem, Problems

if TYPE_CHECKING:
    from kiosk.package.writer import PackageWriter


class BuildProgress(Protocol):
    """Told how the build goes; called on the building thread."""

    def step(self, text: str) -> None: ...

    def photos_started(self, total: int) -> None: ...

    def photo_done(self, name: str) -> None: ...


class _Silent:
    def step(self, text: str) -> None:
        pass

    def photos_started(self, total: int) -> None:
        pass

    def photo_done(self, name: str) -> None:
        pass


@dataclass(frozen=True, slots=True)
class BuildReport:
    output: Path
    items: int
    photos: int
    testimonies: int
    size_bytes: int
    seconds: float
    warnings: tuple[Problem, ...]
    photo_cpu_seconds: float = 0.0  # in the workers, rendering


def build_package(source: Path, output: Path, *, jobs: int = 0,
                  progress: BuildProgress | None = None) -> BuildReport:
    """Build ``output`` from the folder ``source``. Raises :class:`BuildFailed`."""
    started = time.perf_counter()
    progress = progress or _Silent()
    workers = jobs if jobs > 0 else default_workers()
    problems = Problems()
    progress.step("Reading exhibition.toml")
    manifest = load_manifest(Path(source), problems)
    if manifest is None:
        raise BuildFailed(problems)
    # Even after manifest errors: check the files that were named well, so
    # the curator gets the whole list in one go.
    photos = list(check_photos(manifest, problems).values())
    if output.is_dir():
        problems.error(str(output), "is a folder", hint="name the package file, e.g. demo.exhibit")
    renders: PhotoRenders | None = None
    if not problems.errors:
        # The photos are most of the work: the workers start now, while the
        # texts are read and the recordings measured.
        progress.photos_started(len(photos))
        renders = render_photos(photos, workers)
    try:
        progress.step("Checking texts, recordings and transcripts")
        ready = prepare(manifest, problems, workers)
        if renders is None or problems.errors:
            raise BuildFailed(problems)
        # SQLAlchemy (~0.3 s) is imported only now, with the workers busy.
        from kiosk.package.writer import PackageWriter

        with PackageWriter(output) as writer:
            media, cpu = _write_photos(writer, renders, problems, progress)
            if problems.errors:
                raise BuildFailed(problems)
            progress.step("Writing sections, items and recordings")
            _write_structure(writer, manifest, ready, media)
            progress.step("Sealing the package")
            writer.commit()
    finally:
        if renders is not None:
            renders.close()  # now, not when the traceback is collected
    items = manifest.items()
    return BuildReport(
        output=output, items=len(items), photos=len(media),
        testimonies=sum(1 for item in items if item.testimony), size_bytes=output.stat().st_size,
        seconds=time.perf_counter() - started, warnings=tuple(problems.warnings),
        photo_cpu_seconds=cpu,
    )


def _write_photos(writer: PackageWriter, renders: PhotoRenders, problems: Problems,
                  progress: BuildProgress) -> tuple[dict[Path, int], float]:
    media: dict[Path, int] = {}
    cpu = 0.0
    with closing(renders):  # the workers' memory is free for the rest of the build
        for job, outcome in renders:
            _take(writer, job, outcome, media, problems)
            cpu += getattr(outcome, "cpu_seconds", 0.0)
            progress.photo_done(job.name)
    return media, cpu


def _take(writer: PackageWriter, job: PhotoJob, outcome: PhotoResult | PhotoError,
          media: dict[Path, int], problems: Problems) -> None:
    if isinstance(outcome, PhotoError):
        problems.error(job.name, str(outcome), hint="export it again as JPEG, PNG or TIFF")
    elif not problems.errors:  # after an error the package is thrown away anyway
        media[job.path] = _add_media(writer, job, outcome)
        for note in outcome.warnings:
            problems.warning(job.name, note)


def _add_media(writer: PackageWriter, job: PhotoJob, r: PhotoResult) -> int:
    # The original is streamed from its file here rather than read by the
    # worker and sent over its pipe.
    return writer.add_media(
        width=r.width, height=r.height, thumbnail=r.thumbnail, placeholder=r.placeholder,
        renditions=r.renditions, tiles=r.tiles, tile_size=r.tile_size, max_level=r.max_level,
        original=(job.path, r.original_mime) if r.original_mime else None,
        source_name=job.name,
    )


def _write_structure(writer: PackageWriter, manifest: m.Manifest, ready: Prepared,
                     media: dict[Path, int]) -> None:
    ex = manifest.exhibition
    writer.set_exhibition(
        uid=ex.id, version=ex.version, languages=ex.languages,
        default_language=ex.default_language, title=ex.title, summary=ex.summary,
        organiser=ex.organiser, rights=ex.rights, rights_url=ex.rights_url,
        attribution=ex.attribution, attract_seconds=ex.attract.seconds_per_photo,
        attract_items=ex.attract.items,
    )
    for advisory in ex.advisories:
        writer.add_advisory(scope="exhibition", text=advisory.text, mode=advisory.mode)
    for s_pos, section in enumerate(manifest.sections):
        section_id = writer.add_section(
            position=s_pos, slug=section.id, title=section.title,
            introduction=section.introduction, long_text=ready.section_texts.get(section.id))
        if section.advisory:
            writer.add_advisory(scope="section", section_id=section_id, mode=section.advisory.mode,
                                text=section.advisory.text)
        cover: int | None = None
        for i_pos, item in enumerate(section.items):
            media_id = media.get(item.image) if item.image else None
            item_id = writer.add_item(
                section_id=section_id, position=i_pos, slug=item.id, kind=item.kind,
                media_id=media_id, title=item.title, caption=item.caption,
                long_text=ready.item_texts.get(item.id), alt_text=item.alt, date=item.date,
                place=item.place, creator=item.creator, credit=item.credit, rights=item.rights,
                rights_url=item.rights_url, source=item.source, source_url=item.source_url,
                tags=item.tags,
            )
            if media_id is not None and (item.id == section.cover or
                                         (cover is None and not section.cover)):
                cover = item_id
            if item.advisory:
                writer.add_advisory(scope="item", item_id=item_id, mode=item.advisory.mode,
                                    text=item.advisory.text)
            if item.testimony:
                _write_testimony(writer, item_id, item.id, item.testimony, ready)
        if cover is not None:
            writer.set_section_cover(section_id, cover)


def _write_testimony(writer: PackageWriter, item_id: int, slug: str, t: m.Testimony,
                     ready: Prepared) -> None:
    rec = ready.recordings[slug]
    assert t.audio is not None  # else prepare() reported an error
    writer.add_testimony(
        item_id=item_id, audio=t.audio, mime=rec.info.mime,  # streamed, not read whole
        duration_ms=rec.info.duration_ms, spoken_language=t.spoken_language,
        sample_rate=rec.info.sample_rate, channels=rec.info.channels,
        loudness_lufs=rec.loudness.integrated_lufs, true_peak_dbtp=rec.loudness.true_peak_dbtp,
        interviewer=t.interviewer, recorded=t.recorded, place=t.place,
        speakers=[(s.id, s.name, s.role) for s in t.speakers],
        chapters=[(c.start_ms, c.title) for c in t.chapters],
        cues={lang: [(c.start_ms, c.end_ms, c.speaker, c.text) for c in cues]
              for lang, cues in rec.cues.items()},
    )
    for passage in t.advisories:
        writer.add_advisory(scope="passage", item_id=item_id, text=passage.text,
                            start_ms=passage.start_ms, end_ms=passage.end_ms)
