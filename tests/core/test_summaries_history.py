"""A summary of a period says the same, word for word, whatever lies years before it: one
vault holds a team's last two and a half years, another holds the same records and ten more
years behind them (closed cases, actions done, concerns resolved, a superseded agreement,
group sessions, a colleague who left long ago). The summaries read only around the period
(core/period.py), so what the older years could change, they must not. Three newly qualified
social workers show which ASYE reviews a summary flags: only those of a year that overlaps
its period, and none held through a session tagged "ASYE review" or recorded as held."""

from __future__ import annotations

import datetime as dt
import io
import random
import re
import shutil
import subprocess

import pytest
from pypdf import PdfReader

from supervision_desk.core import asye, pdf, period, repos, team, team_summary

TODAY = dt.date(2026, 4, 10)
START, END = dt.date(2025, 4, 1), dt.date(2026, 3, 31)
RECENT = dt.date(2023, 10, 2)  # both vaults hold everything from here on
OLDEST = dt.date(2013, 10, 7)  # the longer vault holds ten more years before it
ON_LEAVE = "2025-08"  # a BACP month without client work

PEOPLE = [
    {"id": "a", "name": "Aled Prys", "role": "social_worker", "started_role": "2012-09-03"},
    {
        "id": "b",
        "name": "Beth Ng",
        "role": "health",
        "supervision_standard": "bacp_monthly",
        "months_not_counted": [{"month": ON_LEAVE, "note": "leave"}],
    },
    {"id": "c", "name": "Ceri Lloyd", "role": "youth_worker", "supervision_standard": "agreement"},
    {"id": "d", "name": "Dai Evans", "role": "youth_justice", "fte": 0.6},
    {
        "id": "e",
        "name": "Efa Hughes",
        "role": "social_worker",
        "supervision_standard": "custom:21:60",
    },
    {"id": "f", "name": "Ffion Rees", "role": "education"},  # leaves in the period
]
LEAVES = "2025-09-15"


def words(data: bytes) -> str:
    """The document's text: Poppler's where it is installed (quicker), else pypdf's."""
    if shutil.which("pdftotext"):
        found = subprocess.run(
            ["pdftotext", "-", "-"], input=data, capture_output=True, check=True
        ).stdout.decode()
    else:
        found = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    return re.sub(r"\s+", " ", found)


def _days(rng: random.Random, first: dt.date, last: dt.date, low: int, high: int):
    day = first + dt.timedelta(days=rng.randrange(0, 10))
    while day <= last:
        yield day
        day += dt.timedelta(days=rng.randrange(low, high))


def _records(vault, rng: random.Random, tag: str, first: dt.date, last: dt.date, old: bool):
    """A stretch of the team's records. Older ones are settled: every case closed before the
    stretch ends, every action done or dropped, every concern resolved, nothing planned."""
    for person in PEOPLE:
        pid = person["id"]
        until = min(last, dt.date.fromisoformat(LEAVES)) if pid == "f" else last
        for n, day in enumerate(_days(rng, first, until, 18, 44)):
            sid = f"{tag}-{pid}-s{n}"
            planned = not old and day > TODAY - dt.timedelta(days=3)
            repos.save(
                vault,
                "sessions",
                {
                    "id": sid,
                    "person": pid,
                    "date": day.isoformat(),
                    "minutes": rng.choice([45, 60, 90, 90, 120]),
                    "kind": "ad_hoc" if rng.random() < 0.15 else "one_to_one",
                    "status": "planned" if planned or rng.random() < 0.02 * (not old) else "held",
                    "functions": rng.sample(["management", "development", "support"], 2),
                    "attunement": f"Noticed {tag} {n}",
                    "analysis": "Weighed it.",
                    "agreed_by_supervisor": day.isoformat(),
                    "agreed_by_supervisee": (
                        day + dt.timedelta(days=rng.randrange(1, 30))
                    ).isoformat(),
                },
            )
            for k in range(rng.randrange(0, 3)):
                status = rng.choice(["done", "dropped"] if old else ["open", "done", "dropped"])
                repos.save(
                    vault,
                    "actions",
                    {
                        "id": f"{sid}-a{k}",
                        "session": sid,
                        "text": f"Action {tag} {pid} {n}.{k}",
                        "status": status,
                        "due": (day + dt.timedelta(days=14)).isoformat(),
                    },
                )
        for n in range(4):
            allocated = first + dt.timedelta(days=rng.randrange(0, (last - first).days - 120))
            closed = allocated + dt.timedelta(days=rng.randrange(30, 900))
            repos.save(
                vault,
                "cases",
                {
                    "id": f"{tag}-{pid}-c{n}",
                    "person": pid,
                    "reference": f"YP-{tag}-{pid}{n}",
                    "weight": rng.randrange(2, 9),
                    "allocated": allocated.isoformat(),
                    "closed": (
                        min(closed, last - dt.timedelta(days=60)).isoformat()
                        if old or closed < TODAY
                        else None
                    ),
                },
            )
        for n, day in enumerate(_days(rng, first, last, 200, 400)):
            repos.save(
                vault,
                "concerns",
                {
                    "id": f"{tag}-{pid}-w{n}",
                    "person": pid,
                    "date": day.isoformat(),
                    "raised_by": "supervisee",
                    "text": f"Concern {tag} {n}",
                    "status": "resolved" if old or rng.random() < 0.5 else "open",
                },
            )
        for day in _days(rng, first, last, 7, 8):
            week = day.isocalendar()
            repos.save(
                vault,
                "time_logs",
                {"person": pid, "week": f"{week.year}-W{week.week:02d}", "hours_worked": 40},
            )
    for n, day in enumerate(_days(rng, first, last, 25, 60)):
        who = rng.sample([p["id"] for p in PEOPLE[:5]], 3)
        repos.save(
            vault,
            "sessions",
            {
                "id": f"{tag}-g{n}",
                "person": None,
                "attendees": who,
                "kind": rng.choice(["group", "peer_group"]),
                "date": day.isoformat(),
                "minutes": 120,
                "group_size": rng.choice([None, 6]),
                "attendance": [{"person": who[0], "agreed": day.isoformat(), "wellbeing": 7}],
                "tags": ["case presentation"],
            },
        )
    repos.save(
        vault,
        "agreements",
        {
            "id": f"{tag}-ag",
            "person": "c",
            "agreed": first.isoformat(),
            "review": (first + dt.timedelta(days=700)).isoformat(),
            "frequency_days": 42 if old else 28,
            "minutes": 60 if old else 90,
        },
    )


# Records each figure below turns on, in both vaults.
GWEN = {"id": "g", "name": "Gwen Ellis", "role": "health", "supervision_standard": "bacp_monthly"}
UNCONFIRMED = "2023-11-20"  # planned, never marked held: flagged ever after
GROUP_DAY = "2025-06-12"
OPEN_ACTION, DONE_ACTION = "Ring the school about the transfer", "Book the family room"


# Newly qualified social workers. Huw's year runs through the period: his 3- and 9-month
# reviews were held in sessions tagged "ASYE review", the 6-month one recorded as held on the
# ASYE page, the 12-month one (4 Nov 2025) never. Iolo's year began in October 2023 and was
# extended to June 2025: his 3-month review was a tagged session before the months a summary
# of the period reads, and the 12-month one, due 9 Oct 2024, was never held: still overdue
# when the period began. Jac's year ended in January 2015 with no review held: a summary of
# 2014 flags them, no summary of a later year does.
ASYE_PEOPLE = [
    {"id": "h", "name": "Huw Bevan", "started_role": "2024-11-04"},
    {"id": "i", "name": "Iolo Price", "started_role": "2023-10-09"},
    {"id": "j", "name": "Jac Morgan", "started_role": "2014-01-06"},
]
ASYE_SESSIONS = [
    ("h", "2025-02-10", ["ASYE review"]),  # 3-month review, due 4 Feb 2025
    ("h", "2025-05-06", []),  # 6-month review, due 4 May: recorded on the ASYE page
    ("h", "2025-08-01", ["asye review", "court"]),  # 9-month review, due 4 Aug 2025
    ("h", "2025-12-01", []),
    ("i", "2023-10-10", []),  # the first: read whatever the period
    ("i", "2024-01-08", ["ASYE review"]),  # 3-month review, due 9 Jan 2024
    ("i", "2024-02-05", []),  # the last before the months a summary reads: read anyway
    ("i", "2024-04-10", ["ASYE review"]),  # 6-month review, due 9 Apr 2024
    ("i", "2025-06-02", []),
    ("j", "2024-06-03", []),
]


def _asye_people(vault) -> None:
    for person in ASYE_PEOPLE:
        repos.save(
            vault,
            "people",
            {
                **person,
                "role": "social_worker",
                "newly_qualified": True,
                "newly_qualified_until": "2025-06-30" if person["id"] == "i" else None,
            },
        )
    for n, (pid, day, tags) in enumerate(ASYE_SESSIONS):
        repos.save(
            vault,
            "sessions",
            {"id": f"nq{n}", "person": pid, "date": day, "minutes": 90, "tags": tags},
        )
    asye.save_programme(vault, "h", nine_month=True)
    asye.record_review(vault, "h", 6, dt.date(2025, 5, 6), "on_track")


def _marked(vault) -> None:
    _asye_people(vault)
    repos.save(vault, "people", GWEN)
    # Gwen's record starts with one drop-in long before the period, then nothing until June:
    # the months of the period before June are judged, and short.
    for sid, day, kind in (
        ("g-first", "2023-10-10", "ad_hoc"),
        *((f"g-{m}", f"2025-{m:02d}-15", "one_to_one") for m in range(6, 13)),
    ):
        repos.save(
            vault, "sessions", {"id": sid, "person": "g", "date": day, "minutes": 90, "kind": kind}
        )
    repos.save(
        vault,
        "sessions",
        {
            "id": "d-unconfirmed",
            "person": "d",
            "date": UNCONFIRMED,
            "minutes": 60,
            "status": "planned",
        },
    )
    repos.save(
        vault,
        "sessions",
        {
            "id": "g-group",
            "person": None,
            "attendees": ["a", "b", "g"],
            "kind": "reflective_group",
            "date": GROUP_DAY,
            "minutes": 90,
        },
    )
    # Before the period: an action still open is listed, one done is not.
    repos.save(
        vault, "sessions", {"id": "a-before", "person": "a", "date": "2024-11-04", "minutes": 60}
    )
    for aid, words, status in (("a-open", OPEN_ACTION, "open"), ("a-done", DONE_ACTION, "done")):
        repos.save(
            vault, "actions", {"id": aid, "session": "a-before", "text": words, "status": status}
        )
    repos.save(
        vault,
        "cases",
        {
            "id": "a-closing",
            "person": "a",
            "reference": "YP-closing",
            "weight": 9,
            "allocated": "2024-01-08",
            "closed": "2025-04-05",  # open for the period's first four days
        },
    )


def _team(vault, older: bool) -> None:
    with vault.write():
        for person in PEOPLE:
            repos.save(vault, "people", person)
        _marked(vault)
        if older:
            repos.save(
                vault,
                "people",
                {"id": "z", "name": "Left Long Ago", "role": "social_worker"},
            )
            _records(vault, random.Random(2), "old", OLDEST, RECENT - dt.timedelta(days=1), True)
            for n, day in enumerate(_days(random.Random(3), OLDEST, dt.date(2018, 1, 1), 20, 40)):
                repos.save(
                    vault,
                    "sessions",
                    {"id": f"z{n}", "person": "z", "date": day.isoformat(), "minutes": 60},
                )
        _records(vault, random.Random(1), "new", RECENT, TODAY + dt.timedelta(days=40), False)
    for pid in ("f", "z") if older else ("f",):
        repos.save(vault, "people", {**repos.get(vault, "people", pid), "archived": True})


@pytest.fixture
def vaults(make_vault, tmp_path):
    short, long = make_vault(tmp_path / "short.sdvault"), make_vault(tmp_path / "long.sdvault")
    _team(short, older=False)
    _team(long, older=True)
    return short, long


def _person(vault, pid: str, **kw) -> str:
    return words(pdf.person_summary(vault, pid, START, END, today=TODAY, **kw))


def _team_text(vault, names: bool) -> tuple[str, str]:
    # Letters are shuffled afresh for each export: the same shuffle for both vaults here.
    found = team_summary.figures(vault, START, END, TODAY, names=names, rng=random.Random(5))
    data = pdf.team_summary(vault, START, END, anonymise=not names, today=TODAY, found=found)
    return words(data), team_summary.csv_text(found)


@pytest.mark.slow
def test_a_summary_says_the_same_with_ten_more_years_behind_it(vaults):
    short, long = vaults
    older = "SELECT count(*) FROM sessions WHERE date < ?"
    assert short.conn.execute(older, (RECENT.isoformat(),)).fetchone() == (0,)
    assert long.conn.execute(older, (RECENT.isoformat(),)).fetchone()[0] > 800

    for person in [*PEOPLE, GWEN, *ASYE_PEOPLE]:
        pid = person["id"]
        text = _person(short, pid)
        assert text == _person(long, pid), person["name"]
        assert f"Supervision summary: {person['name']}" in text
    assert _person(short, "a", appendix=True) == _person(long, "a", appendix=True)
    # The figures that turn on the records before the period are there to be the same: the
    # first one-to-one of the period is judged from the last one before it.
    aled = _person(short, "a")
    assert re.search(r"\d+ Apr 2025 One-to-one \d+ (ok|short) (on time|late by)", aled)
    assert "Action new a" in aled and "YP-closing" in aled
    assert OPEN_ACTION in aled and DONE_ACTION not in aled
    assert "Group supervision attended" in aled and "12 Jun 2025" in aled
    assert "not counted (no client work): leave" in _person(short, "b")
    assert "April 2025 0 0 of 90 short" in _person(short, "g")

    for names in (True, False):
        text, table = _team_text(short, names)
        assert (text, table) == _team_text(long, names)
    named, _ = _team_text(short, names=True)
    assert "Ffion Rees" in named and "left" in named  # left in the period: counted
    assert "planned 20 Nov 2023: was it held?" in named  # UNCONFIRMED, the UK way
    assert "Left Long Ago" not in _team_text(long, names=True)[0]  # left years ago: not
    assert "Previous period no records" not in named

    # ASYE reviews: only the ones not held, of a year that overlaps the period.
    found = team_summary.figures(short, START, END, TODAY, names=True)
    flags = {p.name: [f for f in p.flags if "ASYE" in f] for p in found.practitioners}
    assert flags["Huw Bevan"] == ["12-month ASYE review not held (due 4 Nov 2025)"]
    assert flags["Iolo Price"] == ["12-month ASYE review not held (due 9 Oct 2024)"]
    assert flags["Jac Morgan"] == []
    assert not any(f for name, f in flags.items() if name not in ("Huw Bevan", "Iolo Price"))
    assert "12-month ASYE review not held (due 4 Nov 2025)" in named
    assert "12-month ASYE review not held (due 9 Oct 2024)" in named
    assert named.count("ASYE review") == 2
    # The person summary has its ASYE section only for a year that overlaps its period.
    assert "ASYE year" in _person(short, "h") and "ASYE year" in _person(short, "i")
    assert "ASYE" not in _person(short, "j")
    assert "FTE 1 · newly qualified" in _person(short, "h")
    assert "FTE 1 Standard" in _person(short, "j")  # not newly qualified: that year is over


def test_a_summary_of_an_old_year_reads_that_year(vaults):
    _, long = vaults
    start, end = dt.date(2016, 1, 1), dt.date(2016, 12, 31)
    text = words(pdf.person_summary(long, "a", start, end, today=TODAY))
    listed = re.findall(r"\d+ [A-Z][a-z]{2} (\d{4}) One-to-one", text)
    assert listed and set(listed) == {"2016"}
    found = team_summary.figures(long, start, end, TODAY, names=True)
    assert "Left Long Ago" in {p.name for p in found.practitioners}  # still on the team then
    assert found.sessions_held > 50


@pytest.mark.parametrize("older", [False, True])
def test_a_summary_of_the_year_of_an_asye_flags_its_reviews(make_vault, tmp_path, older):
    vault = make_vault(tmp_path / "team.sdvault")
    _team(vault, older)
    start, end = dt.date(2014, 1, 1), dt.date(2014, 12, 31)
    found = team_summary.figures(vault, start, end, TODAY, names=True)
    asye_flags = {p.name: [f for f in p.flags if "ASYE" in f] for p in found.practitioners}
    # Judged on the period's last day: the 12-month review, due 6 Jan 2015, was not yet due.
    assert asye_flags.pop("Jac Morgan") == [
        "3-month ASYE review not held (due 6 Apr 2014)",
        "6-month ASYE review not held (due 6 Jul 2014)",
    ]
    assert not any(asye_flags.values())
    text = words(pdf.team_summary(vault, start, end, anonymise=False, today=TODAY, found=found))
    assert "6-month ASYE review not held (due 6 Jul 2014)" in text
    assert "ASYE year" in words(pdf.person_summary(vault, "j", start, end, today=TODAY))
    # A summary that reaches today names a review due within a fortnight.
    late = team_summary.figures(
        vault, dt.date(2025, 1, 1), dt.date(2025, 2, 4), dt.date(2025, 1, 25), names=True
    )
    huw = next(p for p in late.practitioners if p.name == "Huw Bevan")
    assert [f for f in huw.flags if "ASYE" in f] == ["3-month ASYE review due 4 Feb 2025"]


PERIODS = [
    (START, END),
    (dt.date(2025, 6, 10), dt.date(2025, 6, 25)),  # inside one month: BACP's month before
    (dt.date(2025, 11, 15), dt.date(2026, 5, 20)),  # ends after today
    (dt.date(2024, 1, 20), dt.date(2024, 3, 2)),  # where the shorter vault begins
    (dt.date(2016, 2, 29), dt.date(2016, 12, 31)),
]


def _all(vault, person_id, since, until, today, *, with_text=True, logs_since=None, asye=False):
    """The reading a summary did before: the person's whole history; every session with its
    tags where the ASYE reviews are judged."""
    return team.records_of(vault, person_id, with_text=with_text or asye)


@pytest.mark.slow
def test_reading_around_the_period_finds_what_the_whole_history_gives(vaults, monkeypatch):
    _, long = vaults

    def summaries():
        found = {}
        for start, end in PERIODS:
            figures = team_summary.figures(
                long, start, end, TODAY, names=True, rng=random.Random(5)
            )
            found[start, "team"] = (repr(figures), team_summary.csv_text(figures))
            for pid in ("a", "b", "c", "g", "h", "i"):
                data = pdf.person_summary(long, pid, start, end, today=TODAY)
                found[start, pid] = words(data)
        return found

    windowed = summaries()
    monkeypatch.setattr(period, "records", _all)
    whole = summaries()
    for key, value in windowed.items():
        assert value == whole[key], key
