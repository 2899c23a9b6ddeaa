"""The team summary's CSV as a spreadsheet reads it: LibreOffice, headless, importing it as
UTF-8, keeps accented Welsh names, drops the byte-order mark, and takes dates as dates and
figures as numbers."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET

from supervision_desk.core import team_summary
from tests import team_of_six
from tests.core.test_team_figures import END, START, TODAY
from tests.tools import tool

TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"


def _cells(path) -> list[list[tuple[str, str]]]:
    """Each row of the first sheet as (value type, value) pairs."""
    rows = []
    for row in ET.parse(path).getroot().iter(TABLE + "table-row"):
        cells = []
        for cell in row.findall(TABLE + "table-cell"):
            repeat = min(int(cell.get(TABLE + "number-columns-repeated", "1")), 100)
            kind = cell.get(OFFICE + "value-type", "")
            value = (
                cell.get(OFFICE + "value")
                or cell.get(OFFICE + "date-value")
                or "".join(cell.itertext()).strip()
            )
            cells += [(kind, value)] * repeat
        rows.append(cells)
    return rows


def test_libreoffice_reads_the_csv_as_utf8_with_numbers_and_dates(vault, tmp_path):
    soffice = tool("soffice", "libreoffice-calc-nogui")
    team_of_six.build(vault)
    found = team_summary.figures(vault, START, END, TODAY, names=True)
    csv_path = tmp_path / "team.csv"
    team_summary.write_csv(found, csv_path)
    # 44 = comma, 34 = double quote, 76 = UTF-8, 1 = from the first line. A profile of the
    # test's own, so no other LibreOffice running on the machine is disturbed.
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
            "--headless",
            "--infilter=CSV:44,34,76,1",
            "--convert-to",
            "fods",
            "--outdir",
            str(tmp_path),
            str(csv_path),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    header, *rows = _cells(tmp_path / "team.fods")
    names = [value for _, value in header]
    assert names[: len(team_summary.CSV_COLUMNS)] == list(team_summary.CSV_COLUMNS)  # no BOM
    column = {name: i for i, name in enumerate(team_summary.CSV_COLUMNS)}
    people = [r[column["practitioner"]][1] for r in rows if r and r[0][1]]
    assert "Ffion Hâf" in people and people[-1] == "Team"
    team = rows[len(people) - 1]
    assert team[column["period_start"]] == ("date", "2026-01-01")
    assert team[column["supervisions_in_timescale"]] == ("float", "0.875")
    assert team[column["bacp_minutes_held"]] == ("float", "330")
