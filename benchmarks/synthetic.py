"""A synthetic vault with years of realistic history, written through ``core`` like the app.

For five years: 40 people, about 2,400 sessions of 200-2,000 words across the four sections,
10,000 actions, 3,000 journal entries, 1,500 cases and weekly time logs. Everything scales with
the number of years and is the same for the same seed.
"""

from __future__ import annotations

import datetime as dt
import itertools
import random
import re
from pathlib import Path

from supervision_desk.core import kdf, prompts, repos
from supervision_desk.core.records import FUNCTIONS, ROLES, SESSION_CAPACITIES
from supervision_desk.core.vault import Vault

PASSPHRASE = "benchmark harbour lantern 42 walnut"
END = dt.date(2026, 3, 20)

# Ordinary words of supervision conversations, to make text that searches like real notes.
VOCABULARY = """
young person visit home school placement trust worried tired angry hopeful friend group peer
mother father carer grandmother brother sister police youth offending court custody release
exclusion college training missing episode exploitation county lines knife threat safety plan
relationship meeting review strategy assessment risk strength plan action referral housing
health mental sleep food money debt phone social media online bus station park shop estate
evening weekend late curfew contact consistent collaborate relocate move area return worker
manager supervisor supervision reflection feelings overwhelmed calm steady listened heard
noticed wondered analysis formulation hypothesis pattern push pull factor community coach
football music studio mentor youth club library cafe gym walk drive call text message
agreed decided allocated capacity workload caseload recording deadline leave sickness stress
""".split()
FIRST = (
    "Sam Alex Jordan Priya Tomasz Aoife Mehmet Eleni Olga Kwame Fatima Liam Zoë Chen Ana "
    "Dmitri Grace Yusuf Niamh Callum Amara Bartosz Sofia Hamza Ines Ruth Kofi Maja Lewis "
    "Ayesha Conor Leila Piotr Siobhán Tariq Hannah Osman Freya Marek Efe".split()
)
LAST = (
    "Taylor Morgan Khan Kowalski Ó Briain Yilmaz Papadopoulou Ivanova Mensah Ali Murphy "
    "Wei Silva Ćwik Okafor Nowak Hughes Hassan Patel Evans".split()
)


FUNCTION_WORDS = """
the and to of a in that i it was he she they we you is for on with at not but have had be
his her their this about what so as from there when if or no were then would could all
""".split()


def _lexicon() -> tuple[list[str], list[float]]:
    """Words with Zipf-like weights, as in real writing: a few very common, most rare. The
    content words come from the prompt library's own text and the list above."""
    seen = dict.fromkeys(FUNCTION_WORDS)
    for card in prompts.library():
        for text in [card.scenario, *(p.text for p in card.prompts)]:
            seen.update(dict.fromkeys(w.lower() for w in re.findall(r"[A-Za-z]{3,}", text)))
    seen.update(dict.fromkeys(VOCABULARY))
    ordered = list(seen)
    tail = ordered[len(FUNCTION_WORDS) :]
    random.Random(11).shuffle(tail)  # which content word is common is chance, not design
    ordered = [*FUNCTION_WORDS, *tail]
    weights = [1.0 / (rank + 1) for rank in range(len(ordered))]
    return ordered, list(itertools.accumulate(weights))


LEXICON, CUMULATIVE = _lexicon()
CONTENT_WORDS = LEXICON[len(FUNCTION_WORDS) :]


def words(rng: random.Random, count: int) -> str:
    out, sentence = [], []
    for word in rng.choices(LEXICON, cum_weights=CUMULATIVE, k=count):
        sentence.append(word)
        if len(sentence) >= rng.randint(6, 16):
            out.append(" ".join(sentence).capitalize() + ".")
            sentence = []
    if sentence:
        out.append(" ".join(sentence).capitalize() + ".")
    return " ".join(out)


# How many of the actions that would be open are still open, by how long ago they were agreed.
# Each record carries the open actions of the sessions before it, so a supervisor sees them
# every month: most are done or dropped within the year, a few linger into the next, and none
# is left open for years. (A record that never closes any is a test of its own: see
# tests/core/test_summary_actions.py.)
STILL_OPEN = (
    (dt.timedelta(days=91), 1.0),
    (dt.timedelta(days=365), 0.25),
    (dt.timedelta(days=730), 0.05),
)


def _status(rng: random.Random, closing: random.Random, age: dt.timedelta) -> str:
    """An action's status today: one in five open when just agreed, fewer as it ages."""
    status = rng.choice(["open", "done", "done", "done", "dropped"])
    if status != "open":
        return status
    kept = next((share for within, share in STILL_OPEN if age <= within), 0.0)
    if closing.random() < kept:
        return "open"
    return closing.choice(["done", "done", "done", "dropped"])


def build(path: Path, years: int = 5, seed: int = 2026, people: int = 40) -> dict[str, int]:
    """Write the vault (fast test profile: the key derivation is measured on its own)."""
    rng = random.Random(seed)
    start = END - dt.timedelta(days=365 * years)
    counts = dict.fromkeys(("people", "sessions", "actions", "journal", "cases", "time_logs"), 0)
    vault = Vault.create(
        path, PASSPHRASE, owner="Benchmark Manager", role="first_line_manager", profile=kdf.FAST
    )
    try:
        with vault.write():
            # Whether an old action is still open is drawn apart, so every other record is
            # the one the same seed always gave.
            _fill(vault, rng, random.Random(seed + 1), start, years, people, counts)
        vault.compact()
    finally:
        vault.close()
    counts["bytes"] = path.stat().st_size
    return counts


def _fill(
    vault: Vault,
    rng: random.Random,
    closing: random.Random,
    start: dt.date,
    years: int,
    people: int,
    counts: dict[str, int],
) -> None:
    days = (END - start).days
    session_ids: list[tuple[str, str]] = []
    agreed_on: dict[str, dt.date] = {}
    for p in range(people):
        pid = f"p{p:03d}"
        repos.save(
            vault,
            "people",
            {
                "id": pid,
                "name": f"{FIRST[p % len(FIRST)]} {LAST[p % len(LAST)]}",
                "role": ROLES[p % 7],
                "fte": rng.choice([1.0, 1.0, 0.8, 0.6]),
                "started_role": (start - dt.timedelta(days=rng.randint(0, 900))).isoformat(),
                "newly_qualified": p % 10 == 0,
                "supervision_standard": "lga_newly_qualified" if p % 10 == 0 else "lga_monthly",
            },
        )
        counts["people"] += 1
        # About 12 sessions a year each: 2,400 over five years for 40 people.
        sessions = 12 * years
        for n in range(sessions):
            date = start + dt.timedelta(days=int(days * (n + rng.random()) / sessions))
            sid = f"{pid}-s{n:03d}"
            total = rng.randint(200, 2000)
            split = sorted(rng.sample(range(1, total), 3))
            sizes = [a - b for a, b in zip([*split, total], [0, *split], strict=True)]
            record = {
                "id": sid,
                "person": pid,
                "date": date.isoformat(),
                "start": "10:00",
                "minutes": rng.choice([60, 90, 90, 90, 120]),
                "kind": rng.choice(["one_to_one"] * 8 + ["group", "ad_hoc"]),
                "agenda": words(rng, 12),
                "functions": rng.sample(list(FUNCTIONS), rng.randint(1, 4)),
                "wellbeing": rng.randint(3, 9),
                "next_date": (date + dt.timedelta(days=30)).isoformat(),
            }
            for capacity, size in zip(SESSION_CAPACITIES, sizes, strict=True):
                record[capacity] = words(rng, size)
            repos.save(vault, "sessions", record)
            session_ids.append((sid, pid))
            agreed_on[sid] = date
            counts["sessions"] += 1
        for c in range(int(7.5 * years)):
            allocated = start + dt.timedelta(days=rng.randint(0, days - 1))
            closed = allocated + dt.timedelta(days=rng.randint(30, 400))
            repos.save(
                vault,
                "cases",
                {
                    "id": f"{pid}-c{c:03d}",
                    "person": pid,
                    "reference": f"YP-{p:02d}{c:03d}",
                    "label": f"{chr(65 + c % 26)}.{chr(65 + p % 26)}.",
                    "weight": rng.randint(1, 10),
                    "allocated": allocated.isoformat(),
                    "closed": closed.isoformat() if closed < END else None,
                    "allocation_rationale": words(rng, 25),
                },
            )
            counts["cases"] += 1
        week = start - dt.timedelta(days=start.weekday())
        while week <= END:
            iso = week.isocalendar()
            repos.save(
                vault,
                "time_logs",
                {
                    "person": pid,
                    "week": f"{iso.year}-W{iso.week:02d}",
                    "hours_worked": round(rng.uniform(30, 48), 1),
                    "direct_work": round(rng.uniform(8, 20), 1),
                    "recording": round(rng.uniform(6, 16), 1),
                    "cpd": round(rng.uniform(0, 4), 1),
                },
            )
            counts["time_logs"] += 1
            week += dt.timedelta(weeks=1)
    for n in range(2000 * years):
        sid, _pid = rng.choice(session_ids)
        repos.save(
            vault,
            "actions",
            {
                "id": f"a{n:05d}",
                "session": sid,
                "text": words(rng, rng.randint(6, 20)),
                "owner": rng.choice(["supervisee", "supervisor"]),
                "status": _status(rng, closing, END - agreed_on[sid]),
            },
        )
        counts["actions"] += 1
    for n in range(600 * years):
        date = start + dt.timedelta(days=rng.randint(0, days))
        repos.save(
            vault,
            "journal",
            {
                "id": f"j{n:05d}",
                "date": date.isoformat(),
                "title": words(rng, 4)[:60],
                "body": words(rng, rng.randint(80, 500)),
                "capacities": rng.sample(["attunement", "analysis", "aliveness", "agency"], 2),
            },
        )
        counts["journal"] += 1
