"""A record out for agreement is kept as sent at the supervisor's desk: a reply seals only
the exact text sent, so the session editor holds the record's fields read-only until the
answer comes back, says so at the top, and opens them only when the supervisor chooses
"Change it anyway…" knowing the record must then be sent again. Two real vaults on disk."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from supervision_desk.core import chain, clock, exchange, labels, my_supervision, repos
from supervision_desk.gui import messages
from tests import tools
from tests.gui import test_two_desks_gui as two_desks
from tests.received_records import make_desks

COMMENT = "Edited after sending."


told = two_desks.told  # the message box stood in for, as in the two-desk tests


@pytest.fixture
def sent(qtbot, controller, make_vault, tmp_path):
    """Alex's desk with the record of 9 March open, just sent to Sam (paired) for agreement
    from the editor; Sam's desk has received it."""
    boss, sam = make_desks(make_vault, tmp_path)
    controller._unlocked(boss)
    window = controller.window
    window.resize(1280, 720)
    window.show()
    window.open_session("s1")
    editor = window.editor
    assert not editor.ui.commentsEdit.isReadOnly()  # before sending: open as usual
    assert not editor.ui.changeAnywayButton.isVisible()
    out = tmp_path / "s1.sdx"
    assert editor.send_for_agreement(out, confidential=False) is not None
    exchange.receive(sam, out)
    return window, editor, boss, sam


def _reply(sam, tmp_path, name: str = "reply.sdx"):
    reply = tmp_path / name
    exchange.agree(sam, "s1", reply, comments="A fair record.")
    return reply


def test_after_sending_the_record_is_read_only_and_the_line_says_so(qtbot, sent, told, tmp_path):
    window, editor, boss, sam = sent
    ui = editor.ui
    when = labels.short_date(clock.today())
    assert ui.sealBar.isVisible()
    assert ui.sealLabel.text() == (
        f"Sent to Sam Taylor for agreement on {when}: the record is kept as sent until "
        "their reply comes back."
    )
    assert ui.changeAnywayButton.isVisible() and ui.changeAnywayButton.isEnabled()
    assert not ui.amendButton.isVisible()
    for edit in (ui.commentsEdit, ui.disagreementEdit, ui.learningEdit, ui.attunementEdit):
        assert edit.isReadOnly()
    assert not ui.dateEdit.isEnabled() and not ui.minutesSpin.isEnabled()
    assert not ui.addActionButton.isEnabled() and not ui.addCaseButton.isEnabled()
    # The confidential note is not in the record sent: it stays open.
    assert not ui.confidentialEdit.isReadOnly()

    # Typing in a field of the record is refused; nothing reaches the vault.
    qtbot.keyClicks(ui.commentsEdit, COMMENT)
    editor.flush()
    assert ui.commentsEdit.toPlainText() == ""
    assert repos.get(boss, "sessions", "s1")["supervisee_comments"] == ""
    # The private note may still be written, and the record stays as sent.
    qtbot.keyClicks(ui.confidentialEdit, "Mentioned a bereavement.")
    editor.flush()
    assert repos.get(boss, "sessions", "s1")["confidential_note"] == "Mentioned a bereavement."
    assert "sent, awaiting their agreement" in ui.roundLabel.text()

    # Sam agrees the record as sent: the reply seals it here.
    window.open_exchange_file(_reply(sam, tmp_path))
    assert told.said == []
    assert chain.latest(boss, "s1").sealed
    assert "Signed digitally by both" in ui.sealLabel.text()
    assert not ui.changeAnywayButton.isVisible()
    assert ui.commentsEdit.toPlainText() == "A fair record."


def test_change_it_anyway_cancelled_changes_nothing(qtbot, sent, answers):
    _window, editor, _boss, _sam = sent
    ui = editor.ui
    line = ui.sealLabel.text()
    answers.answer = False
    qtbot.mouseClick(ui.changeAnywayButton, Qt.LeftButton)
    asked = answers.asked[-1]
    assert "will no longer count" in asked and "sent again" in asked and "Sam Taylor" in asked
    assert ui.commentsEdit.isReadOnly() and not ui.dateEdit.isEnabled()
    assert ui.sealLabel.text() == line and ui.changeAnywayButton.isVisible()


def test_change_it_anyway_opens_the_record_and_it_must_be_sent_again(
    qtbot, sent, answers, told, tmp_path
):
    window, editor, boss, sam = sent
    ui = editor.ui
    qtbot.mouseClick(ui.changeAnywayButton, Qt.LeftButton)
    assert len(answers.asked) == 1
    assert not ui.commentsEdit.isReadOnly() and ui.dateEdit.isEnabled()
    assert ui.addActionButton.isEnabled()
    assert not ui.changeAnywayButton.isVisible()
    assert "sent again for agreement" in ui.sealLabel.text()

    ui.commentsEdit.setFocus()
    qtbot.keyClicks(ui.commentsEdit, COMMENT)
    editor.flush()
    assert repos.get(boss, "sessions", "s1")["supervisee_comments"] == COMMENT
    assert "changed since it was sent: send it again for agreement" in ui.roundLabel.text()
    assert ui.sealLabel.text().startswith("Changed since it was sent to Sam Taylor")

    # Opened again later, a changed record stays open and still says it must go again.
    window.open_session("s1")
    assert not ui.commentsEdit.isReadOnly()
    assert "send it again for agreement" in ui.sealLabel.text()

    # Sam's agreement to the text sent is refused, in words that say what to do next.
    reply = _reply(sam, tmp_path)
    window.open_exchange_file(reply)
    assert len(told.said) == 1
    assert "Send the record again" in told.said[0] and "Sam Taylor" in told.said[0]
    assert not chain.latest(boss, "s1").sealed

    # Put back exactly as sent, the same reply is accepted and seals the record.
    window.open_session("s1")
    ui.commentsEdit.setPlainText("")
    editor.flush()
    window.open_exchange_file(reply)
    assert len(told.said) == 1
    assert chain.latest(boss, "s1").sealed


def test_sent_again_after_a_change_it_is_kept_as_sent_once_more(
    qtbot, sent, answers, told, tmp_path
):
    window, editor, boss, sam = sent
    ui = editor.ui
    qtbot.mouseClick(ui.changeAnywayButton, Qt.LeftButton)
    ui.learningEdit.setPlainText("Added after a second look.")
    editor.flush()
    again = tmp_path / "s1-again.sdx"
    assert editor.send_for_agreement(again, confidential=False) is not None
    assert ui.learningEdit.isReadOnly() and ui.changeAnywayButton.isVisible()
    assert ui.sealLabel.text().startswith("Sent to Sam Taylor for agreement on ")
    exchange.receive(sam, again)
    window.open_exchange_file(_reply(sam, tmp_path, "reply-2.sdx"))
    assert told.said == []
    assert chain.latest(boss, "s1").sealed
    assert "Added after a second look." in chain.latest(boss, "s1").content["session"]["learning"]


# -- agreed in the room while out for agreement --------------------------------------------


def _agreement_shot(window, editor, name: str) -> None:
    editor.ui.scroll.ensureWidgetVisible(editor.ui.agreementBox)
    window.resize(1280, 720)
    window.grab().save(str(tools.shots() / name))


def test_while_out_for_agreement_the_supervisees_box_waits_for_the_reply(
    qtbot, sent, told, tmp_path
):
    window, editor, boss, sam = sent
    ui = editor.ui
    when = labels.short_date(clock.today())
    assert not ui.superviseeAgreed.isEnabled() and not ui.superviseeDate.isEnabled()
    assert ui.agreementHeld.isVisible()
    assert ui.agreementHeld.text() == (
        f"Sent for agreement on {when}: the signed reply will record it."
    )
    assert "Change it anyway" in ui.superviseeAgreed.toolTip()
    assert ui.supervisorAgreed.isEnabled()  # the supervisor's own box is theirs to tick
    qtbot.wait(50)
    _agreement_shot(window, editor, "supervisor-agreement-waits-for-reply.png")

    # The reply records it: sealed, the box ticked, the reason gone.
    window.open_exchange_file(_reply(sam, tmp_path))
    assert told.said == []
    assert chain.latest(boss, "s1").how == chain.SIGNED
    assert ui.superviseeAgreed.isChecked() and not ui.agreementHeld.isVisible()


def test_agreed_in_the_room_instead_and_the_later_reply_is_set_aside(
    qtbot, sent, answers, monkeypatch, tmp_path
):
    window, editor, boss, sam = sent
    ui = editor.ui
    said: list[tuple[str, str, bool]] = []
    monkeypatch.setattr(
        messages, "tell", lambda _p, title, text, warning=False: said.append((title, text, warning))
    )
    qtbot.mouseClick(ui.changeAnywayButton, Qt.LeftButton)
    assert ui.superviseeAgreed.isEnabled() and not ui.agreementHeld.isVisible()

    ui.supervisorAgreed.setChecked(True)
    ui.superviseeAgreed.setChecked(True)
    asked = answers.asked[-1]
    assert "seal it?" in asked
    assert "sent to Sam Taylor for agreement on" in asked and "will be set aside" in asked
    sealed = chain.latest(boss, "s1")
    assert sealed.sealed and sealed.how == chain.RECORDED
    assert "Sam Taylor: version 1 sealed" in ui.roundLabel.text()
    assert ui.sendButton.text().replace("&", "") == "Send the sealed copy…"

    # Sam had agreed and signed on their own desk meanwhile: the reply says so, plainly,
    # and changes nothing here.
    reply = tmp_path / "late-reply.sdx"
    exchange.agree(sam, "s1", reply, comments="Happy with this.")
    digest, writes = boss.digest(), boss.writes
    window.open_exchange_file(reply)
    [(title, text, warning)] = said
    assert title == "Record already agreed" and not warning
    assert text.startswith("Already agreed: version 1 of the record of 9 March 2026 was sealed")
    assert "Sam Taylor's reply to version 1 (agreed and signed) was set aside" in text
    assert "“Happy with this.”" in text
    assert (boss.digest(), boss.writes) == (digest, writes)
    assert chain.latest(boss, "s1").how == chain.RECORDED

    # The sealed copy reaches Sam's desk: agreed and sealed there too, as recorded.
    copy = tmp_path / "s1-sealed.sdx"
    assert editor.send_for_agreement(copy, confidential=False).kind == "sealed"
    got = exchange.receive(sam, copy)
    assert "before your signed reply reached them" in got.summary
    assert my_supervision.get(sam, "s1")["agreement"] == "agreed and sealed"
    assert chain.latest(sam, "s1").how == chain.RECORDED
    assert chain.check_chains(sam) == [] and chain.check_chains(boss) == []


def test_a_box_ticked_before_sending_still_asks_and_names_the_reply(
    qtbot, controller, make_vault, tmp_path, answers
):
    """The supervisee's box was ticked before the record went out: ticking the supervisor's
    asks first, says the reply would be set aside, and "Not yet" seals nothing."""
    boss, _sam = make_desks(make_vault, tmp_path)
    stored = repos.get(boss, "sessions", "s1")
    repos.save(boss, "sessions", {**stored, "agreed_by_supervisee": "2026-03-09"})
    controller._unlocked(boss)
    window = controller.window
    window.show()
    window.open_session("s1")
    editor = window.editor
    ui = editor.ui
    assert editor.send_for_agreement(tmp_path / "s1.sdx", confidential=False) is not None
    assert ui.superviseeAgreed.isChecked() and not ui.superviseeAgreed.isEnabled()
    answers.answer = False
    ui.supervisorAgreed.setChecked(True)
    assert "will be set aside" in answers.asked[-1]
    assert not ui.supervisorAgreed.isChecked()
    assert not chain.latest(boss, "s1").sealed
    assert exchange.out_for_agreement(boss, "s1") is not None
