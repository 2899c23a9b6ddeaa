"""Nothing typed is ever lost, nothing is deleted unasked, and user text is never markup: one
test per way the app used to lose or mangle work, each driven through the real widgets."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QMessageBox

from supervision_desk.core import drafts, repos, sessions
from supervision_desk.core.vault import Vault
from supervision_desk.gui import main_window as mw
from supervision_desk.gui.app import Controller, open_settings
from tests.conftest import PASSPHRASE
from tests.gui.conftest import cell, choose, texts, unlock


def _open(qtbot, controller, path):
    controller.ask_unlock(path)
    unlock(qtbot, controller)
    controller.window.resize(1280, 720)
    controller.window.show()
    return controller.window


def _commit(qtbot, table) -> None:
    """Press Enter in the cell being edited; the view commits it a moment later."""
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Return)
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.EditingState, timeout=2000)


def _type_in_cell(qtbot, table, row: int, column: int, text: str) -> None:
    index = table.model().index(row, column)
    table.setCurrentIndex(index)
    table.edit(index)
    editor = QApplication.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    _commit(qtbot, table)


# 1. Delete without asking ----------------------------------------------------------------


def test_delete_session_and_person_ask_first_and_saying_no_keeps_them(
    qtbot, controller, filled_vault, answers
):
    window = _open(qtbot, controller, filled_vault)
    people = window.people.ui
    answers.answer = False
    qtbot.mouseClick(people.deleteSessionButton, Qt.LeftButton)
    assert "Delete the one-to-one session of 2 March 2026 with Sam Taylor" in answers.asked[-1]
    assert "the 1 action agreed in it" in answers.asked[-1]
    qtbot.mouseClick(people.deletePersonButton, Qt.LeftButton)
    assert "Delete Sam Taylor and every record about them" in answers.asked[-1]
    assert texts(people.peopleList) == ["Sam Taylor"]
    assert len(texts(people.sessionList)) == 1
    assert not window.undo_bar.isVisible()

    answers.answer = True
    qtbot.mouseClick(people.deleteSessionButton, Qt.LeftButton)
    assert texts(people.sessionList) == []
    assert window.undo_bar.isVisible()
    assert "2 March 2026 with Sam Taylor" in window.undo_bar.label.text()
    window.ui.actionUndoDelete.trigger()  # the Edit menu's Undo delete does the same
    assert len(texts(people.sessionList)) == 1
    assert not window.undo_bar.isVisible()


def test_the_real_question_box_shows_a_name_as_typed(qtbot, controller, make_vault):
    """A name that looks like markup is shown as typed in the confirmation, and Cancel is
    the default answer."""
    vault = make_vault()
    repos.save(vault, "people", {"id": "p1", "name": "<b>Jo</b> & Co", "role": "other"})
    vault.close()
    window = _open(qtbot, controller, vault.path)
    seen = {}

    def answer() -> None:
        box = QApplication.activeModalWidget()
        seen["format"] = box.textFormat()
        seen["text"] = box.text()
        seen["default"] = box.defaultButton().text()
        box.reject()

    QTimer.singleShot(0, answer)
    qtbot.mouseClick(window.people.ui.deletePersonButton, Qt.LeftButton)
    assert seen["format"] == Qt.PlainText
    assert seen["text"].startswith("Delete <b>Jo</b> & Co?")
    assert seen["default"] == "&Cancel"  # with its Alt letter
    assert texts(window.people.ui.peopleList) == ["<b>Jo</b> & Co"]


# 2. One invalid value drops every later edit --------------------------------------------


def test_an_invalid_due_date_holds_back_only_itself(qtbot, controller, filled_vault, answers):
    window = _open(qtbot, controller, filled_vault)
    window.open_session("s1")
    editor = window.editor
    qtbot.mouseClick(editor.ui.addActionButton, Qt.LeftButton)
    qtbot.keyClicks(QApplication.focusWidget(), "Book the joint visit")
    _commit(qtbot, editor.ui.actionsTable)
    _type_in_cell(qtbot, editor.ui.actionsTable, 1, 2, "next week")
    qtbot.keyClicks(editor.ui.commentsEdit, "I felt heard today.")

    # Leaving asks first; staying keeps the user where they were.
    answers.answer = False
    window.ui.sidebar.setCurrentRow(mw.JOURNAL)
    assert window.ui.pages.currentWidget() is editor
    assert "Due date" in answers.asked[-1] and "next week" in answers.asked[-1]
    assert "actions.due" not in answers.asked[-1]
    message = editor.ui.actionsMessage
    assert message.isVisible()
    assert message.text().startswith("Action 2: Due date: “next week” is not a date")
    # Everything valid is already in the vault: the comment, and the first action.
    stored = repos.get(controller.vault, "sessions", "s1")
    assert stored["supervisee_comments"] == "I felt heard today."

    # Leaving anyway keeps the typed value as a draft; coming back shows it, marked.
    answers.answer = True
    window.ui.sidebar.setCurrentRow(mw.JOURNAL)
    assert window.ui.pages.currentWidget() is window.journal
    window.open_session("s1")
    assert cell(editor.ui.actionsTable, 1, 0) == "Book the joint visit"
    assert cell(editor.ui.actionsTable, 1, 2) == "next week"
    assert "next week" in editor.ui.actionsTable.model().index(1, 2).data(Qt.ToolTipRole)

    # Quitting asks too; staying keeps the window open.
    answers.answer = False
    window.close()
    assert window.isVisible()
    assert "Quit with something unsaved?" in answers.asked[-1]

    # Putting it right saves the action and forgets the draft.
    _type_in_cell(qtbot, editor.ui.actionsTable, 1, 2, "3 Aug 2026")
    editor.flush()
    assert not message.isVisible()
    actions = sessions.actions_of(controller.vault, "s1")
    assert [(a["text"], a["due"]) for a in actions] == [
        ("Ask S. where he would like to meet", None),
        ("Book the joint visit", "2026-08-03"),
    ]
    assert drafts.load(controller.vault, "actions:s1") == []


def test_a_draft_survives_lock_and_reopening(qtbot, controller, filled_vault, answers):
    window = _open(qtbot, controller, filled_vault)
    window.open_session("s1")
    editor = window.editor
    _type_in_cell(qtbot, editor.ui.actionsTable, 0, 2, "after the review")
    controller.lock()  # the idle lock cannot ask anyone
    unlock(qtbot, controller)
    assert window.ui.pages.currentWidget() is editor
    assert cell(editor.ui.actionsTable, 0, 2) == "after the review"
    assert editor.ui.actionsMessage.text().startswith("Action 1: Due date:")
    controller.shutdown()
    with Vault.open(filled_vault, PASSPHRASE) as vault:
        # The stored action is unchanged; the typed value waits in the encrypted vault.
        assert repos.get(vault, "actions", "a1")["due"] is None
        assert drafts.load(vault, "actions:s1")[0]["due"] == "after the review"


# 3. Duplicated actions ----------------------------------------------------------------------


def test_an_empty_row_above_a_filled_one_never_duplicates_it(qtbot, controller, filled_vault):
    window = _open(qtbot, controller, filled_vault)
    window.open_session("s1")
    editor = window.editor
    editor.add_action()  # left empty
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Escape)
    qtbot.waitUntil(lambda: editor.ui.actionsTable.state() != QAbstractItemView.EditingState)
    editor.add_action()
    qtbot.keyClicks(QApplication.focusWidget(), "Write to the school")
    _commit(qtbot, editor.ui.actionsTable)
    for words in ("One.", " Two.", " Three."):
        qtbot.keyClicks(editor.ui.commentsEdit, words)
        editor.flush()
    texts_ = [a["text"] for a in sessions.actions_of(controller.vault, "s1")]
    assert texts_ == ["Ask S. where he would like to meet", "Write to the school"]


# 4. A custom prompt loses a role --------------------------------------------------------------


def test_a_senior_manager_prompt_keeps_its_role(qtbot, controller, filled_vault):
    window = _open(qtbot, controller, filled_vault)
    window.show_section(mw.PROMPTS)
    vault = controller.vault
    repos.save(
        vault,
        "custom_prompts",
        {"id": "my-1", "capacity": "allocation", "roles": ["senior_manager"], "text": "Who?"},
    )
    from supervision_desk.gui.prompts_panel import CustomPromptDialog

    dialog = CustomPromptDialog(vault, repos.get(vault, "custom_prompts", "my-1"), window)
    assert dialog.boxes["senior_manager"].isChecked()
    assert not dialog.boxes["practitioner"].isChecked()
    qtbot.mouseClick(
        dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Ok), Qt.LeftButton
    )
    assert repos.get(vault, "custom_prompts", "my-1")["roles"] == ["senior_manager"]


# 5. A bad setting stops the app starting ------------------------------------------------------


def test_a_bad_setting_falls_back_to_its_default(qtbot, qapp):
    settings = open_settings()
    settings.setValue("lock/idle_minutes", "ten-ish")
    settings.setValue("vaults/recent", 42)
    settings.sync()
    controller = Controller(open_settings())
    qtbot.addWidget(controller.window)
    assert controller.idle_minutes() == 5
    assert controller.recent() == []
    controller.start().close()
    controller.shutdown()


# 6. Deleting a session that closed an action --------------------------------------------------


def test_deleting_the_session_that_closed_an_action_reopens_it(
    qtbot, controller, filled_vault, answers
):
    window = _open(qtbot, controller, filled_vault)
    window.people.new_session()
    editor = window.editor
    choose(editor.ui.carriedTable, 0)
    qtbot.mouseClick(editor.ui.closeDoneButton, Qt.LeftButton)
    window.show_section(mw.PEOPLE)
    assert texts(window.people.ui.openActions) == []
    choose(window.people.ui.sessionList, 0)  # the new session, where it was closed
    qtbot.mouseClick(window.people.ui.deleteSessionButton, Qt.LeftButton)
    assert "1 earlier action closed in it will be open again" in answers.asked[-1]
    reopened = "Ask S. where he would like to meet — Supervisee"
    assert texts(window.people.ui.openActions) == [reopened]
    assert repos.get(controller.vault, "actions", "a1")["status"] == "open"
    window.undo_delete()
    assert repos.get(controller.vault, "actions", "a1")["status"] == "done"


# 7. User text rendered as HTML ----------------------------------------------------------------


HOSTILE = '<img src="/dev/zero">'


def test_names_and_notes_that_look_like_markup_stay_text(qtbot, controller, make_vault):
    vault = make_vault()
    repos.save(vault, "people", {"id": "p1", "name": HOSTILE, "role": "social_worker"})
    repos.save(
        vault,
        "sessions",
        {"id": "s1", "person": "p1", "date": "2026-03-02", "minutes": 90, "agenda": "<b>x</b>"},
    )
    repos.save(
        vault,
        "cases",
        {
            "id": "c1",
            "person": "p1",
            "reference": "<i>YP</i>",
            "weight": 3,
            "allocated": "2026-01-05",
            "allocation_rationale": "<u>why</u>",
        },
    )
    repos.save(vault, "journal", {"id": "j1", "date": "2026-03-03", "title": "<h1>t</h1>"})
    vault.close()
    window = _open(qtbot, controller, vault.path)
    for index in range(len(mw.SIDEBAR)):
        window.show_section(index)
    window.open_session("s1")
    window.tracker.select_person("p1")
    shown = [label for label in window.findChildren(QLabel) if "<" in label.text()]
    assert {label.text() for label in shown} >= {HOSTILE, f"Supervision with {HOSTILE}"}
    for label in shown:
        assert label.textFormat() == Qt.PlainText, label.objectName()
    tip = window.tracker.ui.casesTable.model().index(0, 0).data(Qt.ToolTipRole)
    assert "&lt;u&gt;why&lt;/u&gt;" in tip  # shown as typed, not underlined


def test_every_label_in_every_page_is_plain_unless_it_is_ours(qtbot, controller, filled_vault):
    window = _open(qtbot, controller, filled_vault)
    for index in range(len(mw.PAGES)):
        window.page(index)
    rich = [
        label.objectName()
        for label in window.findChildren(QLabel)
        if label.textFormat() != Qt.PlainText and label.buddy() is None
    ]
    assert rich == []


# 8. No way back ---------------------------------------------------------------------------------


def test_clicking_the_highlighted_section_goes_back_to_it(qtbot, controller, filled_vault):
    window = _open(qtbot, controller, filled_vault)
    window.open_session("s1")
    sidebar = window.ui.sidebar
    assert sidebar.currentRow() == mw.PEOPLE
    rect = sidebar.visualItemRect(sidebar.item(mw.PEOPLE))
    qtbot.mouseClick(sidebar.viewport(), Qt.LeftButton, pos=rect.center())
    assert window.ui.pages.currentWidget() is window.people


# 9. Search by keyboard --------------------------------------------------------------------------


def test_search_is_usable_from_the_keyboard(qtbot, controller, filled_vault):
    window = _open(qtbot, controller, filled_vault)
    window.start_search()
    query = window.search.ui.queryEdit
    qtbot.keyClicks(query, "peer")
    qtbot.keyClick(query, Qt.Key_Return)  # Enter opens the first result, once it is found
    qtbot.waitUntil(lambda: window.ui.pages.currentWidget() is window.editor)
    assert window.editor.section("analysis").hasFocus()
    window.start_search()
    qtbot.keyClick(query, Qt.Key_Down)
    results = window.search.ui.results
    assert results.hasFocus() and results.currentIndex().row() == 0
    qtbot.keyClick(results, Qt.Key_Up)
    assert query.hasFocus()


# Also on the way ----------------------------------------------------------------------------------


def test_journal_without_entries_shows_what_it_is(qtbot, controller, filled_vault):
    window = _open(qtbot, controller, filled_vault)
    window.show_section(mw.JOURNAL)
    page = window.journal
    assert page.ui.editorStack.currentWidget() is page.ui.emptyPage
    assert "No journal entries yet" in page.ui.emptyLabel.text()
    assert not page.ui.dateEdit.isVisible()
    qtbot.mouseClick(page.ui.newEntryButton, Qt.LeftButton)
    assert page.ui.dateEdit.isVisible()


def test_status_messages_fade(qtbot, controller, filled_vault, monkeypatch):
    monkeypatch.setattr(mw, "MESSAGE_MS", 50)
    window = _open(qtbot, controller, filled_vault)
    window.report("Exported /tmp/x.pdf")
    assert window.statusBar().currentMessage() == "Exported /tmp/x.pdf"
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "", timeout=2000)


def test_question_buttons_say_what_they_do(qtbot):
    from supervision_desk.gui import messages

    seen = {}

    def answer() -> None:
        box = QApplication.activeModalWidget()
        seen["buttons"] = sorted(b.text() for b in box.buttons())
        seen["icon"] = box.icon()
        box.buttons()[0].click()

    QTimer.singleShot(0, answer)
    messages.ask(None, "Delete session", "Delete it?", "Delete session")
    # Each with its Alt letter: Cancel its usual C.
    assert seen == {"buttons": ["&Cancel", "&Delete session"], "icon": QMessageBox.Question}


def test_a_deleted_journal_entry_can_be_put_back(qtbot, controller, filled_vault, answers):
    window = _open(qtbot, controller, filled_vault)
    window.new_journal_entry()
    page = window.journal
    qtbot.keyClicks(page.ui.titleEdit, "After the visit")
    qtbot.keyClicks(page.ui.bodyEdit, "Words I want back.")
    qtbot.mouseClick(page.ui.deleteEntryButton, Qt.LeftButton)
    assert "Delete the journal entry “After the visit”" in answers.asked[-1]
    assert texts(page.ui.entryList) == []
    assert window.undo_bar.isVisible()
    qtbot.mouseClick(window.undo_bar.button, Qt.LeftButton)
    assert [t.split("  ", 1)[1] for t in texts(page.ui.entryList)] == ["After the visit"]
    assert page.ui.bodyEdit.toPlainText() == "Words I want back."


def test_the_unexpected_is_shown_and_logged_without_record_text(qtbot, monkeypatch, caplog):
    from supervision_desk.gui import messages

    told = []
    monkeypatch.setattr(messages, "tell", lambda parent, title, text, **kw: told.append(text))
    try:
        raise ValueError("Sam's private note about his mother")
    except ValueError as exc:
        messages._unexpected(type(exc), exc, exc.__traceback__)
    assert "Unexpected ValueError" in caplog.text
    assert "private note" not in caplog.text
    assert "did not expect (ValueError)" in told[0] and "private note" not in told[0]


def test_a_damaged_page_met_while_working_is_called_damage_not_a_bug(qtbot, monkeypatch):
    """A large vault's pages are checked beside the open window; a record on a damaged page
    opened before the check ends says what it is and what to do."""
    import sqlcipher3

    from supervision_desk.gui import messages

    told = []
    monkeypatch.setattr(messages, "tell", lambda parent, title, text, **kw: told.append(text))
    try:
        raise sqlcipher3.DatabaseError("file is not a database")
    except sqlcipher3.DatabaseError as exc:
        messages._unexpected(type(exc), exc, exc.__traceback__)
    assert "could not be read: it may be damaged" in told[0]
    assert "Nothing was written" in told[0] and "did not expect" not in told[0]
