"""``kiosk preview``: PNG screenshots of every kind of screen, without a display.

Renders offscreen at the kiosk's real resolution and waits until every
visible image has loaded (no fixed sleeps), so a curator can proof layout
and translations.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

# Records only as types: importing kiosk.package pulls in SQLAlchemy, which
# start-up loads on another thread (see kiosk.ui.startup).
if TYPE_CHECKING:
    from PySide6.QtQuick import QQuickWindow

    from kiosk.package.records import ItemInfo


log = logging.getLogger(__name__)

SCREENS = ("attract", "language", "overview", "slideshow", "info", "zoom", "reading", "testimony",
           "testimony-transcript",
           "idle-warning")
#: Shot only when the package has them: a content notice, a blurred photo.
OPTIONAL_SCREENS = ("advisory", "blurred")


def preview_command(args: argparse.Namespace) -> int:
    """``kiosk preview PKG --size WxH [--lang L] --out DIR``."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_QUICK_BACKEND", "software")
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    from PySide6.QtGui import QGuiApplication

    from kiosk.package.errors import PackageError
    from kiosk.package.reader import Package

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    try:
        package = Package.open(args.package)
    except PackageError as e:
        print(e, file=sys.stderr)
        return 1
    lang = preview_language(args.lang or package.info.default_language,
                            package.info.languages)
    if not lang:
        print(f"{args.lang}: neither one of this exhibition's languages "
              f"({', '.join(package.info.languages)}) nor an interface language "
              f"({', '.join(interface_languages())}).", file=sys.stderr)
        package.close()
        return 1
    if lang not in package.info.languages:
        print(f"{lang}: the interface only; the exhibition's texts are shown in its "
              f"default language, {package.info.default_language}.", file=sys.stderr)
    written = render_all(package, tuple(args.size), lang, Path(args.out))
    for path in written:
        print(path)
    del app
    return 0


def interface_languages() -> tuple[str, ...]:
    """English (the source language) and every language with a compiled catalogue."""
    from kiosk.ui.translations import CATALOGUE_PREFIX, I18N_DIR

    return ("en", *sorted(p.stem.removeprefix(CATALOGUE_PREFIX)
                          for p in I18N_DIR.glob(f"{CATALOGUE_PREFIX}*.qm")))


def preview_language(tag: str, content: Sequence[str]) -> str:
    """The tag to preview ``tag`` as; ``""`` when the kiosk cannot show it.

    One of the exhibition's languages (``az`` finds ``az-Latn``) shows content
    and interface in it, as a visitor who chose it sees them. An interface
    language the exhibition lacks (``ru`` for an en/az/ur exhibition) shows the
    interface in it and the texts in the exhibition's default language,
    marked as such: how a station whose screens start in that language looks.
    """
    from kiosk.package.records import best_language, primary_subtag
    from kiosk.ui.translations import catalogue_for

    found = best_language(tag, content)
    if found:
        return found
    if primary_subtag(tag) == "en" or catalogue_for(tag) is not None:
        return tag
    return ""


def render_all(package: object, size: tuple[int, int], lang: str, out: Path, *,
               after_shot: Callable[[str, QQuickWindow], None] | None = None,
               ) -> list[Path]:
    """Show each screen in turn and save it as ``NN-<screen>.png`` in ``out``.

    ``after_shot(screen, window)`` runs after each picture, with the screen
    still showing (tests read what is on it). GUI thread.
    """
    from kiosk.station.session import ManualClock
    from kiosk.ui.app import compose
    from kiosk.ui.settle import settle, wait_until

    out.mkdir(parents=True, exist_ok=True)
    clock = ManualClock()
    kiosk = compose(package, size=size, clock=clock, animations=False)  # type: ignore[arg-type]
    window, bridge, session = kiosk.window, kiosk.bridge, kiosk.session
    gate = bridge.gate
    written: list[Path] = []

    def shot(name: str) -> None:
        if not settle(window):
            log.warning("%s: some images did not load in time", name)
        path = out / f"{len(written) + 1:02d}-{name}.png"
        window.grabWindow().save(str(path))
        written.append(path)
        if after_shot is not None:
            after_shot(name, window)

    def through_notices() -> None:
        """Continue past the content notices in the way; the first one is pictured."""
        for _ in range(3):  # exhibition, section, item
            if not bridge.advisory:
                return
            if not any(p.stem.endswith("-advisory") for p in written):
                shot("advisory")
            bridge.continueAdvisory()

    def find(wanted: Callable[[ItemInfo], bool]) -> tuple[int, int] | None:
        for s in range(bridge.sections_model.rowCount()):
            items = bridge.sections_model.items_of(s)
            for i, item in enumerate(items.items() if items else ()):
                if wanted(item):
                    return s, i
        return None

    try:
        wait_until(lambda: bool(bridge.ready), 20)
        wait_until(lambda: bool(window.property("photoShown")) or not bridge.attractMedia, 20)
        shot("attract")
        session.touch()
        if bridge.screen == "language":
            shot("language")
        bridge.chooseLanguage(lang)
        through_notices()
        shot("overview")
        photo = find(lambda x: x.kind == "photo" and x.media is not None)
        if photo is not None:
            bridge.openSection(*photo)
            through_notices()
            shot("slideshow")
            _info_panel(window, "openPanel")
            shot("info")
            _info_panel(window, "closePanel")
            _zoom_current(window)
            shot("zoom")
            bridge.setZoomed(False)
        texty = find(lambda x: bool(x.long_text)) or photo
        if texty is not None:
            bridge.openSection(*texty)
            through_notices()
            bridge.openItemText(texty[1])
        else:
            bridge.openSectionText(0)
            through_notices()
        shot("reading")
        testimony = find(lambda x: x.kind == "testimony")
        if testimony is not None:
            bridge.openSection(*testimony)
            through_notices()
            shot("testimony")
            found = bridge.sections_model.items_of(testimony[0])
            item = found.items()[testimony[1]] if found else None
            if item is not None and kiosk.testimony is not None:
                transcript = kiosk.testimony.transcript
                bridge.playTestimony(item.id)  # the card's Play: the testimony screen
                wait_until(lambda: transcript.rowCount() > 0, 10)
                shot("testimony-transcript")
        blurred = find(lambda x: x.media is not None and x.kind == "photo"
                       and bool(gate.isBlurred(x.id)))
        if blurred is not None:
            bridge.back()
            bridge.openSection(*blurred)
            through_notices()
            shot("blurred")
        clock.advance(session.timing.idle_s + 1)
        kiosk.driver.tick()
        clock.advance(session.timing.warning_s - session.remaining_s() + 7.2)
        kiosk.driver.tick()
        shot("idle-warning")
    finally:
        kiosk.close()
    return written


def _info_panel(window: object, method: str) -> None:
    """Open or close the current photograph's info panel, as its button would."""
    from PySide6.QtCore import QMetaObject, QPointF
    from PySide6.QtQuick import QQuickWindow

    from kiosk.ui.settle import find_items

    assert isinstance(window, QQuickWindow)
    for button in find_items(window, "infoButton"):
        x = button.mapToScene(QPointF(button.width() / 2, 0)).x()
        if 0 < x < window.width() and button.parentItem() is not None:
            QMetaObject.invokeMethod(button.parentItem(), method)
            return


def _zoom_current(window: object) -> None:
    """Zoom the current photograph as a double tap would, to three times."""
    from PySide6.QtCore import Q_ARG, QMetaObject
    from PySide6.QtQuick import QQuickWindow

    from kiosk.ui.settle import current_item

    assert isinstance(window, QQuickWindow)
    item = current_item(window, "zoomView")
    if item is not None:
        QMetaObject.invokeMethod(item, "zoomAt", Q_ARG("QVariant", 3.0),
                                 Q_ARG("QVariant", item.width() / 2),
                                 Q_ARG("QVariant", item.height() / 2))
