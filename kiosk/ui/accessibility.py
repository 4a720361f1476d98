"""The visitor's display choices: text size, high contrast, reduced motion.

:class:`Accessibility` lives on the GUI thread (every slot, property and
signal runs there). The theme binds to it; the idle reset calls
:meth:`Accessibility.reset`, so the next visitor starts from the defaults.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.ui.audio.direction import directed

# Records only as types: importing kiosk.package pulls in SQLAlchemy, which
# start-up loads on another thread (see kiosk.ui.startup).
if TYPE_CHECKING:
    from kiosk.package.records import ItemInfo, Text

#: Text sizes a visitor can choose, as factors of the theme's sizes.
TEXT_SCALES: tuple[float, ...] = (1.0, 1.25, 1.5, 1.8)


class Accessibility(QObject):
    """Choices a visitor makes for themselves, forgotten when they walk away. GUI thread.

    ``reduced_motion`` is the station's default (its config); a visitor may
    switch motion off, or on again, for their visit only.
    """

    textChanged = Signal()
    contrastChanged = Signal()
    motionChanged = Signal()
    #: Any choice changed (for a coarse binding or analytics). GUI thread.
    changed = Signal()

    def __init__(self, *, reduced_motion: bool = False,
                 scales: tuple[float, ...] = TEXT_SCALES,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        if not scales or scales[0] != 1.0 or list(scales) != sorted(set(scales)):
            raise ValueError("text scales must start at 1.0 and grow")
        self._scales = scales
        self._default_motion = reduced_motion
        self._step = 0
        self._high_contrast = False
        self._reduced_motion = reduced_motion

    # -- text size -----------------------------------------------------------------
    @Slot(int)
    def setTextStep(self, step: int) -> None:
        step = max(0, min(len(self._scales) - 1, step))
        if step != self._step:
            self._step = step
            self.textChanged.emit()
            self.changed.emit()

    @Slot()
    def largerText(self) -> None:
        self.setTextStep(self._step + 1)

    @Slot()
    def smallerText(self) -> None:
        self.setTextStep(self._step - 1)

    def _get_step(self) -> int:
        return self._step

    textStep = Property(int, _get_step, setTextStep, notify=textChanged)

    def _get_steps(self) -> int:
        return len(self._scales)

    textSteps = Property(int, _get_steps, constant=True)

    def _get_scale(self) -> float:
        return self._scales[self._step]

    textScale = Property(float, _get_scale, notify=textChanged)

    # -- contrast ------------------------------------------------------------------
    @Slot(bool)
    def setHighContrast(self, on: bool) -> None:
        if on != self._high_contrast:
            self._high_contrast = on
            self.contrastChanged.emit()
            self.changed.emit()

    def _get_high_contrast(self) -> bool:
        return self._high_contrast

    highContrast = Property(bool, _get_high_contrast, setHighContrast, notify=contrastChanged)

    # -- motion --------------------------------------------------------------------
    @Slot(bool)
    def setReducedMotion(self, on: bool) -> None:
        if on != self._reduced_motion:
            self._reduced_motion = on
            self.motionChanged.emit()
            self.changed.emit()

    def _get_reduced_motion(self) -> bool:
        return self._reduced_motion

    reducedMotion = Property(bool, _get_reduced_motion, setReducedMotion, notify=motionChanged)

    def set_default_reduced_motion(self, on: bool) -> None:
        """The station's setting (config); takes effect now if the visitor chose nothing."""
        follow = self._reduced_motion == self._default_motion
        self._default_motion = on
        if follow:
            self.setReducedMotion(on)

    # -- the idle reset ----------------------------------------------------------------
    @Slot()
    def reset(self) -> None:
        """The visitor left: default text size, normal contrast, the station's motion."""
        self.setTextStep(0)
        self.setHighContrast(False)
        self.setReducedMotion(self._default_motion)


#: The facts info/InfoPanel.qml lists under the description, in this order.
FACT_KEYS = ("creator", "date", "place", "credit", "rights", "source")


def photo_details(item: ItemInfo, language: str, default: str) -> dict[str, Any]:
    """What ``info/InfoPanel.qml`` shows for an item, in ``language`` else ``default``.

    Plain data from a record already in memory; any thread. Each text carries the
    language it is really in (``lang``), so a fallback keeps its own font and direction.
    """
    def pick(text: Text) -> tuple[str, str]:
        value, lang = text.resolve(language, default)
        return directed(value, lang or language), lang

    def joined(text: Text, url: str) -> tuple[str, str]:
        value, lang = pick(text)
        return ("\n".join(x for x in (value, url) if x), lang)

    facts = {
        "creator": pick(item.creator), "date": (item.date, ""), "place": pick(item.place),
        "credit": pick(item.credit), "rights": joined(item.rights, item.rights_url),
        "source": joined(item.source, item.source_url),
    }
    title, title_lang = pick(item.title)
    alt, alt_lang = pick(item.alt_text)
    return {
        "title": title, "titleLang": title_lang, "alt": alt, "altLang": alt_lang,
        "facts": [{"key": key, "text": facts[key][0], "lang": facts[key][1]}
                  for key in FACT_KEYS if facts[key][0]],
    }
