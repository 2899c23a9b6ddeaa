"""`export-pdf --agreement ID`: the supervision agreement as its own PDF, every section in it,
and a new version after a review keeping the old one on record."""

from __future__ import annotations

import re
import subprocess

from supervision_desk.core import agreements, labels, repos
from supervision_desk.core.records import AGREEMENT_SECTIONS
from tests import tools
from tests.conftest import run_cli

SECTIONS = ("confidentiality", "recording", "disagreement", "other", *AGREEMENT_SECTIONS)


def _text(path) -> str:
    done = subprocess.run(
        [tools.tool("pdftotext"), str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    )
    return re.sub(r"\s+", " ", done.stdout)


def test_the_agreement_pdf_from_the_cli_holds_every_section(make_vault, passfile, tmp_path):
    vault = make_vault()
    vault.set_meta(role="first_line_manager")
    repos.save(vault, "people", {"id": "p1", "name": "Priya Shah", "role": "social_worker"})
    first = agreements.save(
        vault,
        {
            "person": "p1",
            "agreed": "2025-04-01",
            "review": "2026-04-01",
            "frequency_days": 28,
            "minutes": 90,
            "location": "Room 2",
            **{field: f"FIRST-{field}" for field in SECTIONS},
            "purpose": ["management", "support"],
        },
    )
    # The review makes a new version; the old one stays.
    second = agreements.save(
        vault,
        {
            **first,
            "agreed": "2026-03-30",
            "review": "2027-03-30",
            **{field: f"Text for {field.replace('_', ' ')} here" for field in SECTIONS},
            "purpose": ["management", "support", "development", "mediation"],
        },
        as_new=True,
    )
    assert second["replaces"] == first["id"]
    assert [a["id"] for a in agreements.of_person(vault, "p1")] == [first["id"], second["id"]]
    assert repos.get(vault, "agreements", first["id"])["cancellation"] == "FIRST-cancellation"
    path = vault.path
    vault.close()

    out = tmp_path / "agreement.pdf"
    done = run_cli(
        "export-pdf", path, out, "--agreement", second["id"], "--passphrase-file", passfile
    )
    assert done.returncode == 0, done.stderr
    text = _text(out)
    assert "Supervision agreement: Priya Shah" in text
    assert "Priya Shah (Social worker)" in text and "Alex Morgan (First-line manager)" in text
    assert "replaces the agreement of 1 April 2025, which stays on record" in text
    for field in SECTIONS:
        assert labels.AGREEMENT_SECTION[field] in text, field
        assert f"Text for {field.replace('_', ' ')} here" in text, field
    assert "FIRST-" not in text  # the earlier version's words stay in the earlier version
    for function in ("Management", "Support", "Development", "Mediation"):
        assert function in text
    assert "At least every 28 days, for at least 90 minutes" in text

    done = run_cli(
        "export-pdf", path, tmp_path / "x.pdf", "--agreement", "nope", "--passphrase-file", passfile
    )
    assert done.returncode != 0 and done.stderr.count("\n") == 1
