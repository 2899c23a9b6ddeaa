"""GUI fixtures: a controller wired to a private settings file, and fast test vaults."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from supervision_desk.core import repos
from supervision_desk.gui import fit
from supervision_desk.gui.app import Controller, make_app, open_settings
from tests.conftest import PASSPHRASE


@pytest.fixture(autouse=True)
def no_folder_remembered(monkeypatch):
    """Each test starts as a fresh app does: no folder remembered from an earlier save."""
    from supervision_desk.gui import desks, export_dialog

    monkeypatch.setattr(desks, "_last_folder", None)
    monkeypatch.setattr(export_dialog, "_last_folder", None)


@pytest.fixture
def controller(qtbot, qapp):
    make_app()
    ctl = Controller(open_settings())
    qtbot.addWidget(ctl.window)
    yield ctl
    ctl.shutdown()
    ctl.window.close()


@pytest.fixture
def filled_vault(make_vault):
    """A closed fast-profile vault with one supervisee and one earlier session."""
    vault = make_vault()
    repos.save(
        vault,
        "people",
        {"id": "p1", "name": "Sam Taylor", "role": "youth_worker", "started_role": "2025-01-06"},
    )
    repos.save(
        vault,
        "sessions",
        {
            "id": "s1",
            "person": "p1",
            "date": "2026-03-02",
            "minutes": 90,
            "analysis": "Peer group shifted.",
        },
    )
    repos.save(
        vault,
        "actions",
        {"id": "a1", "session": "s1", "text": "Ask S. where he would like to meet"},
    )
    path = vault.path
    vault.close()
    return path


DESKTOP_POINTS = 11.0  # the text size GNOME, Ubuntu and most Linux desktops start with


@pytest.fixture
def desktop_text(controller):
    """Sets the View menu's text size (a percentage) over the text size of a common desktop
    rather than the test machine's smaller default, so "200%" is as large as a user's;
    everything goes back to the machine's size afterwards."""
    app = QApplication.instance()
    before, machine = app.property("baseTextSize"), QApplication.font().pointSizeF()
    app.setProperty("baseTextSize", DESKTOP_POINTS)
    controller.view_menu._base = DESKTOP_POINTS

    def set_size(percent: int) -> None:
        controller.view_menu.set_text_size(percent)

    yield set_size
    app.setProperty("baseTextSize", before)
    controller.view_menu._base = float(before if before is not None else machine)
    controller.view_menu.set_text_size(100)
    fit.set_text_size(machine)


def unlock(qtbot, controller, passphrase=PASSPHRASE):
    dialog = controller.unlock_dialog
    dialog.ui.passphraseEdit.setText(passphrase)
    qtbot.mouseClick(dialog.ui.unlockButton, Qt.LeftButton)
    qtbot.waitUntil(
        lambda: (
            controller.vault is not None
            or controller.unlock_dialog is not dialog  # opened, then found damaged
            or dialog.ui.message.text().startswith(("That", "This", "The", "/"))
        ),
        timeout=20_000,
    )
    # The window opens while the vault's pages are checked and saves nothing until they pass
    # (a moment later): wait for that, as a user would before their first change was kept.
    qtbot.waitUntil(
        lambda: controller.vault is None or controller._page_task is None, timeout=20_000
    )
    # A vault found damaged once open is closed and a fresh unlock screen says why.
    return controller.unlock_dialog if controller.vault is None else dialog


def open_window(qtbot, controller, path, size=(1280, 720)):
    """Unlock ``path`` in the app, as a user would, at a laptop-sized window."""
    controller.ask_unlock(path)
    unlock(qtbot, controller)
    controller.window.resize(*size)
    return controller.window


def texts(view) -> list[str]:
    """What a list or table view shows in its first column, top to bottom."""
    model = view.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def cell(view, row: int, column: int) -> str:
    return view.model().index(row, column).data()


def choose(view, row: int) -> None:
    """Click a row of a view, as a user would."""
    index = view.model().index(row, 0)
    view.scrollTo(index)
    rect = view.visualRect(index)
    from PySide6.QtTest import QTest

    QTest.mouseClick(view.viewport(), Qt.LeftButton, Qt.NoModifier, rect.center())


class Answers:
    """Stands in for the user at a question box: records what was asked, gives the answer."""

    def __init__(self, answer: bool = True):
        self.answer = answer
        self.asked: list[str] = []

    def __call__(self, parent, title, text, yes, no="Cancel", **_kw) -> bool:
        self.asked.append(f"{title}\n{text}\n[{yes}] [{no}]")
        return self.answer


@pytest.fixture
def answers(monkeypatch):
    from supervision_desk.gui import messages

    found = Answers()
    monkeypatch.setattr(messages, "ask", found)
    return found
