"""A small chart of which capacities and functions recent sessions gave room to, with gentle
suggestions for what has been squeezed out."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ..core import labels, prompts
from ..core.balance import Balance
from ..core.records import FUNCTIONS, SESSION_CAPACITIES
from . import a11y, theme
from .fit import sized_by_text


class BalanceChart(QWidget):
    """Eight bars: the four capacities, then Morrison's four functions."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.balance: Balance | None = None
        # Eight rows of text and a gap: the rows are drawn in the height given, so it grows
        # with the text size (at 200% the names were drawn over one another).
        sized_by_text(
            self, lambda: self.setMinimumHeight(int(self.fontMetrics().lineSpacing() * 9.5))
        )
        self.setAccessibleName("Balance chart")

    def set_balance(self, found: Balance | None) -> None:
        self.balance = found
        self.setToolTip(self.describe())
        self.setAccessibleDescription(self.describe())
        self.update()

    def rows(self) -> list[tuple[str, int, QColor]]:
        if self.balance is None or not self.balance.sessions:
            return []  # no bars of "0 of 1": the chart says there are no sessions yet
        b = self.balance
        capacities = QColor(theme.chart_colour("capacities", self.palette()))
        functions = QColor(theme.chart_colour("functions", self.palette()))
        return [
            (labels.CAPACITY[c], b.capacity_sessions[c], capacities) for c in SESSION_CAPACITIES
        ] + [(labels.FUNCTION[f], b.function_sessions[f], functions) for f in FUNCTIONS]

    def describe(self) -> str:
        if not self.balance or not self.balance.sessions:
            return "No sessions yet."
        return "; ".join(f"{label}: {n} of {self.balance.sessions}" for label, n, _ in self.rows())

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        text = self.palette().color(QPalette.WindowText)
        track = self.palette().color(QPalette.AlternateBase)
        rows = self.rows()
        if not rows:
            painter.setPen(text)
            painter.drawText(self.rect(), Qt.AlignLeft | Qt.AlignTop, "No sessions yet.")
            return
        total = max(self.balance.sessions, 1)
        line = self.fontMetrics().lineSpacing()
        step = (self.height() - line * 0.4) / len(rows)  # rows share the height they are given
        label_w = self.fontMetrics().horizontalAdvance("Development") + line
        count_w = self.fontMetrics().horizontalAdvance("6 of 6") + line
        bar_w = max(10, self.width() - label_w - count_w)
        for i, (label, value, colour) in enumerate(rows):
            y = i * step + (line * 0.4 if i >= 4 else 0)
            bar = min(step * 0.6, line * 0.7)
            middle = y + step / 2
            painter.setPen(text)
            painter.drawText(
                QRectF(0, y, label_w - line / 2, step), Qt.AlignRight | Qt.AlignVCenter, label
            )
            painter.setPen(Qt.NoPen)
            painter.setBrush(track)
            painter.drawRoundedRect(QRectF(label_w, middle - bar / 2, bar_w, bar), 3, 3)
            if value:
                painter.setBrush(colour)
                painter.drawRoundedRect(
                    QRectF(label_w, middle - bar / 2, bar_w * value / total, bar), 3, 3
                )
            painter.setPen(text)
            painter.drawText(
                QRectF(label_w + bar_w + line / 3, y, count_w, step),
                Qt.AlignLeft | Qt.AlignVCenter,
                f"{value} of {total}",
            )


class BalanceView(QWidget):
    prompt_chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.chart = BalanceChart()
        self.note = QLabel()
        self.note.setTextFormat(Qt.PlainText)
        self.note.setWordWrap(True)
        self.note.setAccessibleName("What recent supervision has missed")
        self.suggested = QListWidget()
        self.suggested.setWordWrap(True)
        self.suggested.setAccessibleName("Suggested prompts")
        sized_by_text(self, self._size_in_lines)
        self.suggested.setToolTip(
            "Double-click a prompt (or press Enter) to add it to the latest session."
        )
        self.suggested.itemActivated.connect(
            lambda item: self.prompt_chosen.emit(item.data(Qt.UserRole))
        )
        for widget in (self.chart, self.note, self.suggested):
            layout.addWidget(widget)

    def _size_in_lines(self) -> None:
        line = self.fontMetrics().lineSpacing()
        self.suggested.setMinimumHeight(line * 4)  # never squeezed away on a small screen
        self.suggested.setMaximumHeight(line * 6)

    def show_balance(self, found: Balance | None, suggestions: list[prompts.Prompt]) -> None:
        self.chart.set_balance(found)
        self.suggested.clear()
        if found is None or not found.sessions:
            a11y.show_text(self.note, "")
            self.suggested.hide()
            return
        thin = found.neglected_capacities() + found.neglected_functions()
        span = "the last session" if found.sessions == 1 else f"the last {found.sessions} sessions"
        if thin:
            # Prompts are written for capacities; a squeezed function is named, not promised.
            offer = (
                " Some prompts that might open it up (double-click to add one to the latest "
                "session):"
                if suggestions
                else ""
            )
            a11y.show_text(self.note, f"In {span}, little room went to {', '.join(thin)}.{offer}")
        else:
            a11y.show_text(
                self.note,
                f"{span.capitalize()} gave room to every capacity and function.",
            )
        for prompt in suggestions:
            item = QListWidgetItem(f"{labels.CAPACITY[prompt.capacity]}: {prompt.text}")
            item.setData(Qt.UserRole, prompt)
            self.suggested.addItem(item)
        self.suggested.setVisible(bool(suggestions))
