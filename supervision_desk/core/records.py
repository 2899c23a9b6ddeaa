"""What each kind of record holds, and the checks every value passes on its way in.

One table of fields serves the interchange format, the repositories and the app's forms,
so a rule (a range, an enumeration, a reference) is written once.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass
from typing import Any

from .errors import ValidationError
from .shown import shown

ROLES = (
    "social_worker",
    "youth_worker",
    "youth_justice",
    "police",
    "health",
    "education",
    "housing",
    "first_line_manager",
    "senior_manager",
    "strategic_leader",
    "other",
)
CAPACITIES = (
    "aliveness",
    "agency",
    "awareness",
    "attunement",
    "analysis",
    "allocation",
    "adaptation",
    "authority",
    "alignment",
)
SESSION_CAPACITIES = ("attunement", "analysis", "allocation", "adaptation")
FUNCTIONS = ("management", "support", "development", "mediation")
KINDS = ("one_to_one", "group", "ad_hoc", "reflective_group", "peer_group")
ACTION_STATUSES = ("open", "done", "dropped")
CONCERN_STATUSES = ("open", "resolved")
PROMPT_ROLES = ("practitioner", "first_line_manager", "senior_manager", "strategic_leader")
PROMPT_PARTIES = ("supervisor", "practitioner", "leader")  # who asks a prompt, who answers it
STANDARDS = ("lga_newly_qualified", "lga_monthly", "bacp_monthly", "agreement")
SESSION_STATUSES = ("held", "planned")
GROUP_KINDS = ("group", "reflective_group", "peer_group")  # a peer group has no facilitator
MODES = ("supervisor", "practitioner")
# Kinds of CPD, in the words a worker would pick on the regulator's renewal form.
CPD_TYPES = (
    "supervision",
    "learning_from_practice",
    "course",
    "reading",
    "e_learning",
    "conference",
    "shadowing",
    "research",
    "other",
)
GROUP_FORMATS = ("case_presentation", "action_learning", "reflective_team", "other")
AGREEMENT_SECTIONS = (
    "cancellation",
    "access",
    "retention",
    "professional_supervision",
    "learning_needs",
    "adjustments",
    "ad_hoc",
    "asye_items",
)
# The ASYE year (core/asye.py): which statement a worker is assessed against, the review
# points in months, the outcomes a review records, the self-assessment's stages and ratings,
# and the areas of both statements (each setting uses its own; see asye.AREAS).
ASYE_SETTINGS = ("children", "adults")
ASYE_REVIEW_MONTHS = (3, 6, 9, 12)
ASYE_OUTCOMES = ("on_track", "concerns", "action_plan", "passed", "not_passed", "extended")
ASYE_FINAL_OUTCOMES = ("passed", "not_passed", "extended")  # the 12-month review only
ASYE_STAGES = ("start", "middle", "end")
ASYE_RATINGS = ("starting", "developing", "secure", "strength")
# The areas of each knowledge and skills statement, in its order (core/asye.py cites them).
ASYE_CHILDREN_AREAS = (
    "relationships",
    "communication",
    "child_development",
    "adult_difficulties",
    "abuse_neglect",
    "family_assessment",
    "analysis",
    "law",
    "supervision_research",
    "organisation",
)
ASYE_ADULT_AREAS = (
    "adult_role",
    "person_centred",
    "safeguarding",
    "mental_capacity",
    "assessment_planning",
    "direct_work",
    "supervision_reflection",
    "organisation",
    "ethics_leadership",
    "end_of_year",
)
ASYE_AREAS = tuple(dict.fromkeys(ASYE_CHILDREN_AREAS + ASYE_ADULT_AREAS))
# The audit a principal social worker records against a sample of records (core/audit.py):
# the plain questions each sampled record is scored on, and the answers.
AUDIT_QUESTIONS = ("reflection", "rationale", "actions", "wellbeing", "agreed")
AUDIT_ANSWERS = ("yes", "no", "not_applicable")
MAX_TEXT = 1_000_000

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_SESSION_TEXT = ("agenda", *SESSION_CAPACITIES, "learning", "confidential_note")
_TIME = re.compile(r"([01]\d|2[0-3]):[0-5]\d")
_WEEK = re.compile(r"(\d{4})-W(\d{2})")
_CUSTOM = re.compile(r"custom:(\d{1,3}):(\d{1,3})")
_MONTH = re.compile(r"(\d{4})-(0[1-9]|1[0-2])")


@dataclass(frozen=True)
class Field:
    name: str
    kind: str  # text | line | date | time | week | int | number | bool | enum | enums | texts
    # | ids | standard | timestamp | changes | attendance (each attendee's own agreement)
    required: bool = False
    default: Any = None
    nullable: bool = False
    choices: tuple[str, ...] = ()
    low: float | None = None
    high: float | None = None
    above_low: bool = False  # the value must exceed ``low`` rather than reach it
    ref: str | None = None  # the record type an id refers to
    nonblank: bool = False  # text that must say something (not only spaces)
    since: int = 1  # the interchange version that introduced the field
    one_line: bool = False  # a name or title: no line breaks or other control characters


def _f(name: str, kind: str, **kw: Any) -> Field:
    return Field(name, kind, **kw)


ID = _f("id", "line", required=True)
SPECS: dict[str, tuple[Field, ...]] = {
    "people": (
        ID,
        _f("name", "line", required=True),
        _f("role", "enum", required=True, choices=ROLES),
        _f("fte", "number", default=1.0, low=0.0, high=1.5, above_low=True),
        _f("started_role", "date", nullable=True),
        _f("newly_qualified", "bool", default=False),
        _f("supervision_standard", "standard", default="lga_monthly"),
        _f("archived", "bool", default=False),
        _f("records_from", "date", nullable=True, since=2),
        _f("last_supervision_before", "date", nullable=True, since=2),
        _f("newly_qualified_until", "date", nullable=True, since=2),
        # Registration, apart from the role: LGA Standard 5 covers every registered social
        # worker, managers included. Not given: a social worker is taken to be registered.
        _f("registered_social_worker", "bool", nullable=True, since=3),
        _f("regulator", "text", nullable=True, one_line=True, since=3),
        # Calendar months with no client work (leave), which BACP does not count.
        _f("months_not_counted", "months", default=(), since=3),
    ),
    "cases": (
        ID,
        _f("person", "line", required=True, ref="people"),
        _f("reference", "line", required=True),
        _f("label", "text", nullable=True, one_line=True),
        _f("weight", "int", required=True, low=1, high=10),
        _f("allocated", "date", required=True),
        _f("closed", "date", nullable=True),
        _f("allocation_rationale", "text", default=""),
    ),
    "agreements": (
        ID,
        _f("person", "line", required=True, ref="people"),
        _f("agreed", "date", required=True),
        _f("review", "date", nullable=True),
        _f("frequency_days", "int", required=True, low=1, high=366),
        _f("minutes", "int", required=True, low=1, high=600),
        *(
            _f(n, "text", default="")
            for n in ("location", "confidentiality", "recording", "disagreement", "other")
        ),
        _f("signed_by_supervisor", "date", nullable=True),
        _f("signed_by_supervisee", "date", nullable=True),
        # What supervision is for: Morrison's four functions this agreement names.
        _f("purpose", "enums", default=(), choices=FUNCTIONS, since=3),
        *(_f(n, "text", default="", since=3) for n in AGREEMENT_SECTIONS),
        # A new version made at a review names the one it replaces, which stays on record.
        _f("replaces", "line", nullable=True, ref="agreements", since=3),
    ),
    "sessions": (
        ID,
        # A group session has no one person: its attendees are listed instead.
        _f("person", "line", nullable=True, ref="people"),
        _f("attendees", "ids", default=(), ref="people", since=2),
        _f("group_size", "int", nullable=True, low=1, high=1000, since=2),
        _f("status", "enum", default="held", choices=SESSION_STATUSES, since=2),
        _f("date", "date", required=True),
        _f("start", "time", nullable=True),
        _f("minutes", "int", required=True, low=1, high=600),
        _f("kind", "enum", default="one_to_one", choices=KINDS),
        _f("agenda", "text", default=""),
        *(_f(c, "text", default="") for c in SESSION_CAPACITIES),
        _f("learning", "text", default="", since=2),
        _f("confidential_note", "text", default="", since=2),
        _f("functions", "enums", default=(), choices=FUNCTIONS),
        _f("wellbeing", "int", nullable=True, low=0, high=10),
        _f("supervisee_comments", "text", default=""),
        _f("disagreement", "text", default="", since=2),
        _f("agreed_by_supervisor", "date", nullable=True),
        _f("agreed_by_supervisee", "date", nullable=True),
        _f("next_date", "date", nullable=True),
        _f("prompts_used", "texts", default=()),
        _f("tags", "texts", default=()),
        # Deleting an agreed record archives it: off every list, kept with its history.
        _f("archived", "bool", default=False, since=3),
        # A group's facilitator by name; none means the vault's owner (so a group recorded
        # before version 3 was run by the owner, as it was).
        _f("facilitator", "text", nullable=True, one_line=True, since=3),
        _f("group_format", "enum", nullable=True, choices=GROUP_FORMATS, since=3),
        _f("presenter", "line", nullable=True, ref="people", since=3),
        # Each attendee's own agreement to the record and wellbeing check-in (kept beside
        # the attendance itself, in session_attendees).
        _f("attendance", "attendance", default=(), since=3),
    ),
    "actions": (
        ID,
        _f("session", "line", required=True, ref="sessions"),
        _f("text", "text", required=True, nonblank=True),
        _f("owner", "line", default="supervisee"),
        _f("due", "date", nullable=True),
        _f("status", "enum", default="open", choices=ACTION_STATUSES),
        _f("closed_in_session", "line", nullable=True, ref="sessions"),
        # The case the action serves, for the child's file (none: a session that discussed
        # one case only serves that case).
        _f("case", "line", nullable=True, ref="cases", since=3),
    ),
    "case_discussions": (
        ID,
        _f("session", "line", required=True, ref="sessions"),
        _f("case", "line", required=True, ref="cases"),
        _f("discussion", "text", default=""),
        _f("decision", "text", default=""),
        _f("rationale", "text", default=""),
        _f("decided_by", "line", default="supervisor"),
        _f("for_case_file", "bool", default=False),
        _f("recorded_on_file", "date", nullable=True),
    ),
    "amendments": (
        ID,
        _f("session", "line", required=True, ref="sessions"),
        _f("at", "timestamp", required=True),
        _f("by", "line", required=True),
        _f("reason", "text", required=True, nonblank=True),
        _f("changes", "changes", required=True),
    ),
    "journal": (
        ID,
        _f("date", "date", required=True),
        _f("title", "text", default="", one_line=True),
        _f("body", "text", default=""),
        _f("capacities", "enums", default=(), choices=CAPACITIES),
        _f("tags", "texts", default=()),
        _f("session", "line", nullable=True, ref="sessions"),
    ),
    "time_logs": (
        _f("person", "line", required=True, ref="people"),
        _f("week", "week", required=True),
        *(
            _f(n, "number", nullable=True, low=0, high=100)
            for n in ("hours_worked", "direct_work", "recording", "cpd")
        ),
    ),
    "concerns": (
        ID,
        _f("person", "line", required=True, ref="people"),
        _f("date", "date", required=True),
        _f("raised_by", "line", required=True),
        _f("text", "text", required=True, nonblank=True),
        _f("status", "enum", default="open", choices=CONCERN_STATUSES),
        _f("outcome", "text", default=""),
    ),
    "cpd": (
        ID,
        _f("date", "date", required=True),
        _f("type", "enum", default="other", choices=CPD_TYPES),
        _f("description", "text", default=""),
        _f("learning", "text", default=""),
        _f("impact", "text", default=""),
        _f("peer_reflection", "text", default=""),
        _f("session", "line", nullable=True, ref="sessions"),
    ),
    "asye": (
        _f("person", "line", required=True, ref="people"),
        _f("setting", "enum", default="children", choices=ASYE_SETTINGS),
        _f("assessor", "text", default="", one_line=True),
        _f("assessor_role", "text", default="", one_line=True),
        _f("contracted_hours", "number", nullable=True, low=0, high=80, above_low=True),
        _f("nine_month", "bool", default=False),
    ),
    "asye_reviews": (
        ID,
        _f("person", "line", required=True, ref="people"),
        _f("months", "int", required=True, low=3, high=12),
        _f("held", "date", required=True),
        _f("outcome", "enum", required=True, choices=ASYE_OUTCOMES),
        _f("notes", "text", default=""),
    ),
    "asye_time": (
        ID,
        _f("person", "line", required=True, ref="people"),
        _f("date", "date", required=True),
        _f("hours", "number", required=True, low=0, high=80, above_low=True),
        _f("note", "text", default=""),
    ),
    "asye_observations": (
        ID,
        _f("person", "line", required=True, ref="people"),
        _f("date", "date", required=True),
        _f("observer", "line", required=True),
        _f("note", "text", default=""),
    ),
    "asye_kss": (
        ID,
        _f("person", "line", required=True, ref="people"),
        _f("stage", "enum", required=True, choices=ASYE_STAGES),
        _f("area", "enum", required=True, choices=ASYE_AREAS),
        _f("date", "date", required=True),
        _f("rating", "enum", required=True, choices=ASYE_RATINGS),
        _f("note", "text", default=""),
    ),
    "audits": (
        ID,
        _f("date", "date", required=True),
        _f("period_start", "date", required=True),
        _f("period_end", "date", required=True),
        _f("auditor", "line", required=True),
        _f("note", "text", default=""),
    ),
    # No reference to the session: an audit keeps its scores when a record it sampled is
    # later deleted (the record's date stays, for the period it counts in).
    "audit_items": (
        ID,
        _f("audit", "line", required=True, ref="audits"),
        _f("session", "line", required=True),
        _f("date", "date", required=True),
        *(_f(q, "enum", nullable=True, choices=AUDIT_ANSWERS) for q in AUDIT_QUESTIONS),
        _f("note", "text", default=""),
    ),
    # A practitioner's own mark that an action of a record received from their supervisor is
    # done (core/my_supervision.py): ``action`` is that action's id in the received record,
    # never a row of ``actions``; ``done`` the day it was marked.
    "action_marks": (
        _f("action", "line", required=True),
        _f("done", "date", required=True),
    ),
    "custom_prompts": (
        ID,
        _f("capacity", "enum", required=True, choices=CAPACITIES),
        _f("roles", "enums", default=(), choices=PROMPT_ROLES),
        _f("text", "text", required=True, nonblank=True),
    ),
}
KEYS: dict[str, tuple[str, ...]] = {kind: ("id",) for kind in SPECS} | {
    "time_logs": ("person", "week"),
    "asye": ("person",),
    "action_marks": ("action",),
}
ASYE_KINDS = ("asye", "asye_reviews", "asye_time", "asye_observations", "asye_kss")
AUDIT_KINDS = ("audits", "audit_items")
# Order that satisfies references when writing.
ORDER = (
    "people",
    "cases",
    "agreements",
    "sessions",
    "actions",
    "case_discussions",
    "amendments",
    "journal",
    "time_logs",
    "concerns",
    "custom_prompts",
    "cpd",
    *ASYE_KINDS,
    *AUDIT_KINDS,
    "action_marks",
)
LIST_KINDS = frozenset({"enums", "texts", "ids"})
JSON_KINDS = LIST_KINDS | {"changes", "months"}  # stored as JSON text
# The interchange version that introduced each kind (1 when not named).
SINCE = {"agreements": 2, "case_discussions": 2, "amendments": 2, "cpd": 3} | dict.fromkeys(
    (*ASYE_KINDS, *AUDIT_KINDS, "action_marks"), 3
)
VIRTUAL_KINDS = frozenset({"attendance"})  # kept in a table of their own, not a column
NEWEST = 3  # the newest set of fields this code knows


def stored(kind: str) -> tuple[Field, ...]:
    """The fields kept in the record's own table, in column order."""
    return tuple(s for s in SPECS[kind] if s.kind not in VIRTUAL_KINDS)


def parse_date(value: Any, path: str) -> dt.date:
    if isinstance(value, str) and _DATE.fullmatch(value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise ValidationError(path, f"must be a date written YYYY-MM-DD, not {_show(value)}")


def parse_week(value: Any, path: str) -> tuple[int, int]:
    match = _WEEK.fullmatch(value) if isinstance(value, str) else None
    if match:
        year, week = int(match[1]), int(match[2])
        try:
            dt.date.fromisocalendar(year, week, 1)
            return year, week
        except ValueError:
            pass
    raise ValidationError(path, f"must be an ISO week written YYYY-Www, not {_show(value)}")


def parse_standard(value: Any, path: str) -> tuple[str, int, int]:
    """A supervision standard as (name, days between sessions, minimum minutes)."""
    fixed = {"lga_monthly": 31, "bacp_monthly": 31, "lga_newly_qualified": 31, "agreement": 31}
    if value in fixed:
        return value, fixed[value], 90
    match = _CUSTOM.fullmatch(value) if isinstance(value, str) else None
    if match and 1 <= int(match[1]) <= 366 and 1 <= int(match[2]) <= 600:
        return "custom", int(match[1]), int(match[2])
    raise ValidationError(
        path,
        "must be lga_newly_qualified, lga_monthly, bacp_monthly, agreement or "
        "custom:<days>:<minutes> "
        f"(days 1-366, minutes 1-600), not {_show(value)}",
    )


def shown_key(key: str) -> str:
    """A key from a file, safe to print: escapes instead of control characters, and short."""
    text = shown(key)
    return text if len(text) <= 40 else text[:37] + "..."


def _show(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


# Control characters (newlines, NUL...) and the bidi controls that can make text read in an
# order other than the one stored: never in a name, a reference, a title or an id.
_NOT_IN_A_LINE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
NOT_IN_A_LINE = _NOT_IN_A_LINE  # what a line shown as one line may not hold


def check_text(value: Any, path: str, *, one_line: bool = False, nonblank: bool = False) -> str:
    if not isinstance(value, str):
        raise ValidationError(path, f"must be text, not {_show(value)}")
    if len(value) > MAX_TEXT:
        raise ValidationError(path, f"is longer than {MAX_TEXT:,} characters")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValidationError(path, "is not valid Unicode (it holds a lone surrogate)") from None
    if "\x00" in value:  # never text; a NUL read back from the vault means a damaged page
        raise ValidationError(path, "holds a NUL character")
    if one_line and _NOT_IN_A_LINE.search(value):
        raise ValidationError(
            path, "must be one line, without control or text-direction characters"
        )
    if nonblank and not value.strip():
        raise ValidationError(path, "must not be empty")
    return value


def check_value(spec: Field, value: Any, path: str) -> Any:
    """Return the value in canonical form, or raise ValidationError naming ``path``."""
    if value is None:
        if spec.nullable:
            return None
        raise ValidationError(path, "must not be null")
    kind = spec.kind
    if kind in ("text", "line"):
        line = kind == "line"
        return check_text(
            value, path, one_line=line or spec.one_line, nonblank=line or spec.nonblank
        )
    if kind == "date":
        parse_date(value, path)
        return value
    if kind == "time":
        if isinstance(value, str) and _TIME.fullmatch(value):
            return value
        raise ValidationError(path, f"must be a time written HH:MM, not {_show(value)}")
    if kind == "week":
        parse_week(value, path)
        return value
    if kind == "timestamp":
        return check_timestamp(value, path)
    if kind == "changes":
        return _check_changes(value, path)
    if kind == "attendance":
        return _check_attendance(value, path)
    if kind == "months":
        return _check_months(value, path)
    if kind == "standard":
        parse_standard(value, path)
        return value
    if kind == "bool":
        if isinstance(value, bool):
            return value
        raise ValidationError(path, f"must be true or false, not {_show(value)}")
    if kind in ("int", "number"):
        ok_type = isinstance(value, int) or (kind == "number" and isinstance(value, float))
        if isinstance(value, bool) or not ok_type or not math.isfinite(value):
            what = "a whole number" if kind == "int" else "a number"
            raise ValidationError(path, f"must be {what}, not {_show(value)}")
        above_low = spec.low is None or (value > spec.low if spec.above_low else value >= spec.low)
        if not above_low or (spec.high is not None and value > spec.high):
            low = f"more than {spec.low:g}" if spec.above_low else f"{spec.low:g}"
            raise ValidationError(path, f"must be from {low} to {spec.high:g}, not {value}")
        return float(value) if kind == "number" else value
    if kind == "enum":
        if value in spec.choices:
            return value
        raise ValidationError(path, f"must be one of {', '.join(spec.choices)}; not {_show(value)}")
    if kind in LIST_KINDS:
        if not isinstance(value, list):
            raise ValidationError(path, f"must be a list, not {_show(value)}")
        items = []
        for i, item in enumerate(value):
            item_path = f"{path}[{i}]"
            if kind == "enums" and item not in spec.choices:
                raise ValidationError(
                    item_path, f"must be one of {', '.join(spec.choices)}; not {_show(item)}"
                )
            items.append(check_text(item, item_path, one_line=True, nonblank=True))
        if len(set(items)) != len(items):
            raise ValidationError(path, "lists the same value twice")
        return items
    raise AssertionError(f"unknown field kind {kind}")  # a programming error, not input


def check_record(kind: str, record: Any, path: str, version: int = NEWEST) -> dict[str, Any]:
    """Validate one record (unknown keys are errors) and fill in defaults. A field added in a
    later version of the interchange format is unknown in a file of an earlier one."""
    if not isinstance(record, dict):
        raise ValidationError(path, f"must be an object, not {_show(record)}")
    specs = SPECS[kind]
    known = {s.name for s in specs if s.since <= version}
    for key in record:
        if key not in known:
            raise ValidationError(
                f"{path}.{shown_key(key)}", "is not a known field (check the spelling)"
            )
    clean: dict[str, Any] = {}
    for spec in specs:
        if spec.name in record:
            clean[spec.name] = check_value(spec, record[spec.name], f"{path}.{spec.name}")
        elif spec.required:
            raise ValidationError(f"{path}.{spec.name}", "is required")
        else:
            default = spec.default
            clean[spec.name] = list(default) if isinstance(default, tuple) else default
    _check_relations(kind, clean, path)
    return clean


def check_timestamp(value: Any, path: str) -> str:
    try:
        stamp = dt.datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        stamp = None
    if stamp is None or stamp.tzinfo is None or "T" not in value:
        raise ValidationError(path, "must be an ISO 8601 timestamp with an offset")
    return value


def _check_attendance(value: Any, path: str) -> list[dict[str, Any]]:
    """[{"person": id, "agreed": date or null, "wellbeing": 0-10 or null}], each person once."""
    if not isinstance(value, list):
        raise ValidationError(path, f"must be a list, not {_show(value)}")
    found = []
    for i, item in enumerate(value):
        where = f"{path}[{i}]"
        if not isinstance(item, dict) or "person" not in item:
            raise ValidationError(where, 'must be an object with "person"')
        for key in item:
            if key not in ("person", "agreed", "wellbeing"):
                raise ValidationError(f"{where}.{shown_key(key)}", "is not a known field")
        entry = {
            "person": check_text(item["person"], f"{where}.person", one_line=True, nonblank=True),
            "agreed": check_value(_ATTENDED_ON, item.get("agreed"), f"{where}.agreed"),
            "wellbeing": check_value(
                _ATTENDEE_WELLBEING, item.get("wellbeing"), f"{where}.wellbeing"
            ),
        }
        if entry["agreed"] is not None or entry["wellbeing"] is not None:
            found.append(entry)  # an attendee with neither is simply an attendee
    people = [e["person"] for e in found]
    if len(set(people)) != len(people):
        raise ValidationError(path, "lists the same person twice")
    return found


_ATTENDED_ON = Field("agreed", "date", nullable=True)
_ATTENDEE_WELLBEING = Field("wellbeing", "int", nullable=True, low=0, high=10)


def _check_months(value: Any, path: str) -> list[dict[str, str]]:
    """Months not counted: [{"month": "YYYY-MM", "note": why}], each month once."""
    if not isinstance(value, list):
        raise ValidationError(path, f"must be a list, not {_show(value)}")
    found = []
    for i, item in enumerate(value):
        where = f"{path}[{i}]"
        if not isinstance(item, dict) or not set(item) <= {"month", "note"} or "month" not in item:
            raise ValidationError(where, 'must be an object with "month" and "note"')
        if not isinstance(item["month"], str) or not _MONTH.fullmatch(item["month"]):
            raise ValidationError(
                f"{where}.month", f"must be a month written YYYY-MM, not {_show(item['month'])}"
            )
        note = check_text(item.get("note", ""), f"{where}.note")
        found.append({"month": item["month"], "note": note})
    months = [m["month"] for m in found]
    if len(set(months)) != len(months):
        raise ValidationError(path, "lists the same month twice")
    return sorted(found, key=lambda m: m["month"])


def _check_changes(value: Any, path: str) -> dict[str, Any]:
    """An amendment's changes: session field -> {"from": old, "to": new}."""
    if not isinstance(value, dict) or not value:
        raise ValidationError(path, "must be an object naming at least one changed field")
    fields = {s.name for s in SPECS["sessions"]} - {"id"}
    for name, change in value.items():
        where = f"{path}.{name}"
        if name not in fields:
            raise ValidationError(where, "is not a field of a session")
        if not isinstance(change, dict) or set(change) != {"from", "to"}:
            raise ValidationError(where, 'must be an object with "from" and "to"')
    return value


def _check_relations(kind: str, rec: dict[str, Any], path: str) -> None:
    """Rules between fields of one record."""
    if kind == "sessions":
        if rec["person"] is None and not rec["attendees"]:
            raise ValidationError(
                f"{path}.person",
                "is required: a session is with a person, or for a group lists its attendees",
            )
        outside = [a["person"] for a in rec["attendance"] if a["person"] not in rec["attendees"]]
        if outside:
            raise ValidationError(
                f"{path}.attendance", f"names {outside[0]!r}, who is not among the attendees"
            )
        order = {p: i for i, p in enumerate(rec["attendees"])}
        rec["attendance"].sort(key=lambda a: order[a["person"]])
        if rec["presenter"] is not None and rec["presenter"] not in rec["attendees"]:
            raise ValidationError(f"{path}.presenter", "must be one of the group's attendees")
        if rec["group_size"] is not None and rec["group_size"] < len(rec["attendees"]):
            raise ValidationError(
                f"{path}.group_size", "is fewer than the attendees listed for the group"
            )
    if (
        kind == "people"
        and rec["records_from"]
        and rec["last_supervision_before"]
        and rec["last_supervision_before"] >= rec["records_from"]
    ):
        raise ValidationError(
            f"{path}.last_supervision_before", "must be before the day the records start"
        )
    if kind == "agreements" and rec["review"] and rec["review"] < rec["agreed"]:
        raise ValidationError(f"{path}.review", "is before the date the agreement was made")
    if kind == "cases" and rec["closed"] and rec["closed"] < rec["allocated"]:
        raise ValidationError(f"{path}.closed", "is before the date the case was allocated")
    if kind == "asye_reviews":
        if rec["months"] not in ASYE_REVIEW_MONTHS:
            raise ValidationError(f"{path}.months", "must be 3, 6, 9 or 12")
        if rec["outcome"] in ASYE_FINAL_OUTCOMES and rec["months"] != 12:
            raise ValidationError(
                f"{path}.outcome", "passed, not passed or extended is for the 12-month review"
            )
    if kind == "audits" and rec["period_end"] < rec["period_start"]:
        raise ValidationError(f"{path}.period_end", "is before the start of the period")
    if kind == "actions" and rec["closed_in_session"] and rec["status"] == "open":
        raise ValidationError(f"{path}.status", "is open but the action says it was closed")


def key_of(kind: str, record: dict[str, Any]) -> tuple[Any, ...]:
    return tuple(record[k] for k in KEYS[kind])


def references(kind: str) -> list[Field]:
    return [s for s in SPECS[kind] if s.ref]
