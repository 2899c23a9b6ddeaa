"""Every item model of the app obeys Qt's rules for models (pytest-qt's qtmodeltester runs
Qt's QAbstractItemModelTester over it): each page's models, filled from a year of history."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel
from pytestqt.modeltest import ModelTester

import supervision_desk.gui as gui_package
from supervision_desk.core import repos
from supervision_desk.gui import main_window as mw
from tests import year_of_history
from tests.gui.conftest import unlock

# The pages that show models of their own (the prompts page lists with a QListWidget).
SECTIONS = {
    "people": mw.PEOPLE,
    "journal": mw.JOURNAL,
    "tracker": mw.TRACKER,
    "search": mw.SEARCH,
    "session": mw.SESSION,
}


def _model_classes() -> set[str]:
    """The names of every item model class written in gui/ (read from the source)."""
    bases = {"QAbstractTableModel", "QAbstractListModel", "QStandardItemModel"}
    bases |= {"QAbstractItemModel", "QSortFilterProxyModel", "QIdentityProxyModel"}
    classes = [
        node
        for path in Path(gui_package.__file__).parent.glob("*.py")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.ClassDef)
    ]
    found: set[str] = set()
    while True:  # a model made from one of ours (a list read page by page) is one too
        more = {
            node.name
            for node in classes
            if any(isinstance(b, ast.Name) and b.id in bases | found for b in node.bases)
        }
        if more <= found:
            return found
        found |= more


@pytest.fixture
def year(qtbot, controller, make_vault):
    vault = make_vault()
    year_of_history.build(vault)
    repos.save(vault, "journal", {"id": "j1", "date": "2026-03-11", "body": "Tired, but ok."})
    vault.close()
    controller.ask_unlock(vault.path)
    unlock(qtbot, controller)
    window = controller.window
    window.resize(1280, 720)
    return window


def _ours(root) -> list[QAbstractItemModel]:
    names = _model_classes()
    return [m for m in root.findChildren(QAbstractItemModel) if type(m).__name__ in names]


def _visit(qtbot, window, section: str):
    if section == "session":
        window.open_session("s1-11")
        window.editor.add_action("Book the room", "supervisor", "3 Aug 2026")
        window.editor.flush()  # saved, with the tester watching the signals that follow
        return window.editor
    window.show_section(SECTIONS[section])
    page = window.ui.pages.currentWidget()
    if section == "search":
        page.ui.queryEdit.setText("peer")
        page.run()
        qtbot.waitUntil(lambda: not page.searching())  # it may go on beside the window
    if section == "tracker":
        page.select_person("p1")
    return page


@pytest.mark.parametrize("section", list(SECTIONS))
def test_each_page_s_models_follow_the_rules(qtbot, request, year, section):
    page = _visit(qtbot, year, section)
    models = _ours(page)
    assert models, f"the {section} page shows no model of ours"
    # One tester a model: a tester given a second model judges the first one's later signals
    # against the second (the session's actions against its empty carried actions).
    testers = []
    for model in models:
        assert model.rowCount() >= 0
        tester = ModelTester(request.config)
        tester.check(model, force_py=True)
        testers.append(tester)
    qtbot.wait(50)  # signals that come after the check are judged too
    for tester in testers:
        tester._cleanup()


def test_every_model_class_in_the_app_is_checked(qtbot, year):
    seen = set()
    for section in SECTIONS:
        seen |= {type(m).__name__ for m in _ours(_visit(qtbot, year, section))}
    assert seen == _model_classes()
