"""A question's buttons have Alt letters as a dialog's do: "Move the pairing" and "Do not
move" could only be reached by Tab, and Cancel had no C."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from supervision_desk.gui import messages
from supervision_desk.gui.button_letters import letter


def test_a_questions_buttons_each_get_their_own_letter(qtbot, monkeypatch):
    seen: list[list[str]] = []

    def shown(box):
        seen.append([b.text() for b in box.buttons()])
        return 0

    monkeypatch.setattr(QMessageBox, "exec", shown)
    messages.ask(None, "Pair with Priya Shah", "This desk is paired with Sam.", "Move the pairing")
    messages.ask(None, "Unpair", "Unpair Sam Taylor?", "Unpair", "Do not unpair")
    messages.tell(None, "Done", "The copy is written.")
    for texts in seen:
        letters = [letter(t) for t in texts]
        assert None not in letters, texts
        assert len(set(letters)) == len(letters), texts
    assert "&Cancel" in seen[0]
