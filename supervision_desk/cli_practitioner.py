"""Subcommands for the practitioner's own desk: ``cpd`` (the CPD log of a registration year)
and ``asye`` (where a newly qualified social worker's assessed year stands).

Registered by ``cli.build_parser`` with one call, so the main parser stays short.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from .core import asye, clock, cpd, fsutil
from .core.errors import BadInput
from .core.shown import shown


def cmd_cpd(args: argparse.Namespace) -> int:
    from .cli import opened

    if args.pdf:
        fsutil.check_output(args.pdf, overwrite=args.force, force_flag="--force")
    year = args.year or cpd.registration_year(clock.today())
    with opened(args) as vault:
        found = cpd.pieces(vault, year)
        state = cpd.standing(vault, year=year)
        data = None
        if args.pdf:
            vault.verify_pages()
            from .core.pdf.practitioner import cpd_log

            data = cpd_log(vault, year)
    if args.text or not args.pdf:
        sys.stdout.write(cpd.as_text(found, year) + "\n" + state.message + "\n")
    if data is not None:
        from .core import pdf

        pdf.write(data, args.pdf)
        print(
            f"Wrote {shown(args.pdf)}: your CPD for the registration year, "
            "as plain (unencrypted) PDF",
            file=sys.stderr,
        )
    return 0


def cmd_asye(args: argparse.Namespace) -> int:
    from .cli import opened

    if args.pdf:
        fsutil.check_output(args.pdf, overwrite=args.force, force_flag="--force")
    with opened(args) as vault:
        found = asye.progress(vault, args.person)
        if found is None:
            raise BadInput(asye.NOT_SOCIAL_WORKER)
        data = None
        if args.pdf:
            vault.verify_pages()
            from .core.pdf.asye import asye_progress

            data = asye_progress(vault, args.person)
    if args.text or not args.pdf:
        sys.stdout.write(asye.as_text(found))
    if data is not None:
        from .core import pdf

        pdf.write(data, args.pdf)
        print(
            f"Wrote {shown(args.pdf)}: the ASYE progress record, as plain (unencrypted) PDF",
            file=sys.stderr,
        )
    return 0


def _year(text: str) -> int:
    if text.isdigit() and 2000 <= int(text) <= 2200:
        return int(text)
    raise argparse.ArgumentTypeError(f"{text!r} is not a year such as 2025")


def register(commands: argparse._SubParsersAction, add: Callable) -> None:
    """Add this module's subcommands; ``add`` is the main parser's helper (vault and
    passphrase arguments)."""
    log = add(
        commands,
        "cpd",
        cmd_cpd,
        "the CPD log for a registration year (1 December – 30 November)",
    )
    log.add_argument(
        "--year",
        metavar="YYYY",
        type=_year,
        help="the registration year ending 30 November YYYY (default: the current one)",
    )
    log.add_argument("--pdf", metavar="OUT.pdf", type=Path, help="write the year as a PDF")
    log.add_argument(
        "--text", action="store_true", help="print the pieces field by field (the default)"
    )
    log.add_argument("--force", action="store_true", help="replace OUT.pdf if it exists")
    year = add(
        commands,
        "asye",
        cmd_asye,
        "a newly qualified social worker's ASYE year: reviews, protected time, observations "
        "and self-assessment",
    )
    year.add_argument("--person", metavar="ID", required=True, help="the social worker's id")
    year.add_argument(
        "--pdf", metavar="OUT.pdf", type=Path, help="write the progress record for a portfolio"
    )
    year.add_argument("--text", action="store_true", help="print the year (the default)")
    year.add_argument("--force", action="store_true", help="replace OUT.pdf if it exists")
