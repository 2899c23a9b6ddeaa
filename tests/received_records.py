"""Two real vaults, Alex the supervisor's and Sam the practitioner's, paired, and the records
that travel between them, made through the exchange files as the two desks make them: for
the tests of the practitioner's desk (core and app). Not fixtures: each test says which."""

from __future__ import annotations

from pathlib import Path

from supervision_desk.core import agreed, exchange, identity, repos, sessions

LEARNING = "Naming the pull factors with YP-0932 first changed how I plan a move."
AMENDED = "The move cut her off from her friends."


def make_desks(make_vault, folder: Path):
    """Alex's vault (Sam, a case, a session of 9 March with it discussed) and Sam's own
    practitioner vault, paired both ways with the fingerprints compared."""
    boss = make_vault(folder / "alex.sdvault", owner="Alex Morgan", role="first_line_manager")
    sam = make_vault(folder / "sam.sdvault", owner="Sam Taylor", mode="practitioner")
    repos.save(boss, "people", {"id": "p1", "name": "Sam Taylor", "role": "social_worker"})
    sessions.ensure_self(sam)
    boss_card, sam_card = folder / "alex.contact", folder / "sam.contact"
    exchange.write_contact(boss, boss_card)
    exchange.write_contact(sam, sam_card)
    exchange.add_contact(boss, sam_card, "p1", identity.load(sam).fingerprint)
    exchange.add_contact(sam, boss_card, "me", identity.load(boss).fingerprint)
    repos.save(
        boss,
        "cases",
        {
            "id": "c1",
            "person": "p1",
            "reference": "YP-0932",
            "label": "K.D.",
            "weight": 3,
            "allocated": "2026-01-05",
        },
    )
    repos.save(
        boss,
        "sessions",
        {
            "id": "s1",
            "person": "p1",
            "date": "2026-03-09",
            "minutes": 75,
            "agenda": "The move for YP-0932",
            "learning": LEARNING,
        },
    )
    repos.save(
        boss,
        "case_discussions",
        {"id": "d1", "session": "s1", "case": "c1", "discussion": "K.D. and the move."},
    )
    return boss, sam


def received_for_agreement(boss, sam, folder: Path, session_id: str = "s1") -> None:
    out = folder / f"{session_id}.sdx"
    exchange.send(boss, session_id, out)
    exchange.receive(sam, out)


def agreed_and_sealed(boss, sam, folder: Path) -> None:
    """Sam agrees the record of 9 March with a comment; Alex's desk seals it and sends the
    sealed copy back."""
    received_for_agreement(boss, sam, folder)
    reply = folder / "s1-reply.sdx"
    exchange.agree(sam, "s1", reply, comments="A fair record of it.")
    exchange.receive(boss, reply)
    sealed = folder / "s1-sealed.sdx"
    assert exchange.send(boss, "s1", sealed).kind == "sealed"
    exchange.receive(sam, sealed)


def amendment_sent(boss, sam, folder: Path) -> None:
    """The sealed record amended at the supervisor's desk, and version 2 received here."""
    sealed = repos.get(boss, "sessions", "s1")
    agreed.amend(
        boss, {**sealed, "analysis": AMENDED}, by="supervisor", reason="Left out the move's effect."
    )
    out = folder / "s1-v2.sdx"
    assert exchange.send(boss, "s1", out).number == 2
    exchange.receive(sam, out)


def two_records_with_actions(boss, sam, folder: Path) -> None:
    """9 March, agreed and sealed, agreed two actions; 16 March, awaiting agreement, closed
    the first as done and agreed a third."""
    for aid, text, due in (
        ("a1", "Ask the school for the exclusion letter", "2026-03-13"),
        ("a2", "Book the family meeting", "2026-03-27"),
    ):
        repos.save(boss, "actions", {"id": aid, "session": "s1", "text": text, "due": due})
    agreed_and_sealed(boss, sam, folder)
    repos.save(
        boss,
        "sessions",
        {"id": "s2", "person": "p1", "date": "2026-03-16", "minutes": 60, "agenda": "The visit"},
    )
    sessions.close_action(boss, "a1", "s2")
    repos.save(
        boss,
        "actions",
        {"id": "a3", "session": "s2", "text": "Write to the virtual school head", "owner": "both"},
    )
    received_for_agreement(boss, sam, folder, "s2")
