"""Light and dark themes that follow the system, and the one stylesheet."""

from __future__ import annotations

from PySide6.QtCore import QDir, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication

from ..paths import resource

_DARK = {
    QPalette.Window: "#1f2326",
    QPalette.WindowText: "#e6e1d8",
    QPalette.Base: "#171a1c",
    QPalette.AlternateBase: "#23282b",
    QPalette.Text: "#e6e1d8",
    QPalette.Button: "#2a3034",
    QPalette.ButtonText: "#e6e1d8",
    QPalette.Highlight: "#3f8f93",
    QPalette.HighlightedText: "#ffffff",
    QPalette.ToolTipBase: "#2a3034",
    QPalette.ToolTipText: "#e6e1d8",
    QPalette.PlaceholderText: "#8c9397",
    QPalette.Mid: "#3a4145",
    QPalette.Link: "#7cc4c8",
}
_LIGHT = {
    QPalette.Window: "#f6f4ef",
    QPalette.WindowText: "#22282b",
    QPalette.Base: "#ffffff",
    QPalette.AlternateBase: "#f0ede6",
    QPalette.Text: "#22282b",
    QPalette.Button: "#ece8e0",
    QPalette.ButtonText: "#22282b",
    QPalette.Highlight: "#2f6f73",
    QPalette.HighlightedText: "#ffffff",
    QPalette.ToolTipBase: "#ffffff",
    QPalette.ToolTipText: "#22282b",
    QPalette.PlaceholderText: "#7a8286",
    QPalette.Mid: "#c9c3b8",
    QPalette.Link: "#2f6f73",
}


# Disabled text and buttons fade clearly in both schemes, so nobody clicks a dead button.
_DISABLED = {
    True: {"text": "#6b7377", "button": "#24292c"},
    False: {"text": "#a3a7a9", "button": "#f1eee8"},
}


def system_is_dark() -> bool:
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def apply(app: QApplication, dark: bool | None = None) -> None:
    """Fusion style, our palette for the system's (or the given) scheme, our stylesheet."""
    QDir.addSearchPath("icons", str(resource("icons")))
    app.setStyle("Fusion")
    dark = system_is_dark() if dark is None else dark
    colours = _DARK if dark else _LIGHT
    palette = QPalette()
    for role, value in colours.items():
        palette.setColor(role, QColor(value))
    faded = _DISABLED[dark]
    for role in (QPalette.WindowText, QPalette.Text, QPalette.ButtonText):
        palette.setColor(QPalette.Disabled, role, QColor(faded["text"]))
    palette.setColor(QPalette.Disabled, QPalette.Button, QColor(faded["button"]))
    app.setPalette(palette)
    app.setStyleSheet(resource("style.qss").read_text(encoding="utf-8"))
    app.setWindowIcon(QIcon(str(resource("icons", "app.svg"))))
