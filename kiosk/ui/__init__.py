"""The only layer that imports PySide6: app wiring, QML-facing objects, models, providers."""
