"""The interchange format: exact round trip, idempotent import, strict all-or-nothing."""

from __future__ import annotations

import copy
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from supervision_desk.core import interchange, repos
from supervision_desk.core.errors import BadInput, ValidationError
from supervision_desk.core.records import SINCE, SPECS
from tests.conftest import FIXTURES

EXAMPLE = json.loads((FIXTURES / "spec_example.json").read_text(encoding="utf-8"))
V2 = json.loads((FIXTURES / "spec_example_v2.json").read_text(encoding="utf-8"))
# Every kind of record at once: the version 2 example with version 1's other sections.
FULL = {
    **V2,
    **{k: EXAMPLE[k] for k in ("actions", "journal", "time_logs", "concerns", "custom_prompts")},
}


def _without_stamp(doc):
    return {k: v for k, v in doc.items() if k != "exported_at"}


def test_a_version_1_file_reads_as_version_2_with_defaults(vault):
    added = interchange.import_records(vault, interchange.parse(json.dumps(EXAMPLE)))
    assert all(n == 1 for n in added.values() if n)
    exported = interchange.export(vault)
    assert exported["format"] == "supervision-desk/3"
    for kind in ("people", "cases", "sessions", "actions", "journal", "concerns"):
        for old, new in zip(EXAMPLE[kind], exported[kind], strict=True):
            assert {k: new[k] for k in old} == old  # every version 1 value as it was
    session = exported["sessions"][0]
    assert (session["status"], session["attendees"], session["learning"]) == ("held", [], "")
    assert exported["people"][0]["records_from"] is None


def test_the_version_2_spec_example_round_trips(vault):
    parsed = interchange.parse(json.dumps(FULL))
    interchange.import_records(vault, parsed)
    exported = interchange.export(vault)
    for kind in ("people", "cases", "agreements", "sessions", "case_discussions", "amendments"):
        assert exported[kind] == parsed[kind], kind
    assert exported["settings"]["points_per_fte"] == 100
    assert exported["settings"]["default_standards"]["youth_worker"] == "custom:28:60"
    again = interchange.parse(json.dumps(exported))
    assert all(again[k] == parsed[k] for k in parsed if k not in ("vault", "settings"))
    group = repos.get(vault, "sessions", "s2")
    assert (group["person"], group["attendees"], group["group_size"]) == (None, ["p1", "p2"], 5)


def test_version_1_files_may_not_carry_version_2_fields():
    doc = copy.deepcopy(EXAMPLE)
    doc["sessions"][0]["status"] = "planned"
    with pytest.raises(ValidationError) as caught:
        interchange.parse(json.dumps(doc))
    assert caught.value.path == "$.sessions[0].status"
    doc = copy.deepcopy(EXAMPLE)
    doc["agreements"] = []
    with pytest.raises(ValidationError, match="not a known section"):
        interchange.parse(json.dumps(doc))


def test_a_group_session_needs_attendees_and_a_big_enough_group(vault):
    doc = copy.deepcopy(V2)
    doc["sessions"][1]["attendees"] = []
    with pytest.raises(ValidationError) as caught:
        interchange.parse(json.dumps(doc))
    assert caught.value.path == "$.sessions[1].person"
    doc["sessions"][1]["attendees"] = ["p1", "p2"]
    doc["sessions"][1]["group_size"] = 1
    with pytest.raises(ValidationError, match="fewer than the attendees"):
        interchange.parse(json.dumps(doc))
    doc["sessions"][1]["group_size"] = 5
    doc["sessions"][1]["attendees"] = ["p1", "p9"]
    with pytest.raises(ValidationError) as caught:
        interchange.import_records(vault, interchange.parse(json.dumps(doc)))
    assert caught.value.path == "$.sessions[1].attendees"
    assert repos.select(vault, "people") == []


def test_importing_twice_adds_nothing_the_second_time(vault):
    parsed = interchange.parse(json.dumps(EXAMPLE))
    interchange.import_records(vault, parsed)
    digest = vault.digest()
    assert sum(interchange.import_records(vault, parsed).values()) == 0
    assert vault.digest() == digest


def test_same_id_with_different_content_is_an_error_not_an_overwrite(vault):
    interchange.import_records(vault, interchange.parse(json.dumps(EXAMPLE)))
    digest = vault.digest()
    changed = copy.deepcopy(EXAMPLE)
    changed["sessions"][0]["analysis"] = "Someone else's reading"
    changed["people"].append({"id": "p2", "name": "New Person", "role": "health"})
    with pytest.raises(ValidationError, match=r"different content") as caught:
        interchange.import_records(vault, interchange.parse(json.dumps(changed)))
    assert caught.value.path == "$.sessions[0]"
    assert vault.digest() == digest  # p2 was not added either: all or nothing


def test_records_may_refer_to_records_already_in_the_vault(vault):
    interchange.import_records(vault, interchange.parse(json.dumps(EXAMPLE)))
    extra = {
        "format": "supervision-desk/1",
        "sessions": [{"id": "s9", "person": "p1", "date": "2026-04-01", "minutes": 60}],
    }
    interchange.import_records(vault, interchange.parse(json.dumps(extra)))
    assert repos.get(vault, "sessions", "s9")["person"] == "p1"


def test_a_missing_reference_names_its_path(vault):
    doc = copy.deepcopy(EXAMPLE)
    doc["actions"][0]["session"] = "s404"
    with pytest.raises(ValidationError) as caught:
        interchange.import_records(vault, interchange.parse(json.dumps(doc)))
    assert caught.value.path == "$.actions[0].session"
    assert repos.select(vault, "people") == []


def test_export_without_journal_leaves_it_out(vault):
    interchange.import_records(vault, interchange.parse(json.dumps(EXAMPLE)))
    doc = interchange.export(vault, include_journal=False)
    assert "journal" not in doc
    assert "Noticed how quickly" not in json.dumps(doc)


def test_long_unicode_text_survives(vault):
    doc = copy.deepcopy(EXAMPLE)
    text = "Zoë Łukasz Ó Briain Çağla Ελένη Анастасия 🌱\n" * 30_000
    doc["sessions"][0]["analysis"] = text[:1_000_000]
    interchange.import_records(vault, interchange.parse(json.dumps(doc)))
    assert repos.get(vault, "sessions", "s1")["analysis"] == text[:1_000_000]
    doc["sessions"][0]["analysis"] = text[:1_000_001] + "x"
    with pytest.raises(ValidationError, match="longer than"):
        interchange.parse(json.dumps(doc))


# -- hypothesis: malformed files are rejected and change nothing ------------------------


def _bad_values(spec):
    low = -1 if spec.low is None else spec.low - 1
    high = 10**6 if spec.high is None else spec.high + 1
    if spec.above_low:
        low = spec.low
    by_kind = {
        "text": [5, ["x"], {"a": 1}],
        "line": ["", "   ", 5],
        "date": ["2026-02-30", "09/03/2026", 20260309, "2026-3-9"],
        "time": ["24:00", "9:00", 900],
        "week": ["2026-W54", "2026-11", 202611, "2025-W53"],
        "int": [1.5, "5", True, low, high],
        "number": ["1", True, low, high, float("nan")],
        "bool": [1, "true", None],
        "enum": ["nope", 3],
        "enums": ["support", ["nope"], [1]],
        "texts": ["x", [1], [""]],
        "standard": ["monthly", "custom:0:90", "custom:30:601"],
        "ids": ["p1", [1], [""], ["p1", "p1"]],
        "timestamp": ["2026-01-09", "yesterday", 5, "2026-01-09T16:20:00"],
        "changes": [{}, {"nope": {"from": 1, "to": 2}}, {"agenda": 1}, "x"],
        "attendance": ["x", [{"nope": 1}], [{"person": "p1", "wellbeing": 11}]],
        "months": [
            "2026-10",
            [{"month": "2026-13"}],
            [{"note": "leave"}],
            [{"month": "2026-10"}, {"month": "2026-10", "note": "leave"}],
        ],
    }
    values = list(by_kind[spec.kind])
    if not spec.nullable and None not in values:
        values.append(None)
    return values


def _mutations():
    """Every way we know to break the example, each one certain to make it invalid."""
    found = [("format", "supervision-desk/4"), ("top", "sesions"), ("truncate", None)]
    for kind, specs in SPECS.items():
        if SINCE.get(kind, 1) > interchange.VERSIONS[V2["format"]]:
            continue  # the example has no such section to break
        found.append(("unknown_key", kind))
        found.append(("duplicate", kind))
        for spec in specs:
            if spec.required:
                found.append(("drop", (kind, spec.name)))
            if spec.ref:
                found.append(("dangling", (kind, spec.name)))
            for bad in _bad_values(spec):
                found.append(("value", (kind, spec.name, bad)))
    return found


def _apply(doc, mutation):
    what, arg = mutation
    if what == "format":
        doc["format"] = arg
    elif what == "top":
        doc[arg] = []
    elif what == "unknown_key":
        doc[arg][0]["notes"] = "stray"
    elif what == "duplicate":
        doc[arg].append(copy.deepcopy(doc[arg][0]))
    elif what == "drop":
        doc[arg[0]][0].pop(arg[1], None)
    elif what == "dangling":
        doc[arg[0]][0][arg[1]] = "missing-id"
    elif what == "value":
        doc[arg[0]][0][arg[1]] = arg[2]
    return doc


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    mutations=st.lists(st.sampled_from(_mutations()), min_size=1, max_size=3),
    cut=st.floats(0.05, 0.95),
)
def test_malformed_files_are_rejected_and_change_nothing(vault, mutations, cut):
    base = copy.deepcopy(FULL)
    base["people"].append({"id": "p0", "name": "Already Here", "role": "police"})
    digest_before = vault.digest()
    doc = copy.deepcopy(base)
    for mutation in mutations:
        doc = _apply(doc, mutation)
    text = json.dumps(doc)
    if ("truncate", None) in mutations:
        text = text[: int(len(text) * cut)]
    with pytest.raises(BadInput):
        interchange.import_records(vault, interchange.parse(text))
    assert vault.digest() == digest_before


def test_names_hold_one_line_and_files_hold_no_repeated_keys(vault):
    for bad in ("Sam\nTaylor", "Sam\x00", "Sam \u202eroliaT", "\u2067Sam"):
        doc = copy.deepcopy(EXAMPLE)
        doc["people"][0]["name"] = bad
        with pytest.raises(ValidationError) as caught:
            interchange.parse(json.dumps(doc))
        assert caught.value.path == "$.people[0].name"
    doc = copy.deepcopy(EXAMPLE)
    doc["journal"][0]["title"] = "After\nthe visit"
    with pytest.raises(ValidationError, match="one line"):
        interchange.parse(json.dumps(doc))
    doc = copy.deepcopy(EXAMPLE)
    doc["sessions"][0]["analysis"] = "Two lines\nare fine in a note."
    interchange.parse(json.dumps(doc))
    repeated = json.dumps(EXAMPLE).replace('"name": "Sam Taylor"', '"name": "A", "name": "B"')
    with pytest.raises(BadInput, match="appears twice"):
        interchange.parse(repeated)
    surrogate = json.dumps(EXAMPLE).replace("Sam Taylor", "Sam \\ud800")
    with pytest.raises(ValidationError, match="not valid Unicode"):
        interchange.parse(surrogate)
    doc = copy.deepcopy(EXAMPLE)
    doc["people"][0]["\x1b[31mname"] = "x"
    with pytest.raises(ValidationError) as caught:
        interchange.parse(json.dumps(doc))
    assert "\x1b" not in str(caught.value) and "\\x1b" in str(caught.value)
    assert repos.select(vault, "people") == []


def test_a_preview_says_what_an_import_would_add_and_change_and_writes_nothing(vault):
    interchange.import_records(vault, interchange.parse(json.dumps({**FULL, "settings": {}})))
    digest, writes = vault.digest(), vault.writes
    file = copy.deepcopy(FULL)
    file["settings"] = {"points_per_fte": 120, "default_standards": {"health": "custom:14:60"}}
    file["people"].append({"id": "p9", "name": "New Person", "role": "health"})
    parsed = interchange.parse(json.dumps(file))
    shown = interchange.preview(vault, parsed)
    assert (vault.digest(), vault.writes) == (digest, writes)  # nothing kept
    assert shown.added == {**dict.fromkeys(shown.added, 0), "people": 1}
    assert shown.present == sum(parsed.counts.values()) - sum(shown.added.values()) > 0
    assert (
        "Capacity of a full-time worker",
        "100 points",
        "120 points",
    ) in shown.changes
    assert (
        "Standard for new people in Health",
        "Every 31 days, at least 60 minutes (local default)",
        "Every 14 days, at least 60 minutes (local default)",
    ) in shown.changes
    assert len(shown.changes) == 2  # what the file leaves alone is not listed
    assert shown.added == interchange.import_records(vault, parsed)  # the import agrees


def test_a_preview_of_a_file_that_cannot_be_imported_raises_as_the_import_would(vault):
    interchange.import_records(vault, interchange.parse(json.dumps(EXAMPLE)))
    digest = vault.digest()
    changed = copy.deepcopy(EXAMPLE)
    changed["sessions"][0]["analysis"] = "Someone else's reading"
    with pytest.raises(ValidationError, match=r"different content"):
        interchange.preview(vault, interchange.parse(json.dumps(changed)))
    assert vault.digest() == digest


NOT_OURS = 'is not a Supervision Desk export file (it has no "format": "supervision-desk/…" line)'


@pytest.mark.parametrize(
    "doc",
    [
        {"hello": "world"},
        {},
        {"people": []},
        {"name": "Sam", "tags": ["a"], "settings": {"x": 1}},
        {"hello": "world", "format": "someone-elses-app/4"},
        {"format": "openapi/3"},
    ],
)
def test_a_json_file_of_another_kind_is_called_that_not_given_a_json_path(tmp_path, doc):
    source = tmp_path / "other.json"
    source.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(BadInput) as caught:
        interchange.read_file(source)
    said = str(caught.value)
    assert said == f"{source} {NOT_OURS}, so nothing was imported."
    assert not isinstance(caught.value, ValidationError) and "$." not in said


@pytest.mark.parametrize(
    ("doc", "path"),
    [
        # A file of ours with a mistake keeps its precise JSON path, wherever the format is.
        ({"format": "supervision-desk/2", "hello": "world"}, "$.hello"),
        ({"hello": "world", "format": "supervision-desk/2"}, "$.hello"),
        ({"fromat": "supervision-desk/2", "people": []}, "$.fromat"),
        ({"format": "supervision-desk/9"}, "$.format"),
        ({"format": 2}, "$.format"),
        ({"format": "supervision-desk/2", "people": [{"id": "x"}]}, "$.people[0]"),
    ],
)
def test_a_file_of_ours_with_a_mistake_is_still_named_by_its_path(doc, path):
    with pytest.raises(ValidationError) as caught:
        interchange.parse(json.dumps(doc))
    assert caught.value.path.startswith(path), str(caught.value)
    assert "not a Supervision Desk export file" not in str(caught.value)
