"""Every window and dialog fits a 1280×720 laptop screen at every text size, and a new team
finds "Add person…" in a menu and on the empty page."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication

from supervision_desk.gui import fit
from supervision_desk.gui import main_window as mw
from tests import tools
from tests.gui.conftest import open_window

LAPTOP = QSize(1280, 720) - fit.FRAME  # the room a window has inside a laptop's screen


@pytest.fixture
def text_size(controller):
    def set_size(percent):
        controller.view_menu.set_text_size(percent)

    yield set_size
    controller.view_menu.set_text_size(100)


def _fits(window) -> None:
    """Small enough for a laptop, no larger than the screen it is on allows, and with the
    height its contents need (nothing squeezed or drawn over)."""
    QApplication.processEvents()
    title = window.windowTitle()
    hint = window.minimumSizeHint()
    assert hint.width() <= LAPTOP.width() and hint.height() <= LAPTOP.height(), (title, hint)
    room = fit.room(window)
    assert window.width() <= max(room.width(), hint.width()), (title, window.size())
    assert window.height() <= max(room.height(), hint.height()), (title, window.size())
    layout = window.layout()
    if layout is not None and layout.hasHeightForWidth() and window.height() < room.height():
        needed = layout.totalHeightForWidth(window.width())
        assert window.height() >= needed, (title, window.height(), needed)


@pytest.mark.parametrize("percent", [100, 150, 200])
def test_the_main_window_fits_a_laptop_at_every_text_size(
    qtbot, controller, filled_vault, text_size, percent
):
    text_size(percent)
    window = open_window(qtbot, controller, filled_vault, size=(1180, 760))
    window.hide()
    window.show()  # as at start-up, with the size of the first design
    for index in range(len(mw.SIDEBAR)):
        window.show_section(index)
    window.open_session("s1")
    _fits(window)


def test_add_person_is_in_a_menu_and_on_the_empty_page(qtbot, controller, make_vault):
    vault = make_vault()
    path = vault.path
    vault.close()
    window = open_window(qtbot, controller, path)
    people = window.people.ui
    assert people.personTitle.text() == "Add the first person you supervise"
    assert "Record → Add person… (Ctrl+Shift+N)" in people.personFacts.text()
    assert people.addPersonButton.text().replace("&", "") == "Add person…"
    record_menu = window.ui.menuRecord
    assert "Add person…" in [a.text().replace("&", "") for a in record_menu.actions()]
    window.show_section(mw.JOURNAL)
    window.ui.actionAddPerson.trigger()
    assert window.ui.pages.currentIndex() == mw.PEOPLE
    dialog = window.people.person_dialog
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.ui.nameEdit, "Sam Taylor")
    qtbot.mouseClick(
        dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Ok), Qt.LeftButton
    )
    assert people.personTitle.text() == "Sam Taylor"


def _dialogs(qtbot, controller, window):
    """Open each dialog a user meets in the first hour, one at a time."""
    yield controller.ask_quick_unlock()
    yield window.people.add_person()
    yield window.people.open_agreement()
    yield window.edit_policy()
    yield window.export_pdf()
    window.open_session("s1")
    discussion = window.editor.cases.open_dialog(None)
    yield discussion
    yield discussion.new_case()
    window.show_section(mw.TRACKER)
    yield window.tracker.record_concern()
    yield controller.vault_menu.change_passphrase()


@pytest.mark.parametrize("percent", [100, 200])
def test_every_dialog_fits_at_every_text_size(
    qtbot, controller, filled_vault, text_size, percent, answers
):
    text_size(percent)
    window = open_window(qtbot, controller, filled_vault)
    seen = []
    for dialog in _dialogs(qtbot, controller, window):
        qtbot.waitExposed(dialog)
        _fits(dialog)
        seen.append(dialog.windowTitle())
        dialog.done(0)
    assert len(seen) == 9
    controller.lock()
    unlock = controller.unlock_dialog
    qtbot.waitExposed(unlock)
    _fits(unlock)
    qtbot.mouseClick(unlock.ui.createButton, Qt.LeftButton)
    qtbot.waitExposed(unlock.create_dialog)
    _fits(unlock.create_dialog)


@pytest.fixture
def newly_qualified(make_vault):
    """A newly qualified social worker (so the ASYE year button shows) with a year of
    monthly sessions and two open actions."""
    from supervision_desk.core import repos

    vault = make_vault()
    repos.save(
        vault,
        "people",
        {
            "id": "sw",
            "name": "Sam Okafor",
            "role": "social_worker",
            "started_role": "2025-09-01",
            "newly_qualified": True,
        },
    )
    for month in range(1, 13):
        repos.save(
            vault,
            "sessions",
            {"id": f"s{month}", "person": "sw", "date": f"2025-{month:02d}-10", "minutes": 60},
        )
    for n in (1, 2):
        repos.save(vault, "actions", {"id": f"a{n}", "session": "s12", "text": f"Action {n}"})
    path = vault.path
    vault.close()
    return path


def test_the_people_page_fits_the_first_window_on_a_laptop(qtbot, controller, newly_qualified):
    """At the window's first size on a 1280×720 screen, a person's page needs no scrolling:
    its bottom row of buttons (Agreement…, ASYE year…, Delete…) is in view."""
    from PySide6.QtCore import QRect

    # The size the window opens at before any is remembered, on a laptop's screen.
    size = fit.first_geometry(QRect(0, 0, 1280, 720)).size()
    window = open_window(qtbot, controller, newly_qualified, size=(size.width(), size.height()))
    window.show_section(mw.PEOPLE)
    people = window.people
    people.select_person("sw")
    QApplication.processEvents()
    window.grab().save(str(tools.shots() / "people-first-window.png"))
    scroll = window.ui.pageScroll
    assert scroll.verticalScrollBar().maximum() == 0, scroll.widget().height()
    view = scroll.viewport()
    for button in (people.ui.agreementButton, people.ui.asyeButton, people.ui.deletePersonButton):
        assert button.isVisibleTo(people), button.text()
        bottom = button.mapTo(view, button.rect().bottomLeft()).y()
        assert bottom < view.height(), (button.text(), bottom, view.height())
    # The sessions list keeps room for a few lines, and takes the height left over.
    line = people.ui.sessionList.fontMetrics().lineSpacing()
    assert people.ui.sessionList.height() >= 3 * line
