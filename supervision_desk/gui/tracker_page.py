"""The Tracker: the team dashboard, and for one person the year's chart, their cases and
their workload concerns."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QCursor, QPainter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHeaderView,
    QListWidgetItem,
    QMessageBox,
    QTableWidgetItem,
    QToolTip,
    QWidget,
)

from .. import paths
from ..core import repos, team, tracker
from ..core.errors import DeskError
from ..core.vault import Vault
from .forms.ui_case_dialog import Ui_CaseDialog
from .forms.ui_concern_dialog import Ui_ConcernDialog
from .forms.ui_tracker_page import Ui_TrackerPage

DATE = "yyyy-MM-dd"
STATUS_COLOURS = {"overdue": "#c0392b", "due soon": "#b9770e", "on time": "#1e8449"}
COLUMNS = (
    "Person",
    "Caseload",
    "Capacity",
    "Last supervision",
    "Next due",
    "Overdue days",
    "Minutes (28 days)",
    "Status",
    "Flags",
)


class _Item(QTableWidgetItem):
    """A cell that sorts by a number or date behind the text it shows."""

    def __init__(self, text: str, key: Any = None):
        super().__init__(text)
        self.key = text if key is None else key

    def __lt__(self, other: QTableWidgetItem) -> bool:
        return self.key < getattr(other, "key", other.text())


class CaseDialog(QDialog):
    def __init__(self, vault: Vault, person_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_CaseDialog()
        self.ui.setupUi(self)
        self.vault, self.person_id, self.case = vault, person_id, None
        self.ui.dateEdit.setDate(QDate.currentDate())
        self.ui.buttonBox.accepted.connect(self._save)
        self.ui.buttonBox.rejected.connect(self.reject)

    def _save(self) -> None:
        record = {
            "person": self.person_id,
            "reference": self.ui.referenceEdit.text().strip(),
            "label": self.ui.labelEdit.text().strip() or None,
            "weight": self.ui.weightSpin.value(),
            "allocated": self.ui.dateEdit.date().toString(DATE),
            "allocation_rationale": self.ui.rationaleEdit.toPlainText().strip(),
        }
        if not record["allocation_rationale"]:
            self.ui.message.setText(
                "Record why the case is allocated this way: the rationale "
                "is the allocation decision."
            )
            return
        try:
            self.case = repos.save(self.vault, "cases", record)
        except DeskError as exc:
            self.ui.message.setText(
                str(exc).replace("cases.reference: must not be empty", "Enter the case reference.")
            )
            return
        self.accept()


class ConcernDialog(QDialog):
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
        self.vault, self.person_id = vault, person_id
        self.concern = dict(concern or {})
        self.ui.raisedCombo.addItems(["supervisee", "supervisor"])
        self.ui.statusCombo.addItems(["open", "resolved"])
        self.ui.dateEdit.setDate(QDate.currentDate())
        if concern:
            self.setWindowTitle("Resolve a workload concern")
            self.ui.dateEdit.setDate(QDate.fromString(concern["date"], DATE))
            self.ui.raisedCombo.setCurrentText(concern["raised_by"])
            self.ui.textEdit.setPlainText(concern["text"])
            self.ui.statusCombo.setCurrentText("resolved")
            self.ui.outcomeEdit.setPlainText(concern["outcome"])
        self.ui.buttonBox.accepted.connect(self._save)
        self.ui.buttonBox.rejected.connect(self.reject)

    def _save(self) -> None:
        record = {
            **self.concern,
            "person": self.person_id,
            "date": self.ui.dateEdit.date().toString(DATE),
            "raised_by": self.ui.raisedCombo.currentText().strip(),
            "text": self.ui.textEdit.toPlainText().strip(),
            "status": self.ui.statusCombo.currentText(),
            "outcome": self.ui.outcomeEdit.toPlainText().strip(),
        }
        if not record["text"]:
            self.ui.message.setText("Describe the concern.")
            return
        try:
            self.concern = repos.save(self.vault, "concerns", record)
        except DeskError as exc:
            self.ui.message.setText(str(exc))
            return
        self.accept()


def build_chart(person: dict, months: list[tracker.Month], dark: bool) -> QChart:
    """Bars: supervision minutes a month; line: average weighted caseload; dashed lines: the
    capacity and the standard's monthly minimum."""
    chart = QChart()
    chart.setTheme(QChart.ChartThemeDark if dark else QChart.ChartThemeLight)
    chart.setBackgroundVisible(False)
    chart.legend().setAlignment(Qt.AlignBottom)
    labels = [m.first.strftime("%b %y") for m in months]
    short = [m.first.strftime("%b") for m in months]
    minutes = QBarSet("Minutes")
    minutes.append([float(m.minutes) for m in months])
    minutes.setColor(QColor("#7fb3b6"))
    bars = QBarSeries()
    bars.append(minutes)
    load = QLineSeries()
    load.setName("Caseload")
    capacity = QLineSeries()
    capacity.setName("Capacity")
    minimum = QLineSeries()
    minimum.setName("Minimum")
    cap = tracker.capacity(person)
    started = tracker.day(person["started_role"]) if person["started_role"] else None
    for i, month in enumerate(months):
        load.append(QPointF(i, month.caseload))
        capacity.append(QPointF(i, cap))
        if started is None or month.last >= started:  # no standard before they started
            minimum.append(QPointF(i, tracker.monthly_minimum(person, month.first)))
    for series, colour, dashed in (
        (load, "#c0692b", False),
        (capacity, "#c0392b", True),
        (minimum, "#2f6f73", True),
    ):
        pen = series.pen()
        pen.setColor(QColor(colour))
        pen.setWidthF(2.5 if not dashed else 1.5)
        if dashed:
            pen.setStyle(Qt.DashLine)
        series.setPen(pen)
    for series in (bars, minimum, load, capacity):
        chart.addSeries(series)
    x_axis = QBarCategoryAxis()
    x_axis.append(short)
    points_axis, minutes_axis = QValueAxis(), QValueAxis()
    points_axis.setTitleText("points")
    minutes_axis.setTitleText("minutes")
    points_axis.setRange(0, max([cap, *(m.caseload for m in months)]) * 1.15 or 10)
    top = max(
        [*(m.minutes for m in months), *(tracker.monthly_minimum(person, m.first) for m in months)]
    )
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


class TrackerPage(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_TrackerPage()
        self.ui.setupUi(self)
        self.vault: Vault | None = None
        self.today = dt.date.today()
        self.rows: list[tracker.Row] = []
        self.chart_view = QChartView()
        self.chart_view.setRenderHint(QPainter.Antialiasing)
        self.chart_view.setMinimumHeight(self.fontMetrics().lineSpacing() * 16)
        self.ui.chartLayout.addWidget(self.chart_view)
        table = self.ui.table
        table.setColumnCount(len(COLUMNS))
        table.setHorizontalHeaderLabels(COLUMNS)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        cases = self.ui.casesTable
        cases.setColumnCount(4)
        cases.setHorizontalHeaderLabels(("Reference", "Weight", "Allocated", "Closed"))
        cases.verticalHeader().hide()
        cases.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        cases.horizontalHeader().setStretchLastSection(True)
        self.ui.splitter.setSizes([260, 420])
        self.ui.personHeading.setProperty("role", "heading")
        table.itemSelectionChanged.connect(self._show_selected)
        self.ui.attentionOnly.toggled.connect(lambda _: self._fill_table())
        self.ui.showClosed.toggled.connect(lambda _: self._show_selected())
        self.ui.allocateButton.clicked.connect(self.allocate_case)
        self.ui.closeCaseButton.clicked.connect(self.close_case)
        self.ui.concernButton.clicked.connect(self.record_concern)
        self.ui.resolveButton.clicked.connect(self.resolve_concern)
        self.ui.csvButton.clicked.connect(self.export_csv)
        self.ui.icsButton.clicked.connect(self.export_ics)
        self.dialog: QDialog | None = None

    # -- content ---------------------------------------------------------------------------

    def show_vault(self, vault: Vault | None, today: dt.date | None = None) -> None:
        self.vault = vault
        self.today = today or dt.date.today()
        if vault is None:
            self.rows = []
            self.ui.table.setRowCount(0)
            self._clear_detail()
            return
        practitioner = vault.mode == "practitioner"
        self.ui.trackerHeading.setText(
            "My workload and supervision" if practitioner else "Workload and supervision"
        )
        self.ui.attentionOnly.setVisible(not practitioner)
        self.rows = team.rows(vault, self.today)
        self._fill_table()

    def visible_rows(self) -> list[tracker.Row]:
        if self.ui.attentionOnly.isChecked():
            return [r for r in self.rows if r.needs_attention]
        return self.rows

    def _fill_table(self) -> None:
        keep = self.selected_person()
        table = self.ui.table
        table.setSortingEnabled(False)
        table.setRowCount(0)
        for row in self.visible_rows():
            standing = row.standing
            status = standing.status
            last = standing.last["date"] if standing.last else "none yet"
            values = [
                _Item(row.person["name"], row.person["name"].casefold()),
                _Item(f"{row.caseload_today:g}", row.caseload_today),
                _Item(f"{row.capacity_share:.0%}", row.capacity_share),
                _Item(last),
                _Item(standing.due.isoformat()),
                _Item(
                    str(standing.overdue_days) if standing.overdue_days else "—",
                    standing.overdue_days,
                ),
                _Item(str(row.minutes_28), row.minutes_28),
                _Item(status.capitalize(), ("on time", "due soon", "overdue").index(status)),
                _Item("; ".join(row.flags) or "—"),
            ]
            values[0].setData(Qt.UserRole, row.person["id"])
            colour = QColor(STATUS_COLOURS[status])
            values[7].setForeground(QBrush(colour))
            values[7].setToolTip(f"Next due {standing.due.isoformat()} ({standing.rhythm})")
            if row.capacity_share > 1:
                values[2].setForeground(QBrush(QColor(STATUS_COLOURS["overdue"])))
            n = table.rowCount()
            table.insertRow(n)
            for column, item in enumerate(values):
                table.setItem(n, column, item)
        table.setSortingEnabled(True)
        if keep:
            self.select_person(keep)
        if table.currentRow() < 0 and table.rowCount():
            table.selectRow(0)
        if not table.rowCount():
            self._clear_detail()

    def selected_person(self) -> str | None:
        rows = self.ui.table.selectionModel().selectedRows() if self.ui.table.model() else []
        if not rows:
            return None
        return self.ui.table.item(rows[0].row(), 0).data(Qt.UserRole)

    def select_person(self, person_id: str) -> None:
        for n in range(self.ui.table.rowCount()):
            if self.ui.table.item(n, 0).data(Qt.UserRole) == person_id:
                self.ui.table.selectRow(n)
                return

    def _clear_detail(self) -> None:
        self.chart_view.setChart(QChart())
        self.ui.personHeading.clear()
        self.ui.explain.clear()
        self.ui.casesTable.setRowCount(0)
        self.ui.concernsList.clear()
        for button in (
            self.ui.allocateButton,
            self.ui.closeCaseButton,
            self.ui.concernButton,
            self.ui.resolveButton,
        ):
            button.setEnabled(False)

    def _show_selected(self) -> None:
        person_id = self.selected_person()
        if person_id is None or self.vault is None:
            self._clear_detail()
            return
        records = team.records_of(self.vault, person_id, with_text=False, logs_since=self.today)
        row = next(r for r in self.rows if r.person["id"] == person_id)
        self.ui.personHeading.setText(records.person["name"])
        dark = self.palette().window().color().lightnessF() < 0.5
        self.chart_view.setChart(build_chart(records.person, row.months, dark))
        self.ui.explain.setText(tracker.explain(row, records.cases, records.sessions, self.today))
        cases = [c for c in records.cases if self.ui.showClosed.isChecked() or not c["closed"]]
        self.ui.casesTable.setRowCount(0)
        for case in cases:
            n = self.ui.casesTable.rowCount()
            self.ui.casesTable.insertRow(n)
            label = f" ({case['label']})" if case["label"] else ""
            for column, text in enumerate(
                (
                    case["reference"] + label,
                    str(case["weight"]),
                    case["allocated"],
                    case["closed"] or "",
                )
            ):
                item = QTableWidgetItem(text)
                item.setData(Qt.UserRole, case["id"])
                item.setToolTip(case["allocation_rationale"])
                self.ui.casesTable.setItem(n, column, item)
        self.ui.concernsList.clear()
        for concern in reversed(records.concerns):
            text = f"{concern['date']} · {concern['status']} · raised by {concern['raised_by']}"
            item = QListWidgetItem(
                f"{text}\n{concern['text']}"
                + (f"\nOutcome: {concern['outcome']}" if concern["outcome"] else "")
            )
            item.setData(Qt.UserRole, concern["id"])
            self.ui.concernsList.addItem(item)
        for button in (
            self.ui.allocateButton,
            self.ui.closeCaseButton,
            self.ui.concernButton,
            self.ui.resolveButton,
        ):
            button.setEnabled(True)

    def _refresh(self, person_id: str | None) -> None:
        self.rows = team.rows(self.vault, self.today)
        self._fill_table()
        if person_id:
            self.select_person(person_id)
        self._show_selected()

    # -- commands --------------------------------------------------------------------------

    def allocate_case(self) -> CaseDialog:
        person_id = self.selected_person()
        self.dialog = CaseDialog(self.vault, person_id, self)
        self.dialog.accepted.connect(lambda: self._refresh(person_id))
        self.dialog.open()
        return self.dialog

    def close_case(self, when: dt.date | None = None) -> None:
        item = self.ui.casesTable.currentItem()
        if item is None:
            QMessageBox.information(self, "Close a case", "Choose a case in the list first.")
            return
        case = repos.get(self.vault, "cases", item.data(Qt.UserRole))
        closed = (when or self.today).isoformat()
        try:
            repos.save(self.vault, "cases", {**case, "closed": max(closed, case["allocated"])})
        except DeskError as exc:
            QMessageBox.warning(self, "Close a case", str(exc))
            return
        self._refresh(case["person"])

    def record_concern(self) -> ConcernDialog:
        person_id = self.selected_person()
        self.dialog = ConcernDialog(self.vault, person_id, None, self)
        self.dialog.accepted.connect(lambda: self._refresh(person_id))
        self.dialog.open()
        return self.dialog

    def resolve_concern(self) -> ConcernDialog | None:
        item = self.ui.concernsList.currentItem()
        if item is None:
            return None
        concern = repos.get(self.vault, "concerns", item.data(Qt.UserRole))
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
        if name:
            team.write_csv(self.visible_rows(), Path(name))

    def export_ics(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            "Export due dates as a calendar",
            str(paths.documents_dir() / "supervision-due.ics"),
            "iCalendar (*.ics)",
        )
        if name:
            team.write_ics(self.visible_rows(), Path(name), self.today)
