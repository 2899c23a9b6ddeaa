"""Every field of a session record has its place in the editor's one table of fields: what is
stored comes back unchanged through the editor, and what is typed in any text field is saved."""

from __future__ import annotations

import pytest

from supervision_desk.core import repos, sessions
from supervision_desk.core.records import SPECS
from supervision_desk.gui.session_editor import SessionEditor
from supervision_desk.gui.session_fields import FIELDS, KEPT, Text

WORDED = ("text", "line")  # the kinds of field a user writes in words


def _bound() -> set[str]:
    return {field for binding in FIELDS for field in binding.fields}


def _worded_fields() -> list[str]:
    # The id is the record's key, never shown for editing.
    return [f.name for f in SPECS["sessions"] if f.kind in WORDED and f.name != "id"]


def test_every_field_of_a_session_is_bound_or_kept_on_purpose():
    names = [f.name for f in SPECS["sessions"]]
    bound = _bound()
    assert set(_worded_fields()) <= bound
    assert {"facilitator", "confidential_note", "presenter", "person"} <= bound
    # A field the editor neither shows nor names as kept would silently go unedited.
    assert set(names) == bound | KEPT
    assert not bound & KEPT
    # Each field has one place only.
    assert sum(len(b.fields) for b in FIELDS) == len(bound)


@pytest.fixture
def team(make_vault):
    vault = make_vault()
    for pid, name in (("p1", "Sam Reid"), ("p2", "Jo Okafor"), ("p3", "Lee Chan")):
        repos.save(vault, "people", {"id": pid, "name": name, "role": "social_worker"})
    yield vault
    vault.close()


def _words(field: str) -> str:
    return f"{field}: Sam’s *first* week\n- a list item\n- “quoted” & <kept>"


def _record(vault, session_id: str, **fields) -> dict:
    worded = {
        f.name: _words(f.name) for f in SPECS["sessions"] if f.kind == "text" and not f.one_line
    }
    record = {
        "id": session_id,
        "date": "2026-03-03",
        "start": "14:30",
        "minutes": 75,
        "functions": ["support", "mediation"],
        "agreed_by_supervisor": "2026-03-04",
        "next_date": "2026-04-01",
        **worded,
        **fields,
    }
    sessions.save_record(vault, record)
    return repos.get(vault, "sessions", session_id)


@pytest.mark.parametrize(
    "fields",
    [
        {"person": "p1", "wellbeing": 6},
        {
            "kind": "group",
            "attendees": ["p2", "p1"],  # in the order of the team list, as the editor keeps it
            "group_size": 5,
            "facilitator": "Dana Hughes",  # a name typed, not someone in this vault
            "group_format": "action_learning",
            "presenter": "p2",
        },
        {"kind": "peer_group", "attendees": ["p2", "p1"], "group_size": 2, "facilitator": "p3"},
    ],
    ids=["one-to-one", "group-facilitator-typed", "group-facilitator-colleague"],
)
def test_a_stored_session_comes_back_unchanged_through_the_editor(qtbot, team, fields):
    stored = _record(team, "s1", **fields)
    assert stored["confidential_note"] == _words("confidential_note")
    editor = SessionEditor()
    qtbot.addWidget(editor)
    editor.load(team, "s1")
    collected = editor.collect()
    for name in _worded_fields():
        assert collected[name] == stored[name], name
    assert collected == stored
    # Saved from the editor, the vault holds the same record again.
    sessions.save_record(team, collected)
    assert repos.get(team, "sessions", "s1") == stored


def test_typing_in_any_text_field_is_saved(qtbot, team):
    _record(team, "s1", person="p1")
    editor = SessionEditor()
    qtbot.addWidget(editor)
    editor.load(team, "s1")
    texts = [b for b in FIELDS if isinstance(b, Text)]
    for binding in texts:
        edit = binding.widget(editor)
        edit.moveCursor(edit.textCursor().MoveOperation.End)
        qtbot.keyClicks(edit, " Typed.")
    editor.flush()
    stored = repos.get(team, "sessions", "s1")
    for binding in texts:
        (field,) = binding.fields
        assert stored[field] == _words(field) + " Typed.", field
