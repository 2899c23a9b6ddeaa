"""Smaller stumbles of the first hour, each as a user meets it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from supervision_desk.gui import main_window as mw
from tests.gui.conftest import open_window, texts


def test_import_pack_opens_a_file_dialog(qtbot, controller, filled_vault, monkeypatch):
    window = open_window(qtbot, controller, filled_vault)
    window.show_section(mw.PROMPTS)
    asked = []

    def choose(parent, title, folder, kinds):
        asked.append(title)
        return "", ""  # the user cancels

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(choose))
    qtbot.mouseClick(window.prompts.ui.importButton, Qt.LeftButton)
    assert asked == ["Import a prompt pack"]
    assert "went wrong" not in window.prompts.ui.message.text()


def test_the_actions_model_follows_the_item_model_rules(
    qtbot, qtmodeltester, controller, filled_vault
):
    window = open_window(qtbot, controller, filled_vault)
    window.open_session("s1")
    model = window.editor.actions
    qtmodeltester.check(model)
    window.editor.add_action("Book the room", "supervisor", "3 Aug 2026")
    qtmodeltester.check(model)
    assert not model.flags(model.index(-1, -1)) & Qt.ItemIsEditable


def _export_as_suggested(qtbot, window):
    """Open the PDF export for the person and press Export without touching the file name."""
    from pathlib import Path

    window.show_section(mw.PEOPLE)
    dialog = window.export_pdf()
    suggested = Path(dialog.ui.destEdit.text())
    qtbot.mouseClick(dialog.ui.exportButton, Qt.LeftButton)
    qtbot.waitUntil(
        lambda: dialog.written is not None or "Not" in dialog.ui.message.text(), timeout=20_000
    )
    return dialog, suggested


def test_the_first_pdf_export_suggests_a_folder_that_exists(
    qtbot, controller, filled_vault, private_home
):
    assert not (private_home / "documents").exists()  # a fresh account: no Documents folder
    window = open_window(qtbot, controller, filled_vault)
    dialog, suggested = _export_as_suggested(qtbot, window)
    assert suggested.parent == private_home  # the home folder instead
    assert dialog.ui.message.text() == f"Saved {suggested}"
    assert suggested.read_bytes().startswith(b"%PDF")


def test_the_pdf_export_suggests_documents_when_there_is_one(
    qtbot, controller, filled_vault, private_home
):
    (private_home / "documents").mkdir()
    window = open_window(qtbot, controller, filled_vault)
    dialog, suggested = _export_as_suggested(qtbot, window)
    assert suggested.parent == private_home / "documents"
    assert dialog.ui.message.text() == f"Saved {suggested}"


def test_the_extract_button_sits_in_the_row_of_case_buttons(qtbot, controller, filled_vault):
    window = open_window(qtbot, controller, filled_vault)
    window.show()
    window.open_session("s1")
    ui, extract = window.editor.ui, window.editor.cases.extractButton
    qtbot.waitExposed(window)
    # Not left floating over the record's top corner: beside "mark copied", in its row.
    assert extract.parentWidget() is ui.markCopiedButton.parentWidget()
    beside = ui.markCopiedButton.geometry()
    assert extract.geometry().top() == beside.top()
    assert extract.geometry().left() > beside.right()


def test_search_results_leave_no_dot_standing_for_a_missing_part(qtbot, controller, filled_vault):
    from supervision_desk.core import repos

    window = open_window(qtbot, controller, filled_vault)
    repos.save(window.vault, "people", {"id": "p2", "name": "Jo Reed", "role": "health"})
    group = {"id": "g1", "date": "2026-03-09", "minutes": 60, "kind": "group"}
    repos.save(
        window.vault,
        "sessions",
        {**group, "attendees": ["p1", "p2"], "group_size": 2, "analysis": "Lantern talk."},
    )
    repos.save(window.vault, "journal", {"id": "j1", "date": "2026-03-10", "body": "Lantern."})
    window.start_search()
    qtbot.keyClicks(window.search.ui.queryEdit, "lantern")
    window.search.run()
    qtbot.waitUntil(lambda: not window.search.searching())  # a long search runs beside
    headings = [line.splitlines()[0] for line in texts(window.search.ui.results)]
    assert sorted(headings) == [
        "Journal · 10 Mar 2026 · Body",
        "Session · 9 Mar 2026 · Analysis",
    ]


def test_a_person_without_sessions_has_no_bars_of_nothing(qtbot, controller, make_vault):
    from supervision_desk.core import repos

    vault = make_vault()
    repos.save(vault, "people", {"id": "p1", "name": "Sam Taylor", "role": "youth_worker"})
    path = vault.path
    vault.close()
    window = open_window(qtbot, controller, path)
    window.show_section(mw.PEOPLE)
    chart = window.people.balance.chart
    assert chart.rows() == []  # no "Attunement 0 of 1"
    assert chart.accessibleDescription() == "No sessions yet."


def test_one_session_is_counted_as_one(qtbot, controller, filled_vault):
    from supervision_desk.core import repos

    window = open_window(qtbot, controller, filled_vault)
    session = repos.get(window.vault, "sessions", "s1")
    full = {key: "Written." for key in ("attunement", "analysis", "allocation", "adaptation")}
    functions = ["management", "support", "development", "mediation"]
    repos.save(window.vault, "sessions", {**session, **full, "functions": functions})
    repos.save(
        window.vault,
        "cases",
        {"id": "c1", "person": "p1", "reference": "C-1", "weight": 2, "allocated": "2026-01-05"},
    )
    window.set_vault(window.vault)
    window.show_section(mw.PEOPLE)
    balance = window.people.balance
    assert balance.note.text() == "The last session gave room to every capacity and function."
    assert "Attunement: 1 of 1" in balance.chart.accessibleDescription()
    window.show_section(mw.TRACKER)
    window.tracker.select_person("p1")
    assert "from 1 open case: C-1 (2)" in window.tracker.ui.explain.text()


@pytest.mark.parametrize("scale", [1, 2], ids=["normal text", "200% text"])
def test_the_action_owner_reads_in_full_and_is_chosen_in_words(
    qtbot, controller, filled_vault, scale
):
    from supervision_desk.core import repos
    from supervision_desk.gui import fit

    base = QApplication.font().pointSizeF()
    fit.set_text_size(base * scale)
    try:
        window = open_window(qtbot, controller, filled_vault)
        window.show()
        window.open_session("s1")
        editor = window.editor
        table = editor.ui.actionsTable
        qtbot.waitExposed(window)
        owner = editor.actions.index(0, 1)
        assert owner.data() == "Supervisee"
        wide = table.fontMetrics().horizontalAdvance("Supervisee")
        assert table.columnWidth(1) >= wide  # not "Sup…"
        table.setCurrentIndex(owner)
        table.edit(owner)
        combo = table.indexWidget(owner) or table.focusWidget()
        assert [combo.itemText(i) for i in range(combo.count())] == ["Supervisee", "Supervisor"]
        assert combo.currentText() == "Supervisee"  # the word, not the stored code
        combo.setCurrentIndex(1)
        qtbot.keyClick(combo, Qt.Key_Return)
        qtbot.waitUntil(lambda: owner.data() == "Supervisor")  # the view commits in turn
        editor.flush()
        assert repos.get(window.vault, "actions", "a1")["owner"] == "supervisor"
    finally:
        fit.set_text_size(base)


def test_editing_a_session_and_its_actions_raises_no_qt_warning(
    qtbot, qtlog, controller, filled_vault
):
    from PySide6.QtGui import QAccessible

    from supervision_desk.core import repos

    window = open_window(qtbot, controller, filled_vault)
    repos.delete(window.vault, "actions", "a1")  # a session with no actions yet
    window.show()
    QAccessible.setActive(True)  # as with a screen reader running, which hears every change
    try:
        window.open_session("s1")
        editor = window.editor
        table = editor.ui.actionsTable
        qtbot.waitExposed(window)
        qtbot.keyClicks(editor.section("analysis"), " More.")
        editor.flush()  # saving a session whose action table is empty
        qtbot.mouseClick(editor.ui.addActionButton, Qt.LeftButton)
        qtbot.keyClicks(table.focusWidget(), "Ring the school")
        qtbot.keyClick(table.focusWidget(), Qt.Key_Return)
        qtbot.waitUntil(lambda: editor.actions.index(0, 0).data() == "Ring the school")
        table.setCurrentIndex(editor.actions.index(0, 0))
        qtbot.keyClick(table, Qt.Key_F2)
        qtbot.keyClick(table.focusWidget(), Qt.Key_End)
        qtbot.keyClicks(table.focusWidget(), " this week")
        qtbot.keyClick(table.focusWidget(), Qt.Key_Return)
        done = "Ring the school this week"
        qtbot.waitUntil(lambda: editor.actions.index(0, 0).data() == done)
        editor.flush()
    finally:
        QAccessible.setActive(False)
    said = [record.message for record in qtlog.records]
    assert not [m for m in said if "invalid index" in m], said


def test_a_new_session_opens_at_its_top_with_the_keyboard_in_its_first_field(
    qtbot, controller, filled_vault
):
    """Even when the record open before it was left scrolled to its end."""
    window = open_window(qtbot, controller, filled_vault)
    window.show()
    qtbot.waitExposed(window)
    window.open_session("s1")
    editor = window.editor
    bar = editor.ui.scroll.verticalScrollBar()
    bar.setValue(bar.maximum())
    assert bar.value() > 0
    window.ui.actionNewSession.trigger()
    qtbot.wait(50)
    assert editor.session["id"] != "s1"
    assert bar.value() == 0
    assert QApplication.focusWidget() is editor.ui.dateEdit
    view = editor.ui.scroll.viewport()
    top = editor.ui.personLabel.mapTo(view, editor.ui.personLabel.rect().topLeft()).y()
    assert top >= 0  # "Supervision with Sam Taylor" is in view


def _cut_short(table, column: int) -> list[str]:
    """The texts of a column (its header too) that do not fit their cell whole: a view
    draws a cell's text inside a margin on each side and ends what does not fit in "…"."""
    model, header = table.model(), table.horizontalHeader()
    style = table.style()
    margin = style.pixelMetric(style.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    room = table.columnWidth(column) - 2 * margin
    metrics = table.fontMetrics()
    cells = [model.index(row, column).data() for row in range(model.rowCount())]
    short = [t for t in cells if metrics.horizontalAdvance(t) > room]
    title = model.headerData(column, Qt.Horizontal)
    # A header's label has the header's own margins and a sort mark's room beside it.
    if header.fontMetrics().horizontalAdvance(title) > header.sectionSize(column) - 2 * margin:
        short.append(title)
    return short


def test_the_owner_column_is_never_cut_short_at_any_text_size(
    qtbot, controller, make_vault, desktop_text
):
    """Both action tables of a session, the agreed and the carried, as the text size is
    stepped through every size with the session open: each owner reads whole (never
    "Sup…"), a colleague's name typed as owner too."""
    from supervision_desk.core import repos
    from supervision_desk.gui import view_menu

    vault = make_vault()
    repos.save(vault, "people", {"id": "p1", "name": "Sam Taylor", "role": "youth_worker"})
    for sid, date in (("s1", "2026-03-02"), ("s2", "2026-04-06")):
        repos.save(vault, "sessions", {"id": sid, "person": "p1", "date": date, "minutes": 60})
    for aid, owner in (("a1", "supervisor"), ("a2", "Deputy team manager Priya Chaudhary")):
        repos.save(vault, "actions", {"id": aid, "session": "s1", "text": "Visit", "owner": owner})
    repos.save(vault, "actions", {"id": "a3", "session": "s2", "text": "Call", "due": "2026-11-25"})
    path = vault.path
    vault.close()
    window = open_window(qtbot, controller, path)
    window.show()
    qtbot.waitExposed(window)
    window.open_session("s2")
    editor = window.editor
    for percent in view_menu.STEPS:
        desktop_text(percent)
        QApplication.processEvents()
        carried, agreed = editor.ui.carriedTable, editor.ui.actionsTable
        assert carried.model().rowCount() == 2
        assert _cut_short(carried, 2) == [], percent
        assert _cut_short(agreed, 1) == [], percent
        assert _cut_short(agreed, 2) == [], percent  # the due date, "25 Nov 2026"
