"""Two desks, one record, in the app: this vault's identity, pairing with a contact file,
sending a record for agreement, and the practitioner's "Records from my supervisor", where a
received record is read, then agreed (signed) or returned with comments. Every step is a call
into core/exchange.py; a refusal from it is shown as its one sentence and changes nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from .. import paths
from ..core import chain, exchange, filenames, identity, labels, repos
from ..core.errors import DeskError
from ..core.records import SESSION_CAPACITIES
from ..core.shown import shown as shown_path
from ..core.vault import Vault
from . import a11y, messages
from .fit import FittedDialog
from .pages import Page, show_writing

EXCHANGE_FILTER = "Exchange files (*.sdx);;All files (*)"
CONTACT_FILTER = "Contact files (*.contact);;All files (*)"
STATE = {
    "sent": "sent, awaiting their agreement",
    "received": "awaiting your agreement",
    "agreed": "signed by you; agreed once the sealed copy arrives",
    "returned": "returned with comments, for a new version",
    "sealed": "sealed",
    "withdrawn": "sent to a desk no longer paired with them; no answer awaited",
}
# The supervisor's side of the same states: an attendee who has signed has agreed.
ROUND = {**STATE, "agreed": "agreed and signed"}


def refused(parent: QWidget | None, title: str, exc: DeskError) -> None:
    """A refusal from core: its one sentence, nothing else (nothing was changed)."""
    messages.tell(parent, title, str(exc), warning=True)


def _mono(widget: QWidget, scale: float = 1.0) -> None:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSizeF(widget.font().pointSizeF() * scale)
    widget.setFont(font)


# The folder an exchange or contact file was last saved to, while the app runs: the next one
# is offered there, next to it. Kept in memory only: a folder's name can say whose files it holds.
_last_folder: Path | None = None


def _save_name(parent: QWidget, title: str, suggested: str, filter_: str) -> Path | None:
    """Where to write a new file; the file dialog does not offer to replace one, since an
    exchange or contact file is never written over (core refuses a taken name), and the name
    it suggests is one not yet taken, in the folder last used."""
    global _last_folder
    folder = _last_folder if _last_folder and _last_folder.is_dir() else paths.documents_dir()
    name, _ = QFileDialog.getSaveFileName(
        parent,
        title,
        str(filenames.free_path(folder, suggested)),
        filter_,
        options=QFileDialog.Option.DontConfirmOverwrite,
    )
    if not name:
        return None
    _last_folder = Path(name).parent
    return Path(name)


def how_agreed(vault: Vault, session_id: str, number: int | None = None) -> str:
    """How the latest sealed version (or sealed version ``number``) was agreed, in the words
    its PDF uses."""
    if number is None:
        last = chain.latest(vault, session_id, sealed=True)
    else:
        last = next(
            (v for v in chain.versions(vault, session_id) if v.number == number and v.sealed),
            None,
        )
    if last is None:
        return ""
    if last.how != chain.SIGNED:
        return "Agreement recorded by the supervisor"
    known = {identity.load(vault).signing_public_key: identity.public(vault).fingerprint}
    known.update({c.public.signing_key: c.fingerprint for c in exchange.contacts(vault)})
    prints = [known.get(bytes(s.public_key or b""), "") for s in last.signatures]
    who = "both" if len(last.signatures) == 2 else f"all {len(last.signatures)} people"
    shown = "; ".join(p for p in prints if p)
    return f"Signed digitally by {who}" + (f" (fingerprints {shown})" if shown else "")


# -- File → My identity ----------------------------------------------------------------------


class IdentityDialog(FittedDialog):
    """This vault's fingerprint, large enough to read aloud, and its contact file."""

    def __init__(self, vault: Vault, parent: QWidget | None = None):
        super().__init__(parent)
        self.vault = vault
        self.setWindowTitle("My identity")
        mine = identity.public(vault)
        layout = QVBoxLayout(self)
        intro = QLabel(
            "To pair with another desk, give them your contact file and read this fingerprint "
            "aloud to them in person, or on a call where you know their voice. They type what "
            "they hear; the app refuses a contact file whose fingerprint differs."
        )
        intro.setWordWrap(True)
        groups = mine.fingerprint.split()
        self.fingerprint = QLabel()
        self.fingerprint.setObjectName("fingerprintLabel")
        self.fingerprint.setAccessibleName("This vault's fingerprint")
        # Read out as well as shown: the name alone would hide the digits from a screen reader.
        a11y.show_text(self.fingerprint, " ".join(groups[:4]) + "\n" + " ".join(groups[4:]))
        self.fingerprint.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.fingerprint.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.fingerprint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        _mono(self.fingerprint, 2.0)
        role = labels.role(mine.role)  # in words, never the stored code
        who = QLabel(f"{mine.name or 'This vault'}" + (f", {role}" if role else ""))
        who.setObjectName("whoLabel")
        who.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setAccessibleName("Message")
        self.message.setWordWrap(True)
        self.saveButton = QPushButton("&Save my contact file…")
        self.saveButton.setToolTip("Your name, role and public keys; it holds no secret")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.saveButton, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.saveButton.clicked.connect(lambda: self.save_contact())
        for widget in (intro, self.fingerprint, who, self.message, buttons):
            layout.addWidget(widget)
        for label in (intro, who, self.message):
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.fingerprint.setTextFormat(Qt.TextFormat.PlainText)

    def save_contact(self, path: Path | None = None) -> Path | None:
        if path is None:
            owner = self.vault.meta().get("owner") or "my-desk"
            from .export_dialog import file_part

            path = _save_name(
                self, "Save my contact file", f"{file_part(owner)}.contact", CONTACT_FILTER
            )
            if path is None:
                return None
        try:
            exchange.write_contact(self.vault, path)
        except DeskError as exc:
            refused(self, "Contact file not saved", exc)
            return None
        a11y.say(self.message, f"Saved {shown_path(path)}. Give it to the person you pair with.")
        self.adjustSize()  # room for the message's lines, none cut off
        return path


# -- Pairing from a person's page -------------------------------------------------------------


class PairDialog(FittedDialog):
    """Trust a contact file for one person, only with the fingerprint compared in person."""

    def __init__(self, vault: Vault, person: dict[str, Any], parent: QWidget | None = None):
        super().__init__(parent)
        self.vault, self.person = vault, person
        practitioner = vault.mode == "practitioner"
        self.setWindowTitle(
            "Pair with your supervisor" if practitioner else f"Pair with {person['name']}"
        )
        whose = "your supervisor's" if practitioner else f"{person['name']}'s"
        layout = QVBoxLayout(self)
        intro = QLabel(
            f"Choose {whose} contact file, then type the fingerprint they read aloud to you "
            "from File → My identity on their desk. Pair only if you heard it from them."
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(intro)
        file_row = QHBoxLayout()
        file_label = QLabel("Contact &file")
        self.fileEdit = QLineEdit()
        self.fileEdit.setAccessibleName("Contact file")
        file_label.setBuddy(self.fileEdit)
        self.browseButton = QPushButton("C&hoose…")
        self.browseButton.clicked.connect(lambda: self._browse())
        for widget in (file_label, self.fileEdit, self.browseButton):
            file_row.addWidget(widget)
        layout.addLayout(file_row)
        print_label = QLabel("Fingerprint &they read aloud (eight groups of five digits)")
        self.fingerprintEdit = QLineEdit()
        self.fingerprintEdit.setAccessibleName("Fingerprint they read aloud")
        self.fingerprintEdit.setPlaceholderText("12345 67890 …")
        _mono(self.fingerprintEdit, 1.4)
        print_label.setBuddy(self.fingerprintEdit)
        layout.addWidget(print_label)
        layout.addWidget(self.fingerprintEdit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.pairButton = self.buttons.addButton("&Pair", QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.pair)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(620, self.sizeHint().height())

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, "Choose a contact file", str(paths.documents_dir()), CONTACT_FILTER
        )
        if name:
            self.fileEdit.setText(name)

    def pair(self) -> bool:
        if not self.fileEdit.text().strip():
            messages.tell(self, "Not paired", "Choose their contact file first.", warning=True)
            return False
        path = Path(self.fileEdit.text().strip())
        typed = " ".join(self.fingerprintEdit.text().split())  # pasted across two lines
        answers = {"move": False, "name_differs": False}
        while True:  # each question asked at most once, then the pairing tried again
            try:
                exchange.add_contact(self.vault, path, self.person["id"], typed, **answers)
                break
            except exchange.PairedElsewhere as exc:
                if answers["move"] or not self._ask_move(exc):
                    return False
                answers["move"] = True
            except exchange.NameDiffers as exc:
                if answers["name_differs"] or not self._ask_name(exc):
                    return False
                answers["name_differs"] = True
            except DeskError as exc:
                refused(self, "Not paired", exc)
                return False
        self.accept()
        return True

    def _ask_move(self, exc: exchange.PairedElsewhere) -> bool:
        # A wrong pairing is put right here; but moving a desk that was right would send
        # this person's records to the other's desk: asked, No by default.
        return messages.ask(
            self,
            "Desk paired with someone else",
            f"This desk is paired with {exc.other_name}. Pair it with {exc.person_name} "
            f"instead?\n\n{exc.other_name} will then have no desk paired: records sent to "
            f"them for agreement stop waiting for an answer, and a reply from this desk "
            f"counts only for {exc.person_name}.",
            "Move the pairing",
            "Do not move",
        )

    def _ask_name(self, exc: exchange.NameDiffers) -> bool:
        # A shortened or changed name is no reason to refuse, but the wrong person's file
        # would send this person's records to them: asked, No by default.
        return messages.ask(
            self,
            "Another name in the contact file",
            f"This contact file is {exc.file_name}'s desk. Pair it with "
            f"{exc.person_name}?\n\nPair only if {exc.file_name} is "
            f"{exc.person_name} under another name: every record you send "
            f"{exc.person_name} will be read on that desk.",
            "Pair it",
            "Do not pair",
        )


def unpair(parent: QWidget, vault: Vault, person: dict[str, Any]) -> bool:
    """Undo a person's pairing, once confirmed (No by default): whether it was undone."""
    practitioner = vault.mode == "practitioner"
    found = exchange.contact_for(vault, person["id"])
    if found is None:
        return False
    desk = found.public.name or "the desk"
    text = (
        f"Unpair your desk from {desk}'s?\n\nNothing more can be sent to or received from "
        "that desk until you pair again. The records already here stay as they are."
        if practitioner
        else f"Unpair {person['name']} from {desk}'s desk?\n\nNothing more is sent to that "
        f"desk for {person['name']}, records out for agreement with it stop waiting, and a "
        f"reply from it is refused. The records and agreed versions stay as they are; pair "
        f"{person['name']} with their own desk to send again."
    )
    if not messages.ask(parent, "Unpair", text, "Unpair", "Do not unpair"):
        return False
    try:
        exchange.unpair(vault, person["id"])
    except DeskError as exc:
        refused(parent, "Not unpaired", exc)
        return False
    return True


# -- Send for agreement -------------------------------------------------------------------------


class SendDialog(FittedDialog):
    """What goes in the file: the record as its agreed PDF shows it; the confidential note
    only if picked here (off unless ticked). A sealed record goes as the sealed copy, for
    their desk to keep: there is nothing left to agree, and no note goes with it."""

    def __init__(
        self, names: list[str], has_note: bool, parent: QWidget | None = None, *, sealed=False
    ):
        super().__init__(parent)
        self.setWindowTitle("Send the sealed copy" if sealed else "Send for agreement")
        layout = QVBoxLayout(self)
        who = ", ".join(names)
        text = QLabel(
            f"Write the sealed record to a file for {who} to open on their own desk and "
            "keep. It is already agreed, so there is nothing for them to agree or sign. The "
            "file is encrypted to their desk and signed by yours. It holds the record as its "
            "agreed PDF shows it: no journal, no other person's records, no confidential note."
            if sealed
            else f"Write this record to a file for {who} to open on their own desk, "
            "agree and sign, or return with comments. The file is encrypted to their desk "
            "and signed by yours. It holds the record as its agreed PDF would show it: no "
            "journal, no other person's records."
        )
        text.setObjectName("sendText")
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.PlainText)
        self.noteCheck = QCheckBox(
            "&Include the confidential note (for them only; never part of the record)"
        )
        self.noteCheck.setChecked(False)
        self.noteCheck.setEnabled(has_note and not sealed)
        self.noteCheck.setVisible(not sealed)  # the sealed copy never carries the note
        if not has_note:
            self.noteCheck.setToolTip("This record has no confidential note")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.saveButton = buttons.addButton(
            "Choose &where to save…", QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for widget in (text, self.noteCheck, buttons):
            layout.addWidget(widget)
        self.resize(560, self.sizeHint().height())


def send_record(
    parent: QWidget,
    vault: Vault,
    session_id: str,
    confidential: bool,
    path: Path | None = None,
    *,
    sealed: bool = False,
) -> tuple[exchange.Sent, Path] | None:
    """Write the exchange file (asking where, unless ``path`` is given): the sent record and
    the file, or ``None`` if cancelled or refused."""
    if path is None:
        session = repos.get(vault, "sessions", session_id)
        path = _save_name(
            parent,
            "Save the sealed record" if sealed else "Save the record for agreement",
            # Whose record and which day, so two records of one day do not meet under one
            # name; the sealed copy is named apart from the file sent for agreement, which
            # is often still beside it.
            f"{_whose(vault, session)}-{session['date']}-"
            f"{'sealed' if sealed else 'for-agreement'}.sdx",
            EXCHANGE_FILTER,
        )
        if path is None:
            return None
    try:
        sent = exchange.send(vault, session_id, path, confidential=confidential)
    except DeskError as exc:
        refused(parent, "Record not sent", exc)
        return None
    return sent, path


def _whose(vault: Vault, session: dict[str, Any]) -> str:
    """A record's person as a piece of a file name ("group" for a group's record)."""
    from .export_dialog import file_part

    if not session["person"]:
        return "group"
    return file_part(_name(vault, session["person"]))


def sent_words(sent: exchange.Sent, path: Path | str) -> str:
    what = "the sealed record" if sent.kind == "sealed" else f"version {sent.number} for agreement"
    line = f"Wrote {shown_path(path)}: {what}, encrypted to {', '.join(sent.to)} and signed"
    if sent.unpaired:
        line += f"; not paired, so not sent to {', '.join(sent.unpaired)}"
    return line


def round_words(vault: Vault, session_id: str) -> str:
    """Where each person's copy of a record stands, one line."""
    parts = []
    for entry in exchange.round_of(vault, session_id):
        name = _name(vault, entry.party)
        parts.append(f"{name}: version {entry.number} {ROUND.get(entry.state, entry.state)}")
    return "; ".join(parts)


def _signed_words(version: chain.ChainVersion, party: str, agreed: int | None) -> str:
    """A version the practitioner has signed and answered: what they did, and what makes it
    the agreed record (their supervisor's sealed copy), so it is not read as both at once."""
    signature = version.signed_by(party)
    when = f" on {labels.long_date(signature.signed[:10])}" if signature else ""
    what = "this amendment" if agreed else "this version"
    words = (
        f"Version {version.number}: you signed {what}{when} and wrote your reply. It becomes "
        "the agreed record when your supervisor's sealed copy arrives"
    )
    if agreed:
        words += (
            f"; until then the agreed record is version {agreed} (choose it under Version shown)"
        )
    return words + "."


def _name(vault: Vault, person_id: str) -> str:
    if repos.exists(vault, "people", person_id):
        return repos.get(vault, "people", person_id)["name"]
    return person_id


# -- Records from my supervisor ----------------------------------------------------------------


def record_text(content: dict[str, Any]) -> str:
    """A received version as plain text: the fields its agreed PDF shows, in its order."""
    s = content["session"]
    supervisor = content.get("supervisor") or {}
    names = ", ".join(p["name"] for p in content.get("supervisees", []))
    lines = [
        f"Supervision on {labels.long_date(s['date'])}"
        + (f", {s['start']}" if s.get("start") else "")
        + f", {s['minutes']} minutes ({labels.KIND.get(s['kind'], s['kind'])})",
        f"Supervisor: {supervisor.get('name') or '—'}",
        f"Supervisee: {names or '—'}",
    ]
    if s.get("functions"):
        lines.append("Functions: " + ", ".join(labels.FUNCTION.get(f, f) for f in s["functions"]))

    def block(title: str, text: str) -> None:
        if text and str(text).strip():
            lines.extend(["", title, str(text).strip()])

    block("Agenda", s.get("agenda", ""))
    for key in SESSION_CAPACITIES:
        block(labels.CAPACITY[key], s.get(key, ""))
    block("Learning", s.get("learning", ""))
    for d in content.get("case_discussions", []):
        parts = [d.get("discussion", ""), d.get("decision", ""), d.get("rationale", "")]
        block(f"Case {d.get('reference', '')}", "\n".join(p for p in parts if p))
    actions = content.get("actions", [])
    if actions:
        lines.extend(["", "Actions"])
        for a in actions:
            due = f", due {labels.short_date(a['due'])}" if a.get("due") else ""
            status = labels.ACTION_STATUS.get(a["status"], a["status"])
            lines.append(f"• {a['text']} — {labels.owner(a['owner'])}{due} ({status})")
    block("Supervisee's comments", s.get("supervisee_comments", ""))
    block("Disagreement with this record", s.get("disagreement", ""))
    for m in content.get("amendments", []):
        block(f"Amended {labels.long_date(m['at'][:10])}", m.get("reason", ""))
    return "\n".join(lines)


def section_start(text: str, field: str) -> int:
    """Where the section showing ``field`` (a field a search hit names) begins in
    ``record_text``'s text: its heading line; 0 when it has none."""
    heading = {
        "agenda": "Agenda",
        "learning": "Learning",
        "actions": "Actions",
        "case_discussions": "Case ",
        "supervisee_comments": "Supervisee's comments",
        "disagreement": "Disagreement with this record",
        **{key: labels.CAPACITY[key] for key in SESSION_CAPACITIES},
    }.get(field)
    if not heading:
        return 0
    found = text.find(f"\n\n{heading}")
    return found + 2 if found >= 0 else 0


def _proposed_amendment(version: chain.ChainVersion) -> bool:
    """A version not yet agreed that amends one that was (its content lists amendments)."""
    return not version.sealed and bool(version.content.get("amendments"))


class ReceivedPage(Page):
    """Records a supervisor sent for agreement: read-only; the supervisee's own words go in
    the two fields below, then Agree (signs that exact version) or Return with comments."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.vault: Vault | None = None
        self.records: list[dict[str, Any]] = []
        self._showing: tuple | None = None  # the record listed, and its latest version
        outer = QVBoxLayout(self)
        heading = QLabel("Records from my supervisor")
        heading.setProperty("role", "heading")
        outer.addWidget(heading)
        # Until a record comes, the page says how one arrives, where the eye lands first,
        # instead of showing empty boxes.
        self.empty = QLabel(
            "No record has come from your supervisor yet. First, your supervisor and you pair "
            "your desks: each saves a contact file from File → My identity… for the other, "
            "and you choose Pair with a contact file… on My supervision. Each record they "
            "send you for agreement then comes as a file: open it with File → Open an "
            "exchange file…, and it is listed here."
        )
        self.empty.setWordWrap(True)
        self.empty.setObjectName("receivedEmpty")
        outer.addWidget(self.empty)
        splitter = QSplitter()
        self.splitter = splitter
        self.recordList = QListWidget()
        self.recordList.setObjectName("receivedList")
        self.recordList.setAccessibleName("Records from my supervisor")
        self.recordList.setWordWrap(True)  # each line whole, never cut off sideways
        self.recordList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.recordList.setSpacing(2)
        splitter.addWidget(self.recordList)
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        self.stateLabel = QLabel()
        self.stateLabel.setWordWrap(True)
        self.stateLabel.setAccessibleName("Where this record stands")
        self.recordView = QPlainTextEdit()
        self.recordView.setObjectName("recordView")
        self.recordView.setReadOnly(True)
        self.recordView.setAccessibleName("The record, as sent")
        self.commentsEdit = QPlainTextEdit()
        self.commentsEdit.setObjectName("receivedCommentsEdit")
        self.commentsEdit.setAccessibleName("Your comments")
        self.disagreementEdit = QPlainTextEdit()
        self.disagreementEdit.setObjectName("receivedDisagreementEdit")
        self.disagreementEdit.setAccessibleName("Where you disagree")
        for edit in (self.commentsEdit, self.disagreementEdit):
            edit.setTabChangesFocus(True)
            edit.setMaximumHeight(self.fontMetrics().lineSpacing() * 5)
        comments_label = QLabel("Your &comments on the record")
        comments_label.setBuddy(self.commentsEdit)
        disagreement_label = QLabel("Where you &disagree, in your own words")
        disagreement_label.setBuddy(self.disagreementEdit)
        buttons = QHBoxLayout()
        self.agreeButton = QPushButton("&Agree and sign…")
        self.agreeButton.setObjectName("agreeButton")
        self.agreeButton.setToolTip(
            "Sign this exact version, with your comments, and write the reply"
        )
        self.returnButton = QPushButton("&Return with comments…")
        self.returnButton.setObjectName("returnButton")
        self.returnButton.setToolTip("Do not sign: ask your supervisor for a new version")
        self.pdfButton = QPushButton("Open as &PDF…")
        self.pdfButton.setObjectName("openPdfButton")
        self.pdfButton.setToolTip("See the record as its PDF, to print it")
        self.savePdfButton = QPushButton("&Save as PDF…")
        self.savePdfButton.setObjectName("savePdfButton")
        buttons.addStretch(1)
        buttons.addWidget(self.returnButton)
        buttons.addWidget(self.agreeButton)
        # The record's own buttons sit under it, before the answers (and so in Tab order).
        record_buttons = QHBoxLayout()
        record_buttons.addWidget(self.pdfButton)
        record_buttons.addWidget(self.savePdfButton)
        record_buttons.addStretch(1)
        # Which version is shown: the latest first; while an amendment awaits agreement the
        # version both agreed is one step down, never out of reach.
        self.versionCombo = QComboBox()
        self.versionCombo.setObjectName("versionCombo")
        self.versionCombo.setAccessibleName("Version shown")
        self.versionLabel = QLabel("Versio&n shown")
        self.versionLabel.setBuddy(self.versionCombo)
        self.versionRow = QWidget()
        version_row = QHBoxLayout(self.versionRow)
        version_row.setContentsMargins(0, 0, 0, 0)
        version_row.addWidget(self.versionLabel)
        version_row.addWidget(self.versionCombo, 1)
        column.addWidget(self.stateLabel)
        column.addWidget(self.versionRow)
        column.addWidget(self.recordView)
        column.addLayout(record_buttons)
        for widget in (comments_label, self.commentsEdit):
            column.addWidget(widget)
        column.addWidget(disagreement_label)
        column.addWidget(self.disagreementEdit)
        column.addLayout(buttons)
        column.setStretchFactor(self.recordView, 1)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        outer.addWidget(splitter, 1)
        outer.addStretch(0)  # takes the room only while the panes are hidden
        for label in self.findChildren(QLabel):
            if label.buddy() is None:
                label.setTextFormat(Qt.TextFormat.PlainText)
        self.recordList.currentRowChanged.connect(lambda _: self._show())
        self.versionCombo.currentIndexChanged.connect(lambda _: self._show_version())
        self.agreeButton.clicked.connect(lambda: self.answer(returned=False))
        self.returnButton.clicked.connect(lambda: self.answer(returned=True))
        self.pdfButton.clicked.connect(lambda: self.open_pdf())
        self.savePdfButton.clicked.connect(lambda: self.save_pdf())

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        show_writing([self.agreeButton, self.returnButton], read_only)
        for edit in (self.commentsEdit, self.disagreementEdit):
            edit.setReadOnly(read_only)

    def set_vault(self, vault: Vault | None) -> None:
        self.vault = vault
        if vault is None:
            self.records = []
            self.recordList.clear()
            for edit in (self.recordView, self.commentsEdit, self.disagreementEdit):
                edit.clear()
            self.stateLabel.clear()
            self.versionCombo.clear()
            self._showing = None
        elif self.isVisible():
            self.refresh()

    def shown(self) -> None:
        self.refresh()

    def refresh(self, select: str | None = None) -> None:
        if self.vault is None:
            return
        keep = select or self.current()
        self.records = exchange.received_records(self.vault)
        self.recordList.blockSignals(True)
        self.recordList.clear()
        for r in self.records:
            version = r["version"]
            date = labels.long_date(version.content["session"]["date"])
            amendment = " (an amendment)" if _proposed_amendment(version) else ""
            item = QListWidgetItem(
                f"{date}\nversion {version.number}{amendment}: {STATE.get(r['state'], r['state'])}"
            )
            item.setData(Qt.ItemDataRole.UserRole, r["session"])
            self.recordList.addItem(item)
        self.recordList.blockSignals(False)
        ids = [r["session"] for r in self.records]
        self.recordList.setCurrentRow(ids.index(keep) if keep in ids else (0 if ids else -1))
        self.empty.setVisible(not ids)
        self.splitter.setVisible(bool(ids))
        self._show()

    def current(self) -> str | None:
        item = self.recordList.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def place(self) -> dict:
        """The record chosen and the version shown."""
        if self.current() is None:
            return {}
        return {"record": self.current(), "version": self.versionCombo.currentData()}

    def return_to(self, place: dict) -> None:
        if self.vault is None or not place.get("record"):
            return
        self.refresh(select=place["record"])
        index = self.versionCombo.findData(place.get("version"))
        if self.current() == place["record"] and index >= 0:
            self.versionCombo.setCurrentIndex(index)
        self.recordList.setFocus()  # the keyboard with the record, not on the sidebar

    def _record(self) -> dict[str, Any] | None:
        return next((r for r in self.records if r["session"] == self.current()), None)

    def _show(self) -> None:
        """The chosen record: its versions listed newest first, the latest shown."""
        r = self._record()
        # The same record shown again (the page refreshed) keeps the version chosen; a new
        # version come in since is shown first.
        showing = (r["session"], r["version"].number) if r else None
        keep = self.versionCombo.currentData() if r and showing == self._showing else None
        self._showing = showing
        self.versionCombo.blockSignals(True)
        self.versionCombo.clear()
        if r is not None:
            for version in reversed(chain.versions(self.vault, r["session"])):
                self.versionCombo.addItem(
                    f"Version {version.number}: {self._standing(r, version)}", version.number
                )
            self.versionCombo.setCurrentIndex(max(0, self.versionCombo.findData(keep)))
        self.versionCombo.blockSignals(False)
        self.versionRow.setVisible(self.versionCombo.count() > 1)
        self._show_version()

    def _standing(self, r: dict[str, Any], version: chain.ChainVersion) -> str:
        """Where one version stands, in a few words."""
        if version.number == r["version"].number:
            words = STATE.get(r["state"], r["state"])
            return f"an amendment, {words}" if _proposed_amendment(version) else words
        return "agreed and sealed" if version.sealed else "not agreed; replaced"

    def _shown_version(self, r: dict[str, Any]) -> chain.ChainVersion:
        number = self.versionCombo.currentData()
        if number is None or number == r["version"].number:
            return r["version"]
        found = chain.versions(self.vault, r["session"])
        return next((v for v in found if v.number == number), r["version"])

    def _show_version(self) -> None:
        r = self._record()
        version = self._shown_version(r) if r is not None else None
        latest = r is not None and version.number == r["version"].number
        open_ = latest and r["state"] == "received"
        for widget in (self.agreeButton, self.returnButton):
            widget.setEnabled(open_)
        for widget in (self.pdfButton, self.savePdfButton):
            widget.setEnabled(r is not None)
        signed = r is not None and chain.signed_pdf(version, r["party"]) is not None
        self.savePdfButton.setText("&Save the signed PDF…" if signed else "&Save as PDF…")
        self.savePdfButton.setToolTip(
            "The PDF you and your supervisor both signed; any PDF reader can check it"
            if signed
            else "The version as sent, marked as a draft until it is sealed"
        )
        for edit in (self.commentsEdit, self.disagreementEdit):
            edit.setReadOnly(not open_)
        if r is None:
            for edit in (self.recordView, self.commentsEdit, self.disagreementEdit):
                edit.clear()
            self.stateLabel.clear()
            self._mark_proposed(False)
            return
        a11y.show_text(self.stateLabel, self._state_words(r, version))
        self._mark_proposed(not version.sealed)
        text = record_text(version.content)
        if r["confidential_note"] and latest:
            text += (
                "\n\nConfidential note (sent to you only; not part of the record)\n"
                + r["confidential_note"]
            )
        self.recordView.setPlainText(text)
        if not open_:  # what was sent back, as it was sent
            self.commentsEdit.setPlainText(r["comments"] if latest else "")
            self.disagreementEdit.setPlainText(r["disagreement"] if latest else "")
        elif self.commentsEdit.property("session") != r["session"]:
            self.commentsEdit.clear()
            self.disagreementEdit.clear()
        self.commentsEdit.setProperty("session", r["session"] if open_ else None)

    def _state_words(self, r: dict[str, Any], version: chain.ChainVersion) -> str:
        """What the shown version is: agreed, or proposed and awaiting agreement (then which
        version is the agreed record, and where to read it)."""
        latest = r["version"]
        agreed = [v for v in chain.versions(self.vault, r["session"]) if v.sealed]
        if version.sealed:
            words = f"Version {version.number}: agreed and sealed."
            how = how_agreed(self.vault, r["session"], version.number)
            words += f" {how}." if how else ""
            if version.number != latest.number:
                words += (
                    f" It is the agreed record while version {latest.number} awaits agreement."
                    if not latest.sealed
                    else f" Version {latest.number} has replaced it."
                )
            return words
        standing = STATE.get(r["state"], r["state"])
        if version.number != latest.number:
            return f"Version {version.number}: never agreed; version {latest.number} followed."
        if r["state"] == "agreed":
            return _signed_words(version, r["party"], agreed[-1].number if agreed else None)
        if agreed:
            return (
                f"Version {version.number} is an amendment, {standing}: the text below is "
                f"proposed, not yet agreed. Version {agreed[-1].number} stays the agreed "
                "record until this one is sealed; choose it under Version shown to read it."
            )
        return f"Version {version.number}: {standing}. The text below is proposed, not yet agreed."

    def _mark_proposed(self, proposed: bool) -> None:
        """A version not yet agreed is framed, so it is never taken for the agreed record."""
        role = "pending" if proposed else ""
        if self.stateLabel.property("role") != role:
            self.stateLabel.setProperty("role", role)
            self.stateLabel.style().unpolish(self.stateLabel)
            self.stateLabel.style().polish(self.stateLabel)

    def _copy(self, r: dict[str, Any]):  # -> agreed_pdf.ReceivedCopy
        from ..core.pdf import agreed_pdf  # the PDF machinery loads when first needed

        shown = self._shown_version(r).number
        return agreed_pdf.received_copy(self.vault, r["session"], r["party"], shown)

    def _title(self, r: dict[str, Any]) -> str:
        version = self._shown_version(r)
        date = labels.long_date(version.content["session"]["date"])
        return f"Supervision record of {date}, version {version.number}"

    def open_pdf(self):  # -> QPrintPreviewDialog | None
        """The record as its PDF, in a print preview (the signed PDF once sealed)."""
        r = self._record()
        if r is None or self.vault is None:
            return None
        from . import printing

        try:
            data = self._copy(r).data
        except DeskError as exc:
            refused(self, "Not opened", exc)
            return None
        self.preview_dialog = printing.preview(data, self._title(r), self)
        self.preview_dialog.open()
        return self.preview_dialog

    def save_pdf(self, path: Path | None = None) -> Path | None:
        """Save the record's PDF where the user chooses: once sealed, the very PDF both
        signed, which `verify` checks in either vault; before, the version as sent."""
        r = self._record()
        if r is None or self.vault is None:
            return None
        shown = self._shown_version(r)
        if path is None:
            date = shown.content["session"]["date"]
            name, _ = QFileDialog.getSaveFileName(
                self,
                "Save the record as PDF",
                str(
                    filenames.free_path(
                        paths.documents_dir(), f"supervision-{date}-v{shown.number}.pdf"
                    )
                ),
                "PDF files (*.pdf)",
            )
            if not name:
                return None
            path = Path(name)
        from ..core.pdf import agreed_pdf

        try:
            found = agreed_pdf.save_received(
                self.vault, r["session"], path, r["party"], shown.number
            )
        except DeskError as exc:
            refused(self, "Not saved", exc)
            return None
        self.status.emit(
            f"Saved {path}"
            + (": the PDF you both signed" if found.signed else ": a draft, not yet sealed")
        )
        return path

    def answer(self, *, returned: bool, path: Path | None = None) -> Path | None:
        """Agree (sign) or return the selected record; either writes the reply file."""
        r = self._record()
        if r is None or self.vault is None:
            return None
        comments = self.commentsEdit.toPlainText().strip()
        disagreement = self.disagreementEdit.toPlainText().strip()
        title = "Reply not written"
        if returned and not (comments or disagreement):
            messages.tell(
                self,
                title,
                "Say what should change: a returned record needs comments.",
                warning=True,
            )
            return None
        if not returned and not messages.ask(
            self,
            "Agree and sign",
            f"Sign version {r['version'].number} of this record as it stands"
            + (", with your comments" if comments or disagreement else "")
            + "? Your signature covers this exact text; any later change shows.",
            "Agree and sign",
        ):
            return None
        if path is None:
            from .export_dialog import file_part

            content = r["version"].content
            date = content["session"]["date"]
            mine = [p["name"] for p in content["supervisees"] if p["id"] == r["party"]]
            who = file_part(mine[0]) if mine else "record"
            path = _save_name(self, "Save your reply", f"{who}-{date}-reply.sdx", EXCHANGE_FILTER)
            if path is None:
                return None
        try:
            line = exchange.agree(
                self.vault,
                r["session"],
                path,
                comments=comments,
                disagreement=disagreement,
                returned=returned,
            )
        except DeskError as exc:
            refused(self, title, exc)
            return None
        self.status.emit(line + " Give the reply file to your supervisor.")
        self.refresh(select=r["session"])
        return path
