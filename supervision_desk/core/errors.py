"""Errors a user can cause, each with a message a person understands and an exit code.

The command line maps these to exit codes; the desktop app shows the message in a dialog.
"""


class DeskError(Exception):
    """Base of every expected error. ``exit_code`` follows the scripted interface's table."""

    exit_code = 1


class UsageError(DeskError):
    exit_code = 2


class WrongPassphrase(DeskError):
    exit_code = 3


class VaultDamaged(DeskError):
    """The file is damaged or is not a vault at all."""

    exit_code = 4


class VaultInUse(DeskError):
    exit_code = 5


class VaultTooNew(DeskError):
    exit_code = 6


class BadInput(DeskError):
    """A file or a value given to the vault is not acceptable; nothing was changed."""

    exit_code = 7


class ValidationError(BadInput):
    """A record failed validation. ``path`` names the field, JSON-path style."""

    def __init__(self, path: str, problem: str):
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


class VaultWriteError(DeskError):
    """Saving failed (disk full, permissions); what was saved before is intact. The same exit
    code as any other write that failed."""

    exit_code = 8
    reason = "the copy did not verify"


class OutputError(DeskError):
    """An output file could not be written (it exists, or the folder is missing or read-only);
    nothing half-written is left."""

    exit_code = 8


class VaultReadOnly(DeskError):
    """The vault can be read but not written (a read-only file, folder or disk)."""

    exit_code = 8


class NotFound(DeskError):
    exit_code = 7


class Cancelled(DeskError):
    """The user stopped long work before it finished; nothing was written."""

    exit_code = 1


class Interrupted(Cancelled):
    """Long work stopped from the keyboard (Ctrl+C) on the command line; nothing was written."""

    exit_code = 130
