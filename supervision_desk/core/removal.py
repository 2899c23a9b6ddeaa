"""Deleting a session or a person with everything that belongs only to it, in a form that
can be put back (undo during the session)."""

from __future__ import annotations

from typing import Any

from . import labels, repos
from .vault import Vault

Bundle = list[tuple[str, dict[str, Any]]]


def _session_parts(vault: Vault, session_id: str) -> Bundle:
    parts: Bundle = [("sessions", repos.get(vault, "sessions", session_id))]
    parts += [("actions", a) for a in repos.select(vault, "actions", "session = ?", (session_id,))]
    # Records that only point at the session are kept; undo restores the pointer.
    parts += [
        ("actions", a)
        for a in repos.select(
            vault, "actions", "closed_in_session = ? AND session != ?", (session_id, session_id)
        )
    ]
    parts += [("journal", j) for j in repos.select(vault, "journal", "session = ?", (session_id,))]
    for kind in ("case_discussions", "amendments"):
        parts += [(kind, r) for r in repos.select(vault, kind, "session = ?", (session_id,))]
    return parts


def remove_session(vault: Vault, session_id: str) -> Bundle:
    bundle = _session_parts(vault, session_id)
    repos.delete(vault, "sessions", session_id)
    return bundle


def remove_person(vault: Vault, person_id: str) -> Bundle:
    """Delete a person and every record about them (cases, sessions, logs, concerns)."""
    bundle: Bundle = [("people", repos.get(vault, "people", person_id))]
    with vault.write():
        for kind in ("cases", "agreements", "time_logs", "concerns"):
            bundle += [(kind, r) for r in repos.select(vault, kind, "person = ?", (person_id,))]
        for session in repos.select(vault, "sessions", "person = ?", (person_id,)):
            bundle += _session_parts(vault, session["id"])[1:]
            bundle.insert(1, ("sessions", session))
            repos.delete(vault, "sessions", session["id"])
        # Group sessions they attended stay for the others, without them (undo puts them back).
        for session in repos.select(
            vault,
            "sessions",
            "id IN (SELECT session FROM session_attendees WHERE person = ?)",
            (person_id,),
        ):
            bundle.append(("sessions", session))
            others = [p for p in session["attendees"] if p != person_id]
            if others:
                repos.save(vault, "sessions", {**session, "attendees": others})
            else:
                bundle += _session_parts(vault, session["id"])[1:]
                repos.delete(vault, "sessions", session["id"])
        for discussion in repos.select(
            vault,
            "case_discussions",
            '"case" IN (SELECT id FROM cases WHERE person = ?)',
            (person_id,),
        ):
            bundle.append(("case_discussions", discussion))
            repos.delete(vault, "case_discussions", discussion["id"])
        for kind in ("cases", "agreements", "concerns"):
            for record in repos.select(vault, kind, "person = ?", (person_id,)):
                repos.delete(vault, kind, record["id"])
        for log in repos.select(vault, "time_logs", "person = ?", (person_id,)):
            repos.delete(vault, "time_logs", log["person"], log["week"])
        repos.delete(vault, "people", person_id)
    return bundle


def restore(vault: Vault, bundle: Bundle) -> None:
    """Put back what a removal took away, parents first, in one transaction."""
    from .records import ORDER

    with vault.write():
        for kind in ORDER:
            for record_kind, record in bundle:
                if record_kind == kind:
                    repos.save(vault, kind, record)


def describe_session(vault: Vault, session_id: str) -> str:
    """What deleting a session takes with it, in words for the confirmation."""
    session = repos.get(vault, "sessions", session_id)
    if session["person"]:
        who = repos.get(vault, "people", session["person"])["name"]
    else:
        who = labels.count(len(session["attendees"]), "attendee")
    parts = _session_parts(vault, session_id)
    own = sum(1 for kind, a in parts if kind == "actions" and a["session"] == session_id)
    closed = sum(1 for kind, a in parts if kind == "actions" and a["session"] != session_id)
    text = (
        f"the {labels.KIND[session['kind']].lower()} session of "
        f"{labels.long_date(session['date'])} with {who}"
    )
    if own:
        text += f" and the {labels.count(own, 'action')} agreed in it"
    if closed:
        text += f"; {labels.count(closed, 'earlier action')} closed in it will be open again"
    return text


def describe_person(vault: Vault, person_id: str) -> str:
    person = repos.get(vault, "people", person_id)
    counts = []
    for kind, word in (
        ("sessions", "session"),
        ("cases", "case"),
        ("concerns", "workload concern"),
    ):
        n = len(repos.select(vault, kind, "person = ?", (person_id,)))
        if n:
            counts.append(labels.count(n, word))
    every = f" and every record about them ({', '.join(counts)})" if counts else ""
    return f"{person['name']}{every}"
