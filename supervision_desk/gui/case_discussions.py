"""Cases discussed in a session: the decision, its rationale and who decided, marked for the
child's own file (SCIE Guide 50), copied out as plain text and marked once copied."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QWidget,
)

from ..core import casefile, clock, labels, repos, sessions
from ..core.errors import DeskError, ValidationError
from ..core.vault import Vault
from . import a11y, clipboard_hints, messages
from .case_dialog import CaseDialog
from .fit import FittedDialog, sized_by_text
from .forms.ui_case_discussion_dialog import Ui_CaseDiscussionDialog
from .models import Column, RecordModel, chosen_who, current_id, fill_who, select_id
from .pages import plain_text_labels
from .spelling_ui import note_tools


class CaseDiscussionDialog(FittedDialog):
    def __init__(
        self,
        vault: Vault,
        session: dict[str, Any],
        discussion: dict[str, Any] | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.ui = Ui_CaseDiscussionDialog()
        self.ui.setupUi(self)
        plain_text_labels(self)
        a11y.name_typing_fields(self)
        note_tools(self)  # lists, emphasis and spelling in its note fields
        self.vault, self.session = vault, session
        self.discussion = dict(discussion or {})
        self.people = [p for p in (session["person"], *session["attendees"]) if p]
        self._fill_cases(discussion["case"] if discussion else None)
        fill_who(self.ui.byCombo, discussion["decided_by"] if discussion else None)
        if discussion:
            self.ui.discussionEdit.setPlainText(discussion["discussion"])
            self.ui.decisionEdit.setPlainText(discussion["decision"])
            self.ui.rationaleEdit.setPlainText(discussion["rationale"])
            self.ui.forFileCheck.setChecked(discussion["for_case_file"])
        self._typed = self._text()
        self.ui.newCaseButton.clicked.connect(lambda: self.new_case())
        self.ui.newCaseButton.setEnabled(bool(self.people))
        self.case_dialog: CaseDialog | None = None
        self.ui.buttonBox.accepted.connect(self._save)
        self.ui.buttonBox.rejected.connect(self.reject)

    def _fill_cases(self, chosen: str | None) -> None:
        combo, session = self.ui.caseCombo, self.session
        combo.clear()
        for case in repos.select(self.vault, "cases", order="reference"):
            if case["person"] in self.people and (
                not case["closed"] or case["closed"] >= session["date"] or case["id"] == chosen
            ):
                combo.addItem(case["reference"], case["id"])
        if chosen is not None:
            combo.setCurrentIndex(combo.findData(chosen))
        a11y.say(
            self.ui.message,
            ""
            if combo.count()
            else "No open case for this session's people yet: choose New case… to allocate one.",
        )

    def new_case(self) -> CaseDialog:
        """Allocate a case here, so a new team need not leave what it is typing."""
        self.case_dialog = CaseDialog(self.vault, None, self, people=self.people)
        self.case_dialog.accepted.connect(
            lambda: self._fill_cases(self.case_dialog.case["id"] if self.case_dialog.case else None)
        )
        self.case_dialog.open()
        return self.case_dialog

    def _text(self) -> tuple[str, ...]:
        return (
            self.ui.discussionEdit.toPlainText(),
            self.ui.decisionEdit.toPlainText(),
            self.ui.rationaleEdit.toPlainText(),
        )

    def reject(self) -> None:
        if messages.may_discard(self, self._text() != self._typed):
            super().reject()

    def _save(self) -> None:
        if self.ui.caseCombo.currentData() is None:
            a11y.say(
                self.ui.message,
                "Choose the case this was about, or allocate one with New case…; "
                "what you typed stays here.",
                error=True,
            )
            self.ui.newCaseButton.setFocus()
            return
        record = {
            **self.discussion,
            "session": self.session["id"],
            "case": self.ui.caseCombo.currentData(),
            "discussion": self.ui.discussionEdit.toPlainText().strip(),
            "decision": self.ui.decisionEdit.toPlainText().strip(),
            "rationale": self.ui.rationaleEdit.toPlainText().strip(),
            "decided_by": chosen_who(self.ui.byCombo) or "supervisor",
            "for_case_file": self.ui.forFileCheck.isChecked(),
        }
        try:
            self.discussion = repos.save(self.vault, "case_discussions", record)
        except DeskError as exc:
            a11y.say(self.ui.message, labels.message(exc), error=True)
            return
        self.accept()


def _layout_holding(root: QWidget, widget: QWidget):
    """The layout a widget sits in (the form's button row, a wrapping row once the editor
    has made it one), found from the top."""
    from PySide6.QtWidgets import QLayout

    for layout in root.findChildren(QLayout):
        if layout.indexOf(widget) >= 0:
            return layout
    return None


class CaseDiscussions:
    """The session editor's "Cases discussed" box: a model, its buttons and their commands."""

    def __init__(self, editor) -> None:
        self.editor = editor
        ui = editor.ui
        self.references: dict[str, str] = {}
        self.model = RecordModel(
            [
                Column("Case", lambda d: self.references.get(d["case"], "")),
                Column("Decision", lambda d: (d["decision"] or "—").splitlines()[0][:80]),
                Column("For the child's file", lambda d: "Yes" if d["for_case_file"] else "No"),
                Column(
                    "Copied",
                    lambda d: (
                        (labels.short_date(d["recorded_on_file"]) or "waiting")
                        if d["for_case_file"]
                        else "—"
                    ),
                ),
            ],
            parent=editor,
        )
        table = ui.casesTable
        table.setModel(self.model)
        table.verticalHeader().hide()
        table.setSelectionMode(QAbstractItemView.SingleSelection)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.Stretch)
        sized_by_text(table, lambda: table.setMaximumHeight(table.fontMetrics().lineSpacing() * 8))
        ui.addCaseButton.clicked.connect(lambda: self.open_dialog(None))
        ui.editCaseButton.clicked.connect(lambda: self.edit())
        ui.copyCaseButton.clicked.connect(lambda: self.copy())
        ui.markCopiedButton.clicked.connect(lambda: self.mark_copied())
        # The case's whole extract for the child's record, beside the copy buttons.
        self.extractButton = QPushButton("Extract for the child's record…", editor)
        self.extractButton.setToolTip(
            "Every decision about this case as management-oversight entries, as a PDF"
        )
        self.extractButton.clicked.connect(lambda: self.export_extract())
        row = _layout_holding(editor, ui.markCopiedButton)
        if row is not None:
            row.insertWidget(row.indexOf(ui.markCopiedButton) + 1, self.extractButton)
        table.activated.connect(lambda _: self.edit())
        self.dialog: CaseDiscussionDialog | None = None

    def fill(self) -> None:
        editor = self.editor
        if editor.vault is None or editor.session is None:
            self.model.clear()
            editor.ui.waitingLabel.clear()
            return
        vault, session = editor.vault, editor.session
        self.references = sessions.case_references(vault, session["id"])
        self.model.set_records(
            repos.select(vault, "case_discussions", "session = ?", (session["id"],))
        )
        people = {session["person"], *session["attendees"]} - {None}
        waiting = [d for p in people for d in casefile.waiting(vault, p)]
        editor.ui.waitingLabel.setText(
            f"{labels.count(len(waiting), 'decision')} from these sessions still to be copied "
            "to the child's file."
            if waiting
            else ""
        )
        editor.ui.waitingLabel.setVisible(bool(waiting))

    def show(self, discussion_id: str) -> None:
        """Bring one discussion into view, chosen, with the keyboard on it (a search result:
        the find bar reads the notes, not this table)."""
        table = self.editor.ui.casesTable
        select_id(table, discussion_id)
        self.editor.ui.scroll.ensureWidgetVisible(table)
        table.setFocus()

    def set_editable(self, editable: bool) -> None:
        self.editor.ui.addCaseButton.setEnabled(editable)
        self.editor.ui.editCaseButton.setEnabled(editable)

    def open_dialog(self, discussion: dict | None) -> CaseDiscussionDialog:
        editor = self.editor
        editor.flush()
        self.dialog = CaseDiscussionDialog(editor.vault, editor.session, discussion, editor)
        self.dialog.accepted.connect(self._saved)
        self.dialog.open()
        return self.dialog

    def _saved(self) -> None:
        self.fill()
        self.editor.status.emit("Saved")

    def _current(self) -> dict | None:
        discussion_id = current_id(self.editor.ui.casesTable)
        return (
            repos.get(self.editor.vault, "case_discussions", discussion_id)
            if discussion_id
            else None
        )

    def edit(self) -> CaseDiscussionDialog | None:
        current = self._current()
        if current is None or not self.editor.ui.editCaseButton.isEnabled():
            return None
        return self.open_dialog(current)

    def copy(self) -> str:
        """The chosen decision as plain text on the clipboard, to paste into the case system."""
        current = self._current()
        if current is None:
            self.editor.status.emit("Choose a case in the list first")
            return ""
        decision = casefile.one(self.editor.vault, current["id"])
        text = casefile.as_text([decision], self.references.get(current["case"], ""))
        QGuiApplication.clipboard().setMimeData(clipboard_hints.marked(text=text))
        self.editor.status.emit("Copied for the case file (cleared from the clipboard in 30 s)")
        if not current["recorded_on_file"] and not self.editor.vault.read_only:
            self._ask_mark([decision])
        return text

    def _ask_mark(self, decisions: list) -> None:
        """Once pasted into the child's file, the entry is marked so it is not filed twice."""
        box = QMessageBox(
            QMessageBox.Question,
            "Copied to the child's file?",
            "Mark this decision as copied to the child's file today? The extract then shows "
            "the date, and leaves it out when only new decisions are asked for.",
            QMessageBox.Yes | QMessageBox.No,
            self.editor,
        )
        box.setDefaultButton(QMessageBox.No)

        def answered(button: int) -> None:
            if button == QMessageBox.Yes:
                casefile.mark_all_copied(self.editor.vault, decisions)
                self.fill()
                self.editor.status.emit("Marked as copied to the child's file")

        box.finished.connect(answered)
        self.ask_box = box
        box.open()

    def export_extract(self):
        """The whole case's extract for the child's record, from the chosen discussion."""
        current = self._current()
        if current is None:
            self.editor.status.emit("Choose a case in the list first")
            return None
        from .export_dialog import ExportDialog

        self.editor.flush()
        self.export_dialog = ExportDialog(
            self.editor.vault,
            choice="case",
            case_reference=self.references.get(current["case"]),
            parent=self.editor,
        )
        self.export_dialog.finished.connect(lambda _: self.fill())
        self.export_dialog.open()
        return self.export_dialog

    def mark_copied(self) -> None:
        current = self._current()
        if current is None:
            return
        try:
            casefile.mark_copied(self.editor.vault, current["id"], clock.today())
        except ValidationError as exc:
            self.editor.status.emit(labels.message(exc))
            return
        self.fill()
        self.editor.status.emit("Marked as copied to the child's file")
