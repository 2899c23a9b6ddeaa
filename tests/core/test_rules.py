"""Rules that live in core so the app, the command line and imports obey them alike: labels
for every choice, typed settings, dates as people type them, case and concern commands, the
one clock, drafts, and what a deletion takes with it."""

from __future__ import annotations

import datetime as dt

import pytest

from supervision_desk.core import (
    cases,
    clock,
    concerns,
    dates,
    drafts,
    labels,
    preferences,
    removal,
    repos,
    schedule,
    sessions,
)
from supervision_desk.core.errors import ValidationError


def test_every_choice_of_every_enumeration_has_a_label():
    for name, (choices, shown) in labels.ENUMERATIONS.items():
        missing = [c for c in choices if not shown.get(c, "").strip()]
        assert missing == [], f"{name}: {missing}"
        assert set(shown) == set(choices), f"{name} labels a choice that does not exist"


def test_custom_standards_read_in_words():
    assert labels.standard("custom:28:60") == "Every 28 days, at least 60 minutes (local default)"
    assert labels.standard("lga_monthly").startswith("LGA")


def test_validation_messages_name_the_field_as_a_person_would():
    with pytest.raises(ValidationError) as found:
        dates.parse("next week", "actions.due")
    assert labels.message(found.value) == (
        "Due date: “next week” is not a date; write it like 3/8/2026, 3 Aug 2026 or 2026-08-03"
    )
    empty = ValidationError("$.people[3].name", "must not be empty")
    assert labels.message(empty) == "Enter a name or initials."


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("2026-08-03", "2026-08-03"),
        ("3/8/2026", "2026-08-03"),
        ("03.08.26", "2026-08-03"),
        ("3 Aug 2026", "2026-08-03"),
        ("3rd August 2026", "2026-08-03"),
        ("  29 feb 2028 ", "2028-02-29"),
    ],
)
def test_dates_typed_the_uk_way(typed, meant):
    assert dates.parse(typed).isoformat() == meant


@pytest.mark.parametrize("typed", ["next week", "31/2/2026", "2026-13-01", "Aug 3 2026", "3/8"])
def test_dates_that_are_not_dates_are_refused_with_a_hint(typed):
    with pytest.raises(ValidationError) as found:
        dates.parse(typed, "actions.due")
    assert found.value.path == "actions.due"
    assert "2026" in found.value.problem or "no such day" in found.value.problem


class Store(dict):
    def value(self, key, default=None):
        return self.get(key, default)

    def setValue(self, key, value):
        self[key] = value


def test_a_bad_setting_falls_back_to_its_default(caplog):
    store = Store({"lock/idle_minutes": "abc", "view/theme": "purple", "view/text_size": "400"})
    assert preferences.read(store, "lock/idle_minutes") == 5
    assert preferences.read(store, "view/theme") == "system"
    assert preferences.read(store, "view/text_size") == 100
    assert "lock/idle_minutes" in caplog.text
    store["lock/idle_minutes"] = "12"  # an ini file gives text back
    assert preferences.read(store, "lock/idle_minutes") == 12
    with pytest.raises(ValueError):
        preferences.write(store, "lock/idle_minutes", 0)
    assert store["lock/idle_minutes"] == "12"


def test_the_clock_can_be_set_and_everything_asks_it():
    person = {"supervision_standard": "lga_monthly", "started_role": None}
    session = {"person": "p", "date": "2026-01-10", "minutes": 90, "kind": "one_to_one"}
    try:
        clock.set_today(dt.date(2026, 3, 1))
        assert clock.today() == dt.date(2026, 3, 1)
        assert schedule.next_due(person, [session])[0] == dt.date(2026, 2, 10)
    finally:
        clock.set_today(None)
    assert clock.today() == dt.date.today()


@pytest.fixture
def team(vault):
    repos.save(vault, "people", {"id": "p1", "name": "Sam", "role": "social_worker"})
    return vault


def test_a_case_is_allocated_with_its_reason_and_closed_after_it_began(team):
    record = {"person": "p1", "reference": "YP-1", "weight": 5, "allocated": "2026-02-01"}
    with pytest.raises(ValidationError) as found:
        cases.allocate(team, {**record, "allocation_rationale": "   "})
    assert found.value.path == "cases.allocation_rationale"
    case = cases.allocate(team, {**record, "allocation_rationale": " Complex. "})
    assert case["allocation_rationale"] == "Complex."
    with pytest.raises(ValidationError, match="before it was allocated"):
        cases.close(team, case["id"], dt.date(2026, 1, 31))
    assert repos.get(team, "cases", case["id"])["closed"] is None
    assert cases.close(team, case["id"], dt.date(2026, 3, 1))["closed"] == "2026-03-01"
    with pytest.raises(ValidationError, match="already closed"):
        cases.close(team, case["id"], dt.date(2026, 3, 2))


def test_a_concern_needs_words_and_a_resolution_says_what_was_done(team):
    base = {"person": "p1", "date": "2026-03-01", "raised_by": "supervisee"}
    with pytest.raises(ValidationError) as found:
        concerns.save(team, {**base, "text": "  "})
    assert labels.message(found.value) == "Describe the concern."
    concern = concerns.save(team, {**base, "text": "Too many cases."})
    with pytest.raises(ValidationError) as found:
        concerns.save(team, {**concern, "status": "resolved"})
    assert found.value.path == "concerns.outcome"
    assert repos.get(team, "concerns", concern["id"])["status"] == "open"


def test_actions_from_a_form_take_typed_dates_and_need_words(team):
    repos.save(team, "sessions", {"id": "s1", "person": "p1", "date": "2026-03-01", "minutes": 90})
    saved = sessions.save_action(team, "s1", {"text": " Call ", "owner": "", "due": "3/8/2026"})
    assert (saved["text"], saved["owner"], saved["due"]) == ("Call", "supervisee", "2026-08-03")
    with pytest.raises(ValidationError) as found:
        sessions.save_action(team, "s1", {"text": "", "due": ""})
    assert found.value.path == "actions.text"
    with pytest.raises(ValidationError):  # import obeys the same rule
        repos.save(team, "actions", {"session": "s1", "text": "   "})


def test_drafts_are_kept_in_the_vault_and_forgotten_when_empty(team):
    drafts.keep(team, "actions:s1", [{"text": "x", "due": "soon"}])
    assert drafts.load(team, "actions:s1") == [{"text": "x", "due": "soon"}]
    drafts.keep(team, "actions:s1", [])
    assert drafts.load(team, "actions:s1") == []
    assert not [k for k in team.meta() if k.startswith("draft:")]


def test_deleting_a_session_reopens_what_it_closed_and_undo_restores_it(team):
    for sid, day in (("s1", "2026-02-01"), ("s2", "2026-03-01")):
        repos.save(team, "sessions", {"id": sid, "person": "p1", "date": day, "minutes": 90})
    repos.save(team, "actions", {"id": "a1", "session": "s1", "text": "Ring school"})
    sessions.close_action(team, "a1", "s2", "done")
    assert "1 earlier action closed in it will be open again" in removal.describe_session(
        team, "s2"
    )
    bundle = removal.remove_session(team, "s2")
    action = repos.get(team, "actions", "a1")
    assert (action["status"], action["closed_in_session"]) == ("open", None)
    removal.restore(team, bundle)
    action = repos.get(team, "actions", "a1")
    assert (action["status"], action["closed_in_session"]) == ("done", "s2")


def test_deleting_a_person_says_what_goes_with_them(team):
    repos.save(team, "sessions", {"id": "s1", "person": "p1", "date": "2026-02-01", "minutes": 90})
    assert removal.describe_person(team, "p1") == "Sam and every record about them (1 session)"


def test_wellbeing_over_time_flags_a_fall_of_three_or_a_low_score_gently():
    from supervision_desk.core import wellbeing

    def held(*scores):
        return [
            {"date": f"2026-0{n + 1}-01", "wellbeing": s, "status": "held"}
            for n, s in enumerate(scores)
        ]

    assert wellbeing.flag(wellbeing.series(held(7, 6, 6))) is None
    assert "fell by 3" in wellbeing.flag(wellbeing.series(held(7, 6, 4)))
    assert "fell by 4" in wellbeing.flag(wellbeing.series(held(8, 6, 4)))  # across two sessions
    assert "at 3 of 10" in wellbeing.flag(wellbeing.series(held(3, 3, 3)))
    planned = [{"date": "2026-05-01", "wellbeing": 1, "status": "planned"}]
    assert wellbeing.series(held(7) + planned) == [("2026-01-01", 7)]
    assert wellbeing.describe(wellbeing.series(held(7, 6, 4))).startswith(
        "Wellbeing check-ins: 7 → 6 → 4"
    )
