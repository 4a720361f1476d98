"""The one object QML talks to (``Kiosk``): where the visitor is and what they chose.

Lives on the GUI thread; every slot and signal here runs there. It reacts to
the visitor :class:`~kiosk.station.session.Session` (attract, language,
browsing, warning) and forgets the visitor's choices when the session resets.
"""

from __future__ import annotations

import logging
import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

import shiboken6
from PySide6.QtCore import Property, QObject, QSize, QTimer, Signal, Slot

from kiosk.station.session import Session, State
from kiosk.ui import reading
from kiosk.ui.accessibility import Accessibility, photo_details
from kiosk.ui.advisories import AdvisoryGate
from kiosk.ui.catalog import Catalog, CatalogData
from kiosk.ui.images import ImageService
from kiosk.ui.languages import endonym, is_rtl, number
from kiosk.ui.metrics import touch_target_px
from kiosk.ui.models import ItemsModel, Language, SectionsModel, TileModel
from kiosk.ui.translations import INVITATION, TESTIMONY_CONTEXT, TESTIMONY_LABELS

# Records only as types: importing kiosk.package pulls in SQLAlchemy, which
# start-up loads on another thread (see kiosk.ui.startup).
if TYPE_CHECKING:
    from kiosk.package.records import ExhibitionInfo, ItemInfo

log = logging.getLogger(__name__)

#: Text sizes a visitor can choose, as factors of the theme's sizes.
#: How many photos either side of the current one are decoded ahead.
PRELOAD_AROUND = 2
#: ...starting this long after the last slide change: decoding them at once
#: took the cores the frame showing the new photo needed (tap latency).
PRELOAD_DELAY_MS = 40



def preload_order(around: int) -> list[int]:
    """Offsets from the current slide to preload, farthest first and, at each
    distance, the one before first: -2, 2, -1, 1 (the next photo last)."""
    return [sign * d for d in range(around, 0, -1) for sign in (-1, 1)]


class Translator(Protocol):
    """The interface language (see :class:`kiosk.ui.translations.Translations`)."""

    def set_language(self, tag: str) -> None: ...
    def phrase(self, source: str, tag: str) -> str: ...


class Kiosk(QObject):
    """Navigation and visitor choices, exposed to QML as the ``Kiosk`` singleton."""

    changed = Signal()  # language, screen, section: coarse, rarely emitted
    readyChanged = Signal()
    attractChanged = Signal()
    screenChanged = Signal()
    warningChanged = Signal()
    slideChanged = Signal()
    captionChanged = Signal()
    zoomChanged = Signal()
    textChanged = Signal()
    readingChanged = Signal()
    viewChanged = Signal()
    warningTick = Signal()
    visitorLeft = Signal()  # QML puts scroll positions and zoom back
    #: The visitor asked to hear a testimony (item id). The audio player and the
    #: transcript screen (another module) connect here; GUI thread.
    testimonyRequested = Signal(int)
    testimonyScreenChanged = Signal()
    testimonyChanged = Signal()
    advisoryChanged = Signal()

    def __init__(self, info: ExhibitionInfo, catalog: Catalog, images: ImageService,
                 session: Session, translator: Translator, *,
                 dots_per_mm: float | None = None,
                 advisories: AdvisoryGate | None = None,
                 accessibility: Accessibility | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._gate = advisories if advisories is not None else AdvisoryGate(
            default_language=info.default_language or "en", parent=self)
        self._a11y = accessibility if accessibility is not None else Accessibility(parent=self)
        self._a11y.textChanged.connect(self.textChanged)
        self.gate = self._gate
        self._catalog = catalog
        self._images = images
        self._session = session
        self._translator = translator
        self._dots_per_mm = dots_per_mm
        self._info = info
        self._data: CatalogData | None = None
        self._attract: tuple[int, ...] = catalog.attract or ()
        self._languages: tuple[str, ...] = tuple(info.languages) or (
            info.default_language or "en",)
        self._default = info.default_language or self._languages[0]
        self._lang = Language(self._default, self._default)
        translator.set_language(self._default)
        self._screen = "attract"
        self._back: list[str] = []
        self._section = -1
        self._slide = 0
        self._caption = True
        self._zoomed = False
        self._reading: dict[str, Any] = {"title": "", "lang": "", "blocks": []}
        self._view = QSize(1920, 1080)
        self._testimony_screen = ""
        self._testimony_media = -1
        self._testimony_item_id = -1
        self._advisory: dict[str, Any] | None = None
        self._after: Callable[[], None] | None = None
        self._slide_before = -1
        self._animations = True
        self._preload = True
        self._preload_generation = 0
        self._slide_memo: tuple[ItemInfo, str, dict[str, Any]] | None = None
        self.sections_model = SectionsModel(self._lang, self)
        self.slides_model = ItemsModel(self._lang, self)
        self.tiles_model = TileModel(images.media, self)
        catalog.attractLoaded.connect(self._on_attract)
        catalog.loaded.connect(self._on_loaded)
        session.on_change = self._on_session
        session.on_reset = self._forget_visitor

    # -- catalog -------------------------------------------------------------
    def _on_attract(self, attract: tuple[int, ...]) -> None:
        self._attract = attract
        self.attractChanged.emit()

    def _on_loaded(self, data: CatalogData) -> None:
        self._data = data
        self._gate.load(data.advisories, data.sections, data.items)
        self.sections_model.set_sections(data.sections, data.items)
        self.readyChanged.emit()
        self.changed.emit()

    def _ready(self) -> bool:
        return self._data is not None

    ready = Property(bool, _ready, notify=readyChanged)

    # -- session -------------------------------------------------------------
    def _on_session(self, old: State, new: State) -> None:
        if new is State.WARNING or old is State.WARNING:
            self.warningChanged.emit()
        if new is State.LANGUAGE:
            self._go("language")
        elif new is State.BROWSING and self._screen in ("attract", "language"):
            self._enter()
        elif new is State.ATTRACT:
            self._go("attract")

    def _forget_visitor(self) -> None:
        self._set_language(self._default)
        self._gate.reset()
        self._a11y.reset()
        self._clear_advisory()
        self._slide_before = -1
        self._back.clear()
        self._section = -1
        self._slide = 0
        self._caption = True
        self._zoomed = False
        self._reading = {"title": "", "lang": "", "blocks": []}
        self.slides_model.set_items(())
        self.tiles_model.clear()
        for signal in (self.slideChanged, self.captionChanged, self.zoomChanged,
                       self.textChanged, self.readingChanged):
            signal.emit()
        self.visitorLeft.emit()
        log.info("visitor left; back to the attract loop")

    def _warning(self) -> bool:
        return self._session.state is State.WARNING

    warning = Property(bool, _warning, notify=warningChanged)

    def _warning_seconds(self) -> int:
        return int(self._session.remaining_s() + 0.999)

    warningSeconds = Property(int, _warning_seconds, notify=warningTick)

    def tick(self) -> None:
        """After each session tick, so the countdown redraws. GUI thread."""
        if self._session.state is State.WARNING:
            self.warningTick.emit()

    @Slot()
    def stillHere(self) -> None:
        self._session.touch()

    # -- screens ---------------------------------------------------------------
    def _go(self, screen: str, remember: bool = False) -> None:
        if remember and self._screen != screen:
            self._back.append(self._screen)
        elif not remember:
            self._back.clear()
        if screen != self._screen:
            self._screen = screen
            self.screenChanged.emit()

    def _screen_name(self) -> str:
        return self._screen

    screen = Property(str, _screen_name, notify=screenChanged)

    @Slot()
    def back(self) -> None:
        self._session.touch()
        if self._screen == "slideshow":
            self.setZoomed(False)
        target = self._back.pop() if self._back else "overview"
        if self._screen != target:
            self._screen = target
            self.screenChanged.emit()

    @Slot()
    def home(self) -> None:
        self.setZoomed(False)
        self._go("overview")

    # -- language ------------------------------------------------------------
    def _set_language(self, tag: str) -> None:
        if tag == self._lang.current:
            return
        self._lang.current = tag
        self._translator.set_language(tag)
        self._gate.setLanguage(tag)
        self.sections_model.language_changed()
        self.slides_model.language_changed()
        self.changed.emit()
        self.slideChanged.emit()

    @Slot(str)
    def chooseLanguage(self, tag: str) -> None:
        self._set_language(tag)
        self._session.language_chosen()
        if self._screen == "language":
            self._enter()

    def _enter(self) -> None:
        """Into the exhibition: its notice first, when it has one."""
        if not self._guard("exhibition", 0, lambda: self._go("overview")):
            self._go("overview")

    # -- advisories ------------------------------------------------------------
    def _guard(self, kind: str, ident: int, then: Callable[[], None]) -> bool:
        """True when a notice must be shown first; ``then`` runs after Continue."""
        pending = self._gate.pendingFor(kind, ident)
        if pending is None:
            return False
        self._advisory, self._after = pending, then
        self.advisoryChanged.emit()
        return True

    @Slot()
    def continueAdvisory(self) -> None:
        self._session.touch()
        if self._advisory is None:
            return
        self._gate.accept(int(self._advisory["id"]))
        then = self._after
        self._clear_advisory()
        if then is not None:
            then()  # re-guards: the next notice (section, item) shows if any

    @Slot()
    def declineAdvisory(self) -> None:
        self._session.touch()
        if self._advisory is None:
            return
        scope = self._gate.decline(int(self._advisory["id"]))
        self._clear_advisory()
        if scope == "exhibition":
            if len(self._languages) > 1:
                self.showLanguages()
        elif scope == "item" and self._screen == "slideshow":
            if self._slide_before >= 0 and self._slide_before != self._slide:
                self.showSlide(self._slide_before)  # back where the visitor came from
            else:
                self.back()
        # section: stay on the overview (openSection never ran)

    def _clear_advisory(self) -> None:
        if self._advisory is None and self._after is None:
            return
        self._advisory, self._after = None, None
        self.advisoryChanged.emit()

    def _advisory_get(self) -> dict[str, Any] | None:
        return self._advisory

    advisory = Property("QVariant", _advisory_get,  # type: ignore[arg-type]
                        notify=advisoryChanged)

    @Slot()
    def showLanguages(self) -> None:
        self._session.choose_language_again()

    def _language(self) -> str:
        return self._lang.current

    language = Property(str, _language, notify=changed)

    def _rtl(self) -> bool:
        return is_rtl(self._lang.current)

    rtl = Property(bool, _rtl, notify=changed)

    def _language_list(self) -> list[dict[str, Any]]:
        return [{"tag": t, "name": endonym(t), "rtl": is_rtl(t)} for t in self._languages]

    languages = Property(list, _language_list, constant=True)

    @Slot(int, result=str)
    def number(self, value: int) -> str:
        """``value`` in the visitor's language's digits."""
        return number(value, self._lang.current)

    @Slot(str, str, result=str)
    def phrase(self, source: str, language: str) -> str:
        """An interface string in a given language (the attract loop shows them all)."""
        return self._translator.phrase(source, language)

    def _attract_phrases(self) -> list[dict[str, Any]]:
        out = []
        for tag in self._languages:
            title = self._info.title.resolve(tag, self._default)[0]
            out.append({"lang": tag, "rtl": is_rtl(tag), "title": title,
                        "invitation": self._translator.phrase(str(INVITATION), tag)})
        return out

    attractPhrases = Property(list, _attract_phrases, constant=True)

    def _title(self) -> str:
        return self._lang.text(self._info.title)[0]

    title = Property(str, _title, notify=changed)

    def _title_lang(self) -> str:
        """The language :attr:`title` is in (the default one when not translated)."""
        return self._lang.text(self._info.title)[1]

    titleLang = Property(str, _title_lang, notify=changed)

    def _attract_media(self) -> list[int]:
        return list(self._attract)

    attractMedia = Property(list, _attract_media, notify=attractChanged)

    def _attract_seconds(self) -> float:
        return max(3.0, self._info.attract.seconds_per_photo)

    attractSeconds = Property(float, _attract_seconds, constant=True)

    # -- sections and slides -------------------------------------------------
    def _sections(self) -> SectionsModel:
        return self.sections_model

    sections = Property(QObject, _sections, constant=True)

    def _slides(self) -> ItemsModel:
        return self.slides_model

    slides = Property(QObject, _slides, constant=True)

    def _tiles(self) -> TileModel:
        return self.tiles_model

    tiles = Property(QObject, _tiles, constant=True)

    @Slot(int, int)
    def openSection(self, section_row: int, item_row: int) -> None:
        items = self.sections_model.items_of(section_row)
        if items is None:
            return
        section = self.sections_model.section(section_row)
        if section is not None and self._guard(
                "section", section.id, lambda: self.openSection(section_row, item_row)):
            return
        if section_row != self._section:
            self._section = section_row
            self._slide = -1
            self.slides_model.set_items(items.items())
        self._zoomed = False
        self.zoomChanged.emit()
        self._go("slideshow", remember=True)
        self.changed.emit()
        self.showSlide(item_row)

    def _section_title(self) -> str:
        section = self.sections_model.section(self._section)
        return self._lang.text(section.title)[0] if section else ""

    sectionTitle = Property(str, _section_title, notify=changed)

    def _section_title_lang(self) -> str:
        section = self.sections_model.section(self._section)
        return self._lang.text(section.title)[1] if section else self._lang.current

    sectionTitleLang = Property(str, _section_title_lang, notify=changed)

    @Slot(int)
    def showSlide(self, index: int) -> None:
        count = self.slides_model.rowCount()
        if count == 0:
            return
        index = max(0, min(count - 1, index))
        if self._zoomed:
            self.setZoomed(False)
        item = self.slides_model.item(index)
        if index != self._slide:
            self._slide_before = self._slide
            self._slide = index
            if item is not None and item.kind == "photo" and item.media is not None:
                # Before slideChanged: its bindings and the new slide's creation
                # take a few ms before QML asks for the photo.
                self._images.show_soon("photo", str(item.media.id), self._view)
            self.slideChanged.emit()
        if self._preload:
            self._preload_soon()
        if item is not None:
            # The slide stays under the notice (it covers the whole screen).
            self._guard("item", item.id, lambda: None)

    @Slot()
    def nextSlide(self) -> None:
        self.showSlide(self._slide + 1)

    @Slot()
    def previousSlide(self) -> None:
        self.showSlide(self._slide - 1)

    def _slide_index(self) -> int:
        return self._slide

    slideIndex = Property(int, _slide_index, notify=slideChanged)

    def _slide_texts(self) -> dict[str, Any]:
        """The current item's label, for the caption panel. Made once per item and
        language: several bindings read it at every slide change."""
        item = self.slides_model.item(self._slide)
        if item is None:
            return {}
        memo = self._slide_memo
        if memo is None or memo[0] is not item or memo[1] != self._lang.current:
            memo = self._slide_memo = (item, self._lang.current, self._make_slide_texts(item))
        return dict(memo[2])  # a copy: a caller may change what it got

    def _make_slide_texts(self, item: ItemInfo) -> dict[str, Any]:
        title, lang = self._lang.text(item.title)
        caption, caption_lang = self._lang.text(item.caption)
        place, place_lang = self._lang.text(item.place)
        credit, credit_lang = self._lang.text(item.credit)
        return {"title": title, "lang": lang, "caption": caption, "captionLang": caption_lang,
                "credit": credit, "creditLang": credit_lang, "date": item.date,
                "place": place, "placeLang": place_lang, "hasLongText": bool(item.long_text),
                "kind": item.kind, "itemId": item.id,
                "details": photo_details(item, self._lang.current, self._default)}

    slide = Property(dict, _slide_texts, notify=slideChanged)

    def _preload_soon(self) -> None:
        """Preload around the current slide after PRELOAD_DELAY_MS, unless it changes again.

        A one-shot timer Qt owns, not a QTimer child: the bridge may be collected
        on another thread after the app closes, and a child timer cannot be
        stopped from there (Qt then fires it into freed memory)."""
        self._preload_generation += 1
        generation = self._preload_generation
        bridge = weakref.ref(self)
        self._images.expect_preloads(True)

        def preload() -> None:
            me = bridge()
            if me is not None and shiboken6.isValid(me) and me._preload_generation == generation:
                try:
                    me._preload_around(me._slide)
                finally:
                    me._images.expect_preloads(False)

        QTimer.singleShot(PRELOAD_DELAY_MS, preload)

    def _preload_around(self, index: int) -> None:
        """Farthest first: the decoders take the newest preload first, so the next
        photo is decoded first, and the cache, least recently used first, drops
        the farthest photos first, never the one on screen (used last)."""
        if not self._preload:
            return
        for offset in preload_order(PRELOAD_AROUND):
            item = self.slides_model.item(index + offset)
            if item is not None and item.media is not None:
                self._images.preload("photo", str(item.media.id), self._view)
        current = self.slides_model.item(index)
        if current is not None and current.media is not None:
            self._images.keep("photo", str(current.media.id), self._view)

    @Slot()
    def toggleCaption(self) -> None:
        self._caption = not self._caption
        self.captionChanged.emit()

    def _caption_visible(self) -> bool:
        return self._caption

    captionVisible = Property(bool, _caption_visible, notify=captionChanged)

    @Slot(bool)
    def setZoomed(self, zoomed: bool) -> None:
        if zoomed != self._zoomed:
            self._zoomed = zoomed
            if not zoomed:
                self.tiles_model.clear()
            self.zoomChanged.emit()

    def _zoomed_get(self) -> bool:
        return self._zoomed

    zoomed = Property(bool, _zoomed_get, notify=zoomChanged)

    def set_testimony_screen(self, url: str) -> None:
        """The QML file of the testimony screen (audio + transcript), when there is one."""
        self._testimony_screen = url
        self.testimonyScreenChanged.emit()

    def _testimony_screen_get(self) -> str:
        return self._testimony_screen

    testimonyScreen = Property(str, _testimony_screen_get, notify=testimonyScreenChanged)

    @Slot()
    def showTestimonyScreen(self) -> None:
        """For the testimony module: switch to its screen (Back returns here)."""
        self._go("testimony", remember=True)

    def show_testimony(self, item_id: int) -> None:
        """Open the testimony screen for ``item_id`` (its photo shown there)."""
        self._testimony_media = -1
        self._testimony_item_id = item_id
        for row in range(self.slides_model.rowCount()):
            item = self.slides_model.item(row)
            if item is not None and item.id == item_id:
                self._testimony_media = item.media.id if item.media is not None else -1
                break
        self.testimonyChanged.emit()
        self.showTestimonyScreen()

    def _testimony_photo(self) -> str:
        media = self._testimony_media
        return f"image://photo/{media}" if media >= 0 else ""

    testimonyPhoto = Property(str, _testimony_photo, notify=testimonyChanged)

    def _testimony_placeholder(self) -> str:
        media = self._testimony_media
        return f"image://placeholder/{media}" if media >= 0 else ""

    testimonyPlaceholder = Property(str, _testimony_placeholder, notify=testimonyChanged)

    def _testimony_item(self) -> int:
        return self._testimony_item_id

    testimonyItem = Property(int, _testimony_item, notify=testimonyChanged)

    def _testimony_strings(self) -> dict[str, str]:
        """The testimony screen's texts in the visitor's language (English fallback)."""
        labels = getattr(self._translator, "labels", None)
        if labels is None:
            return dict(TESTIMONY_LABELS)
        return dict(labels(TESTIMONY_LABELS, TESTIMONY_CONTEXT))

    testimonyStrings = Property(dict, _testimony_strings, notify=changed)

    @Slot(int)
    def playTestimony(self, item_id: int) -> None:
        log.info("testimony %d requested", item_id)
        self.testimonyRequested.emit(item_id)

    # -- reading ---------------------------------------------------------------
    @Slot(int)
    def openSectionText(self, section_row: int) -> None:
        section = self.sections_model.section(section_row)
        items = self.sections_model.items_of(section_row)
        if section is None or items is None:
            return
        if self._guard("section", section.id, lambda: self.openSectionText(section_row)):
            return
        title, lang = self._lang.text(section.title)
        texts = [self._lang.text(section.introduction), self._lang.text(section.long_text)]
        photos = [(x, self._lang.text(x.caption if x.caption else x.title))
                  for x in items.items() if x.kind == "photo"]
        self._open_reading(title, lang, reading.section_blocks(texts, photos))

    @Slot(int)
    def openItemText(self, row: int) -> None:
        item = self.slides_model.item(row)
        if item is None:
            return
        self._open_item(item)

    def _open_item(self, item: ItemInfo) -> None:
        title, lang = self._lang.text(item.title)
        caption = self._lang.text(item.caption)
        text = self._lang.text(item.long_text) if item.long_text else caption
        self._open_reading(title, lang, reading.item_blocks(item, text, caption))

    def _open_reading(self, title: str, lang: str, blocks: list[dict[str, Any]]) -> None:
        self._reading = {"title": title, "lang": lang, "blocks": blocks}
        self.readingChanged.emit()
        self.setZoomed(False)
        self._go("reading", remember=True)

    def _reading_get(self) -> dict[str, Any]:
        return self._reading

    reading = Property(dict, _reading_get, notify=readingChanged)

    # Text size: one step table, the Accessibility object's; these forward to it
    # (Theme and TextSizeChooser read them from ``kiosk``).
    @Slot(int)
    def setTextStep(self, step: int) -> None:
        self._a11y.setTextStep(step)

    def _text_step_get(self) -> int:
        return int(self._a11y.property("textStep"))

    textStep = Property(int, _text_step_get, notify=textChanged)

    def _text_steps(self) -> int:
        return int(self._a11y.property("textSteps"))

    textSteps = Property(int, _text_steps, constant=True)

    def _text_scale(self) -> float:
        return float(self._a11y.property("textScale"))

    textScale = Property(float, _text_scale, notify=textChanged)

    def _accessibility(self) -> QObject:
        return self._a11y

    accessibility = Property(QObject, _accessibility, constant=True)

    def _advisories(self) -> QObject:
        return self._gate

    advisories = Property(QObject, _advisories, constant=True)

    def set_preload(self, on: bool) -> None:
        """Decode the neighbours of the current photo ahead (off only to measure without)."""
        self._preload = on
        if not on:
            self._preload_generation += 1  # a preload timer running does nothing now
            self._images.expect_preloads(False)
        self.viewChanged.emit()

    def _preload_get(self) -> bool:
        return self._preload

    preloadNeighbours = Property(bool, _preload_get, notify=viewChanged)

    def set_animations(self, on: bool) -> None:
        """Transitions on or off (screenshots and benchmarks want none)."""
        self._animations = on
        self.viewChanged.emit()

    def _animations_get(self) -> bool:
        return self._animations

    animations = Property(bool, _animations_get, notify=viewChanged)

    # -- view ------------------------------------------------------------------
    @Slot(int, int)
    def setViewSize(self, width: int, height: int) -> None:
        size = QSize(max(1, width), max(1, height))
        if size != self._view:
            self._view = size
            self.viewChanged.emit()

    def _photo_size(self) -> QSize:
        return self._view

    photoSize = Property(QSize, _photo_size, notify=viewChanged)

    def _touch_target(self) -> float:
        return touch_target_px(self._view.width(), self._view.height(), self._dots_per_mm)

    touchTarget = Property(float, _touch_target, notify=viewChanged)
