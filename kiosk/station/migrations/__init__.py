"""Alembic migrations of the analytics database, run by :func:`analytics.migrate`."""
