"""The versions of a session record that its agreed PDF is rendered from.

The PDF shows a version snapshot (the ``content`` of the shared design: everything the agreed
record holds, as canonical JSON), its number, how it was agreed and who signed it, and nothing
read from the vault besides. Both vaults of a pairing therefore render the same text, and
``verify`` can render a version afresh and compare.

Where the vault keeps the hash chain of agreed versions (core/chain.py) the versions come from
there. Until then ``interim_snapshot`` builds the same snapshot from the session as it stands,
and earlier versions are rebuilt by undoing its amendments (core/agreed.py).
"""

from __future__ import annotations

import hashlib
import importlib
import json
from dataclasses import dataclass, field
from typing import Any

from .. import agreed as agreed_records
from .. import identity, repos, sessions
from ..vault import Vault

FORMAT = "supervision-desk-record/1"
SESSION_FIELDS = (
    "id",
    "date",
    "start",
    "minutes",
    "kind",
    "status",
    "agenda",
    "attunement",
    "analysis",
    "allocation",
    "adaptation",
    "learning",
    "functions",
    "wellbeing",
    "supervisee_comments",
    "disagreement",
    "group_size",
    "group_format",
    "presenter",
    "tags",
)
ACTION_FIELDS = ("id", "text", "owner", "due", "status", "closed_in_session", "case")
DISCUSSION_FIELDS = ("id", "discussion", "decision", "rationale", "decided_by", "for_case_file")
# Columns that schema version 3 added but records.SPECS does not read yet.
_LATER_COLUMNS = {"sessions": ("group_format", "presenter", "facilitator"), "actions": ("case",)}


@dataclass(frozen=True)
class Signer:
    party: str  # 'supervisor' or a supervisee's person id
    name: str
    role: str
    signed: str  # the date (or time) the party agreed
    fingerprint: str = ""  # of the key that signed; '' for an agreement recorded by hand


@dataclass
class RecordVersion:
    session: str
    number: int
    hash: str
    content: dict[str, Any]
    how: str  # 'signed', 'recorded', or '' for a draft nobody has agreed yet
    signers: list[Signer] = field(default_factory=list)
    sealed: bool = False
    pdf: bytes | None = None  # the PDF both parties signed, where the chain keeps it

    @property
    def keywords(self) -> str:
        return (
            f"{agreed_records.KEYWORD} session={self.session} version={self.number} "
            f"sha256={self.hash}"
        )


def canonical(content: dict[str, Any]) -> bytes:
    return json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def chain_hash(previous: str | None, content: dict[str, Any]) -> str:
    hasher = hashlib.sha256(b"supervision-desk chain 1\n")
    hasher.update((previous or "").encode() + b"\n" + canonical(content))
    return hasher.hexdigest()


def _chain():
    """core/chain.py where it exists; ``None`` before it does."""
    try:
        return importlib.import_module("supervision_desk.core.chain")
    except ModuleNotFoundError:
        return None


def _column(vault: Vault, table: str, name: str, row_id: str) -> Any:
    columns = {r[1] for r in vault.conn.execute(f"PRAGMA table_info({table})")}
    if name not in columns:
        return None
    found = vault.conn.execute(f'SELECT "{name}" FROM {table} WHERE id = ?', (row_id,)).fetchone()
    return found[0] if found else None


def _person(vault: Vault, person_id: str) -> dict[str, Any]:
    person = repos.get(vault, "people", person_id)
    return {"id": person["id"], "name": person["name"], "role": person["role"]}


def _supervisor(vault: Vault, session: dict[str, Any]) -> dict[str, str]:
    meta = vault.meta()
    facilitator = session.get("facilitator") or _column(
        vault, "sessions", "facilitator", session["id"]
    )
    if facilitator and repos.exists(vault, "people", facilitator):
        person = _person(vault, facilitator)
        return {"name": person["name"], "role": person["role"]}
    if vault.mode == "practitioner":
        # A practitioner's own vault: the supervisor is the paired contact, if there is one.
        row = vault.conn.execute("SELECT name, role FROM contacts LIMIT 1").fetchone()
        return {"name": row[0], "role": row[1]} if row else {"name": "", "role": ""}
    return {"name": meta.get("owner", ""), "role": meta.get("role") or ""}


def interim_snapshot(
    vault: Vault, session_id: str, *, session: dict[str, Any] | None = None, amendments: int = -1
) -> dict[str, Any]:
    """The version snapshot of a session record, built from the vault as it stands (a stand-in
    for ``chain.snapshot`` until core/chain.py exists). ``session`` gives an earlier state of
    the session's fields (an agreed version before amendments); ``amendments`` how many of its
    amendments that version had (all of them by default)."""
    stored = repos.get(vault, "sessions", session_id)
    record = {**stored, **(session or {})}
    for name in _LATER_COLUMNS["sessions"]:
        record.setdefault(name, _column(vault, "sessions", name, session_id))
    agreed, carried = sessions.actions_as_of(vault, stored)
    discussions = repos.select(vault, "case_discussions", "session = ?", (session_id,))
    made = agreed_records.amendments(vault, session_id)
    if amendments >= 0:
        made = made[:amendments]
    if record["person"]:
        supervisees = [_person(vault, record["person"])]
    else:
        supervisees = [_person(vault, p) for p in record["attendees"]]
    return {
        "format": FORMAT,
        "session": {name: record.get(name) for name in SESSION_FIELDS},
        "supervisor": _supervisor(vault, record),
        "supervisees": supervisees,
        "actions": [
            {
                **{k: a.get(k) for k in ACTION_FIELDS},
                "case": _column(vault, "actions", "case", a["id"]),
            }
            for a in agreed + carried
        ],
        "case_discussions": [
            {
                **{k: d[k] for k in DISCUSSION_FIELDS},
                "reference": repos.get(vault, "cases", d["case"])["reference"],
            }
            for d in discussions
        ],
        "amendments": [
            {"at": m["at"], "by": m["by"], "reason": m["reason"], "changes": m["changes"]}
            for m in made
        ],
    }


def _fingerprints(vault: Vault) -> dict[bytes, str]:
    """Ed25519 public key -> fingerprint, for this vault and every paired contact."""
    own = identity.load(vault)
    known = {own.signing_public_key: own.fingerprint}
    for key, fingerprint in vault.conn.execute("SELECT signing_key, fingerprint FROM contacts"):
        known[bytes(key)] = fingerprint
    return known


def _get(item: Any, name: str) -> Any:
    return item.get(name) if isinstance(item, dict) else getattr(item, name, None)


def _signer_of(content: dict[str, Any], party: str, signed: str, fingerprint: str) -> Signer:
    if party == "supervisor":
        who = content["supervisor"]
    else:
        who = next((p for p in content["supervisees"] if p["id"] == party), None) or (
            content["supervisees"][0] if len(content["supervisees"]) == 1 else {}
        )
    return Signer(party, who.get("name", ""), who.get("role", ""), signed or "", fingerprint)


def _from_chain(vault: Vault, chain: Any, session_id: str) -> list[RecordVersion]:
    known = _fingerprints(vault)
    found = []
    for version in chain.versions(vault, session_id):
        content = _get(version, "content")
        if isinstance(content, bytes | str):
            content = json.loads(content)
        signers = []
        for sig in _get(version, "signatures") or ():
            key = _get(sig, "public_key")
            fingerprint = known.get(bytes(key), "") if key else ""
            signers.append(
                _signer_of(content, _get(sig, "party"), _get(sig, "signed"), fingerprint)
            )
        pdf = _get(version, "pdf")
        sealed = bool(_get(version, "sealed"))
        found.append(
            RecordVersion(
                session=session_id,
                number=_get(version, "number"),
                hash=_get(version, "hash"),
                content=content,
                how=(_get(version, "how") or "") if sealed else "",  # unsealed: a draft
                signers=signers,
                sealed=sealed,
                pdf=bytes(pdf) if pdf else None,
            )
        )
    return found


def _interim_versions(vault: Vault, session_id: str) -> list[RecordVersion]:
    current = repos.get(vault, "sessions", session_id)
    if not agreed_records.is_sealed(current):
        return []
    found: list[RecordVersion] = []
    previous = None
    for version in agreed_records.versions(vault, session_id):
        content = interim_snapshot(
            vault, session_id, session=version.session, amendments=version.number - 1
        )
        digest = chain_hash(previous, content)
        signers = [
            _signer_of(content, "supervisor", current["agreed_by_supervisor"], ""),
            _signer_of(
                content,
                content["supervisees"][0]["id"] if content["supervisees"] else "supervisee",
                current["agreed_by_supervisee"],
                "",
            ),
        ]
        found.append(
            RecordVersion(session_id, version.number, digest, content, "recorded", signers, True)
        )
        previous = digest
    return found


def versions(vault: Vault, session_id: str) -> list[RecordVersion]:
    """Every agreed version of a session record, oldest first."""
    chain = _chain()
    if chain is not None:
        return _from_chain(vault, chain, session_id)
    return _interim_versions(vault, session_id)


def current(vault: Vault, session_id: str) -> RecordVersion:
    """The record as it would be printed now: its latest agreed version, or, while it is not
    yet agreed (or has changed since), a draft of the next version."""
    made = versions(vault, session_id)
    chain = _chain()
    content = (
        chain.snapshot(vault, session_id)
        if chain is not None
        else interim_snapshot(vault, session_id)
    )
    if made and made[-1].content == content:
        return made[-1]
    previous = made[-1].hash if made else None
    session = repos.get(vault, "sessions", session_id)
    signers = [
        _signer_of(content, party, day, "")
        for party, day in (
            ("supervisor", session["agreed_by_supervisor"]),
            (session["person"] or "supervisee", session["agreed_by_supervisee"]),
        )
        if day
    ]
    # A group's attendees each agree for themselves (in the room, or by a signed reply).
    signers += [
        _signer_of(content, a["person"], a["agreed"], "")
        for a in session["attendance"]
        if a["agreed"] and a["person"] != session["person"]
    ]
    number = (made[-1].number + 1) if made else 1
    return RecordVersion(session_id, number, chain_hash(previous, content), content, "", signers)
