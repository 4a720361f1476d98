"""The advisory screens and the info panel, driven by real taps on a small host window.

Screenshots (1920x1080, English and Urdu) go to the test's temporary folder, or to
``$KIOSK_SHOTS`` when set, to be looked at.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from package_factory import make_package
from PySide6.QtCore import Property, QObject, QPoint, QPointF, QSize, QUrl, Signal
from PySide6.QtGui import QPointingDevice
from PySide6.QtQuick import QQuickItem, QQuickView
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from kiosk.package.reader import Package
from kiosk.ui.accessibility import TEXT_SCALES, Accessibility, photo_details
from kiosk.ui.advisories import AdvisoryGate
from kiosk.ui.fonts import register_fonts
from kiosk.ui.images import ImageService, Request
from kiosk.ui.languages import is_rtl
from kiosk.ui.translations import Translations

ROOT = Path(__file__).resolve().parents[1]
QML = ROOT / "kiosk" / "ui" / "qml"
SIZE = (1920, 1080)

#: A host window like the kiosk's: mirrored for right-to-left, one of the three parts shown.
HOST = """
import QtQuick
import "%(advisory)s"
import "%(info)s"

Item {
    id: root
    width: 1920; height: 1080
    property string part: "screen"
    property var advisory: null
    property var blur: null
    property var details: ({})
    property int mediaId: -1
    property int itemId: -1
    property var events: []
    // How a screen follows the gate: re-read on `revision` (a slot's None arrives as undefined).
    readonly property bool exhibitionPending: {
        gate.revision
        return !!gate.pendingFor("exhibition", 0)
    }
    function log(event) { events = events.concat([event]) }
    LayoutMirroring.enabled: kiosk.rtl
    LayoutMirroring.childrenInherit: true

    Rectangle { anchors.fill: parent; color: "black" }
    AdvisoryScreen {
        objectName: "advisoryScreen"
        anchors.fill: parent
        visible: root.part === "screen"
        advisory: root.advisory
        onContinued: (id) => { root.log("continued:" + id); gate.accept(id) }
        onWentBack: (id) => { root.log("back:" + id); gate.decline(id) }
    }
    BlurGate {
        objectName: "blurGate"
        anchors.fill: parent
        visible: root.part === "blur"
        advisory: root.blur
        placeholderSource: mediaDir + "/thumb-" + root.mediaId + ".jpg"
        onRevealed: (id) => root.log("revealed:" + id)
        onSkipped: (id) => { root.log("skipped:" + id); gate.skipBlurred(id, root.itemId) }
        Image {
            objectName: "realPhoto"
            anchors.fill: parent
            fillMode: Image.PreserveAspectFit
            asynchronous: true
            sourceSize: Qt.size(1920, 1080)
            source: root.mediaId >= 0 ? mediaDir + "/photo-" + root.mediaId + ".jpg" : ""
        }
    }
    // As in the slideshow: a swipe on a blurred photo still changes photo.
    ListView {
        objectName: "slides"
        anchors.fill: parent
        visible: root.part === "list"
        orientation: ListView.Horizontal
        snapMode: ListView.SnapOneItem
        highlightRangeMode: ListView.StrictlyEnforceRange
        boundsBehavior: Flickable.StopAtBounds
        model: 2
        delegate: BlurGate {
            required property int index
            width: ListView.view.width
            height: ListView.view.height
            advisory: root.blur
            placeholderSource: mediaDir + "/thumb-" + root.mediaId + ".jpg"
        }
    }
    Item {
        anchors.fill: parent
        visible: root.part === "info"
        Image {
            anchors.fill: parent
            fillMode: Image.PreserveAspectFit
            sourceSize: Qt.size(1920, 1080)
            source: root.mediaId >= 0 ? mediaDir + "/photo-" + root.mediaId + ".jpg" : ""
        }
        InfoPanel {
            objectName: "info"
            anchors.fill: parent
            details: root.details
        }
    }
}
"""


class KioskStub(QObject):
    """The `kiosk` properties the shared Theme and components read."""

    changed = Signal()

    def __init__(self, a11y: Accessibility) -> None:
        super().__init__()
        self.lang = "en"
        self._a11y = a11y
        a11y.textChanged.connect(self.changed)

    def set_language(self, tag: str) -> None:
        self.lang = tag
        self.changed.emit()

    def _language(self) -> str:
        return self.lang

    def _rtl(self) -> bool:
        return is_rtl(self.lang)

    def _false(self) -> bool:
        return False

    def _touch(self) -> float:
        return 64.0

    def _scale(self) -> float:
        return float(self._a11y.property("textScale"))

    def _photo(self) -> QSize:
        return QSize(*SIZE)

    language = Property(str, _language, notify=changed)
    rtl = Property(bool, _rtl, notify=changed)
    animations = Property(bool, _false, notify=changed)
    touchTarget = Property(float, _touch, notify=changed)
    textScale = Property(float, _scale, notify=changed)
    photoSize = Property(QSize, _photo, notify=changed)


class Host:
    def __init__(self, view: QQuickView, gate: AdvisoryGate, kiosk: KioskStub,
                 a11y: Accessibility, translations: Translations, package: Package,
                 warnings: list[str]) -> None:
        self.view, self.gate, self.kiosk, self.a11y = view, gate, kiosk, a11y
        self.translations, self.package, self.warnings = translations, package, warnings
        self.device: QPointingDevice = QTest.createTouchDevice()

    @property
    def root(self) -> QQuickItem:
        return self.view.rootObject()

    def set(self, **values: Any) -> None:
        for name, value in values.items():
            self.root.setProperty(name, value)

    def language(self, tag: str) -> None:
        self.kiosk.set_language(tag)
        self.gate.setLanguage(tag)
        self.translations.set_language(tag)

    def named(self, name: str) -> QQuickItem:
        """The item called ``name``, shown or not."""
        found = self.root.findChild(QQuickItem, name)
        assert found is not None, name
        return found

    def find(self, name: str) -> QQuickItem:
        found = [i for i in self.root.findChildren(QQuickItem, name) if _shown(i)]
        assert found, f"no visible {name!r}"
        return found[0]

    def tap(self, name: str) -> None:
        item = self.find(name)
        centre = item.mapToScene(QPointF(item.width() / 2, item.height() / 2)).toPoint()
        assert QPoint(0, 0) != centre
        QTest.touchEvent(self.view, self.device).press(0, centre, self.view).commit()
        QTest.qWait(20)
        QTest.touchEvent(self.view, self.device).release(0, centre, self.view).commit()
        QTest.qWait(20)

    def events(self) -> list[str]:
        return list(self.root.property("events").toVariant())

    def shot(self, name: str, folder: Path) -> Path:
        QTest.qWait(50)
        image = self.view.grabWindow()
        assert not image.isNull() and (image.width(), image.height()) == SIZE
        path = folder / f"{name}.png"
        image.save(str(path))
        target = os.environ.get("KIOSK_SHOTS")
        if target:
            Path(target).mkdir(parents=True, exist_ok=True)
            shutil.copy(path, Path(target) / path.name)
        return path


def _descendants(item: QQuickItem) -> Iterator[QQuickItem]:
    """Visual children, depth first (a Repeater's delegates are not QObject children)."""
    for child in item.childItems():
        yield child
        yield from _descendants(child)


def _shown(item: QQuickItem) -> bool:
    node: QQuickItem | None = item
    while node is not None:
        if not node.isVisible() or node.opacity() == 0:
            return False
        node = node.parentItem()
    return True


@pytest.fixture(scope="module")
def package_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_package(tmp_path_factory.mktemp("adv") / "a.exhibit", items=6,
                        photo_size=(1200, 800))


@pytest.fixture
def host(qtbot: QtBot, package_path: Path, tmp_path: Path) -> Iterator[Host]:
    register_fonts()
    package = Package.open(package_path)
    # Files, not the kiosk's image provider: Python setting a property that starts an
    # image load, while Qt's pixmap reader waits for the GIL inside the Python provider,
    # deadlocks (see test_the_provider_decodes_a_thumbnail_as_a_placeholder).
    media = tmp_path / "media"
    media.mkdir()
    for item in package.items():
        if item.media is not None:
            largest = max(item.media.renditions, key=lambda r: r.width)
            (media / f"photo-{item.media.id}.jpg").write_bytes(package.blob(largest.blob_id))
            (media / f"thumb-{item.media.id}.jpg").write_bytes(
                package.blob(item.media.thumbnail_blob_id))
    gate = AdvisoryGate(package.advisories(), sections=package.sections(),
                        items=package.items(), default_language="en")
    a11y = Accessibility()
    kiosk = KioskStub(a11y)
    translations = Translations()
    view = QQuickView()
    warnings: list[str] = []
    view.engine().warnings.connect(lambda ws: warnings.extend(w.toString() for w in ws))
    view.engine().addImportPath(str(ROOT))
    view.rootContext().setContextProperty("mediaDir", media.as_uri())
    view.rootContext().setContextProperty("kiosk", kiosk)
    view.rootContext().setContextProperty("gate", gate)
    translations.attach(view.engine())
    source = tmp_path / "Host.qml"
    source.write_text(HOST % {"advisory": (QML / "advisory").as_uri(),
                              "info": (QML / "info").as_uri()}, encoding="utf-8")
    view.setResizeMode(QQuickView.ResizeMode.SizeRootObjectToView)
    view.resize(*SIZE)
    view.setSource(QUrl.fromLocalFile(str(source)))
    assert view.status() == QQuickView.Status.Ready, [e.toString() for e in view.errors()]
    view.show()
    qtbot.waitExposed(view)
    yield Host(view, gate, kiosk, a11y, translations, package, warnings)
    view.close()
    view.setSource(QUrl())
    translations.close()
    shiboken6.delete(view)
    package.close()


def test_the_provider_decodes_a_thumbnail_as_a_placeholder(package_path: Path) -> None:
    """Until images.py serves ``placeholder``, BlurGate asks ``thumb`` at 32x32: tiny."""
    with Package.open(package_path) as package:
        images = ImageService(package, synchronous=True)
        photo = next(x for x in package.items() if x.media is not None)
        assert photo.media is not None
        images.register(photo.media)
        image = images.load(Request("thumb", str(photo.media.id), QSize(32, 32)))
        images.shutdown()
    assert 0 < max(image.width(), image.height()) <= 32


def _blurred_item(host: Host) -> tuple[int, int]:
    """(item id, media id) of the package's blurred photo."""
    item = next(x for x in host.package.items() if host.gate.isBlurred(x.id))
    assert item.media is not None
    return item.id, item.media.id


def test_continue_accepts_and_go_back_declines(qtbot: QtBot, host: Host) -> None:
    pending = host.gate.pendingFor("exhibition", 0)
    assert pending is not None
    host.set(advisory=pending, part="screen")
    assert host.find("advisoryText").property("text") == pending["text"]
    with qtbot.waitSignal(host.gate.declined) as declined:
        host.tap("advisoryBack")
    assert declined.args == [pending["id"], "exhibition"]
    assert host.gate.pendingFor("exhibition", 0) is not None  # still pending
    assert host.root.property("exhibitionPending") is True
    with qtbot.waitSignal(host.gate.accepted):
        host.tap("advisoryContinue")
    assert host.gate.isAccepted(pending["id"])
    assert host.gate.pendingFor("exhibition", 0) is None
    assert host.root.property("exhibitionPending") is False
    assert host.events() == [f"back:{pending['id']}",
                                            f"continued:{pending['id']}"]
    assert not host.warnings, host.warnings


def test_no_advisory_shows_an_empty_notice_without_errors(host: Host) -> None:
    host.gate.accept(host.gate.applicable("exhibition", 0)[0].id)
    host.set(advisory=host.gate.pendingFor("exhibition", 0), part="screen")
    assert host.find("advisoryText").property("text") == ""
    assert not host.warnings, host.warnings


def test_show_image_reveals_the_photo_and_skip_signals(qtbot: QtBot, host: Host) -> None:
    item_id, media_id = _blurred_item(host)
    host.set(blur=host.gate.blurFor(item_id), mediaId=media_id, itemId=item_id, part="blur")
    photo = host.named("blurGatePhoto")
    placeholder = host.find("blurPlaceholder")
    qtbot.waitUntil(lambda: placeholder.property("implicitWidth") > 0)  # loaded
    # The placeholder is decoded tiny (asked at 32x32), never from the photo.
    assert min(placeholder.property("implicitWidth"), placeholder.property("implicitHeight")) <= 32
    assert not photo.isVisible()
    with qtbot.waitSignal(host.gate.declined) as skipped:
        host.tap("blurSkip")
    assert skipped.args[1] == f"item:item-{host.package.item(item_id).position}"
    assert not photo.isVisible()
    host.tap("blurShow")
    assert photo.isVisible() and photo.opacity() == 1
    real = host.find("realPhoto")
    qtbot.waitUntil(lambda: real.property("implicitWidth") > 0)
    assert not host.find("blurGate").property("blurred")
    assert host.events()[-2:] == [f"skipped:{skipped.args[0]}", f"revealed:{skipped.args[0]}"]
    # Wired to the gate (the idle reset blurs it again, instantly):
    host.gate.reveal(item_id)
    host.set(blur=host.gate.blurFor(item_id))
    assert photo.isVisible()
    host.gate.reset()
    host.set(blur=host.gate.blurFor(item_id))
    assert not photo.isVisible() and host.find("blurCard").isVisible()
    assert not host.warnings, host.warnings


def test_a_swipe_on_a_blurred_photo_still_changes_photo(qtbot: QtBot, host: Host) -> None:
    item_id, media_id = _blurred_item(host)
    host.set(part="list")
    QTest.qWait(50)
    host.set(blur=host.gate.blurFor(item_id))
    QTest.qWait(50)
    host.set(mediaId=media_id)
    slides = host.find("slides")
    QTest.qWait(50)
    device = host.device
    y = SIZE[1] // 2 + 300  # below the card, on the veil
    QTest.touchEvent(host.view, device).press(0, QPoint(1500, y), host.view).commit()
    for x in range(1450, 300, -100):
        QTest.qWait(10)
        QTest.touchEvent(host.view, device).move(0, QPoint(x, y), host.view).commit()
    QTest.touchEvent(host.view, device).release(0, QPoint(300, y), host.view).commit()
    qtbot.waitUntil(lambda: slides.property("currentIndex") == 1)
    assert host.gate.isBlurred(item_id)  # swiping past is not seeing


def test_info_button_opens_the_description(qtbot: QtBot, host: Host) -> None:
    item = next(x for x in host.package.items() if x.kind == "photo")
    assert item.media is not None
    details = photo_details(item, "en", "en")
    host.set(details=details, mediaId=item.media.id, part="info")
    button = host.find("infoButton")
    assert min(button.width(), button.height()) >= 64
    host.tap("infoButton")
    assert host.find("infoPanel").isVisible()
    texts = [i.property("text") for i in _descendants(host.find("infoPanel"))
             if i.objectName() == "infoValue" and _shown(i)]
    assert details["alt"] in texts and "Test archive" in texts
    host.tap("infoClose")
    # Closed, the panel fades out and is then taken down (made again when opened).
    qtbot.waitUntil(lambda: not [i for i in host.root.findChildren(QQuickItem, "infoPanel")
                                 if _shown(i)])
    qtbot.waitUntil(lambda: host.root.findChild(QQuickItem, "infoPanel") is None)
    assert host.find("infoButton").isVisible()
    assert not host.warnings, host.warnings


def test_long_description_scrolls_at_the_largest_text(qtbot: QtBot, host: Host) -> None:
    item = next(x for x in host.package.items() if x.kind == "photo")
    details = photo_details(item, "en", "en")
    details["alt"] = " ".join(["A long description of what the photograph shows."] * 40)
    host.a11y.setTextStep(len(TEXT_SCALES) - 1)
    host.set(details=details, part="info")
    host.tap("infoButton")
    scroll = host.find("infoScroll")
    assert scroll.property("interactive")
    assert host.find("infoScrollIndicator").isVisible()


@pytest.mark.parametrize("language", ["en", "ur"])
def test_screenshots(qtbot: QtBot, host: Host, language: str, tmp_path: Path) -> None:
    """Look at these: clipped, overlapping or boxes instead of letters is a bug."""
    host.language(language)
    item_id, media_id = _blurred_item(host)
    second = host.package.sections()[1]
    host.gate.accept(host.gate.applicable("exhibition", 0)[0].id)
    pending = host.gate.pendingFor("section", second.id)
    assert pending is not None and pending["lang"] == language
    host.set(advisory=pending, part="screen")
    host.shot(f"advisory-screen-{language}", tmp_path)
    host.set(blur=host.gate.blurFor(item_id), mediaId=media_id, part="blur")
    qtbot.waitUntil(lambda: host.find("blurPlaceholder").property("implicitWidth") > 0)
    host.shot(f"blur-gate-{language}", tmp_path)
    item = host.package.item(item_id)
    host.set(details=photo_details(item, language, "en"), part="info")
    host.shot(f"info-button-{language}", tmp_path)
    host.tap("infoButton")
    host.shot(f"info-panel-{language}", tmp_path)
    host.a11y.setTextStep(len(TEXT_SCALES) - 1)
    host.shot(f"info-panel-largest-{language}", tmp_path)
    host.set(part="screen")
    host.shot(f"advisory-screen-largest-{language}", tmp_path)
    assert not host.warnings, host.warnings
