"""One supervision session, structured by attunement, analysis, allocation and adaptation.

Everything typed is saved within a second of a pause (and at least every second of unbroken
typing), and again on navigation, lock and close. The session and each action are saved on
their own, so one value that cannot be saved (a due date that is not a date) holds back only
itself: it stays in its cell, marked with the reason, and is kept as a draft in the vault.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFrame,
    QGroupBox,
    QHeaderView,
    QListWidgetItem,
    QPlainTextEdit,
    QScrollArea,
    QWidget,
)

from ..core import agreed, casefile, chain, exchange, labels, repos, sessions
from ..core.errors import DeskError
from ..core.framework import SESSION_HELP, SOURCE
from ..core.prompts import lead_in as prompts_lead_in
from ..core.records import GROUP_FORMATS, GROUP_KINDS, KINDS, SESSION_CAPACITIES, SESSION_STATUSES
from ..core.vault import Vault
from . import a11y, messages
from .actions_model import ActionsModel, DueDelegate, OwnerDelegate, StatusDelegate
from .attendance_rows import AttendanceRows
from .autosave import Autosaver
from .case_discussions import CaseDiscussions
from .desks import SendDialog, how_agreed, round_words, send_record, sent_words
from .fit import sized_by_text
from .flow import set_title, wrap_row, wrap_title
from .forms.ui_session_editor import Ui_SessionEditor
from .markdown_keys import MarkdownKeys
from .models import Column, RecordModel, current_id, select_id
from .pages import Page, plain_text_labels
from .prompts_panel import PromptsPanel
from .session_fields import FIELDS, binding_for, sent, text_edits
from .spelling_ui import SpellService
from .tab_order import tab_in_reading_order

DATE = "yyyy-MM-dd"
EDIT_TRIGGERS = (
    QAbstractItemView.DoubleClicked
    | QAbstractItemView.EditKeyPressed
    | QAbstractItemView.AnyKeyPressed
    | QAbstractItemView.SelectedClicked
)


def _iso(edit) -> str:
    return edit.date().toString(DATE)


CONTENTS_ROWS = 10  # rows beyond those in view a table's columns are measured on


class SessionEditor(Page):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_SessionEditor()
        self.ui.setupUi(self)
        plain_text_labels(self)
        # Date, start, minutes, kind and status wrap at a large text size (each name stays
        # beside its field) rather than push the record off the side of the window.
        rows = ("headerRow", "functionsLayout", "carriedButtons", "caseButtons", "wellbeingRow")
        for row in rows:
            setattr(self.ui, row, wrap_row(getattr(self.ui, row)))
        # Titles such as "Cases discussed: decisions for the child's file" wrap too.
        for box in self.findChildren(QGroupBox):
            wrap_title(box)
        self.ui.disagreementLabel.setWordWrap(True)
        self.vault: Vault | None = None
        self.session: dict[str, Any] | None = None
        self._loading = False
        self.autosave = Autosaver(self._save, self)
        for kind in KINDS:
            self.ui.kindCombo.addItem(labels.KIND[kind], kind)
        for status in SESSION_STATUSES:
            self.ui.statusCombo.addItem(labels.SESSION_STATUS[status], status)
        self.ui.formatCombo.addItem("Not recorded", None)
        for group_format in GROUP_FORMATS:
            self.ui.formatCombo.addItem(labels.GROUP_FORMAT[group_format], group_format)
        self.attendance = AttendanceRows(self.ui.attendanceGrid, self.ui.groupBox)
        for combo in (self.ui.facilitatorCombo, self.ui.presenterCombo):
            combo.setMinimumContentsLength(18)
            combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        for key in SESSION_CAPACITIES:
            help_label = getattr(self.ui, f"{key}Help")
            help_label.setText(f"{SESSION_HELP[key]}  ({SOURCE})")
        self.prompts = PromptsPanel()
        self.prompts.without_letters()
        # The prompts scroll on their own beside the record: at a large text size on a
        # laptop their filters are taller than the window, and the whole page (record and
        # all) would otherwise scroll to reach the list.
        holder = QScrollArea()
        holder.setObjectName("promptsScroll")
        holder.setAccessibleName("Prompts")
        holder.setWidgetResizable(True)
        holder.setFrameShape(QFrame.Shape.NoFrame)
        holder.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        holder.setWidget(self.prompts)
        self.ui.promptsLayout.addWidget(holder)
        self.prompts_scroll = holder
        self.prompts.installEventFilter(self)  # the holder follows the panel's least width
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 1)
        # The record comes first: the prompts beside it take at most a column of ~44 letters.
        sized_by_text(
            self,
            lambda: self.ui.promptsHost.setMaximumWidth(self.fontMetrics().averageCharWidth() * 44),
        )
        self.prompts.insert_requested.connect(self.insert_prompt)
        self.last_section = "attunement"
        for key in SESSION_CAPACITIES:
            self.section(key).installEventFilter(self)
        for edit in text_edits(self):
            MarkdownKeys.attach(edit)  # lists and emphasis, kept as Markdown
            SpellService.instance().attach(edit)
        self._actions_fixed = True  # until a record is shown (see _seal_controls)
        self._setup_tables()
        self.cases = CaseDiscussions(self)
        self._size_in_lines()
        self._connect_changes()
        self.ui.closeDoneButton.clicked.connect(lambda: self._close_carried("done"))
        self.ui.closeDroppedButton.clicked.connect(lambda: self._close_carried("dropped"))
        self.ui.reopenButton.clicked.connect(lambda: self._reopen_carried())
        self.ui.addActionButton.clicked.connect(lambda: self.add_action())
        self.ui.removeActionButton.clicked.connect(lambda: self._remove_action())
        self.ui.amendButton.clicked.connect(lambda: self.start_amendment())
        self.ui.saveAmendButton.clicked.connect(lambda: self.save_amendment())
        self.ui.discardAmendButton.clicked.connect(lambda: self.discard_amendment())
        self.amend_reason: str | None = None  # set while an agreed record is being amended
        # A record out for agreement is kept as sent (a reply seals only that exact text),
        # unless the user chooses to change it anyway.
        self.out: exchange.OutForAgreement | None = None
        self.change_anyway = False
        self.ui.changeAnywayButton.clicked.connect(lambda: self.change_anyway_asked())
        self.ui.sealLayout.setStretch(0, 1)
        self.ui.agreementHeld.setProperty("role", "help")
        self.ui.agreementHeld.hide()  # shown while the record is kept as sent
        self.ui.roundLayout.setStretch(0, 1)
        self.ui.sendButton.clicked.connect(lambda: self.send_for_agreement())
        # Ticking the second box seals the record: ask first (connected after _changed).
        for box in (self.ui.supervisorAgreed, self.ui.superviseeAgreed):
            box.toggled.connect(lambda on, box=box: self._agreement_ticked(box, on))
        # Tab down the record as it reads: the boxes whose titles wrap were rebuilt above,
        # and Tab had gone from the agenda straight to the wellbeing check-in.
        tab_in_reading_order(self)

    # -- set-up --------------------------------------------------------------------------

    def _prompts_width(self) -> None:
        """The prompts' holder as wide as the panel at least: it does not scroll sideways,
        so narrower (after the text size grew) it would cut the panel off."""
        self.prompts_scroll.setMinimumWidth(
            self.prompts.minimumSizeHint().width()
            + self.prompts_scroll.verticalScrollBar().sizeHint().width()
        )

    def showEvent(self, event) -> None:
        self._prompts_width()  # the text size may have changed while another page was shown
        super().showEvent(event)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.prompts and event.type() == event.Type.LayoutRequest:
            self._prompts_width()
        elif event.type() == event.Type.FocusIn:
            for key in SESSION_CAPACITIES:
                if watched is self.section(key):
                    self.last_section = key
        return False

    def section(self, key: str) -> QPlainTextEdit:
        return getattr(self.ui, f"{key}Edit")

    def _size_in_lines(self) -> None:
        """Heights in lines of text, so large system fonts keep the proportions; again
        whenever the text size changes."""
        sized_by_text(self, self._heights)
        for key in SESSION_CAPACITIES:
            getattr(self.ui, f"{key}Help").setProperty("role", "help")
        self.ui.privacyReminder.setProperty("role", "help")
        self.ui.actionsMessage.setProperty("severity", "error")
        self.ui.actionsMessage.hide()

    def _heights(self) -> None:
        line = self.fontMetrics().lineSpacing()
        self.ui.agendaEdit.setMaximumHeight(line * 5)
        for name in ("commentsEdit", "learningEdit", "disagreementEdit", "confidentialEdit"):
            getattr(self.ui, name).setMaximumHeight(line * 6)
        for key in SESSION_CAPACITIES:
            self.section(key).setMinimumHeight(line * 8)
        self.ui.carriedTable.setMaximumHeight(line * 9)
        self.ui.actionsTable.setMaximumHeight(line * 9)

    def _setup_tables(self) -> None:
        self.actions = ActionsModel(self)
        self.actions.edited.connect(self._changed)
        self.carried = RecordModel(
            [
                Column("From session", lambda a: labels.short_date(self._dates.get(a["session"]))),
                Column("Action", lambda a: a["text"]),
                Column("Owner", lambda a: labels.owner(a["owner"])),
                Column("Due", lambda a: labels.short_date(a["due"])),
                Column("Status", lambda a: labels.ACTION_STATUS[a["status"]]),
            ],
            parent=self,
        )
        self._dates: dict[str, str] = {}
        self.ui.actionsTable.setModel(self.actions)
        self.ui.actionsTable.setItemDelegateForColumn(3, StatusDelegate(self.ui.actionsTable))
        self.ui.actionsTable.setItemDelegateForColumn(2, DueDelegate(self.ui.actionsTable))
        self.ui.actionsTable.setItemDelegateForColumn(1, OwnerDelegate(self.ui.actionsTable))
        self.ui.carriedTable.setModel(self.carried)
        for table, stretch in ((self.ui.actionsTable, 0), (self.ui.carriedTable, 1)):
            table.verticalHeader().hide()
            table.setSelectionBehavior(QAbstractItemView.SelectRows)
            table.setWordWrap(True)
            header = table.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeToContents)
            header.setSectionResizeMode(stretch, QHeaderView.Stretch)
            # Columns sized to the rows in view and some beyond, not to every row: actions
            # carried forward pile up over the years, and measuring each one's text held
            # the window each time a record opened.
            header.setResizeContentsPrecision(CONTENTS_ROWS)
        self.ui.actionsTable.setEditTriggers(EDIT_TRIGGERS)
        self.ui.carriedTable.setSelectionMode(QAbstractItemView.SingleSelection)
        a11y.tab_leaves(self.ui.carriedTable)  # arrow keys move between cells; Tab moves on
        # An action is typed as a line of fields: Tab goes on to its owner and due date, and
        # leaves the table from the last cell (it used to land on "Remove action", where the
        # next space typed asked to remove the action).
        a11y.tab_walks_cells(self.ui.actionsTable)
        self.ui.scroll.setAccessibleName("Session record")
        for table in (self.ui.actionsTable, self.ui.carriedTable):
            table.selectionModel().currentChanged.connect(lambda *_: self._action_buttons())
            model = table.model()
            for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved):
                signal.connect(lambda *_: self._action_buttons())

    def _connect_changes(self) -> None:
        for binding in FIELDS:
            binding.connect(self, self._changed)
        self.ui.kindCombo.currentIndexChanged.connect(lambda _: self._kind_chosen())

    # -- the page protocol ---------------------------------------------------------------

    def set_vault(self, vault: Vault | None) -> None:
        if vault is None:
            self.clear()
        else:
            self.vault = vault

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self.prompts.set_read_only(read_only)
        self._show_seal()

    def flush(self) -> None:
        """Save now if anything is unsaved (navigation, lock, close)."""
        self.autosave.flush()

    def unsaved(self) -> list[str]:
        pending = []
        if self.amend_reason is not None and self._amended_changes():
            pending.append("The amendment to this agreed record is not saved yet")
        return pending + self.actions.problems()

    # -- loading -------------------------------------------------------------------------

    def load(self, vault: Vault, session_id: str) -> None:
        self.flush()
        self.vault = vault
        self.prompts.set_vault(vault)
        self.session = repos.get(vault, "sessions", session_id)
        s = self.session
        self._loading = True
        widgets = self.findChildren(QWidget)
        for widget in widgets:
            widget.blockSignals(True)
        try:
            for binding in FIELDS:
                binding.load(self, s)
        finally:
            for widget in widgets:
                widget.blockSignals(False)
            self._loading = False
        self._show_group()
        self.amend_reason = None
        self.out = exchange.out_for_agreement(vault, session_id)
        self.change_anyway = False
        self._show_seal()
        self._show_round()
        self.actions.load(vault, session_id)
        self._show_action_problems()
        self._fill_carried()
        self.cases.fill()
        self.autosave.discard()
        for key in SESSION_CAPACITIES:
            self.section(key).document().clearUndoRedoStacks()

    # -- who was there -------------------------------------------------------------------

    def fill_attendees(self) -> None:
        """Everyone on the team (and anyone archived who attended), ticked if they came."""
        s = self.session
        came = set(s["attendees"]) or ({s["person"]} if s["person"] else set())
        listed = self.ui.attendeesList
        listed.clear()
        for person in sessions.people(self.vault, include_archived=True):
            if person["archived"] and person["id"] not in came:
                continue
            item = QListWidgetItem(person["name"])
            item.setData(Qt.UserRole, person["id"])
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Checked if person["id"] in came else Qt.Unchecked)
            listed.addItem(item)
        self.ui.groupSizeSpin.setMinimum(max(1, len(came)))
        self.ui.groupSizeSpin.setValue(s["group_size"] or max(1, len(came)))

    def fill_group_details(self) -> None:
        """The group's facilitator (the default first: the vault's owner), format, presenter
        and each attendee's own agreement and wellbeing."""
        s, ui = self.session, self.ui
        ui.facilitatorCombo.clear()
        ui.facilitatorCombo.addItem(casefile.default_supervisor(self.vault), None)
        facilitator = s.get("facilitator")
        if facilitator and repos.exists(self.vault, "people", facilitator):
            ui.facilitatorCombo.addItem(repos.get(self.vault, "people", facilitator)["name"])
            ui.facilitatorCombo.setItemData(1, facilitator)
            ui.facilitatorCombo.setCurrentIndex(1)
        elif facilitator:
            ui.facilitatorCombo.setEditText(facilitator)
        ui.formatCombo.setCurrentIndex(max(0, ui.formatCombo.findData(s.get("group_format"))))
        self._fill_presenter(s.get("presenter"))
        self.attendance.fill(self._attendee_names(), s.get("attendance", []), s["date"])
        tab_in_reading_order(self)  # the attendees' rows, made just now, in their places

    def _attendee_names(self) -> list[tuple[str, str]]:
        listed = self.ui.attendeesList
        items = (listed.item(i) for i in range(listed.count()))
        return [(i.data(Qt.UserRole), i.text()) for i in items if i.checkState() == Qt.Checked]

    def _fill_presenter(self, presenter: str | None) -> None:
        combo = self.ui.presenterCombo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("No one presented", None)
        for person, name in self._attendee_names():
            combo.addItem(name, person)
        combo.setCurrentIndex(max(0, combo.findData(presenter)))
        combo.blockSignals(False)

    def facilitator(self) -> str | None:
        """None for the default (the vault's owner), a colleague's id, or a typed name."""
        combo = self.ui.facilitatorCombo
        typed = combo.currentText().strip()
        found = combo.findText(typed)
        return combo.itemData(found) if found >= 0 else (typed or None)

    def ticked(self) -> list[str]:
        listed = self.ui.attendeesList
        items = (listed.item(i) for i in range(listed.count()))
        return [i.data(Qt.UserRole) for i in items if i.checkState() == Qt.Checked]

    def is_group(self) -> bool:
        return self.ui.kindCombo.currentData() in GROUP_KINDS

    def _show_group(self) -> None:
        self.ui.groupBox.setVisible(self.is_group())
        # A group's wellbeing is each attendee's own, kept beside their attendance.
        self.ui.wellbeingLabel.setVisible(not self.is_group())
        self.ui.wellbeingSpin.setVisible(not self.is_group())
        # BACP counts every member of a peer group, and leaves out a group's facilitator.
        self.ui.groupSizeLabel.setText(
            "Members of the peer group, all of them, counting people outside this vault"
            if self.ui.kindCombo.currentData() == "peer_group"
            else "Supervisees in the group (not the facilitator), counting people outside "
            "this vault"
        )
        ids = self.ticked() if self.is_group() else [self.session["person"]]
        names = [
            self.ui.attendeesList.item(i).text()
            for i in range(self.ui.attendeesList.count())
            if self.ui.attendeesList.item(i).data(Qt.UserRole) in ids
        ]
        if self.is_group():
            self.ui.personLabel.setText("Group supervision with " + (", ".join(names) or "…"))
        else:
            self.ui.personLabel.setText(f"Supervision with {', '.join(names)}")

    def _kind_chosen(self) -> None:
        if self.session is not None and not self._loading:
            self._show_group()

    def attendees_changed(self) -> None:
        ticked = len(self.ticked())
        self.ui.groupSizeSpin.setMinimum(max(1, ticked))
        self._fill_presenter(self.ui.presenterCombo.currentData())
        self.attendance.follow(self._attendee_names(), _iso(self.ui.dateEdit))
        tab_in_reading_order(self)
        self._show_group()
        self._changed()

    def _fill_carried(self) -> None:
        carried = sessions.carried_forward(self.vault, self.session)
        self._dates = sessions.dates_of(self.vault, (a["session"] for a in carried))
        self.carried.set_records(carried)
        count = len(carried)
        set_title(self.ui.carriedBox, f"Actions carried forward from earlier sessions ({count})")

    # -- saving --------------------------------------------------------------------------

    def _changed(self, *_args: object) -> None:
        if self.session is not None and not self._loading:
            self.autosave.touch()

    def collect(self) -> dict[str, Any]:
        """The record as shown, over the stored one (which keeps what is not shown)."""
        record = dict(self.session)
        for binding in FIELDS:
            record.update(binding.collect(self))
        return record

    # -- agreed records: sealed, changed only by amendment ---------------------------------

    def _sealed(self) -> bool:
        return self.session is not None and agreed.is_sealed(self.session)

    def _version_words(self) -> str:
        """Which version is agreed; an amendment still going round says so."""
        pending = chain.awaiting(self.vault, self.session["id"])
        agreed_one = chain.latest(self.vault, self.session["id"], sealed=True)
        if pending is None or agreed_one is None:
            return agreed.describe(self.vault, self.session)
        made = pending.content["amendments"]
        when = f" (amended {labels.long_date(made[-1]['at'][:10])})" if made else ""
        return (
            f"Version {pending.number} awaits agreement{when}; version {agreed_one.number} "
            "is the agreed record"
        )

    def _show_seal(self) -> None:
        """An agreed record is read-only until the user chooses to amend it, with a reason."""
        # Sealing by ticking the second box turns that box off: the keyboard goes to Amend.
        ui = self.ui
        with a11y.focus_kept(self, [ui.amendButton, ui.saveAmendButton, ui.changeAnywayButton]):
            self._seal_controls()

    def held(self) -> bool:
        """Out for agreement and not changed since: the fields keep the text sent."""
        return self.out is not None and not self.out.changed and not self.change_anyway

    def _waiting_names(self) -> str:
        names = [
            repos.get(self.vault, "people", p)["name"]
            if repos.exists(self.vault, "people", p)
            else p
            for p in (self.out.waiting if self.out else [])
        ]
        return ", ".join(names)

    def _hold_words(self) -> str:
        """Where a record out for agreement stands, one line for the top of the record."""
        out = self.out
        names, when = self._waiting_names(), labels.short_date(out.sent)
        if out.changed:
            return (
                f"Changed since it was sent to {names} on {when}: send it again for agreement "
                f"(their agreement to version {out.number} as sent no longer counts)."
            )
        if self.change_anyway:
            return (
                f"Open for changes though it is out for agreement: once the record changes, "
                f"{names}'s agreement to version {out.number} no longer counts and it must be "
                "sent again for agreement."
            )
        return (
            f"Sent to {names} for agreement on {when}: the record is kept as sent until "
            "their reply comes back."
        )

    def _seal_controls(self) -> None:
        sealed = self._sealed()
        amending = self.amend_reason is not None
        held = self.held()
        # A read-only vault overrides everything: no field opens however the record stands.
        fixed = sealed or self.read_only or held
        self.ui.sealBar.setVisible(sealed or self.out is not None)
        if self.out is not None and not amending:
            before = f"{self._version_words()}. " if sealed else ""
            self.ui.sealLabel.setText(before + self._hold_words())
        elif sealed:
            state = (
                "Amending: save the amendment or discard the changes."
                if amending
                else ("Agreed by both people: changes to it are amendments, kept with a reason.")
            )
            how = how_agreed(self.vault, self.session["id"])
            self.ui.sealLabel.setText(
                f"{self._version_words()}. {how + '. ' if how else ''}{state}"
            )
        self.ui.amendButton.setVisible(sealed and not amending and not self.read_only and not held)
        self.ui.changeAnywayButton.setVisible(held and not self.read_only)
        self.ui.saveAmendButton.setVisible(amending)
        self.ui.discardAmendButton.setVisible(amending)
        editable = (not sealed or amending) and not self.read_only
        for binding in FIELDS:
            binding.set_editable(self, editable and not (held and sent(binding)))
        self.cases.set_editable(not fixed)
        self.ui.markCopiedButton.setVisible(not self.read_only)
        # Actions are part of what was agreed but not of an amendment: fixed once sealed.
        self._actions_fixed = fixed
        self._action_buttons()
        self.ui.actionsTable.setEditTriggers(
            QAbstractItemView.NoEditTriggers if fixed else EDIT_TRIGGERS
        )
        self._agreement_held(held and not sealed)

    def _action_buttons(self) -> None:
        """Each action button open only when it has something to act on: Remove action with
        an action of this session chosen, Close as done and as dropped with an open action
        carried forward chosen, Reopen with a closed one (pressed with none, they did
        nothing and said nothing)."""
        open_ = not self._actions_fixed
        ui = self.ui
        ui.addActionButton.setEnabled(open_)
        ui.removeActionButton.setEnabled(open_ and ui.actionsTable.currentIndex().isValid())
        index = ui.carriedTable.currentIndex()
        status = self.carried.record(index.row())["status"] if index.isValid() else None
        ui.closeDoneButton.setEnabled(open_ and status == "open")
        ui.closeDroppedButton.setEnabled(open_ and status == "open")
        ui.reopenButton.setEnabled(open_ and status in ("done", "dropped"))

    def _agreement_held(self, held: bool) -> None:
        """Kept as sent, the record's agreement by the supervisee is the signed reply's to
        record: their box is closed, with the reason beside it. Change it anyway… opens it
        (for an agreement made in the room instead; the reply is then set aside)."""
        ui = self.ui
        ui.superviseeAgreed.setEnabled(not held)
        ui.superviseeDate.setEnabled(ui.superviseeAgreed.isChecked() and not held)
        reason = (
            f"Sent for agreement on {labels.short_date(self.out.sent)}: the signed reply "
            "will record it."
            if held
            else ""
        )
        ui.agreementHeld.setText(reason)
        ui.agreementHeld.setVisible(held)
        hint = (
            reason + " To record an agreement made in the room instead, choose Change it "
            "anyway… at the top of the record."
            if held
            else ""
        )
        ui.agreementHeld.setToolTip(hint)
        ui.superviseeAgreed.setToolTip(hint)
        ui.superviseeAgreed.setAccessibleDescription(hint)

    def change_anyway_asked(self) -> bool:
        """Open a record out for agreement for changes, once the user has read what it costs."""
        if not self.held():
            return False
        names, number = self._waiting_names(), self.out.number
        if not messages.ask(
            self,
            "Change a record out for agreement",
            f"Version {number} of this record was sent to {names} for agreement. If you change "
            f"it now, their agreement to the version sent will no longer count: the changed "
            "record must be sent again for them to agree. Change it anyway?",
            "Change it anyway",
            "Keep it as sent",
        ):
            return False
        self.change_anyway = True
        self._show_seal()
        self._show_round()
        self.to_top()
        return True

    def _agreement_ticked(self, box, on: bool) -> None:
        """Both boxes ticked seals the record here, as agreed in the room or on paper."""
        ui = self.ui
        if self._loading or not on or self._sealed() or self.session is None:
            return
        if not (ui.supervisorAgreed.isChecked() and ui.superviseeAgreed.isChecked()):
            return
        out = ""
        if self.out is not None:  # sent for agreement: the reply would come too late
            out = (
                f" It was sent to {self._waiting_names()} for agreement on "
                f"{labels.short_date(self.out.sent)}: sealed here, their reply will be "
                "set aside when it comes, changing nothing."
            )
        if messages.ask(
            self,
            "Seal the record",
            "Both of you have agreed this record: seal it?"
            + out
            + " Later changes become amendments, each kept with its reason. The record will "
            "say the agreement was recorded by the supervisor (in the room or on paper), not "
            "signed on both desks.",
            "Seal it",
            "Not yet",
        ):
            self.autosave.flush()
            return
        box.blockSignals(True)
        box.setChecked(False)
        box.blockSignals(False)
        {ui.supervisorAgreed: ui.supervisorDate, ui.superviseeAgreed: ui.superviseeDate}[
            box
        ].setEnabled(False)
        self.autosave.discard()  # the tick is taken back: nothing to save

    # -- two desks: sending for agreement ------------------------------------------------

    def _show_round(self) -> None:
        """Pairing and where the record stands between the two desks."""
        if self.vault is None or self.session is None:
            return
        supervisor = self.vault.mode == "supervisor"
        parties = chain.supervisee_ids(self.session)
        paired = [p for p in parties if exchange.contact_for(self.vault, p) is not None]
        where = round_words(self.vault, self.session["id"])
        if self.out is not None and self.out.changed:
            where = (
                f"{self._waiting_names()}: version {self.out.number} sent; changed since it "
                "was sent: send it again for agreement"
            )
        if not supervisor:
            text = ""
        elif not paired:
            text = (
                "Not paired with their desk: to send this record for agreement, pair with "
                "their contact file from their page under People."
            )
        elif self._sends_sealed():
            text = where or (
                "Paired with their desk: the record is agreed and sealed; send them the "
                "sealed copy to keep (there is nothing for them to agree)."
            )
        else:
            text = where or "Paired with their desk: send the record for them to agree and sign."
        a11y.show_text(self.ui.roundLabel, text)
        self.ui.roundLabel.setVisible(bool(text))
        self.ui.sendButton.setVisible(supervisor and not self.vault.read_only)
        self.ui.sendButton.setEnabled(bool(paired) and not self.session["archived"])
        self.ui.sendButton.setText(
            "Send the se&aled copy…" if self._sends_sealed() else "Send for &agreement…"
        )

    def _sends_sealed(self) -> bool:
        """Sealed, with no amendment going round: what goes is the sealed copy, to keep."""
        return self._sealed() and chain.awaiting(self.vault, self.session["id"]) is None

    def send_for_agreement(self, path=None, *, confidential: bool | None = None):
        """Ask whether the confidential note goes too (off unless picked), then where to
        write the file. With ``confidential`` given, no question is asked."""
        if self.vault is None or self.session is None or not self.ui.sendButton.isEnabled():
            return None
        self.flush()
        if confidential is None:
            parties = chain.supervisee_ids(self.session)
            names = [
                c.public.name or p
                for p, c in ((p, exchange.contact_for(self.vault, p)) for p in parties)
                if c is not None
            ]
            dialog = SendDialog(
                names,
                bool(self.session["confidential_note"].strip()),
                self,
                sealed=self._sends_sealed(),
            )
            self.send_dialog = dialog
            if dialog.exec() != dialog.DialogCode.Accepted:
                return None
            confidential = dialog.noteCheck.isChecked()
        done = send_record(
            self, self.vault, self.session["id"], confidential, path, sealed=self._sends_sealed()
        )
        if done is None:
            return None
        sent, written = done
        self.status.emit(sent_words(sent, written))
        self.out = exchange.out_for_agreement(self.vault, self.session["id"])
        self.change_anyway = False
        self._show_seal()
        self._show_round()
        return sent

    def _amended_changes(self) -> dict[str, Any]:
        return agreed.changes_between(self.session, self.collect()) if self.session else {}

    def start_amendment(self) -> bool:
        reason = messages.ask_text(
            self,
            "Amend an agreed record",
            "This record was agreed by both of you. Why does it need to change? The reason is "
            "kept with the amendment, with what changed, when and by whom.",
        )
        if not reason:
            return False
        self.amend_reason = reason
        self._show_seal()
        return True

    def save_amendment(self) -> None:
        if self.amend_reason is None or self.vault is None:
            return
        by = "supervisee" if self.vault.mode == "practitioner" else "supervisor"
        record = self.collect()
        try:
            saved, made = agreed.amend(self.vault, record, by=by, reason=self.amend_reason)
        except DeskError as exc:
            self.status.emit(f"Not saved: {exc}")
            return
        self.session = {**saved, "attendance": record["attendance"]}  # kept beside the row
        self.amend_reason = None
        self._show_seal()
        self._show_round()  # a digitally agreed record's amendment goes round again
        self.status.emit(
            f"Amendment saved: {self._version_words()}"
            if made
            else "Nothing had changed: no amendment was made"
        )

    def discard_amendment(self) -> None:
        if self._amended_changes() and not messages.ask(
            self, "Discard changes", "Discard the changes to this agreed record?", "Discard"
        ):
            return
        self.amend_reason = None
        self.load(self.vault, self.session["id"])

    def _save(self) -> None:
        if self.vault is None or self.session is None or not self.vault.is_open:
            return
        if self._sealed() or self.read_only:
            return  # an agreed record changes only through "Save amendment"
        record = self.collect()
        try:
            saved = sessions.save_record(self.vault, record)
        except DeskError as exc:
            self.status.emit(f"Not saved: {labels.message(exc)}")
            return
        self.session = {**saved, "attendance": record["attendance"]}  # kept beside the row
        problems = self.actions.save(self.vault, self.session["id"])
        self._show_action_problems()
        if self.out is not None:  # out for agreement: has the text sent changed (or come back)?
            changed = self.out.changed
            self.out = exchange.out_for_agreement(self.vault, self.session["id"])
            if self.out is None or self.out.changed != changed:
                self._show_seal()
                self._show_round()
        if self._sealed():  # both have just agreed it: it is sealed from now on
            self._show_seal()
            self._show_round()
        if self.ui.statusCombo.currentData() != self.session["status"]:  # it is now held
            self.ui.statusCombo.blockSignals(True)
            self.ui.statusCombo.setCurrentIndex(SESSION_STATUSES.index(self.session["status"]))
            self.ui.statusCombo.blockSignals(False)
        if problems:
            self.status.emit("Saved, except: " + problems[0])
        else:
            self.status.emit("Saved")

    def _show_action_problems(self) -> None:
        problems = self.actions.problems()
        if "\n".join(problems) != self.ui.actionsMessage.text():  # spoken once, not per key
            a11y.say(self.ui.actionsMessage, "\n".join(problems), error=True)
        self.ui.actionsMessage.setVisible(bool(problems))
        self.ui.actionsMessage.style().polish(self.ui.actionsMessage)

    # -- actions -------------------------------------------------------------------------

    def add_action(self, text: str = "", owner: str = "supervisee", due: str = "") -> None:
        row = self.actions.add(text, owner, due)
        if text:
            self._changed()
        else:
            self.ui.scroll.ensureWidgetVisible(self.ui.actionsTable)  # the new row, in view
            index = self.actions.index(row, 0)
            self.ui.actionsTable.setCurrentIndex(index)
            self.ui.actionsTable.edit(index)

    def _remove_action(self) -> None:
        index = self.ui.actionsTable.currentIndex()
        if not index.isValid() or self.vault is None:
            return
        row = self.actions.rows[index.row()]
        if row.text.strip() and not messages.ask(
            self, "Remove action", f"Remove the action “{row.text.strip()}”?", "Remove action"
        ):
            return
        self.flush()
        removed = self.actions.remove(index.row())
        if removed.id and repos.exists(self.vault, "actions", removed.id):
            repos.delete(self.vault, "actions", removed.id)
        self.actions.save(self.vault, self.session["id"])  # the draft forgets the row too
        self._show_action_problems()
        self.status.emit("Saved")

    def _close_carried(self, status: str) -> None:
        action_id = current_id(self.ui.carriedTable)
        if action_id:
            self.flush()
            sessions.close_action(self.vault, action_id, self.session["id"], status)
            self._fill_carried()
            select_id(self.ui.carriedTable, action_id)  # still chosen: Reopen undoes it
            self.status.emit("Saved")

    def _reopen_carried(self) -> None:
        action_id = current_id(self.ui.carriedTable)
        if action_id:
            sessions.reopen_action(self.vault, action_id)
            self._fill_carried()
            select_id(self.ui.carriedTable, action_id)
            self.status.emit("Saved")

    def insert_prompt(self, prompt) -> None:
        """Put the prompt into its section as a quoted lead-in and record its id."""
        if self.session is None or self.read_only:
            return
        key = prompt.capacity if prompt.capacity in SESSION_CAPACITIES else self.last_section
        edit = self.section(key)
        if edit.isReadOnly():  # agreed, or kept as sent for agreement: the bar above says so
            self.status.emit(f"Not inserted: {self.ui.sealLabel.text()}")
            return
        cursor = edit.textCursor()
        if not edit.hasFocus():
            cursor.movePosition(cursor.MoveOperation.End)
        block_start = cursor.positionInBlock() == 0
        cursor.insertText(("" if block_start else "\n") + prompts_lead_in(prompt))
        edit.setTextCursor(cursor)
        edit.setFocus()
        used = self.session.setdefault("prompts_used", [])
        if prompt.id not in used:
            used.append(prompt.id)
        self.autosave.touch()

    def clear(self) -> None:
        self.autosave.discard()
        self.vault = None
        self.session = None
        for widget in self.findChildren(QPlainTextEdit):
            widget.blockSignals(True)
            widget.clear()
            widget.blockSignals(False)
        self.actions.clear()
        self.carried.clear()
        self.cases.model.clear()
        self.ui.waitingLabel.clear()
        a11y.say(self.ui.actionsMessage, "")
        self.ui.actionsMessage.hide()
        self.amend_reason = None
        self.out, self.change_anyway = None, False
        self.ui.personLabel.clear()
        self.prompts.set_vault(None)

    def to_top(self) -> None:
        """The record from its top, the keyboard in its first field (the date)."""
        first = FIELDS[0].widget(self)
        first.setFocus()
        self.ui.scroll.verticalScrollBar().setValue(0)
        self.ui.scroll.horizontalScrollBar().setValue(0)

    def place(self) -> dict:
        """The record open, and the field the keyboard is in."""
        if self.session is None:
            return {}
        focus = QApplication.focusWidget()
        field = next(
            (
                b.fields[0]
                for b in FIELDS
                if focus is not None
                and (b.widget(self) is focus or b.widget(self).isAncestorOf(focus))
            ),
            None,
        )
        scrolled = self.ui.scroll.verticalScrollBar().value()
        return {"session": self.session["id"], "field": field, "scroll": scrolled}

    def return_to(self, place: dict) -> None:
        """The record scrolled as it was, and the keyboard back in its field (the window
        opens the record itself)."""
        if self.session is None:
            return
        scrolled = place.get("scroll")
        if isinstance(scrolled, int) and scrolled > 0:
            self._scroll_to(scrolled)
        if place.get("field"):
            self.focus_field(place["field"])

    def _scroll_to(self, value: int) -> None:
        """Scroll to ``value`` now, or once the record is laid out tall enough for it (after
        an unlock the window is not yet shown, and the scroll range is still empty)."""
        bar = self.ui.scroll.verticalScrollBar()
        if bar.maximum() >= value:
            bar.setValue(value)
            return

        def ranged(_low: int, high: int) -> None:
            if high >= value:
                bar.rangeChanged.disconnect(ranged)
                bar.setValue(value)

        bar.rangeChanged.connect(ranged)

    def focus_field(self, field: str) -> None:
        binding = binding_for(field)
        if binding is not None:
            widget = binding.widget(self)
            widget.setFocus()
            self.ui.scroll.ensureWidgetVisible(widget)
