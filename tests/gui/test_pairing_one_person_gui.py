"""One practitioner's desk belongs to one person, in the app: the supervisor's desk refuses to
pair Sam's desk with Priya and asks when a contact file gives another name; Sam's desk asks
before opening a record about someone else; a picture, and the file a desk wrote itself, are
each told apart from a file addressed to another vault. Each message is screenshot."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication, QMessageBox

from supervision_desk.core import exchange, identity, repos
from supervision_desk.core.errors import DeskError
from supervision_desk.gui import main_window as mw
from supervision_desk.gui import messages
from tests import tools
from tests.gui import test_two_desks_gui as two_desks
from tests.gui.test_two_desks_gui import _fingerprint_shown, _pair, _pair_both, _send

# The two windows and the file dialogs, as the two-desk tests set them up.
two, files = two_desks.two, two_desks.files

PRIVATE = "PRIYA-PRIVATE-AGENDA-77ab"


class Boxes:
    """Stands in for the message boxes: records each (title, text, buttons); every question
    gets ``answer``."""

    def __init__(self):
        self.shown: list[tuple[str, str, tuple[str, ...]]] = []
        self.answer = False

    def tell(self, parent, title, text, **_kw):
        self.shown.append((title, text, ("OK",)))

    def ask(self, parent, title, text, yes, no="Cancel", **_kw):
        self.shown.append((title, text, (yes, no)))
        return self.answer


@pytest.fixture
def boxes(monkeypatch):
    found = Boxes()
    monkeypatch.setattr(messages, "tell", found.tell)
    monkeypatch.setattr(messages, "ask", found.ask)
    return found


def _shot(window, name: str, shown: tuple[str, str, tuple[str, ...]]) -> None:
    """The message box as the user sees it, over the window at 1280x720."""
    title, text, buttons = shown
    icon = QMessageBox.Question if len(buttons) == 2 else QMessageBox.Warning
    box = messages._box(window, icon, title, text)
    for i, label in enumerate(buttons):
        button = box.addButton(label, QMessageBox.RejectRole if i else QMessageBox.AcceptRole)
        if i == len(buttons) - 1:
            box.setDefaultButton(button)
    box.show()
    QApplication.processEvents()
    window.resize(1280, 720)
    image = window.grab().toImage()
    painter = QPainter(image)
    shot = box.grab()
    left, top = (image.width() - shot.width()) // 2, (image.height() - shot.height()) // 3
    painter.drawPixmap(left, top, shot)
    painter.end()
    image.save(str(tools.shots() / f"{name}.png"))
    box.close()


def _add_priya(window) -> None:
    repos.save(window.vault, "people", {"id": "p3", "name": "Priya Shah", "role": "social_worker"})
    window.people.refresh()


@pytest.mark.parametrize("answer", [False, True], ids=["no", "yes"])
def test_pairing_sams_desk_with_priya_asks_to_move_it(qtbot, two, files, boxes, tmp_path, answer):
    """Sam's desk is paired with Sam: choosing it for Priya asks whether to move it (No by
    default). No changes nothing; Yes pairs it with Priya and leaves Sam with no desk."""
    boss_win, sam_win = two
    _pair_both(qtbot, boss_win, sam_win, files, tmp_path)
    _add_priya(boss_win)
    sam_contact = tmp_path / "sam.contact"
    boxes.answer = answer
    dialog = _pair(qtbot, boss_win, "p3", sam_contact, _fingerprint_shown(sam_win))
    title, text, buttons = boxes.shown[0]
    assert title == "Desk paired with someone else"
    assert text.startswith(
        "This desk is paired with Sam Taylor. Pair it with Priya Shah instead?\n\n"
        "Sam Taylor will then have no desk paired"
    )
    assert buttons == ("Move the pairing", "Do not move")  # "Do not move" is the default
    # Sam's file gives Sam's name, not Priya's: Yes is followed by the name question, which
    # this test answers the same way.
    paired = exchange.contact_for(boss_win.vault, "p3")
    sam_paired = exchange.contact_for(boss_win.vault, "p1")
    if answer:
        assert [t for t, _, _ in boxes.shown] == [title, "Another name in the contact file"]
        assert paired is not None and sam_paired is None and not dialog.isVisible()
        assert boss_win.people.ui.pairingLabel.text().startswith("Desk to desk: paired")
        boss_win.people.select_person("p1")
        assert boss_win.people.ui.pairingLabel.text() == "Desk to desk: not paired"
        assert not boss_win.people.ui.unpairButton.isEnabled()
    else:
        assert len(boxes.shown) == 1  # no refusal follows the No
        assert paired is None and sam_paired is not None and dialog.isVisible()
        assert boss_win.people.ui.pairingLabel.text() == "Desk to desk: not paired"
        _shot(boss_win, "pair-asks-to-move-desk", boxes.shown[0])


def test_unpair_asks_then_undoes_the_pairing(qtbot, two, files, boxes, tmp_path):
    """Unpair… on the person's page, beside Pair: enabled only when paired, asks first (No
    by default); the record then cannot be sent, and its page says to pair first."""
    boss_win, sam_win = two
    _pair_both(qtbot, boss_win, sam_win, files, tmp_path)
    people = boss_win.people
    boss_win.show_section(mw.PEOPLE)
    people.select_person("p1")
    button = people.ui.unpairButton
    assert button.isVisible() and button.isEnabled() and button.text() == "&Unpair…"

    boxes.answer = False
    qtbot.mouseClick(button, two_desks.Qt.LeftButton)
    title, text, buttons = boxes.shown[-1]
    assert (title, buttons) == ("Unpair", ("Unpair", "Do not unpair"))
    assert text.startswith("Unpair Sam Taylor from Sam Taylor's desk?")
    assert exchange.contact_for(boss_win.vault, "p1") is not None
    _shot(boss_win, "unpair-asks", boxes.shown[-1])

    boxes.answer = True
    qtbot.mouseClick(button, two_desks.Qt.LeftButton)
    assert exchange.contact_for(boss_win.vault, "p1") is None
    assert people.ui.pairingLabel.text() == "Desk to desk: not paired"
    assert not button.isEnabled() and people.ui.pairButton.isEnabled()

    # The record can no longer be sent: its page says to pair first (core refuses too).
    boss_win.open_session("s1")
    editor = boss_win.editor
    assert not editor.ui.sendButton.isEnabled()
    assert editor.ui.roundLabel.text().startswith("Not paired with their desk: to send this")
    with pytest.raises(DeskError, match=r"^Sam Taylor is not paired with a desk"):
        exchange.send(boss_win.vault, "s1", tmp_path / "after-unpair.sdx")
    assert not (tmp_path / "after-unpair.sdx").exists()


@pytest.mark.parametrize("answer", [False, True], ids=["no", "yes"])
def test_a_contact_file_with_another_name_is_asked_about(
    qtbot, two, files, boxes, make_vault, tmp_path, answer
):
    boss_win, _ = two
    _add_priya(boss_win)
    other = make_vault(tmp_path / "ps.sdvault", owner="Priya Shah-Okafor", mode="practitioner")
    contact = tmp_path / "ps.contact"
    exchange.write_contact(other, contact)
    boxes.answer = answer
    dialog = _pair(qtbot, boss_win, "p3", contact, identity.load(other).fingerprint)
    title, text, buttons = boxes.shown[0]
    assert title == "Another name in the contact file"
    assert text.startswith(
        "This contact file is Priya Shah-Okafor's desk. Pair it with Priya Shah?"
    )
    assert buttons == ("Pair it", "Do not pair")  # "Do not pair" is the default (safe)
    assert len(boxes.shown) == 1  # no refusal follows either answer
    paired = exchange.contact_for(boss_win.vault, "p3")
    if answer:
        assert paired is not None and not dialog.isVisible()
        assert boss_win.people.ui.pairingLabel.text().startswith("Desk to desk: paired")
    else:
        assert paired is None and dialog.isVisible()
        assert boss_win.people.ui.pairingLabel.text() == "Desk to desk: not paired"
        _shot(boss_win, "pair-asks-another-name", boxes.shown[0])
    other.close()


def test_sams_desk_asks_before_opening_a_record_about_priya(
    qtbot, two, files, boxes, make_vault, tmp_path, monkeypatch
):
    """A supervisor paired Priya with Sam's desk (the name question answered yes by
    mistake) and sent Priya's record: Sam's desk says whose it is; No keeps nothing."""
    boss_win, sam_win = two
    _add_priya(boss_win)
    sam_contact, boss_contact = tmp_path / "sam.contact", tmp_path / "alex.contact"
    exchange.write_contact(sam_win.vault, sam_contact)
    exchange.write_contact(boss_win.vault, boss_contact)
    sam_print = identity.load(sam_win.vault).fingerprint
    exchange.add_contact(boss_win.vault, sam_contact, "p3", sam_print, name_differs=True)
    exchange.add_contact(
        sam_win.vault, boss_contact, "me", identity.load(boss_win.vault).fingerprint
    )
    repos.save(
        boss_win.vault,
        "sessions",
        {"id": "s3", "person": "p3", "date": "2026-03-09", "minutes": 60, "agenda": PRIVATE},
    )
    out = tmp_path / "for-priya.sdx"
    exchange.send(boss_win.vault, "s3", out)

    before = sam_win.vault.digest()
    assert sam_win.open_exchange_file(out) is None
    title, text, buttons = boxes.shown[0]
    assert title == "A record about someone else?"
    assert text.startswith("This record is about Priya Shah, but this desk is Sam Taylor's.")
    assert buttons == ("Open it anyway", "Do not open")
    assert sam_win.vault.digest() == before  # nothing stored
    assert exchange.received_records(sam_win.vault) == []
    sam_win.show_section(mw.RECEIVED)
    assert PRIVATE not in sam_win.page(mw.RECEIVED).recordView.toPlainText()
    _shot(sam_win, "record-about-someone-else", boxes.shown[0])

    boxes.answer = True  # about them under another name: it opens
    assert sam_win.open_exchange_file(out).kind == "record"
    assert PRIVATE in sam_win.page(mw.RECEIVED).recordView.toPlainText()


def test_a_picture_is_not_an_exchange_file(qtbot, two, boxes, tmp_path):
    _, sam_win = two
    png = tmp_path / "photo.png"
    sam_win.grab().save(str(png))
    assert png.read_bytes().startswith(b"\x89PNG")
    assert sam_win.open_exchange_file(png) is None
    assert boxes.shown == [
        (
            "Exchange file not opened",
            f"{png} is not an exchange file: those are the .sdx files a paired desk writes. "
            "Nothing was changed.",
            ("OK",),
        )
    ]
    _shot(sam_win, "open-a-picture", boxes.shown[0])


def test_opening_ones_own_file_for_agreement_says_whose_desk_it_opens_on(
    qtbot, two, files, boxes, tmp_path, monkeypatch
):
    boss_win, sam_win = two
    _pair_both(qtbot, boss_win, sam_win, files, tmp_path)
    out = tmp_path / "for-sam.sdx"
    _send(qtbot, boss_win, files, out, monkeypatch)
    assert out.exists()
    before = boss_win.vault.digest()
    assert boss_win.open_exchange_file(out) is None
    assert boxes.shown == [
        (
            "Exchange file not opened",
            f"{out} is the record for agreement this desk wrote for Sam Taylor: it is opened "
            "on their desk, not this one. Nothing was changed.",
            ("OK",),
        )
    ]
    assert boss_win.vault.digest() == before
    _shot(boss_win, "open-own-file", boxes.shown[0])
