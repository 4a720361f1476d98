"""Keep a long-running kiosk's memory flat, and its fresh memory cheap.

Decoded photographs are big (8 MiB at 1080p, 33 MiB at 4K) and short-lived.
glibc's malloc raises its mmap threshold each time such a block is freed,
after which new ones come from the heap, where freed space fragments and is
seldom returned: RSS creeps up over hours. A fixed threshold keeps every
large block mmapped, so freeing it gives the memory back at once.

The price: every photo is decoded into fresh pages, and faulting in 2,000 of
them one by one took ~4 of a 1080p decode's 11-12 ms on the 2-core machine.
:func:`prefault` asks for them in one call, in 2 MiB pages where the kernel
gives transparent huge pages to those who ask (``enabled`` always or madvise,
as on the 2-core machine): ~2.5 ms less. With ``defrag`` madvise, a kernel
short of free huge pages compacts memory first; it then falls back to small
pages.
"""

from __future__ import annotations

import ctypes
import functools
import logging
import sys
from collections.abc import Callable

log = logging.getLogger(__name__)

_M_MMAP_THRESHOLD = -3
_MADV_HUGEPAGE = 14
_MADV_POPULATE_WRITE = 23  # Linux 5.14
_PAGE = 4096
_HUGE_PAGE = 2 * 2**20
#: Blocks this big or bigger are always mmapped.
MMAP_THRESHOLD = 1024 * 1024


@functools.cache
def _libc() -> ctypes.CDLL | None:
    """glibc, loaded once by name (``ctypes.util.find_library`` would run ``ldconfig``
    in a subprocess, during start-up); None elsewhere."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        return ctypes.CDLL("libc.so.6", use_errno=True)
    except OSError:
        return None


def tune_malloc() -> bool:
    """Fix glibc's mmap threshold; a no-op (False) on other C libraries."""
    libc = _libc()
    try:
        if libc is not None:
            return bool(libc.mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD))
    except AttributeError:
        pass
    log.info("not glibc: malloc left as it is")
    return False


@functools.cache
def _libc_madvise() -> Callable[[int, int, int], int] | None:
    libc = _libc()
    try:
        madvise = libc.madvise if libc is not None else None
    except AttributeError:
        return None
    if madvise is not None:
        madvise.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int]
        madvise.restype = ctypes.c_int
    return madvise


def prefault(buffer: memoryview) -> bool:
    """Fault in the pages of a fresh, writable buffer at once, in huge pages where
    the kernel gives them, before it is written row by row. Any thread; only a
    hint (False: nothing done, the pages come as they are written)."""
    madvise = _libc_madvise()
    if madvise is None or buffer.readonly or buffer.nbytes < _HUGE_PAGE:
        return False
    anchor = ctypes.c_char.from_buffer(buffer)
    try:
        start = ctypes.addressof(anchor)
        end = start + buffer.nbytes
        huge_start = -(-start // _HUGE_PAGE) * _HUGE_PAGE
        huge_end = end // _HUGE_PAGE * _HUGE_PAGE
        if huge_end > huge_start:
            madvise(huge_start, huge_end - huge_start, _MADV_HUGEPAGE)
        # Populating faults pages in without writing to them; whole pages only.
        page_start = -(-start // _PAGE) * _PAGE
        return madvise(page_start, end // _PAGE * _PAGE - page_start, _MADV_POPULATE_WRITE) == 0
    finally:
        del anchor
