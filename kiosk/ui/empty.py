"""The kiosk with nothing to show: no exhibition installed, or the live one cannot open.

:class:`NoExhibition` stands where the visitor bridge (:class:`~kiosk.ui.bridge.Kiosk`)
stands in a running kiosk: it is the ``kiosk`` context property, so the theme,
the shared components and the staff panel find the few properties they read
(language, direction, touch target, animations). ``qml/empty/EmptyMain.qml``
shows it, with staff mode on top so that staff can install an exhibition.
GUI thread only.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Property, QLocale, QObject, QSize, Signal, Slot

from kiosk.ui.languages import is_rtl
from kiosk.ui.metrics import touch_target_px
from kiosk.ui.translations import catalogue_for

SOURCE_LANGUAGE = "en"


def screen_language(preferred: Iterable[str] | None = None) -> str:
    """The first of ``preferred`` (default: the system's UI languages) with a catalogue.

    English, the source language, when none has one: with no package there
    are no exhibition languages to choose from, so the machine's locale decides.
    """
    tags = list(QLocale.system().uiLanguages()) if preferred is None else list(preferred)
    for tag in tags:
        tag = tag.replace("_", "-")
        if tag.split("-")[0].lower() == SOURCE_LANGUAGE:
            return SOURCE_LANGUAGE
        if catalogue_for(tag) is not None:
            return tag
    return SOURCE_LANGUAGE


class NoExhibition(QObject):
    """What the "no exhibition" screen shows. GUI thread.

    ``problem``: empty when nothing is installed; else why the installed
    exhibition cannot be shown (the station's English sentence, for staff).
    ``inbox``: the watched folder, or empty when none is configured.
    ``staff_available``: staff mode can open (a PIN is set, or the kiosk runs
    windowed); when False the screen says how to set a PIN.
    """

    changed = Signal()
    viewChanged = Signal()

    def __init__(self, *, language: str = SOURCE_LANGUAGE, problem: str = "",
                 inbox: str = "", staff_available: bool = False, animations: bool = True,
                 dots_per_mm: float | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._problem = problem
        self._inbox = inbox
        self._staff_available = staff_available
        self._animations = animations
        self._dots_per_mm = dots_per_mm
        self._view = QSize(1920, 1080)

    # -- what the shared theme and components read ------------------------------------
    def _language_get(self) -> str:
        return self._language

    language = Property(str, _language_get, notify=changed)

    def _rtl(self) -> bool:
        return is_rtl(self._language)

    rtl = Property(bool, _rtl, notify=changed)

    def _title(self) -> str:
        return ""

    title = Property(str, _title, constant=True)

    def _animations_get(self) -> bool:
        return self._animations

    animations = Property(bool, _animations_get, notify=viewChanged)

    def _text_scale(self) -> float:
        return 1.0

    textScale = Property(float, _text_scale, constant=True)

    @Slot(int, int)
    def setViewSize(self, width: int, height: int) -> None:
        size = QSize(max(1, width), max(1, height))
        if size != self._view:
            self._view = size
            self.viewChanged.emit()

    def _touch_target(self) -> float:
        return touch_target_px(self._view.width(), self._view.height(), self._dots_per_mm)

    touchTarget = Property(float, _touch_target, notify=viewChanged)

    # -- what the empty screen says -----------------------------------------------------
    def _problem_get(self) -> str:
        return self._problem

    problem = Property(str, _problem_get, constant=True)

    def _inbox_get(self) -> str:
        return self._inbox

    inbox = Property(str, _inbox_get, constant=True)

    def _staff_available_get(self) -> bool:
        return self._staff_available

    staffAvailable = Property(bool, _staff_available_get, constant=True)
