"""What marks a file as a package, and every object its schema may hold, as
plain constants: the hardened open checks them without importing SQLAlchemy
(~0.3 s), so ``kiosk run`` can show its first photo before that import.

:mod:`kiosk.package.schema` defines the same tables as ORM classes; a test
keeps :data:`EXPECTED_OBJECTS` equal to what its metadata creates.
"""

from __future__ import annotations

#: ``PRAGMA application_id``: ASCII "KIOS".
APPLICATION_ID = 0x4B494F53
#: ``PRAGMA user_version``: the newest format this code writes and reads.
FORMAT_VERSION = 1

_TABLES = ("advisory", "blob", "chapter", "cue", "exhibition", "item", "media", "rendition",
           "section", "speaker", "testimony", "tile")
_INDEXES = ("ix_cue_item_lang", "ix_item_section", "ix_rendition_media")

#: Every table and index a sound package may contain, by name; anything else
#: in ``sqlite_master`` (views, triggers, extra tables) is refused at open.
EXPECTED_OBJECTS: frozenset[tuple[str, str]] = frozenset(
    [("table", name) for name in _TABLES] + [("index", name) for name in _INDEXES]
)
