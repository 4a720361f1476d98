"""Pure parts of the audio module: loudness maths, resume policy, the blob device."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QIODevice
from test_audio_support import build

from kiosk.package.reader import Package
from kiosk.ui.audio import loudness
from kiosk.ui.audio.blobdevice import MAX_READ, BlobDevice
from kiosk.ui.audio.resume import REWIND_MS, ResumeMemory


@pytest.mark.parametrize(("lufs", "gain"), [(-23.0, 0.0), (-29.0, 6.0), (-40.0, 6.0),
                                            (-13.0, -10.0), (0.0, -20.0), (None, 0.0),
                                            (float("nan"), 0.0)])
def test_normalisation_gain_is_clamped(lufs: float | None, gain: float) -> None:
    assert loudness.normalisation_gain_db(lufs) == pytest.approx(gain)


def test_output_volume_never_exceeds_unity_or_the_cap() -> None:
    assert loudness.output_volume(1.0, 1.0, 6.0) == pytest.approx(1.0)
    assert loudness.output_volume(1.0, 1.0, 0.0) == pytest.approx(0.501, abs=1e-3)
    assert loudness.output_volume(1.0, 0.5, 6.0) == pytest.approx(0.5)
    assert loudness.output_volume(2.0, 2.0, 60.0) == 1.0
    assert loudness.output_volume(0.0, 1.0, 6.0) == 0.0
    # Equal slider steps are equal dB steps.
    a, b, c = (loudness.perceptual_to_linear(v) for v in (0.5, 0.75, 1.0))
    assert b / a == pytest.approx(c / b)


def test_resume_policy() -> None:
    memory = ResumeMemory()
    memory.remember(1, 60_000, 600_000)
    assert memory.start_of(1) == 60_000 - REWIND_MS
    memory.remember(2, 598_000, 600_000)  # near the end: start over
    assert memory.start_of(2) == 0
    memory.finished(1)
    assert memory.start_of(1) == 0
    memory.remember(3, 10_000, 600_000)
    memory.forget_all()  # idle reset
    assert memory.start_of(3) == 0


def test_blob_device_streams_in_bounded_reads(tmp_path: Path) -> None:
    data = bytes(range(256)) * 8192  # 2 MiB
    ids = build(tmp_path / "b.exhibit", [(data, "audio/ogg")])
    with Package.open(tmp_path / "b.exhibit") as pkg:
        info = pkg.testimony(ids[0])
        device = BlobDevice(pkg.open_blob(info.audio_blob_id))
        assert device.open_read()
        assert not device.isSequential() and device.size() == len(data)
        chunk = device.read(10 * MAX_READ)
        assert len(chunk) == MAX_READ and chunk == data[:MAX_READ]
        assert device.seek(len(data) - 10) and device.read(100) == data[-10:]
        assert device.atEnd() and device.bytesAvailable() == 0
        assert not device.seek(len(data) + 1)
        assert device.seek(1000) and device.pos() == 1000 and device.read(4) == data[1000:1004]
        assert device.write(b"x") == -1

        # Another thread reading while the GUI thread closes: no crash, no torn read.
        errors: list[BaseException] = []

        def reader() -> None:
            try:
                for _ in range(200):
                    if device.isOpen():
                        device.seek(0)
                        device.read(4096)
            except BaseException as e:  # pragma: no cover - the failure being tested
                errors.append(e)

        t = threading.Thread(target=reader)
        t.start()
        device.close()
        t.join(5)
        assert not errors and not device.isOpen()
        assert device.openMode() == QIODevice.OpenModeFlag.NotOpen
