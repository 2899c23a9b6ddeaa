"""People (supervisor mode) or My supervision (practitioner mode): who, their sessions, their
open actions and when supervision is next due."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QDialog, QListWidgetItem, QMessageBox, QWidget

from ..core import prompts, removal, repos, schedule, sessions
from ..core.balance import balance
from ..core.errors import DeskError
from ..core.records import ROLES, STANDARDS
from ..core.vault import Vault
from .balance_view import BalanceView
from .forms.ui_people_page import Ui_PeoplePage
from .forms.ui_person_dialog import Ui_PersonDialog
from .unlock import role_label

STANDARD_LABELS = {
    "lga_monthly": "LGA: at least monthly, 90 minutes",
    "lga_newly_qualified": "LGA newly qualified: weekly, then fortnightly, then monthly",
    "bacp_monthly": "BACP: at least 90 minutes a month",
}
KIND_LABELS = {
    "one_to_one": "One-to-one",
    "group": "Group",
    "ad_hoc": "Ad hoc",
    "reflective_group": "Reflective group",
}


def session_line(session: dict[str, Any]) -> str:
    first = next((session[k] for k in ("agenda", "attunement", "analysis") if session[k]), "")
    first = first.splitlines()[0][:70] if first else "(nothing written yet)"
    return (
        f"{session['date']}  ·  {KIND_LABELS[session['kind']]}, {session['minutes']} min"
        f"  ·  {first}"
    )


class PersonDialog(QDialog):
    def __init__(self, vault: Vault, person: dict[str, Any] | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_PersonDialog()
        self.ui.setupUi(self)
        self.vault = vault
        self.person = dict(person or {})
        self.setWindowTitle("Edit person" if person else "Add a person")
        for role in ROLES:
            self.ui.roleCombo.addItem(role_label(role), role)
        for key, text in STANDARD_LABELS.items():
            self.ui.standardCombo.addItem(text, key)
        self.ui.startDate.setDate(QDate.currentDate())
        if person:
            self.ui.nameEdit.setText(person["name"])
            self.ui.roleCombo.setCurrentIndex(ROLES.index(person["role"]))
            self.ui.fteSpin.setValue(person["fte"])
            if person["started_role"]:
                self.ui.startDate.setDate(QDate.fromString(person["started_role"], "yyyy-MM-dd"))
            self.ui.newlyQualified.setChecked(person["newly_qualified"])
            if person["supervision_standard"] in STANDARDS:
                index = list(STANDARD_LABELS).index(person["supervision_standard"])
                self.ui.standardCombo.setCurrentIndex(index)
            else:
                self.ui.standardCombo.addItem(
                    person["supervision_standard"], person["supervision_standard"]
                )
                self.ui.standardCombo.setCurrentIndex(self.ui.standardCombo.count() - 1)
        else:
            self.ui.roleCombo.setCurrentIndex(ROLES.index("social_worker"))
        self.ui.newlyQualified.toggled.connect(self._nq_toggled)
        self.ui.buttonBox.accepted.connect(self._save)
        self.ui.buttonBox.rejected.connect(self.reject)

    def _nq_toggled(self, on: bool) -> None:
        if on:
            self.ui.standardCombo.setCurrentIndex(
                list(STANDARD_LABELS).index("lga_newly_qualified")
            )

    def _save(self) -> None:
        record = {
            **self.person,
            "name": self.ui.nameEdit.text().strip(),
            "role": self.ui.roleCombo.currentData(),
            "fte": round(self.ui.fteSpin.value(), 2),
            "started_role": self.ui.startDate.date().toString("yyyy-MM-dd"),
            "newly_qualified": self.ui.newlyQualified.isChecked(),
            "supervision_standard": self.ui.standardCombo.currentData(),
        }
        try:
            self.person = repos.save(self.vault, "people", record)
        except DeskError as exc:
            self.ui.message.setText(
                str(exc).replace("people.name: must not be empty", "Enter a name or initials.")
            )
            return
        self.accept()


class PeoplePage(QWidget):
    open_session = Signal(str)  # session id
    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_PeoplePage()
        self.ui.setupUi(self)
        self.vault: Vault | None = None
        self.ui.peopleList.currentItemChanged.connect(lambda *_: self._show_person())
        self.ui.showArchived.toggled.connect(lambda _: self.refresh())
        self.ui.addPersonButton.clicked.connect(self.add_person)
        self.ui.editPersonButton.clicked.connect(self.edit_person)
        self.ui.archivePersonButton.clicked.connect(self.toggle_archive)
        self.ui.newSessionButton.clicked.connect(self.new_session)
        self.ui.openSessionButton.clicked.connect(self._open_selected)
        self.ui.sessionList.itemActivated.connect(lambda _: self._open_selected())
        self.ui.deleteSessionButton.clicked.connect(self.delete_session)
        self.ui.deletePersonButton.clicked.connect(self.delete_person)
        self.undo_stack: list[tuple[str, list[tuple[str, dict]]]] = []
        self.person_dialog: PersonDialog | None = None
        self.balance = BalanceView()
        self.ui.balanceLayout.addWidget(self.balance)
        line = self.fontMetrics().lineSpacing()
        self.ui.openActions.setMaximumHeight(line * 5)
        self.ui.sessionList.setMinimumHeight(line * 4)

    # -- data in and out ----------------------------------------------------------------

    def set_vault(self, vault: Vault | None) -> None:
        self.vault = vault
        practitioner = vault is not None and vault.mode == "practitioner"
        self.ui.peopleHeading.setText("My supervision" if practitioner else "People you supervise")
        self.refresh()

    def clear(self) -> None:
        self.vault = None
        self.undo_stack.clear()
        for widget in (self.ui.peopleList, self.ui.sessionList, self.ui.openActions):
            widget.clear()
        for label in (self.ui.personTitle, self.ui.personFacts, self.ui.nextDue):
            label.clear()
        self.balance.show_balance(None, [])

    def current_person(self) -> str | None:
        item = self.ui.peopleList.currentItem()
        return item.data(Qt.UserRole) if item else None

    def select_person(self, person_id: str | None) -> None:
        for row in range(self.ui.peopleList.count()):
            if self.ui.peopleList.item(row).data(Qt.UserRole) == person_id:
                self.ui.peopleList.setCurrentRow(row)
                return

    def refresh(self) -> None:
        if self.vault is None:
            return
        keep = self.current_person()
        people = sessions.people(self.vault, self.ui.showArchived.isChecked())
        self.ui.peopleList.blockSignals(True)
        self.ui.peopleList.clear()
        for person in people:
            label = person["name"] + ("  (archived)" if person["archived"] else "")
            item = QListWidgetItem(label)
            item.setData(Qt.UserRole, person["id"])
            self.ui.peopleList.addItem(item)
        self.ui.peopleList.blockSignals(False)
        if people:
            self.select_person(keep if keep else people[0]["id"])
            if self.ui.peopleList.currentRow() < 0:
                self.ui.peopleList.setCurrentRow(0)
        self._show_person()

    def _show_person(self) -> None:
        person_id = self.current_person()
        self.ui.sessionList.clear()
        self.ui.openActions.clear()
        has = person_id is not None and self.vault is not None
        for button in (
            self.ui.editPersonButton,
            self.ui.archivePersonButton,
            self.ui.newSessionButton,
            self.ui.openSessionButton,
            self.ui.deleteSessionButton,
        ):
            button.setEnabled(has)
        if not has:
            self.ui.personTitle.setText("Add the first person you supervise" if self.vault else "")
            self.ui.personFacts.clear()
            self.ui.nextDue.clear()
            self.balance.show_balance(None, [])
            return
        person = repos.get(self.vault, "people", person_id)
        history = sessions.for_person(self.vault, person_id)
        self.ui.personTitle.setText(person["name"])
        facts = [role_label(person["role"]), f"FTE {person['fte']:g}"]
        if person["started_role"]:
            facts.append(f"in role since {person['started_role']}")
        if person["newly_qualified"]:
            facts.append("newly qualified")
        self.ui.personFacts.setText(" · ".join(facts))
        due, rhythm = schedule.next_due(person, history)
        late = (dt.date.today() - due).days
        status = f" — overdue by {late} days" if late > 0 else ""
        self.ui.nextDue.setText(f"Next supervision due {due.isoformat()} ({rhythm}){status}")
        self.ui.archivePersonButton.setText("Un&archive" if person["archived"] else "Ar&chive")
        for session in history:
            item = QListWidgetItem(session_line(session))
            item.setData(Qt.UserRole, session["id"])
            self.ui.sessionList.addItem(item)
        if history:
            self.ui.sessionList.setCurrentRow(0)
        found = balance(history, last=6)
        role = "practitioner" if self.vault.mode == "practitioner" else "first_line_manager"
        self.balance.show_balance(found, prompts.suggestions(found, role, vault=self.vault))
        for action in sessions.open_actions_for_person(self.vault, person_id):
            due_text = f" (due {action['due']})" if action["due"] else ""
            self.ui.openActions.addItem(f"{action['text']} — {action['owner']}{due_text}")

    # -- commands ------------------------------------------------------------------------

    def add_person(self) -> PersonDialog:
        return self._open_dialog(None)

    def edit_person(self) -> PersonDialog | None:
        person_id = self.current_person()
        if not person_id:
            return None
        return self._open_dialog(repos.get(self.vault, "people", person_id))

    def _open_dialog(self, person: dict[str, Any] | None) -> PersonDialog:
        self.person_dialog = PersonDialog(self.vault, person, self)
        self.person_dialog.accepted.connect(self._person_saved)
        self.person_dialog.open()
        return self.person_dialog

    def _person_saved(self) -> None:
        self.refresh()
        self.select_person(self.person_dialog.person["id"])
        self.changed.emit()

    def toggle_archive(self) -> None:
        person_id = self.current_person()
        if not person_id:
            return
        person = repos.get(self.vault, "people", person_id)
        repos.save(self.vault, "people", {**person, "archived": not person["archived"]})
        self.refresh()
        self.changed.emit()

    def new_session(self) -> str | None:
        person_id = self.current_person()
        if not person_id:
            QMessageBox.information(self, "New session", "Add or choose a person first.")
            return None
        session = repos.save(
            self.vault,
            "sessions",
            {
                "person": person_id,
                "date": dt.date.today().isoformat(),
                "minutes": 90,
                "kind": "one_to_one",
            },
        )
        self._show_person()
        self.open_session.emit(session["id"])
        return session["id"]

    def _open_selected(self) -> None:
        item = self.ui.sessionList.currentItem()
        if item:
            self.open_session.emit(item.data(Qt.UserRole))

    def delete_session(self, confirm: bool = True) -> None:
        item = self.ui.sessionList.currentItem()
        if not item:
            return
        session_id = item.data(Qt.UserRole)
        if (
            confirm
            and QMessageBox.question(
                self,
                "Delete session",
                "Delete this session record and the actions agreed in it?\n"
                "You can undo this until you lock or close the vault (Edit → Undo delete).",
            )
            != QMessageBox.Yes
        ):
            return
        self.undo_stack.append(("session", removal.remove_session(self.vault, session_id)))
        self._show_person()
        self.changed.emit()

    def delete_person(self, confirm: bool = True) -> None:
        person_id = self.current_person()
        if not person_id:
            return
        name = repos.get(self.vault, "people", person_id)["name"]
        if (
            confirm
            and QMessageBox.question(
                self,
                "Delete person",
                f"Delete {name} and every record about them: sessions, actions, cases, time logs "
                "and workload concerns?\nTo keep their records but take them off the list, "
                "archive them instead. You can undo this until you lock or close the vault.",
            )
            != QMessageBox.Yes
        ):
            return
        self.undo_stack.append(("person", removal.remove_person(self.vault, person_id)))
        self.refresh()
        self.changed.emit()

    def undo_delete(self) -> bool:
        if not self.undo_stack:
            return False
        what, bundle = self.undo_stack.pop()
        removal.restore(self.vault, bundle)
        self.refresh()
        if what == "person":
            self.select_person(bundle[0][1]["id"])
        self.changed.emit()
        return True
