"""The actions agreed in one session, as typed: an editable model whose rows keep their record
id, so saving updates the record a row came from (never the one at the same position), and
whose cells keep what was typed even when it cannot be saved yet, marked with the reason."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFontMetrics
from PySide6.QtWidgets import QComboBox, QWidget

from ..core import drafts, labels, sessions
from ..core.errors import ValidationError
from ..core.records import ACTION_STATUSES
from ..core.vault import Vault
from .a11y import TabLeavesDelegate
from .models import ID_ROLE

COLUMNS = (("text", "Action"), ("owner", "Owner"), ("due", "Due"), ("status", "Status"))
ERROR_TINT = QColor(192, 57, 43, 60)
WIDEST_DATE = "25 Nov 2026"  # the longest a picked date is written


@dataclass
class ActionRow:
    id: str | None = None
    text: str = ""
    owner: str = "supervisee"
    due: str = ""
    status: str = "open"
    errors: dict[str, str] = field(default_factory=dict)
    dirty: bool = False  # typed into since it was last saved

    def blank(self) -> bool:
        return not self.id and not self.text.strip() and not self.due.strip()

    def typed(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in ("id", "text", "owner", "due", "status")}


def draft_scope(session_id: str) -> str:
    return f"actions:{session_id}"


class ActionsModel(QAbstractTableModel):
    edited = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.rows: list[ActionRow] = []
        self._had_draft = False

    # -- loading and saving ------------------------------------------------------------------

    def load(self, vault: Vault, session_id: str) -> None:
        """The session's actions, with any typed rows that could not be saved put back."""
        rows = [
            ActionRow(a["id"], a["text"], a["owner"], a["due"] or "", a["status"])
            for a in sessions.actions_of(vault, session_id)
        ]
        by_id = {r.id: r for r in rows}
        for typed in drafts.load(vault, draft_scope(session_id)):
            text = {k: str(typed.get(k) or "") for k in ("text", "owner", "due", "status")}
            row = ActionRow(typed.get("id") or None, **text, dirty=True)
            row.status = row.status if row.status in ACTION_STATUSES else "open"
            errors = typed.get("errors")
            if isinstance(errors, dict) and all(isinstance(v, str) for v in errors.values()):
                row.errors = {k: v for k, v in errors.items() if k in dict(COLUMNS)}
            row.errors = row.errors or {"text": "Not saved yet: check this row"}
            if row.id in by_id:
                rows[rows.index(by_id[row.id])] = row
            else:
                rows.append(row)
        self.beginResetModel()
        self.rows = rows
        self._had_draft = any(r.dirty for r in rows)
        self.endResetModel()

    def save(self, vault: Vault, session_id: str) -> list[str]:
        """Save every row that can be saved; mark and keep as a draft those that cannot.
        Returns the problems in words, one per row at fault."""
        problems, kept = [], []
        for number, row in enumerate(self.rows, start=1):
            if row.blank() or not (row.dirty or row.errors):
                continue  # only what was typed into since the last save is written
            try:
                stored = sessions.save_action(vault, session_id, row.typed())
            except ValidationError as exc:
                key = exc.path.rsplit(".", 1)[-1]
                row.errors = {key if key in dict(COLUMNS) else "text": labels.message(exc)}
                problems.append(f"Action {number}: {labels.message(exc)}")
                kept.append({**row.typed(), "errors": row.errors})
            else:
                row.id, row.errors, row.dirty = stored["id"], {}, False
                row.due = stored["due"] or ""
        if kept or self._had_draft:
            drafts.keep(vault, draft_scope(session_id), kept)
        self._had_draft = bool(kept)
        if self.rows:  # marks may have changed; with no rows there is no range to name
            last = self.index(len(self.rows) - 1, len(COLUMNS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)
        return problems

    def problems(self) -> list[str]:
        return [
            f"Action {n}: {message}"
            for n, row in enumerate(self.rows, start=1)
            for message in row.errors.values()
        ]

    def add(self, text: str = "", owner: str = "supervisee", due: str = "") -> int:
        row = len(self.rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self.rows.append(ActionRow(text=text, owner=owner, due=due, dirty=True))
        self.endInsertRows()
        return row

    def remove(self, row: int) -> ActionRow:
        self.beginRemoveRows(QModelIndex(), row, row)
        removed = self.rows.pop(row)
        self.endRemoveRows()
        return removed

    def clear(self) -> None:
        self.beginResetModel()
        self.rows = []
        self._had_draft = False
        self.endResetModel()

    # -- Qt's interface ------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole):
        if role == Qt.DisplayRole and orientation == Qt.Horizontal:
            return COLUMNS[section][1]
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags  # the table itself, not a cell: nothing to edit
        return super().flags(index) | Qt.ItemIsEditable

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, key = self.rows[index.row()], COLUMNS[index.column()][0]
        value = getattr(row, key)
        if role == Qt.DisplayRole:
            if key == "status":
                return labels.ACTION_STATUS[value]
            if key == "owner":
                return labels.owner(value)
            if key == "due":
                return labels.typed_date(value)  # 25 Nov 2026 once saved; as typed before
            return value
        if role == Qt.EditRole:
            return value
        if role == ID_ROLE:
            return row.id
        if role == Qt.ToolTipRole and key in row.errors:
            return row.errors[key]
        if role == Qt.BackgroundRole and key in row.errors:
            return QBrush(ERROR_TINT)
        if role == Qt.AccessibleDescriptionRole and key in row.errors:
            return row.errors[key]
        return None

    def setData(self, index: QModelIndex, value: Any, role: int = Qt.EditRole) -> bool:
        if not index.isValid() or role != Qt.EditRole:
            return False
        row, key = self.rows[index.row()], COLUMNS[index.column()][0]
        value = "" if value is None else str(value)
        if key == "status" and value not in ACTION_STATUSES:
            return False
        if getattr(row, key) == value:
            return False
        setattr(row, key, value)
        row.dirty = True
        self.dataChanged.emit(index, index)
        self.edited.emit()
        return True


class StatusDelegate(TabLeavesDelegate):
    """A list of the three statuses, in words, for the Status column."""

    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:
        combo = QComboBox(parent)
        combo.setAccessibleName("Action status")
        for status in ACTION_STATUSES:
            combo.addItem(labels.ACTION_STATUS[status], status)
        combo.activated.connect(lambda _: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QComboBox, index: QModelIndex) -> None:
        editor.setCurrentIndex(max(editor.findData(index.data(Qt.EditRole)), 0))

    def setModelData(self, editor: QComboBox, model, index: QModelIndex) -> None:
        model.setData(index, editor.currentData(), Qt.EditRole)


class OwnerDelegate(TabLeavesDelegate):
    """Who owns an action, in words: the two parties to choose from, or a name typed in
    (another colleague). The stored word for a party never shows."""

    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:
        combo = QComboBox(parent)
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.NoInsert)
        combo.setAccessibleName("Action owner")
        for owner, words in labels.RAISED_BY.items():
            combo.addItem(words, owner)
        combo.activated.connect(lambda _: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QComboBox, index: QModelIndex) -> None:
        found = editor.findData(index.data(Qt.EditRole))
        if found >= 0:
            editor.setCurrentIndex(found)
        else:
            editor.setEditText(str(index.data(Qt.EditRole) or ""))

    def setModelData(self, editor: QComboBox, model, index: QModelIndex) -> None:
        typed = editor.currentText().strip()
        found = editor.findText(typed, Qt.MatchFixedString)  # "supervisor" is the Supervisor
        model.setData(index, editor.itemData(found) if found >= 0 else typed, Qt.EditRole)


class DueDelegate(TabLeavesDelegate):
    """The due date typed as a person writes it (3/8/2026, 3 Aug 2026, 2026-08-03) or picked
    from a calendar (the button in the field, or Alt+Down)."""

    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:
        from .date_field import DateField

        field = DateField(parent)
        field.picked.connect(lambda: self.commitData.emit(field))
        return field

    def sizeHint(self, option, index: QModelIndex) -> QSize:
        """Room for a date as long as "25 Nov 2026" and the calendar button beside it, in
        the table's text size (the column sizes itself to its contents)."""
        hint = super().sizeHint(option, index)
        metrics = QFontMetrics(option.font)
        # The editor's frame and margins, then the button: an icon about a line high with
        # its own margins on either side.
        width = metrics.horizontalAdvance(WIDEST_DATE) + metrics.height() * 3 + 12
        return QSize(max(hint.width(), width), hint.height())

    def setEditorData(self, editor, index: QModelIndex) -> None:
        editor.setText(labels.typed_date(str(index.data(Qt.EditRole) or "")))

    def setModelData(self, editor, model, index: QModelIndex) -> None:
        # The field shows a saved date the UK way: left as shown, the stored date stands.
        if editor.text() != labels.typed_date(str(index.data(Qt.EditRole) or "")):
            model.setData(index, editor.text(), Qt.EditRole)
