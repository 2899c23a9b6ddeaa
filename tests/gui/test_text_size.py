"""Text size applies at once to the whole window: menus, sidebar, toolbar, every page and an
open dialog grow together, Ctrl+0 brings all of it back, and at 200% on a laptop nothing is
clipped or pushed off the side (the sidebar's names, the Tracker's status columns, the chart)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolBar

from supervision_desk.gui import main_window as mw
from tests.gui.conftest import open_window

LAPTOP_WINDOW = (1264, 680)  # what a 1280×720 screen leaves a window, less its frame


def _sizes(window, dialog) -> dict[str, float]:
    ui = window.ui
    found = {
        "menu bar": ui.menubar.font().pointSizeF(),
        "Record menu": ui.menuRecord.font().pointSizeF(),
        "sidebar": ui.sidebar.font().pointSizeF(),
        "status bar": window.statusBar().font().pointSizeF(),
        "dialog": dialog.font().pointSizeF(),
    }
    for bar in window.findChildren(QToolBar):
        found[f"toolbar {bar.windowTitle()}"] = bar.font().pointSizeF()
    for index in range(len(mw.SIDEBAR)):
        page = window.built(index)
        if page is not None:
            found[f"page {mw.SIDEBAR[index].title}"] = page.font().pointSizeF()
    return found


def _press(window, keys: str) -> None:
    """A shortcut as the user types it, through the window."""
    from PySide6.QtGui import QKeySequence

    combo = QKeySequence(keys)[0]
    QTest.keyClick(window.windowHandle(), combo.key(), combo.keyboardModifiers())
    QApplication.processEvents()


def test_text_size_changes_the_whole_window_at_once_and_ctrl_0_undoes_it(
    qtbot, controller, filled_vault
):
    window = open_window(qtbot, controller, filled_vault)
    window.show()
    qtbot.waitExposed(window)
    for index in range(len(mw.SIDEBAR)):
        window.show_section(index)
    window.show_section(mw.PEOPLE)
    dialog = window.edit_policy()  # a dialog left open while the size changes
    base = QApplication.font().pointSizeF()
    before = _sizes(window, dialog)
    assert set(before.values()) == {base}, before

    controller.view_menu.set_text_size(200)
    QApplication.processEvents()
    larger = _sizes(window, dialog)
    assert set(larger.values()) == {base * 2}, larger  # nothing left behind, no restart
    assert window.statusBar().currentMessage() == "Text size 200%"
    assert window.width() <= window.screen().availableGeometry().width()

    dialog.close()
    window.activateWindow()
    _press(window, "Ctrl+0")
    assert set(_sizes(window, dialog).values()) == {base}
    _press(window, "Ctrl++")
    assert QApplication.font().pointSizeF() == base * 1.15
    _press(window, "Ctrl+0")
    assert QApplication.font().pointSizeF() == base


def test_at_200_percent_on_a_laptop_nothing_is_clipped_or_off_the_side(
    qtbot, controller, filled_vault, desktop_text
):
    """Double a desktop's 11 pt text, with the pages first shown at normal size (the sizes
    they had must give way): no page scrolls sideways, the sidebar's names are whole."""
    window = open_window(qtbot, controller, filled_vault)
    window.show()
    qtbot.waitExposed(window)
    for index in range(len(mw.SIDEBAR)):
        window.show_section(index)
    window.open_session("s1")
    window.show_section(mw.PEOPLE)  # the session is not in view when the size changes
    desktop_text(200)
    window.resize(*LAPTOP_WINDOW)
    QApplication.processEvents()

    # Every section's name is whole in the sidebar.
    bar = window.ui.sidebar
    metrics = bar.fontMetrics()
    for row in range(bar.count()):
        if bar.isRowHidden(row):
            continue
        item = bar.item(row)
        shown = bar.visualItemRect(item)
        assert shown.right() <= bar.viewport().width(), item.text()
        assert metrics.horizontalAdvance(item.text()) < shown.width(), item.text()

    # No page is wider than the room it has: nothing slides off to the right.
    for index, spec in enumerate(mw.SIDEBAR):
        if bar.isRowHidden(index):
            continue
        window.show_section(index)
        QApplication.processEvents()
        room = window.ui.pageScroll.viewport().width()
        page = window.ui.pages.currentWidget()
        assert page.minimumSizeHint().width() <= room, (spec.title, room)
        assert not window.ui.pageScroll.horizontalScrollBar().isVisible(), spec.title
    # The person's balance chart has the height its eight rows need, above the note under it.
    window.show_section(mw.PEOPLE)
    window.people.select_person("p1")
    QApplication.processEvents()
    balance = window.people.balance
    assert balance.chart.rows()
    assert balance.chart.height() >= 9 * balance.chart.fontMetrics().lineSpacing()
    assert balance.chart.geometry().bottom() < balance.note.geometry().top()
    window.open_session("s1")
    QApplication.processEvents()
    record = window.editor.ui.scroll
    assert record.widget().minimumSizeHint().width() <= record.viewport().width()
    assert not record.horizontalScrollBar().isVisible()
    assert not window.ui.pageScroll.horizontalScrollBar().isVisible()
    # The prompts beside the record are not cut off at the side.
    panel = window.editor.prompts
    assert panel.width() >= panel.minimumSizeHint().width()
    assert window.editor.prompts_scroll.viewport().width() >= panel.width()

    # The Tracker: the status columns are on screen beside the name, the chart has room.
    window.show_section(mw.TRACKER)
    QApplication.processEvents()
    table = window.tracker.ui.table
    header = table.horizontalHeader()
    model = table.model()
    titles = [model.headerData(i, Qt.Horizontal) for i in range(model.columnCount())]
    for title in ("Person", "Status", "Overdue days", "Next due"):
        column = titles.index(title)
        right = header.sectionViewportPosition(column) + header.sectionSize(column)
        assert header.sectionViewportPosition(column) >= 0 and right <= table.viewport().width()
    assert table.model().index(0, titles.index("Status")).data() == "Overdue"
    chart = window.tracker.chart_view
    assert chart.height() >= 16 * chart.fontMetrics().lineSpacing()
    assert chart.chart().axes()[0].labelsFont().pointSizeF() >= QApplication.font().pointSizeF()
    # Each month's name is whole: beside the next where twelve fit, else read upright.
    from PySide6.QtCharts import QBarCategoryAxis
    from PySide6.QtGui import QFontMetrics

    window.tracker.select_person("p1")
    QApplication.processEvents()
    months = next(a for a in chart.chart().axes(Qt.Horizontal) if isinstance(a, QBarCategoryAxis))
    metrics = QFontMetrics(months.labelsFont())
    widest = max(metrics.horizontalAdvance(name) for name in months.categories())
    room = chart.chart().plotArea().width() / months.count()
    assert months.labelsAngle() == (0 if widest + 2 * metrics.averageCharWidth() <= room else -90)
    assert widest + 2 * metrics.averageCharWidth() > room  # at 200 % on a laptop they do not fit
    assert months.labelsAngle() == -90
    assert chart.height() > 2 * widest  # room below the plot for an upright "Sep"
