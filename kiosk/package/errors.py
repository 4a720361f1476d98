"""Errors a person can act on: each message says which file and what to do."""


class PackageError(Exception):
    """A package cannot be opened or read. ``str(e)`` is meant for people."""
