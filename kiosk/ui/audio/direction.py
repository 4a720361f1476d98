"""Writing direction of a BCP 47 language tag, without Qt.

The one table for the whole UI (:mod:`kiosk.ui.languages` re-exports it).
"""

from __future__ import annotations

_RTL_LANGUAGES = frozenset({
    "ar", "arc", "ckb", "dv", "fa", "he", "iw", "ks", "ku-arab", "mzn", "pnb", "ps", "sd",
    "skr", "syr", "ug", "ur", "yi",
})
_RTL_SCRIPTS = frozenset({"arab", "hebr", "syrc", "thaa", "nkoo", "adlm", "rohg"})
_LTR_SCRIPTS = frozenset({"latn", "cyrl", "deva", "guru"})


def is_rtl(language: str) -> bool:
    """True for tags written right to left: ``ur``, ``ar``, ``az-Arab``; not ``pa-Guru``."""
    parts = [p.lower() for p in language.replace("_", "-").split("-") if p]
    if not parts:
        return False
    for sub in parts[1:]:
        if len(sub) == 4 and sub.isalpha():  # the script subtag decides
            return sub in _RTL_SCRIPTS
    return parts[0] in _RTL_LANGUAGES
