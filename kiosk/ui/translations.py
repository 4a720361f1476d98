"""Interface strings in the visitor's language, from Qt translation catalogues.

QML marks its labels with ``qsTr()``; ``tools/update_translations.py`` collects
them into ``i18n/kiosk_<lang>.ts`` and compiles the ``.qm`` files loaded here.
English is the source language: with no catalogue, Qt shows the source text.
See ``i18n/README.md`` for the workflow.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtQml import QQmlEngine

from kiosk.resources import resource_path

log = logging.getLogger(__name__)

I18N_DIR = resource_path("kiosk", "ui", "i18n")
CATALOGUE_PREFIX = "kiosk_"


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Marks ``source`` for lupdate, which looks for this name; returns it unchanged.

    PySide6's own is typed as returning ``object``; this one keeps ``str``.
    """
    return source


# The script each catalogue without a script in its name is written in, so that
# ``az-Cyrl`` does not get the Latin ``kiosk_az`` catalogue (it gets English).
# (Plain ``#`` comments: in Python, lupdate takes ``#:`` for a note to translators.)
CATALOGUE_SCRIPTS: dict[str, str] = {
    "az": "Latn", "ur": "Arab", "ar": "Arab", "ru": "Cyrl", "fr": "Latn", "tr": "Latn",
}

# Strings the attract loop and the language page show in every language at
# once, so they cannot go through the one installed translator: see
# Translations.phrase. QT_TRANSLATE_NOOP marks them for lupdate.
PHRASE_CONTEXT = "Phrases"
#: Under the exhibition title in the attract loop; a visitor walking past reads it.
INVITATION = QT_TRANSLATE_NOOP("Phrases", "Touch the screen to begin")
#: Heading above the language buttons, shown once per language.
CHOOSE_LANGUAGE = QT_TRANSLATE_NOOP("Phrases", "Choose your language")

# The testimony screen (qml/testimony) takes its labels as a ``strings`` map,
# key → text, rather than calling qsTr(): these are its keys and English texts.
# Build the map with Translations.labels(TESTIMONY_LABELS, TESTIMONY_CONTEXT).
TESTIMONY_CONTEXT = "Testimony"
TESTIMONY_LABELS: dict[str, str] = {
    "play": QT_TRANSLATE_NOOP("Testimony", "Play"),
    "pause": QT_TRANSLATE_NOOP("Testimony", "Pause"),
    #: Switches the transcript to lines shown over the photograph.
    "captions": QT_TRANSLATE_NOOP("Testimony", "Captions"),
    #: Switches back to the full written text beside the photograph.
    "transcript": QT_TRANSLATE_NOOP("Testimony", "Transcript"),
    "chapters": QT_TRANSLATE_NOOP("Testimony", "Chapters"),
    "volume": QT_TRANSLATE_NOOP("Testimony", "Volume"),
    "volumeDown": QT_TRANSLATE_NOOP("Testimony", "Quieter"),
    "volumeUp": QT_TRANSLATE_NOOP("Testimony", "Louder"),
    "soundUnavailable": QT_TRANSLATE_NOOP(
        "Testimony", "Sound is unavailable on this kiosk — read along below."),
    "recordingError": QT_TRANSLATE_NOOP(
        "Testimony", "Part or all of this recording cannot be played."),
    #: Heading of a notice before a distressing passage of a testimony.
    "contentNote": QT_TRANSLATE_NOOP("Testimony", "Content note"),
    "skipPassage": QT_TRANSLATE_NOOP("Testimony", "Skip this passage"),
    "keepListening": QT_TRANSLATE_NOOP("Testimony", "Keep listening"),
    #: Read aloud by a screen reader before the time played so far, e.g. "Elapsed 1:05".
    "elapsed": QT_TRANSLATE_NOOP("Testimony", "Elapsed"),
    #: Read aloud before the time left, e.g. "Remaining 3:10".
    "remaining": QT_TRANSLATE_NOOP("Testimony", "Remaining"),
}


def _subtags(tag: str) -> tuple[str, str, str]:
    """``'az-latn-az'`` → ``('az', 'Latn', 'AZ')``; missing parts are ``''``."""
    parts = [p for p in tag.replace("_", "-").split("-") if p]
    language = parts[0].lower() if parts else ""
    script = region = ""
    for part in parts[1:]:
        if len(part) == 4 and part.isalpha() and not script:
            script = part.title()
        elif (len(part) == 2 and part.isalpha()) or (len(part) == 3 and part.isdigit()):
            region = region or part.upper()
    return language, script, region


def catalogue_for(tag: str, folder: Path = I18N_DIR) -> Path | None:
    """The compiled catalogue for BCP 47 ``tag``, most specific first; ``None`` for English.

    ``az-Latn`` → ``kiosk_az.qm`` (after ``kiosk_az_Latn.qm``, if there were one);
    ``ur-PK`` → ``kiosk_ur.qm``; ``az-Cyrl`` → ``None``, because ``kiosk_az`` is
    Latin and the source text is a better fall-back than the wrong script.
    """
    language, script, region = _subtags(tag)
    if not language.isalpha():
        return None
    names = []
    if script and region:
        names.append(f"{language}_{script}_{region}")
    if script:
        names.append(f"{language}_{script}")
    if region:
        names.append(f"{language}_{region}")
    if not script or CATALOGUE_SCRIPTS.get(language, script) == script:
        names.append(language)
    for name in names:
        path = folder / f"{CATALOGUE_PREFIX}{name}.qm"
        if path.is_file():
            return path
    return None


class Translations:
    """The interface language: installs one catalogue's QTranslator on the application.

    GUI thread only. Set :attr:`language` (a BCP 47 tag); QML bindings that call
    ``qsTr()`` are re-evaluated through :meth:`QQmlEngine.retranslate` once an
    engine is attached.
    """

    def __init__(self, folder: Path = I18N_DIR) -> None:
        self._folder = folder
        self._engine: QQmlEngine | None = None
        self._installed: QTranslator | None = None
        self._loaded: dict[Path, QTranslator | None] = {}
        self._language = ""

    def attach(self, engine: QQmlEngine) -> None:
        """Retranslate ``engine`` whenever the language changes (and now)."""
        self._engine = engine
        engine.retranslate()

    @property
    def language(self) -> str:
        return self._language

    @language.setter
    def language(self, tag: str) -> None:
        self.set_language(tag)

    def set_language(self, tag: str) -> None:
        """Show the interface in ``tag``; English when no catalogue fits."""
        self._language = tag
        translator = self._translator(catalogue_for(tag, self._folder))
        if translator is self._installed:
            return
        if self._installed is not None:
            QCoreApplication.removeTranslator(self._installed)
        if translator is not None:
            QCoreApplication.installTranslator(translator)
        self._installed = translator
        if self._engine is not None and shiboken6.isValid(self._engine):
            self._engine.retranslate()

    def phrase(self, source: str, tag: str) -> str:
        """A :data:`PHRASE_CONTEXT` string in ``tag``, whatever the current language is."""
        translator = self._translator(catalogue_for(tag, self._folder))
        text = translator.translate(PHRASE_CONTEXT, source) if translator is not None else ""
        return text or source

    def labels(self, table: Mapping[str, str], context: str) -> dict[str, str]:
        """``table`` (key → English) in the current language, for screens that take a map.

        Read it again after each language change (e.g. a property notified then).
        """
        return {key: QCoreApplication.translate(context, text) for key, text in table.items()}

    def close(self) -> None:
        """Remove the installed translator; the interface falls back to English."""
        if self._installed is not None:
            QCoreApplication.removeTranslator(self._installed)
            self._installed = None
        self._engine = None

    def _translator(self, path: Path | None) -> QTranslator | None:
        if path is None:
            return None
        if path not in self._loaded:
            translator = QTranslator()
            if translator.load(str(path)):
                self._loaded[path] = translator
            else:
                log.warning("translation catalogue %s could not be loaded", path)
                self._loaded[path] = None
        return self._loaded[path]
