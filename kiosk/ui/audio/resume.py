"""What coming back to a testimony does: the policy, without Qt.

* Within one visit, coming back to an item resumes where the visitor left it,
  ``REWIND_MS`` earlier so the interrupted sentence starts again.
* Near the end (the last ``RESTART_NEAR_END_MS``, or tenth for short
  recordings) or after it finished, it
  starts from the beginning.
* An idle reset (the visitor walked away) or the attract loop forgets every
  position: the next visitor always starts at the beginning.
"""

from __future__ import annotations

REWIND_MS = 3_000
RESTART_NEAR_END_MS = 5_000


class ResumeMemory:
    """Positions per item for the current visit. GUI thread only."""

    def __init__(self) -> None:
        self._positions: dict[int, int] = {}

    def remember(self, item_id: int, position_ms: int, duration_ms: int) -> None:
        near_end = min(RESTART_NEAR_END_MS, duration_ms // 10)
        if duration_ms > 0 and position_ms >= duration_ms - near_end:
            self._positions.pop(item_id, None)
        elif position_ms > 0:
            self._positions[item_id] = position_ms

    def finished(self, item_id: int) -> None:
        self._positions.pop(item_id, None)

    def start_of(self, item_id: int) -> int:
        """Where playback of ``item_id`` should start (ms)."""
        return max(0, self._positions.get(item_id, 0) - REWIND_MS)

    def forget_all(self) -> None:
        self._positions.clear()
