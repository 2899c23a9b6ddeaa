"""Tab goes down each editor as it reads, through every field a user types into or operates:
real Tab key presses on the widget with the focus, in the real window, from the first field
to the last, compared with where each field is drawn."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QScrollArea,
    QWidget,
)

from supervision_desk.core import repos, sessions
from supervision_desk.gui import main_window as mw
from tests import received_records, tools
from tests.gui.conftest import open_window


def _inside_a_control(widget: QWidget, root: QWidget) -> bool:
    """A part of a control (a spin box's text, a list's scroll bar), which Tab does not stop at
    on its own: the control takes the focus for it."""
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, (QAbstractSpinBox, QComboBox)) or (
            isinstance(parent, QAbstractScrollArea) and not isinstance(parent, QScrollArea)
        ):
            return True
        parent = parent.parentWidget()
    return False


def operable(root: QWidget) -> list[QWidget]:
    """Every visible, enabled control under ``root`` that takes the keyboard by Tab."""
    return [
        w
        for w in root.findChildren(QWidget)
        if w.isVisible()
        and w.isEnabled()
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and w.focusProxy() is None
        and not _inside_a_control(w, root)
    ]


def tab_through(first: QWidget, root: QWidget, limit: int = 300) -> list[QWidget]:
    """Put the focus in ``first``, then press Tab on whatever has the focus until it leaves
    ``root``; the controls it stopped at, in order (a control Tab moves inside, as a date's
    day, month and year, counted once)."""
    first.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    stops: list[QWidget] = []
    for _ in range(limit):
        focus = QApplication.focusWidget()
        if focus is None or not (focus is root or root.isAncestorOf(focus)):
            return stops
        while focus.focusProxy() is not None:
            focus = focus.focusProxy()
        if _inside_a_control(focus, root):  # a cell being typed in: its table
            focus = next(p for p in _ancestors(focus, root) if _inside_a_control(focus, p))
        if not stops or stops[-1] is not focus:
            assert focus not in stops, f"Tab came back to {_name(focus)}: " + _way(stops)
            stops.append(focus)
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        QApplication.processEvents()
    raise AssertionError("Tab never left the editor: " + _way(stops))


def _ancestors(widget: QWidget, root: QWidget) -> list[QWidget]:
    found, parent = [], widget.parentWidget()
    while parent is not None and parent is not root:
        found.append(parent)
        parent = parent.parentWidget()
    return found


def _name(widget: QWidget) -> str:
    return f"{type(widget).__name__} {widget.objectName() or widget.accessibleName()!r}"


def _way(stops: list[QWidget]) -> str:
    return " → ".join(_name(w) for w in stops)


def _place(widget: QWidget) -> QRect:
    return QRect(widget.mapTo(widget.window(), widget.rect().topLeft()), widget.size())


def assert_reading_order(stops: list[QWidget]) -> None:
    """Each stop below the one before, or on its line and to its right."""
    for before, after in pairwise(stops):
        a, b = _place(before), _place(after)
        below = b.top() >= a.bottom() - 2
        same_line = b.top() <= a.bottom() and a.top() <= b.bottom()
        assert below or (same_line and b.left() >= a.right() - 2), (
            f"Tab went from {_name(before)} at {a.getRect()} up or back to {_name(after)} "
            f"at {b.getRect()}: " + _way(stops)
        )


def assert_every_field_in_order(first: QWidget, root: QWidget) -> list[QWidget]:
    stops = tab_through(first, root)
    missed = [_name(w) for w in operable(root) if w not in stops]
    assert not missed, f"Tab never reached {missed}; it went: " + _way(stops)
    assert_reading_order(stops)
    return stops


def _session_window(qtbot, controller, path, session_id: str = "s1"):
    window = open_window(qtbot, controller, path)
    window.show()
    qtbot.waitExposed(window)
    window.open_session(session_id)
    QApplication.processEvents()
    return window, window.editor


def test_tab_goes_down_the_session_record_through_every_field(qtbot, controller, filled_vault):
    _window, editor = _session_window(qtbot, controller, filled_vault)
    ui = editor.ui
    stops = assert_every_field_in_order(ui.dateEdit, ui.content)
    # The fields the first users' Tab never reached are there, in the record's order.
    order = [
        ui.statusCombo,
        ui.agendaEdit,
        ui.attunementEdit,
        ui.analysisEdit,
        ui.allocationEdit,
        ui.adaptationEdit,
        ui.learningEdit,
        ui.managementCheck,
        ui.mediationCheck,
        ui.wellbeingSpin,
        ui.carriedTable,
        ui.casesTable,
        ui.addCaseButton,
        ui.actionsTable,
        ui.addActionButton,
        ui.commentsEdit,
        ui.disagreementEdit,
        ui.confidentialEdit,
        ui.supervisorAgreed,
        ui.nextPlanned,
    ]
    assert [w for w in stops if w in order] == order
    # The record's last field leads on to the prompts beside it, not back into the record.
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert editor.prompts.isAncestorOf(QApplication.focusWidget()) or (
        QApplication.focusWidget() is editor.prompts_scroll
    )


def test_typing_after_tab_from_the_agenda_goes_into_attunement(qtbot, controller, filled_vault):
    window, editor = _session_window(qtbot, controller, filled_vault)
    ui = editor.ui
    ui.agendaEdit.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClicks(ui.agendaEdit, "The move")
    QTest.keyClick(ui.agendaEdit, Qt.Key.Key_Tab)
    QTest.keyClicks(QApplication.focusWidget(), "for Attunement")
    assert ui.attunementEdit.hasFocus()
    assert ui.attunementEdit.toPlainText() == "for Attunement"
    assert ui.agendaEdit.toPlainText() == "The move"
    assert ui.wellbeingSpin.value() == -1  # "Not recorded", untouched
    editor.flush()
    assert repos.get(controller.vault, "sessions", "s1")["attunement"] == "for Attunement"
    window.resize(1280, 720)
    qtbot.wait(50)
    window.grab().save(str(tools.shots() / "tab-into-attunement.png"))


def test_tab_takes_in_each_attendee_of_a_group_in_its_place(qtbot, controller, make_vault):
    vault = make_vault()
    for pid, name in (("p1", "Sam Taylor"), ("p2", "Jo Okafor")):
        repos.save(vault, "people", {"id": pid, "name": name, "role": "social_worker"})
    repos.save(
        vault,
        "sessions",
        {
            "id": "g1",
            "kind": "group",
            "date": "2026-03-02",
            "minutes": 60,
            "attendees": ["p1", "p2"],
        },
    )
    path = vault.path
    vault.close()
    _window, editor = _session_window(qtbot, controller, path, "g1")
    ui = editor.ui
    rows = editor.attendance.rows
    assert [r.agreed.isVisible() for r in rows] == [True, True]
    stops = assert_every_field_in_order(ui.dateEdit, ui.content)
    order = [ui.presenterCombo, rows[0].agreed, rows[0].wellbeing, rows[1].agreed]
    order += [rows[1].wellbeing, ui.agendaEdit, ui.attunementEdit]
    assert [w for w in stops if w in order] == order

    # Ticking one more attendee makes a row: it too takes its place.
    repos.save(controller.vault, "people", {"id": "p3", "name": "Ash Lee", "role": "social_worker"})
    editor.fill_attendees()
    item = ui.attendeesList.findItems("Ash Lee", Qt.MatchExactly)[0]
    item.setCheckState(Qt.Checked)
    QApplication.processEvents()
    rows = editor.attendance.rows
    assert len(rows) == 3
    stops = assert_every_field_in_order(ui.dateEdit, ui.content)
    assert stops.index(rows[2].wellbeing) < stops.index(ui.agendaEdit)


def test_an_agreed_record_is_still_read_by_tab_field_by_field(
    qtbot, controller, filled_vault, answers
):
    _window, editor = _session_window(qtbot, controller, filled_vault)
    ui = editor.ui
    ui.supervisorAgreed.setChecked(True)
    ui.superviseeAgreed.setChecked(True)
    assert "Seal the record" in answers.asked[-1]  # answered yes
    editor.flush()
    QApplication.processEvents()
    assert editor.section("attunement").isReadOnly()
    stops = assert_every_field_in_order(ui.amendButton, ui.content)
    # Read-only, the text is still reached, selected and read aloud, in the record's order.
    texts = [ui.agendaEdit, ui.attunementEdit, ui.analysisEdit, ui.allocationEdit]
    texts += [ui.adaptationEdit, ui.learningEdit, ui.commentsEdit]
    assert [w for w in stops if w in texts] == texts


def test_a_practitioners_own_record_tabs_the_same_way(qtbot, controller, make_vault):
    vault = make_vault(mode="practitioner", role="social_worker")
    sessions.ensure_self(vault)
    me = sessions.own_person(vault)
    repos.save(vault, "sessions", {"id": "s1", "person": me, "date": "2026-03-02", "minutes": 60})
    path = vault.path
    vault.close()
    _window, editor = _session_window(qtbot, controller, path)
    assert editor.session is not None
    stops = assert_every_field_in_order(editor.ui.dateEdit, editor.ui.content)
    assert stops.index(editor.ui.agendaEdit) + 1 == stops.index(editor.ui.attunementEdit)


def test_a_record_received_from_the_supervisor_tabs_down_the_page(
    qtbot, controller, make_vault, tmp_path
):
    boss, sam = received_records.make_desks(make_vault, tmp_path)
    received_records.received_for_agreement(boss, sam, tmp_path)
    boss.close()
    path = sam.path
    sam.close()
    window = open_window(qtbot, controller, path)
    window.show()
    qtbot.waitExposed(window)
    window.show_section(mw.RECEIVED)
    page = window.page(mw.RECEIVED)
    qtbot.waitUntil(lambda: page.current() == "s1")
    stops = assert_every_field_in_order(page.recordList, page)
    assert stops.index(page.recordView) < stops.index(page.commentsEdit)
    assert page.recordView.isReadOnly()


def test_tab_goes_down_a_journal_entry_through_its_text(qtbot, controller, filled_vault):
    window = open_window(qtbot, controller, filled_vault)
    window.show()
    qtbot.waitExposed(window)
    window.show_section(mw.JOURNAL)
    journal = window.journal
    journal.new_entry()
    QApplication.processEvents()
    ui = journal.ui
    stops = assert_every_field_in_order(ui.dateEdit, ui.entryPage)
    boxes = list(journal.boxes.values())
    order = [ui.titleEdit, ui.sessionCombo, ui.tagsEdit, *boxes, ui.bodyEdit]
    assert [w for w in stops if w in order] == order
    # From the entry's text, Tab goes on to the prompts beside it.
    QTest.keyClick(ui.bodyEdit, Qt.Key.Key_Tab)
    assert journal.prompts.isAncestorOf(QApplication.focusWidget())
