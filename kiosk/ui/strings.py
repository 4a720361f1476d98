"""Every interface string, in one place, and the names of languages.

QML wraps each label in ``qsTr()``; until ``.ts`` catalogues exist,
:class:`DictTranslator` answers those calls from :data:`UI_STRINGS`.
"""

from __future__ import annotations

from PySide6.QtCore import QTranslator

#: Interface labels by language (primary subtag); the key is the English text.
UI_STRINGS: dict[str, dict[str, str]] = {
    "az": {
        "Touch the screen to begin": "Başlamaq üçün ekrana toxunun",
        "Choose your language": "Dilinizi seçin",
        "Are you still there?": "Hələ buradasınız?",
        "The exhibition will start again for the next visitor in %1 seconds.":
            "Sərgi növbəti ziyarətçi üçün %1 saniyədən sonra yenidən başlayacaq.",
        "Continue": "Davam et",
        "Read": "Oxu",
        "Back": "Geri",
        "Previous": "Əvvəlki",
        "Next": "Növbəti",
        "Text size": "Mətn ölçüsü",
        "Language": "Dil",
        "Listen to this testimony": "Bu şəhadəti dinləyin",
        "Play": "Dinlə",
        "This photograph cannot be shown.": "Bu fotoşəkil göstərilə bilmir.",
        "Info": "Məlumat",
        "Home": "Əsas səhifə",
        "%1 of %2": "%1 / %2",
        "Photographs": "Fotoşəkillər",
    },
    "ur": {
        "Touch the screen to begin": "شروع کرنے کے لیے اسکرین کو چھوئیں",
        "Choose your language": "اپنی زبان منتخب کریں",
        "Are you still there?": "کیا آپ ابھی یہاں ہیں؟",
        "The exhibition will start again for the next visitor in %1 seconds.":
            "نمائش اگلے مہمان کے لیے %1 سیکنڈ میں دوبارہ شروع ہو گی۔",
        "Continue": "جاری رکھیں",
        "Read": "پڑھیں",
        "Back": "واپس",
        "Previous": "پچھلی",
        "Next": "اگلی",
        "Text size": "متن کا سائز",
        "Language": "زبان",
        "Listen to this testimony": "یہ گواہی سنیں",
        "Play": "سنیں",
        "This photograph cannot be shown.": "یہ تصویر نہیں دکھائی جا سکتی۔",
        "Info": "معلومات",
        "Home": "سرورق",
        "%1 of %2": "%2 میں سے %1",
        "Photographs": "تصاویر",
    },
}

#: Each language named in its own script. Keys are lower-case BCP 47 tags or
#: primary subtags; :func:`endonym` tries the full tag first.
ENDONYMS: dict[str, str] = {
    "en": "English", "az": "Azərbaycanca", "az-latn": "Azərbaycanca",
    "az-cyrl": "Азәрбајҹанҹа", "az-arab": "آذربایجانجا", "ur": "اردو", "ar": "العربية",
    "fa": "فارسی", "ps": "پښتو", "he": "עברית", "tr": "Türkçe", "ru": "Русский",
    "uk": "Українська", "ka": "ქართული", "hy": "Հայերեն", "de": "Deutsch",
    "fr": "Français", "es": "Español", "it": "Italiano", "pt": "Português", "nl": "Nederlands",
    "pl": "Polski", "cs": "Čeština", "sv": "Svenska", "da": "Dansk", "nb": "Norsk bokmål",
    "fi": "Suomi", "el": "Ελληνικά", "hu": "Magyar", "ro": "Română", "bg": "Български",
    "sr": "Српски", "hr": "Hrvatski", "kk": "Қазақша", "uz": "Oʻzbekcha", "tk": "Türkmençe",
    "ky": "Кыргызча", "tg": "Тоҷикӣ", "hi": "हिन्दी", "bn": "বাংলা", "pa": "ਪੰਜਾਬੀ",
    "zh": "中文", "ja": "日本語", "ko": "한국어", "id": "Bahasa Indonesia", "ms": "Bahasa Melayu",
    "sw": "Kiswahili", "am": "አማርኛ",
}

#: Scripts written right to left (primary subtags), unless a script subtag says otherwise.
RTL_LANGUAGES = frozenset({"ar", "fa", "ur", "he", "ps", "sd", "ug", "yi", "dv", "ckb"})
RTL_SCRIPTS = frozenset({"arab", "hebr", "thaa", "syrc", "nkoo", "adlm"})


def primary(tag: str) -> str:
    return tag.split("-")[0].lower()


def endonym(tag: str) -> str:
    """``'az-Latn'`` → ``'Azərbaycanca'``; an unknown tag is shown as itself."""
    low = tag.lower()
    return ENDONYMS.get(low) or ENDONYMS.get(primary(low)) or tag


def is_rtl(tag: str) -> bool:
    parts = tag.lower().split("-")
    scripts = [p for p in parts[1:] if len(p) == 4]
    if scripts:
        return scripts[0] in RTL_SCRIPTS
    return parts[0] in RTL_LANGUAGES


def ui_text(source: str, language: str) -> str:
    """``source`` (English) in ``language``, else English."""
    return UI_STRINGS.get(primary(language), {}).get(source, source)


class DictTranslator(QTranslator):
    """Answers ``qsTr()`` from :data:`UI_STRINGS` for the visitor's language.

    Called on the GUI thread whenever QML evaluates a ``qsTr`` binding.
    """

    def __init__(self) -> None:
        super().__init__()
        self.language = "en"

    def translate(self, context: str, source_text: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        # None (a null QString) lets Qt fall back to the English source text.
        return UI_STRINGS.get(primary(self.language), {}).get(source_text)

    def isEmpty(self) -> bool:
        return False
