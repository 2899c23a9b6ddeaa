"""The scripted interface: ``supervision-desk SUBCOMMAND ...``, usable without a display.

Every expected error is one line on standard error and an exit code from the table in
``core.errors``; passphrases come from a file, standard input or the terminal, never argv.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import getpass
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

from . import __version__, cli_practitioner
from .cli_progress import Meter
from .core import clock, fsutil, interchange, passphrase, team, team_summary
from .core.errors import BadInput, DeskError, UsageError
from .core.records import ROLES
from .core.shown import shown
from .core.vault import MODES, Vault

PROG = "supervision-desk"


# A passphrase line is read up to this many bytes: enough for the longest passphrase in
# UTF-8, and a bound on what a file such as /dev/zero can make us read.
_LINE_LIMIT = passphrase.MAX_LENGTH * 4 + 2


def _read_secret_file(name: str, what: str) -> str:
    where = shown(name)  # no control characters from a file name reach the terminal
    try:
        if name == "-":
            line = sys.stdin.buffer.readline(_LINE_LIMIT + 1)
        else:
            with open(name, "rb") as handle:
                _warn_if_shared(handle.fileno(), where, what)
                line = handle.readline(_LINE_LIMIT + 1)
    except FileNotFoundError:
        raise UsageError(f"the {what} file {where} does not exist") from None
    except OSError as exc:
        raise UsageError(f"the {what} file {where} cannot be read: {exc.strerror}") from None
    return passphrase.from_line(line, f"the {what} file {where}", _LINE_LIMIT)


def _warn_if_shared(fd: int, where: str, what: str) -> None:
    import stat

    mode = os.fstat(fd).st_mode
    # Only regular files: a device or a pipe says nothing about who can read the secret.
    if os.name == "posix" and stat.S_ISREG(mode) and mode & 0o044:
        print(
            f"{PROG}: warning: the {what} file {where} can be read by other users of this "
            "computer; make it readable by you only (chmod 600).",
            file=sys.stderr,
        )


def _ask(prompt: str) -> str:
    if not sys.stdin.isatty():
        raise UsageError("no passphrase: give --passphrase-file FILE (or - for standard input)")
    return getpass.getpass(prompt)


def passphrase_of(args: argparse.Namespace) -> str:
    if args.passphrase_file:
        return _read_secret_file(args.passphrase_file, "passphrase")
    return _ask("Vault passphrase: ")


def new_passphrase(source: str | None, hints: list[str]) -> str:
    if source:
        secret = _read_secret_file(source, "new passphrase")
    else:
        secret = _ask("New passphrase: ")
        if _ask("The same again: ") != secret:
            raise UsageError("the two passphrases differ; nothing was changed")
    passphrase.require_strong(secret, hints)
    return secret


def _open(args: argparse.Namespace, **kw: object) -> Vault:
    return Vault.open(args.vault, passphrase_of(args), **kw)


@contextlib.contextmanager
def opened(args: argparse.Namespace, **kw: object) -> Iterator[Vault]:
    """An open vault for one command; a page found damaged while reading is reported by
    number (exit 4) instead of as a database error."""
    vault = _open(args, **kw)
    try:
        yield vault
    except DeskError:
        raise
    except Exception as exc:
        from .core.vault import is_damage

        if not is_damage(exc):
            raise
        raise vault.damaged() from None
    finally:
        vault.close()


def cmd_vault_create(args: argparse.Namespace) -> int:
    secret = new_passphrase(args.passphrase_file, [args.owner or ""])
    vault = Vault.create(args.vault, secret, mode=args.mode, owner=args.owner or "", role=args.role)
    try:
        from .core import sessions

        # A practitioner's vault is about its owner: their record is there from the start,
        # so `contact add` and the records received can name it before the app is opened.
        sessions.ensure_self(vault)
    finally:
        vault.close()
    print(
        f"Created {shown(args.vault)} ({args.mode} vault). Keep the passphrase safe: it cannot be "
        "recovered."
    )
    return 0


def cmd_vault_check(args: argparse.Namespace) -> int:
    with opened(args, migrate=False, check=True) as vault:
        report = vault.check()
        older = vault.older_copy
    if older:  # every page is genuine, but an earlier copy: said, and the check goes on
        print(f"warning: {older}", file=sys.stderr)
    if report.ok:
        print(
            f"{shown(args.vault)}: passphrase accepted; {report.pages} pages authenticated; "
            "integrity check passed."
        )
        return 0
    for page in report.damaged_pages:
        print(
            f"{shown(args.vault)}: page {page} is damaged (authentication failed)", file=sys.stderr
        )
    for problem in report.problems:
        print(f"{shown(args.vault)}: {shown(problem)}", file=sys.stderr)
    print(
        f"{shown(args.vault)}: the vault is damaged; the file was not changed. "
        "Open a backup instead.",
        file=sys.stderr,
    )
    return 4


def cmd_vault_passwd(args: argparse.Namespace) -> int:
    if args.passphrase_file == "-" and args.new_passphrase_file == "-":
        raise UsageError("only one of the passphrases can come from standard input")
    with opened(args) as vault:
        secret = new_passphrase(args.new_passphrase_file, [vault.meta().get("owner", "")])
        vault.change_passphrase(secret)
    print(f"Changed the passphrase of {shown(args.vault)}. The old passphrase no longer opens it.")
    return 0


def cmd_vault_backup(args: argparse.Namespace) -> int:
    from .core.vault import backup_stage

    meter = Meter()
    with (
        opened(args) as vault,
        meter.step(
            lambda done, total: f"{backup_stage(done, total)}: {100 * done // total}%",
            stopped="backup stopped: no copy was made",
        ),
    ):
        dest = vault.backup(args.dest, progress=meter)
    print(f"Wrote a verified encrypted backup to {shown(dest)}. It opens with the same passphrase.")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from .core.labels import amount

    meter = Meter()
    stopped = "import stopped: nothing was changed"
    source = Path(args.file)
    with meter.step(
        lambda done, total: f"Checking {source.name}: {amount(done, total)} read", stopped=stopped
    ):
        parsed = interchange.read_file(source, meter)  # a bad file fails before the vault opens
    with (
        opened(args) as vault,  # the passphrase is asked first: Ctrl+C at the prompt quits
        meter.step(
            lambda done, total: f"Importing {source.name}: {amount(done, total)} read",
            stopped=stopped,
        ),
    ):
        added = interchange.import_records(vault, parsed, meter)
    total = sum(parsed.counts.values())
    summary = ", ".join(f"{n} {k.replace('_', ' ')}" for k, n in added.items() if n) or "nothing"
    print(
        f"Imported {summary} from {shown(args.file)}; "
        f"{total - sum(added.values())} already present."
    )
    return 0


def cmd_export_json(args: argparse.Namespace) -> int:
    out = Path(args.file)
    fsutil.check_output(out, overwrite=args.force, force_flag="--force")
    meter = Meter()
    with opened(args) as vault:
        vault.verify_pages()
        with meter.step(
            lambda done, total: f"Writing {out.name}: {done:,} of {total:,} records",
            stopped="export stopped: no file was written",
        ):
            interchange.write_file(vault, out, include_journal=not args.no_journal, progress=meter)
    print(
        f"Warning: {shown(out)} holds your records as plain, unencrypted text"
        + ("" if args.no_journal else ", the private journal included")
        + ". Keep it safe and delete it when it has served its purpose.",
        file=sys.stderr,
    )
    return 0


def cmd_export_pdf(args: argparse.Namespace) -> int:
    fsutil.check_output(args.out, overwrite=args.force, force_flag="--force")
    if args.team and (args.journal or args.confidential):
        raise UsageError("the team summary never holds journal entries or confidential notes")
    if (args.session or args.agreement) and (args.start or args.end):
        raise UsageError("--from and --to go with --person, --team or --case")
    if args.case and (args.journal or args.confidential):
        raise UsageError("a case extract holds decisions only: no journal, no confidential note")
    if args.csv and not args.team:
        raise UsageError("--csv goes with --team")
    if (args.mark_copied or args.not_copied) and not args.case:
        raise UsageError("--mark-copied and --not-copied go with --case")
    if args.agreement and (args.start or args.end or args.journal or args.confidential):
        raise UsageError("an agreement is printed whole: no period, journal or confidential note")
    if args.csv:
        fsutil.check_output(args.csv)
    from .core import pdf  # fonts and reportlab load only when a PDF is wanted

    password = None
    if args.pdf_passphrase_file:
        if args.pdf_passphrase_file == "-" and args.passphrase_file == "-":
            raise UsageError("only one of the passphrases can come from standard input")
        password = _read_secret_file(args.pdf_passphrase_file, "PDF passphrase")
    end = args.end or clock.today()
    start = args.start or end.replace(year=end.year - 1) + dt.timedelta(days=1)
    from .core.pdf.base import Progress, reporting

    meter = Meter()
    with opened(args) as vault:
        vault.verify_pages()
        with (
            meter.step(
                lambda done, total: f"Making the PDF: {100 * done // total}% laid out",
                first="Reading the records…",
            ),
            reporting(Progress(meter)),  # how far the layout has got, on a terminal
        ):
            if args.session:
                from .core.pdf import agreed_pdf

                # An agreed record is signed, so it is encrypted (if asked) before it is signed.
                data = agreed_pdf.export(
                    vault,
                    args.session,
                    journal=args.journal,
                    confidential=args.confidential,
                    password=password,
                )
            elif args.person:
                data = pdf.person_summary(
                    vault,
                    args.person,
                    start,
                    end,
                    appendix=args.appendix,
                    include_initials=args.include_initials,
                    journal=args.journal,
                    confidential=args.confidential,
                )
            elif args.case:
                from .core import casefile

                decisions = casefile.for_case(
                    vault, args.case, args.start, args.end, not_copied=args.not_copied
                )
                data = pdf.case_extract(
                    vault,
                    args.case,
                    args.start,
                    args.end,
                    include_labels=args.include_initials,
                    not_copied=args.not_copied,
                    decisions=decisions,
                )
            elif args.agreement:
                data = pdf.agreement_document(vault, args.agreement)
            else:
                found = team_summary.figures(vault, start, end, clock.today(), names=args.names)
                if found.weak_anonymity and not args.names:
                    meter.clear()
                    print(
                        f"Note: only {len(found.practitioners)} practitioner(s), fewer than "
                        f"{team_summary.ANONYMITY}: the summary gives team totals only.",
                        file=sys.stderr,
                    )
                data = pdf.team_summary(vault, start, end, anonymise=not args.names, found=found)
        pdf.write(data, args.out, None if args.session else password)
        print(f"Wrote {shown(args.out)}" + (" (encrypted)" if password else ""))
        if args.case and args.mark_copied:  # only once the extract is written
            _mark_copied(vault, decisions)
    if args.team and args.csv:
        team_summary.write_csv(found, args.csv)
        print(
            f"Wrote {shown(args.csv)} (the same figures, one row per practitioner and a team row)"
        )
    return 0


def cmd_case_notes(args: argparse.Namespace) -> int:
    from .core import casefile

    with opened(args) as vault:
        decisions = casefile.for_case(
            vault, args.case, args.start, args.end, not_copied=args.not_copied
        )
        sys.stdout.write(casefile.as_text(decisions, args.case, include_labels=args.labels))
        sys.stdout.flush()
        if args.mark_copied:
            _mark_copied(vault, decisions)
    return 0


def _mark_copied(vault: Vault, decisions: list) -> None:
    """After the extract is written: record that its decisions are on the child's file."""
    from .core import casefile, labels

    marked = casefile.mark_all_copied(vault, decisions)
    print(
        f"Marked {labels.count(marked, 'decision')} as copied to the child's file today.",
        file=sys.stderr,
    )


def cmd_verify(args: argparse.Namespace) -> int:
    from .core.pdf import agreed_pdf

    try:
        data = args.pdf.read_bytes()
    except FileNotFoundError:
        raise BadInput(f"{shown(args.pdf)} does not exist.") from None
    except OSError as exc:
        raise BadInput(f"{shown(args.pdf)} cannot be read: {exc.strerror}") from None
    password = None
    if args.pdf_passphrase_file:
        if args.pdf_passphrase_file == "-" and args.passphrase_file == "-":
            raise UsageError("only one of the passphrases can come from standard input")
        password = _read_secret_file(args.pdf_passphrase_file, "PDF passphrase")
    elif b"/Encrypt" in data:
        raise UsageError(
            f"{shown(args.pdf)} is encrypted; give its password with --pdf-passphrase-file"
        )
    with opened(args) as vault:
        verdict = agreed_pdf.verify(vault, data, password)
    print(verdict.message)
    return 0 if verdict.matches else 9


def cmd_tracker(args: argparse.Namespace) -> int:
    today = args.today or clock.today()
    for out in (args.csv, args.ics):
        if out:  # never replaced; a missing or read-only folder is said before any work
            fsutil.check_output(out)
    with opened(args) as vault:
        table = team.rows(vault, today)
    sys.stdout.write(team.as_text(table, today))
    if args.csv:
        team.write_csv(table, args.csv)
        print(f"Wrote {shown(args.csv)}")
    if args.ics:
        team.write_ics(table, args.ics, today)
        print(f"Wrote {shown(args.ics)}")
    return 0


def add(
    sub: argparse._SubParsersAction, name: str, run: Callable, help_text: str
) -> argparse.ArgumentParser:
    """A subcommand that opens a vault: VAULT and --passphrase-file, then its own options."""
    cmd = sub.add_parser(name, help=help_text, description=help_text)
    cmd.set_defaults(run=run)
    cmd.add_argument("vault", metavar="VAULT", type=Path, help="the vault file")
    cmd.add_argument(
        "--passphrase-file", metavar="F", help="read the passphrase from F (- for stdin)"
    )
    return cmd


def _copy_flags(cmd: argparse.ArgumentParser) -> None:
    cmd.add_argument(
        "--not-copied",
        action="store_true",
        help="with a case: only the decisions not yet copied to the child's file",
    )
    cmd.add_argument(
        "--mark-copied",
        action="store_true",
        help="with a case: record that these decisions are now on the child's file (today)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG, description="Reflective supervision records in an encrypted local vault."
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation works (no display needed) and exit",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    vault_cmd = commands.add_parser("vault", help="create, check, re-key and back up vaults")
    vault_sub = vault_cmd.add_subparsers(dest="vault_command", metavar="ACTION", required=True)
    create = add(vault_sub, "create", cmd_vault_create, "create a new vault file")
    create.add_argument("--mode", choices=MODES, default="supervisor")
    create.add_argument("--owner", metavar="NAME", default="")
    create.add_argument("--role", choices=ROLES, default=None)
    add(vault_sub, "check", cmd_vault_check, "verify passphrase, page authentication, integrity")
    passwd = add(vault_sub, "passwd", cmd_vault_passwd, "change the passphrase")
    passwd.add_argument("--new-passphrase-file", metavar="F", help="the new passphrase (- stdin)")
    backup = add(vault_sub, "backup", cmd_vault_backup, "write a verified encrypted copy")
    backup.add_argument("dest", metavar="DEST", type=Path, help="a new file, or a folder")

    imp = add(commands, "import", cmd_import, "add the records of an interchange file")
    imp.add_argument("file", metavar="FILE.json")
    exp = add(commands, "export-json", cmd_export_json, "write every record as plain JSON")
    exp.add_argument("file", metavar="FILE.json")
    exp.add_argument("--no-journal", action="store_true", help="leave the private journal out")
    exp.add_argument("--force", action="store_true", help="replace FILE.json if it exists")
    pdf_cmd = add(commands, "export-pdf", cmd_export_pdf, "write a PDF record or summary")
    pdf_cmd.add_argument("out", metavar="OUT.pdf", type=Path)
    what = pdf_cmd.add_mutually_exclusive_group(required=True)
    what.add_argument("--session", metavar="ID", help="the agreed record of one session")
    what.add_argument("--person", metavar="ID", help="one practitioner's summary")
    what.add_argument("--team", action="store_true", help="the team summary (figures only)")
    what.add_argument(
        "--case",
        metavar="REF",
        help="one case's decisions as management-oversight entries, for the child's record",
    )
    what.add_argument("--agreement", metavar="ID", help="one supervision agreement")
    pdf_cmd.add_argument(
        "--csv",
        metavar="OUT.csv",
        type=Path,
        help="with --team: the same anonymised figures as CSV, for the council's own dashboards",
    )
    pdf_cmd.add_argument("--from", dest="start", metavar="D", type=_date)
    pdf_cmd.add_argument("--to", dest="end", metavar="D", type=_date)
    pdf_cmd.add_argument(
        "--journal",
        metavar="ID",
        action="append",
        default=[],
        help="add this private journal entry (repeat for more); none are added otherwise",
    )
    pdf_cmd.add_argument(
        "--confidential",
        action="store_true",
        help="add the confidential note, kept off shared records otherwise",
    )
    pdf_cmd.add_argument(
        "--include-initials",
        action="store_true",
        help="show young people's initials beside case references",
    )
    pdf_cmd.add_argument(
        "--appendix", action="store_true", help="add the full session records to a person summary"
    )
    pdf_cmd.add_argument(
        "--names",
        action="store_true",
        help="name practitioners in the team summary (default: anonymised)",
    )
    pdf_cmd.add_argument(
        "--pdf-passphrase-file",
        metavar="F",
        help="encrypt the PDF (AES-256) with the first line of F",
    )
    pdf_cmd.add_argument("--force", action="store_true", help="replace OUT.pdf if it exists")
    _copy_flags(pdf_cmd)

    notes = add(
        commands, "case-notes", cmd_case_notes, "print one case's decisions, ready to paste"
    )
    notes.add_argument("--case", metavar="REF", required=True, help="the case reference")
    notes.add_argument("--from", dest="start", metavar="D", type=_date)
    notes.add_argument("--to", dest="end", metavar="D", type=_date)
    notes.add_argument("--labels", action="store_true", help="show initials beside the reference")
    _copy_flags(notes)

    check = add(
        commands, "verify", cmd_verify, "say whether a record's PDF matches its agreed record"
    )
    check.add_argument("pdf", metavar="FILE.pdf", type=Path)
    check.add_argument(
        "--pdf-passphrase-file", metavar="F", help="the password of an encrypted PDF"
    )

    track = add(commands, "tracker", cmd_tracker, "print the workload-vs-supervision table")
    track.add_argument("--csv", metavar="OUT.csv", type=Path, help="also write the table as CSV")
    track.add_argument(
        "--ics",
        metavar="OUT.ics",
        type=Path,
        help="write the upcoming due sessions as an iCalendar file",
    )
    track.add_argument("--today", metavar="YYYY-MM-DD", type=_date, help="the day to judge")
    cli_practitioner.register(commands, add)
    from . import cli_exchange  # identity, contacts and the record's round between two desks

    cli_exchange.register(commands)
    return parser


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date written YYYY-MM-DD") from None


def run(argv: list[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.self_test:
        from .selftest import run as self_test

        return self_test()
    if not getattr(args, "run", None):
        parser.print_usage(sys.stderr)
        return 2
    try:
        return args.run(args)
    except DeskError as exc:
        print(f"{PROG}: {shown(str(exc))}", file=sys.stderr)  # one line, whatever it quotes
        return exc.exit_code
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted; nothing more was changed", file=sys.stderr)
        return 130
