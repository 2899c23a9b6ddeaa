"""One date box everywhere: it shows 25 Nov 2026, takes dates typed the UK way and opens its
calendar on Alt+Down."""

from __future__ import annotations

import json
import re

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDateEdit,
    QLabel,
    QListView,
    QWidget,
)

from supervision_desk.core import interchange, repos
from supervision_desk.gui import main_window as mw
from supervision_desk.gui.date_field import HINT, UkDateEdit
from tests.conftest import FIXTURES
from tests.gui.conftest import cell, open_window, texts


def _type(qtbot, box, text):
    box.setFocus()
    box.lineEdit().selectAll()
    qtbot.keyClicks(box, text)
    qtbot.keyClick(box, Qt.Key_Enter)


def test_every_date_box_of_the_session_reads_and_shows_uk_dates(qtbot, controller, filled_vault):
    window = open_window(qtbot, controller, filled_vault)
    window.open_session("s1")
    editor = window.editor
    boxes = editor.findChildren(QDateEdit)
    assert boxes and all(isinstance(b, UkDateEdit) for b in boxes)
    assert editor.ui.dateEdit.text() == "2 Mar 2026"
    for typed in ("1/9/2015", "1 Sep 2015", "2015-09-01", "01.09.15"):
        _type(qtbot, editor.ui.dateEdit, typed)
        assert editor.ui.dateEdit.date() == QDate(2015, 9, 1), typed
        assert editor.ui.dateEdit.text() == "1 Sep 2015", typed
    editor.flush()
    assert repos.get(controller.vault, "sessions", "s1")["date"] == "2015-09-01"
    qtbot.keyClick(editor.ui.dateEdit, Qt.Key_Down, Qt.AltModifier)
    calendar = editor.ui.dateEdit.calendarWidget()
    assert calendar.isVisible() and calendar.selectedDate() == QDate(2015, 9, 1)


def test_the_dialogs_use_the_same_date_box(qtbot, controller, filled_vault):
    window = open_window(qtbot, controller, filled_vault)
    for dialog in (
        window.people.add_person(),
        window.people.open_agreement(),
        window.export_pdf(),
    ):
        boxes = dialog.findChildren(QDateEdit)
        assert boxes and all(isinstance(b, UkDateEdit) for b in boxes), dialog.windowTitle()
        dialog.done(0)
    window.open_session("s1")
    allocate = window.editor.cases.open_dialog(None).new_case()
    _type(qtbot, allocate.ui.dateEdit, "3 August 2026")
    assert allocate.ui.dateEdit.text() == "3 Aug 2026"
    assert allocate.ui.dateEdit.date() == QDate(2026, 8, 3)


def test_ctrl_a_then_typing_replaces_the_whole_date_and_a_wrong_one_is_said(
    qtbot, controller, filled_vault
):
    """As a user does it: click in the box, Ctrl+A, type a date, Tab on."""
    window = open_window(qtbot, controller, filled_vault)
    window.open_session("s1")
    box = window.editor.ui.dateEdit
    box.setFocus()
    qtbot.keyClick(box, Qt.Key_A, Qt.ControlModifier)
    qtbot.keyClicks(box, "1 Mar 2024")
    assert box.text() == "1 Mar 2024"
    qtbot.keyClick(box, Qt.Key_Enter)
    assert box.date() == QDate(2024, 3, 1)

    qtbot.keyClick(box, Qt.Key_A, Qt.ControlModifier)
    qtbot.keyClicks(box, "next week")
    window.editor.ui.agendaEdit.setFocus()  # leaving the box, as Tab does
    assert box.date() == QDate(2024, 3, 1) and box.text() == "1 Mar 2024"
    said = "“next week” is not a date: it is still 1 Mar 2024. Write it like 3/8/2026."
    assert box.accessibleDescription() == said
    assert window.statusBar().currentMessage() == said


def test_tab_leaves_a_date_box_and_words_typed_into_one_are_said_and_change_nothing(
    qtbot, controller, filled_vault
):
    """Tab moves on from a date box, as from any box, rather than stepping through its day,
    month and year: a sentence typed after it goes where the user meant it to. Words typed
    into the date itself are put back with a message on the form, and the date kept."""
    window = open_window(qtbot, controller, filled_vault)
    window.show()
    qtbot.waitExposed(window)
    window.open_session("s1")
    ui = window.editor.ui
    stored = repos.get(controller.vault, "sessions", "s1")["date"]
    # The session date: Tab to the start, Shift+Tab back, whichever part the cursor is in.
    ui.dateEdit.setFocus(Qt.FocusReason.TabFocusReason)
    ui.dateEdit.lineEdit().setCursorPosition(0)  # in the day
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Tab)
    assert QApplication.focusWidget() is ui.startEdit
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Backtab, Qt.ShiftModifier)
    assert QApplication.focusWidget() is ui.dateEdit
    # Words typed into it: put back, said in the status bar, the stored date unchanged.
    qtbot.keyClick(ui.dateEdit, Qt.Key_A, Qt.ControlModifier)
    qtbot.keyClicks(ui.dateEdit, "m knows the f")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Tab)
    assert QApplication.focusWidget() is ui.startEdit
    assert ui.dateEdit.text() == "2 Mar 2026"
    assert window.statusBar().currentMessage().startswith("“m knows the f” is not a date")
    window.flush()
    assert repos.get(controller.vault, "sessions", "s1")["date"] == stored

    # In a dialog: from the weight, Tab reaches the date once and leaves it for the
    # rationale (who holds the case is the session's person here); the sentence typed next
    # lands in the rationale, not in the date.
    allocate = window.editor.cases.open_dialog(None).new_case()
    allocate.show()
    qtbot.waitExposed(allocate)
    allocate.activateWindow()
    qtbot.waitUntil(allocate.isActiveWindow)
    dialog = allocate.ui
    dialog.weightSpin.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Tab)
    assert QApplication.focusWidget() is dialog.dateEdit
    before = dialog.dateEdit.date()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Tab)
    assert QApplication.focusWidget() is dialog.rationaleEdit
    qtbot.keyClicks(QApplication.focusWidget(), "Sam knows the family")
    assert dialog.rationaleEdit.toPlainText() == "Sam knows the family"
    assert dialog.dateEdit.date() == before
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Backtab, Qt.ShiftModifier)
    assert QApplication.focusWidget() is dialog.dateEdit
    qtbot.keyClick(dialog.dateEdit, Qt.Key_A, Qt.ControlModifier)
    qtbot.keyClicks(dialog.dateEdit, "knows the family")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Tab)
    assert dialog.dateEdit.date() == before
    assert dialog.message.text() == (
        f"“knows the family” is not a date: it is still {dialog.dateEdit.text()}. "
        "Write it like 3/8/2026."
    )
    allocate.done(0)


ISO = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
UK = re.compile(r"\b\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}\b")


def _read(root: QWidget) -> list[str]:
    """Every piece of text a user reads on a screen: labels, buttons, the choices of each
    list box, each cell of each list and table (and its tooltip), tooltips of the widgets.
    Not what they typed into a note."""
    found = []
    for widget in (root, *root.findChildren(QWidget)):
        if not widget.isVisibleTo(root):
            continue
        found.append(widget.toolTip())
        if isinstance(widget, QLabel | QAbstractButton):
            found.append(widget.text())
        elif isinstance(widget, QComboBox):
            found.extend(widget.itemText(i) for i in range(widget.count()))
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            # A list shows one column (and a list widget's model will not say how many).
            shown = 1 if isinstance(widget, QListView) else model.columnCount()
            for row in range(model.rowCount()):
                for column in range(shown):
                    index = model.index(row, column)
                    found.extend(str(index.data(role) or "") for role in (Qt.DisplayRole, TIP))
    # A date box's tip names the forms one may type, ISO among them: not a date shown.
    return [text for text in found if text and text != HINT]


TIP = Qt.ToolTipRole


def test_every_date_on_every_page_reads_the_uk_way(qtbot, controller, make_vault):
    """People, the session (its carried and agreed actions), the Journal, the Tracker and
    Search: every date reads "25 Nov 2026", none "2026-11-25"."""
    vault = make_vault()
    doc = json.loads((FIXTURES / "spec_example.json").read_text(encoding="utf-8"))
    interchange.import_records(vault, interchange.parse(json.dumps(doc)))
    # A later session, so the action of 9 March (due 16 March) is carried forward into it.
    repos.save(vault, "sessions", {"id": "s2", "person": "p1", "date": "2026-04-06", "minutes": 60})
    window = controller.window
    controller._unlocked(vault)
    window.show()
    seen: dict[str, list[str]] = {}
    for index in (mw.PEOPLE, mw.JOURNAL, mw.TRACKER):
        window.show_section(index)
        seen[mw.PAGES[index].title] = _read(window.ui.pages.currentWidget())
    window.show_section(mw.SEARCH)
    window.search.ui.queryEdit.setText("custody")
    window.search.run()
    qtbot.waitUntil(lambda: not window.search.searching())
    seen["Search"] = _read(window.search)
    for session in ("s1", "s2"):
        window.open_session(session)
        seen[f"Session {session}"] = _read(window.editor)

    for page, found in seen.items():
        assert not [t for t in found if ISO.search(t)], page
    people = window.people.ui
    assert people.nextDue.text().startswith("Next supervision due 6 May 2026 (monthly)")
    assert texts(people.sessionList)[0].startswith("6 Apr 2026  ·  One-to-one")
    assert texts(people.openActions) == [
        "Ask S. where he would like to meet. — Supervisee (due 16 Mar 2026)"
    ]
    assert "in role since 2 Feb 2026" in people.personFacts.text()
    carried = window.editor.ui.carriedTable
    assert (cell(carried, 0, 0), cell(carried, 0, 3)) == ("9 Mar 2026", "16 Mar 2026")
    journal = window.journal.ui
    assert texts(journal.entryList) == ["10 Mar 2026  After the visit"]
    assert "9 Mar 2026 session with Sam Taylor" in _read(window.journal)
    tracker = window.tracker.ui.casesTable
    assert cell(tracker, 0, 2) == "9 Feb 2026"
    assert any(UK.search(t) for t in seen["Search"])
