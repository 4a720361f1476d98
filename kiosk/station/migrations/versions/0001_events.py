"""Anonymous visitor events.

Revision ID: 0001
Revises:
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "event",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("kind", sa.String(24), nullable=False),
        sa.Column("visit", sa.Integer, nullable=False),
        sa.Column("exhibition", sa.String(64), nullable=False),
        sa.Column("language", sa.String(35), nullable=False),
        sa.Column("item", sa.String(128), nullable=False),
        sa.Column("seconds", sa.Float, nullable=False),
        sa.Column("of_seconds", sa.Float, nullable=False),
        sa.Column("detail", sa.String(32), nullable=False),
    )
    op.create_index("ix_event_at", "event", ["at"])
    op.create_index("ix_event_kind_at", "event", ["kind", "at"])


def downgrade() -> None:
    op.drop_table("event")
