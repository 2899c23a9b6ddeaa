"""Alt and a letter in every dialog of the app reaches one control: no two share a letter
(Qt would only move between them), and OK, Cancel and Close have one too, which works from
a note box (Alt+O typed an "o" into a case's rationale instead of pressing OK)."""

from __future__ import annotations

import importlib
import pkgutil

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QTabWidget,
    QWidget,
)

from supervision_desk import gui
from supervision_desk.core import repos, sessions
from supervision_desk.gui import main_window as mw
from supervision_desk.gui.fit import FittedDialog
from tests.gui.conftest import choose, open_window


def _letter(text: str) -> str | None:
    """The Alt+letter a control's text gives it ("&&" is a plain ampersand)."""
    text = text.replace("&&", "")
    return text[text.index("&") + 1].lower() if "&" in text[:-1] else None


def owners(dialog: QWidget) -> dict[str, list[str]]:
    """Each letter of the controls shown in the dialog and the controls it names (Qt
    leaves out a hidden control's letter, as on another tab)."""
    found: dict[str, list[str]] = {}

    def shown(kind):
        return [w for w in dialog.findChildren(kind) if w.isVisible()]

    texts = [w.text() for w in shown(QLabel) if w.buddy() is not None]
    texts += [w.text() for w in shown(QAbstractButton)]
    texts += [w.title() for w in shown(QGroupBox)]
    for text in texts:
        if _letter(text):
            found.setdefault(_letter(text), []).append(text)
    return found


def every_dialog_class() -> set[type]:
    for module in pkgutil.iter_modules(gui.__path__):
        importlib.import_module(f"supervision_desk.gui.{module.name}")
    found, todo = set(), [FittedDialog]
    while todo:
        for sub in todo.pop().__subclasses__():
            found.add(sub)
            todo.append(sub)
    return found


def open_every_dialog(window, controller) -> list[QWidget]:
    """One of each dialog the main window opens, over a filled vault (not shown yet)."""
    from supervision_desk.gui import desks
    from supervision_desk.gui.asye_dialog import AsyeDialog
    from supervision_desk.gui.cpd_dialog import CpdDialog
    from supervision_desk.gui.kept_drafts import KeptDialog
    from supervision_desk.gui.long_work import WorkWindow
    from supervision_desk.gui.pin_dialog import PinDialog

    vault = controller.vault
    sessions.ensure_self(vault)
    opened = [
        window.people.add_person(),
        window.people.edit_person(),
        window.people.open_agreement(),
        window.export_pdf(),
        window.edit_policy(),
        window.show_help("getting-started.html"),
        controller.vault_menu.change_passphrase(),
        window.audit_records(),
        window.show_identity(),
        window.show_archived(),
        desks.PairDialog(vault, {"id": "p1", "name": "Sam Taylor"}, window),
        desks.SendDialog(["Sam Taylor"], True, window),
        PinDialog(lambda pin: None, 8, 4, window),
        AsyeDialog(vault, "p1", window),
        CpdDialog(vault, None, window),
        KeptDialog(vault, [], window),
        WorkWindow(window, "Checking", "Checking the vault"),
    ]
    window.show_section(mw.TRACKER)
    choose(window.tracker.ui.table, 0)
    opened += [window.tracker.allocate_case(), window.tracker.record_concern()]
    window.show_section(mw.PROMPTS)
    opened.append(window.page(mw.PROMPTS).add())
    window.open_session("s1")
    opened.append(window.editor.cases.open_dialog(None))
    for dialog in opened:
        dialog.hide()
    return opened


def test_every_dialog_gives_each_control_its_own_letter(qtbot, controller, filled_vault, answers):
    window = open_window(qtbot, controller, filled_vault)
    opened = open_every_dialog(window, controller)
    problems = []
    for dialog in opened:
        assert dialog is not None
        dialog.show()
        tabs = dialog.findChildren(QTabWidget)
        for tab in tabs or [None]:
            for index in range(tab.count()) if tab else [None]:
                if tab:
                    tab.setCurrentIndex(index)
                letters = owners(dialog)
                shared = {k: v for k, v in letters.items() if len(v) > 1}
                if shared:
                    problems.append(f"{dialog.windowTitle()}: {shared}; in use: {sorted(letters)}")
        for box in dialog.findChildren(QDialogButtonBox):
            unlettered = [b.text() for b in box.buttons() if not _letter(b.text())]
            if unlettered:
                problems.append(f"{dialog.windowTitle()}: no letter for {unlettered}")
        dialog.close()
    assert problems == [], "\n".join(problems)
    controller.lock()
    start = controller.unlock_dialog
    opened.append(start)
    start.show()
    assert {k: v for k, v in owners(start).items() if len(v) > 1} == {}
    start.ui.createButton.click()
    created = start.create_dialog
    opened.append(created)
    assert {k: v for k, v in owners(created).items() if len(v) > 1} == {}
    # Every dialog the app has was opened here.
    assert every_dialog_class() <= {type(d) for d in opened}


def test_the_person_dialog_has_one_alt_s(qtbot, controller, filled_vault):
    window = open_window(qtbot, controller, filled_vault)
    dialog = window.people.add_person()
    dialog.show()
    qtbot.waitExposed(dialog)
    ui = dialog.ui
    ui.nameEdit.setFocus()
    qtbot.waitUntil(ui.nameEdit.hasFocus)
    # Alt+S reaches "Started in role" and stays there: shared, a second press moved on to
    # "Records start here on".
    for _ in range(2):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key_S, Qt.AltModifier)
        assert ui.startDate.hasFocus()
    letter = _letter(ui.recordsLabel.text())
    assert letter != "s"
    qtbot.keyClick(QApplication.focusWidget(), ord(letter.upper()), Qt.AltModifier)
    assert ui.recordsDate.hasFocus()
    dialog.close()


def test_alt_o_from_the_rationale_presses_ok(qtbot, controller, filled_vault):
    window = open_window(qtbot, controller, filled_vault)
    window.show_section(mw.TRACKER)
    choose(window.tracker.ui.table, 0)
    dialog = window.tracker.allocate_case()
    qtbot.waitExposed(dialog)
    ui = dialog.ui
    ui.referenceEdit.setText("YP-0932")
    ui.labelEdit.setText("K.D.")
    ui.rationaleEdit.setFocus()
    qtbot.waitUntil(ui.rationaleEdit.hasFocus)
    qtbot.keyClicks(ui.rationaleEdit, "Knows the family")
    qtbot.keyClick(ui.rationaleEdit, Qt.Key_O, Qt.AltModifier)
    assert ui.rationaleEdit.toPlainText() == "Knows the family"  # no "o" typed
    qtbot.waitUntil(lambda: not dialog.isVisible())
    (case,) = [c for c in repos.each(controller.vault, "cases") if c["reference"] == "YP-0932"]
    assert case["allocation_rationale"] == "Knows the family"


def _each_tab(dialog: QWidget):
    """Shows each tab of ``dialog`` in turn (once if it has none)."""
    tabs = dialog.findChildren(QTabWidget)
    for tab in tabs or [None]:
        for index in range(tab.count()) if tab else [None]:
            if tab:
                tab.setCurrentIndex(index)
            yield


def test_ok_cancel_and_close_have_their_usual_letters(qtbot, controller, filled_vault, answers):
    """Alt+C closes or cancels and Alt+O presses OK in every dialog, as on every desktop:
    no other control takes those letters from them (Alt+C ticked the confidential note)."""
    window = open_window(qtbot, controller, filled_vault)
    usual = {"ok": "o", "cancel": "c", "close": "c"}
    problems, seen = [], set()
    for dialog in open_every_dialog(window, controller):
        dialog.show()
        for _ in _each_tab(dialog):
            for button in dialog.findChildren(QAbstractButton):
                if button.isVisible() and button.text().lower() in usual:
                    problems.append(f"{dialog.windowTitle()}: no letter for {button.text()}")
            for owner, texts in owners(dialog).items():
                for text in texts:
                    plain = text.replace("&", "").lower()
                    if plain in usual:
                        seen.add(plain)
                        if owner != usual[plain]:
                            problems.append(f"{dialog.windowTitle()}: {text}")
                    elif owner in {usual[b] for b in usual if _has(dialog, b)}:
                        problems.append(f"{dialog.windowTitle()}: {text} takes Alt+{owner}")
        dialog.close()
    assert problems == [], "\n".join(problems)
    assert seen == {"ok", "cancel", "close"}


def _has(dialog: QWidget, name: str) -> bool:
    """Whether ``dialog`` shows a button called ``name`` (OK, Cancel or Close)."""
    return any(
        b.isVisible() and b.text().replace("&", "").lower() == name
        for b in dialog.findChildren(QAbstractButton)
    )


def test_alt_c_closes_the_export_without_choosing_the_confidential_note(
    qtbot, controller, filled_vault
):
    window = open_window(qtbot, controller, filled_vault)
    window.open_session("s1")
    dialog = window.export_pdf()
    qtbot.waitExposed(dialog)
    ui = dialog.ui
    assert ui.confidentialCheck.isVisible() and not ui.confidentialCheck.isChecked()
    assert _letter(ui.confidentialCheck.text()) not in set("cosyn")
    assert _letter(ui.closeButton.text()) == "c"
    ui.destEdit.setFocus()
    qtbot.waitUntil(ui.destEdit.hasFocus)
    name = ui.destEdit.text()
    qtbot.keyClick(ui.destEdit, Qt.Key_C, Qt.AltModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert not ui.confidentialCheck.isChecked()
    assert ui.destEdit.text() == name  # no "c" typed into the file name either


def test_alt_c_cancels_pairing_rather_than_choosing_a_file(
    qtbot, controller, filled_vault, monkeypatch
):
    from supervision_desk.gui import desks

    chosen = []
    monkeypatch.setattr(
        desks.QFileDialog, "getOpenFileName", lambda *a, **k: chosen.append(a) or ("", "")
    )
    window = open_window(qtbot, controller, filled_vault)
    dialog = desks.PairDialog(controller.vault, {"id": "p1", "name": "Sam Taylor"}, window)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.fileEdit.setFocus()
    qtbot.waitUntil(dialog.fileEdit.hasFocus)
    qtbot.keyClick(dialog.fileEdit, Qt.Key_C, Qt.AltModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert chosen == [] and dialog.result() == dialog.DialogCode.Rejected
