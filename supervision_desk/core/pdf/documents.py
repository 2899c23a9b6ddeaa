"""The documents: an agreed session record, a practitioner summary, a team summary and a
journal export. Each returns PDF bytes; nothing is written here."""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from ... import __version__
from .. import casefile, clock, labels, period, repos, team, tracker
from .. import quality as quality_indicators
from .. import team_summary as team_summary_figures
from ..balance import balance
from ..errors import UsageError
from ..framework import SESSION_HELP
from ..person_records import PersonRecords
from ..records import AUDIT_QUESTIONS, SESSION_CAPACITIES
from ..vault import Vault
from . import charts, record
from .base import (
    FONT,
    RULE,
    SHADE,
    STYLES,
    Heading,
    Later,
    Meta,
    PrivateFromHere,
    paragraphs,
    register_fonts,
    render,
    text,
)

KINDS = labels.KIND  # one table of words for every enumeration (core/labels.py)


def TS(commands: list) -> TableStyle:
    """A table style whose cells never fall back to reportlab's unembedded Helvetica."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), *commands])


def _with_fonts(build):
    """Paragraph styles name the fonts, so they must be registered before any is built."""

    @functools.wraps(build)
    def wrapper(*args, **kwargs):
        register_fonts()
        return build(*args, **kwargs)

    return wrapper


def _p(value: str, style: str = "cell") -> Paragraph:
    return Paragraph(text(value), STYLES[style])


PADDING = 12  # a cell's left and right padding together: reportlab's 6 points a side


def _widest(value: str, style: str, whole: bool = False) -> float:
    """The widest word of a cell's text (the whole text, if it must stay on one line)."""
    found = STYLES[style]
    parts = [value] if whole else value.split()
    return max((stringWidth(w, found.fontName, found.fontSize) for w in parts), default=0.0)


def fitted(
    widths: list[float], header: list[str], rows: list[list[str]], whole: tuple[int, ...] = ()
) -> list[float]:
    """Column widths in which no word is broken: a cell wraps only at spaces. A column
    narrower than its longest word (header or cell) takes the room it needs from columns
    with room to spare, each giving in proportion to its spare room; the table keeps its
    width. The columns in ``whole`` (dates) keep each cell on one line."""
    need = [
        max(_widest(h, "cellhead"), *(_widest(r[i], "cell", i in whole) for r in rows))
        + PADDING
        + 0.5  # a hair more: the line breaker compares against the width exactly
        for i, h in enumerate(header)
    ]
    short = sum(max(0.0, n - w) for n, w in zip(need, widths, strict=True))
    spare = [max(0.0, w - n) for n, w in zip(need, widths, strict=True)]
    if not short or not sum(spare):
        return list(widths)
    given = min(1.0, sum(spare) / short)  # all the room needed, or all there is
    taken = short * given / sum(spare)
    return [
        w + (n - w) * given if n > w else w - s * taken
        for n, w, s in zip(need, widths, spare, strict=True)
    ]


def _table(
    header: list[str],
    rows: list[list[str]],
    widths: list[float],
    *,
    fit: bool = False,
    whole: tuple[int, ...] = (),
) -> Table:
    """A table with a shaded header row repeated on each page. ``fit`` widens a column a
    word would not fit in (``fitted``); records leave it off, so a record's PDF lays out as
    it always has."""
    if fit:
        widths = fitted(widths, header, rows, whole)
    data = [[_p(h, "cellhead") for h in header]] + [[_p(c) for c in r] for r in rows]
    table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(
        TS(
            [
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def _table_or(
    header: list[str],
    rows: list[list[str]],
    widths: list[float],
    empty: str,
    *,
    fit: bool = False,
    whole: tuple[int, ...] = (),
):
    """The table, or a quiet line saying there is nothing to show."""
    if rows:
        return _table(header, rows, widths, fit=fit, whole=whole)
    return Paragraph(text(empty), STYLES["empty"])


def _facts(pairs: list[tuple[str, str]]) -> Table:
    data = [[_p(k, "cellhead"), _p(v)] for k, v in pairs]
    table = Table(data, colWidths=[50 * mm, 120 * mm], hAlign="LEFT")
    table.setStyle(
        TS(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


def _owner(vault: Vault) -> str:
    return vault.meta().get("owner") or "Supervisor"


def _period_words(start: dt.date, end: dt.date) -> str:
    """A summary's period as a UK reader reads it: 22 Mar 2025 to 20 Mar 2026."""
    return f"{labels.short_date(start)} to {labels.short_date(end)}"


def _produced(today: dt.date) -> str:
    """A summary's footer: the day it was made, the UK way."""
    return f"Produced {labels.short_date(today)} by Supervision Desk {__version__}"


def _newly_qualified_in(person: dict, start: dt.date, end: dt.date) -> bool:
    """Newly qualified on any day of the period: not for a first year over before it."""
    until = tracker.newly_qualified_until(person)
    return bool(person["newly_qualified"]) and (until is None or until > start)


def _case_name(case: dict, include_initials: bool) -> str:
    if include_initials and case["label"]:
        return f"{case['reference']} ({case['label']})"
    return case["reference"]


# -- 1. the session record ------------------------------------------------------------------
# Rendered from a version snapshot alone (record.py): both vaults of a pairing print the same
# text, and ``verify`` can render a version again and compare it with a PDF.


def _role(value: str | None) -> str:
    return labels.ROLE.get(value or "", value or "")


def _named(who: dict) -> str:
    """ "Alex Morgan (First-line manager)"."""
    name, role = who.get("name") or "", _role(who.get("role"))
    return f"{name} ({role})" if name and role else name or role


def _supervisee_names(content: dict) -> str:
    return ", ".join(p["name"] for p in content["supervisees"]) or "—"


def _decided_by(content: dict, value: str) -> str:
    if value == "supervisor":
        return _named(content["supervisor"]) or "Supervisor"
    if value == "supervisee" and len(content["supervisees"]) == 1:
        return _named(content["supervisees"][0])
    return labels.owner(value)


_VALUE_LABELS = {
    "functions": labels.FUNCTION,
    "kind": labels.KIND,
    "status": labels.SESSION_STATUS,
}


def _words(name: str, value: Any) -> str:
    """A field's value as printed in the amendment log: words, never stored codes."""
    if value is None or value == "" or value == []:
        return "(empty)"
    words = _VALUE_LABELS.get(name, {})
    if isinstance(value, list):
        return ", ".join(words.get(v, str(v)) for v in value)
    return words.get(value, str(value)) if isinstance(value, str) else str(value)


_KEPT = {
    name: ParagraphStyle(f"{name}-kept", parent=STYLES[name], keepWithNext=1)
    for name in ("cellhead", "note")
}


def _labelled(title: str, style: str, body: list) -> list:
    """A small label kept on the same page as the first lines under it."""
    return [Paragraph(text(title), _KEPT[style]), *body]


def _version_line(version: record.RecordVersion) -> str:
    if not version.how:
        return "Draft: not yet agreed by both people"
    line = f"Version {version.number}"
    agreed_on = max((s.signed[:10] for s in version.signers if s.signed), default="")
    if agreed_on:
        line += f", agreed {labels.long_date(agreed_on)}"
    made = version.content["amendments"]
    if made:
        line += f", amended {labels.long_date(made[-1]['at'][:10])}"
    return f"{line} · fingerprint {version.hash}"


def how_agreed(version: record.RecordVersion) -> str:
    """How the record was agreed, as the PDF says it."""
    if version.how == "signed":
        prints = "; ".join(f"{s.fingerprint} for {s.name}" for s in version.signers)
        who = "both" if len(version.signers) == 2 else f"all {len(version.signers)} people"
        line = f"Signed digitally by {who} (fingerprints {prints})"
        if version.copy:
            whose = next((s.name for s in version.signers if s.party == version.copy), "")
            line += (
                f". This is {whose or 'one attendee'}'s own copy of the group's record: each "
                "attendee agrees and signs their own, with their own comments."
            )
        return line
    if version.how == "recorded":
        return "Agreement recorded by the supervisor"
    return "Not yet agreed"


def _record_story(
    version: record.RecordVersion, level: int = 0, *, confidential_note: str = ""
) -> list:
    content = version.content
    session = content["session"]
    supervisor = content["supervisor"]
    head = "h1" if level == 0 else "h2"
    sub = "h2" if level == 0 else "cellhead"
    group = len(content["supervisees"]) > 1 or session["kind"] in ("group", "reflective_group")
    facts = [
        ("Supervisees" if group else "Supervisee", _supervisee_names(content)),
        ("Facilitator" if group else "Supervisor", _named(supervisor) or "—"),
        (
            "Date and time",
            f"{session['date']}" + (f", {session['start']}" if session["start"] else ""),
        ),
        ("Length", f"{session['minutes']} minutes"),
        ("Kind", labels.KIND.get(session["kind"], session["kind"])),
    ]
    if session.get("group_format"):
        facts.append(("Format", labels.GROUP_FORMAT.get(session["group_format"], "")))
    if session.get("presenter"):
        named = {p["id"]: p["name"] for p in content["supervisees"]}
        facts.append(("Presenter", named.get(session["presenter"], session["presenter"])))
    story: list = [
        Heading(f"Session {session['date']}", level, style="title" if level == 0 else "h1"),
        Paragraph(text(f"Supervision record: {_supervisee_names(content)}"), STYLES["subtitle"]),
        Paragraph(text(_version_line(version)), STYLES["note"]),
        _facts(facts),
        Heading("Agenda", level + 1, style=head),
        *paragraphs(session["agenda"]),
    ]
    for capacity in SESSION_CAPACITIES:
        story += [
            Heading(labels.CAPACITY[capacity], level + 1, style=head),
            Paragraph(text(SESSION_HELP[capacity]), STYLES["note"]),
            *paragraphs(session[capacity]),
        ]
    if session["learning"]:
        story += [
            Heading("Learning and development", level + 1, style=head),
            *paragraphs(session["learning"]),
        ]
    functions = ", ".join(labels.FUNCTION.get(f, f) for f in session["functions"]) or "None ticked"
    story += [
        # A group's record has no wellbeing: each attendee's is on their own summary.
        Heading("Functions" + ("" if group else " and wellbeing"), level + 1, style=head),
        _facts(
            [("Functions covered", functions)]
            + (
                [("Wellbeing check-in", f"{session['wellbeing']} of 10")]
                if session["wellbeing"] is not None
                else []
            )
        ),
    ]
    story.append(Heading("Cases discussed", level + 1, style=head))
    if not content["case_discussions"]:
        story.append(Paragraph("No cases discussed.", STYLES["empty"]))
    for discussion in content["case_discussions"]:
        story += [
            Paragraph(text(discussion["reference"]), STYLES[sub]),
            _facts(
                [
                    ("Decided by", _decided_by(content, discussion["decided_by"])),
                    (
                        "For the child's file",
                        "Yes: to be copied to the child's file"
                        if discussion["for_case_file"]
                        else "No",
                    ),
                ]
            ),
            Spacer(1, 2 * mm),
        ]
        for title, key in (
            ("Decision", "decision"),
            ("Discussion", "discussion"),
            ("Rationale", "rationale"),
        ):
            if discussion[key] or key == "decision":
                story += _labelled(
                    title, "cellhead", paragraphs(discussion[key], empty="No decision recorded.")
                )
    # The actions as they stood at the end of this session, whatever happened to them later.
    story.append(Heading("Actions", level + 1, style=head))
    rows = [
        [
            a["text"],
            labels.owner(a["owner"]),
            a["due"] or "",
            labels.ACTION_STATUS.get(a["status"], a["status"]),
        ]
        for a in content["actions"]
    ]
    story.append(
        _table_or(
            ["Action", "Owner", "Due", "Status"],
            rows,
            [96 * mm, 32 * mm, 24 * mm, 18 * mm],
            "No actions.",
        )
    )
    story += [
        Heading("Supervisee's comments", level + 1, style=head),
        *paragraphs(session["supervisee_comments"], empty="No comments recorded."),
    ]
    if session["disagreement"]:
        story += [
            Heading("Disagreement with this record", level + 1, style=head),
            *paragraphs(session["disagreement"]),
        ]
    if content["amendments"]:
        story.append(Heading("Amendments", level + 1, style=head))
        for n, amendment in enumerate(content["amendments"], start=1):
            when = labels.long_date(amendment["at"][:10]) + amendment["at"][10:16].replace(
                "T", ", "
            )
            story += [
                Paragraph(
                    text(f"Amendment {n}: {when}, by {_decided_by(content, amendment['by'])}"),
                    STYLES[sub],
                ),
                *paragraphs("Why: " + amendment["reason"]),
            ]
            for name, change in amendment["changes"].items():
                story += _labelled(
                    labels.field(f"sessions.{name}"),
                    "cellhead",
                    _labelled("From:", "note", paragraphs(_words(name, change.get("from")))),
                )
                story += _labelled("To:", "note", paragraphs(_words(name, change.get("to"))))
    if confidential_note:
        story += [
            Heading("Confidential note (chosen for this export)", level + 1, style=head),
            *paragraphs(confidential_note),
        ]
    story.append(
        KeepTogether(
            [
                Heading("Agreement", level + 1, style=head),
                Paragraph(text(how_agreed(version)), STYLES["body"]),
                _record_agreement(version),
            ]
        )
    )
    return story


def _record_agreement(version: record.RecordVersion) -> Table:
    """One box per party: the supervisor, then each supervisee."""
    content = version.content
    signed = {s.party: s for s in version.signers}
    group = len(content["supervisees"]) > 1
    lead = "Facilitator" if group else "Supervisor"
    parties = [(lead, "supervisor", content["supervisor"])] + [
        ("Supervisee", p["id"], p)
        for p in content["supervisees"]
        if not version.copy or p["id"] == version.copy  # an attendee's copy: their own
    ]
    if len(content["supervisees"]) == 1 and "supervisee" in signed:
        signed.setdefault(content["supervisees"][0]["id"], signed["supervisee"])
    line = "_" * 34
    cells = []
    for title, party, who in parties:
        agreed = signed.get(party)
        cell = [
            _p(title, "cellhead"),
            _p(f"Name: {_named(who) or line}"),
            _p(f"Agreed on: {agreed.signed[:10] if agreed else 'not yet agreed'}"),
        ]
        if version.how == "signed" and agreed:
            cell.append(_p(f"Fingerprint: {agreed.fingerprint}"))
        else:  # agreed in the room or on paper: room for a handwritten signature
            cell += [Spacer(1, 6 * mm), _p(f"Signature: {line}"), Spacer(1, 3 * mm)]
            cell.append(_p(f"Date: {line}"))
        cells.append(cell)
    if len(cells) % 2:
        cells.append([])
    table = Table(
        [cells[i : i + 2] for i in range(0, len(cells), 2)],
        colWidths=[85 * mm, 85 * mm],
        hAlign="LEFT",
    )
    boxes = [("BOX", (i % 2, i // 2), (i % 2, i // 2), 0.5, RULE) for i in range(len(parties))]
    table.setStyle(
        TS(
            [
                *boxes,
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return table


def _agreement(supervisor: str, supervisee: str, session: dict) -> Table:
    line = "_" * 34

    def column(role: str, name: str, agreed: str | None) -> list:
        return [
            _p(role, "cellhead"),
            _p(f"Name: {name or line}"),
            _p(f"Agreed on: {agreed or 'not yet agreed'}"),
            Spacer(1, 6 * mm),
            _p(f"Signature: {line}"),
            Spacer(1, 3 * mm),
            _p(f"Date: {line}"),
        ]

    table = Table(
        [
            [
                column("Supervisor", supervisor, session["agreed_by_supervisor"]),
                column("Supervisee", supervisee, session["agreed_by_supervisee"]),
            ]
        ],
        colWidths=[85 * mm, 85 * mm],
        hAlign="LEFT",
    )
    table.setStyle(
        TS(
            [
                ("BOX", (0, 0), (0, 0), 0.5, RULE),
                ("BOX", (1, 0), (1, 0), 0.5, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return table


def picked_journal(vault: Vault, entry_ids: list[str], people: set[str]) -> list[dict]:
    """The journal entries the user picked for this export, and only those. An entry linked to
    a session of someone else can never go into a record or summary about these people."""
    entries = []
    for entry_id in dict.fromkeys(entry_ids):
        if not repos.exists(vault, "journal", entry_id):
            raise UsageError(f"There is no journal entry {entry_id!r}.")
        entry = repos.get(vault, "journal", entry_id)
        if entry["session"]:
            linked = repos.get(vault, "sessions", entry["session"])
            involved = {linked["person"], *linked["attendees"]} - {None}
            if not involved & people:
                raise UsageError(
                    f"Journal entry {entry_id!r} is about another person's session; it cannot "
                    "go into this export."
                )
        entries.append(entry)
    return sorted(entries, key=lambda e: e["date"])


def _journal_pages(entries: list[dict]) -> list:
    return [PrivateFromHere(), *_journal_story(entries)] if entries else []


def record_meta(version: record.RecordVersion) -> Meta:
    content = version.content
    return Meta(
        f"Supervision record {content['session']['date']}: {_supervisee_names(content)}",
        content["supervisor"]["name"] or "Supervisor",
        "Agreed record of a supervision session"
        if version.how
        else "Draft record of a supervision session, not yet agreed",
        keywords=version.keywords,
        # No date or program version: both vaults, on any day, print the same words.
        footer=f"Agreed record, version {version.number}" if version.how else "",
    )


@_with_fonts
def agreed_record(
    version: record.RecordVersion,
    *,
    confidential_note: str = "",
    journal: list[dict] = (),  # type: ignore[assignment]
    today: dt.date | None = None,
) -> bytes:
    """A record's PDF from one version (content, number, how agreed, who signed) alone; a
    confidential note or journal entries are added only when the user picked them."""
    story = _record_story(version, confidential_note=confidential_note)
    story += _journal_pages(list(journal))
    meta = record_meta(version)
    if confidential_note or journal:
        meta.keywords = ""  # no longer the agreed record: verify must not take it for one
    return render(story, meta, today)


def session_record(
    vault: Vault,
    session_id: str,
    *,
    journal: list[str] = (),  # type: ignore[assignment]
    confidential: bool = False,
    today: dt.date | None = None,
) -> bytes:
    """The record of a session as it stands (its latest agreed version, or a draft), unsigned."""
    session = repos.get(vault, "sessions", session_id)
    version = record.current(vault, session_id)
    people = {session["person"], *session["attendees"]} - {None}
    return agreed_record(
        version,
        confidential_note=session["confidential_note"] if confidential else "",
        journal=picked_journal(vault, list(journal), people),
        today=today,
    )


# -- 2. the practitioner summary ------------------------------------------------------------


@_with_fonts
def person_summary(
    vault: Vault,
    person_id: str,
    start: dt.date,
    end: dt.date,
    *,
    appendix: bool = False,
    journal: list[str] = (),  # type: ignore[assignment]
    confidential: bool = False,
    include_initials: bool = False,
    today: dt.date | None = None,
) -> bytes:
    if end < start:
        raise UsageError("The period ends before it starts.")
    today = today or clock.today()
    # Made in a function of its own so that what it read is let go before the layout.
    story, meta = _person_story(
        vault, person_id, start, end, today, appendix, list(journal), confidential, include_initials
    )
    return render(story, meta, today)


def _person_story(
    vault: Vault,
    person_id: str,
    start: dt.date,
    end: dt.date,
    today: dt.date,
    appendix: bool,
    journal: list[str],
    confidential: bool,
    include_initials: bool,
) -> tuple[list, Meta]:
    since, until = period.window(start, end, today)
    records = period.records(vault, person_id, since, until, today)
    person = records.person
    in_period = [s for s in records.sessions if start.isoformat() <= s["date"] <= end.isoformat()]
    standing = tracker.standing(
        person, records.sessions, min(end, today), agreements=records.agreements
    )
    settings = team.settings_of(vault)
    story: list = [
        Heading(f"Supervision summary: {person['name']}", 0, style="title"),
        Paragraph(
            text(f"{_period_words(start, end)} · supervisor {_owner(vault)}"),
            STYLES["subtitle"],
        ),
        _facts(
            [
                ("Role", labels.role(person["role"])),
                (
                    "FTE",
                    f"{person['fte']:g}"
                    + (" · newly qualified" if _newly_qualified_in(person, start, end) else ""),
                ),
                ("Standard", _standard_words(person, standing)),
                (
                    "Next due",
                    labels.short_date(standing.due)
                    + (
                        f" (overdue by {standing.overdue_days} days)"
                        if standing.overdue_days
                        else ""
                    ),
                ),
            ]
        ),
    ]
    story.append(Heading("Sessions and the standard", 0))
    gaps = tracker.compliance(
        person, records.sessions, start, end, today, agreements=records.agreements
    )
    verdicts = {g.session["id"]: g.verdict for g in gaps if g.session}
    bacp = standing.rule is not None and standing.rule.name == "bacp_monthly"
    rows = [
        [
            labels.short_date(s["date"]),
            KINDS[s["kind"]],
            # Under BACP a group's minutes are weighted: the count shown beside the length.
            f"{s['minutes']} ({tracker.bacp_minutes(s):g} counted)"
            if bacp and tracker.is_group(s)
            else str(s["minutes"]),
            "—"
            if bacp
            else (
                "short"
                if s["kind"] == "one_to_one" and s["minutes"] < standing.minimum_minutes
                else "ok"
            ),
            verdicts.get(s["id"], "—"),
        ]
        for s in in_period
    ]
    story.append(
        _table_or(
            ["Date", "Kind", "Minutes", "Length", "Timing"],
            rows,
            [25 * mm, 30 * mm, 32 * mm, 20 * mm, 63 * mm],
            "No sessions in this period.",
            fit=True,
            whole=(0,),
        )
    )
    on_time, late, missed = tracker.tally(gaps)
    story.append(Spacer(1, 2 * mm))
    if bacp:
        months_met = tracker.bacp_months(person, records.sessions, start, end, today)
        judged = [m for m in months_met if m.judged]
        summary = (
            f"{sum(m.met for m in judged)} of {len(judged)} whole calendar months reached 90 "
            "minutes counted (BACP)"
        )
        story.append(
            _table_or(
                ["Month", "Minutes held", "Minutes counted", "Month judged"],
                [
                    [
                        f"{labels.MONTH_NAMES[m.first.month - 1]} {m.first.year}",
                        str(m.held),
                        f"{m.minutes:g} of {tracker.BACP_MONTHLY_MINUTES}",
                        BACP_STATUS[m.status] + (f": {m.note}" if m.note else ""),
                    ]
                    for m in months_met
                ],
                [34 * mm, 28 * mm, 34 * mm, 74 * mm],
                "No calendar months in this period.",
                fit=True,
            )
        )
    else:
        summary = f"{on_time} on time, {late} late, {missed} missed due dates"
    story.append(_facts([("Compliance", summary)]))

    story.append(CondPageBreak(80 * mm))
    story.append(Heading("Workload and supervision", 0))
    months = _months_between(records, start, end, today, settings)
    story.append(charts.workload_chart(months))
    last = min(end, today)
    load = tracker.caseload(records.cases, start, last)
    at_end = tracker.caseload_on(records.cases, last)
    got = tracker.received(records.sessions, start, end, today)
    cap_then = tracker.capacity(person, settings, last)
    per_ten = tracker.minutes_per_ten_points(got.minutes, load.average)
    days = (last - start).days + 1
    story.append(
        _facts(
            [
                # Both figures, each named: the one on the last day is what the Tracker shows
                # for that day; a case allocated late in the period adds little to the average.
                (
                    "Caseload at the end",
                    f"{at_end:g} weighted points on {labels.short_date(last)} "
                    f"({at_end / cap_then:.0%} of capacity {cap_then:g})",
                ),
                (
                    "Caseload on average",
                    f"{load.average:.1f} weighted points over the period's "
                    f"{labels.count(max(days, 0), 'day')} "
                    f"({load.average / cap_then:.0%} of capacity {cap_then:g})",
                ),
                (
                    "Supervision received",
                    f"{got.minutes} minutes"
                    + (f" · {per_ten:.0f} minutes per 10 weighted points" if per_ten else ""),
                ),
            ]
        )
    )
    case_rows = [
        [
            _case_name(c, include_initials),
            str(c["weight"]),
            labels.short_date(c["allocated"]),
            labels.short_date(c["closed"]) or "—",
        ]
        for c in records.cases
        if c["allocated"] <= end.isoformat()
        and (c["closed"] is None or c["closed"] >= start.isoformat())
    ]
    if case_rows:
        story.append(Heading("Cases", 1, style="h2"))
        story.append(
            _table(
                ["Case", "Weight", "Allocated", "Closed"],
                case_rows,
                [70 * mm, 20 * mm, 30 * mm, 30 * mm],
                fit=True,
                whole=(2, 3),
            )
        )

    story.append(CondPageBreak(60 * mm))
    found = balance(in_period, last=None)
    capacity_chart, function_chart = charts.balance_charts(found)
    # Each chart on the page of the words that name it (the function chart's line was left
    # at the foot of a page, its chart on the next), the heading with the first.
    story += [
        KeepTogether(
            [
                Heading("Capacity balance", 0),
                Paragraph(
                    "Sessions that gave space to each capacity (9xAs, Michel &amp; "
                    "Billingham 2024):",
                    STYLES["body"],
                ),
                capacity_chart,
            ]
        ),
        Spacer(1, 3 * mm),
        KeepTogether(
            [
                Paragraph(
                    "Sessions that served each function (Morrison's 4x4x4 model):",
                    STYLES["body"],
                ),
                function_chart,
            ]
        ),
    ]
    thin = found.neglected_capacities() + found.neglected_functions()
    if thin:
        story.append(
            Paragraph(
                text("Given little room in this period: " + ", ".join(thin) + "."), STYLES["note"]
            )
        )

    story += _actions_section(period.actions(vault, person_id, start, end), start)

    story.append(Heading("Workload concerns", 0))
    concerns = [
        c
        for c in records.concerns
        if c["date"] <= end.isoformat()
        and (c["status"] == "open" or c["date"] >= start.isoformat())
    ]
    for concern in concerns:
        story.append(
            Paragraph(
                text(
                    f"{labels.short_date(concern['date'])} · "
                    f"{labels.CONCERN_STATUS[concern['status']]} · "
                    f"raised by {labels.owner(concern['raised_by'])}"
                ),
                STYLES["h2"],
            )
        )
        story += paragraphs(concern["text"])
        if concern["outcome"]:
            story += paragraphs("Outcome: " + concern["outcome"])
    if not concerns:
        story.append(Paragraph("None recorded.", STYLES["empty"]))

    groups = [s for s in in_period if s["person"] is None]
    if groups:
        # Only that this person attended, with their own agreement and wellbeing check-in:
        # a group's record holds the others' names and words.
        story.append(Heading("Group supervision attended", 0))
        story.append(
            _table(
                ["Attended", "Theme", "Agreed the record", "Wellbeing check-in"],
                [
                    [labels.short_date(s["date"]), _theme(s), *_own_part(s, person_id)]
                    for s in groups
                ],
                [34 * mm, 76 * mm, 30 * mm, 30 * mm],
                fit=True,
                whole=(0, 2),
            )
        )
    story += _asye_section(vault, person_id, start, end, today)

    own = [s for s in in_period if s["person"] is not None]
    if appendix and own:
        story.append(PageBreak())
        story.append(Heading("Appendix: session records", 0, style="title"))
        for s in own:
            # Each record is read and made ready to lay out only when the layout reaches it.
            note = s["confidential_note"] if confidential else ""
            story.append(Later(functools.partial(_appendix_record, vault, s["id"], note)))
    meta = Meta(
        f"Supervision summary: {person['name']}, {_period_words(start, end)}",
        _owner(vault),
        "Practitioner supervision summary",
        footer=_produced(today),
    )
    story += _journal_pages(picked_journal(vault, journal, {person_id}))
    return story, meta


def _actions_section(found: period.Actions, start: dt.date) -> list:
    """The period's actions, then those still open from before it: the newest listed, the
    rest counted with the day the oldest was agreed."""
    headers = ["Agreed", "Action", "Owner", "Due", "Status"]
    widths = [25 * mm, 75 * mm, 26 * mm, 25 * mm, 19 * mm]

    def rows(actions: list[dict]) -> list[list[str]]:
        return [
            [
                labels.short_date(a["agreed"]),
                a["text"],
                labels.owner(a["owner"]),
                labels.short_date(a["due"]),
                labels.ACTION_STATUS[a["status"]],
            ]
            for a in actions
        ]

    story: list = [
        Heading("Actions", 0),
        _table_or(
            headers,
            rows(found.in_period),
            widths,
            "No actions agreed in this period.",
            fit=True,
            whole=(0, 3),
        ),
    ]
    if not found.earlier_open:
        return story
    story.append(Heading("Still open from before this period", 1, style="h2"))
    story.append(_table(headers, rows(found.earlier), widths, fit=True, whole=(0, 3)))
    unlisted = found.earlier_open - len(found.earlier)
    if unlisted:
        story.append(
            Paragraph(
                text(
                    f"The {len(found.earlier)} most recently agreed of the "
                    f"{found.earlier_open} actions still open from before "
                    f"{labels.short_date(start.isoformat())} are listed. The other {unlisted} "
                    f"{'is' if unlisted == 1 else 'are'} older, the oldest agreed on "
                    f"{labels.short_date(found.oldest)}; the person's page in the app lists "
                    "every open action. An action left open this long is worth a look "
                    "together: close it, or agree it again with a date that holds."
                ),
                STYLES["note"],
            )
        )
    return story


def _appendix_record(vault: Vault, session_id: str, confidential_note: str) -> list:
    story = _record_story(
        record.current(vault, session_id), level=1, confidential_note=confidential_note
    )
    return [*story, CondPageBreak(90 * mm)]


def _own_part(session: dict, person_id: str) -> list[str]:
    """This attendee's own agreement to a group's record and their own check-in."""
    mine = next((a for a in session["attendance"] if a["person"] == person_id), {})
    # With no day of their own, a sealed record was agreed by all on the group's day.
    agreed = mine.get("agreed") or (
        session["agreed_by_supervisee"] if session["agreed_by_supervisor"] else None
    )
    score = mine.get("wellbeing")
    return [
        labels.short_date(agreed) if agreed else "Not yet",
        f"{score} of 10" if score is not None else "Not recorded",
    ]


def _theme(session: dict) -> str:
    """A group session in a word or two: its format and its tags, never its notes."""
    kind = labels.GROUP_FORMAT.get(session["group_format"] or "", labels.KIND[session["kind"]])
    return kind + (f": {', '.join(session['tags'])}" if session["tags"] else "")


BACP_STATUS = {
    "met": "met",
    "short": "short: missed (a month cannot be made up)",
    "not counted": "not counted (no client work)",
    "partial": "part month: not judged",
    "unfinished": "not over yet: not judged",
}


def _asye_section(
    vault: Vault, person_id: str, start: dt.date, end: dt.date, today: dt.date
) -> list:
    """The ASYE year, for a newly qualified social worker whose year overlaps the period (or
    has no start date yet): nothing for anyone else, nor for a year over before it began."""
    from .. import asye
    from . import asye as asye_pdf

    found = asye.progress(vault, person_id, today)
    if found is None or (found.start and not asye.overlaps(found.person, start, end)):
        return []
    return [CondPageBreak(80 * mm), Heading("ASYE year", 0), *asye_pdf.story(found, level=1)]


def _standard_words(person: dict, standing: tracker.Standing) -> str:
    """Which standard a figure was judged by, named once, with what it asks."""
    rule = standing.rule
    if rule is not None and rule.name == "bacp_monthly":
        return "BACP: at least 90 minutes in each calendar month (group time weighted)"
    source = labels.STANDARD_CITED.get(rule.name if rule else "", "")
    return f"{standing.rhythm}; sessions of at least {standing.minimum_minutes} minutes ({source})"


def _months_between(
    records: PersonRecords,
    start: dt.date,
    end: dt.date,
    today: dt.date,
    settings: tracker.Settings,
) -> list[tracker.Month]:
    last = min(end, today)
    count = (last.year - start.year) * 12 + last.month - start.month + 1
    return tracker.months(
        records.cases,
        records.sessions,
        last,
        max(1, min(count, 24)),
        person=records.person,
        settings=settings,
        agreements=records.agreements,
    )


# -- 3. the team summary --------------------------------------------------------------------


@_with_fonts
def team_summary(
    vault: Vault,
    start: dt.date,
    end: dt.date,
    *,
    anonymise: bool = True,
    today: dt.date | None = None,
    found: team_summary_figures.Figures | None = None,
) -> bytes:
    """Figures only: no note text of any kind leaves the vault in this document."""
    if end < start:
        raise UsageError("The period ends before it starts.")
    today = today or clock.today()
    found = found or team_summary_figures.figures(vault, start, end, today, names=not anonymise)
    people = found.practitioners
    count = labels.count(len(people), "practitioner")
    story: list = [
        Heading("Team supervision summary", 0, style="title"),
        Paragraph(
            text(
                f"{_period_words(start, end)} · {_owner(vault)} · {count}"
                + (" (anonymised)" if anonymise else "")
            ),
            STYLES["subtitle"],
        ),
        Paragraph(
            "Figures only: this summary holds no session notes, journal entries, case "
            "details or concern texts. Letters are given in a new random order for each "
            "export, so they cannot be matched across summaries.",
            STYLES["note"],
        ),
    ]
    head, before = found.headline, found.previous
    story.append(Heading("Headline", 0))
    facts = [
        (
            "Supervisions held in timescale",
            _ratio_words(head.on_time, head.on_time + head.late, "one-to-one")
            + (f"; {labels.count(head.missed, 'due date')} missed" if head.missed else ""),
        ),
        (
            "Staff with no gap longer than their standard",
            _ratio_words(head.staff_ok, head.staff_judged, "person", "people"),
        ),
        (
            "Previous period",
            "no records before this period"
            if before is None
            else f"{_share_only(before.in_timescale)} of supervisions in timescale; "
            f"{_share_only(before.staff_share)} of staff with no long gap; "
            f"{before.minutes} minutes of supervision (now {head.minutes})",
        ),
    ]
    months = found.bacp_months
    if months:
        judged = [m for m in months if m.judged]
        facts.append(
            (
                "BACP months met",
                f"{sum(m.met for m in judged)} of {len(judged)} whole months reached 90 minutes "
                f"counted ({sum(m.held for m in months)} minutes held, "
                f"{sum(m.minutes for m in months):g} counted after group weighting; "
                f"{sum(m.status == 'not counted' for m in months)} not counted, "
                f"{sum(m.status in ('partial', 'unfinished') for m in months)} part months "
                "not judged)",
            )
        )
    story.append(_facts(facts))
    story.append(
        Paragraph(
            "In timescale: a one-to-one held by the date its standard made it due. No long "
            "gap: nothing late and no due date missed in the period (under BACP: no whole "
            "month short of 90 minutes counted). People with nothing yet to judge are left "
            "out of the count.",
            STYLES["note"],
        )
    )

    story.append(Heading("Team figures", 0))
    in_date, in_force = found.agreements
    ages = found.concern_ages
    capacity = found.total("capacity")
    done, agreed = int(found.total("actions_done")), int(found.total("actions_agreed"))
    story.append(
        _facts(
            [
                (
                    "Supervision given",
                    f"{head.minutes} minutes in {labels.count(found.sessions_held, 'session')}",
                ),
                (
                    "What sessions served",
                    ", ".join(
                        f"{labels.FUNCTION[f].lower()} {share:.0%}"
                        for f, share in found.function_shares.items()
                    )
                    + " (Morrison's four functions; a session may serve several)",
                ),
                (
                    "Caseload",
                    f"{labels.count(int(found.total('open_cases')), 'open case')} at the end "
                    f"of the period; {found.total('caseload'):.1f} weighted points on average "
                    "over it"
                    + (f" ({found.total('caseload') / capacity:.0%} of capacity)" * bool(capacity)),
                ),
                (
                    "Decisions still to copy to children's files",
                    str(int(found.total("to_copy"))),
                ),
                (
                    "Agreements in date",
                    f"{in_date} of {in_force}" if in_force else "no agreements in force",
                ),
                (
                    "Actions completed",
                    _ratio_words(done, agreed, "action") + " agreed in the period",
                ),
                (
                    "Open workload concerns",
                    str(int(found.total("open_concerns")))
                    + (
                        f"; the oldest open for {max(ages)} days, median "
                        f"{team_summary_figures.median_concern_age(found):g} days"
                        if ages
                        else ""
                    ),
                ),
            ]
        )
    )
    q = found.quality
    story.append(Heading("Quality of the records", 0))
    story.append(
        _facts(
            [
                (label.capitalize(), _ratio_words(q.met[key], q.of[key], "record"))
                for key, label in quality_indicators.INDICATORS
            ]
        )
        if q.records
        else Paragraph("No one-to-one records in this period.", STYLES["empty"])
    )
    story.append(
        Paragraph(
            "Counted over the one-to-one records held in the period; actions and decisions "
            "only where a record has any. LGA Standard 5 asks employers to watch quality as "
            "well as frequency.",
            STYLES["note"],
        )
    )

    audited = found.audit
    story.append(Heading("Audit of a sample of records", 0))
    story.append(
        _facts(
            [
                (
                    labels.AUDIT_SHORT[q].capitalize(),
                    _ratio_words(audited.yes[q], audited.of[q], "record"),
                )
                for q in AUDIT_QUESTIONS
            ]
        )
        if audited.records
        else Paragraph("No sampled records from this period have been scored.", STYLES["empty"])
    )
    if audited.records:
        story.append(
            Paragraph(
                text(
                    f"{labels.count(audited.records, 'record')} from this period read and "
                    f"scored in {labels.count(audited.audits, 'audit')} of a random sample; "
                    "a question that did not apply to a record is left out of its count."
                ),
                STYLES["note"],
            )
        )

    if found.rows_shown:
        story.append(Heading("Per practitioner", 0))
        rows = [
            [
                p.name or p.letter,
                f"{p.caseload:.1f} ({p.open_cases})",
                f"{p.share:.0%}" if p.share is not None else "—",
                str(p.minutes),
                f"{p.months_met} of {p.months_judged} months"
                if p.judged_by == "bacp_monthly"
                else f"{p.on_time}/{p.late}/{p.missed}",
                *(
                    [
                        "; ".join(
                            [
                                *(["newly qualified"] if p.newly_qualified else []),
                                *(["left"] if p.left else []),
                                *p.flags,
                            ]
                        )
                        or "—"
                    ]
                    if found.names
                    else []
                ),
            ]
            for p in people
        ]
        header = ["Practitioner", "Caseload (cases)", "Of capacity", "Minutes", "Timing"]
        widths = [34 * mm, 30 * mm, 24 * mm, 22 * mm, 30 * mm]
        if found.names:
            header.append("Notes")
            widths = [30 * mm, 24 * mm, 20 * mm, 19 * mm, 23 * mm, 54 * mm]
        story += [
            _table(header, rows, widths, fit=True),
            Paragraph(
                "Timing: one-to-ones on time / late / due dates missed; under BACP, whole "
                "months that reached 90 minutes counted."
                + (
                    ""
                    if found.names
                    else " Standards, newly qualified status, leavers and flags are not shown "
                    "beside letters: they would point at a person."
                ),
                STYLES["note"],
            ),
        ]
        chart_minutes = [(p.name or p.letter, p.minutes, f"{p.minutes} min") for p in people]
        chart_share = [
            (p.name or p.letter, p.share or 0, f"{p.share:.0%}" if p.share is not None else "—")
            for p in people
        ]
        story += [
            CondPageBreak(70 * mm),
            Heading("Charts", 0),
            Paragraph("Supervision minutes in the period:", STYLES["body"]),
            charts.hbars(chart_minutes, max(m for _, m, _ in chart_minutes) or 1),
            Spacer(1, 4 * mm),
            Paragraph(
                "Average weighted caseload as a share of capacity (dashed line: 100%):",
                STYLES["body"],
            ),
            charts.hbars(
                chart_share,
                max(1.2, *(s for _, s, _ in chart_share)),
                colour=charts.LOAD,
                marker=1.0,
            ),
        ]
    else:
        story.append(
            Paragraph(
                text(
                    f"Team totals only: with {count}, fewer than "
                    f"{team_summary_figures.ANONYMITY}, figures beside a letter would point "
                    "at a person (in a small team, one counsellor, one newly qualified "
                    "worker or one part-timer is easy to recognise)."
                ),
                STYLES["note"],
            )
        )
    story.append(Spacer(1, 4 * mm))
    story.append(
        Paragraph(
            text("Standards used for these figures: " + "; ".join(found.standards_used) + "."),
            STYLES["note"],
        )
        if found.standards_used
        else Spacer(1, 1)
    )
    meta = Meta(
        f"Team supervision summary, {_period_words(start, end)}",
        _owner(vault),
        "Team supervision summary (figures only)",
        footer=_produced(today),
    )
    return render(story, meta, today)


def _share_only(share: float | None) -> str:
    return "none to judge" if share is None else f"{share:.0%}"


def _ratio_words(part: int, whole: int, thing: str, plural: str | None = None) -> str:
    if not whole:
        return "none to judge"
    return f"{part / whole:.0%} ({part} of {labels.count(whole, thing, plural)})"


# -- 4. the journal -------------------------------------------------------------------------


def _journal_story(entries: list[dict[str, Any]]) -> list:
    if not entries:
        return []
    story: list = [
        PageBreak(),
        Heading("Private journal", 0, style="title"),
        Paragraph("Entries chosen for this export only.", STYLES["note"]),
    ]
    for entry in entries:
        title = entry["title"] or "Untitled"
        story.append(Heading(f"{entry['date']} · {title}", 1))
        if entry["capacities"]:
            story.append(
                Paragraph(
                    text("Capacities: " + labels.capacities(entry["capacities"])), STYLES["note"]
                )
            )
        story += paragraphs(entry["body"])
    return story


@_with_fonts
def journal_export(vault: Vault, entry_ids: list[str], today: dt.date | None = None) -> bytes:
    if not entry_ids:
        raise UsageError("Pick at least one journal entry to export.")
    entries = sorted((repos.get(vault, "journal", i) for i in entry_ids), key=lambda e: e["date"])
    story = _journal_story(entries)[1:]  # no page break before the first page
    meta = Meta(
        "Private journal entries", _owner(vault), "Private reflective journal", private=True
    )
    return render(story, meta, today)


# -- 5. the extract for a child's file --------------------------------------------------------


@_with_fonts
def case_extract(
    vault: Vault,
    reference: str,
    start: dt.date | None = None,
    end: dt.date | None = None,
    *,
    include_labels: bool = False,
    not_copied: bool = False,
    decisions: list[casefile.Decision] | None = None,
    today: dt.date | None = None,
) -> bytes:
    """A management-oversight entry for each decision about one case, for the child's record,
    and nothing else from the sessions."""
    if decisions is None:
        decisions = casefile.for_case(vault, reference, start, end, not_copied=not_copied)
    name = casefile.case_name(decisions[0].case, include_labels) if decisions else reference
    period = (
        f"{labels.long_date(start) if start else 'the first record'} to "
        f"{labels.long_date(end) if end else 'today'}"
    )
    several = casefile.shared(decisions)
    story: list = [
        Heading(f"{casefile.TITLE}: case {name}", 0, style="title"),
        Paragraph(
            text(
                f"Management oversight of decisions made in supervision · {period}"
                + (" · only entries not yet copied to the child's file" if not_copied else "")
            ),
            STYLES["subtitle"],
        ),
        Paragraph(
            text(
                "Each entry is one decision: who made it and why, what is to be done and by "
                "when. The supervision record it came from stays with the worker."
                + (
                    " This case is held by more than one worker: each entry says whose "
                    "supervision it came from."
                    if several
                    else ""
                )
            ),
            STYLES["note"],
        ),
    ]
    if not decisions:
        story.append(
            Paragraph("No decisions recorded for this case in the period.", STYLES["empty"])
        )
    for d in decisions:
        facts = [
            ("Date", labels.long_date(d.date)),
            ("Case reference", d.case["reference"]),
            ("Worker", str(d.worker)),
            ("Manager", str(d.manager)),
        ]
        if several:
            facts.append(("From", casefile.supervision_of(d)))
        if d.archived:
            facts.append(("Note", casefile.ARCHIVED))
        facts += [
            ("Discussed", d.discussion["discussion"] or "Not recorded"),
            ("Decision", d.discussion["decision"] or "None recorded"),
            ("Rationale", d.discussion["rationale"] or "None recorded"),
            ("Decided by", casefile.decided_by(d)),
            ("Review", labels.long_date(d.review) if d.review else "At the next supervision"),
            (
                "Copied to the child's file",
                labels.long_date(d.copied) if d.copied else "Not yet",
            ),
        ]
        block = [
            Heading(f"{labels.long_date(d.date)} · {d.worker.name}", 1, style="h1"),
            _facts(facts),
            Spacer(1, 2 * mm),
            _table_or(
                ["Action", "Owner", "Timescale"],
                [[a.text, a.owner, casefile.timescale(a.due)] for a in d.actions],
                [98 * mm, 36 * mm, 36 * mm],
                "No actions agreed for this case.",
            ),
        ]
        story.append(KeepTogether(block))
    meta = Meta(
        f"{casefile.TITLE}: case {name}",
        _owner(vault),
        "Extract for the child's record (management oversight)",
        notice=casefile.FOOTER,
    )
    return render(story, meta, today)


# -- 6. the supervision agreement -----------------------------------------------------------


@_with_fonts
def agreement_document(vault: Vault, agreement_id: str, today: dt.date | None = None) -> bytes:
    """The agreement as its own document, for both people to keep and sign."""
    from .. import agreements

    agreement = repos.get(vault, "agreements", agreement_id)
    person = repos.get(vault, "people", agreement["person"])
    meta_ = vault.meta()
    supervisor = "" if vault.mode == "practitioner" else _owner(vault)
    role = labels.role(meta_.get("role")) if supervisor else ""
    earlier = agreements.history(vault, agreement)
    story: list = [
        Heading(f"Supervision agreement: {person['name']}", 0, style="title"),
        Paragraph(
            text(
                f"Agreed {labels.long_date(agreement['agreed'])}"
                + (
                    f" · to be reviewed by {labels.long_date(agreement['review'])}"
                    if agreement["review"]
                    else ""
                )
            ),
            STYLES["subtitle"],
        ),
    ]
    if earlier:
        story.append(
            Paragraph(
                text(
                    "Made at a review; it replaces the agreement of "
                    f"{labels.long_date(earlier[0]['agreed'])}, which stays on record"
                    + (
                        f" (and {labels.count(len(earlier) - 1, 'earlier one')})"
                        if earlier[1:]
                        else ""
                    )
                    + "."
                ),
                STYLES["note"],
            )
        )
    story.append(
        _facts(
            [
                ("Supervisee", f"{person['name']} ({labels.role(person['role'])})"),
                ("Supervisor", (f"{supervisor} ({role})" if role else supervisor) or "—"),
                (
                    "How often",
                    f"At least every {agreement['frequency_days']} days, for at least "
                    f"{agreement['minutes']} minutes",
                ),
                ("Where", agreement["location"] or "—"),
            ]
        )
    )
    story.append(Heading("What supervision is for", 1, style="h1"))
    story.append(
        Paragraph(
            "The four functions of supervision in Morrison's 4x4x4 model; those ticked are "
            "what this agreement commits both people to.",
            STYLES["note"],
        )
    )
    story.append(
        _facts(
            [
                (labels.FUNCTION[f], "Agreed" if f in agreement["purpose"] else "Not named")
                for f in labels.FUNCTION
            ]
        )
    )
    for field, title in labels.AGREEMENT_SECTION.items():
        story += [Heading(title, 1, style="h1"), *paragraphs(agreement[field])]
    signed = {
        "agreed_by_supervisor": agreement["signed_by_supervisor"],
        "agreed_by_supervisee": agreement["signed_by_supervisee"],
    }
    story += [
        Spacer(1, 4 * mm),
        KeepTogether([_agreement(supervisor, person["name"], signed)]),
    ]
    meta = Meta(
        f"Supervision agreement: {person['name']}",
        _owner(vault),
        "Supervision agreement",
        footer=(
            "Confidential: supervision agreement. Both people keep a copy; review it by the date "
            "above, and keep each version on record."
        ),
    )
    return render(story, meta, today)
