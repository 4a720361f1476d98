"""Sizes that depend on the physical screen. Pure functions; no Qt."""

from __future__ import annotations

#: The smallest comfortable touch target on glass.
MIN_TARGET_MM = 9.0
#: Without a trustworthy physical size: 64 px on a 1080-pixel short side.
FALLBACK_TARGET_PX_AT_1080 = 64.0


def touch_target_px(width: int, height: int, dots_per_mm: float | None) -> float:
    """The side of the smallest touch target, in pixels.

    At least 9 mm on the physical screen when its density is plausible, and
    never less than the 1080p fallback scaled with the short side, so large
    low-density screens still get targets that look designed.
    """
    short = max(1, min(width, height))
    scaled = FALLBACK_TARGET_PX_AT_1080 * short / 1080
    if dots_per_mm is not None and 1.5 <= dots_per_mm <= 25:
        return max(scaled, MIN_TARGET_MM * dots_per_mm)
    return scaled
