"""Light and dark themes that follow the system, and the one stylesheet."""

from __future__ import annotations

from PySide6.QtCore import QDir, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QGuiApplication, QIcon, QPalette
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
    QPalette.Highlight: "#2f6f73",
    QPalette.HighlightedText: "#ffffff",
    QPalette.ToolTipBase: "#2a3034",
    QPalette.ToolTipText: "#e6e1d8",
    QPalette.PlaceholderText: "#9aa1a5",
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
    QPalette.PlaceholderText: "#5d6569",
    QPalette.Mid: "#c9c3b8",
    QPalette.Link: "#2f6f73",
}

# Colours beyond the palette, for each scheme (dark is True). Text colours reach 4.5:1 and
# chart colours 3:1 against Window, Base and AlternateBase: tests/gui/test_contrast.py measures
# every pair, so a colour changed here cannot quietly become hard to read.
TEXT = {
    False: {
        "error": "#a93226",
        "overdue": "#a93226",
        "due soon": "#8a5a00",
        "on time": "#17693a",
        "no record": "#5d6569",
    },
    True: {
        "error": "#f08070",
        "overdue": "#f08070",
        "due soon": "#e0a040",
        "on time": "#5cc08a",
        "no record": "#9aa1a5",
    },
}
GRAPHICS = {
    False: {
        "minutes": "#4f8f93",
        "caseload": "#b5561c",
        "capacity": "#a93226",
        "minimum": "#2f6f73",
        "capacities": "#4f8f93",
        "functions": "#9a7530",
    },
    True: {
        "minutes": "#7fb3b6",
        "caseload": "#e08a50",
        "capacity": "#f08070",
        "minimum": "#6fb8bc",
        "capacities": "#7fb3b6",
        "functions": "#c9a86a",
    },
}
# Lines that must be seen against Window and Base (3:1, WCAG 2.2 non-text contrast): the edge
# of a check box or radio button, and the frame that shows where the keyboard is.
LINES = {
    False: {"outline": "#5d6569", "focus": "#2f6f73"},
    True: {"outline": "#9aa1a5", "focus": "#7cc4c8"},
}
PALETTES = {False: _LIGHT, True: _DARK}


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether the palette in use (the application's unless given) is the dark one."""
    palette = palette or QGuiApplication.palette()
    return palette.color(QPalette.Window).lightnessF() < 0.5


def text_colour(name: str, palette: QPalette | None = None) -> str:
    return TEXT[is_dark(palette)][name]


def chart_colour(name: str, palette: QPalette | None = None) -> str:
    return GRAPHICS[is_dark(palette)][name]


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
    from .wheel_guard import WheelGuardStyle

    if not isinstance(getattr(app, "wheel_guard_style", None), WheelGuardStyle):
        app.wheel_guard_style = WheelGuardStyle("Fusion")  # kept here: Python owns it
        app.setStyle(app.wheel_guard_style)
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
    app.setStyleSheet(style_sheet(dark, app.font()))
    from .focus_ring import install

    install(app)
    app.setWindowIcon(QIcon(str(resource("icons", "app.svg"))))


def style_sheet(dark: bool, font: QFont) -> str:
    """The stylesheet with this scheme's colours and icons, sized for ``font``."""
    sheet = resource("style.qss").read_text(encoding="utf-8")
    # Boxes follow the text size; a radio button's is round: half its outer size (1px edges).
    side = round(QFontMetrics(font).height() * 0.8)
    values = {
        "@error": TEXT[dark]["error"],
        "@outline": LINES[dark]["outline"],
        "@focus": LINES[dark]["focus"],
        "@scheme": "dark" if dark else "light",
        "@boxpx": f"{side}px",
        "@roundpx": f"{side // 2 + 1}px",
    }
    for name, value in values.items():
        sheet = sheet.replace(name, value)
    return sheet
