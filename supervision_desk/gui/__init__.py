"""The desktop app (PySide6). It calls ``core`` for everything it knows and holds no SQL."""
