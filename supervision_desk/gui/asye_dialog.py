"""The ASYE year of a newly qualified social worker, opened from their page: the programme and
assessor, reviews recorded as held, protected development time, direct observations and the
self-assessment, and the progress PDF for the portfolio. Core keeps every rule (asye.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QAbstractItemView, QWidget

from ..core import asye, clock, labels
from ..core.errors import DeskError
from ..core.records import ASYE_OUTCOMES, ASYE_RATINGS, ASYE_SETTINGS, ASYE_STAGES
from ..core.vault import Vault
from . import a11y, messages, pdf_export
from .export_dialog import file_part
from .fit import FittedDialog
from .flow import wrap_row
from .forms.ui_asye_dialog import Ui_AsyeDialog
from .models import Column, RecordModel, current_id, select_id
from .pages import plain_text_labels, show_writing

DATE = "yyyy-MM-dd"


def _day(edit) -> Any:
    return edit.date().toPython()


def review_line(review: asye.Review) -> str:
    return f"{review.label}: {review.words(clock.today())}"


def time_line(entry: dict[str, Any]) -> str:
    note = f" · {entry['note']}" if entry["note"].strip() else ""
    return f"{labels.short_date(entry['date'])}  {entry['hours']:g} h{note}"


def observation_line(obs: dict[str, Any]) -> str:
    first = obs["note"].strip().splitlines()[0] if obs["note"].strip() else ""
    return f"{labels.short_date(obs['date'])}  {obs['observer']}" + (f" · {first}" if first else "")


def area_line(row: dict[str, Any]) -> str:
    rated = row["rating"]
    return labels.ASYE_AREA[row["id"]] + (f" — {labels.ASYE_RATING[rated]}" if rated else "")


class AsyeDialog(FittedDialog):
    def __init__(self, vault: Vault, person_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_AsyeDialog()
        self.ui.setupUi(self)
        plain_text_labels(self)
        # The programme's fields wrap onto more lines at a large text size.
        self.ui.programmeGrid = wrap_row(self.ui.programmeGrid)
        self.ui.yearLabel.setWordWrap(True)
        self.vault = vault
        self.person_id = person_id
        self.found: asye.Progress | None = None
        ui = self.ui
        for key in ASYE_SETTINGS:
            ui.settingCombo.addItem(labels.ASYE_SETTING[key], key)
        for key in ASYE_OUTCOMES:
            ui.outcomeCombo.addItem(labels.ASYE_OUTCOME[key], key)
        for key in ASYE_STAGES:
            ui.stageCombo.addItem(labels.ASYE_STAGE[key], key)
        for key in ASYE_RATINGS:
            ui.ratingCombo.addItem(labels.ASYE_RATING[key], key)
        today = QDate(clock.today())
        for edit in (ui.heldDate, ui.timeDate, ui.observedDate, ui.ratedDate):
            edit.setDate(today)
        ui.timeHours.setValue(3.5)  # half a day, the usual block
        self.reviews = RecordModel(
            [Column("Review", review_line)], id_of=lambda r: str(r.months), parent=self
        )
        self.times = RecordModel([Column("Protected time", time_line)], parent=self)
        self.observations = RecordModel([Column("Observation", observation_line)], parent=self)
        self.areas = RecordModel([Column("Area", area_line)], parent=self)
        for view, model in (
            (ui.reviewList, self.reviews),
            (ui.timeList, self.times),
            (ui.observationList, self.observations),
            (ui.areaList, self.areas),
        ):
            view.setModel(model)
            view.setEditTriggers(QAbstractItemView.NoEditTriggers)
            view.setWordWrap(True)
        ui.reviewList.selectionModel().currentChanged.connect(lambda *_: self._review_chosen())
        ui.areaList.selectionModel().currentChanged.connect(lambda *_: self._area_chosen())
        ui.stageCombo.currentIndexChanged.connect(lambda *_: self._show_areas())
        ui.settingCombo.activated.connect(lambda *_: self.save_programme())
        ui.nineMonth.toggled.connect(lambda *_: self.save_programme())
        ui.hoursSpin.editingFinished.connect(self.save_programme)
        ui.assessorEdit.editingFinished.connect(self.save_programme)
        ui.assessorRoleEdit.editingFinished.connect(self.save_programme)
        ui.recordReviewButton.clicked.connect(lambda: self.record_review())
        ui.logTimeButton.clicked.connect(lambda: self.log_time())
        ui.deleteTimeButton.clicked.connect(lambda: self.delete("asye_time", ui.timeList))
        ui.addObservationButton.clicked.connect(lambda: self.add_observation())
        ui.deleteObservationButton.clicked.connect(
            lambda: self.delete("asye_observations", ui.observationList)
        )
        ui.rateButton.clicked.connect(lambda: self.rate())
        ui.exportButton.clicked.connect(lambda: self.export_pdf())
        ui.closeButton.clicked.connect(self.accept)
        self.refresh()

    def set_read_only(self, read_only: bool) -> None:
        """A read-only vault: the year can be read and exported, not changed."""
        ui = self.ui
        buttons = [
            ui.recordReviewButton,
            ui.logTimeButton,
            ui.deleteTimeButton,
            ui.addObservationButton,
            ui.deleteObservationButton,
            ui.rateButton,
        ]
        show_writing(buttons, read_only)
        ui.programmeBox.setEnabled(not read_only and self.found is not None)

    # -- showing -------------------------------------------------------------------------

    def refresh(self) -> None:
        found = asye.progress(self.vault, self.person_id)
        self.found = found
        if found is None:  # no longer newly qualified, or not a social worker
            self.ui.yearLabel.setText(asye.NOT_SOCIAL_WORKER)
            self.ui.tabs.setEnabled(False)
            self.ui.programmeBox.setEnabled(False)
            self.ui.exportButton.setEnabled(False)
            return
        ui, prog = self.ui, found.programme
        self.setWindowTitle(f"ASYE year: {found.person['name']}")
        period = (
            f"{labels.long_date(found.start)} to {labels.long_date(found.end)}"
            if found.start
            else "Add the date they started in role to see when each review is due."
        )
        ui.yearLabel.setText(f"{found.person['name']} · {period}")
        for widget, value in (
            (ui.assessorEdit, prog["assessor"]),
            (ui.assessorRoleEdit, prog["assessor_role"]),
        ):
            if not widget.hasFocus():
                widget.setText(value)
        ui.settingCombo.setCurrentIndex(ui.settingCombo.findData(prog["setting"]))
        ui.nineMonth.blockSignals(True)
        ui.nineMonth.setChecked(prog["nine_month"])
        ui.nineMonth.blockSignals(False)
        ui.hoursSpin.setValue(prog["contracted_hours"] or 0.0)
        keep = current_id(ui.reviewList)
        self.reviews.set_records(found.reviews)
        ui.reviewCombo.clear()
        for review in found.reviews:
            ui.reviewCombo.addItem(review.label, review.months)
        if not select_id(ui.reviewList, keep):
            upcoming = next((r for r in found.reviews if not r.done), found.reviews[-1])
            select_id(ui.reviewList, str(upcoming.months))
        ui.shareLabel.setText(found.time.words())
        self.times.set_records(found.time.entries)
        self.observations.set_records(found.observations)
        ui.citationLabel.setText(
            "The areas are the statement's headings in our own words. Source: "
            f"{found.statement.citation}. {found.statement.address}"
        )
        self._show_areas()

    def _review_chosen(self) -> None:
        months = current_id(self.ui.reviewList)
        review = next((r for r in self.found.reviews if str(r.months) == months), None)
        if review is None:
            return
        ui = self.ui
        ui.reviewCombo.setCurrentIndex(ui.reviewCombo.findData(review.months))
        held = review.held
        if held:
            ui.heldDate.setDate(QDate.fromString(held["held"], DATE))
            ui.outcomeCombo.setCurrentIndex(ui.outcomeCombo.findData(held["outcome"]))
        ui.reviewNotes.setPlainText(held["notes"] if held else "")

    @property
    def stage(self) -> str:
        return self.ui.stageCombo.currentData()

    def _show_areas(self) -> None:
        if self.found is None:
            return
        keep = current_id(self.ui.areaList)
        rated = self.found.ratings[self.stage]
        self.areas.set_records(
            [
                {"id": area, "rating": rated[area]["rating"] if area in rated else None}
                for area in self.found.statement.areas
            ]
        )
        if not select_id(self.ui.areaList, keep):
            select_id(self.ui.areaList, self.found.statement.areas[0])
        self._area_chosen()

    def _area_chosen(self) -> None:
        area = current_id(self.ui.areaList)
        record = self.found.ratings[self.stage].get(area) if self.found and area else None
        ui = self.ui
        if record:
            ui.ratingCombo.setCurrentIndex(ui.ratingCombo.findData(record["rating"]))
            ui.ratedDate.setDate(QDate.fromString(record["date"], DATE))
        ui.ratingNote.setPlainText(record["note"] if record else "")

    # -- commands ------------------------------------------------------------------------

    def _run(self, action, said: str) -> bool:
        """Do one change through core; its message appears below the tabs either way."""
        try:
            action()
        except DeskError as exc:
            a11y.say(self.ui.message, labels.message(exc), error=True)
            return False
        a11y.say(self.ui.message, said)
        self.refresh()
        return True

    def save_programme(self) -> None:
        ui = self.ui
        hours = ui.hoursSpin.value() or None
        self._run(
            lambda: asye.save_programme(
                self.vault,
                self.person_id,
                setting=ui.settingCombo.currentData(),
                assessor=ui.assessorEdit.text().strip(),
                assessor_role=ui.assessorRoleEdit.text().strip(),
                contracted_hours=hours,
                nine_month=ui.nineMonth.isChecked(),
            ),
            "Programme saved.",
        )

    def record_review(self) -> bool:
        ui = self.ui
        months = ui.reviewCombo.currentData()
        return self._run(
            lambda: asye.record_review(
                self.vault,
                self.person_id,
                months,
                _day(ui.heldDate),
                ui.outcomeCombo.currentData(),
                ui.reviewNotes.toPlainText(),
            ),
            f"{months}-month review recorded as held.",
        )

    def log_time(self) -> bool:
        ui = self.ui
        done = self._run(
            lambda: asye.log_time(
                self.vault,
                self.person_id,
                _day(ui.timeDate),
                ui.timeHours.value(),
                ui.timeNote.text().strip(),
            ),
            "Protected time logged.",
        )
        if done:
            ui.timeNote.clear()
        return done

    def add_observation(self) -> bool:
        ui = self.ui
        done = self._run(
            lambda: asye.add_observation(
                self.vault,
                self.person_id,
                _day(ui.observedDate),
                ui.observerEdit.text().strip(),
                ui.observationNote.toPlainText(),
            ),
            "Observation added.",
        )
        if done:
            ui.observationNote.clear()
        return done

    def rate(self) -> bool:
        ui = self.ui
        area = current_id(ui.areaList)
        if area is None:
            return False
        return self._run(
            lambda: asye.rate(
                self.vault,
                self.person_id,
                self.stage,
                area,
                ui.ratingCombo.currentData(),
                _day(ui.ratedDate),
                ui.ratingNote.toPlainText(),
            ),
            f"Rating saved: {labels.ASYE_AREA[area]}.",
        )

    def delete(self, kind: str, view) -> bool:
        record_id = current_id(view)
        if record_id is None:
            return False
        if not messages.ask(self, "Delete", "Delete the chosen entry?", "Delete"):
            return False
        return self._run(lambda: asye.delete(self.vault, kind, record_id), "Deleted.")

    # -- export --------------------------------------------------------------------------

    def export_pdf(self, dest: Path | None = None) -> None:
        if self.found is None:
            return
        if dest is None:
            who = file_part(self.found.person["name"])
            dest = pdf_export.ask_destination(
                self, "Export ASYE progress", f"asye-progress-{who}-{clock.today().isoformat()}.pdf"
            )
            if dest is None:
                return
        vault, person_id = self.vault, self.person_id

        def make():
            from ..core.pdf.asye import asye_progress

            return asye_progress(vault, person_id)

        pdf_export.export(self, make, dest)
