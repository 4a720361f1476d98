# ruff: noqa: F811  (pytest fixtures imported from ui_support)
"""The attract loop crossfades only once the next photo has loaded: no black frame."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMetaObject
from ui_support import ui_package  # noqa: F401

from kiosk.package.reader import Package
from kiosk.station.session import ManualClock
from kiosk.ui.app import compose
from kiosk.ui.settle import all_items, find_items, wait_until


def test_every_frame_shows_a_whole_photo(qapp: object, ui_package: Path) -> None:
    app = compose(Package.open(ui_package), size=(640, 360), clock=ManualClock(),
                  animations=True)
    try:
        app.driver.stop()
        window = app.window
        assert wait_until(lambda: bool(window.property("photoShown")), 10)
        layers = [i for i in all_items(window.contentItem())
                  if i.metaObject().className().startswith("KenBurnsLayer")]
        assert len(layers) == 2
        attract = find_items(window, "attract")[0]
        opaque: list[float] = []
        window.frameSwapped.connect(lambda: opaque.append(max(x.opacity() for x in layers)))
        shown = {layer.property("mediaId") for layer in layers}
        media = app.bridge.attractMedia
        for _ in range(3):  # three crossfades, each waiting for a decode on the pool
            QMetaObject.invokeMethod(attract, "advance")
            wanted = media[attract.property("index")]

            def crossfaded(wanted: int = wanted) -> bool:
                return any(x.property("mediaId") == wanted and x.opacity() == 1 for x in layers) \
                    and min(x.opacity() for x in layers) == 0

            assert wait_until(crossfaded, 10)
            shown.add(wanted)
        assert len(shown - {-1}) >= 3, "the loop moved through several photos"
        assert opaque and min(opaque) == 1.0, "a frame without a whole photo"
    finally:
        app.close()
