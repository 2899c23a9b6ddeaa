"""The View menu: colours (as the system, light or dark) and text size, remembered on this
computer. Text size scales the whole window's font, so notes and labels grow together."""

from __future__ import annotations

from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QApplication

from ..core import preferences
from . import fit, theme

STEPS = (80, 90, 100, 115, 130, 150, 175, 200)


class ViewMenu:
    def __init__(self, window, settings):
        self.window, self.settings = window, settings
        ui = window.ui
        # The system's own size, taken once per application: a second window (or a test)
        # must not take an already enlarged font as its 100%.
        app = QApplication.instance()
        if app.property("baseTextSize") is None:
            app.setProperty("baseTextSize", QApplication.font().pointSizeF())
        self._base = float(app.property("baseTextSize"))
        group = QActionGroup(window)
        self.themes = {
            "system": ui.actionThemeSystem,
            "light": ui.actionThemeLight,
            "dark": ui.actionThemeDark,
        }
        for name, action in self.themes.items():
            group.addAction(action)
            action.triggered.connect(lambda _=False, n=name: self.set_theme(n))
        ui.actionTextLarger.triggered.connect(lambda: self.step(1))
        ui.actionTextSmaller.triggered.connect(lambda: self.step(-1))
        ui.actionTextNormal.triggered.connect(lambda: self.set_text_size(100))
        self.apply()

    @property
    def theme(self) -> str:
        return preferences.read(self.settings, "view/theme")

    @property
    def text_size(self) -> int:
        return preferences.read(self.settings, "view/text_size")

    def apply(self) -> None:
        name = self.theme
        self.themes[name].setChecked(True)
        if name != "system" or QApplication.instance().property("themed") != "system":
            theme.apply(
                QApplication.instance(), {"system": None, "light": False, "dark": True}[name]
            )
            QApplication.instance().setProperty("themed", name)
        fit.set_text_size(self._base * self.text_size / 100)

    def set_theme(self, name: str) -> None:
        preferences.write(self.settings, "view/theme", name)
        self.apply()

    def set_text_size(self, percent: int) -> None:
        preferences.write(self.settings, "view/text_size", percent)
        self.apply()
        self.window.report(f"Text size {percent}%")

    def step(self, direction: int) -> None:
        now = self.text_size
        if direction > 0:
            bigger = [s for s in STEPS if s > now]
            self.set_text_size(bigger[0] if bigger else STEPS[-1])
        else:
            smaller = [s for s in STEPS if s < now]
            self.set_text_size(smaller[-1] if smaller else STEPS[0])
