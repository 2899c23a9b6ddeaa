"""The fields records gained for the child's file, groups and agreements travel in an
interchange file (version 3) and come back as they were."""

from __future__ import annotations

import json

from supervision_desk.core import agreements, interchange, repos
from tests.core import child_file


def test_case_actions_groups_and_agreements_round_trip(vault, make_vault, tmp_path):
    child_file.build(vault)
    repos.save(
        vault,
        "sessions",
        {
            "id": "g1",
            "attendees": ["p1", "p2"],
            "kind": "group",
            "date": "2026-03-12",
            "minutes": 90,
            "facilitator": "Dana Hughes",
            "group_format": "case_presentation",
            "presenter": "p1",
            "attendance": [{"person": "p2", "agreed": "2026-03-13", "wellbeing": 4}],
        },
    )
    first = agreements.save(
        vault,
        {
            "person": "p1",
            "agreed": "2025-04-01",
            "frequency_days": 28,
            "minutes": 90,
            "purpose": ["support", "mediation"],
            "asye_items": "Reflect on two pieces of direct work.",
            "retention": "Six years after leaving.",
        },
    )
    agreements.save(vault, {**first, "agreed": "2026-04-01"}, as_new=True)
    doc = interchange.export(vault)
    assert doc["format"] == "supervision-desk/3"
    other = make_vault(tmp_path / "other.sdvault")
    interchange.import_records(other, interchange.parse(json.dumps(doc)))
    for kind in ("sessions", "actions", "agreements", "case_discussions"):
        assert repos.select(other, kind) == repos.select(vault, kind), kind
    group = repos.get(other, "sessions", "g1")
    assert group["attendance"] == [{"person": "p2", "agreed": "2026-03-13", "wellbeing": 4}]
    assert (group["facilitator"], group["group_format"], group["presenter"]) == (
        "Dana Hughes",
        "case_presentation",
        "p1",
    )
    assert repos.get(other, "actions", "a2")["case"] == "c2"
    newest = agreements.latest(other, "p1")
    assert newest["replaces"] == first["id"] and newest["purpose"] == ["support", "mediation"]
    other.close()
