"""The agreed record as a signed PDF: exporting it, and checking one against the vault.

A PDF passes ``verify`` only when every signature in it is intact and valid and comes from this
vault's identity or a paired contact, nothing but signatures was added after the first, and its
visible text is the text of the record version its keywords name, rendered afresh from the
vault. Keywords alone prove nothing: anyone can copy them into another PDF.
"""

from __future__ import annotations

import base64
import io
import re
from dataclasses import dataclass

from .. import identity, labels, repos
from ..errors import BadInput, NotFound, OutputError
from ..interchange_chain import imported_identities
from ..vault import Vault
from . import record, signing
from .documents import agreed_record, picked_journal

KEYWORDS = re.compile(
    r"(?:^|\s)supervision-desk-record session=(\S+) version=(\d+) sha256=([0-9a-f]{64})"
    r"(?: copy=(\S+))?(?:\s|$)"
)


def export(
    vault: Vault,
    session_id: str,
    *,
    journal: list[str] = (),  # type: ignore[assignment]
    confidential: bool = False,
    password: str | None = None,
    number: int | None = None,
) -> bytes:
    """A session record's PDF as it is to be saved: as it stands, or version ``number`` of
    its chain (the agreed one while an amendment awaits agreement). An agreed version is
    signed with this vault's identity; where the chain keeps the PDF both parties signed,
    those very bytes. A record with a journal entry or the confidential note added is not
    the agreed record and is not signed."""
    session = repos.get(vault, "sessions", session_id)
    if number is None:
        version = record.current(vault, session_id)
    else:
        found = [v for v in record.versions(vault, session_id) if v.number == number]
        if not found:
            raise NotFound(f"Record {session_id!r} has no version {number}.")
        version = found[0]
    extras = bool(journal) or (confidential and bool(session["confidential_note"]))
    if version.pdf and not extras:
        if password:
            raise OutputError(
                "The record's PDF carries both people's signatures, which encrypting it would "
                "break; export it without a password and keep it somewhere safe."
            )
        return version.pdf
    people = {session["person"], *session["attendees"]} - {None}
    data = agreed_record(
        version,
        confidential_note=session["confidential_note"] if confidential else "",
        journal=picked_journal(vault, list(journal), people),
    )
    if password:
        from .base import encrypt

        data = encrypt(data, password)
    if not version.how or extras:
        return data
    owner = vault.meta().get("owner", "")
    return signing.sign(
        data,
        identity.load(vault),
        name=owner,
        reason=f"Agreed record of the supervision session on {version.content['session']['date']}"
        f", version {version.number}",
        password=password,
    )


@dataclass
class Verdict:
    matches: bool
    message: str


def _visible_text(pdf_bytes: bytes, password: str | None) -> tuple[list[str], str]:
    """Each page's text with runs of white space made one space, and the PDF's keywords."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(pdf_bytes))
        if reader.is_encrypted:
            if not password:
                raise BadInput("That PDF is encrypted; its password is needed to read it.")
            if not reader.decrypt(password):
                raise BadInput("That password does not open the PDF.")
        keywords = str((reader.metadata or {}).get("/Keywords") or "")
        pages = [" ".join(page.extract_text().split()) for page in reader.pages]
    except (PdfReadError, OSError, ValueError, KeyError) as exc:
        raise BadInput(f"That file cannot be read as a PDF ({type(exc).__name__}).") from None
    return pages, keywords


def names(pdf_bytes: bytes) -> tuple[str, int, str] | None:
    """The record, version and attendee (for a group attendee's copy) a PDF's keywords name."""
    found = KEYWORDS.search(_visible_text(pdf_bytes, None)[1])
    return (found.group(1), int(found.group(2)), found.group(4) or "") if found else None


def _known_certificates(vault: Vault) -> dict[bytes, str]:
    """Certificate (DER) -> the person it belongs to: this vault's owner, paired contacts and
    vaults whose exports this one imported."""
    known = {identity.load(vault).certificate: vault.meta().get("owner", "") or "this vault"}
    for der, name in vault.conn.execute("SELECT certificate, name FROM contacts"):
        known[bytes(der)] = name
    for entry in imported_identities(vault):
        known.setdefault(base64.b64decode(entry["certificate"]), entry["name"])
    return known


def _signature_problem(checks: list[signing.SignatureCheck], known: dict[bytes, str]) -> str:
    if not checks:
        return (
            "The PDF carries no digital signature, so it is not an agreed record as exported "
            "now (it may be a draft, or a copy made before records were signed). Export the "
            "record again."
        )
    for check in checks:
        who = check.signer or "an unnamed signer"
        if not check.intact:
            return (
                f"The PDF was changed after {who} signed it: the signed bytes no longer match "
                "the signature."
            )
        if not check.valid:
            return f"The signature by {who} does not verify."
        if check.certificate not in known:
            return (
                f"The PDF is signed by {who} with a key that is neither this vault's nor a "
                "paired contact's."
            )
        if check.changed_after:
            return f"Something other than a signature was added to the PDF after {who} signed it."
    if not checks[-1].whole_document:
        return "Bytes were added to the PDF after its last signature."
    return ""


def _certificates_by_key(vault: Vault) -> dict[bytes, bytes]:
    """Signing key -> PDF certificate, for every identity this vault knows: its own, its
    paired contacts' and those of vaults whose exports it imported."""
    me = identity.load(vault)
    found = {me.signing_public_key: me.certificate}
    for key, der in vault.conn.execute("SELECT signing_key, certificate FROM contacts"):
        found[bytes(key)] = bytes(der)
    for entry in imported_identities(vault):
        if "signing_key" in entry:
            key = base64.b64decode(entry["signing_key"])
            found.setdefault(key, base64.b64decode(entry["certificate"]))
    return found


def _copy_signers(
    vault: Vault,
    session_id: str,
    number: int,
    party: str,
    checks: list[signing.SignatureCheck],
    *,
    complete: bool,
) -> str:
    """Why a group attendee's copy is not signed by the right people ("" when it is): one
    certificate must be that attendee's own (the identity that signed their agreement in the
    chain) and the other the facilitator's; no one else's. Incomplete: theirs alone so far."""
    from .. import chain

    version = next((v for v in chain.versions(vault, session_id) if v.number == number), None)
    theirs = version.signed_by(party) if version else None
    lead = version.signed_by(chain.SUPERVISOR) if version else None
    by_key = _certificates_by_key(vault)
    own = by_key.get(bytes(theirs.public_key or b"")) if theirs else None
    facilitator = by_key.get(bytes(lead.public_key or b"")) if lead else None
    if own is None:
        return "This vault cannot tell which certificate is the attendee's own."
    signers = [c.certificate for c in checks]
    if own not in signers:
        return "The copy is not signed by the attendee it names: it is someone else's copy."
    wanted = {own, facilitator} if complete else {own}
    allowed = {own, facilitator}
    if any(c not in allowed for c in signers):
        return (
            "The copy carries a signature by someone other than the attendee and the facilitator."
        )
    if complete and (facilitator is None or set(signers) != wanted):
        return "An attendee's copy must carry their signature and the facilitator's."
    return ""


def verify(
    vault: Vault, pdf_bytes: bytes, password: str | None = None, *, complete: bool = True
) -> Verdict:
    """Whether a PDF is a genuine copy of the vault's current agreed record, and if not why.
    ``complete=False``: a group attendee's copy that only they have signed so far (checked
    before the facilitator adds their signature)."""
    pages, keywords = _visible_text(pdf_bytes, password)
    found = KEYWORDS.search(keywords)
    if not found:
        raise BadInput("That PDF is not a session record made by Supervision Desk.")
    session_id, number, digest = found.group(1), int(found.group(2)), found.group(3)
    party = found.group(4) or ""
    known = _known_certificates(vault)
    checks = signing.inspect(pdf_bytes, list(known), password=password)
    problem = _signature_problem(checks, known)
    if problem:
        return Verdict(False, problem)
    try:
        held = record.versions(vault, session_id)
    except NotFound:
        held = []
    made = [v for v in held if v.sealed]
    version = next((v for v in held if v.hash == digest and v.number == number), None)
    if party and version is not None:
        # A group attendee's own copy: agreed once they and the facilitator signed it, even
        # while other attendees have still to agree the group's record.
        version = record.attendee_copy(vault, session_id, number, party)
        if version is None:
            return Verdict(False, "This vault holds no agreement by the attendee this copy names.")
        problem = _copy_signers(vault, session_id, number, party, checks, complete=complete)
        if problem:
            return Verdict(False, problem)
    elif not made:
        return Verdict(False, "The record this PDF shows is not agreed in this vault.")
    elif version is not None and not version.sealed:
        version = None
    if version is None:
        return Verdict(False, "The PDF does not match any agreed version of this record.")
    fresh, _ = _visible_text(agreed_record(version), None)
    if fresh != pages:
        return Verdict(
            False,
            f"The PDF's visible text is not the text of version {version.number} of this "
            "record: it was made or altered outside Supervision Desk.",
        )
    signers = " and ".join(dict.fromkeys(known[c.certificate] for c in checks))
    later = [v for v in made if v.number > version.number]
    if later:
        after = later[0]
        amendment = after.content["amendments"][-1] if after.content["amendments"] else {}
        return Verdict(
            False,
            f"The PDF shows version {version.number}; it was replaced by version {after.number}"
            f", amended {labels.long_date(amendment.get('at', '')[:10])} by "
            f"{labels.owner(amendment.get('by', '?'))}: {amendment.get('reason', '')}",
        )
    if party:
        whose = next((x.name for x in version.signers if x.party == party), party)
        return Verdict(
            True,
            f"The PDF is {whose}'s own copy of the group's agreed record (version "
            f"{version.number}, signed by {signers}).",
        )
    return Verdict(
        True,
        f"The PDF matches the agreed record (version {version.number}, signed by {signers}).",
    )


@dataclass
class ReceivedCopy:
    data: bytes
    signed: bool  # the PDF both signed, as it came sealed; False: the version as sent, a draft


def received_copy(
    vault: Vault, session_id: str, party: str = "", number: int | None = None
) -> ReceivedCopy:
    """A record from my supervisor as a PDF: its latest version, or version ``number`` (an
    earlier agreed one while an amendment awaits agreement). Once sealed: the very PDF both
    signed (for a group, ``party``'s own copy), so what is saved is what ``verify`` checks in
    either vault. Before then: the version as sent, rendered here and marked as a draft,
    unsigned."""
    from .. import chain

    found = chain.versions(vault, session_id)
    if number is not None:
        found = [v for v in found if v.number == number]
    last = found[-1] if found else None
    if last is None:
        raise NotFound(f"There is no record {session_id!r} from your supervisor.")
    stored = chain.signed_pdf(last, party)
    if stored:
        return ReceivedCopy(stored, True)
    version = next(v for v in record.versions(vault, session_id) if v.number == last.number)
    return ReceivedCopy(agreed_record(version), False)


def save_received(
    vault: Vault, session_id: str, out, party: str = "", number: int | None = None
) -> ReceivedCopy:
    """Write the received record's PDF (see ``received_copy``) to a file the user chose."""
    from ..fsutil import atomic_output

    found = received_copy(vault, session_id, party, number)
    with atomic_output(out) as tmp:
        tmp.write_bytes(found.data)
    return found
