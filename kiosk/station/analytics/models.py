"""The station's own state database: anonymous events only.

No names, no faces, no device ids, no free text typed by visitors. A visit is
a random number drawn when someone starts touching the screen; it links the
events of one visit and nothing else. Times are rounded to the minute.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import DateTime, Float, Index, Integer, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Kind(StrEnum):
    VISIT_START = "visit_start"
    VISIT_END = "visit_end"
    ITEM_VIEW = "item_view"
    TESTIMONY_PLAY = "testimony_play"
    ADVISORY_DECLINED = "advisory_declined"


class Event(Base):
    __tablename__ = "event"
    __table_args__ = (Index("ix_event_at", "at"), Index("ix_event_kind_at", "kind", "at"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime)  # UTC, to the minute
    kind: Mapped[str] = mapped_column(String(24))
    visit: Mapped[int] = mapped_column(Integer)
    exhibition: Mapped[str] = mapped_column(String(64), default="")
    language: Mapped[str] = mapped_column(String(35), default="")
    item: Mapped[str] = mapped_column(String(128), default="")  # item slug or advisory scope
    #: visit length, dwell time, or how far a testimony was heard
    seconds: Mapped[float] = mapped_column(Float, default=0.0)
    #: length of the recording, for testimony plays
    of_seconds: Mapped[float] = mapped_column(Float, default=0.0)
    detail: Mapped[str] = mapped_column(String(32), default="")  # e.g. why a visit ended
