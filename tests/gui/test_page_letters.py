"""Alt and a menu's letter opens that menu from every page of the main window: no control
on a page takes a letter the menu bar uses (on a person's page Alt+F went to "Pair with a
contact file…" instead of opening File), and no two controls of a page share a letter (Qt
only moves between them)."""

from __future__ import annotations

from PySide6.QtWidgets import QMenu

from supervision_desk.core import repos, sessions
from supervision_desk.gui import main_window as mw
from tests.gui.conftest import choose, open_window
from tests.gui.test_dialog_letters import _letter, owners


def menu_letters(window) -> dict[str, str]:
    """Each letter of the menu bar's menus, from the real menu bar, and its menu's name."""
    found = {}
    for action in window.menuBar().actions():
        if isinstance(action.menu(), QMenu) and action.isVisible() and _letter(action.text()):
            found[_letter(action.text())] = action.text().replace("&", "")
    return found


def clashes(window, where: str) -> list[str]:
    """The page's controls that take a menu's letter, or share a letter with another."""
    menus = menu_letters(window)
    page = window.ui.pages.currentWidget()
    found = [
        f"{where}: {text} takes Alt+{letter} from {menus[letter]}"
        for letter, texts in owners(page).items()
        if letter in menus
        for text in texts
    ]
    found += [
        f"{where}: {texts} share Alt+{letter}"
        for letter, texts in owners(page).items()
        if len(texts) > 1
    ]
    return found


def every_page(qtbot, window) -> list[str]:
    """The clashes on each page the window shows, a person's and a session's included."""
    found = []
    for index, spec in enumerate(mw.PAGES):
        if index == mw.SESSION:
            continue
        window.show_section(index)
        qtbot.waitUntil(lambda i=index: window.ui.pages.currentIndex() == i)
        found += clashes(window, spec.title)
    window.show_section(mw.PEOPLE)
    choose(window.people.ui.peopleList, 0)
    found += clashes(window, "a person")
    window.open_session("s1")
    qtbot.waitUntil(lambda: window.ui.pages.currentIndex() == mw.SESSION)
    found += clashes(window, "the session")
    return found


def test_no_page_control_takes_a_menu_letter(qtbot, controller, filled_vault):
    window = open_window(qtbot, controller, filled_vault)
    window.show()
    assert set(menu_letters(window)) >= {"f", "e", "r", "v", "h"}
    problems = every_page(qtbot, window)
    assert problems == [], "\n".join(problems)


def test_no_page_control_takes_a_menu_letter_on_a_practitioners_desk(qtbot, controller, make_vault):
    vault = make_vault(mode="practitioner", role="social_worker")
    repos.save(vault, "people", {"id": "me", "name": "Alex Morgan", "role": "social_worker"})
    repos.save(vault, "sessions", {"id": "s1", "person": "me", "date": "2025-03-04", "minutes": 60})
    sessions.ensure_self(vault)
    path = vault.path
    vault.close()
    window = open_window(qtbot, controller, path)
    window.show()
    problems = every_page(qtbot, window)
    assert problems == [], "\n".join(problems)
