"""The agreed record's PDF carrying both people's PDF signatures (PAdES).

The supervisee signs it first, when agreeing: their desk renders the version as it will read
once sealed and signs that PDF. The supervisor's desk, opening the reply, seals the record,
checks that the PDF is exactly that version signed by the paired supervisee, and adds its own
signature. The sealed copy sent back carries the doubly signed PDF, so both vaults hold the
same bytes, and any PDF reader can check both signatures.

A group record has no one PDF every attendee signs: they agree in parallel, each on their own
desk. Each attendee's own copy (the record with their comments and disagreement, and their
agreement beside the facilitator's) carries their PDF signature and the facilitator's; the
facilitator's desk keeps every copy, and the group's record lists who has agreed.
"""

from __future__ import annotations

from typing import Any

from .. import identity
from ..errors import BadInput
from ..vault import Vault
from . import record, signing


def supervisee_copy(
    vault: Vault,
    session_id: str,
    number: int,
    content: dict[str, Any],
    hash_: str,
    sig: Any,
    supervisor_fingerprint: str,
    *,
    group: bool,
) -> bytes:
    """The version as it will read once sealed (for a group, this attendee's own copy), signed
    by this (the supervisee's) vault. ``sig`` is this vault's agreement (chain.Signature)."""
    from .documents import agreed_record

    me = identity.load(vault)
    version = record.as_signed(
        session_id,
        number,
        hash_,
        content,
        sig.party,
        sig.signed,
        (supervisor_fingerprint, me.fingerprint),
        group=group,
        comments=sig.comments,
        disagreement=sig.disagreement,
    )
    who = next((p["name"] for p in content["supervisees"] if p["id"] == sig.party), "")
    return signing.sign(
        agreed_record(version),
        me,
        name=who or vault.meta().get("owner", ""),
        reason=_reason(content, number),
    )


def checked(vault: Vault, pdf_bytes: bytes, *, complete: bool = True) -> None:
    """Refuse a PDF that is not the vault's current sealed version, intact and signed only by
    this vault or paired contacts."""
    from .agreed_pdf import verify

    verdict = verify(vault, pdf_bytes, complete=complete)
    if not verdict.matches:
        raise BadInput(
            f"The signed PDF that came with it is not the agreed record: {verdict.message}"
        )


def countersign(
    vault: Vault, session_id: str, number: int, pdf_bytes: bytes, party: str = ""
) -> bytes:
    """Check the supervisee's signed PDF against the record (``party``: the group attendee
    whose own copy it is), add this vault's signature and keep the result."""
    from .. import chain

    checked(vault, pdf_bytes, complete=False)
    version = chain.versions(vault, session_id)[number - 1]
    both = signing.sign(
        pdf_bytes,
        identity.load(vault),
        name=vault.meta().get("owner", ""),
        reason=_reason(version.content, number),
    )
    if party:
        chain.store_copy(vault, session_id, number, party, both)
    else:
        chain.store_pdf(vault, session_id, number, both)
    return both


def _reason(content: dict[str, Any], number: int) -> str:
    return (
        f"Agreed record of the supervision session on {content['session']['date']}, "
        f"version {number}"
    )
