"""Writing direction of a BCP 47 language tag, without Qt.

The one table for the whole UI (:mod:`kiosk.ui.languages` re-exports it).
"""

from __future__ import annotations

import unicodedata

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


#: RIGHT-TO-LEFT MARK and LEFT-TO-RIGHT MARK: invisible, they only set a paragraph's direction.
RLM, LRM = "\u200f", "\u200e"


def directed(text: str, language: str) -> str:
    """``text`` laid out in its language's direction, whatever letter it starts with.

    Qt takes a paragraph's direction from its first strong letter, so an Urdu
    caption that opens with a Latin name ("NASA ...") would be laid out left to
    right, the name at the wrong end. A mark in front fixes the direction, and
    only where the first letter disagrees; the text is otherwise unchanged.
    """
    mark, other = (RLM, ("L",)) if is_rtl(language) else (LRM, ("R", "AL"))
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("L", "R", "AL"):
            return mark + text if kind in other else text
        if char in (RLM, LRM):
            return text
    return text
