"""Comparing exhibition versions for rollback protection, without a dependency.

Accepts what curators write: ``3``, ``1.2.0``, ``2026.3``, ``2026-03-01``,
``v2``, ``1.0rc1``, ``1.0-beta.2``, ``1.0.post1``. Trailing zeros do not
count (``1.0 == 1``); a pre-release sorts before its release and a
post-release after it, as in PEP 440. A ``+local`` suffix is ignored.
"""

from __future__ import annotations

import re

_PATTERN = re.compile(
    r"""v?
    (?P<release>\d{1,12}(?:[.\-_]\d{1,12}){0,15})
    (?:[.\-_]?(?P<pre>dev|a|alpha|b|beta|c|rc|pre|preview)[.\-_]?(?P<pre_n>\d{1,12})?)?
    (?:[.\-_]?(?:post|rev|r)[.\-_]?(?P<post>\d{1,12}))?
    (?:\+[a-z0-9.\-_]*)?""",
    re.VERBOSE,
)
_PHASE = {"dev": 0, "a": 1, "alpha": 1, "b": 2, "beta": 2, "c": 3, "rc": 3, "pre": 3,
          "preview": 3}
_FINAL = 4

VersionKey = tuple[tuple[int, ...], int, int, int]


class VersionError(ValueError):
    """A version string this kiosk cannot order."""


def version_key(text: str) -> VersionKey:
    m = _PATTERN.fullmatch(text.strip().lower())
    if m is None:
        raise VersionError(
            f"version {text!r} cannot be compared; use numbers such as 3, 1.2.0 or "
            "2026.3 in the exhibition's version")
    release = [int(p) for p in re.split(r"[.\-_]", m["release"])]
    while len(release) > 1 and release[-1] == 0:
        release.pop()
    phase = _PHASE[m["pre"]] if m["pre"] else _FINAL
    return (tuple(release), phase, int(m["pre_n"] or 0), int(m["post"] or 0))


def is_older(candidate: str, live: str) -> bool:
    """True when ``candidate`` is strictly older than ``live``; raises VersionError."""
    if candidate.strip() == live.strip():
        return False
    return version_key(candidate) < version_key(live)
