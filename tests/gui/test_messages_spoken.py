"""A dialog's own message line ("The two PINs differ.", "Saved …", "Not exported: …") is spoken
by a screen reader when it changes, not only drawn: every write goes through ``a11y.say``."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible

from supervision_desk import gui
from supervision_desk.core import repos
from tests.gui.conftest import open_window

# Labels that report what just happened in a dialog or page (as named in the forms and code).
MESSAGE_LINES = {"message", "feedback", "actionsMessage"}
WRITES = {"setText", "clear", "setNum", "show_text"}


@pytest.fixture
def spoken(monkeypatch):
    """Every announcement made, as (words, interrupts)."""
    heard: list[tuple[str, bool]] = []

    def listen(event):
        if event.type() == QAccessible.Event.Announcement:
            assertive = event.politeness() == QAccessible.AnnouncementPoliteness.Assertive
            heard.append((event.message(), assertive))

    monkeypatch.setattr(QAccessible, "updateAccessibility", listen)
    return heard


def _target(call: ast.Call) -> str | None:
    """The name of the label a call writes to: ``x.ui.message.setText(...)`` -> "message",
    ``a11y.show_text(self.message, ...)`` -> "message"."""
    func = call.func
    if not isinstance(func, ast.Attribute) or func.attr not in WRITES:
        return None
    label = func.value if func.attr != "show_text" else (call.args or [None])[0]
    return label.attr if isinstance(label, ast.Attribute) else None


def test_every_message_line_is_written_through_say():
    folder = Path(gui.__file__).parent
    silent, said = [], 0
    for path in sorted(folder.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            target = _target(node)
            if target in MESSAGE_LINES or (target or "").endswith("Message"):
                silent.append(f"{path.name}:{node.lineno} {ast.unparse(node)[:70]}")
            func = node.func
            if isinstance(func, ast.Attribute) and func.attr == "say":
                said += 1
    assert silent == []
    assert said >= 25  # the message lines of every dialog, as they are today


def test_a_pin_mismatch_is_spoken_at_once(qtbot, spoken):
    from supervision_desk.gui.pin_dialog import PinDialog

    dialog = PinDialog(lambda pin: None, 8, 4, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.pinEdit, "4821")
    qtbot.keyClicks(dialog.ui.repeatEdit, "4812")
    qtbot.keyClick(dialog.ui.repeatEdit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert spoken == [("The two PINs differ.", True)]
    iface = QAccessible.queryAccessibleInterface(dialog.ui.message)
    assert "The two PINs differ." in iface.text(QAccessible.Text.Description)


def test_export_problems_and_results_are_spoken(qtbot, controller, filled_vault, spoken):
    window = open_window(qtbot, controller, filled_vault)
    window.open_session("s1")
    dialog = window.export_pdf()
    dialog.ui.passwordCheck.setChecked(True)
    qtbot.keyClicks(dialog.ui.passwordEdit, "one")
    qtbot.keyClicks(dialog.ui.repeatEdit, "two")
    qtbot.mouseClick(dialog.ui.exportButton, Qt.LeftButton)
    assert ("The two passwords differ.", True) in spoken
    assert dialog.ui.message.property("severity") == "error"
    dialog.ui.passwordCheck.setChecked(False)
    spoken.clear()
    dialog.ui.destEdit.setText(str(filled_vault.parent / "record.pdf"))
    qtbot.mouseClick(dialog.ui.exportButton, Qt.LeftButton)
    qtbot.waitUntil(lambda: any(m.startswith("Saved ") for m, _ in spoken), timeout=20_000)
    assert ("Exporting…", False) in spoken
    saved = next(m for m, urgent in spoken if m.startswith("Saved "))
    assert saved.endswith("record.pdf") and dialog.ui.message.text() == saved
    assert dialog.ui.message.property("severity") == ""  # no longer shown as an error


def test_a_refused_case_and_a_saved_cpd_piece_are_spoken(qtbot, controller, filled_vault, spoken):
    window = open_window(qtbot, controller, filled_vault)
    window.show_section(2)  # the tracker
    from tests.gui.conftest import choose

    choose(window.tracker.ui.table, 0)
    case = window.tracker.allocate_case()
    case.ui.buttonBox.accepted.emit()  # OK with no reference typed
    assert case.isVisible()
    (words, urgent) = spoken[-1]
    assert urgent and words == case.ui.message.text() and "Write why the case is allocated" in words

    from supervision_desk.gui.cpd_dialog import CpdDialog

    cpd = CpdDialog(controller.vault, None, window)
    qtbot.addWidget(cpd)
    cpd.show()
    spoken.clear()
    qtbot.mouseClick(cpd.ui.newButton, Qt.LeftButton)
    assert spoken == [("New piece: fill in each field as the form asks.", False)]
    qtbot.keyClicks(cpd.ui.descriptionEdit, "Reading on contextual safeguarding")
    cpd.flush()
    assert spoken[-1] == ("Saved", False)
    assert repos.select(controller.vault, "cpd")[0]["description"].startswith("Reading")
