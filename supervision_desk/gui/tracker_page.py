"""The Tracker: the team dashboard, and for one person the year's chart, their cases and
their workload concerns."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QPointF, Qt, QTimer
from PySide6.QtGui import QColor, QCursor, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QToolTip,
    QWidget,
)

from .. import paths
from ..core import cases, clock, concerns, labels, repos, team, tracker
from ..core.errors import DeskError, ValidationError
from ..core.records import CONCERN_STATUSES
from ..core.shown import shown as shown_path
from ..core.vault import Vault
from . import a11y, held, messages, theme
from .case_dialog import CaseDialog
from .fit import FittedDialog, sized_by_text
from .flow import BesideOrBelow, FlowLayout, keep_height_for_width, wrap_row
from .forms.ui_concern_dialog import Ui_ConcernDialog
from .forms.ui_tracker_page import Ui_TrackerPage
from .models import Column, RecordModel, SortProxy, chosen_who, current_id, fill_who, select_id
from .pages import Page, plain_text_labels, show_writing
from .spelling_ui import note_tools
from .wide_table import ColumnFit

DATE = "yyyy-MM-dd"
STEP_SECONDS = 0.015  # the table is worked out in steps of about this long,
STEP_GAP_MS = 10  # with this long between them for the window's own work (typing, drawing)
FIRST_GAP_MS = 50  # and after the first, which comes with the page, time to draw the page
WORKING = "Working out each person's figures…"
STATUS_ORDER = ("no record", "on time", "due soon", "overdue")


# The dashboard shows the tracker's columns as core declares them (team.TRACKER), adding only
# how each sorts, its tip and its colour.
_SORT = {
    "person": lambda r: r.person["name"].casefold(),
    "status": lambda r: STATUS_ORDER.index(r.standing.status),
}
_TIP = {"status": lambda r: f"Next due {labels.short_date(r.standing.due)} ({r.standing.rhythm})"}


# Dates read the UK way on screen, without the year when it is this one ("3 Nov": the table
# has many columns), and whole to a screen reader (the CSV keeps ISO dates); they sort by
# their ISO value.
def _brief(r: tracker.Row, day: dt.date | None) -> str:
    return labels.brief_date(day, r.today) if r.today else labels.short_date(day)


_TEXT = {
    "last_supervision": lambda r: (
        _brief(r, tracker.day(r.standing.last["date"])) if r.standing.last else "none yet"
    ),
    "next_due": lambda r: _brief(r, r.standing.due),
}
_SPOKEN = {
    "last_supervision": lambda r: (
        labels.long_date(r.standing.last["date"]) if r.standing.last else "none yet"
    ),
    "next_due": lambda r: labels.long_date(r.standing.due),
}
_COLOUR = {
    "capacity_share": lambda r: theme.text_colour("overdue") if r.capacity_share > 1 else None,
    "status": lambda r: theme.text_colour(r.standing.status),
}
DASHBOARD = tuple(
    Column(
        f.header,
        _TEXT.get(f.key, f.text),
        _SORT.get(f.key, f.value if f.key not in ("flags", "rhythm") else None),
        tip=_TIP.get(f.key),
        colour=_COLOUR.get(f.key),
        spoken=_SPOKEN.get(f.key),
    )
    for f in team.TRACKER
    if f.key in team.SCREEN_KEYS
)
_KEYS = [f.key for f in team.TRACKER if f.key in team.SCREEN_KEYS]
# At a large text size on a small screen: the name and the flags wrap, and these leave the
# table first to last (the chosen person's figures from them are shown under their name).
WRAP = ("person", "flags")
FOLD = ("open_cases", "weighted_caseload", "minutes_last_28_days", "capacity_share", "flags")


def folded_line(row: tracker.Row, columns: Sequence[int]) -> str:
    """The figures of the columns folded out of the table, for one person."""
    return " · ".join(f"{DASHBOARD[c].header}: {DASHBOARD[c].text(row)}" for c in columns)


_DESCRIPTION = int(Qt.AccessibleDescriptionRole)  # an int: compared for every cell and role


class Dashboard(RecordModel):
    """The team's rows. The person's cell tells a screen reader the figures of the columns
    folded out of the table (``folded``), which it cannot move to."""

    folded: tuple[int, ...] = ()

    def data(self, index, role: int = Qt.DisplayRole):
        if role == _DESCRIPTION and self.folded and index.isValid() and index.column() == 0:
            return folded_line(self.records[index.row()], self.folded)
        return super().data(index, role)


CASES = (
    Column(
        "Reference",
        lambda c: c["reference"] + (f" ({c['label']})" if c["label"] else ""),
        tip=lambda c: c["allocation_rationale"],
    ),
    Column("Weight", lambda c: str(c["weight"]), lambda c: c["weight"]),
    Column("Allocated", lambda c: labels.short_date(c["allocated"]), lambda c: c["allocated"]),
    Column("Closed", lambda c: labels.short_date(c["closed"]), lambda c: c["closed"] or ""),
)


def concern_line(concern: dict) -> str:
    head = (
        f"{labels.short_date(concern['date'])} · {labels.CONCERN_STATUS[concern['status']]}"
        f" · raised by {labels.owner(concern['raised_by'])}"
    )
    outcome = f"\nOutcome: {concern['outcome']}" if concern["outcome"] else ""
    return f"{head}\n{concern['text']}{outcome}"


class ConcernDialog(FittedDialog):
    def __init__(
        self,
        vault: Vault,
        person_id: str,
        concern: dict | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.ui = Ui_ConcernDialog()
        self.ui.setupUi(self)
        plain_text_labels(self)
        a11y.name_typing_fields(self)
        note_tools(self)  # lists, emphasis and spelling in its note fields
        self.vault, self.person_id = vault, person_id
        self.concern = dict(concern or {})
        fill_who(self.ui.raisedCombo, concern["raised_by"] if concern else "supervisee")
        for status in CONCERN_STATUSES:
            self.ui.statusCombo.addItem(labels.CONCERN_STATUS[status], status)
        self.ui.dateEdit.setDate(QDate(clock.today()))
        if concern:
            self.setWindowTitle("Resolve a workload concern")
            self.ui.dateEdit.setDate(QDate.fromString(concern["date"], DATE))
            self.ui.textEdit.setPlainText(concern["text"])
            self.ui.statusCombo.setCurrentIndex(self.ui.statusCombo.findData("resolved"))
            self.ui.outcomeEdit.setPlainText(concern["outcome"])
        self.ui.buttonBox.accepted.connect(self._save)
        self.ui.buttonBox.rejected.connect(self.reject)

    def _save(self) -> None:
        record = {
            **self.concern,
            "person": self.person_id,
            "date": self.ui.dateEdit.date().toString(DATE),
            "raised_by": chosen_who(self.ui.raisedCombo),
            "text": self.ui.textEdit.toPlainText(),
            "status": self.ui.statusCombo.currentData(),
            "outcome": self.ui.outcomeEdit.toPlainText(),
        }
        try:
            self.concern = concerns.save(self.vault, record)
        except DeskError as exc:
            a11y.say(self.ui.message, labels.message(exc), error=True)
            return
        self.accept()


FIGURES = (
    Column("Month", lambda f: f["month"]),
    Column("Supervision minutes", lambda f: str(f["minutes"])),
    Column("Monthly minimum", lambda f: "—" if f["minimum"] is None else f"{f['minimum']:.0f}"),
    Column("Caseload (points)", lambda f: f"{f['caseload']:.1f}"),
    Column("Capacity (points)", lambda f: f"{f['capacity']:g}"),
)


def chart_figures(months: list[tracker.Month]) -> list[dict]:
    """What the chart draws, month by month, for its table and its description: each
    month's figures as core computed them."""
    return [
        {
            "month": m.first.strftime("%B %Y"),
            "minutes": m.minutes,
            "minimum": m.minimum,
            "caseload": m.caseload,
            "capacity": m.capacity,
        }
        for m in months
    ]


def describe_chart(figures: list[dict]) -> str:
    """One or two sentences saying what the chart shows, for a screen reader."""
    if not figures:
        return ""
    short = [f for f in figures if f["minimum"] is not None and f["minutes"] < f["minimum"]]
    over = [f for f in figures if f["caseload"] > f["capacity"]]
    first, last = figures[0]["month"], figures[-1]["month"]
    return (
        f"Bars: supervision minutes each month from {first} to {last}; lines: average "
        f"weighted caseload against a capacity of {figures[0]['capacity']:g} points, and "
        f"the standard's monthly minimum. Under the minimum in {len(short)} of "
        f"{len(figures)} months; over capacity in {len(over)}. "
        "The table below the chart gives every figure."
    )


# Qt Charts leaves this many pixels each side of an axis label, and cuts a label wider than
# its month's column less these to "…" (an upright one to "⋮").
LABEL_PADDING = 4
_NO_NAME = "\u200b"  # a month's label that takes no room: an axis's labels must differ


class MonthsChartView(QChartView):
    """The chart, whose month names are always whole: side by side where twelve fit, else
    upright, else their first letters (a large text size in a narrow chart), never cut to
    "M…" or "⋮". The table of figures under the chart names every month in full."""

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit_month_labels()

    def setChart(self, chart) -> None:
        super().setChart(chart)
        # Laid out later than it is set: the names are fitted whenever the plot moves.
        chart.plotAreaChanged.connect(lambda _area: self.fit_month_labels())

    def fit_month_labels(self) -> None:
        chart = self.chart()
        names = getattr(chart, "month_names", None)
        for axis in chart.axes(Qt.Orientation.Horizontal):
            if not isinstance(axis, QBarCategoryAxis) or not axis.count() or not names:
                continue
            angle, shown = month_labels(
                names, QFontMetrics(axis.labelsFont()), chart.plotArea().width() or self.width()
            )
            if axis.labelsAngle() != angle:
                axis.setLabelsAngle(angle)
            if axis.categories() != shown:
                axis.setCategories(shown)


def month_labels(names: list[str], metrics: QFontMetrics, plot: float) -> tuple[int, list[str]]:
    """The angle and the labels for ``names`` under a plot ``plot`` pixels wide: the names
    side by side if they fit their columns, else upright if a line of text fits a column,
    else each month's first letter (kept apart by what takes no room), else none."""
    room = plot / len(names) - 2 * LABEL_PADDING
    # Qt cuts a name short before it quite fills its column: two letters' margin more.
    widest = max(metrics.horizontalAdvance(name) for name in names)
    if widest + 2 * metrics.averageCharWidth() <= room + 2 * LABEL_PADDING:
        return 0, list(names)
    if metrics.height() + 2 <= room:
        return -90, list(names)
    initials = [name[:1] for name in names]
    if max(metrics.horizontalAdvance(i) for i in initials) + 2 <= room:
        return 0, [i + _NO_NAME * n for n, i in enumerate(initials)]
    return 0, [_NO_NAME * (n + 1) for n in range(len(names))]


def build_chart(months: list[tracker.Month], dark: bool) -> QChart:
    """Bars: supervision minutes a month; line: average weighted caseload; dashed lines: the
    capacity and the standard's monthly minimum, as each month carries them from core."""
    chart = QChart()
    chart.setTheme(QChart.ChartThemeDark if dark else QChart.ChartThemeLight)
    chart.setBackgroundVisible(False)
    # The key is under the chart, as words that wrap (see key_text): the chart's own put
    # its four names on one line and cut them ("Minim…", "Capa…") at a large text size.
    chart.legend().hide()
    labels = [m.first.strftime("%b %y") for m in months]
    short = [m.first.strftime("%b") for m in months]
    minutes = QBarSet("Minutes")
    minutes.append([float(m.minutes) for m in months])
    colours = theme.GRAPHICS[dark]
    minutes.setColor(QColor(colours["minutes"]))
    bars = QBarSeries()
    bars.append(minutes)
    names = tracker.chart_names(months)
    load = QLineSeries()
    load.setName(names["caseload"])
    capacity = QLineSeries()
    capacity.setName(names["capacity"])
    minimum = QLineSeries()
    minimum.setName(names["minimum"])
    for i, month in enumerate(months):
        load.append(QPointF(i, month.caseload))
        capacity.append(QPointF(i, month.capacity))
        if month.minimum is not None:  # no standard before they started
            minimum.append(QPointF(i, month.minimum))
    for series, colour, dashed in (
        (load, colours["caseload"], False),
        (capacity, colours["capacity"], True),
        (minimum, colours["minimum"], True),
    ):
        pen = series.pen()
        pen.setColor(QColor(colour))
        pen.setWidthF(2.5 if not dashed else 1.5)
        if dashed:
            pen.setStyle(Qt.DashLine)
        series.setPen(pen)
    for series in (bars, minimum, load, capacity):
        chart.addSeries(series)
    chart.key = [
        ("■", colours["minutes"], minutes.label()),
        ("┅", colours["minimum"], minimum.name()),
        ("━", colours["caseload"], load.name()),
        ("┅", colours["capacity"], capacity.name()),
    ]
    x_axis = QBarCategoryAxis()
    x_axis.append(short)
    chart.month_names = short  # the axis may show them upright or by their initials
    points_axis, minutes_axis = QValueAxis(), QValueAxis()
    points_axis.setTitleText("points")
    minutes_axis.setTitleText("minutes")
    points_axis.setRange(
        0, max([*(m.capacity for m in months), *(m.caseload for m in months)]) * 1.15 or 10
    )
    top = max([*(m.minutes for m in months), *(m.minimum for m in months if m.minimum is not None)])
    minutes_axis.setRange(0, top * 1.15 or 100)
    points_axis.setLabelFormat("%.0f")
    minutes_axis.setLabelFormat("%.0f")
    points_axis.applyNiceNumbers()
    minutes_axis.applyNiceNumbers()
    chart.addAxis(x_axis, Qt.AlignBottom)
    chart.addAxis(points_axis, Qt.AlignLeft)
    chart.addAxis(minutes_axis, Qt.AlignRight)
    for series in (bars, minimum):
        series.attachAxis(x_axis)
        series.attachAxis(minutes_axis)
    for series in (load, capacity):
        series.attachAxis(x_axis)
        series.attachAxis(points_axis)

    def show_bar(state: bool, index: int) -> None:
        if state:
            QToolTip.showText(QCursor.pos(), f"{labels[index]}: {months[index].minutes} minutes")

    def show_point(point: QPointF, state: bool) -> None:
        index = min(max(round(point.x()), 0), len(months) - 1)
        if state:
            QToolTip.showText(
                QCursor.pos(), f"{labels[index]}: caseload {months[index].caseload:.1f} points"
            )

    minutes.hovered.connect(show_bar)
    load.hovered.connect(show_point)
    chart.hover_texts = (show_bar, show_point)  # kept for tests and to keep them alive
    return chart


CHART_LETTERS = 60  # the chart's least width, in letters: room for the months' initials


class TrackerPage(Page):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_TrackerPage()
        self.ui.setupUi(self)
        plain_text_labels(self)
        note_tools(self)  # lists, emphasis and spelling in its note fields
        for row in ("toolsRow", "caseButtons", "concernButtons"):  # wrap at large text sizes
            setattr(self.ui, row, wrap_row(getattr(self.ui, row)))
        self.vault: Vault | None = None
        self.today = clock.today()
        self.rows: list[tracker.Row] = []
        self.chart_view = MonthsChartView()
        self.chart_view.setRenderHint(QPainter.Antialiasing)
        self.ui.chartLayout.addWidget(self.chart_view)
        # The chart's key, under it: each line's mark in its colour beside its name, the
        # four wrapping onto a second line where they do not fit on one (the chart's own
        # key put them on one line and cut them: "Minim…", "Capa…").
        self.chart_key = QWidget()
        self.chart_key.setAccessibleName("Key to the chart")
        key_row = FlowLayout(self.chart_key)
        key_row.setContentsMargins(0, 0, 0, 0)
        self.key_parts: list[tuple[QLabel, QLabel]] = []
        for _ in range(4):
            part = QWidget()
            pair = QHBoxLayout(part)
            pair.setContentsMargins(0, 0, 0, 0)
            mark, name = QLabel(), QLabel()
            for label in (mark, name):
                label.setTextFormat(Qt.PlainText)
                pair.addWidget(label)
            key_row.addWidget(part)
            self.key_parts.append((mark, name))
        self.ui.chartLayout.addWidget(self.chart_key)
        # The chart's figures as a table a keyboard and a screen reader can move through.
        self.chart_view.setAccessibleName("Caseload and supervision per month")
        # A picture, not a control: Tab goes on to the table of its figures below it.
        for part in (self.chart_view, self.chart_view.viewport()):
            part.setFocusPolicy(Qt.NoFocus)
        self.figures = RecordModel(FIGURES, parent=self)
        self.figures_table = QTableView()
        self.figures_table.setAccessibleName("Figures in the chart, month by month")
        self.figures_table.setModel(self.figures)
        self.figures_table.verticalHeader().hide()
        self.figures_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.figures_table.setTabKeyNavigation(False)
        self.figures_table.horizontalHeader().setSectionResizeMode(QHeaderView.Fixed)
        self.ui.chartLayout.addWidget(self.figures_table)
        self.dashboard = Dashboard(DASHBOARD, id_of=lambda r: r.person["id"], parent=self)
        self.sorted = SortProxy(self.dashboard, self)
        self.cases = RecordModel(CASES, parent=self)
        self.concerns = RecordModel([Column("Concern", concern_line)], parent=self)
        table = self.ui.table
        table.setModel(self.sorted)
        # The figures of the columns folded out of the table, for the chosen person, under
        # their name (see ColumnFit).
        self.folded = QLabel()
        self.folded.setWordWrap(True)
        self.folded.setTextFormat(Qt.PlainText)
        self.folded.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.folded.setAccessibleName("Figures not shown in the table at this text size")
        self.folded.hide()
        self.ui.chartColumn.insertWidget(1, self.folded)
        self.columns = ColumnFit(
            table,
            wrap=[_KEYS.index(k) for k in WRAP],
            fold=[_KEYS.index(k) for k in FOLD],
            folded=self._folded,
        )
        # Core's order (the most pressing first) until the user sorts by a column.
        table.horizontalHeader().setSortIndicator(-1, Qt.AscendingOrder)
        table.setSortingEnabled(True)
        self.ui.casesTable.setModel(self.cases)
        self.ui.concernsList.setModel(self.concerns)
        self.ui.concernsList.setWordWrap(True)
        for view in (table, self.ui.casesTable):
            view.verticalHeader().hide()
            view.setSelectionBehavior(QAbstractItemView.SelectRows)
            view.setSelectionMode(QAbstractItemView.SingleSelection)
            view.setEditTriggers(QAbstractItemView.NoEditTriggers)
            # Sized to their contents when the contents change (see _fit), not measured again
            # each time the page is shown; on the rows in view and some beyond, as closed
            # cases pile up over the years.
            view.horizontalHeader().setSectionResizeMode(QHeaderView.Fixed)
            view.horizontalHeader().setResizeContentsPrecision(50)
            view.horizontalHeader().setStretchLastSection(True)
        self.ui.concernsList.setEditTriggers(QAbstractItemView.NoEditTriggers)
        # The person's two small tables are read whole at any text size too, without
        # scrolling sideways: titles onto two lines, then a month or a reference wraps.
        self.small_tables = [
            ColumnFit(view, wrap=[0], fold=[], folded=lambda _out: None)
            for view in (self.figures_table, self.ui.casesTable)
        ]
        self.ui.casesTable.horizontalHeader().setStretchLastSection(True)
        self.ui.splitter.setSizes([260, 420])
        # The status columns come straight after the name, so they stay in view however
        # large the text (the model's order, and the CSV's, are unchanged).
        header = table.horizontalHeader()
        for visual, title in enumerate(("Person", "Status", "Overdue days", "Next due")):
            logical = next(i for i, c in enumerate(DASHBOARD) if c.header == title)
            header.moveSection(header.visualIndex(logical), visual)
        # The person's cases and concerns go under the chart when both do not fit beside.
        self.beside = BesideOrBelow(
            self.ui.detailLayout, self.ui.chartColumn, self.ui.casesColumn, CHART_LETTERS
        )
        keep_height_for_width(self.ui.detail)
        sized_by_text(self, self._size_by_text)
        self.ui.personHeading.setProperty("role", "heading")
        table.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        self.ui.attentionOnly.toggled.connect(lambda _: self._fill_table())
        self.ui.showClosed.toggled.connect(lambda _: self._show_selected(again=True))
        self.ui.heldButton.clicked.connect(lambda: self.answer_held())
        self.ui.heldButton.setEnabled(False)
        self.ui.allocateButton.clicked.connect(lambda: self.allocate_case())
        self.ui.closeCaseButton.clicked.connect(lambda: self.close_case())
        self.ui.concernButton.clicked.connect(lambda: self.record_concern())
        self.ui.resolveButton.clicked.connect(lambda: self.resolve_concern())
        self.ui.csvButton.clicked.connect(lambda: self.export_csv())
        self.ui.icsButton.clicked.connect(lambda: self.export_ics())
        self.dialog: QDialog | None = None
        # Working the table out a few people at a time (see _work_out).
        self._steps: Iterator[list[tracker.Row] | None] | None = None
        self._stepper = QTimer(self)
        self._stepper.setSingleShot(True)
        self._stepper.setInterval(STEP_GAP_MS)
        self._stepper.timeout.connect(self._step)
        self._detail_of: tracker.Row | None = None  # the row the detail shows

    def _size_by_text(self) -> None:
        """Chart and figures measured in lines of text; the chart is drawn again in the new
        size, so its labels stay readable when the text size changes."""
        line = self.fontMetrics().lineSpacing()
        self.chart_view.setMinimumHeight(line * 16)
        # Wide enough for the axes' numbers, months and legend (narrower, they end in "…").
        self.chart_view.setMinimumWidth(self.fontMetrics().averageCharWidth() * CHART_LETTERS)
        self.figures_table.setMinimumHeight(line * 4)  # the header and a few months
        self.figures_table.setMaximumHeight(line * 7)
        # The people's table and the person's detail share the height as at normal size.
        self.ui.splitter.setSizes([line * 10, line * 26])
        self.columns.measure()
        for fitted in self.small_tables:
            fitted.measure()
        # Drawn again once the change has settled, not in the middle of it.
        QTimer.singleShot(0, self, self._redraw_chart)

    def _redraw_chart(self) -> None:
        if self.vault is not None and self.vault.is_open and self.selected_person():
            self._show_selected(again=True)

    # -- the page protocol -----------------------------------------------------------------

    def set_vault(self, vault: Vault | None) -> None:
        """The table is worked out when the page is shown, not at unlock."""
        self.vault = vault
        if vault is None:
            self.show_vault(None)

    def shown(self) -> None:
        if self.vault is not None:
            self._work_out(self.vault)

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        ui = self.ui
        show_writing(
            [ui.allocateButton, ui.closeCaseButton, ui.concernButton, ui.resolveButton], read_only
        )

    # -- content ---------------------------------------------------------------------------

    def show_vault(self, vault: Vault | None, today: dt.date | None = None) -> None:
        """Work the table out now, all of it, and show it."""
        self._set_vault(vault, today)
        if vault is None:
            self.rows = []
            self.dashboard.clear()
            self._clear_detail()
            return
        self.rows = team.rows(vault, self.today)
        self._fill_table()

    def _set_vault(self, vault: Vault | None, today: dt.date | None) -> None:
        self._steps = None  # any table still being worked out is no longer wanted
        self._stepper.stop()
        self.vault = vault
        self.today = today or clock.today()
        if vault is not None:
            practitioner = vault.mode == "practitioner"
            self.ui.trackerHeading.setText(
                "My workload and supervision" if practitioner else "Workload and supervision"
            )
            self.ui.attentionOnly.setVisible(not practitioner)

    def _work_out(self, vault: Vault, today: dt.date | None = None) -> None:
        """Work the table out a few people at a time, the window free between the steps, so
        a long history never holds it: every person's standing reads their whole history. A
        small team is done in the first step. The table shown until then stays (on a first
        visit the page says the figures are being worked out), the chosen person kept."""
        self._set_vault(vault, today)
        self._steps = team.rows_stepwise(vault, self.today)
        if not self.rows:  # said where the chosen person's name goes, and spoken
            self.ui.personHeading.setText(WORKING)
            a11y.announce(self.ui.personHeading, WORKING)
        self._step(first=True)

    def hideEvent(self, event) -> None:
        # Left before the table was worked out: the rest is not worked out unseen (coming
        # back works it out again from the start, with what changed meanwhile).
        if not event.spontaneous():
            self._steps = None
            self._stepper.stop()
        super().hideEvent(event)

    def working(self) -> bool:
        """Whether the table is still being worked out."""
        return self._steps is not None

    def _step(self, first: bool = False) -> None:
        """A step of the table; after the ``first``, done as the page is shown, the page is
        drawn before the next."""
        steps = self._steps
        if steps is None:
            return
        if self.vault is None or not self.vault.is_open:
            self._steps = None
            return
        # Time this thread has worked, not time passed: a machine busy with other work
        # still does a small team in the first step.
        until = time.thread_time() + STEP_SECONDS
        try:
            for found in steps:
                if found is not None:
                    self._steps = None
                    self.rows = found
                    self._fill_table()
                    return
                if time.thread_time() >= until:
                    break
        except BaseException:
            self._steps = None  # not left "working" for ever: the error is shown as any other
            raise
        self._stepper.start(FIRST_GAP_MS if first else STEP_GAP_MS)

    def visible_rows(self) -> list[tracker.Row]:
        if self.ui.attentionOnly.isChecked():
            return [r for r in self.rows if r.needs_attention]
        return self.rows

    def _fill_table(self) -> None:
        keep = self.selected_person()
        self.dashboard.set_records(self.visible_rows())
        self.columns.measure()
        if not (keep and self.select_person(keep)) and self.sorted.rowCount():
            self.ui.table.setCurrentIndex(self.sorted.index(0, 0))
        self._show_selected()

    def _folded(self, columns: list[int]) -> None:
        header = self.ui.table.horizontalHeader()  # in the order the table shows them
        self.dashboard.folded = tuple(sorted(columns, key=header.visualIndex))
        self._show_folded()

    def _show_folded(self) -> None:
        person_id = self.selected_person()
        row = next((r for r in self.rows if r.person["id"] == person_id), None)
        line = folded_line(row, self.dashboard.folded) if row and self.dashboard.folded else ""
        self.folded.setText(line)
        self.folded.setVisible(bool(line))

    def selected_person(self) -> str | None:
        return current_id(self.ui.table)

    def select_person(self, person_id: str) -> bool:
        return select_id(self.ui.table, person_id)

    def _clear_detail(self) -> None:
        self._detail_of = None
        self.ui.heldButton.setEnabled(False)
        self.chart_view.setChart(QChart())
        self.chart_key.hide()
        self.figures.clear()
        self.chart_view.setAccessibleDescription("")
        self.ui.personHeading.clear()
        self._show_folded()
        a11y.show_text(self.ui.explain, "")
        self.cases.clear()
        self.concerns.clear()
        for button in (
            self.ui.allocateButton,
            self.ui.closeCaseButton,
            self.ui.concernButton,
            self.ui.resolveButton,
        ):
            button.setEnabled(False)

    def _show_selected(self, again: bool = False) -> None:
        """The chosen person's chart, figures, cases and concerns (``again``: drawn again even
        if they are shown already)."""
        person_id = self.selected_person()
        row = next((r for r in self.rows if r.person["id"] == person_id), None)
        if row is None or self.vault is None:
            self._clear_detail()
            return
        if not again and self._detail_of is row:
            return  # a table filled again with the same person chosen
        self._detail_of = row
        # The sessions of the last 28 days (what the words below explain) and the cases open
        # today, or every case when closed ones are asked for: never the whole history.
        records = team.window_records(
            self.vault,
            person_id,
            self.today,
            since=self.today - dt.timedelta(days=27),
            logs_since=self.today,
            cases_since=None if self.ui.showClosed.isChecked() else self.today,
        )
        self.ui.heldButton.setEnabled(bool(row.unconfirmed))
        self.ui.personHeading.setText(records.person["name"])
        self._show_folded()
        dark = self.palette().window().color().lightnessF() < 0.5
        chart = build_chart(row.months, dark)
        self.chart_view.setChart(chart)
        self.chart_view.fit_month_labels()
        for (mark, name), (sign, colour, words) in zip(self.key_parts, chart.key, strict=True):
            mark.setText(sign)
            mark.setStyleSheet(f"color: {colour}")
            name.setText(words)
        self.chart_key.show()
        figures = chart_figures(row.months)
        self.figures.set_records(figures)
        self.small_tables[0].measure()
        self.chart_view.setAccessibleDescription(describe_chart(figures))
        a11y.show_text(
            self.ui.explain, tracker.explain(row, records.cases, records.sessions, self.today)
        )
        self.cases.set_records(
            [c for c in records.cases if self.ui.showClosed.isChecked() or not c["closed"]]
        )
        self.small_tables[1].measure()
        self.concerns.set_records(list(reversed(records.concerns)))
        for button in (
            self.ui.allocateButton,
            self.ui.closeCaseButton,
            self.ui.concernButton,
            self.ui.resolveButton,
        ):
            button.setEnabled(True)

    def _refresh(self, person_id: str | None) -> None:
        """After a change made here: the table worked out again, the person kept chosen."""
        if person_id:
            self.select_person(person_id)
        self._show_selected(again=True)  # their cases and concerns at once
        self._work_out(self.vault, self.today)

    # -- commands --------------------------------------------------------------------------

    def answer_held(self) -> None:
        """Ask about the earliest planned session of the selected person whose date passed."""
        person_id = self.selected_person()
        row = next((r for r in self.rows if r.person["id"] == person_id), None)
        if row is None or not row.unconfirmed or self.vault is None:
            return
        first = min(row.unconfirmed, key=lambda s: s["date"])
        if held.ask(self, self.vault, first, row.person["name"]):
            self._refresh(person_id)

    def allocate_case(self) -> CaseDialog:
        person_id = self.selected_person()
        self.dialog = CaseDialog(self.vault, person_id, self)
        self.dialog.accepted.connect(lambda: self._refresh(person_id))
        self.dialog.open()
        return self.dialog

    def close_case(self, when: dt.date | None = None) -> None:
        case_id = current_id(self.ui.casesTable)
        if case_id is None:
            messages.tell(self, "Close a case", "Choose a case in the list first.")
            return
        try:
            case = cases.close(self.vault, case_id, when or self.today)
        except ValidationError as exc:
            messages.tell(self, "Close a case", labels.message(exc), warning=True)
            return
        self._refresh(case["person"])

    def record_concern(self) -> ConcernDialog:
        person_id = self.selected_person()
        self.dialog = ConcernDialog(self.vault, person_id, None, self)
        self.dialog.accepted.connect(lambda: self._refresh(person_id))
        self.dialog.open()
        return self.dialog

    def resolve_concern(self) -> ConcernDialog | None:
        concern_id = current_id(self.ui.concernsList)
        if concern_id is None:
            messages.tell(self, "Resolve a concern", "Choose a concern in the list first.")
            return None
        concern = repos.get(self.vault, "concerns", concern_id)
        self.dialog = ConcernDialog(self.vault, concern["person"], concern, self)
        self.dialog.accepted.connect(lambda: self._refresh(concern["person"]))
        self.dialog.open()
        return self.dialog

    def export_csv(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            "Export the table as CSV",
            str(paths.documents_dir() / "supervision.csv"),
            "CSV (*.csv)",
        )
        if name and messages.file_action(
            self, "Export CSV", lambda: team.write_csv(self.visible_rows(), Path(name)) or True
        ):
            self.status.emit(f"Exported {shown_path(name)}")

    def export_ics(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            "Export due dates as a calendar",
            str(paths.documents_dir() / "supervision-due.ics"),
            "iCalendar (*.ics)",
        )
        if name and messages.file_action(
            self,
            "Export calendar",
            lambda: team.write_ics(self.visible_rows(), Path(name), self.today) or True,
        ):
            self.status.emit(f"Exported {shown_path(name)}")
