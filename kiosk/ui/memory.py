"""Keep a long-running kiosk's memory flat.

Decoded photographs are big (8 MiB at 1080p, 33 MiB at 4K) and short-lived.
glibc's malloc raises its mmap threshold each time such a block is freed,
after which new ones come from the heap, where freed space fragments and is
seldom returned: RSS creeps up over hours. A fixed threshold keeps every
large block mmapped, so freeing it gives the memory back at once.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import sys

log = logging.getLogger(__name__)

_M_MMAP_THRESHOLD = -3
#: Blocks this big or bigger are always mmapped.
MMAP_THRESHOLD = 1024 * 1024


def tune_malloc() -> bool:
    """Fix glibc's mmap threshold; a no-op (False) on other C libraries."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        return bool(libc.mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD))
    except (OSError, AttributeError):
        log.info("not glibc: malloc left as it is")
        return False
