"""People (supervisor mode) or My supervision (practitioner mode): who, their sessions, their
open actions and when supervision is next due."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QSizePolicy, QWidget

from ..core import (
    clock,
    contacts,
    history,
    labels,
    my_supervision,
    prompts,
    repos,
    schedule,
    sessions,
    tracker,
    wellbeing,
)
from ..core.balance import balance
from ..core.errors import DeskError
from ..core.records import ROLES
from ..core.vault import Vault
from . import a11y, held, messages
from .balance_view import BalanceView
from .fit import FittedDialog
from .flow import wrap_row
from .forms.ui_people_page import Ui_PeoplePage
from .models import Column, RecordModel, current_id, select_id
from .pages import Page, plain_text_labels, show_writing


def session_line(session: dict[str, Any]) -> str:
    first = history.opening(session)
    first = first.splitlines()[0][:70] if first else "(nothing written yet)"
    planned = "  ·  planned" if session["status"] == "planned" else ""
    if session.get("received"):  # from the supervisor's desk: read-only, with its standing
        planned += f"  ·  from your supervisor, {session['agreement']}"
    when = labels.short_date(session["date"])
    return (
        f"{when}  ·  {labels.KIND[session['kind']]}, {session['minutes']} min{planned}  ·  {first}"
    )


def action_line(action: dict[str, Any]) -> str:
    due = f" (due {labels.short_date(action['due'])})" if action["due"] else ""
    line = f"{action['text']} — {labels.owner(action['owner'])}{due}"
    record = f"your supervisor's record of {labels.long_date(action.get('record_date'))}"
    if action.get("marked_done"):  # the practitioner's own mark; the record is unchanged
        line += (
            f"  ·  done {labels.short_date(action['marked_done'])}, marked by you "
            f"({record} shows it open)"
        )
    elif action.get("received"):  # from the supervisor's record: read here, changed there
        line += f"  ·  from {record}, {action['agreement']}"
    return line


def pairing_line(vault: Vault, person_id: str) -> str:
    found = contacts.contact_for(vault, person_id)
    text = contacts.pairing_text(vault, person_id)
    if found is None:
        return f"Desk to desk: {text}"
    return f"Desk to desk: {text} ({found.public.name or 'their desk'})"


def person_line(person: dict[str, Any]) -> str:
    return person["name"] + ("  (archived)" if person["archived"] else "")


REGISTRATION = (None, True, False)  # the registration combo's entries, in order
ACTIONS_SHOWN = 20  # open actions listed before "Show all open actions"
SESSIONS_HEADING = "Sessions (newest first)"
ACTIONS_HEADING = "Open actions"


class PersonDialog(FittedDialog):
    def __init__(self, vault: Vault, person: dict[str, Any] | None, parent: QWidget | None = None):
        super().__init__(parent)
        from .forms.ui_person_dialog import Ui_PersonDialog  # with its date fields, when asked

        self.ui = Ui_PersonDialog()
        self.ui.setupUi(self)
        plain_text_labels(self)
        self.vault = vault
        self.person = dict(person or {})
        self.setWindowTitle("Edit person" if person else "Add a person")
        # Typing kept at a lock names this person, or a new one: never whoever is selected.
        self.setProperty("about", person["name"] if person else "new")
        for role in ROLES:
            self.ui.roleCombo.addItem(labels.ROLE[role], role)
        for key, text in labels.STANDARD.items():
            self.ui.standardCombo.addItem(text, key)
        for value in REGISTRATION:
            self.ui.registeredCombo.addItem(labels.REGISTERED[value])
        self.ui.regulatorCombo.addItem("")
        self.ui.regulatorCombo.addItems(labels.REGULATORS)
        a11y.name_typing_fields(self)
        today = QDate(clock.today())
        self.ui.startDate.setDate(today)
        self.ui.recordsDate.setDate(today)  # a person added today: their record starts today
        self.ui.lastDate.setDate(today)
        self.ui.monthDate.setDate(today)
        self.ui.lastKnown.toggled.connect(self.ui.lastDate.setEnabled)
        from ..core import policy  # the vault's settings, read when the dialog opens

        self.policy = policy.load(vault)
        self.months: list[dict[str, str]] = list(self.person.get("months_not_counted") or ())
        if person:
            self.ui.nameEdit.setText(person["name"])
            self.ui.roleCombo.setCurrentIndex(ROLES.index(person["role"]))
            self.ui.fteSpin.setValue(person["fte"])
            if person["started_role"]:
                self.ui.startDate.setDate(QDate.fromString(person["started_role"], "yyyy-MM-dd"))
            self.ui.newlyQualified.setChecked(person["newly_qualified"])
            self.ui.registeredCombo.setCurrentIndex(
                REGISTRATION.index(person.get("registered_social_worker"))
            )
            self.ui.regulatorCombo.setCurrentText(person.get("regulator") or "")
            self._set_standard(person["supervision_standard"])
            if person.get("records_from"):
                self.ui.recordsDate.setDate(QDate.fromString(person["records_from"], "yyyy-MM-dd"))
            if person.get("last_supervision_before"):
                self.ui.lastKnown.setChecked(True)
                self.ui.lastDate.setDate(
                    QDate.fromString(person["last_supervision_before"], "yyyy-MM-dd")
                )
        else:
            self.ui.roleCombo.setCurrentIndex(ROLES.index("social_worker"))
            self._set_standard(self._rule_standard())
        # The standard follows the role, registration and newly qualified status until the
        # user picks another one themselves.
        self.following = self._rule_standard()
        self.ui.roleCombo.currentIndexChanged.connect(lambda _: self._follow())
        self.ui.registeredCombo.currentIndexChanged.connect(lambda _: self._follow())
        self.ui.newlyQualified.toggled.connect(lambda _: self._follow())
        self.ui.standardCombo.currentIndexChanged.connect(lambda _: self._show_months())
        self.ui.monthsList.currentRowChanged.connect(
            lambda row: self.ui.removeMonthButton.setEnabled(row >= 0)
        )
        self.ui.addMonthButton.clicked.connect(lambda: self.add_month())
        self.ui.removeMonthButton.clicked.connect(lambda: self.remove_month())
        self._role_hint()
        self._list_months()
        self.ui.buttonBox.accepted.connect(self._save)
        self.ui.buttonBox.rejected.connect(self.reject)

    def registered(self) -> bool | None:
        """Yes, no, or None: taken from the role."""
        return REGISTRATION[self.ui.registeredCombo.currentIndex()]

    def _set_standard(self, standard: str) -> None:
        index = self.ui.standardCombo.findData(standard)
        if index < 0:
            self.ui.standardCombo.addItem(labels.standard(standard), standard)
            index = self.ui.standardCombo.count() - 1
        self.ui.standardCombo.setCurrentIndex(index)

    def _rule_standard(self) -> str:
        """What the vault's policy gives: Standard 5 for every registered social worker
        (weekly, then fortnightly, while newly qualified), else the role's default."""
        role = self.ui.roleCombo.currentData()
        registered = self.registered()
        chosen = self.policy.standard_for(role, registered)
        is_social_worker = role == "social_worker" if registered is None else registered
        if is_social_worker and self.ui.newlyQualified.isChecked() and chosen == "lga_monthly":
            return "lga_newly_qualified"
        return chosen

    def _follow(self) -> None:
        self._role_hint()
        rule = self._rule_standard()
        if not self.person.get("id") or self.ui.standardCombo.currentData() == self.following:
            self._set_standard(rule)
        self.following = rule

    def _role_hint(self) -> None:
        # "From the role" says what the role implies, so the choice is never a guess.
        implied = "yes" if self.ui.roleCombo.currentData() == "social_worker" else "no"
        self.ui.registeredCombo.setItemText(0, f"{labels.REGISTERED[None]} ({implied})")

    # -- months BACP does not count ------------------------------------------------------

    def _show_months(self) -> None:
        # Only a BACP month is judged; the list stays in view while it holds anything.
        bacp = self.ui.standardCombo.currentData() == "bacp_monthly"
        self.ui.monthsBox.setVisible(bacp or bool(self.months))

    def _list_months(self) -> None:
        self.ui.monthsList.clear()
        self.ui.monthsList.addItems([labels.month_not_counted(m) for m in self.months])
        self.ui.removeMonthButton.setEnabled(False)
        self._show_months()

    def add_month(self) -> None:
        month = self.ui.monthDate.date().toString("yyyy-MM")
        if any(m["month"] == month for m in self.months):
            a11y.say(self.ui.message, f"{labels.month(month)} is already listed.", error=True)
            return
        self.months = sorted(
            [*self.months, {"month": month, "note": self.ui.monthNote.text().strip()}],
            key=lambda m: m["month"],
        )
        self.ui.monthNote.clear()
        a11y.say(self.ui.message, "")
        self._list_months()

    def remove_month(self) -> None:
        row = self.ui.monthsList.currentRow()
        if 0 <= row < len(self.months):
            del self.months[row]
            self._list_months()

    def _save(self) -> None:
        record = {
            **self.person,
            "name": self.ui.nameEdit.text().strip(),
            "role": self.ui.roleCombo.currentData(),
            "fte": round(self.ui.fteSpin.value(), 2),
            "started_role": self.ui.startDate.date().toString("yyyy-MM-dd"),
            "newly_qualified": self.ui.newlyQualified.isChecked(),
            "supervision_standard": self.ui.standardCombo.currentData(),
            "records_from": self.ui.recordsDate.date().toString("yyyy-MM-dd"),
            "last_supervision_before": (
                self.ui.lastDate.date().toString("yyyy-MM-dd")
                if self.ui.lastKnown.isChecked()
                else None
            ),
            "registered_social_worker": self.registered(),
            "regulator": self.ui.regulatorCombo.currentText().strip() or None,
            "months_not_counted": self.months,
        }
        try:
            self.person = repos.save(self.vault, "people", record)
        except DeskError as exc:
            a11y.say(self.ui.message, labels.message(exc), error=True)
            return
        self.accept()


class PeoplePage(Page):
    open_session = Signal(str)  # session id
    changed = Signal()
    prompt_for_person = Signal(str, object)  # person id, prompts.Prompt

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_PeoplePage()
        self.ui.setupUi(self)
        plain_text_labels(self)
        # Rows of buttons wrap at a large text size rather than widen the page.
        self.ui.personButtons = wrap_row(self.ui.personButtons)
        self.ui.sessionButtons = wrap_row(self.ui.sessionButtons)
        self.vault: Vault | None = None
        self.people = RecordModel([Column("Person", person_line)], parent=self)
        self.sessions = RecordModel([Column("Session", session_line)], parent=self)
        self.actions = RecordModel([Column("Open action", action_line)], parent=self)
        for view, model in (
            (self.ui.peopleList, self.people),
            (self.ui.sessionList, self.sessions),
            (self.ui.openActions, self.actions),
        ):
            view.setModel(model)
            view.setEditTriggers(QAbstractItemView.NoEditTriggers)
            view.setUniformItemSizes(True)  # one line each: no measuring every row
        self.ui.openActions.setUniformItemSizes(False)
        # Long lines end in "…" rather than scroll sideways.
        self.ui.sessionList.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.ui.sessionList.setTextElideMode(Qt.ElideRight)
        self.ui.openActions.setWordWrap(True)
        self.ui.peopleList.selectionModel().currentChanged.connect(lambda *_: self._show_person())
        self.ui.showArchived.toggled.connect(lambda _: self.refresh())
        # Buttons send clicked(bool); each command takes no arguments from them.
        self.ui.addPersonButton.clicked.connect(lambda: self.add_person())
        self.ui.editPersonButton.clicked.connect(lambda: self.edit_person())
        self.ui.archivePersonButton.clicked.connect(lambda: self.toggle_archive())
        self.ui.newSessionButton.clicked.connect(lambda: self.new_session())
        self.ui.openSessionButton.clicked.connect(lambda: self._open_selected())
        self.ui.sessionList.activated.connect(lambda _: self._open_selected())
        # An open action opens the record it was agreed in (a received one, read-only).
        self.ui.openActions.activated.connect(lambda index: self._open_action(index.row()))
        self.ui.deleteSessionButton.clicked.connect(lambda: self.delete_session())
        self.ui.heldButton.clicked.connect(lambda: self.answer_held())
        self.ui.sessionList.selectionModel().currentChanged.connect(lambda *_: self._held_state())
        self.ui.deletePersonButton.clicked.connect(lambda: self.delete_person())
        self.ui.olderButton.clicked.connect(lambda: self.show_older())
        self.ui.allActionsButton.clicked.connect(lambda: self.show_all_actions())
        # A practitioner marks an action from the supervisor's record done on their own desk
        # (the record itself stays as agreed): shown on a practitioner's desk only.
        self.ui.markDoneButton.clicked.connect(lambda: self.mark_done())
        self.ui.reopenActionButton.clicked.connect(lambda: self.reopen_action())
        self.ui.openActions.selectionModel().currentChanged.connect(
            lambda *_: self._action_buttons()
        )
        self._marks_shown = False
        self._everything = False
        self.ui.allActionsButton.setVisible(False)
        self.ui.olderButton.setVisible(False)
        self._following: tuple[str, int] | None = None  # where the next older page starts
        self._listed_person: str | None = None
        self._total = 0
        self.ui.agreementButton.clicked.connect(lambda: self.open_agreement())
        self.ui.pairButton.clicked.connect(lambda: self.pair())
        self.ui.unpairButton.clicked.connect(lambda: self.unpair())
        self.ui.asyeButton.clicked.connect(lambda: self.open_asye())
        self.ui.asyeButton.setVisible(False)  # shown for a newly qualified social worker
        self.ui.pairingLayout.setStretch(0, 1)  # the pairing line takes the width, not the gap
        self.ui.pairingLayout.setStretch(3, 0)
        self.ui.actionsHeadingRow.setStretch(0, 1)  # the heading takes the width, not its button
        self.person_dialog: PersonDialog | None = None
        self.balance = BalanceView()
        self.balance.prompt_chosen.connect(self._prompt_chosen)
        self.ui.balanceLayout.addWidget(self.balance)
        line = self.fontMetrics().lineSpacing()
        self.ui.openActions.setMaximumHeight(line * 5)
        self.ui.sessionList.setMinimumHeight(line * 3)
        # The page sits in a scroll area that gives it the height its rows prefer for the
        # width (the button rows wrap). A list's preferred height (a fixed ~190 px) would make
        # that taller than a laptop's window, pushing the person's buttons below the fold:
        # the sessions list asks only for its minimum and takes whatever height is left.
        policy = self.ui.sessionList.sizePolicy()
        policy.setVerticalPolicy(QSizePolicy.Policy.Ignored)
        # ...and is counted at that minimum when the page's height is worked out for its
        # width (counted as nothing, the chart below was squeezed by as much).
        policy.setHeightForWidth(True)
        self.ui.sessionList.setSizePolicy(policy)
        self.ui.detailColumn.setStretchFactor(self.ui.sessionList, 1)

    # -- data in and out ----------------------------------------------------------------

    def set_vault(self, vault: Vault | None) -> None:
        self.vault = vault
        if vault is None:
            for model in (self.people, self.sessions, self.actions):
                model.clear()
            for label in (
                self.ui.personTitle,
                self.ui.personFacts,
                self.ui.nextDue,
                self.ui.wellbeingLabel,
                self.ui.pairingLabel,
            ):
                a11y.show_text(label, "")
            self.ui.sessionsHeading.setText(SESSIONS_HEADING)
            self.ui.actionsHeading.setText(ACTIONS_HEADING)
            self.ui.olderButton.setVisible(False)
            self.ui.allActionsButton.setVisible(False)
            self._following, self._listed_person, self._total = None, None, 0
            self.balance.show_balance(None, [])
            return
        practitioner = vault.mode == "practitioner"
        self.ui.peopleHeading.setText("My supervision" if practitioner else "People you supervise")
        self._marks_shown = practitioner
        self._action_buttons()
        if self.isVisible():
            self.refresh()  # otherwise when the page is next shown

    def shown(self) -> None:
        if self.vault is not None:
            self.refresh()

    def set_read_only(self, read_only: bool) -> None:
        changed = getattr(self, "read_only", read_only) != read_only
        self.read_only = read_only
        if changed and self.vault is not None:
            self._show_person()  # what it offers to do depends on it (the vault was checked)
        ui = self.ui
        show_writing(
            [
                ui.addPersonButton,
                ui.editPersonButton,
                ui.archivePersonButton,
                ui.deletePersonButton,
                ui.newSessionButton,
                ui.deleteSessionButton,
                ui.pairButton,
                ui.unpairButton,
            ],
            read_only,
        )
        self._action_buttons()  # a practitioner's marks: hidden when read-only too

    def current_person(self) -> str | None:
        return current_id(self.ui.peopleList)

    def current_session(self) -> str | None:
        return current_id(self.ui.sessionList)

    def select_person(self, person_id: str | None) -> None:
        select_id(self.ui.peopleList, person_id)

    def refresh(self) -> None:
        if self.vault is None:
            return
        keep = self.current_person()
        people = sessions.people(self.vault, self.ui.showArchived.isChecked())
        selection = self.ui.peopleList.selectionModel()
        selection.blockSignals(True)  # one redraw of the person, not one per step
        self.people.set_records(people)
        if people and not select_id(self.ui.peopleList, keep):
            select_id(self.ui.peopleList, people[0]["id"])
        selection.blockSignals(False)
        self.ui.peopleList.viewport().update()
        self._show_person()

    def _show_person(self) -> None:
        person_id = self.current_person()
        has = person_id is not None and self.vault is not None
        for button in (
            self.ui.editPersonButton,
            self.ui.archivePersonButton,
            self.ui.deletePersonButton,
            self.ui.agreementButton,
            self.ui.pairButton,
            self.ui.unpairButton,
            self.ui.newSessionButton,
            self.ui.openSessionButton,
            self.ui.deleteSessionButton,
        ):
            button.setEnabled(has)
        self.ui.asyeButton.setVisible(False)
        if not has:
            self.ui.heldButton.setEnabled(False)
            self.sessions.clear()
            self._following, self._listed_person, self._total = None, None, 0
            self._say_count()
            self.ui.actionsHeading.setText(ACTIONS_HEADING)
            self.ui.allActionsButton.setVisible(False)
            self.actions.clear()
            self._action_buttons()
            self.ui.personTitle.setText("Add the first person you supervise" if self.vault else "")
            a11y.show_text(
                self.ui.personFacts,
                "Choose Add person… under the list, or Record → Add person… (Ctrl+Shift+N)."
                if self.vault and not self.read_only
                else "",
            )
            for label in (self.ui.nextDue, self.ui.wellbeingLabel, self.ui.pairingLabel):
                a11y.show_text(label, "")
            self.balance.show_balance(None, [])
            return
        person = repos.get(self.vault, "people", person_id)
        today = clock.today()
        self.ui.personTitle.setText(person["name"])
        facts = [labels.ROLE[person["role"]], f"FTE {person['fte']:g}"]
        if person["started_role"]:
            facts.append(f"in role since {labels.short_date(person['started_role'])}")
        if person["newly_qualified"]:
            facts.append("newly qualified")
        if person.get("registered_social_worker") is not None:
            facts.append(
                "registered social worker"
                if person["registered_social_worker"]
                else "not a registered social worker"
            )
        if person.get("regulator"):
            facts.append(person["regulator"])
        a11y.show_text(self.ui.personFacts, " · ".join(facts))
        self.ui.asyeButton.setVisible(tracker.in_asye(person))  # the ASYE code loads if used
        a11y.show_text(self.ui.pairingLabel, pairing_line(self.vault, person_id))
        self.ui.unpairButton.setEnabled(contacts.contact_for(self.vault, person_id) is not None)
        agreements = repos.select(self.vault, "agreements", "person = ?", (person_id,))
        # The schedule runs from a few older sessions found through the index, not from the
        # whole history (received records too).
        timeline = history.for_figures(self.vault, person_id, today, tracker.window_start(today))
        due, rhythm, late = schedule.next_due(person, timeline, agreements)
        status = f" — overdue by {labels.count(late, 'day')}" if late > 0 else ""
        when = labels.short_date(due)
        a11y.show_text(self.ui.nextDue, f"Next supervision due {when} ({rhythm}){status}")
        self.ui.archivePersonButton.setText("Un&archive" if person["archived"] else "Ar&chive")
        # The check-in over time is for the supervisor's eyes: not in a practitioner's vault.
        points = (
            history.check_ins(self.vault, person_id, today)
            if self.vault.mode == "supervisor"
            else []
        )
        a11y.show_text(self.ui.wellbeingLabel, wellbeing.describe(points))
        self.ui.wellbeingLabel.setVisible(bool(points))
        self._list_sessions(person_id)
        found = balance(history.newest_held(self.vault, person_id), last=6)  # not the diary
        role = "practitioner" if self.vault.mode == "practitioner" else "first_line_manager"
        self.balance.show_balance(found, prompts.suggestions(found, role, vault=self.vault))
        self._list_actions(person_id, everything=False)

    def _list_actions(self, person_id: str, everything: bool) -> None:
        """The person's open actions, the soonest due first: the first few, or every one when
        asked, with how many there are."""
        # Received records' actions too, each marked with its record (my_supervision); those
        # the practitioner marked done come after the open ones, and are not counted open.
        total = my_supervision.open_actions_count(self.vault, person_id)
        self._everything = everything  # a mark made in the list keeps it as long
        limit = None if everything else ACTIONS_SHOWN
        found = my_supervision.open_actions(self.vault, person_id, limit)
        marked = my_supervision.marked_done(self.vault, person_id)
        keep = current_id(self.ui.openActions)
        self.actions.set_records(found + (marked if everything else marked[:ACTIONS_SHOWN]))
        select_id(self.ui.openActions, keep)
        shown = len(found)
        if total == 0:
            text = f"{ACTIONS_HEADING}: none"
        elif shown < total:
            text = f"{ACTIONS_HEADING}: the {shown} due soonest of {total}"
        else:
            text = f"{ACTIONS_HEADING}: {'all ' if total > 1 else ''}{total}"
        if marked:
            text += f"; {labels.count(len(marked), 'action')} marked done by you"
        self.ui.actionsHeading.setText(text)
        self.ui.allActionsButton.setVisible(shown < total or len(marked) > ACTIONS_SHOWN)
        self._action_buttons()

    def _current_action(self) -> dict[str, Any] | None:
        index = self.ui.openActions.currentIndex()
        return self.actions.record(index.row()) if index.isValid() else None

    def _action_buttons(self) -> None:
        """Mark done for an open action from the supervisor's record, Reopen for one marked
        done here; neither for an action of the practitioner's own sessions (it is closed in
        its session record, as on a supervisor's desk)."""
        ui = self.ui
        for button in (ui.markDoneButton, ui.reopenActionButton):
            button.setVisible(self._marks_shown and not self.read_only)
        action = self._current_action() if self._marks_shown else None
        received = bool(action and action.get("received"))
        ui.markDoneButton.setEnabled(received and not action.get("marked_done"))
        ui.reopenActionButton.setEnabled(received and bool(action.get("marked_done")))

    def mark_done(self) -> bool:
        """Mark the chosen action from the supervisor's record done on this desk."""
        return self._mark(done=True)

    def reopen_action(self) -> bool:
        """Take back the mark on the chosen action: open on this desk again."""
        return self._mark(done=False)

    def _mark(self, done: bool) -> bool:
        action = self._current_action()
        person_id = self.current_person()
        if self.vault is None or not action or not action.get("received") or not person_id:
            return False
        try:
            if done:
                marked = my_supervision.mark_done(self.vault, action["id"])
            else:
                my_supervision.unmark_done(self.vault, action["id"])
        except DeskError as exc:
            messages.tell(self, "Action not marked", labels.message(exc), warning=True)
            return False
        self._list_actions(person_id, everything=self._everything)
        select_id(self.ui.openActions, action["id"])
        self._action_buttons()
        # The keyboard stays on the list, on the same action, now in its new place.
        self.ui.openActions.setFocus()
        words = (
            f"Marked done on your desk, {labels.short_date(marked['marked_done'])}: "
            if done
            else "Open again on your desk: "
        )
        self.status.emit(words + action["text"])
        a11y.announce(self.ui.openActions, words + action["text"])
        self.changed.emit()
        return True

    def show_all_actions(self) -> None:
        person_id = self.current_person()
        if person_id is None or self.vault is None:
            return
        self._list_actions(person_id, everything=True)
        self.ui.openActions.setFocus()
        a11y.announce(self.ui.openActions, f"All {self.actions.rowCount()} open actions listed.")

    def _list_sessions(self, person_id: str) -> None:
        """The person's newest sessions, a page of them (or as many as were shown before, so
        a change keeps the list where it was), with how many there are in all."""
        keep = self.current_session()
        shown = self.sessions.rowCount() if person_id == self._listed_person else 0
        listed, self._following = history.page(
            self.vault, person_id, limit=max(history.PAGE, shown)
        )
        self._listed_person = person_id
        self._total = history.count(self.vault, person_id)
        self.sessions.set_records(listed)
        if listed and not select_id(self.ui.sessionList, keep):
            select_id(self.ui.sessionList, listed[0]["id"])
        self.ui.openSessionButton.setEnabled(bool(listed))
        self._held_state()
        self._say_count()

    def _say_count(self) -> None:
        """How many sessions there are, and how many the list shows, in its heading."""
        shown, total = self.sessions.rowCount(), self._total
        if not self._listed_person:
            text = SESSIONS_HEADING
        elif total == 0:
            text = "Sessions: none yet"
        elif shown >= total:
            text = f"{SESSIONS_HEADING}: {'all ' if total > 1 else ''}{total}"
        else:
            text = f"{SESSIONS_HEADING}: the newest {shown} of {total}"
        self.ui.sessionsHeading.setText(text)
        self.ui.olderButton.setVisible(self._following is not None)

    def show_older(self) -> int:
        """Add the next page of older sessions to the list and move to the first of them;
        returns how many were added."""
        person_id = self.current_person()
        if person_id is None or self._following is None or self.vault is None:
            return 0
        older, self._following = history.page(self.vault, person_id, after=self._following)
        first = self.sessions.rowCount()
        self.sessions.set_records([*self.sessions.records, *older])
        if older:
            self.ui.sessionList.setCurrentIndex(self.sessions.index(first, 0))
            self.ui.sessionList.setFocus()
        self._say_count()
        a11y.announce(self.ui.sessionsHeading, self.ui.sessionsHeading.text())
        return len(older)

    def _prompt_chosen(self, prompt) -> None:
        person_id = self.current_person()
        if person_id and not self.read_only:
            self.prompt_for_person.emit(person_id, prompt)

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

    def open_agreement(self):  # -> AgreementDialog | None
        person_id = self.current_person()
        if not person_id:
            return None
        from .agreement_dialog import AgreementDialog

        self.agreement_dialog = AgreementDialog(
            self.vault, repos.get(self.vault, "people", person_id), self
        )
        self.agreement_dialog.accepted.connect(self._show_person)
        self.agreement_dialog.open()
        return self.agreement_dialog

    def open_asye(self):  # -> AsyeDialog | None
        """The ASYE year of the chosen person (a newly qualified social worker)."""
        person_id = self.current_person()
        if not person_id:
            return None
        from .asye_dialog import AsyeDialog

        self.asye_dialog = AsyeDialog(self.vault, person_id, self)
        self.asye_dialog.set_read_only(self.read_only)
        self.asye_dialog.open()
        return self.asye_dialog

    def pair(self):  # -> PairDialog | None
        """Pair this person with their desk's contact file (in a practitioner's vault, the
        person is its owner and the contact their supervisor)."""
        person_id = self.current_person()
        if not person_id:
            return None
        from .desks import PairDialog

        self.pair_dialog = PairDialog(self.vault, repos.get(self.vault, "people", person_id), self)
        self.pair_dialog.accepted.connect(self._paired)
        self.pair_dialog.open()
        return self.pair_dialog

    def unpair(self) -> bool:
        """Undo this person's pairing (a wrong one, or a desk no longer used), once asked."""
        person_id = self.current_person()
        if not person_id:
            return False
        from .desks import unpair

        if not unpair(self, self.vault, repos.get(self.vault, "people", person_id)):
            return False
        self._paired()
        return True

    def _paired(self) -> None:
        self._show_person()
        self.status.emit(self.ui.pairingLabel.text())

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
            messages.tell(self, "New session", "Add or choose a person first.")
            return None
        session = sessions.new_session(self.vault, person_id)
        self._show_person()
        self.open_session.emit(session["id"])
        return session["id"]

    def _current_unconfirmed(self) -> dict | None:
        """The selected session, when it is planned and its date has passed."""
        session_id = self.current_session()
        if not session_id or self.vault is None or self._received(session_id):
            return None
        session = repos.get(self.vault, "sessions", session_id)
        return session if sessions.unconfirmed(session, clock.today()) else None

    def _received(self, session_id: str | None) -> bool:
        """A record from the supervisor's desk: it opens read-only and is never deleted here."""
        return my_supervision.is_received(self.vault, session_id or "")

    def _held_state(self) -> None:
        self.ui.heldButton.setEnabled(self._current_unconfirmed() is not None)
        session_id = self.current_session()
        self.ui.deleteSessionButton.setEnabled(bool(session_id) and not self._received(session_id))

    def answer_held(self) -> None:
        session = self._current_unconfirmed()
        person_id = self.current_person()
        if session is None or person_id is None:
            return
        name = repos.get(self.vault, "people", person_id)["name"]
        if held.ask(self, self.vault, session, name):
            self._show_person()
            self.changed.emit()

    def _open_action(self, row: int) -> None:
        if 0 <= row < self.actions.rowCount():
            self.open_session.emit(self.actions.record(row)["session"])

    def _open_selected(self) -> None:
        session_id = self.current_session()
        if session_id:
            self.open_session.emit(session_id)

    def delete_session(self) -> bool:
        session_id = self.current_session()
        if not session_id or self._received(session_id):
            return False
        from ..core import removal  # loads the chain code it needs: only when deleting

        what = removal.describe_session(self.vault, session_id)
        if not messages.ask(
            self,
            "Delete session",
            f"Delete {what}?\n\nYou can undo this until the vault locks or closes.",
            "Delete session",
        ):
            return False
        bundle = removal.remove_session(self.vault, session_id)
        self._show_person()
        self.changed.emit()
        self.removed.emit(what[0].upper() + what[1:].split(";")[0], bundle)
        return True

    def delete_person(self) -> bool:
        person_id = self.current_person()
        if not person_id:
            return False
        from ..core import removal  # loads the chain code it needs: only when deleting

        what = removal.describe_person(self.vault, person_id)
        if not messages.ask(
            self,
            "Delete person",
            f"Delete {what}?\n\nTo keep their records but take them off the list, archive "
            "them instead. You can undo this until the vault locks or closes.",
            "Delete person",
        ):
            return False
        name = repos.get(self.vault, "people", person_id)["name"]
        bundle = removal.remove_person(self.vault, person_id)
        self.refresh()
        self.changed.emit()
        self.removed.emit(name, bundle)
        return True
