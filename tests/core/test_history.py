"""A person's supervision read only as far as a view shows it: page by page it is the whole
list, and the figures worked out from the few sessions read are those the whole history
gives. Old history changes nothing in a row of this year's figures."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random

from supervision_desk.core import clock, history, my_supervision, repos, sessions, team, tracker
from supervision_desk.core import wellbeing as checks
from supervision_desk.core.balance import balance

TODAY = dt.date(2026, 3, 20)
KINDS = ["one_to_one"] * 6 + ["ad_hoc"]


def _person(vault, pid: str, standard: str = "lga_monthly", started: str = "2008-01-07"):
    repos.save(
        vault,
        "people",
        {
            "id": pid,
            "name": f"Person {pid}",
            "role": "social_worker",
            "started_role": started,
            "supervision_standard": standard,
        },
    )


def _long_history(vault, years: int = 11, seed: int = 3) -> None:
    """Sam (p1) with a session about every month for ``years`` years: some archived, a few
    held twice on one day, planned ones never answered (one years ago), check-ins on most;
    and a group that Sam and Ana (p2) attend, with their own check-ins."""
    rng = random.Random(seed)
    _person(vault, "p1")
    _person(vault, "p2")
    start = TODAY - dt.timedelta(days=365 * years)
    with vault.write():
        for n in range(12 * years):
            day = start + dt.timedelta(days=30 * n + rng.randint(0, 6))
            status = "planned" if n in (17, 12 * years - 3) else "held"
            repos.save(
                vault,
                "sessions",
                {
                    "id": f"s{n:03d}",
                    "person": "p1",
                    "date": day.isoformat(),
                    "minutes": rng.choice([45, 60, 90]),
                    "kind": rng.choice(KINDS),
                    "status": status,
                    "agenda": "" if n % 3 else f"Agenda {n}\nmore",
                    "attunement": f"Attunement {n}" if n % 2 else "",
                    "analysis": f"Analysis {n}. " * 40,
                    "functions": rng.sample(["support", "development", "management"], 1),
                    "wellbeing": None if n % 4 == 1 else rng.randint(1, 10),
                    "archived": n % 9 == 4,
                },
            )
            if n % 10 == 5:  # a second session the same day, written later
                repos.save(
                    vault,
                    "sessions",
                    {
                        "id": f"t{n:03d}",
                        "person": "p1",
                        "date": day.isoformat(),
                        "minutes": 30,
                        "kind": "ad_hoc",
                        "analysis": "A quick word.",
                    },
                )
        for n in range(years * 4):
            day = start + dt.timedelta(days=91 * n + 10)
            repos.save(
                vault,
                "sessions",
                {
                    "id": f"g{n:03d}",
                    "person": None,
                    "attendees": ["p1", "p2"],
                    "date": day.isoformat(),
                    "minutes": 120,
                    "kind": "group",
                    "analysis": f"Group {n}.",
                    "attendance": [
                        {"person": "p1", "agreed": None, "wellbeing": 2 + n % 7},
                        {"person": "p2", "agreed": None, "wellbeing": None},
                    ],
                    "archived": n % 11 == 3,
                },
            )


def _all_pages(vault, pid: str, limit: int) -> list[list[dict]]:
    pages, after = [], None
    while True:
        found, after = history.page(vault, pid, after=after, limit=limit)
        pages.append(found)
        if after is None:
            return pages


def test_page_by_page_the_list_is_the_whole_history_newest_first(vault):
    _long_history(vault)
    whole = my_supervision.history(vault, "p1")  # every session, with its notes
    assert len(whole) > 2 * history.PAGE
    pages = _all_pages(vault, "p1", history.PAGE)
    assert [len(p) for p in pages[:-1]] == [history.PAGE] * (len(pages) - 1)
    listed = [s for p in pages for s in p]
    assert [s["id"] for s in listed] == [s["id"] for s in whole]
    assert history.count(vault, "p1") == len(whole)
    # Each line shows what the full record would: the start of its first written section.
    for short, full in zip(listed, whole, strict=True):
        assert history.opening(short) == history.opening(full)[:300]
        assert (short["date"], short["kind"], short["minutes"], short["status"]) == (
            full["date"],
            full["kind"],
            full["minutes"],
            full["status"],
        )
    # Small pages meet every day held twice at their edges, and miss nothing.
    small = [s["id"] for p in _all_pages(vault, "p1", 7) for s in p]
    assert small == [s["id"] for s in whole]
    # Ana sees only the group sessions she attended, archived ones left out.
    assert [s["id"] for s in history.page(vault, "p2")[0]] == [
        s["id"] for s in sessions.for_person(vault, "p2")
    ][: history.PAGE]


def test_the_check_ins_and_the_balance_are_those_of_the_whole_history(vault):
    _long_history(vault)
    clock.set_today(TODAY)
    try:
        whole = my_supervision.history(vault, "p1")
        for pid in ("p1", "p2"):
            full = checks.series(my_supervision.history(vault, pid), pid)
            assert history.check_ins(vault, pid, TODAY) == full[-6:]
            assert checks.describe(history.check_ins(vault, pid, TODAY)) == checks.describe(full)
        # A day with no check-in since: the older ones are still found.
        assert (
            history.check_ins(vault, "p1", dt.date(2016, 1, 1))
            == (checks.series([s for s in whole if s["date"] <= "2016-01-01"], "p1")[-6:])
        )
        newest = history.newest_held(vault, "p1")
        assert [s["id"] for s in newest] == [s["id"] for s in whole if s["status"] == "held"][:6]
        assert balance(newest) == balance([s for s in whole if s["status"] == "held"])
    finally:
        clock.set_today(None)


def _figures(row: tracker.Row) -> dict:
    standing = dataclasses.asdict(row.standing)
    standing.pop("short_sessions")  # listed from the window only (see history.for_figures)
    standing["last"] = row.standing.last and row.standing.last["id"]
    return {
        "standing": standing,
        "flags": row.flags,
        "months": [dataclasses.astuple(m) for m in row.months],
        "figures": [f.value(row) for f in team.TRACKER],
        "trend": row.trend,
        "planned": [s["id"] for s in row.planned],
        "unconfirmed": [s["id"] for s in row.unconfirmed],
        "held_any": row.held_any,
    }


def test_a_row_from_the_few_sessions_read_equals_the_row_from_the_whole_history(vault):
    _long_history(vault)
    _person(vault, "p3", standard="bacp_monthly")
    repos.save(vault, "sessions", {"id": "b1", "person": "p3", "date": "2019-05-02", "minutes": 90})
    # Kai's supervision stopped years ago: the schedule still runs from the last one-to-one.
    _person(vault, "p4", started="2012-03-01")
    for n in range(40):
        repos.save(
            vault,
            "sessions",
            {
                "id": f"k{n:02d}",
                "person": "p4",
                "date": (dt.date(2018, 1, 9) + dt.timedelta(days=30 * n)).isoformat(),
                "minutes": 60,
                "kind": "ad_hoc" if n in (0, 39) else "one_to_one",
            },
        )
    for today in (TODAY, dt.date(2025, 2, 11), dt.date(2019, 6, 30), dt.date(2017, 1, 2)):
        settings = team.settings_of(vault)
        since = tracker.window_start(today, settings)
        for pid in ("p1", "p2", "p3", "p4"):
            whole = team.records_of(vault, pid)  # every session and case, with the notes
            full = tracker.row(
                whole.person,
                whole.cases,
                whole.sessions,
                whole.logs,
                whole.concerns,
                today,
                settings,
                whole.agreements,
            )
            few = history.for_figures(vault, pid, today, since)
            assert pid in ("p3", "p4") or len(few) < len(whole.sessions) / 2
            shown = tracker.row(
                whole.person,
                whole.cases,
                few,
                whole.logs,
                whole.concerns,
                today,
                settings,
                whole.agreements,
            )
            assert _figures(shown) == _figures(full), (pid, today)
    # The old planned session nobody answered is still asked about, years later.
    [row] = [r for r in team.rows(vault, TODAY) if r.person["id"] == "p1"]
    assert "s017" in [s["id"] for s in row.unconfirmed]


def _recent(vault) -> None:
    """Two years of monthly sessions and cases, up to today."""
    _person(vault, "p1", started="2009-09-01")
    start = TODAY - dt.timedelta(days=730)
    for n in range(24):
        day = start + dt.timedelta(days=30 * n + 3)
        repos.save(
            vault,
            "sessions",
            {
                "id": f"r{n:02d}",
                "person": "p1",
                "date": day.isoformat(),
                "minutes": 60 + 15 * (n % 3),
                "kind": "one_to_one" if n % 5 else "ad_hoc",
                "analysis": "Recent notes.",
            },
        )
        repos.save(
            vault,
            "cases",
            {
                "id": f"c{n:02d}",
                "person": "p1",
                "reference": f"YP-{n:02d}",
                "weight": 1 + n % 5,
                "allocated": day.isoformat(),
                "closed": (day + dt.timedelta(days=200)).isoformat() if n % 2 else None,
            },
        )


def test_the_twelve_months_are_the_same_with_fifteen_year_old_history(make_vault, tmp_path):
    recent = make_vault(tmp_path / "recent.sdvault")
    longer = make_vault(tmp_path / "longer.sdvault")
    for vault in (recent, longer):
        _recent(vault)
    # Thirteen more years in one of them, fifteen to two years back: sessions and cases,
    # long since closed.
    for n in range(13 * 12):
        day = TODAY - dt.timedelta(days=365 * 15) + dt.timedelta(days=30 * n)
        repos.save(
            longer,
            "sessions",
            {
                "id": f"o{n:03d}",
                "person": "p1",
                "date": day.isoformat(),
                "minutes": 90,
                "kind": "one_to_one",
                "analysis": "Old notes. " * 200,
            },
        )
        repos.save(
            longer,
            "cases",
            {
                "id": f"oc{n:03d}",
                "person": "p1",
                "reference": f"OLD-{n:03d}",
                "weight": 7,
                "allocated": day.isoformat(),
                "closed": (day + dt.timedelta(days=60)).isoformat(),
            },
        )
    assert len(sessions.for_person(longer, "p1")) == 24 + 13 * 12
    [before] = team.rows(recent, TODAY)
    [after] = team.rows(longer, TODAY)
    assert _figures(after) == _figures(before)
    assert any(m.minutes for m in after.months) and any(m.caseload for m in after.months)
    recent.close()
    longer.close()


def test_a_version_7_vault_gains_the_indexes_and_lists_the_same(
    make_vault, vault_path, monkeypatch
):
    from supervision_desk.core import schema
    from supervision_desk.core.vault import Vault
    from tests.conftest import PASSPHRASE

    with monkeypatch.context() as patch:
        patch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:7])
        old = make_vault()
        _long_history(old, years=4)
        before = [s["id"] for s in sessions.for_person(old, "p1")]
        old.close()
    with Vault.open(vault_path, PASSPHRASE) as vault:
        assert vault.schema_version == schema.latest_version() >= 8
        assert vault.check().ok
        names = {r[0] for r in vault.conn.execute("SELECT name FROM sqlite_master")}
        assert {"sessions_kept", "sessions_kept_id", "sessions_kept_date", "actions_open"} <= names
        listed = [s["id"] for p in _all_pages(vault, "p1", history.PAGE) for s in p]
        assert listed == before and len(before) > history.PAGE
        assert history.count(vault, "p1") == len(before)
    backup = vault_path.with_name(f"{vault_path.stem}.before-v{schema.latest_version()}.sdvault")
    with Vault.open(backup, PASSPHRASE, migrate=False) as kept:
        assert kept.schema_version == 7
