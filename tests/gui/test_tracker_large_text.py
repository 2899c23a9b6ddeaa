"""The Tracker's table read at any text size: at 200% on a laptop every name and date is whole
(names wrap onto two lines, titles too, dates of this year drop their year) and nothing
scrolls sideways; the columns that leave the table to make room are under the chosen
person's name, and a screen reader hears them with the person. At normal size on a laptop
and on a desktop every column is there and whole."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFont, QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication, QStyle

from supervision_desk.core import clock, repos
from supervision_desk.gui import main_window as mw
from supervision_desk.gui import theme
from tests import tools
from tests.gui.conftest import choose, open_window

TODAY = dt.date(2026, 4, 10)
LAPTOP_WINDOW = (1264, 680)  # what a 1280×720 screen leaves a window, less its frame
DESKTOP_WINDOW = (1904, 1040)  # and a 1920×1080 one
TEAM = [  # name, last supervision (none: never), cases of weight 10 allocated
    ("Siobhán Ní Bhriain-Fitzgerald", "2026-02-20", 3),
    ("Oluwaseun Adebayo-Okonkwo", "2026-03-21", 0),
    ("Bartholomew Featherstonehaugh", "2025-12-15", 11),  # over capacity
    ("Zoë Ćwik", "2026-03-30", 1),
    ("Sam Taylor", None, 0),
]
DATES = ("Next due", "Last supervision")


@pytest.fixture
def team_vault(make_vault):
    vault = make_vault()
    for n, (name, last, cases) in enumerate(TEAM):
        person = {"id": f"p{n}", "name": name, "role": "social_worker"}
        repos.save(vault, "people", {**person, "started_role": "2024-09-02"})
        if last:
            session = {"id": f"s{n}", "person": f"p{n}", "date": last, "minutes": 90}
            repos.save(vault, "sessions", session)
        for c in range(cases):
            case = {"person": f"p{n}", "reference": f"YP-{n}-{c}", "weight": 10}
            repos.save(vault, "cases", {**case, "allocated": "2026-01-05"})
    path = vault.path
    vault.close()
    clock.set_today(TODAY)
    yield path
    clock.set_today(None)


def _titles(table) -> dict[str, int]:
    model = table.model()
    return {model.headerData(c, Qt.Horizontal): c for c in range(model.columnCount())}


def _lines(text: str, font: QFont, room: int) -> list[float]:
    """The widths of the lines ``text`` takes wrapped at word boundaries into ``room``
    pixels, laid out as a table's cell lays it out."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    found = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(room)
        found.append(line.naturalTextWidth())
    layout.endLayout()
    return found


def _cut(table, row: int, column: int) -> str | None:
    """What is wrong with how a cell shows its text, if anything: a line wider than the
    cell's room (ended in "…" or cut at the side), more lines than its height holds."""
    index = table.model().index(row, column)
    text, rect = index.data(), table.visualRect(index)
    style = table.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    room = rect.width() - 2 * margin
    lines = _lines(text, table.font(), room)
    if max(lines) > room:
        return f"{text!r} is {max(lines):.0f} pixels in {room}"
    if len(lines) * table.fontMetrics().lineSpacing() > rect.height():
        return f"{text!r} takes {len(lines)} lines in {rect.height()} pixels"
    return None


def _title_cut(table, column: int) -> str | None:
    """Whether a column's title is cut: it wraps at its spaces onto the lines its header's
    height holds, beside the sort mark's room if it is the column sorted by."""
    header = table.horizontalHeader()
    title = table.model().headerData(column, Qt.Horizontal)
    font = QFont(header.font())
    font.setBold(True)
    style = header.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    room = header.sectionSize(column) - 2 * margin
    if header.isSortIndicatorShown() and header.sortIndicatorSection() == column:
        room -= header.height() // 2 + 2 * margin
    lines = _lines(title, font, room)
    if max(lines) > room or len(lines) * header.fontMetrics().lineSpacing() > header.height():
        return f"{title!r}: {len(lines)} lines, {max(lines):.0f} pixels in {room}"
    return None


def _tracker(qtbot, controller, path, desktop_text, percent, size):
    window = open_window(qtbot, controller, path)
    window.show()
    qtbot.waitExposed(window)
    window.show_section(mw.TRACKER)  # first seen at normal size: its widths must give way
    desktop_text(percent)
    window.resize(*size)
    QApplication.processEvents()
    page = window.tracker
    qtbot.waitUntil(lambda: not page.working() and page.dashboard.rowCount() == len(TEAM))
    QApplication.processEvents()
    return window, page


def _check_whole(table) -> list[str]:
    """Every shown cell and title of the table whole; the columns that are out, hidden."""
    found = []
    for column in range(table.model().columnCount()):
        if table.isColumnHidden(column):
            continue
        found += filter(None, [_title_cut(table, column)])
        for row in range(table.model().rowCount()):
            found += filter(None, [_cut(table, row, column)])
    return found


def test_at_200_percent_on_a_laptop_every_name_and_date_is_whole(
    qtbot, controller, team_vault, desktop_text, tmp_path
):
    window, page = _tracker(qtbot, controller, team_vault, desktop_text, 200, LAPTOP_WINDOW)
    table = page.ui.table
    titles = _titles(table)
    model = table.model()
    assert not table.horizontalScrollBar().isVisible()
    assert not window.ui.pageScroll.horizontalScrollBar().isVisible()
    for title in ("Person", "Status", "Overdue days", *DATES):
        assert not table.isColumnHidden(titles[title]), title
    assert _check_whole(table) == []
    # Each date reads whole; this year's without the year, a screen reader hears it all.
    shown = {model.index(r, titles["Person"]).data(): r for r in range(model.rowCount())}
    siobhan, bart = shown["Siobhán Ní Bhriain-Fitzgerald"], shown["Bartholomew Featherstonehaugh"]
    cell = model.index(siobhan, titles["Last supervision"])
    assert cell.data() == "20 Feb"
    assert cell.data(Qt.AccessibleTextRole) == "20 February 2026"
    assert model.index(bart, titles["Last supervision"]).data() == "15 Dec 2025"
    assert model.index(shown["Sam Taylor"], titles["Last supervision"]).data() == "none yet"
    # A long name goes onto two lines, never cut.
    name = model.index(siobhan, titles["Person"])
    assert table.rowHeight(siobhan) >= 2 * table.fontMetrics().lineSpacing()
    assert name.data() == "Siobhán Ní Bhriain-Fitzgerald"

    # The columns that made way are under the chosen person's name, whole, and heard with
    # the person's name in the table.
    out = [t for t, c in titles.items() if table.isColumnHidden(c)]
    assert out and "Flags" in out
    choose(table, bart)
    QApplication.processEvents()
    line = page.folded.text()
    assert page.folded.isVisible()
    assert page.ui.personHeading.text() == "Bartholomew Featherstonehaugh"
    assert "Caseload: 110" in line and "Cases: 11" in line and "Of capacity: 110%" in line
    assert "over capacity" in line and "overdue" in line
    for title in out:
        assert f"{title}: " in line
    spoken = model.index(bart, titles["Person"]).data(Qt.AccessibleDescriptionRole)
    assert spoken == line
    assert page.folded.y() > page.ui.personHeading.y()  # just under the name

    # Sorted by a date, its title beside the sort mark is still whole and nothing scrolls.
    header = table.horizontalHeader()
    left = header.sectionViewportPosition(titles["Last supervision"])
    qtbot.mouseClick(header.viewport(), Qt.LeftButton, pos=QPoint(left + 5, 5))
    QApplication.processEvents()
    assert header.sortIndicatorSection() == titles["Last supervision"]
    assert _check_whole(table) == []
    assert not table.horizontalScrollBar().isVisible()


@pytest.mark.parametrize("size", [LAPTOP_WINDOW, DESKTOP_WINDOW], ids=["laptop", "desktop"])
def test_at_normal_size_every_column_is_there_and_whole(
    qtbot, controller, team_vault, desktop_text, size
):
    _, page = _tracker(qtbot, controller, team_vault, desktop_text, 100, size)
    table = page.ui.table
    assert not any(table.isColumnHidden(c) for c in range(table.model().columnCount()))
    assert not page.folded.isVisible()
    assert _check_whole(table) == []
    assert not table.horizontalScrollBar().isVisible()
    if size == DESKTOP_WINDOW:  # room enough: every title and text on one line
        assert table.horizontalHeader().height() < 2 * table.fontMetrics().lineSpacing()
        for row in range(table.model().rowCount()):
            assert table.rowHeight(row) < 2 * table.fontMetrics().lineSpacing()


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
@pytest.mark.parametrize("percent", [100, 200])
def test_screenshots_of_the_tracker_on_a_laptop(
    qtbot, qapp, controller, team_vault, desktop_text, tmp_path, dark, percent
):
    """For a person to look at: the Tracker at 1280×720, light and dark."""
    theme.apply(qapp, dark=dark)
    try:
        window, page = _tracker(qtbot, controller, team_vault, desktop_text, percent, LAPTOP_WINDOW)
        choose(page.ui.table, 0)
        QApplication.processEvents()
        image = window.grab()
        image.save(str(tmp_path / f"tracker-{percent}-{'dark' if dark else 'light'}.png"))
        assert _check_whole(page.ui.table) == []
    finally:
        theme.apply(qapp)


def test_month_names_are_whole_or_initials_at_every_chart_width(qapp):
    """Names side by side where they fit their columns, else upright where a line fits,
    else first letters; never cut to "M…" or "⋮"."""
    from PySide6.QtGui import QFontMetrics

    from supervision_desk.gui.tracker_page import LABEL_PADDING, month_labels

    names = ["May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan", "Feb", "Mar", "Apr"]
    font = QFont(QApplication.font())
    font.setPointSizeF(22)
    metrics = QFontMetrics(font)
    seen = []
    for plot in range(120, 1400, 20):
        angle, shown = month_labels(names, metrics, plot)
        column = plot / len(names) - 2 * LABEL_PADDING
        letters = [label.replace("\u200b", "") for label in shown]
        assert not any("…" in label or "⋮" in label for label in shown)
        assert len(set(shown)) == len(names)  # a chart's axis takes each label once
        if letters == names:
            kind = "side by side" if angle == 0 else "upright"
            across = metrics.horizontalAdvance("Sep") if angle == 0 else metrics.height()
            assert across <= column, (plot, kind)
        elif any(letters):
            kind = "initials"
            assert angle == 0 and letters == [n[0] for n in names], plot
            assert max(metrics.horizontalAdvance(x) for x in letters) <= column
        else:
            kind = "none"
        if not seen or seen[-1] != kind:
            seen.append(kind)
    assert seen == ["none", "initials", "upright", "side by side"]


@pytest.mark.parametrize("size", [LAPTOP_WINDOW, DESKTOP_WINDOW], ids=["laptop", "desktop"])
def test_at_200_percent_the_chart_key_and_the_small_tables_are_whole(
    qtbot, controller, team_vault, desktop_text, size
):
    from PySide6.QtCharts import QBarCategoryAxis

    window, page = _tracker(qtbot, controller, team_vault, desktop_text, 200, size)
    rows = {page.ui.table.model().index(r, 0).data(): r for r in range(len(TEAM))}
    choose(page.ui.table, rows["Bartholomew Featherstonehaugh"])
    QApplication.processEvents()
    page.ui.splitter.setSizes([10, 10_000])  # the person's part in view
    QApplication.processEvents()
    # The key: every line's name, whole, on as many lines as it takes.
    key = page.chart_key
    chart = page.chart_view.chart()
    assert not chart.legend().isVisible()
    assert key.isVisible()
    shown = [name.text() for _mark, name in page.key_parts]
    for series in chart.series():
        names = [s.label() for s in series.barSets()] if hasattr(series, "barSets") else []
        for name in names or [series.name()]:
            assert name in shown, name
    for mark, name in page.key_parts:  # each whole, beside its mark, inside the key
        assert name.width() >= name.sizeHint().width(), name.text()
        assert mark.geometry().right() < name.geometry().left()
        part = name.parentWidget()
        assert key.rect().contains(part.geometry()), name.text()
    if size == LAPTOP_WINDOW:  # room for the four on one line
        assert len({name.parentWidget().y() for _mark, name in page.key_parts}) == 1
    # The months' names are whole names or their initials, never cut.
    months = next(a for a in chart.axes(Qt.Horizontal) if isinstance(a, QBarCategoryAxis))
    letters = [c.replace("\u200b", "") for c in months.categories()]
    assert letters == chart.month_names or letters == [n[0] for n in chart.month_names]
    # The month-by-month figures and the cases, whole, without scrolling sideways.
    assert page.cases.rowCount() == 11
    for table in (page.figures_table, page.ui.casesTable):
        assert table.horizontalScrollBar().maximum() == 0, table.accessibleName()
        assert _check_whole(table) == [], table.accessibleName()
    window.grab().save(str(tools.shots() / f"tracker-detail-200-{size[0]}.png"))
