"""The hash chain of agreed versions: what was agreed, by whom, and how, kept so that no agreed
record can be rewritten or removed without trace.

Each version's ``content`` is the canonical JSON of exactly what its agreed PDF shows (never the
confidential note); its ``hash`` covers the previous version's hash and that content. A party
agrees by an Ed25519 signature over the hash. A version is sealed once every party has agreed:
"signed" when each signed digitally, "recorded" when the supervisor recorded an agreement made
in the room or on paper (a version 2 vault's agreed records become these on upgrade). A version
not yet sealed is a proposal: the next proposal replaces it; a sealed one is never changed.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from . import clock, identity, repos, sessions
from .errors import BadInput, NotFound
from .vault import Vault

FORMAT = "supervision-desk-record/1"
CHAIN_PREFIX = b"supervision-desk chain 1\n"
AGREE_PREFIX = b"supervision-desk agree 1\n"
TOMBSTONE_PREFIX = b"supervision-desk tombstone 1\n"
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
SUPERVISOR = "supervisor"
SIGNED, RECORDED = "signed", "recorded"


@dataclass
class Signature:
    party: str  # "supervisor" or a supervisee's person id
    public_key: bytes | None  # None when the agreement was recorded, not signed
    signature: bytes | None
    signed: str  # when (a timestamp, or the date recorded)
    how: str  # "signed" | "recorded"
    comments: str = ""  # a group attendee's own words, covered by their signature
    disagreement: str = ""
    pdf: bytes | None = None  # a group attendee's own copy of the PDF, signed by them and the
    # facilitator


@dataclass
class ChainVersion:
    session: str
    number: int
    previous: str | None
    hash: str
    content: dict[str, Any]
    how: str
    sealed: str | None
    pdf: bytes | None
    origin: str  # "own" | "received" | "imported"
    signatures: list[Signature] = field(default_factory=list)

    @property
    def raw(self) -> bytes:
        return canonical(self.content)

    def signed_by(self, party: str) -> Signature | None:
        return next((s for s in self.signatures if s.party == party), None)


# -- the snapshot --------------------------------------------------------------------------


def canonical(content: dict[str, Any]) -> bytes:
    """Sorted keys, no spaces, UTF-8: the same bytes in every vault for the same record."""
    return json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def chain_hash(previous: str | None, content: bytes | dict[str, Any]) -> str:
    raw = content if isinstance(content, bytes) else canonical(content)
    return hashlib.sha256(CHAIN_PREFIX + (previous or "").encode() + b"\n" + raw).hexdigest()


def agree_message(hash_: str, comments: str = "", disagreement: str = "") -> bytes:
    """What a party signs to agree a version. A group attendee's own comments and disagreement,
    when there are any, are covered by the same signature."""
    message = AGREE_PREFIX + hash_.encode()
    if comments or disagreement:
        message += b"\n" + canonical({"comments": comments, "disagreement": disagreement})
    return message


def _extra(vault: Vault, session_id: str) -> tuple[Any, Any, Any]:
    row = vault.conn.execute(
        "SELECT group_format, presenter, facilitator FROM sessions WHERE id = ?", (session_id,)
    ).fetchone()
    return tuple(row) if row else (None, None, None)


def _supervisor(vault: Vault, session: dict[str, Any], facilitator: Any) -> dict[str, str]:
    meta = vault.meta()
    if vault.mode == "practitioner":
        row = vault.conn.execute(
            "SELECT name, role FROM contacts ORDER BY person LIMIT 1"
        ).fetchone()
        return {"name": row[0], "role": row[1]} if row else {"name": "", "role": ""}
    if facilitator and repos.exists(vault, "people", facilitator):
        person = repos.get(vault, "people", facilitator)
        return {"name": person["name"], "role": person["role"]}
    if facilitator:
        return {"name": str(facilitator), "role": ""}
    return {"name": meta.get("owner", ""), "role": meta.get("role", "")}


def supervisee_ids(session: dict[str, Any]) -> list[str]:
    return [session["person"]] if session["person"] else list(session["attendees"])


def _snapshot(vault: Vault, session: dict[str, Any], made: list[dict[str, Any]]) -> dict[str, Any]:
    group_format, presenter, facilitator = _extra(vault, session["id"])
    record = {name: session.get(name) for name in SESSION_FIELDS}
    record["group_format"], record["presenter"] = group_format, presenter
    if not session["person"]:
        # A group's record is read by every attendee: wellbeing is each one's own, and goes
        # only on their own summary (the attendance), never on the shared record.
        record["wellbeing"] = None
    people = []
    for pid in supervisee_ids(session):
        person = repos.get(vault, "people", pid) if repos.exists(vault, "people", pid) else None
        people.append(
            {
                "id": pid,
                "name": person["name"] if person else "",
                "role": person["role"] if person else "",
            }
        )
    agreed, carried = sessions.actions_as_of(vault, session)
    cases = {
        row[0]: row[1]
        for row in vault.conn.execute(
            'SELECT a.id, a."case" FROM actions a WHERE a.id IN '
            f"({', '.join('?' * len(agreed + carried))})",
            [a["id"] for a in agreed + carried],
        )
    }
    actions = sorted(
        (
            {**{k: a[k] for k in ACTION_FIELDS if k != "case"}, "case": cases.get(a["id"])}
            for a in agreed + carried
        ),
        key=lambda a: a["id"],
    )
    discussions = []
    for d in repos.select(vault, "case_discussions", "session = ?", (session["id"],)):
        row = vault.conn.execute(
            "SELECT reference FROM cases WHERE id = ?", (d["case"],)
        ).fetchone()
        discussions.append(
            {
                "id": d["id"],
                "reference": row[0] if row else "",
                **{
                    k: d[k]
                    for k in ("discussion", "decision", "rationale", "decided_by", "for_case_file")
                },
            }
        )
    discussions.sort(key=lambda d: d["id"])
    return {
        "format": FORMAT,
        "session": record,
        "supervisor": _supervisor(vault, session, facilitator),
        "supervisees": people,
        "actions": actions,
        "case_discussions": discussions,
        "amendments": [{k: a[k] for k in ("at", "by", "reason", "changes")} for a in made],
    }


def _amendments(vault: Vault, session_id: str) -> list[dict[str, Any]]:
    return repos.select(vault, "amendments", "session = ?", (session_id,), order="at, rowid")


def snapshot(vault: Vault, session_id: str) -> dict[str, Any]:
    """Exactly what the record's agreed PDF shows, as it stands now."""
    return _snapshot(
        vault, repos.get(vault, "sessions", session_id), _amendments(vault, session_id)
    )


# -- reading the chain ---------------------------------------------------------------------


def _signatures(vault: Vault, session_id: str, number: int) -> list[Signature]:
    rows = vault.conn.execute(
        "SELECT party, public_key, signature, signed, how, comments, disagreement, pdf "
        "FROM version_signatures WHERE session = ? AND number = ? ORDER BY party = 'supervisor' "
        "DESC, rowid",
        (session_id, number),
    )
    return [
        Signature(
            r[0],
            bytes(r[1]) if r[1] is not None else None,
            bytes(r[2]) if r[2] is not None else None,
            r[3],
            r[4],
            r[5],
            r[6],
            bytes(r[7]) if r[7] is not None else None,
        )
        for r in rows
    ]


def versions(vault: Vault, session_id: str) -> list[ChainVersion]:
    """Every version of a record, oldest first (the last may be a proposal not yet sealed)."""
    rows = vault.conn.execute(
        "SELECT number, previous, hash, content, how, sealed, pdf, origin FROM record_versions "
        "WHERE session = ? ORDER BY number",
        (session_id,),
    ).fetchall()
    found = []
    for number, previous, hash_, content, how, sealed, pdf, origin in rows:
        try:
            parsed = json.loads(content)
        except ValueError:
            parsed = {"unreadable": content}
        found.append(
            ChainVersion(
                session_id,
                number,
                previous,
                hash_,
                parsed,
                how,
                sealed,
                bytes(pdf) if pdf is not None else None,
                origin,
                _signatures(vault, session_id, number),
            )
        )
    return found


def latest(vault: Vault, session_id: str, *, sealed: bool = False) -> ChainVersion | None:
    found = [v for v in versions(vault, session_id) if v.sealed or not sealed]
    return found[-1] if found else None


def awaiting(vault: Vault, session_id: str) -> ChainVersion | None:
    """The version sent, or to be sent, for agreement (an amendment of a record both signed
    digitally waits here for the other person), if there is one."""
    last = latest(vault, session_id)
    return last if last is not None and not last.sealed else None


def signed_pdf(version: ChainVersion, party: str = "") -> bytes | None:
    """The PDF both parties signed that a sealed version keeps: ``party``'s own copy of a
    group's record, else the record's; None before it is sealed or where none is kept."""
    if not version.sealed:
        return None
    own = version.signed_by(party) if party else None
    return (own.pdf if own else None) or version.pdf


def has_chain(vault: Vault, session_id: str) -> bool:
    return (
        vault.conn.execute(
            "SELECT 1 FROM record_versions WHERE session = ? AND sealed IS NOT NULL", (session_id,)
        ).fetchone()
        is not None
    )


# -- writing the chain ---------------------------------------------------------------------


def _parties(vault: Vault, session: dict[str, Any]) -> list[tuple[str, bool]]:
    """(party, whether this vault is that party) for every person who agrees a record."""
    own_is_supervisor = vault.mode != "practitioner"
    return [(SUPERVISOR, own_is_supervisor)] + [
        (pid, not own_is_supervisor) for pid in supervisee_ids(session)
    ]


def put_version(
    vault: Vault,
    session_id: str,
    number: int,
    previous: str | None,
    content: dict[str, Any],
    *,
    how: str,
    sealed: str | None,
    origin: str = "own",
) -> str:
    """Write one version (replacing a proposal of the same number, never a sealed one)."""
    raw = canonical(content)
    hash_ = chain_hash(previous, raw)
    with vault.write() as conn:
        row = conn.execute(
            "SELECT sealed FROM record_versions WHERE session = ? AND number = ?",
            (session_id, number),
        ).fetchone()
        if row is not None and row[0] is not None:
            raise BadInput(f"Version {number} of record {session_id} is sealed; it never changes.")
        if row is not None:
            conn.execute(
                "DELETE FROM version_signatures WHERE session = ? AND number = ?",
                (session_id, number),
            )
            conn.execute(
                "DELETE FROM record_versions WHERE session = ? AND number = ?", (session_id, number)
            )
        conn.execute(
            "INSERT INTO record_versions (session, number, previous, hash, content, how, sealed, "
            "origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (session_id, number, previous, hash_, raw.decode(), how, sealed, origin),
        )
        if origin == "received":  # searched on a practitioner's desk (search.FIELDS)
            from . import search

            search.defer(conn, "received", session_id)
    return hash_


def put_signature(vault: Vault, session_id: str, number: int, sig: Signature) -> None:
    with vault.write() as conn:
        conn.execute(
            "INSERT INTO version_signatures (session, number, party, public_key, signature, "
            "signed, how, comments, disagreement, pdf) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(session, number, party) DO UPDATE SET public_key = excluded.public_key, "
            "signature = excluded.signature, signed = excluded.signed, how = excluded.how, "
            "comments = excluded.comments, disagreement = excluded.disagreement, "
            "pdf = coalesce(excluded.pdf, pdf)",
            (
                session_id,
                number,
                sig.party,
                sig.public_key,
                sig.signature,
                sig.signed,
                sig.how,
                sig.comments,
                sig.disagreement,
                sig.pdf,
            ),
        )


def store_copy(vault: Vault, session_id: str, number: int, party: str, pdf_bytes: bytes) -> None:
    """Keep a group attendee's own copy of the agreed PDF with their signature."""
    with vault.write() as conn:
        found = conn.execute(
            "UPDATE version_signatures SET pdf = ? WHERE session = ? AND number = ? AND party = ?",
            (pdf_bytes, session_id, number, party),
        ).rowcount
    if not found:
        raise NotFound(f"Version {number} of record {session_id} has no agreement by {party}.")


def own_signature(vault: Vault, party: str, hash_: str) -> Signature:
    me = identity.load(vault)
    return Signature(
        party,
        me.signing_public_key,
        me.sign(agree_message(hash_)),
        clock.now().isoformat(timespec="seconds"),
        SIGNED,
    )


def mark_sealed(vault: Vault, session_id: str, number: int, how: str, when: str) -> None:
    with vault.write() as conn:
        conn.execute(
            "UPDATE record_versions SET sealed = ?, how = ? WHERE session = ? AND number = ?",
            (when, how, session_id, number),
        )


def _next_slot(vault: Vault, session_id: str) -> tuple[int, str | None]:
    """The number and previous hash of the next version: a proposal is replaced in place."""
    found = versions(vault, session_id)
    sealed = [v for v in found if v.sealed]
    if sealed:
        return sealed[-1].number + 1, sealed[-1].hash
    return 1, None


def propose(vault: Vault, session_id: str) -> ChainVersion:
    """The record as it stands, as a version awaiting agreement (for sending to the other desk).
    An unchanged proposal is kept as it is."""
    content = snapshot(vault, session_id)
    current = latest(vault, session_id)
    if current and current.raw == canonical(content):
        return current
    number, previous = _next_slot(vault, session_id)
    with vault.write():
        put_version(vault, session_id, number, previous, content, how=SIGNED, sealed=None)
    return latest(vault, session_id)  # type: ignore[return-value]


def seal(vault: Vault, session_id: str, how: str = RECORDED) -> ChainVersion:
    """Seal the record as it stands: "recorded" (the supervisor records that both agreed, in
    the room or on paper). This vault signs as its own party; every other party's agreement is
    recorded. The agreed_by_* fields are set if they were not. Sealing twice changes nothing."""
    if how != RECORDED:
        raise BadInput(
            "Only an agreement recorded in the room is sealed here; a digital one "
            "is sealed when the other person's signature arrives."
        )
    with vault.write():
        session = repos.get(vault, "sessions", session_id)
        today = clock.today().isoformat()
        if not (session["agreed_by_supervisor"] and session["agreed_by_supervisee"]):
            session = repos.save(
                vault,
                "sessions",
                {
                    **session,
                    "agreed_by_supervisor": session["agreed_by_supervisor"] or today,
                    "agreed_by_supervisee": session["agreed_by_supervisee"] or today,
                },
            )
        content = snapshot(vault, session_id)
        current = latest(vault, session_id)
        if current and current.sealed and current.raw == canonical(content):
            return current
        number, previous = _next_slot(vault, session_id)
        hash_ = put_version(vault, session_id, number, previous, content, how=how, sealed=None)
        _sign_recorded(
            vault, session, number, hash_, keep=current if current and not current.sealed else None
        )
        mark_sealed(
            vault,
            session_id,
            number,
            _how(vault, session_id, number),
            clock.now().isoformat(timespec="seconds"),
        )
        # A copy out for agreement is answered by this: its round ends here, and a reply
        # that comes later is set aside (core/exchange.py).
        vault.conn.execute(
            "UPDATE record_exchange SET state = 'sealed', number = ? "
            "WHERE session = ? AND state = 'sent'",
            (number, session_id),
        )
    return latest(vault, session_id)  # type: ignore[return-value]


def _sign_recorded(
    vault: Vault,
    session: dict[str, Any],
    number: int,
    hash_: str,
    *,
    keep: ChainVersion | None = None,
    when: dict[str, str] | None = None,
) -> None:
    """This vault signs; every other party's agreement is recorded (a digital signature a
    group attendee already gave over this same version is kept)."""
    # A group attendee agreed on their own day, as the attendance records it.
    when = {a["person"]: a["agreed"] for a in session.get("attendance", []) if a["agreed"]} | (
        when or {}
    )
    for party, own in _parties(vault, session):
        # The day each person agreed, as recorded on the record (not the day of signing).
        agreed_on = (
            when.get(party)
            or session["agreed_by_supervisor" if party == SUPERVISOR else "agreed_by_supervisee"]
        )
        earlier = keep.signed_by(party) if keep and keep.hash == hash_ else None
        if earlier is not None and earlier.how == SIGNED:
            put_signature(vault, session["id"], number, earlier)
        elif own:
            mine = own_signature(vault, party, hash_)
            mine.signed = agreed_on or mine.signed
            put_signature(vault, session["id"], number, mine)
        else:
            put_signature(
                vault,
                session["id"],
                number,
                Signature(party, None, None, agreed_on or clock.today().isoformat(), RECORDED),
            )


def _how(vault: Vault, session_id: str, number: int) -> str:
    sigs = _signatures(vault, session_id, number)
    return SIGNED if sigs and all(s.how == SIGNED for s in sigs) else RECORDED


def amended(vault: Vault, session_id: str) -> ChainVersion:
    """A new version after an amendment. When the last sealed version was signed digitally by
    both, the amendment is a proposal that makes the same round; otherwise it is recorded by
    the supervisor at once, as the agreement was."""
    last = latest(vault, session_id, sealed=True)
    if last is not None and last.how == SIGNED:
        return propose(vault, session_id)
    return seal(vault, session_id)


def adopt(vault: Vault) -> int:
    """Give every record agreed before chains existed its versions, one per step of its
    amendment history, as agreements recorded by the supervisor. Returns how many records."""
    from . import agreed

    count = 0
    with vault.write():
        ids = [
            row[0]
            for row in vault.conn.execute(
                "SELECT id FROM sessions WHERE agreed_by_supervisor IS NOT NULL AND "
                "agreed_by_supervisee IS NOT NULL AND id NOT IN "
                "(SELECT session FROM record_versions) ORDER BY rowid"
            )
        ]
        for session_id in ids:
            made = _amendments(vault, session_id)
            previous = None
            current = repos.get(vault, "sessions", session_id)
            for old in agreed.versions(vault, session_id):
                content = _snapshot(vault, old.session, made[: old.number - 1])
                at = (
                    old.amendment["at"]
                    if old.amendment
                    else max(current["agreed_by_supervisor"], current["agreed_by_supervisee"])
                )
                previous = put_version(
                    vault, session_id, old.number, previous, content, how=RECORDED, sealed=None
                )
                _sign_recorded(vault, current, old.number, previous)
                mark_sealed(vault, session_id, old.number, _how(vault, session_id, old.number), at)
            count += 1
    return count


def store_pdf(vault: Vault, session_id: str, number: int, pdf_bytes: bytes) -> None:
    with vault.write() as conn:
        found = conn.execute(
            "UPDATE record_versions SET pdf = ? WHERE session = ? AND number = ?",
            (pdf_bytes, session_id, number),
        ).rowcount
    if not found:
        raise NotFound(f"Record {session_id} has no version {number}.")


# -- checking ------------------------------------------------------------------------------


def check_versions(found: list[ChainVersion], trusted: set[bytes] | None = None) -> list[str]:
    """Problems with one record's chain: a broken link, a hash that does not cover its
    content, a signature that does not verify, a proposal before the end."""
    problems = []
    previous = None
    for index, version in enumerate(found):
        where = f"record {version.session} version {version.number}"
        if version.number != index + 1:
            problems.append(f"{where}: the chain skips a version")
        if version.previous != previous:
            problems.append(f"{where}: does not follow on from the version before it")
        if chain_hash(version.previous, version.raw) != version.hash:
            problems.append(f"{where}: its text does not match its hash (changed after agreement)")
        if version.content.get("format") != FORMAT:
            problems.append(f"{where}: is not a record version this app made")
        if version.sealed is None and index != len(found) - 1:
            problems.append(f"{where}: is not sealed but later versions follow it")
        for sig in version.signatures:
            if sig.how == RECORDED:
                continue
            if (
                sig.public_key is None
                or sig.signature is None
                or not identity.verify_signature(
                    sig.public_key,
                    sig.signature,
                    agree_message(version.hash, sig.comments, sig.disagreement),
                )
            ):
                problems.append(f"{where}: the signature of {sig.party} does not verify")
            elif trusted is not None and sig.public_key not in trusted:
                problems.append(f"{where}: {sig.party} signed with a key this vault does not know")
        if version.sealed and not version.signatures:
            problems.append(f"{where}: is sealed but no one's agreement is on it")
        previous = version.hash
    return problems


def known_keys(vault: Vault) -> set[bytes]:
    """This vault's key, its contacts' keys, and those of vaults whose exports it imported."""
    import base64

    keys = {identity.load(vault).signing_public_key}
    keys |= {bytes(r[0]) for r in vault.conn.execute("SELECT signing_key FROM contacts")}
    imported = json.loads(vault.meta().get("imported_identities", "[]"))
    keys |= {base64.b64decode(key) for key in imported}
    return keys


def check_chains(vault: Vault) -> list[str]:
    """Every chain and signature in the vault, and every tombstone: the problems found."""
    problems = []
    keys = known_keys(vault)
    ids = [r[0] for r in vault.conn.execute("SELECT DISTINCT session FROM record_versions")]
    for session_id in ids:
        problems += check_versions(versions(vault, session_id), keys)
    for session_id, at, reason, last_hash, signature, public_key in vault.conn.execute(
        "SELECT session, at, reason, last_hash, signature, public_key FROM tombstones"
    ).fetchall():
        if not identity.verify_signature(
            bytes(public_key),
            bytes(signature),
            tombstone_message(session_id, at, reason, last_hash),
        ):
            problems.append(f"record {session_id}: its tombstone's signature does not verify")
    for (session_id,) in vault.conn.execute(
        "SELECT id FROM sessions WHERE agreed_by_supervisor IS NOT NULL AND "
        "agreed_by_supervisee IS NOT NULL AND id NOT IN "
        "(SELECT session FROM record_versions WHERE sealed IS NOT NULL)"
    ).fetchall():
        problems.append(f"record {session_id}: is marked agreed but has no agreed version")
    return problems


def tombstone_message(session_id: str, at: str, reason: str, last_hash: str) -> bytes:
    return TOMBSTONE_PREFIX + canonical(
        {"session": session_id, "at": at, "reason": reason, "last_hash": last_hash}
    )
