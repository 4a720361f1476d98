"""Long texts as blocks for the reading column: Markdown paragraphs and inline photos."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

# Records only as types: importing kiosk.package pulls in SQLAlchemy, which
# start-up loads on another thread (see kiosk.ui.startup).
if TYPE_CHECKING:
    from kiosk.package.records import ItemInfo


#: One photograph after this many paragraphs of a section's text.
PARAGRAPHS_PER_PHOTO = 2

_BLANK = re.compile(r"\n\s*\n")


def paragraphs(markdown: str) -> list[str]:
    return [p.strip() for p in _BLANK.split(markdown) if p.strip()]


def _photo(item: ItemInfo, caption: str) -> dict[str, Any]:
    media = item.media
    assert media is not None
    return {"kind": "photo", "text": caption, "mediaId": media.id,
            "aspect": media.width / media.height if media.height else 1.5}


def section_blocks(texts: Sequence[str], photos: Sequence[tuple[ItemInfo, str]],
                   ) -> list[dict[str, Any]]:
    """Paragraphs of ``texts`` with ``photos`` (item, caption) woven in between."""
    blocks: list[dict[str, Any]] = []
    queue = [p for p in photos if p[0].media is not None]
    count = 0
    for text in texts:
        for para in paragraphs(text):
            blocks.append({"kind": "text", "text": para, "mediaId": -1, "aspect": 0.0})
            count += 1
            if queue and count % PARAGRAPHS_PER_PHOTO == 0:
                blocks.append(_photo(*queue.pop(0)))
    if queue and count < PARAGRAPHS_PER_PHOTO:
        blocks.append(_photo(*queue.pop(0)))
    return blocks


def item_blocks(item: ItemInfo, text: str, caption: str) -> list[dict[str, Any]]:
    """The item's photograph, then its text."""
    blocks = [_photo(item, caption)] if item.media is not None else []
    return blocks + [{"kind": "text", "text": p, "mediaId": -1, "aspect": 0.0}
                     for p in paragraphs(text)]
