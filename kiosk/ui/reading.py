"""Long texts as blocks for the reading column: Markdown paragraphs and inline photos.

Each block carries the language its text is in (``lang``): a paragraph or a
caption that falls back to the exhibition's default language keeps that
language's font and direction on screen.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from kiosk.ui.audio.direction import directed

# Records only as types: importing kiosk.package pulls in SQLAlchemy, which
# start-up loads on another thread (see kiosk.ui.startup).
if TYPE_CHECKING:
    from kiosk.package.records import ItemInfo


#: One photograph after this many paragraphs of a section's text.
PARAGRAPHS_PER_PHOTO = 2

_BLANK = re.compile(r"\n\s*\n")


def paragraphs(markdown: str) -> list[str]:
    return [p.strip() for p in _BLANK.split(markdown) if p.strip()]


#: A text and the language it is in, as :meth:`kiosk.ui.models.Language.text` gives it.
Resolved = tuple[str, str]


def _photo(item: ItemInfo, caption: Resolved) -> dict[str, Any]:
    media = item.media
    assert media is not None
    return {"kind": "photo", "text": caption[0], "lang": caption[1], "mediaId": media.id,
            "aspect": media.width / media.height if media.height else 1.5}


def _text(para: str, lang: str) -> dict[str, Any]:
    return {"kind": "text", "text": directed(para, lang), "lang": lang, "mediaId": -1,
            "aspect": 0.0}


def section_blocks(texts: Sequence[Resolved], photos: Sequence[tuple[ItemInfo, Resolved]],
                   ) -> list[dict[str, Any]]:
    """Paragraphs of ``texts`` with ``photos`` (item, caption) woven in between."""
    blocks: list[dict[str, Any]] = []
    queue = [p for p in photos if p[0].media is not None]
    count = 0
    for text, lang in texts:
        for para in paragraphs(text):
            blocks.append(_text(para, lang))
            count += 1
            if queue and count % PARAGRAPHS_PER_PHOTO == 0:
                blocks.append(_photo(*queue.pop(0)))
    if queue and count < PARAGRAPHS_PER_PHOTO:
        blocks.append(_photo(*queue.pop(0)))
    return blocks


def item_blocks(item: ItemInfo, text: Resolved, caption: Resolved) -> list[dict[str, Any]]:
    """The item's photograph, then its text."""
    blocks = [_photo(item, caption)] if item.media is not None else []
    return blocks + [_text(p, text[1]) for p in paragraphs(text[0])]
