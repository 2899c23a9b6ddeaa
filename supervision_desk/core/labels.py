"""What people read for every enumeration and field: one place, no Qt, so the app, the PDFs and
the command line name things alike. A test checks every choice has a label."""

from __future__ import annotations

import datetime as dt

from .errors import DeskError, ValidationError
from .records import (
    ACTION_STATUSES,
    AGREEMENT_SECTIONS,
    ASYE_AREAS,
    ASYE_OUTCOMES,
    ASYE_RATINGS,
    ASYE_SETTINGS,
    ASYE_STAGES,
    AUDIT_ANSWERS,
    AUDIT_QUESTIONS,
    CAPACITIES,
    CONCERN_STATUSES,
    CPD_TYPES,
    FUNCTIONS,
    GROUP_FORMATS,
    KINDS,
    MODES,
    PROMPT_PARTIES,
    PROMPT_ROLES,
    ROLES,
    SESSION_STATUSES,
    STANDARDS,
    parse_standard,
)

ROLE = {
    "social_worker": "Social worker",
    "youth_worker": "Youth worker",
    "youth_justice": "Youth justice worker",
    "police": "Police",
    "health": "Health",
    "education": "Education",
    "housing": "Housing",
    "first_line_manager": "First-line manager",
    "senior_manager": "Senior manager",
    "strategic_leader": "Strategic leader",
    "other": "Other",
}
PROMPT_ROLE = {
    "practitioner": "Practitioners",
    "first_line_manager": "First-line managers",
    "senior_manager": "Senior managers",
    "strategic_leader": "Strategic leaders",
}
CAPACITY = {key: key.capitalize() for key in CAPACITIES}
FUNCTION = {
    "management": "Management",
    "support": "Support",
    "development": "Development",
    "mediation": "Mediation",
}
KIND = {
    "one_to_one": "One-to-one",
    "group": "Group",
    "ad_hoc": "Ad hoc",
    "reflective_group": "Reflective group",
    "peer_group": "Peer group",
}
ACTION_STATUS = {"open": "Open", "done": "Done", "dropped": "Dropped"}
CONCERN_STATUS = {"open": "Open", "resolved": "Resolved"}
# Registration as a social worker, apart from the role (None: taken from the role).
REGISTERED = {None: "From the role", True: "Yes", False: "No"}
# Bodies a person may be registered with or accredited by, offered in the person form; the
# field is free text, so any other body can be typed.
REGULATORS = (
    "Social Work England",
    "Social Care Wales",
    "Scottish Social Services Council (SSSC)",
    "Northern Ireland Social Care Council (NISCC)",
    "Health and Care Professions Council (HCPC)",
    "Nursing and Midwifery Council (NMC)",
    "British Association for Counselling and Psychotherapy (BACP)",
    "UK Council for Psychotherapy (UKCP)",
    "National Counselling and Psychotherapy Society (NCPS)",
)
STANDARD = {
    "lga_monthly": "LGA: at least monthly, 90 minutes",
    "lga_newly_qualified": "LGA newly qualified: weekly, then fortnightly, then monthly",
    "bacp_monthly": "BACP: 90 minutes in each calendar month",
    "agreement": "As set in their supervision agreement",
}
SESSION_STATUS = {"held": "Held", "planned": "Planned"}
# Where a person's rhythm comes from, as a practitioner's summary cites it.
STANDARD_CITED = {
    "lga_monthly": "LGA Standard 5",
    "lga_newly_qualified": "LGA Standard 5 (newly qualified)",
    "agreement": "the supervision agreement",
    "custom": "the employer's own standard",
}
# The standard a figure was judged by, named with what it asks (team summary, PDF and CSV).
STANDARD_SOURCE = {
    "lga_monthly": "LGA Standard 5 (at least monthly, 90 minutes)",
    "lga_newly_qualified": "LGA Standard 5, newly qualified (weekly, fortnightly, monthly)",
    "bacp_monthly": "BACP (90 minutes in each calendar month, group time weighted)",
    "custom": "a local rhythm (the employer's or this app's default, not a national standard)",
    "agreement": "the person's supervision agreement",
}
MODE = {"supervisor": "Supervisor (many supervisees)", "practitioner": "Practitioner (my own)"}
RAISED_BY = {"supervisee": "Supervisee", "supervisor": "Supervisor"}
# Who puts a prompt and who answers it.
PARTY = {"supervisor": "The supervisor", "practitioner": "The practitioner", "leader": "A leader"}
CPD_TYPE = {
    "supervision": "Supervision or peer discussion",
    "learning_from_practice": "Learning from practice",
    "course": "Course or training",
    "reading": "Reading",
    "e_learning": "E-learning",
    "conference": "Conference or event",
    "shadowing": "Shadowing or observation",
    "research": "Research or study",
    "other": "Other",
}
GROUP_FORMAT = {
    "case_presentation": "Case presentation",
    "action_learning": "Action-learning set",
    "reflective_team": "Reflective team",
    "other": "Other format",
}
# What each of Morrison's functions asks of supervision, as the agreement's purpose.
PURPOSE = {
    "management": "Management: accountable, competent practice",
    "support": "Support: the personal effect of the work",
    "development": "Development: learning and professional growth",
    "mediation": "Mediation: between the worker and the organisation",
}
# The agreement's written sections, in the order the form and the PDF show them.
AGREEMENT_SECTION = {
    "confidentiality": "Confidentiality and its limits",
    "recording": "How the record is written and agreed",
    "access": "Who may read the records",
    "retention": "How long the records are kept",
    "cancellation": "Cancelling and rescheduling",
    "ad_hoc": "Ad hoc supervision between sessions",
    "professional_supervision": "Professional supervision by a registered social worker",
    "learning_needs": "Learning needs",
    "adjustments": "Reasonable adjustments",
    "asye_items": "ASYE learning agreement items",
    "disagreement": "How disagreement is handled",
    "other": "Anything else agreed",
}
ASYE_SETTING = {
    "children": "Children and families",
    "adults": "Adult services",
}
ASYE_OUTCOME = {
    "on_track": "On track",
    "concerns": "Some concerns, noted",
    "action_plan": "Not on track: support plan agreed",
    "passed": "Passed the ASYE",
    "not_passed": "Did not pass the ASYE",
    "extended": "Year extended",
}
ASYE_STAGE = {
    "start": "Start of the year",
    "middle": "Middle of the year",
    "end": "End of the year",
}
ASYE_RATING = {
    "starting": "Just starting",
    "developing": "Developing",
    "secure": "Secure",
    "strength": "A strength",
}
# The areas of the two knowledge and skills statements, in our own words (core/asye.py says
# which statement each belongs to and cites it).
ASYE_AREA = {
    # children and families (Department for Education, 2018)
    "relationships": "Building relationships and doing direct work with children and families",
    "communication": "Communicating with children, families and other professionals",
    "child_development": "How children grow and develop",
    "adult_difficulties": (
        "Parents' mental ill health, substance use, domestic abuse, illness and disability, "
        "and what they mean for a child"
    ),
    "abuse_neglect": "Recognising abuse and neglect of children",
    "family_assessment": "Assessing children and their families",
    "analysis": "Analysis, decisions, planning and review",
    "law": "The law and the family courts",
    "supervision_research": "Making use of supervision and research",
    "organisation": "Working within the organisation",
    # adult services (Department of Health, 2015)
    "adult_role": "What social work with adults is for",
    "person_centred": "Working alongside the person, from their own wishes and strengths",
    "safeguarding": "Safeguarding adults, and acting on risk to a child met in the work",
    "mental_capacity": "Mental capacity: supporting decisions and judging capacity",
    "assessment_planning": "Assessment, and planning support around outcomes",
    "direct_work": "Direct work with people and their families",
    "supervision_reflection": "Supervision, critical thinking and reflection",
    "ethics_leadership": "Professional ethics and leadership",
    "end_of_year": "The overall capability expected by the end of the first year",
}

# Every enumeration with its labels: the test walks this table.
# The audit of a sample of records: each question as the auditor reads it, and its answers.
AUDIT_QUESTION = {
    "reflection": "Reflection on practice is written, not only case updates",
    "rationale": "Decisions are recorded with the reasons for them",
    "actions": "Actions have an owner and a date",
    "wellbeing": "The worker was asked how they are",
    "agreed": "The record was agreed by both",
}
# The same questions, short, for summaries.
AUDIT_SHORT = {
    "reflection": "reflection written",
    "rationale": "decisions with their reasons",
    "actions": "actions with an owner and a date",
    "wellbeing": "wellbeing asked",
    "agreed": "agreed by both",
}
AUDIT_ANSWER = {"yes": "Yes", "no": "No", "not_applicable": "Not applicable"}

ENUMERATIONS: dict[str, tuple[tuple[str, ...], dict[str, str]]] = {
    "role": (ROLES, ROLE),
    "prompt role": (PROMPT_ROLES, PROMPT_ROLE),
    "capacity": (CAPACITIES, CAPACITY),
    "function": (FUNCTIONS, FUNCTION),
    "kind": (KINDS, KIND),
    "action status": (ACTION_STATUSES, ACTION_STATUS),
    "concern status": (CONCERN_STATUSES, CONCERN_STATUS),
    "standard": (STANDARDS, STANDARD),
    "mode": (MODES, MODE),
    "session status": (SESSION_STATUSES, SESSION_STATUS),
    "CPD type": (CPD_TYPES, CPD_TYPE),
    "prompt party": (PROMPT_PARTIES, PARTY),
    "group format": (GROUP_FORMATS, GROUP_FORMAT),
    "purpose": (FUNCTIONS, PURPOSE),
    "agreement section": (
        ("confidentiality", "recording", "disagreement", "other", *AGREEMENT_SECTIONS),
        AGREEMENT_SECTION,
    ),
    "owner": (("supervisee", "supervisor"), RAISED_BY),
    "ASYE setting": (ASYE_SETTINGS, ASYE_SETTING),
    "ASYE outcome": (ASYE_OUTCOMES, ASYE_OUTCOME),
    "ASYE stage": (ASYE_STAGES, ASYE_STAGE),
    "ASYE rating": (ASYE_RATINGS, ASYE_RATING),
    "ASYE area": (ASYE_AREAS, ASYE_AREA),
    "audit question": (AUDIT_QUESTIONS, AUDIT_QUESTION),
    "audit answer": (AUDIT_ANSWERS, AUDIT_ANSWER),
}

# Field names as a person would say them, for messages shown beside a field.
FIELDS: dict[str, str] = {
    "actions.text": "Action",
    "actions.owner": "Owner",
    "actions.due": "Due date",
    "actions.status": "Status",
    "people.name": "Name",
    "people.fte": "FTE",
    "people.started_role": "In role since",
    "people.records_from": "Records start here on",
    "people.last_supervision_before": "Last supervision before that",
    "audits.auditor": "Audited by",
    "audits.period_end": "To",
    "people.registered_social_worker": "Registered social worker",
    "people.regulator": "Regulator",
    "people.months_not_counted": "Months not counted for BACP",
    "cases.reference": "Case reference",
    "cases.weight": "Weight",
    "cases.allocated": "Allocated on",
    "cases.closed": "Closing date",
    "cases.allocation_rationale": "Why it is allocated this way",
    "concerns.text": "The concern",
    "concerns.outcome": "What was done",
    "concerns.raised_by": "Raised by",
    "custom_prompts.text": "Prompt",
    "journal.title": "Title",
    "sessions.minutes": "Length",
    "sessions.learning": "Learning and development",
    "sessions.supervisee_comments": "Supervisee's comments",
    "sessions.disagreement": "Disagreement with this record",
    "received.learning": "Learning and development",
    "received.supervisee_comments": "Supervisee's comments",
    "received.disagreement": "Disagreement with this record",
    "cpd.date": "Date",
    "cpd.description": "What it was and why it was relevant",
    "cpd.learning": "What I learnt",
    "cpd.impact": "Impact on my practice and the people I work with",
    "cpd.peer_reflection": "What I learnt from discussing it with a peer",
    "asye.assessor": "Assessor",
    "asye.contracted_hours": "Contracted hours a week",
    "asye_reviews.held": "Held on",
    "asye_time.hours": "Hours",
    "asye_time.date": "Date",
    "asye_observations.observer": "Observer",
    "asye_observations.date": "Date",
}


# What to say when a field that must say something was left empty.
EMPTY: dict[str, str] = {
    "people.name": "Enter a name or initials.",
    "cases.reference": "Enter the case reference.",
    "cases.allocation_rationale": "Write why the case is allocated this way: the reason is "
    "part of the decision.",
    "actions.text": "Write what is to be done.",
    "concerns.text": "Describe the concern.",
    "concerns.raised_by": "Say who raised the concern.",
    "custom_prompts.text": "Write the prompt.",
    "asye_observations.observer": "Say who observed the practice.",
    "audits.auditor": "Say who is auditing the records.",
}


def standard(value: str) -> str:
    """A supervision standard in words, custom rhythms included."""
    if value in STANDARD:
        return STANDARD[value]
    name, days, minutes = parse_standard(value, "standard")
    if name != "custom":
        return value
    # No national standard sets this rhythm: say so beside the cited ones.
    return f"Every {days} days, at least {minutes} minutes (local default)"


def month(value: str) -> str:
    """2026-02 -> "February 2026"."""
    first = dt.date.fromisoformat(value + "-01")
    return f"{MONTH_NAMES[first.month - 1]} {first.year}"


def month_not_counted(entry: dict[str, str]) -> str:
    """A month BACP does not count, with its note."""
    return month(entry["month"]) + (f" — {entry['note']}" if entry["note"] else "")


# Each section of records, as a count reads: (one, many).
RECORDS = {
    "people": ("person", "people"),
    "cases": ("case", "cases"),
    "agreements": ("supervision agreement", "supervision agreements"),
    "sessions": ("session", "sessions"),
    "actions": ("action", "actions"),
    "case_discussions": ("case discussion", "case discussions"),
    "amendments": ("amendment", "amendments"),
    "journal": ("journal entry", "journal entries"),
    "time_logs": ("record of time", "records of time"),
    "concerns": ("concern", "concerns"),
    "custom_prompts": ("prompt of your own", "prompts of your own"),
    "cpd": ("CPD entry", "CPD entries"),
    "asye": ("ASYE year", "ASYE years"),
    "asye_reviews": ("ASYE review", "ASYE reviews"),
    "asye_time": ("record of ASYE development time", "records of ASYE development time"),
    "asye_observations": ("ASYE observation", "ASYE observations"),
    "asye_kss": ("ASYE self-assessment", "ASYE self-assessments"),
}


def records(counts: dict[str, int]) -> str:
    """``{"people": 1, "sessions": 3}`` -> "1 person, 3 sessions" (sections with none left out)."""
    return ", ".join(count(n, *RECORDS[kind]) for kind, n in counts.items() if n)


# The tracker settings (core/policy.py), named as the Tracker settings dialog names them.
SETTING = {
    "points_per_fte": "Capacity of a full-time worker",
    "newly_qualified_share": "Newly qualified workload",
    "contracted_hours": "Contracted hours in a full-time week",
    "newly_qualified_share_for_all": "Newly qualified share for every profession",
}


def setting(key: str, value) -> str:
    """A tracker setting's value as the dialog shows it (a standard: see ``standard``)."""
    if key == "points_per_fte":
        return f"{value:g} points"
    if key == "newly_qualified_share":
        return f"{round(value * 100)}%"
    if key == "contracted_hours":
        return f"{value:g} hours"
    if key == "newly_qualified_share_for_all":
        return "yes" if value else "no (social workers in the ASYE only)"
    return str(value)


def owner(value: str) -> str:
    return RAISED_BY.get(value, value)


def role(value: str | None) -> str:
    """A role in words ("" when none is given)."""
    return ROLE.get(value or "", value or "")


def functions(values: list[str]) -> str:
    return ", ".join(FUNCTION[v] for v in values)


def capacities(values: list[str]) -> str:
    return ", ".join(CAPACITY[v] for v in values)


def _key(path: str) -> str:
    parts = [p.split("[")[0] for p in path.lstrip("$.").split(".")]
    return ".".join(parts[-2:])


def field(path: str) -> str:
    """``actions.due`` or ``$.actions[2].due`` -> "Due date"."""
    key = _key(path)
    return FIELDS.get(key, key.rsplit(".", 1)[-1].replace("_", " ").capitalize())


def message(exc: DeskError) -> str:
    """An expected error in words a person understands; a validation error names the field
    as the form does."""
    if not isinstance(exc, ValidationError):
        return str(exc)
    key = _key(exc.path)
    if exc.problem == "must not be empty" and key in EMPTY:
        return EMPTY[key]
    return f"{field(exc.path)}: {exc.problem}"


# Month names in English whatever the system's language (strftime's %B would follow the
# locale Qt sets), so a date reads the same on screen, in PDFs and on the command line, and
# core.dates reads back what is shown.
MONTH_NAMES = (
    "January February March April May June July August September October November December"
).split()
MONTHS = tuple(name[:3] for name in MONTH_NAMES)


def _day(value: str | dt.date) -> dt.date:
    return dt.date.fromisoformat(value[:10]) if isinstance(value, str) else value


def long_date(value: str | dt.date | None) -> str:
    """3 March 2026: how dates read in messages and records."""
    if not value:
        return ""
    day = _day(value)
    return f"{day.day} {MONTH_NAMES[day.month - 1]} {day.year}"


def short_date(value: str | dt.date | None) -> str:
    """25 Nov 2026: how a date reads in lists, tables and short lines ("" for none). A
    stored ISO date or timestamp, or a date."""
    if not value:
        return ""
    day = _day(value)
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def brief_date(value: str | dt.date | None, today: dt.date) -> str:
    """3 Nov: a date of this year in a crowded table; a date of any other year keeps its year
    (25 Nov 2026)."""
    if not value:
        return ""
    day = _day(value)
    return f"{day.day} {MONTHS[day.month - 1]}" if day.year == today.year else short_date(day)


def typed_date(text: str) -> str:
    """A date field's text as a person reads it: a stored ISO date the UK way, anything else
    (typed, not yet saved) exactly as typed."""
    try:
        return short_date(dt.date.fromisoformat(text.strip())) if text.strip() else ""
    except ValueError:
        return text


def count(n: int, thing: str, plural: str | None = None) -> str:
    return f"{n} {thing if n == 1 else (plural or thing + 's')}"


def amount(done: int, total: int) -> str:
    """How much of a file has been read, in the unit that suits its size: "12.3 of 40.0 MB",
    "120 of 400 kB"."""
    if total >= 1_000_000:
        return f"{done / 1e6:,.1f} of {total / 1e6:,.1f} MB"
    return f"{done / 1e3:,.0f} of {max(total / 1e3, 1):,.0f} kB"
