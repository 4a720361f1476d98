"""PySide6 6.12 on CPython 3.11 loses a reference to None on every void-returning
call and aborts after a few thousand ("Fatal Python error: none_dealloc").
Python 3.12 made None immortal; this keeps the requirement honest."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject


def test_fifty_thousand_void_calls_survive() -> None:
    assert sys.version_info >= (3, 12), "PySide6 6.12 needs CPython 3.12 or newer"
    obj = QObject()
    before = sys.getrefcount(None)
    for i in range(50_000):
        obj.setObjectName("kiosk")  # returns void
        obj.blockSignals(i % 2 == 0)
    assert obj.objectName() == "kiosk"
    assert sys.getrefcount(None) >= before - 10
