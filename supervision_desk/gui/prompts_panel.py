"""Finding a prompt in a few seconds: the panel beside the editors, the Prompts page with the
framework and the user's own prompts, and the dialog for writing one."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QFileDialog,
    QLabel,
    QListWidgetItem,
    QWidget,
)

from .. import paths
from ..core import labels, prompts, repos
from ..core.errors import DeskError
from ..core.framework import BY_KEY, CAPACITIES, SOURCE
from ..core.records import PROMPT_ROLES
from ..core.shown import shown as shown_path
from ..core.vault import Vault
from . import a11y, messages
from .fit import FittedDialog, sized_by_text
from .flow import wrap_row
from .forms.ui_custom_prompt_dialog import Ui_CustomPromptDialog
from .forms.ui_prompts_page import Ui_PromptsPage
from .forms.ui_prompts_panel import Ui_PromptsPanel
from .models import plain_tip
from .pages import Page, plain_text_labels, show_writing

ROLE_LABELS = labels.PROMPT_ROLE


class PromptsPanel(QWidget):
    """Filter by capacity, role and scenario, search, and insert. Emits the chosen prompt."""

    insert_requested = Signal(object)  # prompts.Prompt

    def __init__(self, parent: QWidget | None = None, *, compact: bool = True):
        super().__init__(parent)
        self.ui = Ui_PromptsPanel()
        self.ui.setupUi(self)
        plain_text_labels(self)
        self.vault: Vault | None = None
        self.shown: list[prompts.Prompt] = []
        ui = self.ui
        ui.capacityCombo.addItem("Any capacity", None)
        for capacity in CAPACITIES:
            ui.capacityCombo.addItem(capacity.title, capacity.key)
        ui.roleCombo.addItem("Anyone", None)
        for role in PROMPT_ROLES:
            ui.roleCombo.addItem(ROLE_LABELS[role], role)
        ui.cardCombo.addItem("Every scenario", None)
        for card in prompts.library():
            ui.cardCombo.addItem(card.title, card.id)
        ui.cardCombo.addItem("My own prompts", prompts.CUSTOM_CARD)
        for combo in (ui.asksCombo, ui.answersCombo):
            combo.addItem("Anyone", None)
            for party in prompts.PARTIES:
                combo.addItem(labels.PARTY[party], party)
        for combo in (ui.capacityCombo, ui.roleCombo, ui.cardCombo, ui.asksCombo, ui.answersCombo):
            # A long scenario title must not make the panel (and the page) wider than the
            # window at a large text size: the box takes its width from the page, and its
            # list shows the whole title.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)
        ui.filters.setRowWrapPolicy(ui.filters.RowWrapPolicy.WrapAllRows)  # a narrow side panel
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.refresh)
        ui.searchEdit.textChanged.connect(lambda _: self._timer.start())
        for combo in (
            ui.capacityCombo,
            ui.roleCombo,
            ui.cardCombo,
            ui.asksCombo,
            ui.answersCombo,
        ):
            combo.currentIndexChanged.connect(lambda _: self.refresh())
        ui.promptList.currentItemChanged.connect(lambda *_: self._show_card())
        ui.promptList.itemActivated.connect(lambda _: self._insert())
        ui.insertButton.clicked.connect(self._insert)
        ui.insertButton.setVisible(compact)
        self._compact, self.read_only = compact, False
        self._stale = True  # filled when first shown: start-up does not pay for it
        # The list keeps a few prompts in view however little height the filters leave.
        self.list_lines = 3 if compact else 10
        sized_by_text(self, self._size_list)

    def _size_list(self) -> None:
        line = self.ui.promptList.fontMetrics().lineSpacing()
        self.ui.promptList.setMinimumHeight(line * self.list_lines)

    def set_list_lines(self, lines: int) -> None:
        """Keep at least ``lines`` lines of prompts in view (the page scrolls instead)."""
        self.list_lines = lines
        self._size_list()

    def showEvent(self, event) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def without_letters(self) -> None:
        """No Alt+letter of its own: beside a session record, whose fields and buttons take
        every letter the menus leave (each its own), the panel is reached with Tab."""
        for widget in (*self.findChildren(QLabel), *self.findChildren(QAbstractButton)):
            widget.setText(widget.text().replace("&&", "\0").replace("&", "").replace("\0", "&&"))

    def set_read_only(self, read_only: bool) -> None:
        """Prompts can still be read in a read-only vault; none is put into a record."""
        self.read_only = read_only
        self.ui.insertButton.setVisible(self._compact and not read_only)

    def set_vault(self, vault: Vault | None) -> None:
        self.vault = vault
        self._stale = True
        if self.isVisible():
            self.refresh()

    def set_filters(
        self,
        *,
        capacity: str | None = None,
        role: str | None = None,
        card: str | None = None,
        words: str = "",
        asks: str | None = None,
        answers: str | None = None,
    ) -> None:
        ui = self.ui
        for combo, value in (
            (ui.capacityCombo, capacity),
            (ui.roleCombo, role),
            (ui.cardCombo, card),
            (ui.asksCombo, asks),
            (ui.answersCombo, answers),
        ):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(value), 0))
            combo.blockSignals(False)
        ui.searchEdit.blockSignals(True)
        ui.searchEdit.setText(words)
        ui.searchEdit.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        self._stale = False
        ui = self.ui
        keep = self.current().id if self.current() else None
        self.shown = prompts.find(
            prompts.all_prompts(self.vault if self.vault and self.vault.is_open else None),
            capacity=ui.capacityCombo.currentData(),
            role=ui.roleCombo.currentData(),
            card=ui.cardCombo.currentData(),
            words=ui.searchEdit.text(),
            asks=ui.asksCombo.currentData(),
            answers=ui.answersCombo.currentData(),
        )
        ui.promptList.blockSignals(True)
        ui.promptList.clear()
        for prompt in self.shown:
            item = QListWidgetItem(prompt.text)
            item.setData(Qt.UserRole, prompt)
            who = ""
            if prompt.asks and prompt.answers:
                who = (
                    f" · asked by {labels.PARTY[prompt.asks].lower()}, "
                    f"answered by {labels.PARTY[prompt.answers].lower()}"
                )
            item.setToolTip(plain_tip(f"{BY_KEY[prompt.capacity].title}{who} · {prompt.id}"))
            ui.promptList.addItem(item)
            if prompt.id == keep:
                ui.promptList.setCurrentItem(item)
        ui.promptList.blockSignals(False)
        count = len(self.shown)
        ui.countLabel.setText(f"{count} prompt{'s' if count != 1 else ''}")
        ui.insertButton.setEnabled(bool(count))
        self._show_card()

    def current(self) -> prompts.Prompt | None:
        item = self.ui.promptList.currentItem()
        return item.data(Qt.UserRole) if item else None

    def _show_card(self) -> None:
        prompt = self.current()
        if prompt is None:
            a11y.show_text(self.ui.cardInfo, "")
            return
        card = next((c for c in prompts.library() if c.id == prompt.card), None)
        capacity = BY_KEY[prompt.capacity].title
        a11y.show_text(
            self.ui.cardInfo,
            f"{capacity} · {card.title}" if card else f"{capacity} · one of my own prompts",
        )

    def _insert(self) -> None:
        if self.read_only:
            return
        prompt = self.current()
        if prompt is not None:
            self.insert_requested.emit(prompt)


class CustomPromptDialog(FittedDialog):
    def __init__(self, vault: Vault, record: dict | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_CustomPromptDialog()
        self.ui.setupUi(self)
        plain_text_labels(self)
        self.vault, self.record = vault, record
        # A prompt belongs to no person: typing kept at a lock names none.
        self.setProperty("about", "" if record else "new")
        for capacity in CAPACITIES:
            self.ui.capacityCombo.addItem(capacity.title, capacity.key)
        self.ui.capacityCombo.setCurrentIndex(self.ui.capacityCombo.findData("attunement"))
        self.boxes = {
            "practitioner": self.ui.practitionerCheck,
            "first_line_manager": self.ui.managerCheck,
            "senior_manager": self.ui.seniorCheck,
            "strategic_leader": self.ui.leaderCheck,
        }
        assert tuple(self.boxes) == PROMPT_ROLES  # a new role needs its box on the form
        for role, box in self.boxes.items():
            box.setText(labels.PROMPT_ROLE[role])
        if record:
            self.ui.capacityCombo.setCurrentIndex(
                self.ui.capacityCombo.findData(record["capacity"])
            )
            self.ui.textEdit.setPlainText(record["text"])
            for role, box in self.boxes.items():
                # No roles stored means the prompt is for everyone.
                box.setChecked(role in record["roles"] or not record["roles"])
        self.ui.buttonBox.accepted.connect(self._save)
        self.ui.buttonBox.rejected.connect(self.reject)

    def _save(self) -> None:
        text = self.ui.textEdit.toPlainText().strip()
        if not text:
            a11y.say(self.ui.message, "Write the prompt.", error=True)
            return
        roles = [role for role, box in self.boxes.items() if box.isChecked()]
        if not roles:
            a11y.say(self.ui.message, "Tick who the prompt is for.", error=True)
            return
        if len(roles) == len(PROMPT_ROLES):
            roles = []  # everyone
        try:
            self.record = prompts.save_custom(
                self.vault,
                self.ui.capacityCombo.currentData(),
                text,
                roles,
                self.record["id"] if self.record else None,
            )
        except DeskError as exc:
            a11y.say(self.ui.message, str(exc), error=True)
            return
        self.accept()


def framework_html() -> str:
    rows = "".join(
        f"<h3>{c.title} <small>({c.level})</small></h3><p>{html.escape(c.definition)}</p>"
        for c in CAPACITIES
    )
    return f"{rows}<p><i>Definitions in our own words; source: {html.escape(SOURCE)}.</i></p>"


def card_html(card: prompts.Card) -> str:
    roles = ", ".join(ROLE_LABELS[r].lower() for r in card.roles)
    return (
        f"<h2>{html.escape(card.title)}</h2><p>{html.escape(card.scenario)}</p>"
        f"<p><b>For:</b> {roles}<br><b>It can stir:</b> {html.escape(', '.join(card.feelings))}"
        f"</p><p><i>Told in our own words, after {html.escape(card.source)}.</i></p>"
    )


class PromptsPage(Page):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_PromptsPage()
        self.ui.setupUi(self)
        plain_text_labels(self)
        self.vault: Vault | None = None
        self.panel = PromptsPanel(compact=False)
        self.ui.panelLayout.addWidget(self.panel)
        self.ui.customButtons = wrap_row(self.ui.customButtons)  # wraps when narrow
        self.ui.browser.setHtml(framework_html())
        self.panel.ui.promptList.currentItemChanged.connect(lambda *_: self._describe())
        # Buttons send clicked(checked); these commands take no arguments from them (a
        # checked=False arriving as ``path`` or ``confirm`` broke import and skipped a question).
        self.ui.addButton.clicked.connect(lambda: self.add())
        self.ui.editButton.clicked.connect(lambda: self.edit())
        self.ui.removeButton.clicked.connect(lambda: self.remove())
        self.ui.importButton.clicked.connect(lambda: self.import_pack())
        self.ui.exportButton.clicked.connect(lambda: self.export_pack())
        self.dialog: CustomPromptDialog | None = None

    def set_vault(self, vault: Vault | None) -> None:
        self.vault = vault
        self.panel.set_vault(vault)
        if vault is None:
            a11y.say(self.ui.message, "")
        for button in (
            self.ui.addButton,
            self.ui.editButton,
            self.ui.removeButton,
            self.ui.importButton,
            self.ui.exportButton,
        ):
            button.setEnabled(vault is not None)

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        ui = self.ui
        show_writing([ui.addButton, ui.editButton, ui.removeButton, ui.importButton], read_only)

    def _describe(self) -> None:
        prompt = self.panel.current()
        card = next((c for c in prompts.library() if prompt and c.id == prompt.card), None)
        self.ui.browser.setHtml(card_html(card) if card else framework_html())

    def _custom_selected(self) -> dict | None:
        prompt = self.panel.current()
        if prompt is None or not prompt.custom:
            a11y.say(
                self.ui.message,
                "Choose one of your own prompts first (Scenario: My own prompts).",
                error=True,
            )
            return None
        return repos.get(self.vault, "custom_prompts", prompt.id)

    def add(self) -> CustomPromptDialog:
        self.dialog = CustomPromptDialog(self.vault, None, self)
        self.dialog.accepted.connect(self._saved)
        self.dialog.open()
        return self.dialog

    def edit(self) -> CustomPromptDialog | None:
        record = self._custom_selected()
        if record is None:
            return None
        self.dialog = CustomPromptDialog(self.vault, record, self)
        self.dialog.accepted.connect(self._saved)
        self.dialog.open()
        return self.dialog

    def _saved(self) -> None:
        self.panel.set_filters(card=prompts.CUSTOM_CARD)
        a11y.say(self.ui.message, "Saved in the vault.")

    def remove(self, confirm: bool = True) -> None:
        record = self._custom_selected()
        if record is None:
            return
        if confirm and not messages.ask(
            self, "Remove prompt", f"Remove your prompt “{record['text']}”?", "Remove prompt"
        ):
            return
        repos.delete(self.vault, "custom_prompts", record["id"])
        self.panel.refresh()
        a11y.say(self.ui.message, "Removed.")

    def import_pack(self, path: Path | None = None) -> None:
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self, "Import a prompt pack", str(paths.documents_dir()), "JSON (*.json)"
            )
            if not name:
                return
            path = Path(name)
        try:
            added = prompts.import_pack(self.vault, path)
        except DeskError as exc:
            a11y.say(self.ui.message, f"Not imported: {exc}", error=True)
            return
        self.panel.set_filters(card=prompts.CUSTOM_CARD)
        a11y.say(self.ui.message, f"Imported {added} prompt{'s' if added != 1 else ''}.")

    def export_pack(self, path: Path | None = None) -> None:
        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                self,
                "Export my prompts",
                str(paths.documents_dir() / "my-prompts.json"),
                "JSON (*.json)",
            )
            if not name:
                return
            path = Path(name)
        try:
            count = prompts.export_pack(self.vault, path)
        except (DeskError, OSError) as exc:
            a11y.say(self.ui.message, f"Not exported: {shown_path(str(exc))}", error=True)
            return
        a11y.say(self.ui.message, f"Exported {count} prompts to {shown_path(path)}.")
