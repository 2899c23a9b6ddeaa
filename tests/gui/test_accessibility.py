"""What a screen reader and a keyboard user meet: every control named, labels read with what
they show, status messages spoken, and no table that Tab cannot leave."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QLabel, QMenu, QWidget

from supervision_desk.gui import main_window as mw
from tests.gui import test_two_desks_gui as two_desks
from tests.gui.conftest import choose, open_window

State = QAccessible.State
# Two vaults in two windows, the file dialogs and the message box: as the two-desks tests.
two, files, told = two_desks.two, two_desks.files, two_desks.told


def _walk(iface, depth=0):
    yield iface
    if depth > 40:
        return
    for i in range(iface.childCount()):
        child = iface.child(i)
        if child is not None and child.isValid():
            yield from _walk(child, depth + 1)


# Parts of a view that take their name from the data they hold (an empty cell is empty).
_DATA_ROLES = {
    QAccessible.Role.Cell,
    QAccessible.Role.ListItem,
    QAccessible.Role.Row,
    QAccessible.Role.TreeItem,
    QAccessible.Role.ColumnHeader,
    QAccessible.Role.RowHeader,
}


def unnamed_controls(root: QWidget) -> list[str]:
    """Every control a keyboard reaches under ``root`` that a screen reader would not name."""
    missing = []
    for iface in _walk(QAccessible.queryAccessibleInterface(root)):
        state = iface.state()
        if state.invisible or not state.focusable or iface.role() in _DATA_ROLES:
            continue
        if not iface.text(QAccessible.Text.Name).strip():
            widget = iface.object()
            owner = widget.parent()
            missing.append(
                f"{iface.role().name} {type(widget).__name__} {widget.objectName()!r}"
                f" in {type(owner).__name__} {owner.objectName() if owner else ''!r}"
            )
    return missing


def _words(text: str) -> str:
    """Qt may drop an "&" (a mnemonic marker) from what it reads: compare the words only."""
    return " ".join(text.replace("&", "").split())


def hidden_values(root: QWidget) -> list[str]:
    """Labels whose fixed accessible name would be read instead of what they show."""
    hidden = []
    for label in root.findChildren(QLabel):
        shown = label.text().strip()
        if not label.isVisibleTo(root) or not shown:
            continue
        iface = QAccessible.queryAccessibleInterface(label)
        heard = iface.text(QAccessible.Text.Name) + " " + iface.text(QAccessible.Text.Description)
        if _words(shown) not in _words(heard):
            hidden.append(f"{label.objectName()}: {shown!r} read as {heard!r}")
    return hidden


def _check(root: QWidget) -> None:
    QApplication.processEvents()
    assert unnamed_controls(root) == []
    assert hidden_values(root) == []


def test_every_page_names_its_controls_and_reads_out_its_values(qtbot, controller, filled_vault):
    window = open_window(qtbot, controller, filled_vault)
    people = window.people.ui
    iface = QAccessible.queryAccessibleInterface(people.nextDue)
    assert iface.text(QAccessible.Text.Name) == "Next supervision due"
    assert iface.text(QAccessible.Text.Description).startswith("Next supervision due 2 Apr 2026")
    facts = QAccessible.queryAccessibleInterface(people.personFacts)
    assert facts.text(QAccessible.Text.Name) == "About this person"
    assert "Youth worker" in facts.text(QAccessible.Text.Description)
    for index in (mw.PEOPLE, mw.JOURNAL, mw.TRACKER, mw.PROMPTS, mw.SEARCH):
        window.show_section(index)
        _check(window)
    window.open_session("s1")
    _check(window)


def test_the_tracker_chart_is_described_and_its_figures_are_a_table(
    qtbot, controller, filled_vault
):
    window = open_window(qtbot, controller, filled_vault)
    window.show_section(mw.TRACKER)
    tracker = window.tracker
    choose(tracker.ui.table, 0)
    description = QAccessible.queryAccessibleInterface(tracker.chart_view).text(
        QAccessible.Text.Description
    )
    assert "supervision minutes each month" in description
    assert "The table below the chart" in description
    figures = tracker.figures_table
    assert figures.isVisibleTo(window) and figures.focusPolicy() & Qt.TabFocus
    model = figures.model()
    assert model.rowCount() == 12
    headers = [model.headerData(c, Qt.Horizontal) for c in range(model.columnCount())]
    assert headers[:2] == ["Month", "Supervision minutes"]
    # March 2026 holds the 90-minute session the chart draws as a bar.
    rows = {model.index(r, 0).data(): model.index(r, 1).data() for r in range(12)}
    assert rows["March 2026"] == "90"
    explain = QAccessible.queryAccessibleInterface(tracker.ui.explain)
    assert explain.text(QAccessible.Text.Description) == tracker.ui.explain.text() != ""


def _inside(widget: QWidget | None, view: QWidget) -> bool:
    return widget is view or (widget is not None and view.isAncestorOf(widget))


@pytest.mark.parametrize(
    "modifiers",
    [Qt.NoModifier, Qt.ShiftModifier, Qt.ControlModifier, Qt.ControlModifier | Qt.ShiftModifier],
)
def test_tab_leaves_the_actions_table(qtbot, controller, filled_vault, modifiers):
    window = open_window(qtbot, controller, filled_vault)
    window.open_session("s1")
    editor = window.editor
    table = editor.ui.actionsTable
    key = Qt.Key_Backtab if modifiers & Qt.ShiftModifier else Qt.Key_Tab
    # Between cells, and while typing in a new row's cell: Tab goes along the row and
    # leaves from the last cell (Shift+Tab from the first); Ctrl+Tab leaves from any cell.
    model = table.model()
    table.setFocus()
    first, last = model.index(0, 0), model.index(0, model.columnCount() - 1)
    table.setCurrentIndex(first if modifiers & Qt.ShiftModifier else last)
    qtbot.keyClick(table, key, modifiers)
    assert not _inside(QApplication.focusWidget(), table)
    qtbot.mouseClick(editor.ui.addActionButton, Qt.LeftButton)
    typing = QApplication.focusWidget()
    assert _inside(typing, table)
    qtbot.keyClicks(typing, "Book the joint visit")
    qtbot.keyClick(typing, key, modifiers)
    if modifiers & Qt.ControlModifier:
        assert not _inside(QApplication.focusWidget(), table)
    else:
        # The new row's owner, or back to the last cell of the row above.
        assert _inside(QApplication.focusWidget(), table)
        back = bool(modifiers & Qt.ShiftModifier)
        assert table.currentIndex() == (model.index(0, 3) if back else model.index(1, 1))
    assert table.model().index(1, 0).data() == "Book the joint visit"  # kept, not lost


def test_status_messages_are_announced(qtbot, controller, filled_vault, monkeypatch, answers):
    heard: list[tuple[str, bool]] = []

    def listen(event):
        if event.type() == QAccessible.Event.Announcement:
            assertive = event.politeness() == QAccessible.AnnouncementPoliteness.Assertive
            heard.append((event.message(), assertive))

    monkeypatch.setattr(QAccessible, "updateAccessibility", listen)
    window = open_window(qtbot, controller, filled_vault)
    window.open_session("s1")
    qtbot.keyClicks(window.editor.section("analysis"), " More.")
    window.flush()
    qtbot.waitUntil(lambda: any(m.startswith("Saved") for m, _ in heard), timeout=5000)
    window.show_section(mw.PEOPLE)
    people = window.people.ui
    choose(people.sessionList, 0)
    qtbot.mouseClick(people.deleteSessionButton, Qt.LeftButton)
    assert any(m.startswith("Deleted: ") and "Undo" in m for m, _ in heard)
    controller.lock()
    assert ("Supervision Desk is locked. Unlock it to go on.", True) in heard


def test_every_dialog_names_its_controls(qtbot, controller, filled_vault):
    window = open_window(qtbot, controller, filled_vault)
    opened = [
        window.people.add_person(),
        window.people.edit_person(),
        window.people.open_agreement(),
        window.export_pdf(),
        window.edit_policy(),
        window.show_help("getting-started.html"),
        controller.vault_menu.change_passphrase(),
    ]
    window.show_section(mw.TRACKER)
    choose(window.tracker.ui.table, 0)
    opened += [window.tracker.allocate_case(), window.tracker.record_concern()]
    window.show_section(mw.PROMPTS)
    opened.append(window.page(mw.PROMPTS).add())
    window.open_session("s1")
    opened.append(window.editor.cases.open_dialog(None))
    for dialog in opened:
        assert dialog is not None
        dialog.show()
        _check(dialog)
        dialog.close()
    controller.lock()
    _check(controller.unlock_dialog)


def tab_ring(window: QWidget) -> list[str]:
    """What a screen reader names at each Tab stop, from where the focus starts when
    ``window`` opens, round to that control again (a ring that never returns is a trap)."""
    from PySide6.QtTest import QTest

    from tests.gui.test_keyboard_only import active, focused, heard, press

    window.show()
    active(window)
    start = focused()
    names = []
    for _ in range(80):
        names.append(heard(focused()))
        press(Qt.Key.Key_Tab)
        if focused() is start:
            return names
    QTest.qWait(0)
    raise AssertionError("Tab never came back round: " + " → ".join(names))


def _reachable(window: QWidget) -> list[str]:
    """Controls a keyboard user should meet: shown, enabled, taking Tab."""
    from tests.gui.test_keyboard_only import heard

    return [
        heard(w)
        for w in window.findChildren(QWidget)
        if w.isVisibleTo(window)
        and w.isEnabled()
        and w.focusPolicy() & Qt.TabFocus
        and w.focusProxy() is None
        and not isinstance(w.parent(), QAbstractScrollArea)  # a view's own viewport
    ]


def test_the_two_desks_screens_and_new_dialogs_walked(
    qtbot, two, files, told, answers, tmp_path, monkeypatch
):
    from supervision_desk.core import cpd
    from supervision_desk.gui import desks
    from supervision_desk.gui.case_dialog import CaseDialog
    from supervision_desk.gui.cpd_dialog import CpdDialog
    from supervision_desk.gui.pin_dialog import PinDialog
    from tests.gui.test_two_desks_gui import _pair_both, _send

    boss_win, sam_win = two
    _pair_both(qtbot, boss_win, sam_win, files, tmp_path)
    out = tmp_path / "s1.sdx"
    _send(qtbot, boss_win, files, out, monkeypatch)
    files.append(out)
    sam_win.ui.actionOpenExchange.trigger()

    # Records from my supervisor: the record, where it stands, the answers, in that order.
    page = sam_win.page(mw.RECEIVED)
    _check(page)
    state = QAccessible.queryAccessibleInterface(page.stateLabel)
    assert "awaiting your agreement" in state.text(QAccessible.Text.Description).lower()
    sam_win.show()
    from tests.gui.test_keyboard_only import active, focused, heard, press

    active(sam_win)
    page.recordList.setFocus()
    stops = []
    for _ in range(8):
        stops.append(heard(focused()))
        press(Qt.Key.Key_Tab)
    assert stops[:8] == [
        "Records from my supervisor",
        "The record, as sent",
        "Open as PDF…",
        "Save as PDF…",
        "Your comments",
        "Where you disagree",
        "Return with comments…",
        "Agree and sign…",
    ]
    # The pairing line on a person's page reads out what it shows.
    boss_win.show_section(mw.PEOPLE)
    boss_win.people.select_person("p1")
    _check(boss_win.people)

    cpd.new(sam_win.vault)
    person = {"id": "p1", "name": "Sam Taylor"}
    rings = {
        "identity": (
            boss_win.show_identity(),
            ["This vault's fingerprint", "Save my contact file…", "Close"],
        ),
        "pair": (
            desks.PairDialog(boss_win.vault, person, boss_win),
            ["Contact file", "Choose…", "Fingerprint they read aloud", "Pair", "Cancel"],
        ),
        "send": (
            desks.SendDialog(["Sam Taylor"], True, boss_win),
            [
                "Include the confidential note (for them only; never part of the record)",
                "Choose where to save…",
                "Cancel",
            ],
        ),
        "pin": (
            PinDialog(lambda pin: None, 8, 4, boss_win),
            ["PIN", "PIN again", "Set PIN", "Cancel"],
        ),
        "case": (CaseDialog(boss_win.vault, "p1", boss_win), None),
        "cpd": (CpdDialog(sam_win.vault, None, sam_win), None),
    }
    for name, (dialog, expected) in rings.items():
        ring = tab_ring(dialog)
        _check(dialog)
        if expected is not None:
            assert ring == expected, name
        # Every control that takes Tab is met on the way round (none unreachable).
        missing = [n for n in _reachable(dialog) if n and n not in ring]
        assert missing == [], name
        dialog.close()
    fingerprint = QAccessible.queryAccessibleInterface(rings["identity"][0].fingerprint)
    digits = fingerprint.text(QAccessible.Text.Description).split()
    assert len(digits) == 8 and all(len(group) == 5 for group in digits)
    status = QAccessible.queryAccessibleInterface(rings["cpd"][0].ui.statusLabel)
    assert "you need 2" in status.text(QAccessible.Text.Description)


def test_every_menu_gives_each_item_its_own_letter(qtbot, controller, filled_vault):
    """Alt+F then a letter reaches one item: a letter two items share only moves between them."""
    from tests.gui.conftest import open_window

    window = open_window(qtbot, controller, filled_vault)
    for menu in window.menuBar().findChildren(QMenu):
        letters = []
        for action in menu.actions():
            text = action.text().replace("&&", "")
            if action.isSeparator() or "&" not in text:
                continue
            letters.append(text[text.index("&") + 1].lower())
        repeated = {letter for letter in letters if letters.count(letter) > 1}
        assert not repeated, f"{menu.title()}: {sorted(repeated)} used twice"
        assert len(letters) == len([a for a in menu.actions() if not a.isSeparator()]), (
            f"{menu.title()}: an item without a letter"
        )


def test_no_letter_in_the_session_editor_is_also_a_menu_letter(qtbot, controller, filled_vault):
    """Alt and a letter in a session must reach the field or button it names, not open a
    menu (Alt+V on "Remove action" used to open View)."""
    from PySide6.QtWidgets import QAbstractButton, QGroupBox

    from tests.gui.conftest import open_window

    window = open_window(qtbot, controller, filled_vault)
    window.open_session("s1")
    menus = set()
    for action in window.menuBar().actions():
        text = action.text().replace("&&", "")
        if "&" in text:
            menus.add(text[text.index("&") + 1].lower())
    clashes = []
    widgets = window.editor.findChildren(QLabel) + window.editor.findChildren(QAbstractButton)
    for widget in widgets:
        text = widget.text().replace("&&", "")
        if "&" in text and text[text.index("&") + 1].lower() in menus:
            clashes.append(text)
    for box in window.editor.findChildren(QGroupBox):
        text = box.title().replace("&&", "")
        if "&" in text and text[text.index("&") + 1].lower() in menus:
            clashes.append(text)
    assert menus >= {"f", "e", "r", "v", "h"}
    assert clashes == []


def _letter(text: str) -> str | None:
    """The Alt+letter a control's text gives it ("&&" is a plain ampersand)."""
    text = text.replace("&&", "")
    return text[text.index("&") + 1].lower() if "&" in text[:-1] else None


def test_every_letter_in_the_session_editor_reaches_one_control(qtbot, controller, filled_vault):
    """Alt and a letter in a session reaches one field or button: no letter is shared (Qt
    would only move between the controls sharing it), none is a menu's, in a one-to-one and
    in a peer group (whose own fields and wording show), shown or not yet shown."""
    from PySide6.QtWidgets import QAbstractButton, QGroupBox

    from tests.gui.conftest import open_window

    window = open_window(qtbot, controller, filled_vault)
    window.open_session("s1")
    editor = window.editor
    menus = {_letter(a.text()): f"menu {a.text()}" for a in window.menuBar().actions()}
    assert set(menus) == {"f", "e", "r", "v", "h"}
    for kind in ("one_to_one", "peer_group"):
        editor.ui.kindCombo.setCurrentIndex(editor.ui.kindCombo.findData(kind))
        owners: dict[str, list[str]] = {}
        for widget in editor.findChildren(QLabel):
            # A label's letter is live only when it names a field (its buddy).
            if widget.buddy() is not None and _letter(widget.text()):
                owners.setdefault(_letter(widget.text()), []).append(widget.text())
        for widget in editor.findChildren(QAbstractButton):
            if _letter(widget.text()):
                owners.setdefault(_letter(widget.text()), []).append(widget.text())
        for box in editor.findChildren(QGroupBox):
            if _letter(box.title()):
                owners.setdefault(_letter(box.title()), []).append(box.title())
        shared = {k: v for k, v in owners.items() if len(v) > 1}
        assert shared == {}, kind
        assert {k: menus[k] for k in owners if k in menus} == {}, kind
        # The record's own fields and the buttons used in every session keep a letter.
        named = {text.replace("&", "") for texts in owners.values() for text in texts}
        assert named >= {
            "Date",
            "Start",
            "Minutes",
            "Kind",
            "Status",
            "Agenda",
            "Add action",
            "Remove action",
            "Send for agreement…",
            "Agreed by supervisor on",
            "Agreed by supervisee on",
            "Next session on",
        }, kind
