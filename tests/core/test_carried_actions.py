"""The actions a session's record carries from earlier sessions, found through the indexes of
open and of closed actions: the same actions the whole history gives, at any age of it."""

from __future__ import annotations

import datetime as dt
import random

from supervision_desk.core import chain, repos, sessions

START = dt.date(2014, 1, 6)


def _person(vault, pid: str) -> None:
    repos.save(vault, "people", {"id": pid, "name": f"Person {pid}", "role": "social_worker"})


def _history(vault, months: int = 60, seed: int = 5) -> list[dict]:
    """Sam (p1) met monthly, a few times twice on one day and some sessions archived; actions
    agreed at most sessions, closed in a later session (or the same one, or one of Ana's, p2),
    marked done with no session named, or left open. Returns Sam's sessions, oldest first."""
    rng = random.Random(seed)
    _person(vault, "p1")
    _person(vault, "p2")
    made = []
    with vault.write():
        repos.save(
            vault, "sessions", {"id": "ana", "person": "p2", "date": "2016-05-02", "minutes": 60}
        )
        for n in range(months):
            day = START + dt.timedelta(days=30 * n)
            made.append(
                repos.save(
                    vault,
                    "sessions",
                    {
                        "id": f"s{n:03d}",
                        "person": "p1",
                        "date": day.isoformat(),
                        "minutes": 60,
                        "archived": n % 13 == 6,
                    },
                )
            )
            if n % 11 == 3:  # a second session the same day, written later
                made.append(
                    repos.save(
                        vault,
                        "sessions",
                        {"id": f"t{n:03d}", "person": "p1", "date": day.isoformat(), "minutes": 30},
                    )
                )
        for n, session in enumerate(made):
            for k in range(rng.randint(0, 3)):
                action = {
                    "id": f"a{n:03d}{k}",
                    "session": session["id"],
                    "text": f"Action {n}.{k}",
                    "due": (START + dt.timedelta(days=rng.randint(0, 2000))).isoformat()
                    if k % 2
                    else None,
                }
                fate = rng.choice(["open", "later", "later", "later", "same", "done", "ana"])
                if fate == "later" and n + 1 < len(made):
                    closer = made[min(len(made) - 1, n + rng.randint(1, 4))]["id"]
                    action.update(status=rng.choice(["done", "dropped"]), closed_in_session=closer)
                elif fate == "same":
                    action.update(status="done", closed_in_session=session["id"])
                elif fate == "ana":
                    action.update(status="done", closed_in_session="ana")
                elif fate == "done":
                    action.update(status="done")
                repos.save(vault, "actions", action)
    return made


def _by_definition(vault, session: dict) -> list[str]:
    """The carried actions worked out from every action there is, as the record defines
    them: agreed in the person's earlier kept sessions and open when this one took place
    (still open, closed in it, or closed anywhere but an earlier session)."""
    every = {s["id"]: s for s in repos.select(vault, "sessions")}
    made = dict(vault.conn.execute("SELECT id, rowid FROM sessions").fetchall())
    day, at = session["date"], made[session["id"]]

    def earlier(sid: str) -> bool:
        s = every[sid]
        before = s["date"] < day or (s["date"] == day and made[sid] < at)
        return s["person"] == session["person"] and not s["archived"] and before

    order = dict(vault.conn.execute("SELECT id, rowid FROM actions").fetchall())
    found = [
        a
        for a in repos.select(vault, "actions")
        if earlier(a["session"])
        and (
            (a["status"] == "open" and a["closed_in_session"] is None)
            or a["closed_in_session"] == session["id"]
            or (a["closed_in_session"] is not None and not earlier(a["closed_in_session"]))
        )
    ]
    found.sort(key=lambda a: (a["due"] is None, a["due"] or "", order[a["id"]]))
    return [a["id"] for a in found]


def test_each_record_carries_the_actions_its_definition_gives(vault):
    made = _history(vault)
    ways = set()
    for session in made:
        carried = sessions.carried_forward(vault, session)
        assert [a["id"] for a in carried] == _by_definition(vault, session), session["id"]
        ways |= {
            "open"
            if a["status"] == "open"
            else "closed here"
            if a["closed_in_session"] == session["id"]
            else "closed later"
            for a in carried
        }
    # The history holds every way of being carried, and the record shows each as it stood.
    assert ways == {"open", "closed here", "closed later"}
    newest = made[-1]
    agreed, carried = sessions.actions_as_of(vault, newest)
    shown = chain.snapshot(vault, newest["id"])["actions"]
    assert sorted(a["id"] for a in shown) == sorted(a["id"] for a in agreed + carried)


def test_a_record_reads_actions_only_through_the_open_and_closed_indexes(vault):
    made = _history(vault, months=96)
    ran: list[str] = []
    vault.conn.set_trace_callback(ran.append)
    try:
        found = sessions.carried_forward(vault, made[-1])
    finally:
        vault.conn.set_trace_callback(None)
    assert found
    [query] = [sql for sql in ran if "FROM actions" in sql]
    steps = [row[3] for row in vault.conn.execute(f"EXPLAIN QUERY PLAN {query}")]
    reads = [step for step in steps if "SEARCH actions" in step or "SCAN actions" in step]
    # The rows themselves by rowid once picked; the years of closed actions never read.
    assert reads and all(
        "COVERING INDEX actions_open" in step
        or "COVERING INDEX actions_closed" in step
        or "INTEGER PRIMARY KEY" in step
        for step in reads
    ), steps


def test_a_version_8_vault_gains_the_index_and_its_records_carry_the_same(
    make_vault, vault_path, monkeypatch
):
    from supervision_desk.core import schema
    from supervision_desk.core.vault import Vault
    from tests.conftest import PASSPHRASE

    with monkeypatch.context() as patch:
        patch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:8])
        old = make_vault()
        made = _history(old, months=30)
        # Worked out from every action: the way the record finds them needs the new index.
        before = {s["id"]: _by_definition(old, s) for s in made}
        old.close()
    with Vault.open(vault_path, PASSPHRASE) as vault:
        assert vault.schema_version == schema.latest_version() >= 9
        assert vault.check().ok
        names = {r[0] for r in vault.conn.execute("SELECT name FROM sqlite_master")}
        assert "actions_closed" in names
        after = {s["id"]: [a["id"] for a in sessions.carried_forward(vault, s)] for s in made}
        assert after == before and any(before.values())
    backup = vault_path.with_name(f"{vault_path.stem}.before-v{schema.latest_version()}.sdvault")
    with Vault.open(backup, PASSPHRASE, migrate=False) as kept:
        assert kept.schema_version == 8
