"""Alembic environment: runs on the connection handed over by ``migrate()``.

No alembic.ini and no logging set-up: the app calls this at start.
"""

from __future__ import annotations

from alembic import context

from kiosk.station.analytics.models import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata,
                  render_as_batch=True)  # SQLite cannot ALTER most things; batch copies
with context.begin_transaction():
    context.run_migrations()
