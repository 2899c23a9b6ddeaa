"""What interchange version 3 adds: the exporting vault's public identity, its contacts, every
agreed version with its signatures, and tombstones; and the rules that keep an agreed record
from being replaced, re-created or given an invented history through ``import``.

Each check names the JSON path of the first problem; nothing is written until all pass.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from . import chain, identity, repos
from .errors import ValidationError
from .records import check_text, check_timestamp
from .vault import Vault

SECTIONS = ("identity", "contacts", "record_versions", "tombstones", "record_exchange")
TRUSTED_META = "imported_identities"  # signing keys trusted beyond contacts (trust_keys)
# The public identities (name, certificate, signing key, fingerprint) of vaults whose exports
# this one imported: their signed PDFs still verify here and name them.
CERTIFICATES_META = "imported_certificates"
ROUND_COLUMNS = (
    "session",
    "party",
    "contact",
    "number",
    "state",
    "comments",
    "disagreement",
    "note",
    "at",
)
ROUND_STATES = ("sent", "received", "agreed", "returned", "sealed", "withdrawn")


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(value: Any, path: str, size: int | None = None) -> bytes:
    if not isinstance(value, str):
        raise ValidationError(path, "must be base64 text")
    try:
        raw = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise ValidationError(path, "is not valid base64") from None
    if size is not None and len(raw) != size:
        raise ValidationError(path, f"must hold {size} bytes, not {len(raw)}")
    return raw


def _keys(obj: Any, path: str, allowed: set[str], required: set[str]) -> dict[str, Any]:
    if not isinstance(obj, dict):
        raise ValidationError(path, "must be an object")
    for key in obj:
        if key not in allowed:
            raise ValidationError(f"{path}.{key}", "is not a known field (check the spelling)")
    for key in sorted(required - set(obj)):
        raise ValidationError(f"{path}.{key}", "is required")
    return obj


def _public(obj: dict[str, Any], path: str) -> identity.PublicIdentity:
    """A public identity whose stated fingerprint is the one its keys make."""
    try:
        public = identity.PublicIdentity(
            name=check_text(obj.get("name", ""), f"{path}.name", one_line=True),
            role=check_text(obj.get("role", "") or "", f"{path}.role", one_line=True),
            signing_key=unb64(obj["signing_key"], f"{path}.signing_key", 32),
            age_recipient=check_text(obj["age_recipient"], f"{path}.age_recipient", one_line=True),
            certificate=unb64(obj["certificate"], f"{path}.certificate"),
        )
        made = public.fingerprint
    except ValidationError:
        raise
    except Exception:
        raise ValidationError(path, "does not hold a usable public identity") from None
    if identity.normalise_fingerprint(str(obj.get("fingerprint", ""))) != made:
        raise ValidationError(f"{path}.fingerprint", "is not the fingerprint of these keys")
    return public


def public_as_json(public: identity.PublicIdentity) -> dict[str, Any]:
    return {
        "name": public.name,
        "role": public.role,
        "signing_key": b64(public.signing_key),
        "age_recipient": public.age_recipient,
        "certificate": b64(public.certificate),
        "fingerprint": public.fingerprint,
    }


@dataclass
class ChainPart:
    """The version 3 sections of a checked file."""

    identity: identity.PublicIdentity | None = None
    contacts: list[dict[str, Any]] = field(default_factory=list)
    versions: dict[str, list[chain.ChainVersion]] = field(default_factory=dict)
    paths: dict[str, str] = field(default_factory=dict)  # session -> path of its first version
    tombstones: list[dict[str, Any]] = field(default_factory=list)
    rounds: list[dict[str, Any]] = field(default_factory=list)  # where each copy stands


IDENTITY_KEYS = {"name", "role", "signing_key", "age_recipient", "certificate", "fingerprint"}
VERSION_KEYS = {
    "session",
    "number",
    "previous",
    "hash",
    "content",
    "how",
    "sealed",
    "origin",
    "signatures",
    "pdf",
}
SIGNATURE_KEYS = {
    "party",
    "public_key",
    "signature",
    "signed",
    "how",
    "comments",
    "disagreement",
    "pdf",
}
TOMBSTONE_KEYS = {"session", "at", "reason", "last_hash", "signature", "public_key"}


def check(header: dict[str, Any]) -> ChainPart:
    part = ChainPart()
    if "identity" in header:
        obj = _keys(header["identity"], "$.identity", IDENTITY_KEYS, IDENTITY_KEYS - {"role"})
        part.identity = _public(obj, "$.identity")
    trusted = {part.identity.signing_key} if part.identity else set()
    for i, obj in enumerate(_list(header, "contacts")):
        path = f"$.contacts[{i}]"
        obj = _keys(obj, path, IDENTITY_KEYS | {"person", "checked"}, IDENTITY_KEYS | {"person"})
        public = _public(obj, path)
        trusted.add(public.signing_key)
        part.contacts.append(
            {
                "person": check_text(obj["person"], f"{path}.person", one_line=True, nonblank=True),
                "public": public,
                "checked": check_text(obj.get("checked", ""), f"{path}.checked", one_line=True),
            }
        )
    for i, obj in enumerate(_list(header, "record_versions")):
        version = _version(obj, f"$.record_versions[{i}]")
        part.paths.setdefault(version.session, f"$.record_versions[{i}]")
        part.versions.setdefault(version.session, []).append(version)
    for session_id, found in part.versions.items():
        found.sort(key=lambda v: v.number)
        problems = chain.check_versions(found, trusted)
        if problems:
            raise ValidationError(part.paths[session_id], problems[0])
    for i, obj in enumerate(_list(header, "tombstones")):
        path = f"$.tombstones[{i}]"
        obj = _keys(obj, path, TOMBSTONE_KEYS, TOMBSTONE_KEYS)
        stone = {
            "session": check_text(obj["session"], f"{path}.session", one_line=True, nonblank=True),
            "at": check_timestamp(obj["at"], f"{path}.at"),
            "reason": check_text(obj["reason"], f"{path}.reason", nonblank=True),
            "last_hash": check_text(obj["last_hash"], f"{path}.last_hash", one_line=True),
            "signature": unb64(obj["signature"], f"{path}.signature", 64),
            "public_key": unb64(obj["public_key"], f"{path}.public_key", 32),
        }
        message = chain.tombstone_message(
            stone["session"], stone["at"], stone["reason"], stone["last_hash"]
        )
        if stone["public_key"] not in trusted or not identity.verify_signature(
            stone["public_key"], stone["signature"], message
        ):
            raise ValidationError(f"{path}.signature", "does not verify")
        part.tombstones.append(stone)
    for i, obj in enumerate(_list(header, "record_exchange")):
        path = f"$.record_exchange[{i}]"
        obj = _keys(
            obj, path, set(ROUND_COLUMNS), {"session", "party", "contact", "number", "state"}
        )
        if obj["state"] not in ROUND_STATES:
            raise ValidationError(f"{path}.state", f"must be one of {', '.join(ROUND_STATES)}")
        number = obj["number"]
        if isinstance(number, bool) or not isinstance(number, int) or number < 1:
            raise ValidationError(f"{path}.number", "must be a whole number from 1")
        if obj["session"] not in part.versions:
            raise ValidationError(f"{path}.session", "has no versions in the file")
        round_ = {"number": number, "state": obj["state"]}
        for name in ("session", "party", "contact", "at"):
            round_[name] = check_text(obj.get(name, ""), f"{path}.{name}", one_line=True)
        for name in ("comments", "disagreement", "note"):
            round_[name] = check_text(obj.get(name, ""), f"{path}.{name}")
        part.rounds.append(round_)
    return part


def _list(header: dict[str, Any], name: str) -> list[Any]:
    value = header.get(name, [])
    if not isinstance(value, list):
        raise ValidationError(f"$.{name}", "must be a list")
    return value


def _version(obj: Any, path: str) -> chain.ChainVersion:
    obj = _keys(obj, path, VERSION_KEYS, VERSION_KEYS - {"sealed", "origin", "signatures", "pdf"})
    number = obj["number"]
    if isinstance(number, bool) or not isinstance(number, int) or not 1 <= number <= 100_000:
        raise ValidationError(f"{path}.number", "must be a whole number from 1")
    if not isinstance(obj["content"], dict):
        raise ValidationError(f"{path}.content", "must be an object")
    if obj["how"] not in (chain.SIGNED, chain.RECORDED):
        raise ValidationError(f"{path}.how", 'must be "signed" or "recorded"')
    if obj.get("origin", "own") not in ("own", "received", "imported"):
        raise ValidationError(f"{path}.origin", 'must be "own", "received" or "imported"')
    if obj["previous"] is not None and not isinstance(obj["previous"], str):
        raise ValidationError(f"{path}.previous", "must be a hash or null")
    sealed = obj.get("sealed")
    if sealed is not None:
        check_text(sealed, f"{path}.sealed", one_line=True)
    signatures = []
    for j, sig in enumerate(obj.get("signatures", [])):
        where = f"{path}.signatures[{j}]"
        sig = _keys(sig, where, SIGNATURE_KEYS, {"party", "signed", "how"})
        how = sig["how"]
        if how not in (chain.SIGNED, chain.RECORDED):
            raise ValidationError(f"{where}.how", 'must be "signed" or "recorded"')
        digital = how == chain.SIGNED
        signatures.append(
            chain.Signature(
                party=check_text(sig["party"], f"{where}.party", one_line=True, nonblank=True),
                public_key=unb64(sig.get("public_key"), f"{where}.public_key", 32)
                if digital
                else None,
                signature=unb64(sig.get("signature"), f"{where}.signature", 64)
                if digital
                else None,
                signed=check_text(sig["signed"], f"{where}.signed", one_line=True),
                how=how,
                comments=check_text(sig.get("comments", ""), f"{where}.comments"),
                disagreement=check_text(sig.get("disagreement", ""), f"{where}.disagreement"),
                pdf=unb64(sig["pdf"], f"{where}.pdf") if sig.get("pdf") else None,
            )
        )
    return chain.ChainVersion(
        session=check_text(obj["session"], f"{path}.session", one_line=True, nonblank=True),
        number=number,
        previous=obj["previous"],
        hash=check_text(obj["hash"], f"{path}.hash", one_line=True),
        content=obj["content"],
        how=obj["how"],
        sealed=sealed,
        pdf=unb64(obj["pdf"], f"{path}.pdf") if obj.get("pdf") else None,
        origin=obj.get("origin", "own"),
        signatures=signatures,
    )


def version_as_json(version: chain.ChainVersion, *, pdfs: bool = False) -> dict[str, Any]:
    """A version as JSON; ``pdfs``: with the signed PDFs kept with it (an export)."""
    found = {
        "session": version.session,
        "number": version.number,
        "previous": version.previous,
        "hash": version.hash,
        "content": version.content,
        "how": version.how,
        "sealed": version.sealed,
        "origin": version.origin,
        "signatures": [
            {
                "party": s.party,
                "public_key": b64(s.public_key) if s.public_key else None,
                "signature": b64(s.signature) if s.signature else None,
                "signed": s.signed,
                "how": s.how,
                "comments": s.comments,
                "disagreement": s.disagreement,
                **({"pdf": b64(s.pdf)} if pdfs and s.pdf else {}),
            }
            for s in version.signatures
        ],
    }
    if pdfs and version.pdf:
        found["pdf"] = b64(version.pdf)
    return found


def export(vault: Vault) -> dict[str, Any]:
    """The chain's sections of an export, each whole (see ``sections``)."""
    return {
        key: list(value) if isinstance(value, Iterator) else value for key, value in sections(vault)
    }


def sections(vault: Vault) -> Iterator[tuple[str, Any]]:
    """The chain's sections of an export in file order. The agreed versions, which carry
    their signed PDFs, come as an iterator read one record's versions at a time."""
    from . import removal

    contacts = []
    for row in vault.conn.execute(
        "SELECT person, name, role, signing_key, age_recipient, certificate, checked "
        "FROM contacts ORDER BY person"
    ):
        public = identity.PublicIdentity(row[1], row[2], bytes(row[3]), row[4], bytes(row[5]))
        contacts.append({"person": row[0], **public_as_json(public), "checked": row[6]})
    yield "identity", public_as_json(identity.public(vault))
    yield "contacts", contacts
    ids = [r[0] for r in vault.conn.execute("SELECT DISTINCT session FROM record_versions")]
    yield (
        "record_versions",
        (
            version_as_json(v, pdfs=True)
            for session_id in ids
            for v in chain.versions(vault, session_id)
        ),
    )
    yield (
        "record_exchange",
        [
            dict(zip(ROUND_COLUMNS, row, strict=True))
            for row in vault.conn.execute(
                f"SELECT {', '.join(ROUND_COLUMNS)} FROM record_exchange ORDER BY session, party"
            )
        ],
    )
    yield (
        "tombstones",
        [
            {**t, "signature": b64(t["signature"]), "public_key": b64(t["public_key"])}
            for t in removal.tombstones(vault)
        ],
    )


def versions_count(vault: Vault) -> int:
    return vault.conn.execute("SELECT count(*) FROM record_versions").fetchone()[0]


# -- rules against a rewritten history -----------------------------------------------------


def check_amendments_end_at_text(
    sessions: dict[str, tuple[str, dict[str, Any]]],
    amendments: list[tuple[str, dict[str, Any]]],
) -> None:
    """A session's amendments, undone newest first from its text in the file, must each find
    the text they say they wrote (an invented history does not end at the record's text)."""
    by_session: dict[str, list[tuple[str, dict[str, Any]]]] = {}
    for path, am in amendments:
        by_session.setdefault(am["session"], []).append((path, am))
    for session_id, made in by_session.items():
        if session_id not in sessions:
            continue  # the session is already in the vault: import_records refuses new ones
        record = dict(sessions[session_id][1])
        for path, am in sorted(made, key=lambda pa: pa[1]["at"], reverse=True):
            for name, change in am["changes"].items():
                if record.get(name) != change["to"]:
                    raise ValidationError(
                        f"{path}.changes.{name}.to",
                        "does not match the record's text: the amendments do not end at the "
                        "session's text in the file",
                    )
                record[name] = change["from"]


def check_versions_match_sessions(
    part: ChainPart,
    sessions: dict[str, tuple[str, dict[str, Any]]],
    amendments: list[tuple[str, dict[str, Any]]],
) -> None:
    """The last version of a record is what the file's session says, amendments included."""
    for session_id, found in part.versions.items():
        last = found[-1]
        if session_id not in sessions:
            if last.origin != "received":
                raise ValidationError(
                    part.paths[session_id], f"names session {session_id!r}, not in the file"
                )
            continue
        path, record = sessions[session_id]
        made = sorted(
            (am for _, am in amendments if am["session"] == session_id), key=lambda a: a["at"]
        )
        listed = [{k: am[k] for k in ("at", "by", "reason", "changes")} for am in made]
        if last.content.get("amendments") != listed:
            raise ValidationError(
                part.paths[session_id],
                "the amendments in the file are not the ones the agreed versions hold",
            )
        if last.sealed is None:
            continue  # a proposal being revised: the record's text may have moved on
        shown = last.content.get("session", {})
        for name, value in shown.items():
            if name in record and record[name] != value:
                raise ValidationError(
                    f"{path}.{name}", "is not the text of the record's last agreed version"
                )


def check_against_vault(
    vault: Vault,
    part: ChainPart,
    sessions: dict[str, tuple[str, dict[str, Any]]],
    amendments: list[tuple[str, dict[str, Any]]],
) -> None:
    """Nothing in the file may replace or re-create a sealed or removed record, or add to the
    history of a record already agreed in this vault."""
    for session_id, (path, _) in sessions.items():
        if vault.conn.execute(
            "SELECT 1 FROM tombstones WHERE session = ?", (session_id,)
        ).fetchone():
            raise ValidationError(
                path, "was removed for good from this vault (a tombstone says so): not re-created"
            )
    for path, am in amendments:
        if repos.exists(vault, "amendments", am["id"]):
            continue
        if chain.has_chain(vault, am["session"]) or (
            am["session"] not in sessions and repos.exists(vault, "sessions", am["session"])
        ):
            raise ValidationError(
                path, "would change a record already in this vault; amend it there instead"
            )
    for session_id, found in part.versions.items():
        held = {v.number: v.hash for v in chain.versions(vault, session_id)}
        if not held:
            if repos.exists(vault, "sessions", session_id) and session_id not in sessions:
                raise ValidationError(part.paths[session_id], "would add a history to a record")
            continue
        if {v.number: v.hash for v in found} != held:
            raise ValidationError(
                part.paths[session_id], "would replace the agreed versions this vault holds"
            )
    for i, stone in enumerate(part.tombstones):
        if repos.exists(vault, "sessions", stone["session"]) or chain.versions(
            vault, stone["session"]
        ):
            raise ValidationError(f"$.tombstones[{i}]", "names a record this vault still holds")


def write(vault: Vault, part: ChainPart) -> None:
    """Store the version 3 sections (inside the import's transaction)."""
    conn = vault.conn
    for session_id, found in part.versions.items():
        if chain.versions(vault, session_id):
            continue  # identical, checked above
        for v in found:
            conn.execute(
                "INSERT INTO record_versions (session, number, previous, hash, content, how, "
                "sealed, origin, pdf) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    v.session,
                    v.number,
                    v.previous,
                    v.hash,
                    v.raw.decode(),
                    v.how,
                    v.sealed,
                    v.origin,
                    v.pdf,
                ),
            )
            for sig in v.signatures:
                chain.put_signature(vault, v.session, v.number, sig)
            if v.origin == "received":  # searched on a practitioner's desk
                from . import search

                search.defer(conn, "received", v.session)
    for stone in part.tombstones:
        conn.execute(
            "INSERT OR IGNORE INTO tombstones (session, at, reason, last_hash, signature, "
            "public_key) VALUES (:session, :at, :reason, :last_hash, :signature, :public_key)",
            stone,
        )
    for i, contact in enumerate(part.contacts):
        public: identity.PublicIdentity = contact["public"]
        held = conn.execute(
            "SELECT signing_key FROM contacts WHERE person = ?", (contact["person"],)
        ).fetchone()
        if held is not None:
            if bytes(held[0]) != public.signing_key:
                raise ValidationError(
                    f"$.contacts[{i}]", "this person is paired here with another key"
                )
            continue
        if not repos.exists(vault, "people", contact["person"]):
            raise ValidationError(f"$.contacts[{i}].person", "is not a person in the vault")
        from .exchange import put_contact  # exchange reads this module's helpers

        put_contact(conn, contact["person"], public, contact["checked"], replace=False)
    if part.identity is not None:
        trust_keys(vault, [part.identity.signing_key])
        trust_certificate(vault, part.identity)
    for round_ in part.rounds:
        conn.execute(
            f"INSERT OR IGNORE INTO record_exchange ({', '.join(ROUND_COLUMNS)}) VALUES "
            f"({', '.join('?' * len(ROUND_COLUMNS))})",
            [round_[name] for name in ROUND_COLUMNS],
        )
    _check_pdfs(vault, part)


def _check_pdfs(vault: Vault, part: ChainPart) -> None:
    """Every signed PDF that came with the versions must be the agreed record it says it is."""
    from .pdf import agreed_pdf

    for session_id, found in part.versions.items():
        for v in found:
            pdfs = [(v.pdf, "pdf", "")] + [
                (s.pdf, f"signatures[{s.party}].pdf", s.party) for s in v.signatures if s.pdf
            ]
            for data, where, party in pdfs:
                if not data:
                    continue
                verdict = agreed_pdf.verify(vault, data)
                replaced = "replaced by version" in verdict.message
                if agreed_pdf.names(data) != (session_id, v.number, party):
                    verdict = agreed_pdf.Verdict(False, "it names another record or version")
                elif replaced:
                    continue
                if not verdict.matches:
                    raise ValidationError(
                        f"{part.paths[session_id]} (version {v.number}) {where}",
                        f"is not the agreed record: {verdict.message}",
                    )


def imported_identities(vault: Vault) -> list[dict[str, Any]]:
    return json.loads(vault.meta().get(CERTIFICATES_META, "[]"))


def trust_certificate(vault: Vault, public: identity.PublicIdentity) -> None:
    """Keep the PDF certificate of a vault whose export was imported, so the signed PDFs it
    made still verify here."""
    if public.certificate == identity.load(vault).certificate:
        return
    known = imported_identities(vault)
    entry = {
        "name": public.name,
        "certificate": b64(public.certificate),
        "signing_key": b64(public.signing_key),
        "fingerprint": public.fingerprint,
    }
    if entry not in known:
        vault.set_meta(**{CERTIFICATES_META: json.dumps([*known, entry])})


def trust_keys(vault: Vault, keys: list[bytes]) -> None:
    """Keep signing keys this vault trusts beyond its own and its contacts': those of vaults
    whose exports it imported, and a group's other attendees, relayed by the paired
    facilitator with the sealed record."""
    own = identity.load(vault).signing_public_key
    known = json.loads(vault.meta().get(TRUSTED_META, "[]"))
    added = [b64(k) for k in dict.fromkeys(keys) if k != own and b64(k) not in known]
    if added:
        vault.set_meta(**{TRUSTED_META: json.dumps([*known, *added])})
