"""``kiosk preview`` of the demo in every shipped interface language.

The real code path (kiosk/ui/preview.py), in process. For each language:
every screen is written and is not blank; the interface strings on screen
are the catalogue's translations, not the English sources; the layout is
mirrored for right-to-left languages; and where the exhibition lacks the
language (Russian for an en/az/ur exhibition) the texts are the default
language's, marked as such, while the interface stays in the visitor's.
"""

from __future__ import annotations

import logging
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import pytest
from PySide6.QtCore import QMessageLogContext, QPointF, Qt, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QImage
from PySide6.QtQml import QQmlEngine, QQmlExpression
from PySide6.QtQuick import QQuickItem, QQuickWindow

from kiosk.package.reader import Package
from kiosk.package.records import ExhibitionInfo
from kiosk.ui.languages import endonym, is_rtl
from kiosk.ui.preview import OPTIONAL_SCREENS, SCREENS, interface_languages, render_all
from kiosk.ui.settle import all_items
from kiosk.ui.translations import I18N_DIR

DEMO = Path(__file__).resolve().parents[1] / "build" / "demo.exhibit"
SHIPPED = ("en", "az", "ur", "ar", "ru", "fr", "tr")
LANDSCAPE = (960, 540)
PORTRAIT = (540, 960)
#: Screens that show phrases in every exhibition language on purpose, or no text.
MULTILINGUAL = ("attract", "language", "zoom")
#: (language, size): every language in landscape, the right-to-left ones upright too.
RUNS = [(lang, LANDSCAPE) for lang in SHIPPED] + [(lang, PORTRAIT) for lang in ("ur", "ar")]


@cache
def catalogue(lang: str) -> dict[tuple[str, str], str]:
    """(context, English source) → finished translation, for ``kiosk_<lang>.ts``."""
    if lang == "en":
        return {}
    root = ET.parse(I18N_DIR / f"kiosk_{lang}.ts").getroot()
    found = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is not None and translation.get("type") is None and translation.text:
                found[(name, source)] = translation.text
    return found


def translated(lang: str, context: str, source: str) -> str:
    return catalogue(lang).get((context, source), source)


@dataclass(frozen=True)
class Shown:
    """A text on screen: what it says, where its centre is, and what its item said of it.

    (The items are gone once the preview ends, so this is read while it runs.)
    """

    text: str
    x: float
    y: float
    name: str
    lang: str
    align: int


@dataclass(frozen=True)
class Label:
    """Where a button's label drew its letters, in window pixels."""

    screen: str
    text: str
    lang: str
    button: tuple[int, int]  # top, bottom (inside the border)
    ink: tuple[int, int] | None  # first and last row with letters; None: nothing drawn


@dataclass
class Run:
    lang: str
    size: tuple[int, int]
    pngs: list[Path]
    screens: dict[str, list[Shown]] = field(default_factory=dict)
    labels: list[Label] = field(default_factory=list)
    #: What the run logged about an image (ours or Qt's): a photo it could not show.
    image_errors: list[str] = field(default_factory=list)

    def texts(self, screen: str) -> set[str]:
        return {s.text for s in self.screens[screen]}

    def named(self, screen: str, name: str) -> list[Shown]:
        return [s for s in self.screens[screen] if s.name == name]


def _painted(item: QQuickItem) -> bool:
    """Visible and not faded out, it or any parent."""
    while item is not None:
        if not item.isVisible() or item.opacity() <= 0.01:
            return False
        item = item.parentItem()
    return True


def _qml(item: QQuickItem, expression: str) -> object:
    """A property PySide cannot convert (an enum of QQuickText), read by QML's engine."""
    value, undefined = QQmlExpression(QQmlEngine.contextForObject(item), item,
                                      expression).evaluate()
    return None if undefined else value


def _differs(a: int, b: int) -> bool:
    return sum(abs(((a >> s) & 255) - ((b >> s) & 255)) for s in (0, 8, 16)) > 90


def button_labels(screen: str, window: QQuickWindow, image: QImage) -> Iterator[Label]:
    """Every labelled TouchButton wholly on screen, and the rows its letters cover.

    A content notice covers the whole screen: only its own buttons are seen then.
    """
    w, h = window.width(), window.height()
    notice = [i for i in all_items(window.contentItem()) if i.objectName() == "advisoryScreen"]
    top = notice[0] if screen == "advisory" and notice else window.contentItem()
    for button in all_items(top):
        if button.property("minHeight") is None or not _painted(button):
            continue
        text = str(button.property("text") or "")
        label = next((t for t in all_items(button)
                      if t.inherits("QQuickText") and t.property("text") == text), None)
        if not text or label is None:
            continue
        top_left = button.mapToScene(QPointF(0, 0))
        x0, y0 = int(top_left.x()), int(top_left.y())
        x1, y1 = x0 + int(button.width()), y0 + int(button.height())
        if x0 < 0 or y0 < 0 or x1 > w or y1 > h:
            continue
        left = int(label.mapToScene(QPointF(0, 0)).x())
        span = range(max(x0 + 4, left), min(x1 - 4, left + int(label.width())))
        inside = range(y0 + 2, y1 - 2)  # the border and its anti-aliasing
        background = image.pixel(x0 + 4, (y0 + y1) // 2)
        rows = [y for y in inside if any(_differs(image.pixel(x, y), background) for x in span)]
        yield Label(screen, text, str(label.property("lang") or ""),
                    (inside.start, inside.stop - 1), (rows[0], rows[-1]) if rows else None)


def texts_on_screen(window: QQuickWindow) -> Iterator[Shown]:
    """Every painted Text whose centre is inside the window (not a cached neighbour)."""
    w, h = window.width(), window.height()
    for item in all_items(window.contentItem()):
        if not item.inherits("QQuickText") or not _painted(item):
            continue
        text = str(item.property("text") or "").strip()
        if not text:
            continue
        centre = item.mapToScene(QPointF(item.width() / 2, item.height() / 2))
        if 0 <= centre.x() <= w and 0 <= centre.y() <= h:
            yield Shown(text, centre.x(), centre.y(), item.objectName(),
                        str(item.property("lang") or ""),
                        int(_qml(item, "effectiveHorizontalAlignment")))


class _ImageLog(logging.Handler):
    """Warnings of the image provider, and any other kiosk warning about an image."""

    def __init__(self, into: list[str]) -> None:
        super().__init__(logging.WARNING)
        self.into = into

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        if record.name == "kiosk.ui.images" or "image" in message.lower():
            self.into.append(f"{record.name}: {message}")


@contextmanager
def image_errors_into(into: list[str]) -> Iterator[None]:
    """Collect what the kiosk's loggers and Qt (a QML Image that failed) say about images."""
    handler = _ImageLog(into)
    root = logging.getLogger()

    def on_qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if kind != QtMsgType.QtDebugMsg and "image" in message.lower():
            into.append(f"Qt: {message}")

    root.addHandler(handler)
    previous = qInstallMessageHandler(on_qt_message)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)
        root.removeHandler(handler)


@pytest.fixture(scope="module")
def demo_info() -> ExhibitionInfo:
    if not DEMO.exists():
        pytest.skip("build/demo.exhibit not built (make build/demo.exhibit)")
    with Package.open(DEMO) as package:
        return package.info


@pytest.fixture(scope="module")
def runs(qapp: object, demo_info: ExhibitionInfo, tmp_path_factory: pytest.TempPathFactory,
         ) -> dict[tuple[str, tuple[int, int]], Run]:
    """One preview per language and size, with the texts each screen showed."""
    done = {}
    for lang, size in RUNS:
        run = Run(lang, size, [])

        def read(screen: str, window: QQuickWindow, run: Run = run) -> None:
            run.screens[screen] = list(texts_on_screen(window))
            if screen not in ("zoom", "idle-warning"):  # the warning dims what is under it
                image = window.grabWindow()
                run.labels += button_labels(screen, window, image)

        out = tmp_path_factory.mktemp(f"preview-{lang}-{size[0]}x{size[1]}")
        # render_all closes the package with the kiosk, as `kiosk preview` does.
        with image_errors_into(run.image_errors):
            run.pngs = render_all(Package.open(DEMO), size, lang, out, after_shot=read)
        done[(lang, size)] = run
    return done


def test_every_shipped_interface_language_is_previewed() -> None:
    assert set(interface_languages()) == set(SHIPPED)


def _distinct_colours(image: QImage) -> int:
    step = max(1, image.width() // 40)
    return len({image.pixel(x, y) for x in range(0, image.width(), step)
                for y in range(0, image.height(), step)})


@pytest.mark.parametrize(("lang", "size"), RUNS, ids=[f"{lang}-{w}x{h}" for lang, (w, h) in RUNS])
def test_every_screen_is_written_and_not_blank(
        runs: dict[tuple[str, tuple[int, int]], Run], lang: str, size: tuple[int, int]) -> None:
    run = runs[(lang, size)]
    shots = [p.stem.split("-", 1)[1] for p in run.pngs]
    assert [s for s in shots if s not in OPTIONAL_SCREENS] == list(SCREENS)
    assert set(OPTIONAL_SCREENS) <= set(shots), "the demo has a notice and a blurred photo"
    for path in run.pngs:
        image = QImage(str(path))
        assert (image.width(), image.height()) == size, path.name
        assert _distinct_colours(image) > 8, f"{path.name} looks empty"
        screen = path.stem.split("-", 1)[1]
        assert run.screens[screen] or screen == "zoom", f"{path.name} shows no text"


@pytest.mark.parametrize(("lang", "size"), RUNS, ids=[f"{lang}-{w}x{h}" for lang, (w, h) in RUNS])
def test_every_photo_is_shown_without_an_image_error(
        runs: dict[tuple[str, tuple[int, int]], Run], lang: str, size: tuple[int, int]) -> None:
    """A sound package logs no broken photo: such a log line sends staff hunting for
    a bad file (it was a 0×0 request from the testimony screen, before its layout)."""
    assert runs[(lang, size)].image_errors == []


@pytest.mark.parametrize("lang", [x for x in SHIPPED if x != "en"])
def test_the_interface_on_screen_is_translated(
        runs: dict[tuple[str, tuple[int, int]], Run], lang: str) -> None:
    run = runs[(lang, LANDSCAPE)]
    table = catalogue(lang)
    english = {source for (_, source), text in table.items() if text != source}
    ours = set(table.values()) - {source for _, source in table}
    for screen, shown in run.screens.items():
        if screen in MULTILINGUAL:
            continue
        texts = {s.text for s in shown}
        assert not texts & english, f"{lang} {screen}: English on screen: {texts & english}"
        assert texts & ours, f"{lang} {screen}: no translated interface string on screen"
    assert translated(lang, "TopBar", "Back") in run.texts("slideshow")


@pytest.mark.parametrize(("lang", "size"), RUNS, ids=[f"{lang}-{w}x{h}" for lang, (w, h) in RUNS])
def test_right_to_left_languages_mirror_the_layout(
        runs: dict[tuple[str, tuple[int, int]], Run], lang: str, size: tuple[int, int]) -> None:
    run = runs[(lang, size)]
    back = [s for s in run.screens["slideshow"] if s.text == translated(lang, "TopBar", "Back")]
    assert back, f"{lang}: no Back button on the slideshow"
    on_right = back[0].x > size[0] / 2
    assert on_right == is_rtl(lang), f"{lang}: Back at x={back[0].x:.0f} of {size[0]}"


@pytest.mark.parametrize("lang", SHIPPED)
def test_content_is_in_the_language_or_the_default_one_marked(
        runs: dict[tuple[str, tuple[int, int]], Run], demo_info: ExhibitionInfo, lang: str,
) -> None:
    """ru, fr, tr, ar are interface languages only: the demo's texts stay English."""
    info = demo_info
    run = runs[(lang, LANDSCAPE)]
    content = [t for t in info.languages if t.split("-")[0] == lang]
    shown_in = content[0] if content else info.default_language
    title = info.title.get(shown_in)
    assert title in run.texts("overview")
    tags = {s.text for screen in ("overview", "slideshow", "reading")
            for s in run.named(screen, "languageTag")}
    if content:
        assert not tags, f"{lang}: the demo is translated, yet marked {tags}"
    else:
        assert tags == {endonym(info.default_language)}
        # The English caption reads left to right from the left, even on an Arabic screen.
        caption = run.named("slideshow", "captionText")
        assert caption and caption[0].lang == info.default_language
        assert caption[0].align == Qt.AlignmentFlag.AlignLeft.value
        # ...and its mark sits at that start, not at the screen's reading side.
        # (The caption's mark is the one nearest it; the top bar marks the section title.)
        tag = sorted(run.named("slideshow", "languageTag"),
                     key=lambda t: abs(t.y - caption[0].y))
        assert tag and tag[0].x < caption[0].x


@pytest.mark.parametrize(("lang", "size"), RUNS, ids=[f"{lang}-{w}x{h}" for lang, (w, h) in RUNS])
def test_button_labels_sit_inside_and_in_the_middle(
        runs: dict[tuple[str, tuple[int, int]], Run], lang: str, size: tuple[int, int]) -> None:
    """Nastaliq above all: its line box is far taller than its letters (see KText.inkOffset).

    Other scripts centre the line box (descenders hang below, as they should);
    Nastaliq labels centre their letters.
    """
    labels = runs[(lang, size)].labels
    assert len(labels) >= 10, f"{lang}: found only {len(labels)} buttons"
    problems = []
    for label in labels:
        (top, bottom), ink = label.button, label.ink
        if ink is None:
            problems.append(f"{label.screen} {label.text!r}: nothing drawn")
            continue
        room = bottom - top
        above, below = ink[0] - top, bottom - ink[1]
        nastaliq = label.lang.split("-")[0] == "ur"
        if min(above, below) < 1 or (nastaliq and abs(above - below) > 0.2 * room):
            problems.append(f"{label.screen} {label.text!r}: {above} px free above the "
                            f"letters, {below} below, in {room}")
    assert not problems, "\n".join(problems)
