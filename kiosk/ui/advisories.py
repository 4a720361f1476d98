"""Content advisories between the visitor and what they open: which one to show first.

:class:`AdvisoryGate` is handed the package's advisories as records (the
caller reads ``Package.advisories()`` on its worker thread); it never touches
the package. It lives on the GUI thread: every slot, property and signal here
runs there.

The rules, for a destination (the exhibition, a section, an item):

- ``notice`` advisories are shown full-screen before the destination opens,
  outermost first: the exhibition's, then the item's section's, then the
  item's own. Each is shown once per visit: :meth:`accept` remembers it until
  :meth:`reset` (the idle reset). Accepting a section's notice does *not*
  cover its items' notices: an item notice names something more specific, so
  it is shown too.
- ``blur`` advisories never block a destination; they blur the photographs
  they apply to (the item's own, else every item of the section, else every
  item of the exhibition) until the visitor taps "Show image" for that photo.
  A photo revealed once stays revealed for the rest of the visit.
- ``passage`` advisories (time ranges in a recording) belong to the
  testimony transcript (:mod:`kiosk.ui.audio.transcript`) and are ignored here.

Texts are in the visitor's language, else the exhibition's default language,
else any language the package has; ``fallback`` says when the text is not in
the visitor's language, so the screen can mark it discreetly and set the
text's own font and direction from ``lang``.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.package.records import primary_subtag
from kiosk.ui.audio.direction import directed

# Records only as types: importing kiosk.package pulls in SQLAlchemy, which
# start-up loads on another thread (see kiosk.ui.startup).
if TYPE_CHECKING:
    from kiosk.package.records import Advisory, ItemInfo, SectionInfo

log = logging.getLogger(__name__)

#: Destination kinds QML passes to :meth:`AdvisoryGate.pendingFor`.
EXHIBITION, SECTION, ITEM = "exhibition", "section", "item"
NOTICE, BLUR = "notice", "blur"


class AdvisoryGate(QObject):
    """Which advisory stands before a destination, and what this visitor has accepted.

    GUI thread. QML re-reads its slots when :attr:`revision` changes, e.g.
    ``blurred: gate.revision, gate.isBlurred(itemId)``.
    """

    changed = Signal()
    #: The visitor continued past an advisory (id, where). GUI thread.
    accepted = Signal(int, str)
    #: The visitor went back (or skipped a blurred photo) at an advisory (id, where),
    #: e.g. ``(7, "section:body")``: connect the analytics' ``advisory_declined``. GUI thread.
    declined = Signal(int, str)

    def __init__(self, advisories: Iterable[Advisory] = (), *,
                 sections: Iterable[SectionInfo] = (), items: Iterable[ItemInfo] = (),
                 default_language: str = "en", language: str = "",
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._default = default_language
        self._language = language or default_language
        self._by_id: dict[int, Advisory] = {}
        self._item_sections: dict[int, int] = {}
        self._slugs: dict[tuple[str, int], str] = {}
        self._accepted: set[int] = set()
        self._revealed: set[int] = set()  # item ids
        self._declines: list[tuple[int, str]] = []
        self._revision = 0
        self.load(advisories, sections, items)

    # -- set-up ----------------------------------------------------------------
    def load(self, advisories: Iterable[Advisory], sections: Iterable[SectionInfo] = (),
             items: Iterable[ItemInfo] = ()) -> None:
        """Take a package's records, read on a worker (``Package.advisories()``, the catalog's
        sections and items). Items tell which section's advisories reach them; slugs name
        the place in analytics. Forgets the current visit's choices.
        """
        self._by_id = {a.id: a for a in sorted(advisories, key=lambda a: a.id)
                       if a.scope in (EXHIBITION, SECTION, ITEM) and a.mode in (NOTICE, BLUR)}
        items = tuple(items)
        self._item_sections = {x.id: x.section_id for x in items}
        self._slugs = {(ITEM, x.id): x.slug for x in items}
        self._slugs.update({(SECTION, x.id): x.slug for x in sections})
        self._forget()

    def _where(self, advisory: Advisory) -> str:
        """Scope and target for analytics: ``exhibition``, ``section:body``, ``item:eye``."""
        if advisory.scope == SECTION and advisory.section_id is not None:
            sid = advisory.section_id
            return f"section:{self._slugs.get((SECTION, sid), sid)}"
        if advisory.scope == ITEM and advisory.item_id is not None:
            return self._item_where(advisory.item_id)
        return advisory.scope

    def _item_where(self, item_id: int) -> str:
        return f"item:{self._slugs.get((ITEM, item_id), item_id)}"

    @Slot()
    def reset(self) -> None:
        """The visitor left (idle reset): every advisory stands again."""
        self._forget()

    def _forget(self) -> None:
        self._accepted.clear()
        self._revealed.clear()
        self._declines.clear()
        self._bump()

    def _bump(self) -> None:
        self._revision += 1
        self.changed.emit()

    # -- language ----------------------------------------------------------------
    @Slot(str)
    def setLanguage(self, tag: str) -> None:
        """The visitor's language; texts re-resolve (QML re-reads on ``revision``)."""
        if tag and tag != self._language:
            self._language = tag
            self._bump()

    def _get_language(self) -> str:
        return self._language

    language = Property(str, _get_language, setLanguage, notify=changed)

    def _get_revision(self) -> int:
        return self._revision

    #: Changes whenever anything a slot returns may have changed.
    revision = Property(int, _get_revision, notify=changed)

    def _get_count(self) -> int:
        return len(self._by_id)

    count = Property(int, _get_count, notify=changed)

    def _get_accepted_count(self) -> int:
        return len(self._accepted)

    acceptedCount = Property(int, _get_accepted_count, notify=changed)

    # -- queries -------------------------------------------------------------------
    def applicable(self, kind: str, ident: int) -> list[Advisory]:
        """Every advisory over ``kind``/``ident``, outermost first (either mode)."""
        section: int | None = None
        item: int | None = None
        if kind == SECTION:
            section = ident
        elif kind == ITEM:
            item = ident
            section = self._item_sections.get(ident)
        elif kind != EXHIBITION:
            raise ValueError(f"unknown destination kind {kind!r}")
        order = {EXHIBITION: 0, SECTION: 1, ITEM: 2}
        found = [a for a in self._by_id.values()
                 if a.scope == EXHIBITION
                 or (a.scope == SECTION and section is not None and a.section_id == section)
                 or (a.scope == ITEM and item is not None and a.item_id == item)]
        return sorted(found, key=lambda a: (order[a.scope], a.id))

    def pending(self, kind: str, ident: int) -> Advisory | None:
        """The first notice not yet accepted before ``kind``/``ident``, else ``None``."""
        for advisory in self.applicable(kind, ident):
            if advisory.mode == NOTICE and advisory.id not in self._accepted:
                return advisory
        return None

    def blur(self, item_id: int) -> Advisory | None:
        """The most specific blur advisory over the item, unless the visitor revealed it."""
        if item_id in self._revealed:
            return None
        blurs = [a for a in self.applicable(ITEM, item_id) if a.mode == BLUR]
        return blurs[-1] if blurs else None

    def describe(self, advisory: Advisory) -> dict[str, Any]:
        """What a screen shows: text in the visitor's language (or a marked fallback)."""
        text, lang = advisory.text.resolve(self._language, self._default)
        if not text:  # in no language asked for: any language is better than a blank
            lang, text = next(((t, v) for t, v in advisory.text.values.items() if v.strip()),
                              ("", ""))
        return {
            "id": advisory.id, "scope": advisory.scope, "mode": advisory.mode,
            "text": directed(text, lang or self._default), "lang": lang or self._default,
            "fallback": primary_subtag(lang) != primary_subtag(self._language),
            "sectionId": advisory.section_id if advisory.section_id is not None else -1,
            "itemId": advisory.item_id if advisory.item_id is not None else -1,
            "where": self._where(advisory),
        }

    # -- for QML -------------------------------------------------------------------
    @Slot(str, int, result="QVariant")
    def pendingFor(self, kind: str, ident: int) -> dict[str, Any] | None:
        """The notice to show before opening ``kind`` (exhibition/section/item) ``ident``.

        ``None`` (``null`` in QML) when nothing stands in the way. Call it again after
        :meth:`accept`: a destination may have several (exhibition, section, item).
        """
        try:
            advisory = self.pending(kind, ident)
        except ValueError:
            log.warning("advisories asked about an unknown destination %r", kind)
            return None
        return self.describe(advisory) if advisory is not None else None

    @Slot(int, result="QVariant")
    def blurFor(self, item_id: int) -> dict[str, Any] | None:
        """The blur advisory over this item's photo (text etc.), ``None`` when shown clear."""
        advisory = self.blur(item_id)
        return self.describe(advisory) if advisory is not None else None

    @Slot(int, result=bool)
    def isBlurred(self, item_id: int) -> bool:
        """Whether the item's photo must stay blurred until the visitor asks to see it."""
        return self.blur(item_id) is not None

    @Slot(int, result=bool)
    def isAccepted(self, advisory_id: int) -> bool:
        return advisory_id in self._accepted

    # -- the visitor's answers -------------------------------------------------------
    @Slot(int)
    def accept(self, advisory_id: int) -> None:
        """The visitor chose to continue; not asked again this visit.

        Accepting an item's own blur advisory also reveals that item's photo.
        """
        advisory = self._by_id.get(advisory_id)
        if advisory is None or advisory_id in self._accepted:
            return
        self._accepted.add(advisory_id)
        if advisory.mode == BLUR and advisory.scope == ITEM and advisory.item_id is not None:
            self._revealed.add(advisory.item_id)
        self.accepted.emit(advisory_id, self._where(advisory))
        self._bump()

    @Slot(int)
    def reveal(self, item_id: int) -> None:
        """The visitor tapped "Show image" on this item's blurred photo."""
        advisory = self.blur(item_id)
        if advisory is None:
            return
        self._revealed.add(item_id)
        if advisory.scope == ITEM:
            self._accepted.add(advisory.id)
        self.accepted.emit(advisory.id, self._item_where(item_id))
        self._bump()

    @Slot(int, result=str)
    def decline(self, advisory_id: int) -> str:
        """The visitor went back (or skipped a blurred photo); returns the advisory's scope.

        The advisory stays pending: the next attempt shows it again. The caller
        navigates: ``exhibition`` → the start, ``section`` → the overview,
        ``item`` → where the visitor came from (or the next item, after "Skip").
        """
        advisory = self._by_id.get(advisory_id)
        if advisory is None:
            return ""
        where = self._where(advisory)
        self._declines.append((advisory_id, where))
        self.declined.emit(advisory_id, where)
        return advisory.scope

    @Slot(int, int, result=str)
    def skipBlurred(self, advisory_id: int, item_id: int) -> str:
        """The visitor tapped "Skip" on a blurred photo: recorded like :meth:`decline`."""
        advisory = self._by_id.get(advisory_id)
        if advisory is None:
            return ""
        where = self._item_where(item_id)
        self._declines.append((advisory_id, where))
        self.declined.emit(advisory_id, where)
        return advisory.scope

    @property
    def declines(self) -> tuple[tuple[int, str], ...]:
        """``(advisory id, where)`` for every decline this visit, oldest first."""
        return tuple(self._declines)
