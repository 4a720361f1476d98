"""What keeps start-up short and a tap quick: what start-up imports and defers,
and how the decoders share the cores with drawing. Behaviour only, no timing."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QImage

from kiosk.package.reader import Package
from kiosk.package.records import MediaInfo, Rendition
from kiosk.station.config import Config
from kiosk.ui import startup
from kiosk.ui.app import KioskApp, compose
from kiosk.ui.images import ImageError, ImageService, JobQueue, Request
from kiosk.ui.settle import find_items, wait_until
from tests.ui_support import IDLE_S, UI_SIZE, kiosk, ui_package  # noqa: F401  (fixtures)

ROOT = Path(__file__).resolve().parents[1]


def test_start_up_imports_no_database_layer_to_open_the_package(ui_package: Path) -> None:  # noqa: F811
    # Everything `kiosk run` imports before its first photo, and the package
    # thread's open and attract read: SQLAlchemy (~0.3 s) and Alembic come later.
    code = (
        "import sys\n"
        "import kiosk.cli, kiosk.ui.app, kiosk.ui.startup, kiosk.ui.fonts, kiosk.ui.lockdown\n"
        "import kiosk.ui.runtime, kiosk.ui.staff, kiosk.station.config, kiosk.station.hours\n"
        "import kiosk.station.inbox, kiosk.station.install, kiosk.station.pin\n"
        "import kiosk.ui.bridge, kiosk.ui.catalog, kiosk.ui.images\n"
        "from kiosk.package import Package, PackageError, FORMAT_VERSION\n"
        "package = Package.open(sys.argv[1])\n"
        "assert package.info.uid and len(package.attract_media()) > 0\n"
        "late = ('sqlalchemy', 'alembic', 'kiosk.package.schema', 'kiosk.package.structure',\n"
        "        'psutil')\n"
        "early = sorted(m for m in late if m in sys.modules)\n"
        "assert not early, early\n"
        "assert package.items() and 'sqlalchemy' in sys.modules\n"
        "package.close()\n"
    )
    run = subprocess.run([sys.executable, "-c", code, str(ui_package)], cwd=ROOT,
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr


def test_statistics_open_only_once_the_first_photo_is_shown(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from kiosk.station.analytics import Analytics

    opened: list[Config] = []
    monkeypatch.setattr(Analytics, "from_config",
                        classmethod(lambda cls, config: opened.append(config) or "db"))
    first_frame = startup.FirstFrame(timeout_s=30)
    config = Config()
    result: list[object] = []
    worker = threading.Thread(
        target=lambda: result.append(startup.analytics_after(first_frame, config)()))
    worker.start()
    worker.join(0.3)
    assert worker.is_alive() and not opened, "opened before the first frame"
    first_frame.shown()
    worker.join(10)
    assert result == ["db"] and opened == [config]


def test_the_statistics_do_not_wait_forever_for_a_first_photo() -> None:
    first_frame = startup.FirstFrame(timeout_s=0.05)
    assert first_frame.wait() is False
    first_frame.shown()
    assert first_frame.wait() is True


def test_requests_go_before_preloads_and_only_one_preload_runs_at_a_time() -> None:
    jobs = JobQueue()
    ran: list[str] = []
    for name in ("ahead-1", "ahead-2"):
        jobs.put(lambda n=name: ran.append(n), ahead=True)  # type: ignore[misc]
    jobs.put(lambda: ran.append("wanted-1"))
    jobs.put(lambda: ran.append("wanted-2"))
    taken = []
    for _ in range(3):
        got = jobs.take()
        assert got is not None
        got[0]()
        taken.append(got)
    # Newest request first, then the newest preload; the other preload waits for it.
    assert ran == ["wanted-2", "wanted-1", "ahead-2"]
    assert [ahead for _, ahead in taken] == [False, False, True]
    blocked: list[object] = []
    second = threading.Thread(target=lambda: blocked.append(jobs.take()))
    second.start()
    second.join(0.2)
    assert second.is_alive(), "a second preload started beside the first"
    assert not jobs.idle()
    for _, ahead in taken:
        jobs.finished(ahead)
    second.join(5)
    assert blocked and blocked[0] is not None and blocked[0][1] is True  # type: ignore[index]
    jobs.finished(True)
    assert jobs.idle()
    jobs.stop()
    assert jobs.take() is None


def test_a_request_is_served_while_a_preload_runs() -> None:
    jobs = JobQueue()
    jobs.put(lambda: None, ahead=True)
    jobs.put(lambda: None, ahead=True)
    first = jobs.take()
    assert first is not None and first[1] is True
    jobs.put(lambda: None)
    second = jobs.take()  # would block if preloads could hold every decoder
    assert second is not None and second[1] is False
    jobs.stop()


def accept_notices(app: KioskApp) -> None:
    for _ in range(3):
        if app.bridge.advisory:
            app.bridge.continueAdvisory()


def test_neighbours_are_decoded_after_the_slide_change_not_during_it(
        kiosk: KioskApp) -> None:  # noqa: F811
    bridge, images = kiosk.bridge, kiosk.images
    kiosk.session.touch()
    bridge.chooseLanguage("en")
    accept_notices(kiosk)
    bridge.openSection(0, 0)
    accept_notices(kiosk)
    assert bridge.screen == "slideshow"
    assert wait_until(images.idle, 10)
    index = 3
    items = [bridge.slides_model.item(index + d) for d in (1, 2, -1, -2)]
    media = [str(x.media.id) for x in items if x is not None and x.media is not None]
    assert media, "the test package has photos around slide 3"
    keys = [Request("photo", m, QSize(*UI_SIZE)).key for m in media]
    images.cache.clear()
    bridge.showSlide(index)
    # Nothing decoded yet: the frame showing slide 3 has the cores to itself.
    assert all(images.cache.get(key) is None for key in keys)
    # ...but the decoders are not idle: their work is about to be queued.
    assert not images.idle()
    assert wait_until(lambda: all(images.cache.get(key) is not None for key in keys), 10)
    # The delay is a one-shot timer Qt owns: a QTimer child would be destroyed on
    # whichever thread collects the bridge, and then fire into freed memory.
    assert not bridge.findChildren(QTimer, options=Qt.FindChildOption.FindDirectChildrenOnly)


def test_the_visitor_screens_are_built_after_the_first_attract_photo(
        qapp: object, ui_package: Path) -> None:  # noqa: F811
    app = compose(Package.open(ui_package), size=UI_SIZE, idle_s=IDLE_S, synchronous=True,
                  animations=False)
    try:
        app.driver.stop()
        window = app.window
        pages = [find_items(window, name)[0] for name in ("overview", "slideshow", "reading")]
        assert not window.property("photoShown")
        assert all(page.property("item") is None for page in pages), "built before the photo"
        assert wait_until(lambda: bool(window.property("photoShown")), 10)
        assert wait_until(lambda: all(page.property("item") is not None for page in pages), 10)
    finally:
        app.close()


def test_a_touch_before_the_first_photo_builds_the_screen_at_once(
        qapp: object, ui_package: Path) -> None:  # noqa: F811
    app = compose(Package.open(ui_package), size=UI_SIZE, idle_s=IDLE_S, synchronous=True,
                  animations=False)
    try:
        app.driver.stop()
        overview = find_items(app.window, "overview")[0]
        assert overview.property("item") is None
        app.session.touch()
        app.bridge.chooseLanguage("en")
        accept_notices(app)
        assert app.bridge.screen == "overview"
        assert overview.property("item") is not None and overview.isVisible()
    finally:
        app.close()


def test_every_image_provider_is_called_once_before_the_qml_loads(kiosk: KioskApp) -> None:  # noqa: F811
    # Shiboken's first imageType() lookup takes the GIL under Qt's reader mutex: it
    # must happen while no GUI-thread code holds the GIL (see images.warm_up).
    assert [p.kind for p in kiosk.providers] == ["photo", "thumb", "tiles", "placeholder"]
    assert all(p.warmed_up for p in kiosk.providers)


# -- the exhibition's structure (SQLAlchemy) waits for the first photo ----------------

_RUN_PROBE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QQmlEngine
from kiosk import cli
from kiosk.ui import startup

def probe(window):
    def at_photo():
        print("first photo; sqlalchemy:", "sqlalchemy" in sys.modules, flush=True)
    window.firstPhotoShown.connect(at_photo)
    bridge = QQmlEngine.contextForObject(window).contextProperty("kiosk")
    def when_ready():
        print("ready; sqlalchemy:", "sqlalchemy" in sys.modules, flush=True)
        QGuiApplication.exit(0)
    bridge.readyChanged.connect(when_ready)

startup.print_marker_at_first_photo = probe
sys.exit(cli.main(["run", sys.argv[1], "--windowed", "--size", "640x360"]))
"""


def test_kiosk_run_shows_its_first_photo_before_importing_sqlalchemy(
        ui_package: Path, tmp_path: Path) -> None:  # noqa: F811
    config = tmp_path / "kiosk.toml"
    config.write_text(f'data_dir = "{tmp_path / "data"}"\n')
    env = {**__import__("os").environ, "KIOSK_CONFIG": str(config),
           "XDG_RUNTIME_DIR": str(tmp_path), "KIOSK_STARTUP_MARKER": "1",
           "QT_QPA_PLATFORM": "offscreen", "QT_QUICK_BACKEND": "software"}
    run = subprocess.run([sys.executable, "-c", _RUN_PROBE, str(ui_package)], cwd=ROOT,
                         env=env, capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines() == ["first photo; sqlalchemy: False",
                                       "ready; sqlalchemy: True"], run.stderr


def _deferred(path: Path) -> KioskApp:
    package = Package.open(path)
    return compose(package, size=UI_SIZE, idle_s=IDLE_S, animations=False,
                   attract=package.attract_media(), structure_after_first_photo=True)


def test_sections_and_items_are_read_once_the_first_photo_is_on_screen(
        qapp: object, ui_package: Path) -> None:  # noqa: F811
    app = _deferred(ui_package)
    try:
        app.driver.stop()
        events: list[str] = []
        app.window.firstPhotoShown.connect(lambda: events.append("photo"))  # type: ignore[attr-defined]
        app.bridge.readyChanged.connect(lambda: events.append("ready"))
        assert app.bridge.attractMedia, "the attract photos are there at once"
        assert not app.bridge.ready
        assert app.testimony is None, "the audio player (QtMultimedia) waits too"
        context = app.engine.rootContext()
        assert context.contextProperty("testimonyPlayer") is None
        app.set_max_volume(0.6)  # staff's cap, before the player exists
        assert wait_until(lambda: bool(app.bridge.ready), 10)
        assert events == ["photo", "ready"]
        assert app.bridge.sections_model.rowCount() == 2
        assert app.testimony is not None
        assert context.contextProperty("testimonyPlayer") is app.testimony.player
        assert context.contextProperty("testimonyTranscript") is not None
        assert app.testimony.player.maxVolume == pytest.approx(0.6)
    finally:
        app.close()


@pytest.fixture
def no_photo_shows(tmp_path: Path) -> Path:
    """An exhibition whose only photo cannot be decoded."""
    from kiosk.package.writer import PackageWriter

    with PackageWriter(tmp_path / "no-photo.exhibit") as w:
        w.set_exhibition(uid="no-photo", version="1", languages=["en", "ur"],
                         default_language="en", title={"en": "No photo"})
        section = w.add_section(position=0, slug="s", title={"en": "Section"})
        media = w.add_media(width=400, height=300, thumbnail=b"x", placeholder=b"x",
                            renditions=[(400, 300, b"\xff\xd8\xff garbage")], tiles=[],
                            tile_size=512, max_level=0)
        w.add_item(section_id=section, position=0, slug="bad", kind="photo", media_id=media,
                   title={"en": "Bad"})
        return w.commit()


def test_a_touch_before_any_photo_reads_the_structure_at_once(
        qapp: object, no_photo_shows: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(startup, "STRUCTURE_AT_LATEST_MS", 600_000)
    app = _deferred(no_photo_shows)
    try:
        app.driver.stop()
        assert not app.bridge.ready
        app.session.touch()  # two languages: the language choice
        assert app.bridge.screen == "language"
        assert app.testimony is not None
        assert wait_until(lambda: bool(app.bridge.ready), 10)
        assert not app.window.property("photoShown")
    finally:
        app.close()


def test_without_a_photo_on_screen_the_structure_is_read_all_the_same(
        qapp: object, no_photo_shows: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(startup, "STRUCTURE_AT_LATEST_MS", 50)
    app = _deferred(no_photo_shows)
    try:
        app.driver.stop()
        assert wait_until(lambda: bool(app.bridge.ready), 10)
        assert not app.window.property("photoShown") and app.bridge.screen == "attract"
    finally:
        app.close()


def test_an_exhibition_without_photos_reads_its_structure_at_once(
        qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from kiosk.package.writer import PackageWriter

    monkeypatch.setattr(startup, "STRUCTURE_AT_LATEST_MS", 600_000)
    with PackageWriter(tmp_path / "texts.exhibit") as w:
        w.set_exhibition(uid="texts", version="1", languages=["en"], default_language="en",
                         title={"en": "Only words"})
        section = w.add_section(position=0, slug="s", title={"en": "Section"})
        w.add_item(section_id=section, position=0, slug="t", kind="text", title={"en": "Text"},
                   long_text={"en": "Words."})
        path = w.commit()
    app = _deferred(path)
    try:
        app.driver.stop()
        assert app.bridge.attractMedia == []
        assert wait_until(lambda: bool(app.bridge.ready), 10)
    finally:
        app.close()


# -- a decode is never done twice, and the photo on screen is decoded first -----------

def _jpeg(w: int, h: int, seed: int = 0) -> bytes:
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (w, h), (seed * 40 % 256, 80, 40)).save(out, "JPEG")
    return out.getvalue()


class GatedSource:
    """Blobs whose reads wait for ``gate``; counts the reads of each blob."""

    def __init__(self, blobs: dict[int, bytes]) -> None:
        self.blobs = blobs
        self.gate = threading.Event()
        self.reads: list[int] = []
        self._lock = threading.Lock()

    def blob(self, blob_id: int) -> bytes:
        with self._lock:
            self.reads.append(blob_id)
        self.gate.wait(10)
        return self.blobs[blob_id]

    def tile(self, media_id: int, level: int, col: int, row: int) -> bytes | None:
        return None


def _media(media_id: int) -> MediaInfo:
    return MediaInfo(id=media_id, width=320, height=240, tile_size=512, tile_overlap=0,
                     max_level=0, renditions=(Rendition(320, 240, media_id),),
                     thumbnail_blob_id=media_id, placeholder_blob_id=media_id,
                     original_blob_id=None)


def test_a_photo_being_decoded_is_waited_for_not_decoded_again(qapp: object) -> None:
    # A request from QML racing the preload of the same photo: decoding it twice
    # costs a core and keeps two copies of the picture in memory.
    source = GatedSource({1: _jpeg(320, 240)})
    service = ImageService(source, threads=2)
    service.register(_media(1))
    request = Request("photo", "1", QSize(320, 240))
    waits: list[bool] = []
    wait_for = service.wait_for

    def recording_wait(done: threading.Event, timeout_s: float = 30.0) -> bool:
        waits.append(True)
        return wait_for(done, timeout_s)

    service.wait_for = recording_wait  # type: ignore[method-assign]
    results: list[QImage] = []
    try:
        first = threading.Thread(target=lambda: results.append(service.load(request)))
        first.start()
        assert wait_until(lambda: source.reads == [1], 5)
        second = threading.Thread(target=lambda: results.append(service.load(request)))
        second.start()
        assert wait_until(lambda: bool(waits) or len(source.reads) > 1, 5)
        source.gate.set()
        first.join(10)
        second.join(10)
        assert source.reads == [1], "decoded twice"
        assert service.decoded == 1
        assert len(results) == 2 and results[0].cacheKey() == results[1].cacheKey()
    finally:
        source.gate.set()
        service.shutdown()


def test_a_failed_decode_fails_those_waiting_for_it_too(qapp: object) -> None:
    source = GatedSource({1: b"\xff\xd8\xff not a photo"})
    service = ImageService(source, threads=2)
    service.register(_media(1))
    request = Request("photo", "1", QSize(320, 240))
    errors: list[Exception] = []

    def load() -> None:
        try:
            service.load(request)
        except ImageError as e:
            errors.append(e)

    try:
        threads = [threading.Thread(target=load) for _ in range(2)]
        threads[0].start()
        assert wait_until(lambda: source.reads == [1], 5)
        threads[1].start()
        source.gate.set()
        for t in threads:
            t.join(10)
        assert len(errors) == 2 and not any(t.is_alive() for t in threads)
        assert service.cache.get(request.key) is None
    finally:
        source.gate.set()
        service.shutdown()


def test_the_new_slides_photo_starts_decoding_at_once_and_the_latest_wins(qapp: object) -> None:
    source = GatedSource({n: _jpeg(320, 240, n) for n in (1, 2, 3)})
    service = ImageService(source, threads=1)
    for n in (1, 2, 3):
        service.register(_media(n))
    size = QSize(320, 240)
    try:
        service.show_soon("photo", "1", size)  # the only decoder takes it and waits
        assert wait_until(lambda: source.reads == [1], 5)
        service.show_soon("photo", "2", size)  # the visitor tapped on at once: dropped
        service.show_soon("photo", "3", size)
        source.gate.set()
        assert wait_until(service.idle, 5)
        assert source.reads == [1, 3]
        assert service.cache.get(Request("photo", "3", size).key) is not None
        service.show_soon("photo", "3", size)  # cached: nothing to do
        assert wait_until(service.idle, 5) and source.reads == [1, 3]
    finally:
        source.gate.set()
        service.shutdown()


def test_preloads_run_the_next_photo_first_and_the_farthest_last() -> None:
    from kiosk.ui.bridge import preload_order

    jobs = JobQueue()
    ran: list[int] = []
    for offset in preload_order(2):
        jobs.put(lambda o=offset: ran.append(o), ahead=True)  # type: ignore[misc]
    while not jobs.idle():
        taken = jobs.take()
        assert taken is not None
        taken[0]()
        jobs.finished(taken[1])
    jobs.stop()
    assert ran == [1, -1, 2, -2]


@pytest.fixture(scope="module")
def long_section(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Ten photos in the first section, no advisories, no testimony."""
    from tests.package_factory import make_package

    path = tmp_path_factory.mktemp("speed") / "long.exhibit"
    return make_package(path, items=20, testimony=False, advisories=False,
                        photo_size=(640, 400))


def _photo_key(app: KioskApp, row: int) -> str:
    item = app.bridge.slides_model.item(row)
    assert item is not None and item.media is not None
    return Request("photo", str(item.media.id), QSize(*UI_SIZE)).key


def test_the_cache_drops_the_farthest_photo_never_the_one_on_screen(
        qapp: object, long_section: Path) -> None:
    package = Package.open(long_section)
    app = compose(package, size=UI_SIZE, idle_s=IDLE_S, synchronous=True, animations=False)
    try:
        app.driver.stop()
        bridge, images = app.bridge, app.images
        assert wait_until(lambda: bool(bridge.ready), 10)
        app.session.touch()
        bridge.chooseLanguage("en")
        bridge.openSection(0, 3)
        assert bridge.screen == "slideshow" and bridge.slides_model.rowCount() >= 8
        assert wait_until(images.idle, 10)
        photo = images.cache.get(_photo_key(app, 3))
        assert photo is not None
        # Room for exactly the five photos around the current one, no more.
        images.cache.max_bytes = 5 * photo.sizeInBytes() + photo.sizeInBytes() // 2
        images.cache.clear()
        bridge.showSlide(4)
        assert wait_until(images.idle, 10)
        bridge.showSlide(5)
        assert wait_until(images.idle, 10)
        kept = [row for row in range(8) if images.cache.get(_photo_key(app, row)) is not None]
        assert kept == [3, 4, 5, 6, 7]
    finally:
        app.close()


def _photos_held(app: KioskApp) -> dict[int, int]:
    """Slide index → the media id its photo view shows (-1: none) for every slide made."""
    held: dict[int, int] = {}
    for view in find_items(app.window, "zoomView"):
        slide = view.parentItem()
        while slide is not None and slide.property("itemId") is None:
            slide = slide.parentItem()
        assert slide is not None
        held[int(slide.property("index"))] = int(view.property("mediaId"))
    return held


def test_only_the_nearest_slides_hold_their_photo(qapp: object, long_section: Path) -> None:
    from kiosk.ui.settle import settle

    app = compose(Package.open(long_section), size=UI_SIZE, idle_s=IDLE_S, synchronous=True,
                  animations=False)
    try:
        app.driver.stop()
        bridge = app.bridge
        assert wait_until(lambda: bool(bridge.ready), 10)
        app.session.touch()
        bridge.chooseLanguage("en")
        bridge.openSection(0, 4)
        settle(app.window)
        # The list makes slides beyond the nearest too (its buffer's edges touch them):
        # they wait, their photo in the provider's cache.
        assert wait_until(lambda: any(abs(row - 4) > 1 for row in _photos_held(app)), 5)
        held = _photos_held(app)
        assert sorted(row for row, media in held.items() if media >= 0) == [3, 4, 5], held
        bridge.nextSlide()
        settle(app.window)
        assert wait_until(lambda: sorted(
            row for row, media in _photos_held(app).items() if media >= 0) == [4, 5, 6], 5)
    finally:
        app.close()


def test_the_slides_label_is_made_once_per_item_and_language(kiosk: KioskApp) -> None:  # noqa: F811
    bridge = kiosk.bridge
    kiosk.session.touch()
    bridge.chooseLanguage("en")
    accept_notices(kiosk)
    bridge.openSection(0, 2)
    accept_notices(kiosk)
    english = bridge.slide
    assert english["lang"] == "en" and english["title"]
    english["title"] = "changed by a caller"
    assert bridge.slide["title"] != "changed by a caller"
    bridge.chooseLanguage("ur")
    assert bridge.slide["lang"] == "ur" and bridge.slide["title"] != english["title"]
    bridge.nextSlide()
    item = bridge.slides_model.item(bridge.slideIndex)
    assert item is not None and bridge.slide["itemId"] == item.id


def test_a_decoder_lets_go_of_its_last_job_while_it_waits_for_the_next(qapp: object) -> None:
    # A request's job holds the picture it decoded: kept by an idle decoder, that
    # is 8 MiB per decoder that neither the cache nor the screen accounts for.
    import gc
    import weakref

    class Picture:
        pass

    service = ImageService(GatedSource({}), threads=2)
    try:
        picture = Picture()
        alive = weakref.ref(picture)
        results: list[Picture] = []
        service.submit(lambda p=picture: results.append(p))  # type: ignore[misc]
        del picture
        assert wait_until(lambda: bool(results) and service.idle(), 5)
        results.clear()
        gc.collect()
        assert alive() is None
    finally:
        service.shutdown()
