"""The scripted interface of two desks, one record: this vault's identity, pairing with a
contact, and sending, receiving and agreeing a record (registered by ``cli.build_parser``)."""

from __future__ import annotations

import argparse
from pathlib import Path

from .cli import add, opened
from .core import exchange, identity, repos, sessions
from .core.errors import BadInput, UsageError
from .core.shown import shown

MAX_TEXT_FILE = 4_000_000  # comments are prose: a few megabytes at most


def cmd_identity(args: argparse.Namespace) -> int:
    with opened(args) as vault:
        mine = identity.public(vault)
    print(f"{mine.name or 'This vault'}: fingerprint {mine.fingerprint}")
    print("Read it aloud to the person you pair with; they compare it with what they see.")
    return 0


def cmd_contact_export(args: argparse.Namespace) -> int:
    with opened(args) as vault:
        fingerprint = exchange.write_contact(vault, args.out)
    print(
        f"Wrote {shown(args.out)}: this vault's contact file (name, role, public keys; no secrets)."
    )
    print(f"Fingerprint: {fingerprint}")
    return 0


def _person(args: argparse.Namespace, own: str | None, which: str) -> str:
    """The person named by --person, else the vault's own (a practitioner's desk)."""
    person = args.person or own
    if person is None:
        raise UsageError(f"name the person {which} with --person ID")
    return person


def cmd_contact_add(args: argparse.Namespace) -> int:
    with opened(args) as vault:
        own = sessions.own_person(vault)
        person = _person(args, own, "this contact file is about")
        public = exchange.add_contact(
            vault,
            args.file,
            person,
            args.fingerprint,
            name_differs=args.name_differs,
            flag="--name-differs",
            move=args.move,
            move_flag="--move",
        )
        name = repos.get(vault, "people", person)["name"]
    whose = "your own record" if person == own else f"{name}'s record"
    print(
        f"Paired {whose} with {public.name or 'the contact'}'s desk "
        f"(fingerprint {public.fingerprint}, checked today)."
    )
    return 0


def cmd_contact_remove(args: argparse.Namespace) -> int:
    with opened(args) as vault:
        own = sessions.own_person(vault)
        person = _person(args, own, "whose pairing to undo")
        found = exchange.unpair(vault, person)
        name = repos.get(vault, "people", person)["name"]
    whose = "your own record" if person == own else f"{name}'s record"
    print(
        f"Unpaired {whose} from {found.public.name or 'the contact'}'s desk: nothing more is "
        "sent to it, and a reply from it is refused."
    )
    return 0


def cmd_send(args: argparse.Namespace) -> int:
    with opened(args) as vault:
        sent = exchange.send(vault, args.session, args.out, confidential=args.confidential)
    what = "the sealed record" if sent.kind == "sealed" else f"version {sent.number} for agreement"
    print(
        f"Wrote {shown(args.out)}: {what} of session {args.session}, "
        f"encrypted to {', '.join(sent.to)} and signed."
    )
    if sent.unpaired:
        print(f"Not paired, so not sent to: {', '.join(sent.unpaired)}.")
    return 0


def cmd_receive(args: argparse.Namespace) -> int:
    with opened(args) as vault:
        done = exchange.receive(
            vault,
            args.file,
            about_someone_else=args.about_someone_else,
            flag="--about-someone-else",
        )
    print(done.summary)
    if done.kind == "record":
        print(
            f"Session {done.session}: to sign it, run `agree VAULT --session {done.session} OUT`."
        )
    else:
        print(f"Session {done.session}.")
    return 0


def _text_file(name: str | None, what: str) -> str:
    if not name:
        return ""
    path = Path(name)
    where = shown(name)
    try:
        if path.stat().st_size > MAX_TEXT_FILE:
            raise BadInput(f"the {what} file {where} is too large")
        return path.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        raise UsageError(f"the {what} file {where} does not exist") from None
    except UnicodeDecodeError:
        raise BadInput(f"the {what} file {where} is not UTF-8 text") from None
    except OSError as exc:
        raise UsageError(f"the {what} file {where} cannot be read: {exc.strerror}") from None


def cmd_agree(args: argparse.Namespace) -> int:
    comments = _text_file(args.comments_file, "comments")
    disagreement = _text_file(args.disagreement_file, "disagreement")
    with opened(args) as vault:
        line = exchange.agree(
            vault,
            args.session,
            args.out,
            comments=comments,
            disagreement=disagreement,
            returned=args.returned,
        )
    print(line)
    return 0


def register(commands: argparse._SubParsersAction) -> None:
    add(commands, "identity", cmd_identity, "print this vault's fingerprint, to compare in person")
    contact = commands.add_parser("contact", help="write this vault's contact file, or pair one")
    contact_sub = contact.add_subparsers(dest="contact_command", metavar="ACTION", required=True)
    out = add(contact_sub, "export", cmd_contact_export, "write this vault's contact file")
    out.add_argument("out", metavar="OUT", type=Path)
    pair = add(
        contact_sub, "add", cmd_contact_add, "pair a person with a contact file, if FP matches"
    )
    pair.add_argument("file", metavar="FILE", type=Path)
    pair.add_argument(
        "--person",
        metavar="ID",
        help="the person it is about (in a practitioner's vault, your own record if omitted)",
    )
    pair.add_argument(
        "--fingerprint", metavar="FP", required=True, help="the fingerprint compared in person"
    )
    pair.add_argument(
        "--name-differs",
        action="store_true",
        help="pair even though the contact file gives another name (a shortened or changed one)",
    )
    pair.add_argument(
        "--move",
        action="store_true",
        help="pair even though the desk is paired with another person here, who is then left "
        "with no desk paired (to put a wrong pairing right)",
    )
    unpair = add(contact_sub, "remove", cmd_contact_remove, "undo a person's pairing")
    unpair.add_argument(
        "--person",
        metavar="ID",
        help="whose pairing (in a practitioner's vault, your own record if omitted)",
    )
    send = add(commands, "send", cmd_send, "write a record for agreement, encrypted and signed")
    send.add_argument("--session", metavar="ID", required=True)
    send.add_argument("out", metavar="OUT", type=Path)
    send.add_argument(
        "--confidential", action="store_true", help="include the confidential note (off otherwise)"
    )
    receive = add(commands, "receive", cmd_receive, "open an exchange file: a record or a reply")
    receive.add_argument("file", metavar="FILE", type=Path)
    receive.add_argument(
        "--about-someone-else",
        action="store_true",
        help="open a record even though it names someone other than this desk's owner",
    )
    agree = add(commands, "agree", cmd_agree, "sign a received record, or return it with comments")
    agree.add_argument("--session", metavar="ID", required=True)
    agree.add_argument("out", metavar="OUT", type=Path)
    agree.add_argument("--comments-file", metavar="F", help="your comments on the record")
    agree.add_argument("--disagreement-file", metavar="F", help="where you disagree, in your words")
    agree.add_argument(
        "--return",
        dest="returned",
        action="store_true",
        help="do not sign: return it with your comments, asking for a new version",
    )
