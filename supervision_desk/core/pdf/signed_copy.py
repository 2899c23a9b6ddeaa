"""The agreed record's PDF carrying both people's PDF signatures (PAdES).

The supervisee signs it first, when agreeing: their desk renders the version as it will read
once sealed and signs that PDF. The supervisor's desk, opening the reply, seals the record,
checks that the PDF is exactly that version signed by the paired supervisee, and adds its own
signature. The sealed copy sent back carries the doubly signed PDF, so both vaults hold the
same bytes, and any PDF reader can check both signatures.
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
    party: str,
    signed: str,
    supervisor_fingerprint: str,
) -> bytes:
    """The version as it will read once sealed, signed by this (the supervisee's) vault."""
    from .documents import agreed_record

    me = identity.load(vault)
    version = record.RecordVersion(
        session=session_id,
        number=number,
        hash=hash_,
        content=content,
        how="signed",
        signers=[
            record.signer_of(content, "supervisor", signed, supervisor_fingerprint),
            record.signer_of(content, party, signed, me.fingerprint),
        ],
        sealed=True,
    )
    who = next((p["name"] for p in content["supervisees"] if p["id"] == party), "")
    return signing.sign(
        agreed_record(version),
        me,
        name=who or vault.meta().get("owner", ""),
        reason=_reason(content, number),
    )


def checked(vault: Vault, pdf_bytes: bytes) -> None:
    """Refuse a PDF that is not the vault's current sealed version, intact and signed only by
    this vault or paired contacts."""
    from .agreed_pdf import verify

    verdict = verify(vault, pdf_bytes)
    if not verdict.matches:
        raise BadInput(
            f"The signed PDF that came with it is not the agreed record: {verdict.message}"
        )


def countersign(vault: Vault, session_id: str, number: int, pdf_bytes: bytes) -> bytes:
    """Check the supervisee's signed PDF against the record just sealed, add this vault's
    signature and keep the result with the version."""
    from .. import chain

    checked(vault, pdf_bytes)
    version = chain.versions(vault, session_id)[number - 1]
    both = signing.sign(
        pdf_bytes,
        identity.load(vault),
        name=vault.meta().get("owner", ""),
        reason=_reason(version.content, number),
    )
    chain.store_pdf(vault, session_id, number, both)
    return both


def _reason(content: dict[str, Any], number: int) -> str:
    return (
        f"Agreed record of the supervision session on {content['session']['date']}, "
        f"version {number}"
    )
