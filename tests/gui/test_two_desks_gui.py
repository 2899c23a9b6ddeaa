"""Two desks, one record, through the app: a supervisor's vault and a practitioner's, each open
in its own window, pair both ways, then a record is sent, received, agreed (or returned with
comments) and the reply opened at the supervisor's desk; a wrong fingerprint is refused."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from supervision_desk.core import clock, exchange, identity, labels, repos
from supervision_desk.gui import desks, messages
from supervision_desk.gui import main_window as mw
from supervision_desk.gui.app import Controller, make_app, open_settings
from tests import tools

CANARY = "CANARY-5d1e-NOTE"


class Told:
    """Stands in for the message box: records each sentence shown."""

    def __init__(self):
        self.said: list[str] = []

    def __call__(self, parent, title, text, **_kw):
        self.said.append(text)


@pytest.fixture
def told(monkeypatch):
    found = Told()
    monkeypatch.setattr(messages, "tell", found)
    return found


@pytest.fixture
def files(monkeypatch, tmp_path):
    """The file dialogs, answered with the next name queued (as a user would pick)."""
    queue: list[Path] = []

    def pick(*_args, **_kw):
        return (str(queue.pop(0)), "") if queue else ("", "")

    monkeypatch.setattr(desks.QFileDialog, "getSaveFileName", pick)
    monkeypatch.setattr(desks.QFileDialog, "getOpenFileName", pick)
    monkeypatch.setattr(mw.QFileDialog, "getOpenFileName", pick)
    return queue


@pytest.fixture
def two(qtbot, qapp, controller, make_vault, tmp_path):
    """Alex's supervisor vault (Sam Taylor, one session) and Sam's own practitioner vault,
    each unlocked in its own window."""
    boss = make_vault(tmp_path / "alex.sdvault", owner="Alex Morgan")
    repos.save(boss, "people", {"id": "p1", "name": "Sam Taylor", "role": "social_worker"})
    repos.save(
        boss,
        "sessions",
        {
            "id": "s1",
            "person": "p1",
            "date": "2026-03-09",
            "minutes": 90,
            "attunement": "Feels shut out since the move.",
            "confidential_note": CANARY,
        },
    )
    sam = make_vault(tmp_path / "sam.sdvault", owner="Sam Taylor", mode="practitioner")
    controller._unlocked(boss)
    controller.window.resize(1280, 720)
    make_app()
    other = Controller(open_settings())
    qtbot.addWidget(other.window)
    other._unlocked(sam)
    other.window.resize(1280, 720)
    yield controller.window, other.window
    other.shutdown()
    other.window.close()


def _fingerprint_shown(window) -> str:
    dialog = window.show_identity()
    shown = dialog.fingerprint.text()
    dialog.close()
    return shown


def _pair(qtbot, window, person_id: str, contact: Path, typed: str):
    window.show_section(mw.PEOPLE)
    window.people.select_person(person_id)
    qtbot.mouseClick(window.people.ui.pairButton, Qt.LeftButton)
    dialog = window.people.pair_dialog
    dialog.fileEdit.setText(str(contact))
    dialog.fingerprintEdit.setText(typed)
    qtbot.mouseClick(dialog.pairButton, Qt.LeftButton)
    return dialog


def _pair_both(qtbot, boss_win, sam_win, files, tmp_path):
    """Each saves a contact file from File → My identity and types the other's fingerprint."""
    boss_contact, sam_contact = tmp_path / "alex.contact", tmp_path / "sam.contact"
    files.append(boss_contact)
    boss_win.show_identity().save_contact()
    files.append(sam_contact)
    sam_win.show_identity().save_contact()
    _pair(qtbot, boss_win, "p1", sam_contact, _fingerprint_shown(sam_win))
    _pair(qtbot, sam_win, "me", boss_contact, _fingerprint_shown(boss_win))


def _send(qtbot, boss_win, files, out: Path, monkeypatch):
    """Send for agreement… from the session record; the note box is left as it opens."""
    offered = {}

    def accept(dialog):
        offered["note"] = (dialog.noteCheck.isEnabled(), dialog.noteCheck.isChecked())
        return dialog.DialogCode.Accepted

    monkeypatch.setattr(desks.SendDialog, "exec", accept)
    boss_win.open_session("s1")
    editor = boss_win.editor
    assert editor.ui.sendButton.isEnabled()
    files.append(out)
    qtbot.mouseClick(editor.ui.sendButton, Qt.LeftButton)
    return offered


def test_pair_send_agree_and_the_reply_seals_the_record(
    qtbot, two, files, told, answers, tmp_path, monkeypatch
):
    boss_win, sam_win = two
    boss, sam = boss_win.vault, sam_win.vault
    # The fingerprint is shown in readable groups, selectable, and is the vault's own.
    shown = _fingerprint_shown(boss_win)
    assert shown.split() == identity.load(boss).fingerprint.split()
    assert shown.count("\n") == 1  # two lines of four groups, easy to read aloud

    _pair_both(qtbot, boss_win, sam_win, files, tmp_path)
    boss_win.people.select_person("p1")
    assert "paired; fingerprint checked on " in boss_win.people.ui.pairingLabel.text()
    assert "paired; fingerprint checked on " in sam_win.people.ui.pairingLabel.text()
    assert told.said == []

    out = tmp_path / "s1-for-sam.sdx"
    offered = _send(qtbot, boss_win, files, out, monkeypatch)
    assert offered["note"] == (True, False)  # offered, off unless picked
    data = out.read_bytes()
    assert CANARY.encode() not in data and b"shut out" not in data  # encrypted
    assert "Sam Taylor: version 1 sent" in boss_win.editor.ui.roundLabel.text()
    # Sending again to the same name never writes over the file.
    files.append(out)
    qtbot.mouseClick(boss_win.editor.ui.sendButton, Qt.LeftButton)
    assert len(told.said) == 1 and out.read_bytes() == data

    # Sam's desk: the record lands under Records from my supervisor, read-only.
    received_row = mw.SIDEBAR.index(next(s for s in mw.SIDEBAR if s.key == "received"))
    assert not sam_win.ui.sidebar.isRowHidden(received_row)
    assert boss_win.ui.sidebar.isRowHidden(received_row)
    files.append(out)
    sam_win.ui.actionOpenExchange.trigger()
    page = sam_win.page(mw.RECEIVED)
    assert sam_win.ui.pages.currentWidget() is page
    assert page.recordList.count() == 1
    assert "awaiting your agreement" in page.recordList.item(0).text()
    assert "Feels shut out since the move." in page.recordView.toPlainText()
    assert CANARY not in page.recordView.toPlainText()  # not picked, not sent
    assert page.recordView.isReadOnly()

    page.commentsEdit.setPlainText("A fair record.")
    page.disagreementEdit.setPlainText("I said tired, not shut out.")
    reply = tmp_path / "s1-reply.sdx"
    files.append(reply)
    qtbot.mouseClick(page.agreeButton, Qt.LeftButton)
    assert "Sign version 1" in answers.asked[-1]
    assert reply.exists()
    # What Sam did, and what makes it the agreed record, without calling it proposed as well.
    assert page.stateLabel.text() == (
        f"Version 1: you signed this version on {labels.long_date(clock.today())} and wrote "
        "your reply. It becomes the agreed record when your supervisor's sealed copy arrives."
    )
    assert "signed by you; agreed once the sealed copy arrives" in page.recordList.item(0).text()
    assert not page.agreeButton.isEnabled() and page.commentsEdit.isReadOnly()

    # Alex's desk: opening the reply seals the record, with Sam's words and how it was agreed.
    files.append(reply)
    boss_win.ui.actionOpenExchange.trigger()
    editor = boss_win.editor
    assert boss_win.ui.pages.currentIndex() == mw.SESSION
    assert editor.ui.sealBar.isVisible()
    seal = editor.ui.sealLabel.text()
    assert "Signed digitally by both (fingerprints " in seal
    assert identity.load(sam).fingerprint in seal
    assert editor.ui.commentsEdit.toPlainText() == "A fair record."
    assert editor.ui.disagreementEdit.toPlainText() == "I said tired, not shut out."
    assert editor.ui.commentsEdit.isReadOnly()

    # A file is opened once: the same reply again is refused in one sentence.
    before = len(told.said)
    boss_win.open_exchange_file(reply)
    assert len(told.said) == before + 1 and "already opened" in told.said[-1]

    # The sealed copy goes back; Sam's desk then holds it, sealed.
    sealed = tmp_path / "s1-sealed.sdx"
    files.append(sealed)
    qtbot.mouseClick(editor.ui.sendButton, Qt.LeftButton)
    sam_win.open_exchange_file(sealed)
    assert "version 1: sealed" in page.recordList.item(0).text()
    assert "Signed digitally by both" in page.stateLabel.text()


def test_return_with_comments_reaches_the_supervisor_unsealed(
    qtbot, two, files, told, answers, tmp_path, monkeypatch
):
    boss_win, sam_win = two
    _pair_both(qtbot, boss_win, sam_win, files, tmp_path)
    out = tmp_path / "v1.sdx"
    _send(qtbot, boss_win, files, out, monkeypatch)
    sam_win.open_exchange_file(out)
    page = sam_win.page(mw.RECEIVED)
    qtbot.mouseClick(page.returnButton, Qt.LeftButton)  # no comments yet: asked for them
    assert told.said == ["Say what should change: a returned record needs comments."]
    page.commentsEdit.setPlainText("The plan for Thursday is missing.")
    reply = tmp_path / "v1-returned.sdx"
    files.append(reply)
    qtbot.mouseClick(page.returnButton, Qt.LeftButton)
    assert reply.exists()
    assert "returned with comments" in page.stateLabel.text()

    done = boss_win.open_exchange_file(reply)
    assert "returned version 1 with comments" in done.summary
    editor = boss_win.editor
    assert not editor.ui.sealBar.isVisible()  # not agreed: still open for a new version
    assert "Sam Taylor: version 1 returned with comments" in editor.ui.roundLabel.text()
    assert editor.ui.commentsEdit.toPlainText() == "The plan for Thursday is missing."
    assert not editor.ui.commentsEdit.isReadOnly()


def test_a_fingerprint_that_does_not_match_is_refused(qtbot, two, files, told, tmp_path):
    boss_win, sam_win = two
    sam_contact = tmp_path / "sam.contact"
    files.append(sam_contact)
    sam_win.show_identity().save_contact()
    wrong = _fingerprint_shown(boss_win)  # Alex's own, typed for Sam's file
    dialog = _pair(qtbot, boss_win, "p1", sam_contact, wrong)
    assert told.said == [
        f"The fingerprint in {sam_contact} is not the one you typed: do not pair with it."
    ]
    assert dialog.isVisible()  # still open, to try again
    assert exchange.contact_for(boss_win.vault, "p1") is None
    assert boss_win.people.ui.pairingLabel.text() == "Desk to desk: not paired"
    boss_win.open_session("s1")
    assert not boss_win.editor.ui.sendButton.isEnabled()


def test_sealing_in_the_room_asks_first_and_says_so(qtbot, two, answers):
    boss_win, _ = two
    boss_win.open_session("s1")
    ui = boss_win.editor.ui
    answers.answer = False
    ui.supervisorAgreed.setChecked(True)
    ui.superviseeAgreed.setChecked(True)
    assert "Both of you have agreed this record: seal it?" in answers.asked[-1]
    assert not ui.superviseeAgreed.isChecked() and not ui.sealBar.isVisible()
    answers.answer = True
    ui.superviseeAgreed.setChecked(True)
    assert ui.sealBar.isVisible()
    assert "Agreement recorded by the supervisor" in ui.sealLabel.text()


def _agreed_round(qtbot, boss_win, sam_win, files, tmp_path, name):
    """Sam opens the record sent, agrees it; Alex opens the reply and sends the sealed copy."""
    sam_win.open_exchange_file(tmp_path / f"{name}.sdx")
    page = sam_win.page(mw.RECEIVED)
    reply = tmp_path / f"{name}-reply.sdx"
    files.append(reply)
    qtbot.mouseClick(page.agreeButton, Qt.LeftButton)
    boss_win.open_exchange_file(reply)
    sealed = tmp_path / f"{name}-sealed.sdx"
    files.append(sealed)
    qtbot.mouseClick(boss_win.editor.ui.sendButton, Qt.LeftButton)
    sam_win.open_exchange_file(sealed)
    return page


@pytest.mark.slow
def test_an_amendment_goes_round_again_and_both_desks_keep_every_version(
    qtbot, two, files, told, answers, tmp_path, monkeypatch
):
    from supervision_desk.core import chain
    from supervision_desk.core.pdf import agreed_pdf

    boss_win, sam_win = two
    boss, sam = boss_win.vault, sam_win.vault
    _pair_both(qtbot, boss_win, sam_win, files, tmp_path)
    _send(qtbot, boss_win, files, tmp_path / "v1.sdx", monkeypatch)
    _agreed_round(qtbot, boss_win, sam_win, files, tmp_path, "v1")
    first_pdf = agreed_pdf.export(boss, "s1")

    # Alex amends the signed record: it asks why, then the new version waits for Sam.
    editor = boss_win.editor
    monkeypatch.setattr(messages, "ask_text", lambda *a, **k: "Left out the move's effect.")
    qtbot.mouseClick(editor.ui.amendButton, Qt.LeftButton)
    editor.section("analysis").setPlainText("The move cut her off from her friends.")
    qtbot.mouseClick(editor.ui.saveAmendButton, Qt.LeftButton)
    assert "Version 2 awaits agreement" in editor.ui.sealLabel.text()
    assert "version 1 is the agreed record" in editor.ui.sealLabel.text()
    assert editor.ui.sendButton.text().replace("&", "") == "Send for agreement…"
    boss_win.grab().save(str(tools.shots() / "two-desks-amended.png"))
    _send(qtbot, boss_win, files, tmp_path / "v2.sdx", monkeypatch)
    assert "Sam Taylor: version 2 sent" in editor.ui.roundLabel.text()

    # Sam's desk shows version 2, with the amendment and why, awaiting agreement.
    page = sam_win.page(mw.RECEIVED)
    sam_win.open_exchange_file(tmp_path / "v2.sdx")
    assert page.recordList.count() == 1
    assert "version 2 (an amendment): awaiting your agreement" in page.recordList.item(0).text()
    shown = page.recordView.toPlainText()
    assert "The move cut her off from her friends." in shown
    assert "Left out the move's effect." in shown
    sam_win.grab().save(str(tools.shots() / "two-desks-received-v2.png"))
    reply = tmp_path / "v2-reply.sdx"
    files.append(reply)
    qtbot.mouseClick(page.agreeButton, Qt.LeftButton)
    assert "Sign version 2" in answers.asked[-1]
    assert page.stateLabel.text() == (
        f"Version 2: you signed this amendment on {labels.long_date(clock.today())} and wrote "
        "your reply. It becomes the agreed record when your supervisor's sealed copy arrives; "
        "until then the agreed record is version 1 (choose it under Version shown)."
    )
    qtbot.wait(50)
    sam_win.grab().save(str(tools.shots() / "two-desks-signed-v2.png"))

    boss_win.open_exchange_file(reply)
    assert "Version 2, agreed" in editor.ui.sealLabel.text()
    assert "Signed digitally by both" in editor.ui.sealLabel.text()
    assert editor.ui.sendButton.text().replace("&", "") == "Send the sealed copy…"
    sealed = tmp_path / "v2-sealed.sdx"
    files.append(sealed)
    qtbot.mouseClick(editor.ui.sendButton, Qt.LeftButton)
    sam_win.open_exchange_file(sealed)
    assert "version 2: sealed" in page.recordList.item(0).text()
    assert told.said == []

    for vault in (boss, sam):
        found = chain.versions(vault, "s1")
        assert [(v.number, v.how, bool(v.sealed)) for v in found] == [
            (1, "signed", True),
            (2, "signed", True),
        ]
        assert all({s.party for s in v.signatures} == {"supervisor", "p1"} for v in found)
        verdict = agreed_pdf.verify(vault, first_pdf)
        assert not verdict.matches and "replaced by version 2" in verdict.message
    assert chain.versions(sam, "s1")[1].pdf == chain.versions(boss, "s1")[1].pdf


def test_the_practitioner_opens_and_saves_the_record_and_the_signed_pdf_verifies_in_both(
    qtbot, two, files, told, answers, tmp_path, monkeypatch
):
    from pypdf import PdfReader
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    from supervision_desk.core.pdf import agreed_pdf

    boss_win, sam_win = two
    boss, sam = boss_win.vault, sam_win.vault
    _pair_both(qtbot, boss_win, sam_win, files, tmp_path)
    _send(qtbot, boss_win, files, tmp_path / "v1.sdx", monkeypatch)
    sam_win.open_exchange_file(tmp_path / "v1.sdx")
    page = sam_win.page(mw.RECEIVED)

    # Before it is agreed: the version as sent, as a draft, to read or print.
    assert page.savePdfButton.text().replace("&", "") == "Save as PDF…"
    preview = page.open_pdf()
    assert isinstance(preview, QPrintPreviewDialog) and preview.isVisible()
    assert "version 1" in preview.windowTitle()
    preview.close()
    draft = tmp_path / "draft.pdf"
    files.append(draft)
    qtbot.mouseClick(page.savePdfButton, Qt.LeftButton)
    words = " ".join(PdfReader(draft).pages[0].extract_text().split())
    assert "Feels shut out since the move." in words and "Draft" in words
    assert not agreed_pdf.verify(sam, draft.read_bytes()).matches  # not agreed yet

    # Agreed, sealed at Alex's desk, and the sealed copy sent back with "Send the sealed copy…".
    reply = tmp_path / "v1-reply.sdx"
    files.append(reply)
    qtbot.mouseClick(page.agreeButton, Qt.LeftButton)
    boss_win.open_exchange_file(reply)
    editor = boss_win.editor
    assert editor.ui.sendButton.text().replace("&", "") == "Send the sealed copy…"
    sealed = tmp_path / "v1-sealed.sdx"
    files.append(sealed)
    qtbot.mouseClick(editor.ui.sendButton, Qt.LeftButton)
    sam_win.open_exchange_file(sealed)
    assert page.savePdfButton.text().replace("&", "") == "Save the signed PDF…"
    sam_win.show_section(mw.RECEIVED)
    qtbot.wait(50)  # the layout settles around the button's longer name
    sam_win.grab().save(str(tools.shots() / "two-desks-received-sealed.png"))
    assert page.savePdfButton.width() >= page.savePdfButton.sizeHint().width()
    signed = tmp_path / "signed.pdf"
    files.append(signed)
    qtbot.mouseClick(page.savePdfButton, Qt.LeftButton)
    assert "the PDF you both signed" in sam_win.statusBar().currentMessage()
    data = signed.read_bytes()
    for vault in (sam, boss):
        verdict = agreed_pdf.verify(vault, data)
        assert verdict.matches, verdict.message
        assert "signed by Sam Taylor and Alex Morgan" in verdict.message
    preview = page.open_pdf()  # the signed PDF is what the preview shows
    assert preview.isVisible()
    preview.close()
    changed = bytearray(data)
    at = data.index(b"/Keywords")
    changed[at + 1] ^= 0x20  # one byte changed: no longer the signed record
    assert not agreed_pdf.verify(boss, bytes(changed)).matches
    assert told.said == []


def test_my_identity_gives_the_role_in_words(qtbot, controller, make_vault, tmp_path):
    vault = make_vault(tmp_path / "lead.sdvault", owner="Alex Morgan", role="first_line_manager")
    controller._unlocked(vault)
    dialog = controller.window.show_identity()
    who = dialog.findChild(desks.QLabel, "whoLabel").text()
    assert who == "Alex Morgan, First-line manager"
    dialog.resize(1280, 720)
    dialog.grab().save(str(tmp_path / "identity.png"))
    dialog.close()


def test_a_record_sealed_in_the_room_is_sent_as_the_sealed_copy_to_keep(
    qtbot, two, files, told, answers, tmp_path, monkeypatch
):
    """Both boxes ticked at Alex's desk: the page and the dialog speak of a copy to keep,
    not of agreeing and signing, and Sam's desk receives it sealed."""
    boss_win, sam_win = two
    _pair_both(qtbot, boss_win, sam_win, files, tmp_path)
    boss_win.open_session("s1")
    ui = boss_win.editor.ui
    ui.supervisorAgreed.setChecked(True)
    ui.superviseeAgreed.setChecked(True)
    assert ui.sealBar.isVisible()
    line = ui.roundLabel.text()
    assert "sealed copy to keep" in line and "nothing for them to agree" in line
    assert "agree and sign" not in line
    assert ui.sendButton.text().replace("&", "") == "Send the sealed copy…"
    shown = {}

    def look(dialog):
        shown["title"] = dialog.windowTitle()
        shown["text"] = dialog.findChild(desks.QLabel, "sendText").text()
        shown["note"] = dialog.noteCheck.isVisibleTo(dialog)
        dialog.grab().save(str(tools.shots() / "send-sealed-copy.png"))
        return dialog.DialogCode.Accepted

    monkeypatch.setattr(desks.SendDialog, "exec", look)
    sealed = tmp_path / "room-sealed.sdx"
    files.append(sealed)
    qtbot.mouseClick(ui.sendButton, Qt.LeftButton)
    assert shown["title"] == "Send the sealed copy"
    assert "keep" in shown["text"] and "nothing for them to agree" in shown["text"]
    assert "return with comments" not in shown["text"]
    assert not shown["note"]  # the sealed copy never carries the confidential note
    assert "the sealed record" in boss_win.statusBar().currentMessage()
    sam_win.open_exchange_file(sealed)
    page = sam_win.page(mw.RECEIVED)
    assert "version 1: sealed" in page.recordList.item(0).text()
    assert "Agreement recorded by the supervisor" in page.stateLabel.text()
    assert told.said == []


# -- the practitioner's own supervision, after a record went round ---------------------------
# Alex sends it, Sam agrees, Alex seals it and sends the sealed copy, which Sam opens. Sam's
# desk then shows that record as Sam's own supervision: on the People page (with where it
# stands, opening read-only where it was received), in the tracker's last supervision and
# minutes, as a journal link and as a CPD piece of peer reflection.

LEARNING = "Slowing the first visit down made the plan safer."


@pytest.fixture
def today():
    clock.set_today(dt.date(2026, 3, 20))
    yield clock.today()
    clock.set_today(None)


def _cell(model, row: int, header: str, role=Qt.DisplayRole) -> str:
    column = next(
        c for c in range(model.columnCount()) if model.headerData(c, Qt.Horizontal) == header
    )
    return model.index(row, column).data(role)


@pytest.mark.slow
def test_the_sealed_record_is_my_supervision_in_every_view(
    qtbot, two, files, told, answers, tmp_path, monkeypatch, today
):
    boss_win, sam_win = two
    boss = boss_win.vault
    repos.save(boss, "sessions", {**repos.get(boss, "sessions", "s1"), "learning": LEARNING})
    _pair_both(qtbot, boss_win, sam_win, files, tmp_path)
    _send(qtbot, boss_win, files, tmp_path / "v1.sdx", monkeypatch)
    _agreed_round(qtbot, boss_win, sam_win, files, tmp_path, "v1")

    # My supervision: the record on my own person page, with its standing, and the next due.
    sam_win.show_section(mw.PEOPLE)
    people = sam_win.people
    people.select_person("me")
    assert people.sessions.rowCount() == 1
    line = people.sessions.index(0, 0).data()
    assert "9 Mar 2026" in line and "90 min" in line and "agreed and sealed" in line
    assert "Next supervision due 9 Apr 2026" in people.ui.nextDue.text()
    assert not people.ui.deleteSessionButton.isEnabled()  # read-only here
    qtbot.wait(50)
    sam_win.grab().save(str(tools.shots() / "practitioner-my-supervision.png"))
    people.ui.openSessionButton.click()  # opens where it was received, read-only
    assert sam_win.ui.pages.currentIndex() == mw.RECEIVED
    assert sam_win.page(mw.RECEIVED).current() == "s1"

    # The tracker: last supervision and its minutes.
    sam_win.show_section(mw.TRACKER)
    tracker = sam_win.tracker
    # This year's dates drop the year in the tracker's table; a screen reader hears it whole.
    assert _cell(tracker.dashboard, 0, "Last supervision") == "9 Mar"
    assert _cell(tracker.dashboard, 0, "Last supervision", Qt.AccessibleTextRole) == "9 March 2026"
    assert _cell(tracker.dashboard, 0, "Minutes (28 days)") == "90"

    # The journal: the record is offered as the entry's linked session, and the link is kept.
    sam_win.show_section(mw.JOURNAL)
    journal = sam_win.journal
    journal.new_entry()
    combo = journal.ui.sessionCombo
    index = combo.findData("s1")
    assert index > 0 and "9 Mar 2026" in combo.itemText(index)
    combo.setCurrentIndex(index)
    journal.flush()
    assert repos.get(sam_win.vault, "journal", journal.entry["id"])["session"] == "s1"

    # The CPD log: made from the record's learning, as peer reflection.
    dialog = journal.open_cpd()
    assert dialog.ui.fromSessionBox.isEnabled()
    assert dialog.ui.sessionCombo.currentData() == "s1"
    dialog.ui.fromSessionButton.click()
    assert dialog.texts["learning"].toPlainText() == LEARNING
    assert dialog.texts["peer_reflection"].toPlainText().strip()
    assert dialog.piece["session"] == "s1"
    qtbot.wait(50)
    dialog.grab().save(str(tools.shots() / "practitioner-cpd-from-record.png"))
    dialog.close()
