"""Entry point: no arguments opens the desktop app; subcommands run the scripted interface."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    from .core import process_guard

    process_guard.protect()  # before any passphrase is read: no crash file may hold one
    if not args:
        from . import system_libs

        if system_libs.needs_xcb():
            absent = system_libs.missing()
            if absent:
                print(system_libs.advice(absent), file=sys.stderr)
                return 1
        from .gui.app import run_app  # Qt is loaded only when the desktop app is wanted

        return run_app()
    from .cli import run

    return run(args)


if __name__ == "__main__":
    sys.exit(main())
