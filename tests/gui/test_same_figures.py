"""The same person's figures read alike on the screen, in the PDF and in the CSV: core counts
each figure once and every renderer presents it. A part-timer on an agreement of every 21
days, in a vault whose policy gives 50 points a full-time worker, counted by hand."""

from __future__ import annotations

import csv
import datetime as dt
import io

from pypdf import PdfReader
from PySide6.QtCore import Qt

from supervision_desk.core import labels, pdf, policy, repos, team
from supervision_desk.gui import main_window as mw
from tests.gui.conftest import open_window
from tests.gui.test_screenshots import _save

TODAY = dt.date(2026, 3, 30)


def _vault(make_vault):
    vault = make_vault()
    policy.save(vault, {"points_per_fte": 50})
    repos.save(
        vault,
        "people",
        {
            "id": "r",
            "name": "Rhiannon Ŵyn",
            "role": "social_worker",
            "fte": 0.5,
            "supervision_standard": "agreement",
            "records_from": "2026-01-01",
        },
    )
    repos.save(
        vault,
        "agreements",
        {"id": "g", "person": "r", "agreed": "2026-01-01", "frequency_days": 21, "minutes": 90},
    )
    repos.save(
        vault,
        "cases",
        {"id": "c", "person": "r", "reference": "YP-9", "weight": 6, "allocated": "2026-01-05"},
    )
    for date in ("2026-01-20", "2026-02-10", "2026-03-02"):
        repos.save(vault, "sessions", {"person": "r", "date": date, "minutes": 90})
    vault.close()
    return vault.path


def test_screen_pdf_and_csv_agree_for_one_person(qtbot, controller, make_vault, tmp_path):
    path = _vault(make_vault)
    window = open_window(qtbot, controller, path)
    window.show_section(mw.TRACKER)
    page = window.tracker
    page.show_vault(controller.vault, TODAY)
    model = page.ui.table.model()
    headers = [model.headerData(c, Qt.Horizontal) for c in range(model.columnCount())]
    screen = {h: model.index(0, c).data() for c, h in enumerate(headers)}
    page.select_person("r")
    chart = page.chart_view.chart()
    lines = {s.name(): s for s in chart.series()[1:]}

    # By hand: 50 points x 0.5 FTE = 25; 6 points is 24%. Due 21 days after 2 March, 23 March:
    # 7 days overdue on 30 March. The agreement asks 90 minutes every 21 days: 90 x 30.44 / 21
    # = 130 minutes a month (not the 88 of a monthly rhythm).
    assert screen["Of capacity"] == "24%" and screen["Next due"] == "23 Mar"
    assert screen["Overdue days"] == "7"
    capacity = lines["Capacity 25"]
    assert {capacity.at(i).y() for i in range(capacity.count())} == {25}
    minimum = lines["Minimum 130"]
    assert round(minimum.at(minimum.count() - 1).y()) == 130

    data = pdf.person_summary(controller.vault, "r", dt.date(2026, 1, 1), TODAY, today=TODAY)
    printed = " ".join(
        " ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(data)).pages
    )
    assert "Next due 23 Mar 2026 (overdue by 7 days)" in printed  # the same day, the UK way
    assert "Capacity 25" in printed and "Minimum 130" in printed

    out = tmp_path / "tracker.csv"
    team.write_csv(page.visible_rows(), out)
    row = next(csv.DictReader(out.open(encoding="utf-8-sig")))
    assert row["person"] == "Rhiannon Ŵyn"
    assert (row["capacity_points"], row["capacity_share"]) == ("25", "0.24")
    # The same day: ISO in the spreadsheet, the UK way on screen (this year's without the
    # year), whole to a screen reader.
    assert labels.brief_date(row["next_due"], TODAY) == screen["Next due"]
    due = model.index(0, headers.index("Next due"))
    assert due.data(Qt.AccessibleTextRole) == labels.long_date(row["next_due"])
    assert row["overdue_days"] == screen["Overdue days"]
    _save(window, "tracker-same-figures")  # for a person to look at
