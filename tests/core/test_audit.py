"""The audit a principal social worker records against a sample of the period's records:
drawn at random from the held one-to-ones, scored on plain questions, kept in the vault,
carried by the interchange file, and summarised in the team summary and its CSV. Counted by
hand."""

from __future__ import annotations

import csv
import datetime as dt
import io
import random

import pytest
from pypdf import PdfReader

from supervision_desk.core import audit, interchange, pdf, removal, repos, schema, team_summary
from supervision_desk.core.errors import UsageError, ValidationError
from supervision_desk.core.kdf import FAST
from supervision_desk.core.vault import Vault

TODAY = dt.date(2026, 2, 10)
START, END = dt.date(2026, 1, 1), dt.date(2026, 1, 31)


def _team(vault):
    for pid, name in (("a", "Aled Jones"), ("b", "Bea Ng")):
        repos.save(vault, "people", {"id": pid, "name": name, "role": "social_worker"})
    # Four held one-to-ones in January can be sampled; the planned one, the group and the
    # December one cannot.
    for sid, pid, date in (
        ("s1", "a", "2026-01-05"),
        ("s2", "b", "2026-01-09"),
        ("s3", "a", "2026-01-19"),
        ("s4", "b", "2026-01-26"),
        ("s0", "a", "2025-12-15"),
    ):
        repos.save(
            vault,
            "sessions",
            {
                "id": sid,
                "person": pid,
                "date": date,
                "minutes": 90,
                "analysis": "Thought about the risks outside the home.",
                "confidential_note": "Private to the supervisor",
            },
        )
    repos.save(
        vault,
        "sessions",
        {"id": "plan", "person": "a", "date": "2026-01-30", "minutes": 90, "status": "planned"},
    )
    repos.save(
        vault,
        "sessions",
        {
            "id": "grp",
            "attendees": ["a", "b"],
            "date": "2026-01-20",
            "minutes": 90,
            "kind": "group",
        },
    )
    repos.save(vault, "actions", {"session": "s1", "text": "Call the school", "due": "2026-01-12"})


def _scored(vault):
    """Two of three sampled records scored; the third not yet."""
    found = audit.draw(vault, START, END, "Pat Lewis", 3, today=TODAY, rng=random.Random(4))
    first, second, third = audit.items(vault, found["id"])
    audit.score(
        vault,
        first,
        {
            "reflection": "yes",
            "rationale": "not_applicable",
            "actions": "yes",
            "wellbeing": "no",
            "agreed": "yes",
        },
        "Good reflection; no decisions made.",
    )
    audit.score(
        vault,
        second,
        {
            "reflection": "no",
            "rationale": "yes",
            "actions": "no",
            "wellbeing": "yes",
            "agreed": "yes",
        },
    )
    return found, (first, second, third)


def test_a_sample_is_drawn_from_the_periods_held_one_to_ones(vault):
    _team(vault)
    found = audit.draw(vault, START, END, "Pat Lewis", 3, today=TODAY, rng=random.Random(1))
    assert (found["auditor"], found["period_start"], found["date"]) == (
        "Pat Lewis",
        "2026-01-01",
        "2026-02-10",
    )
    sampled = audit.items(vault, found["id"])
    assert len(sampled) == 3
    assert {i["session"] for i in sampled} <= {"s1", "s2", "s3", "s4"}
    assert [i["date"] for i in sampled] == sorted(i["date"] for i in sampled)
    assert not any(audit.scored(i) for i in sampled)
    # Asking for more than the period holds takes them all.
    every = audit.draw(vault, START, END, "Pat Lewis", 10, today=TODAY)
    assert sorted(i["session"] for i in audit.items(vault, every["id"])) == ["s1", "s2", "s3", "s4"]
    assert [a["id"] for a in audit.audits(vault)] == [every["id"], found["id"]]


def test_a_period_with_nothing_to_audit_is_refused_and_nothing_is_written(vault):
    _team(vault)
    with pytest.raises(UsageError, match="nothing to audit"):
        audit.draw(vault, dt.date(2025, 6, 1), dt.date(2025, 6, 30), "Pat", today=TODAY)
    with pytest.raises(ValidationError, match="must not be empty"):
        audit.draw(vault, START, END, "   ", today=TODAY)
    assert audit.audits(vault) == []
    assert repos.select(vault, "audit_items") == []


def test_the_summary_counts_yes_of_the_records_a_question_applied_to(vault):
    _team(vault)
    _scored(vault)
    found = audit.summary(vault, START, END)
    # By hand over the two scored records (the third is not scored, so not counted):
    # reflection yes/no, rationale n/a/yes, actions yes/no, wellbeing no/yes, agreed yes/yes.
    assert (found.records, found.audits) == (2, 1)
    assert found.yes == {"reflection": 1, "rationale": 1, "actions": 1, "wellbeing": 1, "agreed": 2}
    assert found.of == {"reflection": 2, "rationale": 1, "actions": 2, "wellbeing": 2, "agreed": 2}
    # Records dated outside the period are not counted in it.
    assert audit.summary(vault, dt.date(2026, 2, 1), dt.date(2026, 2, 28)).records == 0


def test_the_team_summary_and_its_csv_carry_the_audit(vault):
    _team(vault)
    _scored(vault)
    found = team_summary.figures(vault, START, END, TODAY)
    rows = list(csv.DictReader(io.StringIO(team_summary.csv_text(found))))
    team = rows[-1]
    assert team["practitioner"] == "Team"
    assert (team["audit_records"], team["audit_reflection"], team["audit_reflection_of"]) == (
        "2",
        "0.5",
        "2",
    )
    assert (team["audit_rationale"], team["audit_rationale_of"]) == ("1.0", "1")
    assert team["audit_agreed"] == "1.0"

    data = pdf.team_summary(vault, START, END, today=TODAY)
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(data)).pages)
    assert "Audit of a sample of records" in text
    assert "Reflection written 50% (1 of 2 records)" in text
    assert "Decisions with their reasons 100% (1 of 1 record)" in text
    assert "2 records from this period read and scored in 1 audit" in text
    assert "Good reflection" not in text  # the auditor's notes stay in the vault


def test_an_empty_audit_says_so_in_the_summary(vault):
    _team(vault)
    data = pdf.team_summary(vault, START, END, today=TODAY)
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(data)).pages)
    assert "No sampled records from this period have been scored." in text


def test_the_auditor_reads_the_record_but_not_the_confidential_note(vault):
    _team(vault)
    shown = audit.record_text(vault, "s1")
    assert "5 January 2026 · Aled Jones · 90 minutes" in shown
    assert "Thought about the risks outside the home." in shown
    assert "Call the school — Supervisee, by 12 January 2026" in shown
    assert "Wellbeing check-in: not asked" in shown
    assert "Private to the supervisor" not in shown


def test_scores_stay_when_a_sampled_record_is_deleted(vault):
    _team(vault)
    _audit, (first, *_rest) = _scored(vault)
    removal.remove_session(vault, first["session"])
    assert audit.summary(vault, START, END).records == 2
    assert audit.record_text(vault, first["session"]).startswith("This record has since been")


def test_audits_travel_in_the_interchange_file(vault, tmp_path):
    _team(vault)
    _scored(vault)
    doc = interchange.export(vault)
    assert [a["auditor"] for a in doc["audits"]] == ["Pat Lewis"]
    assert len(doc["audit_items"]) == 3
    path = tmp_path / "out.json"
    interchange.write_file(vault, path)
    with Vault.create(tmp_path / "other.sdvault", "pass phrase one two", profile=FAST) as other:
        interchange.import_records(other, interchange.read_file(path))
        assert audit.summary(other, START, END).yes == audit.summary(vault, START, END).yes


def test_the_period_must_not_end_before_it_starts(vault):
    with pytest.raises(ValidationError, match="before the start"):
        repos.save(
            vault,
            "audits",
            {
                "date": "2026-02-01",
                "period_start": "2026-01-31",
                "period_end": "2026-01-01",
                "auditor": "Pat",
            },
        )


def test_a_version_4_vault_gains_the_audit_tables(make_vault, vault_path, monkeypatch):
    with monkeypatch.context() as patch:
        patch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:4])
        old = make_vault()
        assert old.schema_version == 4
        _team(old)
        old.close()
    from tests.conftest import PASSPHRASE

    with Vault.open(vault_path, PASSPHRASE) as vault:
        assert vault.schema_version == schema.latest_version()
        assert vault.check().ok
        audit.draw(vault, START, END, "Pat Lewis", 2, today=TODAY)
        assert len(repos.select(vault, "audit_items")) == 2
