"""Full-text search across sessions, journal and actions, with the found words highlighted."""

from __future__ import annotations

import html

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QListWidgetItem, QWidget

from ..core import search
from ..core.vault import Vault
from .forms.ui_search_page import Ui_SearchPage

KIND_NAMES = {"sessions": "Session", "journal": "Journal", "actions": "Action"}


def snippet_html(snippet: str) -> str:
    """Escape the user's text, then turn the hit marks into bold."""
    escaped = html.escape(snippet)
    return escaped.replace(search.HIT_START, "<b>").replace(search.HIT_END, "</b>")


class SearchPage(QWidget):
    open_hit = Signal(object)  # a search.Hit

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_SearchPage()
        self.ui.setupUi(self)
        self.vault: Vault | None = None
        self.hits: list[search.Hit] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.run)
        self.ui.queryEdit.textChanged.connect(lambda _: self._timer.start())
        self.ui.queryEdit.returnPressed.connect(self.run)
        self.ui.results.itemActivated.connect(self._activate)

    def set_vault(self, vault: Vault | None) -> None:
        self.vault = vault

    def run(self) -> None:
        self._timer.stop()
        self.ui.results.clear()
        query = self.ui.queryEdit.text()
        self.hits = search.run(self.vault.conn, query) if self.vault and query.strip() else []
        for hit in self.hits:
            field = hit.field.replace("_", " ")
            head = f"{KIND_NAMES[hit.kind]} · {hit.date} · {html.escape(hit.title)} · {field}"
            label = QLabel(f"<div><small>{head}</small><br>{snippet_html(hit.snippet)}</div>")
            label.setWordWrap(True)
            label.setTextFormat(Qt.RichText)
            label.setContentsMargins(6, 4, 6, 4)
            item = QListWidgetItem()
            item.setData(Qt.UserRole, hit)
            item.setData(Qt.AccessibleTextRole, search.plain(hit.snippet))
            item.setSizeHint(QSize(0, label.sizeHint().height() + 8))
            self.ui.results.addItem(item)
            self.ui.results.setItemWidget(item, label)
        if query.strip():
            count = len(self.hits)
            self.ui.summary.setText(
                f"{count} result{'s' if count != 1 else ''}" if count else "Nothing found."
            )
        else:
            self.ui.summary.clear()

    def _activate(self, item: QListWidgetItem) -> None:
        self.open_hit.emit(item.data(Qt.UserRole))

    def focus_query(self) -> None:
        self.ui.queryEdit.setFocus()
        self.ui.queryEdit.selectAll()

    def clear(self) -> None:
        self.vault = None
        self.hits = []
        self.ui.results.clear()
        self.ui.queryEdit.blockSignals(True)
        self.ui.queryEdit.clear()
        self.ui.queryEdit.blockSignals(False)
        self.ui.summary.clear()
