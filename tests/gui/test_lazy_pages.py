"""Pages are built the first time they are visited; until then their menus, shortcuts and the
lock behave as if they were there, and a page built late shows the vault's records."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication

from supervision_desk.core import repos
from supervision_desk.core.vault import Vault
from supervision_desk.gui import main_window as mw
from tests.conftest import PASSPHRASE
from tests.gui.conftest import choose, open_window, unlock

NOT_YET = (mw.JOURNAL, mw.TRACKER, mw.PROMPTS, mw.SEARCH, mw.RECEIVED, mw.SESSION)


def _with_an_entry(path) -> None:
    with Vault.open(path, PASSPHRASE) as vault:
        repos.save(
            vault, "journal", {"id": "j1", "date": "2026-03-11", "title": "After the review"}
        )


def _listed(page) -> list[str]:
    """Every row shown in the page's lists and tables, whatever they are called."""
    rows = []
    for view in page.findChildren(QAbstractItemView):
        model = view.model()
        if model is not None:
            rows += [str(model.index(r, 0).data()) for r in range(model.rowCount())]
    return rows


def _active(qtbot, window) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is window.windowHandle(), timeout=5000)


def test_a_page_is_built_on_its_first_visit_with_the_vaults_records(
    qtbot, controller, filled_vault
):
    _with_an_entry(filled_vault)
    window = open_window(qtbot, controller, filled_vault)
    assert window.built(mw.PEOPLE) is not None
    assert all(window.built(index) is None for index in NOT_YET)
    assert "Sam Taylor" in _listed(window.people)

    choose(window.ui.sidebar, mw.JOURNAL)  # a click on "Journal"
    journal = window.built(mw.JOURNAL)
    assert journal is not None and window.ui.pages.currentWidget() is journal
    assert any("After the review" in row for row in _listed(journal))
    assert window.ui.sidebar.currentRow() == mw.JOURNAL


def test_shortcuts_reach_pages_not_built_yet(qtbot, controller, filled_vault):
    window = open_window(qtbot, controller, filled_vault)
    _active(qtbot, window)
    QTest.keyClick(
        window.people.ui.peopleList,
        Qt.Key.Key_F,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    search = window.built(mw.SEARCH)
    assert search is not None and window.ui.pages.currentWidget() is search
    assert QApplication.focusWidget() is search.ui.queryEdit

    QTest.keyClick(search.ui.queryEdit, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    journal = window.built(mw.JOURNAL)
    assert journal is not None and window.ui.pages.currentWidget() is journal
    assert any("(untitled)" in row for row in _listed(journal))  # made by the shortcut


def test_locking_with_pages_never_visited_and_coming_back(qtbot, controller, filled_vault):
    _with_an_entry(filled_vault)
    window = open_window(qtbot, controller, filled_vault)
    window.people.select_person("p1")
    window.ui.actionLock.trigger()
    assert controller.vault is None and not window.isVisible()
    assert "Sam Taylor" not in _listed(window.people)  # nothing of the vault stays on screen
    assert all(window.built(index) is None for index in NOT_YET)

    unlock(qtbot, controller)
    assert window.isVisible() and window.people.current_person() == "p1"
    choose(window.ui.sidebar, mw.JOURNAL)
    assert any("After the review" in row for row in _listed(window.built(mw.JOURNAL)))


def test_page_code_loaded_ahead_builds_only_the_editor_and_moves_nobody(
    qtbot, controller, filled_vault
):
    """In the first quiet second the pages' code is loaded and the session editor built,
    hidden and empty; nothing else is built and the user stays where they are."""
    window = open_window(qtbot, controller, filled_vault)
    window.people.select_person("p1")
    qtbot.waitUntil(lambda: not window._preload, timeout=10_000)
    assert window.built(mw.SESSION) is not None
    assert window.ui.pages.currentIndex() == mw.PEOPLE
    assert window.people.current_person() == "p1"
    assert all(window.built(index) is None for index in NOT_YET if index != mw.SESSION)
    editor = window.built(mw.SESSION)
    assert not editor.isVisible() and editor.session is None
    window.open_session("s1")  # the editor built ahead opens a record as one built now would
    assert window.ui.pages.currentWidget() is editor and editor.session["id"] == "s1"
