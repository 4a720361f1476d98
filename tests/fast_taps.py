"""Run by tests/test_ui_fast_taps.py in a subprocess (a deadlock must time out,
not hang pytest): rapid next/previous taps while photos decode asynchronously.

    python tests/fast_taps.py PACKAGE TAPS
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main(package: Path, taps: int) -> int:
    import faulthandler

    faulthandler.dump_traceback_later(50, exit=True)  # a hang prints its stacks
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtTest import QTest

    from kiosk.package.reader import Package
    from kiosk.ui.app import compose
    from kiosk.ui.settle import wait_until

    qt_app = QGuiApplication(sys.argv[:1])
    app = compose(Package.open(package), size=(1280, 720), animations=False,
                  synchronous=False)
    bridge = app.bridge
    wait_until(lambda: bool(bridge.ready), 60)
    app.session.touch()
    bridge.chooseLanguage(bridge.languages[0]["tag"])
    bridge.openSection(0, 0)
    count = bridge.slides_model.rowCount()
    for n in range(taps):
        # Python slots holding the GIL change image:// sources while Qt's pixmap
        # reader is busy with (and cancelling) the previous requests.
        if (n // 7) % 2 == 0 and bridge.slideIndex < count - 1:
            bridge.nextSlide()
        else:
            bridge.previousSlide()
        if n % 3 == 0:  # a real tap through QML, too
            QTest.mouseClick(app.window, Qt.MouseButton.LeftButton,
                             Qt.KeyboardModifier.NoModifier, QPoint(5, 360))
        QTest.qWait(1 if n % 5 else 0)
        qt_app.processEvents()
    QTest.qWait(200)
    app.close()
    print(f"fast taps done: {taps}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), int(sys.argv[2])))
