"""Anonymous, local visitor statistics (SQLAlchemy + Alembic). No personal data."""

from kiosk.station.analytics.models import Event, Kind
from kiosk.station.analytics.store import (
    Analytics,
    ItemStat,
    Summary,
    TestimonyStat,
    format_summary,
    migrate,
)

__all__ = ["Analytics", "Event", "ItemStat", "Kind", "Summary", "TestimonyStat",
           "format_summary", "migrate"]
