"""Two desks, one record: pairing two vaults, and the files a record travels in between them.

A **contact file** is a vault's public identity (name, role, public keys, fingerprint) signed by
that identity; a person adds it only with the fingerprint they compared in person. An
**exchange file** is an age-encrypted envelope (to the recipients' age keys) holding JSON
``{"format", "message": {kind, id, from, to, created, payload}, "signature"}``, the signature
being Ed25519 by the sender over the canonical message. Kinds: ``record`` (a version sent for
agreement: exactly what its agreed PDF shows), ``reply`` (the supervisee's agreement, signed,
or the record returned with comments) and ``sealed`` (the sealed versions, for the other
desk to hold). A file addressed elsewhere, changed, replayed or signed by an unpaired key is
refused and changes nothing. docs/exchange.md describes the format.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import secrets
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyrage

from . import chain, clock, identity, labels, repos, sessions, strictjson
from .contacts import Contact, contact_for, contacts
from .errors import BadInput, NotFound
from .fsutil import atomic_output, check_output
from .interchange_chain import b64, public_as_json, trust_keys, unb64, version_as_json
from .records import GROUP_KINDS, NOT_IN_A_LINE, check_text
from .shown import shown as shown_path
from .vault import Vault


def _signed_copy():
    """The PDF module, imported when a PDF is handled: it brings in the PDF library, which
    would otherwise load with every person shown (a third of a second before the window)."""
    from .pdf import signed_copy

    return signed_copy


FORMAT = "supervision-desk-exchange/1"
CONTACT_FORMAT = "supervision-desk-contact/1"
EXCHANGE_PREFIX = b"supervision-desk exchange 1\n"
CONTACT_PREFIX = b"supervision-desk contact 1\n"
MAX_FILE_BYTES = 64_000_000
KINDS = ("record", "reply", "sealed")
NOT_OURS = (
    "cannot be opened by this vault: it is addressed to another vault, or it was changed "
    "after it was written. Nothing was changed."
)


class Refused(BadInput):
    """An exchange or contact file that is not accepted; nothing was changed."""


class NameDiffers(Refused):
    """A contact file whose own name is not the name of the person it would be paired with.
    Names can differ for good reason (a shortened or a changed name), so the app asks and the
    command line wants its flag; without either nothing is paired."""

    def __init__(self, message: str, file_name: str, person_name: str):
        super().__init__(message)
        self.file_name, self.person_name = file_name, person_name


class PairedElsewhere(Refused):
    """A contact file that is already the desk of another person here. Pairing it would
    leave that person with no desk, so it is done only when asked for (the app asks; the
    command line wants its flag); without that nothing is paired."""

    def __init__(self, message: str, other_name: str, person_name: str):
        super().__init__(message)
        self.other_name, self.person_name = other_name, person_name


class NotAboutThisDesk(Refused):
    """A record that names someone other than this desk's owner as its supervisee: opened
    only when the person says so, since it may be someone else's private record."""

    def __init__(self, message: str, about: str, owner: str):
        super().__init__(message)
        self.about, self.owner = about, owner


def same_name(a: str, b: str) -> bool:
    """Whether two names are the same as a person would read them: case, spacing and
    equivalent Unicode forms aside."""

    def plain(name: str) -> str:
        return " ".join(unicodedata.normalize("NFKC", name).casefold().split())

    return plain(a) == plain(b)


def _read(path: Path) -> bytes:
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise Refused(f"{shown_path(path)} is too large to be an exchange or contact file.")
        return path.read_bytes()
    except FileNotFoundError:
        raise Refused(f"{shown_path(path)} does not exist.") from None
    except OSError as exc:
        raise Refused(f"{shown_path(path)} cannot be read: {exc.strerror}.") from None


def _write_new(path: Path, data: bytes) -> None:
    """Exchange and contact files are never written over (exit 8 if the name is taken)."""
    with atomic_output(path, overwrite=False) as tmp:
        tmp.write_bytes(data)


def _refuse_taken(out: Path) -> None:
    """Say at once, before anything changes, that an output name is taken (exit 8)."""
    check_output(out)


# -- pairing --------------------------------------------------------------------------------


def contact_document(vault: Vault) -> dict[str, Any]:
    """This vault's contact file: its public identity, signed by it."""
    me = identity.load(vault)
    body = {"format": CONTACT_FORMAT, **public_as_json(identity.public(vault))}
    return {**body, "signature": b64(me.sign(CONTACT_PREFIX + chain.canonical(body)))}


def write_contact(vault: Vault, out: Path) -> str:
    _refuse_taken(out)
    text = json.dumps(contact_document(vault), ensure_ascii=False, indent=2) + "\n"
    _write_new(out, text.encode("utf-8"))
    return identity.load(vault).fingerprint


def read_contact(data: bytes, shown: str = "The contact file") -> identity.PublicIdentity:
    """A contact file's public identity, if it is well formed and signed by its own key."""
    try:
        doc = strictjson.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, BadInput):  # not text, or text but not JSON
        raise Refused(f"{shown} is not a contact file.") from None
    keys = {
        "format",
        "name",
        "role",
        "signing_key",
        "age_recipient",
        "certificate",
        "fingerprint",
        "signature",
    }
    if not isinstance(doc, dict) or set(doc) != keys or doc["format"] != CONTACT_FORMAT:
        raise Refused(f"{shown} is not a contact file.")
    body = {k: v for k, v in doc.items() if k != "signature"}
    try:
        public = identity.PublicIdentity(
            name=check_text(doc["name"], "name", one_line=True),
            role=check_text(doc["role"] or "", "role", one_line=True),
            signing_key=unb64(doc["signing_key"], "signing_key", 32),
            age_recipient=doc["age_recipient"],
            certificate=unb64(doc["certificate"], "certificate"),
        )
        pyrage.x25519.Recipient.from_str(public.age_recipient)
        made = public.fingerprint
        signature = unb64(doc["signature"], "signature", 64)
    except Exception:
        raise Refused(f"{shown} does not hold usable keys.") from None
    if made != identity.normalise_fingerprint(str(doc["fingerprint"])) or not (
        identity.verify_signature(
            public.signing_key, signature, CONTACT_PREFIX + chain.canonical(body)
        )
    ):
        raise Refused(f"{shown} was changed after it was made: its keys and signature differ.")
    return public


def add_contact(
    vault: Vault,
    path: Path,
    person_id: str,
    typed: str,
    *,
    name_differs: bool = False,
    flag: str = "",
    move: bool = False,
    move_flag: str = "",
) -> identity.PublicIdentity:
    """Pair a person with the contact in a file, if its fingerprint is the one typed (the one
    compared in person). One practitioner's desk belongs to one person, and a second pairing
    would send the second person's records to the first: a desk already paired with another
    person here is moved to this one only with ``move`` (the other person is then left with
    no desk; ``move_flag`` names the command line's option in the refusal). In a supervisor's
    vault a file whose own name is not the person's is paired only with ``name_differs``
    (the app asks; ``flag`` names the command line's option in the refusal). Records still
    out for agreement with a desk that is no longer the person's stop waiting for it."""
    wanted = identity.normalise_fingerprint(typed)
    if not wanted:
        raise Refused("A fingerprint is eight groups of five digits; that is not one.")
    public = read_contact(_read(path), shown_path(path))
    if public.fingerprint != wanted:
        raise Refused(
            f"The fingerprint in {shown_path(path)} is not the one you typed: do not pair with it."
        )
    if public.signing_key == identity.load(vault).signing_public_key:
        raise Refused("That is this vault's own contact file.")
    if not repos.exists(vault, "people", person_id):
        raise NotFound(f"No person with id {person_id!r}.")
    other = vault.conn.execute(
        "SELECT person FROM contacts WHERE person != ? AND (signing_key = ? OR fingerprint = ?)",
        (person_id, public.signing_key, public.fingerprint),
    ).fetchone()
    person_name = repos.get(vault, "people", person_id)["name"]
    if other is not None and not move:
        other_name = _person_name(vault, other[0])
        more = (
            f"; if it is {person_name}'s, add {move_flag} to pair it with them instead "
            f"({other_name} is then left with no desk paired)"
            if move_flag
            else ""
        )
        raise PairedElsewhere(
            f"{shown_path(path)} is the desk already paired with {other_name}, and one desk "
            f"belongs to one person, so it was not paired{more}; nothing was changed.",
            other_name,
            person_name,
        )
    if (
        vault.mode != "practitioner"  # there the file is the supervisor's, never one's own
        and public.name
        and not same_name(public.name, person_name)
        and not name_differs
    ):
        more = f"; if it is theirs under another name, add {flag}" if flag else ""
        raise NameDiffers(
            f"{shown_path(path)} is {public.name}'s desk, not {person_name}'s, so it was not "
            f"paired{more}. Nothing was changed.",
            public.name,
            person_name,
        )
    with vault.write() as conn:
        if other is not None:  # moved: the person it was paired with has no desk now
            _forget_desk(conn, other[0])
        put_contact(conn, person_id, public, clock.today().isoformat(), replace=True)
        _withdraw(conn, person_id, keep=public.fingerprint)
    return public


def unpair(vault: Vault, person_id: str) -> Contact:
    """Undo a person's pairing (a wrong one, or a desk they no longer use): nothing more is
    sent to that desk for them, and a reply from it about their records is refused. Records
    out for agreement with it stop waiting; the versions and signatures already agreed stay
    as they are. Returns the contact that was paired."""
    if not repos.exists(vault, "people", person_id):
        raise NotFound(f"No person with id {person_id!r}.")
    found = contact_for(vault, person_id)
    if found is None:
        name = _person_name(vault, person_id)
        raise BadInput(f"{name} is not paired with a desk; nothing was changed.")
    with vault.write() as conn:
        _forget_desk(conn, person_id)
    return found


def _forget_desk(conn, person_id: str) -> None:
    conn.execute("DELETE FROM contacts WHERE person = ?", (person_id,))
    _withdraw(conn, person_id)


def _withdraw(conn, person_id: str, keep: str = "") -> None:
    """A record sent for agreement to a desk that is no longer the person's is no longer
    awaited (its editor would otherwise stay held for an answer that cannot count). The row
    keeps that desk's fingerprint, so its reply can be named when it arrives, and refused."""
    conn.execute(
        "UPDATE record_exchange SET state = 'withdrawn' "
        "WHERE party = ? AND state = 'sent' AND contact != ?",
        (person_id, keep),
    )


def _person_name(vault: Vault, person_id: str) -> str:
    if repos.exists(vault, "people", person_id):
        return repos.get(vault, "people", person_id)["name"]
    return person_id


def _desk_name(vault: Vault, contact: Contact) -> str:
    """Whose desk a contact is: the person it is paired with in a supervisor's vault; in a
    practitioner's, where the contact is paired with the owner's own record, the supervisor
    its contact file names."""
    if vault.mode == "practitioner":
        return contact.public.name or "your supervisor"
    return _person_name(vault, contact.person)


def put_contact(
    conn, person_id: str, public: identity.PublicIdentity, checked: str, *, replace: bool
) -> None:
    """Keep a paired contact (``replace``: a new contact file for the same person)."""
    conflict = (
        " ON CONFLICT(person) DO UPDATE SET name = excluded.name, role = excluded.role, "
        "signing_key = excluded.signing_key, age_recipient = excluded.age_recipient, "
        "certificate = excluded.certificate, fingerprint = excluded.fingerprint, "
        "checked = excluded.checked"
        if replace
        else ""
    )
    conn.execute(
        "INSERT INTO contacts (person, name, role, signing_key, age_recipient, certificate, "
        "fingerprint, checked) VALUES (?, ?, ?, ?, ?, ?, ?, ?)" + conflict,
        (
            person_id,
            public.name,
            public.role,
            public.signing_key,
            public.age_recipient,
            public.certificate,
            public.fingerprint,
            checked,
        ),
    )


# -- envelopes ------------------------------------------------------------------------------


def _envelope(
    vault: Vault, kind: str, to: list[Contact], payload: dict[str, Any]
) -> tuple[bytes, str]:
    me = identity.load(vault)
    message = {
        "kind": kind,
        "id": secrets.token_hex(16),
        "from": me.fingerprint,
        "to": [c.fingerprint for c in to],
        "created": clock.now().isoformat(timespec="seconds"),
        "payload": payload,
    }
    inner = {
        "format": FORMAT,
        "message": message,
        "signature": b64(me.sign(EXCHANGE_PREFIX + chain.canonical(message))),
    }
    # Also to this desk's own key: opened here by mistake, the file can then be recognised as
    # the one this desk wrote, and said so, instead of "addressed to another vault".
    recipients = [
        pyrage.x25519.Recipient.from_str(key)
        for key in dict.fromkeys([*(c.public.age_recipient for c in to), me.age_recipient])
    ]
    return pyrage.encrypt(chain.canonical(inner), recipients), message["id"]


@dataclass
class Opened:
    message: dict[str, Any]
    sender: Contact


AGE_MAGIC = b"age-encryption.org/"  # how every age file begins (the binary format)


def _not_an_exchange_file(data: bytes, shown: str) -> Refused:
    """The refusal for a file that is no exchange file at all (a picture, a PDF, a contact
    file): said plainly, not as one addressed to another vault."""
    try:
        read_contact(data)
    except Exception:  # whatever the file holds, it is not a contact file either
        return Refused(
            f"{shown} is not an exchange file: those are the .sdx files a paired desk writes. "
            "Nothing was changed."
        )
    return Refused(
        f"{shown} is a contact file, not an exchange file: pair with it from the person's page "
        "(Pair with a contact file…). Nothing was changed."
    )


def _own_file(vault: Vault, message: dict[str, Any], shown: str) -> Refused:
    """The refusal for a file this desk wrote itself: whom it is for, and where it opens."""
    names = []
    for fingerprint in message.get("to") or []:
        found = [c for c in contacts(vault) if c.fingerprint == fingerprint]
        names.append(_desk_name(vault, found[0]) if found else "another desk")
    names = list(dict.fromkeys(names)) or ["another desk"]
    who = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    what = {
        "record": "the record for agreement",
        "reply": "the reply",
        "sealed": "the sealed copy",
    }.get(message.get("kind"), "the file")
    return Refused(
        f"{shown} is {what} this desk wrote for {who}: it is opened on their desk, not this "
        "one. Nothing was changed."
    )


def _from_unpaired(vault: Vault, message: dict[str, Any], shown: str) -> Refused:
    """The refusal for a file from a desk not paired here: named as the desk a person was
    paired with before, when it was (its pairing was undone or moved)."""
    was = vault.conn.execute(
        "SELECT party FROM record_exchange WHERE contact = ? ORDER BY at DESC LIMIT 1",
        (str(message.get("from")),),
    ).fetchone()
    if was is None:
        return Refused(
            f"{shown} comes from a vault this one is not paired with. Nothing was changed."
        )
    if vault.mode == "practitioner":
        return Refused(
            f"{shown} comes from a desk this one was paired with before but is no longer, so "
            "it was not opened. Nothing was changed."
        )
    name = _person_name(vault, was[0])
    return Refused(
        f"{shown} comes from the desk that was paired with {name}, and no longer is, so it "
        f"was not accepted: a reply counts only from the desk paired with {name} now. "
        "Nothing was changed."
    )


def _refuse_moved_reply(vault: Vault, opened: Opened, payload: dict[str, Any], shown: str):
    """Refuse a reply from a desk that was paired with the person when the record was sent
    but has been paired with someone else since: it no longer answers for them."""
    party = str(payload["party"])
    if party == opened.sender.person:
        return
    row = vault.conn.execute(
        "SELECT 1 FROM record_exchange WHERE session = ? AND party = ? AND contact = ?",
        (str(payload["session"]), party, opened.sender.fingerprint),
    ).fetchone()
    if row is None:
        return  # not a record it was sent; the usual checks name it
    was, now = _person_name(vault, party), _person_name(vault, opened.sender.person)
    raise Refused(
        f"{shown} comes from the desk that was paired with {was} when the record was sent; "
        f"that desk is {now}'s now, so it does not answer for {was} and the reply was not "
        f"accepted. Pair {was} with their own desk and send the record again. "
        "Nothing was changed."
    )


def _open(vault: Vault, data: bytes, shown: str) -> Opened:
    me = identity.load(vault)
    if not data.startswith(AGE_MAGIC):
        raise _not_an_exchange_file(data, shown)
    try:
        plain = pyrage.decrypt(data, [pyrage.x25519.Identity.from_str(me.age_identity)])
        inner = strictjson.loads(plain.decode("utf-8"))
    except Exception:
        raise Refused(f"{shown} {NOT_OURS}") from None
    if (
        isinstance(inner, dict)
        and isinstance(inner.get("message"), dict)
        and inner["message"].get("from") == me.fingerprint
    ):
        raise _own_file(vault, inner["message"], shown)
    if (
        not isinstance(inner, dict)
        or set(inner) != {"format", "message", "signature"}
        or inner["format"] != FORMAT
        or not isinstance(inner["message"], dict)
    ):
        raise Refused(f"{shown} is not an exchange file this version can read.")
    message = inner["message"]
    if set(message) != {"kind", "id", "from", "to", "created", "payload"} or (
        message["kind"] not in KINDS
    ):
        raise Refused(f"{shown} is not an exchange file this version can read.")
    if not isinstance(message["to"], list) or me.fingerprint not in message["to"]:
        raise Refused(f"{shown} is addressed to another vault. Nothing was changed.")
    found = [c for c in contacts(vault) if c.fingerprint == message["from"]]
    if not found:
        raise _from_unpaired(vault, message, shown)
    sender = found[0]
    try:
        signature = unb64(inner["signature"], "signature", 64)
    except BadInput:
        signature = b""
    if not identity.verify_signature(
        sender.public.signing_key, signature, EXCHANGE_PREFIX + chain.canonical(message)
    ):
        raise Refused(f"{shown} is not signed by the paired vault it names. Nothing was changed.")
    seen = vault.conn.execute(
        "SELECT at FROM exchange_seen WHERE message = ?", (str(message["id"]),)
    ).fetchone()
    if seen:
        raise Refused(
            f"{shown} was already opened on {labels.long_date(seen[0][:10])}: a file is "
            "opened once. Nothing was changed."
        )
    if not isinstance(message["payload"], dict):
        raise Refused(f"{shown} is not an exchange file this version can read.")
    return Opened(message, sender)


# -- the round ------------------------------------------------------------------------------


def is_group(content: dict[str, Any]) -> bool:
    """In a group record each attendee's comments stay with their own signature; in a
    one-to-one they are the record's own fields."""
    return content.get("session", {}).get("kind") in GROUP_KINDS


def with_comments(content: dict[str, Any], comments: str, disagreement: str) -> dict[str, Any]:
    """A one-to-one version as the supervisee agrees it: their comments and disagreement, when
    given, are the record's."""
    agreed = copy.deepcopy(content)
    if comments:
        agreed["session"]["supervisee_comments"] = comments
    if disagreement:
        agreed["session"]["disagreement"] = disagreement
    return agreed


def _set_state(
    vault: Vault, session_id: str, party: str, contact: str, number: int, state: str, **extra: str
) -> None:
    vault.conn.execute(
        "INSERT INTO record_exchange (session, party, contact, number, state, comments, "
        "disagreement, note, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(session, party) DO UPDATE SET contact = excluded.contact, "
        "number = excluded.number, state = excluded.state, comments = excluded.comments, "
        "disagreement = excluded.disagreement, note = excluded.note, at = excluded.at",
        (
            session_id,
            party,
            contact,
            number,
            state,
            extra.get("comments", ""),
            extra.get("disagreement", ""),
            extra.get("note", ""),
            clock.now().isoformat(timespec="seconds"),
        ),
    )


@dataclass
class Sent:
    kind: str  # "record" | "sealed"
    number: int
    to: list[str]  # names of the people it is for
    unpaired: list[str]  # attendees with no paired vault (agreement recorded in the room)


def send(vault: Vault, session_id: str, out: Path, *, confidential: bool = False) -> Sent:
    """Write a record for agreement (or, once sealed, the sealed versions) to every paired
    person in it, encrypted to them and signed by this vault."""
    session = repos.get(vault, "sessions", session_id)
    if session["archived"]:
        raise BadInput("That record is archived; it is not sent.")
    if session["status"] == "planned" or session["date"] > clock.today().isoformat():
        # Agreeing to the record of a meeting that has not happened yet means nothing, and
        # any later edit would leave the other desk waiting on an older text.
        raise BadInput(
            f"That session is planned for {labels.long_date(session['date'])}: its record can "
            "be sent for agreement once it has been held (mark it held first)."
        )
    parties = chain.supervisee_ids(session)
    paired = [c for c in (contact_for(vault, p) for p in parties) if c is not None]
    unpaired = [p for p in parties if contact_for(vault, p) is None]
    if not paired:
        names = [_person_name(vault, p) for p in unpaired]
        if len(names) == 1:
            raise BadInput(
                f"{names[0]} is not paired with a desk, so the record was not sent. Pair "
                f"{names[0]} with their desk first: exchange contact files and compare "
                "fingerprints (Pair with a contact file… on their page, or contact add)."
            )
        raise BadInput(
            "No one in this record is paired with a desk, so it was not sent. Pair them with "
            "their desks first: exchange contact files and compare fingerprints (Pair with a "
            "contact file… on each person's page, or contact add)."
        )
    _refuse_taken(out)
    current = chain.latest(vault, session_id)
    unchanged = current is not None and current.raw == chain.canonical(
        chain.snapshot(vault, session_id)
    )
    with vault.write():
        if current is not None and current.sealed and unchanged:
            kind, version = "sealed", current
            payload = {
                "session": session_id,
                "versions": [version_as_json(v) for v in chain.versions(vault, session_id)],
            }
            if version.pdf:  # signed by both: the supervisee's desk keeps the same bytes
                payload["pdf"] = b64(version.pdf)
            copies = {s.party: b64(s.pdf) for s in version.signatures if s.pdf}
            if copies:  # a group: each attendee's own copy, signed by them and by this desk
                payload["copies"] = copies
        else:
            kind, version = "record", chain.propose(vault, session_id)
            payload = {
                "session": session_id,
                "parties": {c.fingerprint: c.person for c in paired},
                "versions": [version_as_json(v) for v in chain.versions(vault, session_id)],
            }
            if confidential and session["confidential_note"]:
                payload["confidential_note"] = session["confidential_note"]
            for c in paired:
                _set_state(vault, session_id, c.person, c.fingerprint, version.number, "sent")
        data, _ = _envelope(vault, kind, paired, payload)
        _write_new(out, data)  # inside the transaction: no file, no change
    names = [c.public.name or c.person for c in paired]
    return Sent(kind, version.number, names, unpaired)


@dataclass
class Received:
    kind: str
    session: str
    number: int
    summary: str  # one line for the person
    set_aside: bool = False  # a reply that came after the record was agreed: nothing changed


def receive(
    vault: Vault, path: Path, *, about_someone_else: bool = False, flag: str = ""
) -> Received:
    """Open an exchange file: a record sent for agreement, the reply to one, or the sealed
    versions. Everything is checked before anything is written. A record that names someone
    other than this desk's owner is opened only with ``about_someone_else`` (the app asks;
    ``flag`` names the command line's option in the refusal)."""
    shown = shown_path(path)
    opened = _open(vault, _read(path), shown)
    message, payload = opened.message, opened.message["payload"]
    try:
        if message["kind"] == "reply":
            _refuse_moved_reply(vault, opened, payload, shown)
        late = _reply_too_late(vault, opened, payload) if message["kind"] == "reply" else None
        if message["kind"] in ("record", "sealed") and not about_someone_else:
            _refuse_someone_else(vault, opened, payload, flag)
    except (KeyError, TypeError, AttributeError, ValueError):
        raise Refused(f"{shown} is not an exchange file this version can read.") from None
    if late is not None:
        return late  # nothing is written, not even that the file was opened
    with vault.write() as conn:
        try:
            handler = {
                "record": _receive_record,
                "reply": _receive_reply,
                "sealed": _receive_sealed,
            }[message["kind"]]
            done = handler(vault, opened, payload)
        except (KeyError, TypeError, AttributeError, ValueError):
            raise Refused(f"{shown} is not an exchange file this version can read.") from None
        conn.execute(
            "INSERT INTO exchange_seen (message, at) VALUES (?, ?)",
            (str(message["id"]), clock.now().isoformat(timespec="seconds")),
        )
    return done


def owner_names(vault: Vault) -> list[str]:
    """The names this desk's owner goes by here: their own record's and the vault's."""
    own = sessions.own_person(vault)
    names = [repos.get(vault, "people", own)["name"]] if own else []
    names.append(vault.meta().get("owner") or "")
    return [n for n in dict.fromkeys(names) if n.strip()]


def _refuse_someone_else(vault: Vault, opened: Opened, payload: dict[str, Any], flag: str) -> None:
    """Refuse a record (or a sealed copy) whose supervisee is not this desk's owner, before
    anything is stored: a supervisor who paired this desk with the wrong person would
    otherwise put that person's private record here. The strongest sign is the person their
    supervisor's earlier records named (the same person on their desk: a changed name is
    no reason to ask); without one, the names are compared."""
    session_id = str(payload["session"])
    held = vault.conn.execute(
        "SELECT 1 FROM record_exchange WHERE session = ?", (session_id,)
    ).fetchone()
    if held is not None:
        return  # this record was opened here before
    last = _versions_from(payload, session_id)[-1]
    supervisees = last.content["supervisees"]
    if opened.message["kind"] == "record":
        party = payload["parties"][identity.load(vault).fingerprint]
        supervisees = [p for p in supervisees if p["id"] == party] or supervisees
    known = {
        row[0]
        for row in vault.conn.execute(
            "SELECT DISTINCT party FROM record_exchange WHERE contact = ?",
            (opened.sender.fingerprint,),
        )
    }
    if any(p["id"] in known for p in supervisees):
        return
    owners = owner_names(vault)
    if not owners:
        return  # a desk with no name to compare
    named = [p for p in supervisees if any(same_name(p["name"], o) for o in owners)]
    about = supervisees[0]["name"] if supervisees else "no one"
    more = f"; if it is about you, add {flag}" if flag else ""
    if not named:
        raise NotAboutThisDesk(
            f"This record is about {about}, but this desk is {owners[0]}'s: your supervisor "
            f"may have paired your desk with the wrong person, so it was not opened{more}. "
            "Nothing was changed.",
            about,
            owners[0],
        )
    if known:  # the same name, but not the person earlier records were about
        raise NotAboutThisDesk(
            f"This record is about {about}, but not the {about} your supervisor's earlier "
            f"records were about: it may be someone else of that name, so it was not "
            f"opened{more}. Nothing was changed.",
            about,
            owners[0],
        )


def _versions_from(payload: dict[str, Any], session_id: str) -> list[chain.ChainVersion]:
    from .interchange_chain import _version

    found = [_version(v, f"versions[{i}]") for i, v in enumerate(payload["versions"])]
    for v in found:  # signed PDFs travel beside the versions, and are checked there
        v.pdf = None
        for sig in v.signatures:
            sig.pdf = None
    if not found or any(v.session != session_id for v in found):
        raise Refused("The exchange file's versions are not of the record it names.")
    return sorted(found, key=lambda v: v.number)


def _trusted(vault: Vault, sender: Contact) -> set[bytes]:
    return {sender.public.signing_key, identity.load(vault).signing_public_key}


def _store_received(vault: Vault, found: list[chain.ChainVersion]) -> None:
    """Keep the versions a paired vault sent: a sealed one held here must be the same; a
    proposal is replaced; none is ever taken away."""
    held = {v.number: v for v in chain.versions(vault, found[0].session)}
    incoming = {v.number for v in found}
    for number, mine in held.items():
        if mine.sealed and number not in incoming:
            raise Refused("The file leaves out an agreed version this vault holds.")
    for v in found:
        mine = held.get(v.number)
        if mine is not None and mine.sealed:
            if mine.hash != v.hash:
                raise Refused(f"The file would replace agreed version {v.number} of the record.")
            continue
        chain.put_version(
            vault,
            v.session,
            v.number,
            v.previous,
            v.content,
            how=v.how,
            sealed=None,
            origin="received",
        )
        for sig in v.signatures:
            chain.put_signature(vault, v.session, v.number, sig)
        if v.sealed:
            chain.mark_sealed(vault, v.session, v.number, v.how, v.sealed)
    stored = chain.versions(vault, found[0].session)
    problems = chain.check_versions(stored)
    if problems:
        raise Refused(f"The record in the file does not verify: {problems[0]}.")


def _receive_record(vault: Vault, opened: Opened, payload: dict[str, Any]) -> Received:
    session_id = str(payload["session"])
    if repos.exists(vault, "sessions", session_id):
        raise Refused("A record of this vault's own has that id; the file was not opened.")
    party = payload["parties"][identity.load(vault).fingerprint]
    found = _versions_from(payload, session_id)
    problems = chain.check_versions(found, _trusted(vault, opened.sender))
    if problems:
        raise Refused(f"The record in the file does not verify: {problems[0]}.")
    proposal = found[-1]
    if proposal.sealed:
        raise Refused("The file holds no version awaiting agreement.")
    if party not in [p["id"] for p in proposal.content["supervisees"]]:
        raise Refused("The record in the file is not with the person this vault belongs to.")
    _store_received(vault, found)
    note = payload.get("confidential_note", "")
    check_text(note, "confidential_note")
    _set_state(
        vault,
        session_id,
        str(party),
        opened.sender.fingerprint,
        proposal.number,
        "received",
        note=note,
    )
    date = labels.long_date(proposal.content["session"]["date"])
    return Received(
        "record",
        session_id,
        proposal.number,
        f"Received version {proposal.number} of the record of {date} from "
        f"{opened.sender.public.name or 'your supervisor'}, for your agreement.",
    )


def _receive_sealed(vault: Vault, opened: Opened, payload: dict[str, Any]) -> Received:
    session_id = str(payload["session"])
    if repos.exists(vault, "sessions", session_id):
        raise Refused("A record of this vault's own has that id; the file was not opened.")
    found = _versions_from(payload, session_id)
    # A group's other attendees are not paired with this desk: their keys come vouched for by
    # the facilitator, who paired with each of them and signed this file.
    held = vault.conn.execute(
        "SELECT party FROM record_exchange WHERE session = ?", (session_id,)
    ).fetchone()
    relayed = [
        s.public_key
        for v in found
        for s in v.signatures
        if s.public_key and s.party not in (chain.SUPERVISOR, held[0] if held else None)
    ]
    problems = chain.check_versions(found, _trusted(vault, opened.sender) | set(relayed))
    if problems or not found[-1].sealed:
        raise Refused(
            f"The sealed record in the file does not verify: "
            f"{problems[0] if problems else 'its last version is not sealed'}."
        )
    _store_received(vault, found)
    trust_keys(vault, relayed)
    last = found[-1]
    if "pdf" in payload:
        both = unb64(payload["pdf"], "pdf")
        _signed_copy().checked(vault, both)
        chain.store_pdf(vault, session_id, last.number, both)
    row = vault.conn.execute(
        "SELECT party, comments, disagreement, note, state, number FROM record_exchange "
        "WHERE session = ?",
        (session_id,),
    ).fetchone()
    party = row[0] if row else str(last.content["supervisees"][0]["id"])
    mine = payload.get("copies", {}).get(party)
    if mine is not None:  # this attendee's own copy of a group's record: only theirs is kept
        copy = unb64(mine, "copies")
        _signed_copy().checked(vault, copy)
        chain.store_copy(vault, session_id, last.number, party, copy)
    _set_state(
        vault,
        session_id,
        party,
        opened.sender.fingerprint,
        last.number,
        "sealed",
        comments=row[1] if row else "",
        disagreement=row[2] if row else "",
        note=row[3] if row else "",
    )
    summary = (
        f"Version {last.number} of the record is sealed ({_how_text(last)}); this vault holds it."
    )
    if row and row[4] == "agreed" and row[5] == last.number and last.how != chain.SIGNED:
        # Agreed here and signed, but recorded there first (agreed in the room meanwhile).
        summary += (
            " Your supervisor recorded the agreement made with you in the room or on paper "
            "before your signed reply reached them, so the record was sealed without it."
        )
    return Received("sealed", session_id, last.number, summary)


def _how_text(version: chain.ChainVersion) -> str:
    if version.how == chain.SIGNED:
        return "signed digitally by both"
    return "agreement recorded by the supervisor"


def _reply_too_late(vault: Vault, opened: Opened, payload: dict[str, Any]) -> Received | None:
    """A reply about a version that was sealed meanwhile (the supervisor recorded the
    agreement made in the room while the record was out): it is set aside, and says so;
    nothing changes. None for any other reply."""
    session_id = str(payload["session"])
    if not repos.exists(vault, "sessions", session_id):
        return None
    number = payload["number"]
    sealed = chain.latest(vault, session_id, sealed=True)
    sent = vault.conn.execute(
        "SELECT number FROM record_exchange WHERE session = ? AND party = ?",
        (session_id, opened.sender.person),
    ).fetchone()
    if sealed is None or sent is None or sent[0] != number or number > sealed.number:
        return None
    session = repos.get(vault, "sessions", session_id)
    name = opened.sender.public.name or opened.sender.person
    what = "agreed and signed" if payload["agreed"] else "returned with comments"
    summary = (
        f"Already agreed: version {sealed.number} of the record of "
        f"{labels.long_date(session['date'])} was sealed on "
        f"{labels.long_date(sealed.sealed[:10])} ({_how_text(sealed)}). {name}'s reply to "
        f"version {number} ({what}) was set aside; nothing changed."
    )
    said = [check_text(payload[k], k).strip() for k in ("comments", "disagreement")]
    if any(said):
        # Quoted on one line, as a line a terminal cannot act on: no control characters.
        words = " ".join(NOT_IN_A_LINE.sub(" ", " ".join(said)).split())
        words = words if len(words) <= 300 else words[:299] + "…"
        summary += f" They wrote: “{words}” If that belongs in the record, amend it."
    return Received("reply", session_id, number, summary, set_aside=True)


def _receive_reply(vault: Vault, opened: Opened, payload: dict[str, Any]) -> Received:
    session_id = str(payload["session"])
    if not repos.exists(vault, "sessions", session_id):
        raise Refused("The reply is about a record this vault does not hold.")
    session = repos.get(vault, "sessions", session_id)
    party = opened.sender.person
    if payload["party"] != party or party not in chain.supervisee_ids(session):
        raise Refused("The reply comes from someone who is not in that record.")
    pending = chain.latest(vault, session_id)
    state = vault.conn.execute(
        "SELECT state, number FROM record_exchange WHERE session = ? AND party = ?",
        (session_id, party),
    ).fetchone()
    number = payload["number"]
    if (
        pending is None
        or pending.sealed
        or pending.number != number
        or state is None
        or (state[0] != "sent" or state[1] != number)
    ):
        raise Refused(f"The reply is about version {number}, which is not awaiting their answer.")
    if pending.raw != chain.canonical(chain.snapshot(vault, session_id)):
        name = opened.sender.public.name
        whose = f"{name}'s answer" if name else "their answer"
        raise Refused(
            f"The record was changed after it was sent, so {whose} is about the text "
            f"sent before, and nothing was sealed. Send the record again (Send for "
            "agreement…) for them to agree the text as it is now; or, if the change was a "
            "mistake, put the record back exactly as sent and open this reply again."
        )
    comments = check_text(payload["comments"], "comments")
    disagreement = check_text(payload["disagreement"], "disagreement")
    name = opened.sender.public.name or party
    if not payload["agreed"]:
        _set_state(
            vault,
            session_id,
            party,
            opened.sender.fingerprint,
            number,
            "returned",
            comments=comments,
            disagreement=disagreement,
        )
        if not chain.has_chain(vault, session_id) and not is_group(pending.content):
            repos.save(
                vault,
                "sessions",
                {
                    **session,
                    "supervisee_comments": comments or session["supervisee_comments"],
                    "disagreement": disagreement or session["disagreement"],
                },
            )
        return Received(
            "reply",
            session_id,
            number,
            f"{name} returned version {number} with comments: it needs a new "
            "version before it can be agreed.",
        )
    signature = unb64(payload["signature"], "signature", 64)
    key = opened.sender.public.signing_key
    today = clock.today().isoformat()
    if is_group(pending.content):
        if payload["hash"] != pending.hash or not identity.verify_signature(
            key, signature, chain.agree_message(pending.hash, comments, disagreement)
        ):
            raise Refused("The signature in the reply does not verify against that version.")
        chain.put_signature(
            vault,
            session_id,
            number,
            chain.Signature(
                party,
                key,
                signature,
                _signed_time(payload),
                chain.SIGNED,
                comments,
                disagreement,
            ),
        )
        if pending.signed_by(chain.SUPERVISOR) is None:
            chain.put_signature(
                vault,
                session_id,
                number,
                chain.own_signature(vault, chain.SUPERVISOR, pending.hash),
            )
        if "pdf" in payload:  # their own copy, signed by them: the facilitator adds theirs
            _signed_copy().countersign(
                vault, session_id, number, unb64(payload["pdf"], "pdf"), party=party
            )
        vault.conn.execute(
            "UPDATE session_attendees SET agreed = ? WHERE session = ? AND person = ?",
            (today, session_id, party),
        )
        _set_state(
            vault,
            session_id,
            party,
            opened.sender.fingerprint,
            number,
            "agreed",
            comments=comments,
            disagreement=disagreement,
        )
        signed = {s.party for s in chain.versions(vault, session_id)[-1].signatures}
        if set(chain.supervisee_ids(session)) <= signed:
            _finish(vault, session, number, today)
            return Received(
                "reply",
                session_id,
                number,
                f"{name} agreed version {number}; every attendee has: sealed.",
            )
        waiting = len(set(chain.supervisee_ids(session)) - signed)
        return Received(
            "reply",
            session_id,
            number,
            f"{name} agreed version {number}; {labels.count(waiting, 'attendee')} still to agree.",
        )
    agreed = with_comments(pending.content, comments, disagreement)
    hash_ = chain.chain_hash(pending.previous, agreed)
    if payload["hash"] != hash_ or not identity.verify_signature(
        key, signature, chain.agree_message(hash_)
    ):
        raise Refused("The signature in the reply does not verify against that version.")
    chain.put_version(
        vault, session_id, number, pending.previous, agreed, how=chain.SIGNED, sealed=None
    )
    # Both are recorded as agreeing when the supervisee signed: the supervisor agreed the text
    # by sending it, and the PDF the supervisee signed already reads so.
    signed = _signed_time(payload)
    chain.put_signature(
        vault, session_id, number, chain.Signature(party, key, signature, signed, chain.SIGNED)
    )
    mine = chain.own_signature(vault, chain.SUPERVISOR, hash_)
    chain.put_signature(
        vault,
        session_id,
        number,
        chain.Signature(mine.party, mine.public_key, mine.signature, signed, chain.SIGNED),
    )
    repos.save(
        vault,
        "sessions",
        {
            **session,
            "supervisee_comments": agreed["session"]["supervisee_comments"],
            "disagreement": agreed["session"]["disagreement"],
        },
    )
    _set_state(
        vault,
        session_id,
        party,
        opened.sender.fingerprint,
        number,
        "sealed",
        comments=comments,
        disagreement=disagreement,
    )
    _finish(vault, session, number, today)
    if "pdf" in payload:
        _signed_copy().countersign(vault, session_id, number, unb64(payload["pdf"], "pdf"))
    return Received(
        "reply",
        session_id,
        number,
        f"{name} agreed and signed version {number}: sealed, signed digitally by both.",
    )


def _signed_time(payload: dict[str, Any]) -> str:
    """When the supervisee signed, as their reply says (a time no later than now)."""
    now = clock.now().isoformat(timespec="seconds")
    given = payload.get("signed")
    if not isinstance(given, str):
        return now
    try:
        when = dt.datetime.fromisoformat(given)
    except ValueError:
        raise Refused("The reply's signing time is not a time.") from None
    if when.tzinfo is None or when > clock.now() + dt.timedelta(minutes=5):
        raise Refused("The reply's signing time is not a time it could have been signed.")
    return given


def _finish(vault: Vault, session: dict[str, Any], number: int, today: str) -> None:
    """Seal a version both (or all) have signed; the agreed_by_* fields follow."""
    chain.mark_sealed(
        vault, session["id"], number, chain.SIGNED, clock.now().isoformat(timespec="seconds")
    )
    stored = repos.get(vault, "sessions", session["id"])
    repos.save(
        vault,
        "sessions",
        {
            **stored,
            "agreed_by_supervisor": stored["agreed_by_supervisor"] or today,
            "agreed_by_supervisee": stored["agreed_by_supervisee"] or today,
        },
    )
    vault.conn.execute(
        "UPDATE record_exchange SET state = 'sealed' WHERE session = ? AND number = ?",
        (session["id"], number),
    )


def agree(
    vault: Vault,
    session_id: str,
    out: Path,
    *,
    comments: str = "",
    disagreement: str = "",
    returned: bool = False,
) -> str:
    """The supervisee's answer to a record received for agreement: their signature over that
    exact version (with their comments and disagreement), or the record returned with
    comments, unsigned. Writes the reply for the supervisor; returns a line to show."""
    check_text(comments, "comments")
    check_text(disagreement, "disagreement")
    row = vault.conn.execute(
        "SELECT party, contact, number, state FROM record_exchange WHERE session = ?",
        (session_id,),
    ).fetchone()
    if row is None:
        raise NotFound(f"No record {session_id!r} was received for agreement.")
    party, contact_fp, number, state = row
    if state != "received":
        raise BadInput(f"Version {number} of that record was already answered ({state}).")
    found = [c for c in contacts(vault) if c.fingerprint == contact_fp]
    if not found:
        raise BadInput("The vault that sent the record is no longer paired with this one.")
    pending = chain.latest(vault, session_id)
    if pending is None or pending.number != number or pending.sealed:
        raise BadInput("That version is not awaiting agreement.")
    if returned and not (comments.strip() or disagreement.strip()):
        raise BadInput("Say what should change: a returned record needs comments.")
    payload: dict[str, Any] = {
        "session": session_id,
        "number": number,
        "party": party,
        "agreed": not returned,
        "comments": comments,
        "disagreement": disagreement,
    }
    _refuse_taken(out)
    me = identity.load(vault)
    now = clock.now().isoformat(timespec="seconds")
    with vault.write():
        if not returned:
            if is_group(pending.content):
                hash_ = pending.hash
                signature = me.sign(chain.agree_message(hash_, comments, disagreement))
                sig = chain.Signature(
                    party,
                    me.signing_public_key,
                    signature,
                    now,
                    chain.SIGNED,
                    comments,
                    disagreement,
                )
                # This attendee's own copy of the PDF, signed here first.
                sig.pdf = _signed_copy().supervisee_copy(
                    vault,
                    session_id,
                    number,
                    pending.content,
                    hash_,
                    sig,
                    found[0].fingerprint,
                    group=True,
                )
                payload.update(pdf=b64(sig.pdf), signed=now)
            else:
                content = with_comments(pending.content, comments, disagreement)
                hash_ = chain.put_version(
                    vault,
                    session_id,
                    number,
                    pending.previous,
                    content,
                    how=chain.SIGNED,
                    sealed=None,
                    origin="received",
                )
                signature = me.sign(chain.agree_message(hash_))
                sig = chain.Signature(party, me.signing_public_key, signature, now, chain.SIGNED)
                # The PDF both will hold, signed here first; the supervisor's desk adds its own.
                copy = _signed_copy().supervisee_copy(
                    vault,
                    session_id,
                    number,
                    content,
                    hash_,
                    sig,
                    found[0].fingerprint,
                    group=False,
                )
                chain.store_pdf(vault, session_id, number, copy)
                payload.update(pdf=b64(copy), signed=now)
            chain.put_signature(vault, session_id, number, sig)
            payload.update(hash=hash_, signature=b64(signature))
        note = vault.conn.execute(
            "SELECT note FROM record_exchange WHERE session = ?", (session_id,)
        ).fetchone()[0]
        _set_state(
            vault,
            session_id,
            party,
            contact_fp,
            number,
            "returned" if returned else "agreed",
            comments=comments,
            disagreement=disagreement,
            note=note,
        )
        data, _ = _envelope(vault, "reply", found, payload)
        _write_new(out, data)
    where = shown_path(out)
    if returned:
        return f"Returned version {number} with your comments; wrote the reply to {where}."
    return f"Agreed and signed version {number}; wrote the reply to {where}."


# -- what the app shows ---------------------------------------------------------------------


@dataclass
class RoundEntry:
    session: str
    party: str
    contact: str
    number: int
    state: str  # sent | received | agreed | returned | sealed | withdrawn
    comments: str
    disagreement: str
    at: str


def round_of(vault: Vault, session_id: str) -> list[RoundEntry]:
    """Where each person's copy of a record stands (who has agreed a group record)."""
    rows = vault.conn.execute(
        "SELECT session, party, contact, number, state, comments, disagreement, at "
        "FROM record_exchange WHERE session = ? ORDER BY party",
        (session_id,),
    )
    return [RoundEntry(*r) for r in rows]


@dataclass
class OutForAgreement:
    """A record sent for agreement with no answer back yet from someone."""

    number: int  # the version sent
    waiting: list[str]  # the people (ids) whose answer has not come back
    sent: str  # when it was sent (ISO timestamp)
    changed: bool  # the record here is no longer the text sent: a reply to it cannot seal


def out_for_agreement(vault: Vault, session_id: str) -> OutForAgreement | None:
    """Whether a record is out for agreement, to whom, since when, and whether it has been
    changed since. A reply seals only the exact text sent, so the editor keeps that text
    while the answer is awaited."""
    rows = vault.conn.execute(
        "SELECT party, number, at FROM record_exchange WHERE session = ? AND state = 'sent' "
        "ORDER BY party",
        (session_id,),
    ).fetchall()
    if not rows:  # the common case, and a cheap one: nothing is out
        return None
    pending = chain.awaiting(vault, session_id)
    if pending is None:
        return None
    rows = [r for r in rows if r[1] == pending.number]
    if not rows:
        return None
    changed = pending.raw != chain.canonical(chain.snapshot(vault, session_id))
    return OutForAgreement(pending.number, [r[0] for r in rows], min(r[2] for r in rows), changed)


def received_records(vault: Vault) -> list[dict[str, Any]]:
    """Records from my supervisor: each received record's latest version and where it
    stands, newest first. Read-only: they are changed only by the next file."""
    found = []
    for session_id, party, state, comments, disagreement, note in vault.conn.execute(
        "SELECT session, party, state, comments, disagreement, note FROM record_exchange "
        "WHERE session IN (SELECT session FROM record_versions WHERE origin = 'received')"
    ).fetchall():
        last = chain.latest(vault, session_id)
        if last is None:
            continue
        found.append(
            {
                "session": session_id,
                "party": party,
                "state": state,
                "version": last,
                "comments": comments,
                "disagreement": disagreement,
                "confidential_note": note,
            }
        )
    found.sort(key=lambda r: r["version"].content["session"]["date"], reverse=True)
    return found
