"""Even loudness across testimonies (EBU R 128) on a linear 0..1 volume control.

``QAudioOutput.volume`` is a linear factor that can only *attenuate* (0..1).
To lift a quiet recording we therefore play everything ``HEADROOM_DB`` below
full scale: a recording at the target loudness (-23 LUFS) plays at -6 dB
(factor 0.5) when the visitor's volume is at maximum, a recording 6 dB too
quiet (-29 LUFS) plays at 0 dB (factor 1.0), and a louder one is turned down.
Recordings quieter than ``target - HEADROOM_DB`` cannot be lifted any further
and stay somewhat quieter — the curator's build step should normalise those.
Because the factor never exceeds 1 we never add clipping, whatever the
recording's true peak. Installers set the amplifier so that factor 0.5 at
the kiosk-wide ``max_volume`` is as loud as the lobby should ever get.

No Qt here: pure functions, tested on their own.
"""

from __future__ import annotations

import math

TARGET_LUFS = -23.0  # EBU R 128 programme loudness
HEADROOM_DB = 6.0  # how far quiet recordings may be lifted
MIN_GAIN_DB = -20.0  # a recording 20 dB too loud is a mistake; don't make it inaudible
#: Range of the visitor's volume control: its lowest step is this far below its top.
VOLUME_RANGE_DB = 40.0


def normalisation_gain_db(loudness_lufs: float | None, target_lufs: float = TARGET_LUFS) -> float:
    """Gain that brings a recording to ``target_lufs``, clamped to what we can apply.

    Unknown loudness (``None``, NaN) gets no correction.
    """
    if loudness_lufs is None or not math.isfinite(loudness_lufs):
        return 0.0
    return max(MIN_GAIN_DB, min(HEADROOM_DB, target_lufs - loudness_lufs))


def db_to_linear(db: float) -> float:
    return float(10.0 ** (db / 20.0))


def perceptual_to_linear(volume: float) -> float:
    """Map the visitor's slider (0..1, even steps to the ear) to a linear factor.

    Loudness is perceived logarithmically: equal slider steps are equal dB
    steps over ``VOLUME_RANGE_DB``; 0 is silence.
    """
    v = max(0.0, min(1.0, volume))
    if v <= 0.0:
        return 0.0
    return db_to_linear((v - 1.0) * VOLUME_RANGE_DB)


def output_volume(visitor_volume: float, max_volume: float, gain_db: float) -> float:
    """The linear ``QAudioOutput.volume`` for this recording, in 0..1."""
    factor = (perceptual_to_linear(visitor_volume) * max(0.0, min(1.0, max_volume))
              * db_to_linear(gain_db - HEADROOM_DB))
    return max(0.0, min(1.0, factor))
