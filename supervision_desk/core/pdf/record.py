"""The versions of a session record that its agreed PDF is rendered from.

The PDF shows a version snapshot from the hash chain (core/chain.py: everything the agreed
record holds, as canonical JSON), its number, how it was agreed and who signed it, and nothing
read from the vault besides. Both vaults of a pairing therefore render the same text, and
``verify`` can render a version afresh and compare.
"""

from __future__ import annotations

import base64
import copy as copying
from dataclasses import dataclass, field
from typing import Any

from .. import agreed as agreed_records
from .. import chain, identity, repos
from ..interchange_chain import imported_identities
from ..vault import Vault


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
    copy: str = ""  # the group attendee whose own copy this is ('' for the record itself)

    @property
    def keywords(self) -> str:
        return (
            f"{agreed_records.KEYWORD} session={self.session} version={self.number} "
            f"sha256={self.hash}" + (f" copy={self.copy}" if self.copy else "")
        )


def _fingerprints(vault: Vault) -> dict[bytes, str]:
    """Ed25519 public key -> fingerprint, for this vault, every paired contact and every
    vault whose export this one imported."""
    own = identity.load(vault)
    known = {own.signing_public_key: own.fingerprint}
    for key, fingerprint in vault.conn.execute("SELECT signing_key, fingerprint FROM contacts"):
        known[bytes(key)] = fingerprint
    for entry in imported_identities(vault):  # vaults whose exports this one imported
        known.setdefault(base64.b64decode(entry["signing_key"]), entry["fingerprint"])
    return known


def signer_of(content: dict[str, Any], party: str, signed: str, fingerprint: str) -> Signer:
    """A party to a version, named as the version's own content names them."""
    if party == chain.SUPERVISOR:
        who = content["supervisor"]
    else:
        who = next((p for p in content["supervisees"] if p["id"] == party), None) or (
            content["supervisees"][0] if len(content["supervisees"]) == 1 else {}
        )
    return Signer(party, who.get("name", ""), who.get("role", ""), signed or "", fingerprint)


def versions(vault: Vault, session_id: str) -> list[RecordVersion]:
    """Every version of a session record in the chain, oldest first (the last may be a
    proposal not yet sealed, shown as a draft)."""
    known = _fingerprints(vault)
    found = []
    for version in chain.versions(vault, session_id):
        signers = [
            signer_of(
                version.content,
                sig.party,
                sig.signed,
                known.get(sig.public_key, "") if sig.public_key else "",
            )
            for sig in version.signatures
        ]
        sealed = bool(version.sealed)
        found.append(
            RecordVersion(
                session=session_id,
                number=version.number,
                hash=version.hash,
                content=version.content,
                how=version.how if sealed else "",  # unsealed: a draft
                signers=signers,
                sealed=sealed,
                pdf=version.pdf,
            )
        )
    return found


def current(vault: Vault, session_id: str) -> RecordVersion:
    """The record as it would be printed now: its latest version, or, while it is not yet
    agreed (or has changed since), a draft of the next version."""
    made = versions(vault, session_id)
    content = chain.snapshot(vault, session_id)
    if made and made[-1].content == content:
        return made[-1]
    sealed = [v for v in made if v.sealed]
    previous = sealed[-1].hash if sealed else None
    session = repos.get(vault, "sessions", session_id)
    signers = [
        signer_of(content, party, day, "")
        for party, day in (
            (chain.SUPERVISOR, session["agreed_by_supervisor"]),
            (session["person"] or "supervisee", session["agreed_by_supervisee"]),
        )
        if day
    ]
    # A group's attendees each agree for themselves (in the room, or by a signed reply).
    signers += [
        signer_of(content, a["person"], a["agreed"], "")
        for a in session["attendance"]
        if a["agreed"] and a["person"] != session["person"]
    ]
    number = (sealed[-1].number + 1) if sealed else 1
    return RecordVersion(
        session_id, number, chain.chain_hash(previous, content), content, "", signers
    )


def as_signed(
    session_id: str,
    number: int,
    hash_: str,
    content: dict[str, Any],
    party: str,
    signed: str,
    fingerprints: tuple[str, str],
    *,
    group: bool,
    comments: str = "",
    disagreement: str = "",
) -> RecordVersion:
    """A version as it reads once the supervisor and ``party`` have signed it digitally
    (``fingerprints``: theirs, in that order). Both are shown agreeing when ``party`` signed:
    the supervisor agreed the text by sending it. In a group each attendee agrees their own
    copy, which shows their own comments and disagreement (their signature covers them)."""
    if group:
        content = copying.deepcopy(content)
        content["session"]["supervisee_comments"] = comments
        content["session"]["disagreement"] = disagreement
    return RecordVersion(
        session=session_id,
        number=number,
        hash=hash_,
        content=content,
        how=chain.SIGNED,
        signers=[
            signer_of(content, chain.SUPERVISOR, signed, fingerprints[0]),
            signer_of(content, party, signed, fingerprints[1]),
        ],
        sealed=True,
        copy=party if group else "",
    )


def attendee_copy(vault: Vault, session_id: str, number: int, party: str) -> RecordVersion | None:
    """A group attendee's own copy of a version, as the chain in this vault holds their
    agreement (``None`` if they have not agreed it digitally)."""
    found = next((v for v in chain.versions(vault, session_id) if v.number == number), None)
    agreed = found.signed_by(party) if found else None
    if found is None or agreed is None or agreed.how != chain.SIGNED:
        return None
    known = _fingerprints(vault)
    lead = found.signed_by(chain.SUPERVISOR)
    return as_signed(
        session_id,
        number,
        found.hash,
        found.content,
        party,
        agreed.signed,
        (
            known.get(lead.public_key, "") if lead and lead.public_key else "",
            known.get(agreed.public_key or b"", ""),
        ),
        group=True,
        comments=agreed.comments,
        disagreement=agreed.disagreement,
    )
