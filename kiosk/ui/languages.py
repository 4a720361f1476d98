"""Languages as visitors see them: names in their own script, direction, digits.

Interface labels are not here: QML marks them with ``qsTr()`` and
:mod:`kiosk.ui.translations` loads the catalogues.
"""

from __future__ import annotations

from kiosk.package.records import primary_subtag
from kiosk.ui.audio.direction import directed, is_rtl

__all__ = ["ENDONYMS", "directed", "endonym", "is_rtl", "number", "primary"]

#: Each language named in its own script. Keys are lower-case BCP 47 tags or
#: primary subtags; :func:`endonym` tries the full tag first.
ENDONYMS: dict[str, str] = {
    # Only languages whose script the shipped fonts (assets/fonts) draw: Latin,
    # Cyrillic, Greek, Arabic and Nastaliq. Adding, say, Hindi or Japanese means
    # adding its Noto font too; tests/test_font_coverage_ui.py checks this table.
    "en": "English", "az": "Azərbaycanca", "az-latn": "Azərbaycanca",
    "az-cyrl": "Азәрбајҹанҹа", "az-arab": "آذربایجانجا", "ur": "اردو", "ar": "العربية",
    "fa": "فارسی", "ps": "پښتو", "tr": "Türkçe", "ru": "Русский",
    "uk": "Українська", "de": "Deutsch",
    "fr": "Français", "es": "Español", "it": "Italiano", "pt": "Português", "nl": "Nederlands",
    "pl": "Polski", "cs": "Čeština", "sv": "Svenska", "da": "Dansk", "nb": "Norsk bokmål",
    "fi": "Suomi", "el": "Ελληνικά", "hu": "Magyar", "ro": "Română", "bg": "Български",
    "sr": "Српски", "hr": "Hrvatski", "kk": "Қазақша", "uz": "Oʻzbekcha", "tk": "Türkmençe",
    "ky": "Кыргызча", "tg": "Тоҷикӣ", "id": "Bahasa Indonesia", "ms": "Bahasa Melayu",
    "sw": "Kiswahili",
}

def primary(tag: str) -> str:
    return primary_subtag(tag)


def endonym(tag: str) -> str:
    """``'az-Latn'`` → ``'Azərbaycanca'``; an unknown tag is shown as itself."""
    low = tag.lower()
    return ENDONYMS.get(low) or ENDONYMS.get(primary(low)) or tag


#: Languages that write numbers with Extended Arabic-Indic digits (۰۱۲…).
_ARABIC_INDIC = {"ur": "۰۱۲۳۴۵۶۷۸۹", "fa": "۰۱۲۳۴۵۶۷۸۹", "ps": "۰۱۲۳۴۵۶۷۸۹"}


def number(value: int, language: str) -> str:
    """``value`` in the digits ``language`` writes (Latin digits inside Nastaliq collide)."""
    digits = _ARABIC_INDIC.get(primary(language))
    text = str(value)
    return text.translate(str.maketrans("0123456789", digits)) if digits else text
