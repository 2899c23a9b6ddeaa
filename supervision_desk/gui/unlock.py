"""The unlock window and the new-vault dialog. Key derivation runs off the UI thread."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLineEdit, QWidget

from .. import paths
from ..core import labels, pagefile, passphrase
from ..core.errors import DeskError, VaultDamaged, VaultInUse, VaultTooNew, WrongPassphrase
from ..core.records import ROLES
from ..core.shown import shown as shown_path
from ..core.vault import SUFFIX, Vault
from . import a11y, secret_fields
from .fit import FittedDialog
from .forms.ui_create_vault_dialog import Ui_CreateVaultDialog
from .forms.ui_unlock_dialog import Ui_UnlockDialog
from .pages import plain_text_labels
from .workers import run_in_background

if TYPE_CHECKING:
    from ..core.quick_unlock import QuickUnlock

VAULT_FILTER = f"Supervision Desk vaults (*{SUFFIX});;All files (*)"
STRENGTH_WORDS = ("very weak", "weak", "fair", "strong", "very strong")


def not_a_vault(path: Path) -> str:
    """Why the file cannot be a vault, where that shows without the key (missing, empty,
    too short, not whole pages, not our header); "" when it may be one."""
    try:
        pagefile.read_salt(path)
    except VaultDamaged as exc:
        return f"{exc} Choose another file."
    except OSError as exc:
        return f"{shown_path(path)} cannot be read ({exc.strerror or exc})."
    return ""


def new_passphrase_problem(secret: str, repeat: str, hints: list[str]) -> str:
    """Why a new passphrase cannot be used yet ("" when it can), the same in every dialog."""
    if secret != secret.strip():
        return "Spaces at the start or end of a passphrase are easily lost; remove them."
    score, reason = passphrase.assess(secret, hints)
    if score < passphrase.MIN_SCORE:
        return f"Too weak: {reason}"
    if secret != repeat:
        return "The two passphrases differ."
    return ""


def show_strength(bar, secret: str, hints: list[str]) -> int:
    """Fill a strength bar for ``secret``; returns its score (0-4)."""
    score, _ = passphrase.assess(secret, hints)
    bar.setValue(score)
    bar.setFormat(STRENGTH_WORDS[score])
    bar.setTextVisible(bool(secret))
    return score


class UnlockDialog(FittedDialog):
    """Asks for the passphrase of one vault. ``vault`` holds the open vault on success."""

    vault_opened = Signal(object)

    def __init__(
        self,
        path: Path | None,
        parent: QWidget | None = None,
        quick: QuickUnlock | None = None,
    ):
        super().__init__(parent)
        self.ui = Ui_UnlockDialog()
        self.ui.setupUi(self)
        plain_text_labels(self)
        secret_fields.mark(self.ui.passphraseEdit)
        self.vault: Vault | None = None
        self._task = None
        self.create_dialog: CreateVaultDialog | None = None
        self.ui.progress.hide()
        self.ui.backupButton.hide()
        # With quick unlock set for this vault, the PIN is asked for first.
        same = quick is not None and path is not None and quick.path == Path(path).resolve()
        self.quick = quick if same else None
        self.ui.usePassphraseButton.clicked.connect(self.use_passphrase)
        # Enter in the field presses Unlock, the dialog's default button; connecting the
        # field's returnPressed as well would try the same PIN twice and spend two tries.
        self.ui.unlockButton.clicked.connect(self.unlock)
        self._working = False
        self.ui.chooseButton.clicked.connect(self._choose)
        self.ui.backupButton.clicked.connect(self._choose_backup)
        self.ui.createButton.clicked.connect(self._create)
        self.set_path(path)
        self._show_mode()

    @property
    def pin_mode(self) -> bool:
        return self.quick is not None and self.quick.usable()

    def _show_mode(self) -> None:
        pin = self.pin_mode
        self.ui.heading.setText("Locked: enter your PIN" if pin else "Unlock your vault")
        self.ui.passphraseLabel.setText("&PIN" if pin else "&Passphrase")
        self.ui.passphraseEdit.setAccessibleName("PIN" if pin else "Passphrase")
        self.ui.usePassphraseButton.setVisible(pin)
        self.ui.chooseButton.setVisible(not pin)
        self.ui.createButton.setVisible(not pin)
        self.ui.passphraseEdit.clear()
        self.ui.passphraseEdit.setFocus()

    def use_passphrase(self) -> None:
        self.quick = None
        self._show_mode()
        self._say("")

    def set_path(self, path: Path | None) -> None:
        if self.quick is not None and (path is None or self.quick.path != Path(path).resolve()):
            self.quick = None  # a PIN opens only the vault it was set for
            self._show_mode()
        # What was typed was meant for the file shown before: never try it on another.
        self.ui.passphraseEdit.clear()
        self.path = path
        a11y.show_text(self.ui.pathValue, shown_path(path) if path else "No vault chosen yet")
        problem = self._not_a_vault(path)
        usable = path is not None and not problem
        self.ui.unlockButton.setEnabled(usable)
        self.ui.passphraseEdit.setEnabled(usable)
        self._say(problem, error=bool(problem))
        if problem:
            self.ui.chooseButton.setFocus()
        else:  # no vault yet (the welcome): the keyboard starts on "New vault…"
            (self.ui.passphraseEdit if path else self.ui.createButton).setFocus()

    @staticmethod
    def _not_a_vault(path: Path | None) -> str:
        return "" if path is None else not_a_vault(Path(path))

    def show_damage(self, text: str) -> None:
        """The vault is damaged: say so, and offer to open a backup instead."""
        self.ui.backupButton.show()
        self.ui.backupButton.setEnabled(True)
        self._say(text, error=True)

    def _say(self, text: str, error: bool = False) -> None:
        a11y.say(self.ui.message, text, error=error)

    def _busy(self, busy: bool) -> None:
        self._working = busy
        self.ui.progress.setVisible(busy)
        # The field stays enabled (only read-only) so the keyboard focus never leaves it: a
        # disabled field hands the focus to the next button, and the next Enter would press
        # "Use the passphrase instead".
        self.ui.passphraseEdit.setReadOnly(busy)
        for widget in (
            self.ui.unlockButton,
            self.ui.chooseButton,
            self.ui.createButton,
            self.ui.backupButton,
        ):
            widget.setEnabled(not busy)

    def unlock(self) -> None:
        if self._working:
            return
        secret = self.ui.passphraseEdit.text()
        if not self.path or not secret:
            self._say(f"Enter the vault's {'PIN' if self.pin_mode else 'passphrase'}.", error=True)
            return
        if self.pin_mode:
            self._unlock_with_pin(secret)
            return
        self._busy(True)
        self._say("Unlocking… (deriving the key and checking the file take a moment)")
        path = self.path
        # Deriving the key and opening run off the UI thread; the pages are authenticated
        # beside the open window, which saves nothing until they pass (Controller).
        self._task = run_in_background(
            lambda: Vault.open(path, secret, defer_pages=True), self._opened, self._failed
        )

    def _unlock_with_pin(self, pin: str) -> None:
        from ..core import quick_unlock

        quick = self.quick
        self._busy(True)
        self._say("Unlocking…")
        self._task = run_in_background(
            lambda: quick_unlock.open_vault(quick, pin), self._opened, self._failed
        )

    def _opened(self, vault: Vault) -> None:
        self.vault = vault
        self._busy(False)
        self.ui.passphraseEdit.clear()
        self.vault_opened.emit(vault)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        from ..core import quick_unlock

        self._busy(False)
        self.ui.passphraseEdit.selectAll()
        self.ui.passphraseEdit.setFocus()
        if isinstance(exc, quick_unlock.WrongPin):
            self._say(str(exc), error=True)
        elif isinstance(exc, quick_unlock.QuickUnlockGone):
            self.quick = None
            self._show_mode()
            self._say(str(exc), error=True)
        elif isinstance(exc, WrongPassphrase):
            self._say(
                "That passphrase does not open this vault. Check Caps Lock and try again.",
                error=True,
            )
        elif isinstance(exc, VaultDamaged):
            self.show_damage(str(exc))
        elif isinstance(exc, VaultInUse):
            self._say(
                "This vault is already open in another window or program. Close it there first.",
                error=True,
            )
        elif isinstance(exc, VaultTooNew | DeskError):
            self._say(str(exc), error=True)
        else:
            self._say(f"The vault could not be opened: {exc}", error=True)

    def _choose(self) -> None:
        start = str(self.path.parent if self.path else paths.data_dir())
        name, _ = QFileDialog.getOpenFileName(self, "Open a vault", start, VAULT_FILTER)
        if name:
            self.set_path(Path(name))

    def _choose_backup(self) -> None:
        start = str(self.path.parent if self.path else paths.data_dir())
        name, _ = QFileDialog.getOpenFileName(self, "Open a backup", start, VAULT_FILTER)
        if name:
            self.set_path(Path(name))

    def _create(self) -> None:
        self.create_dialog = CreateVaultDialog(self)
        self.create_dialog.accepted.connect(self._created)
        self.create_dialog.open()

    def _created(self) -> None:
        vault = self.create_dialog.vault
        if vault is not None:
            self.path = vault.path
            self.vault = vault
            self.vault_opened.emit(vault)
            self.accept()


class CreateVaultDialog(FittedDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_CreateVaultDialog()
        self.ui.setupUi(self)
        plain_text_labels(self)
        secret_fields.mark(self.ui.passEdit, self.ui.repeatEdit)
        self.vault: Vault | None = None
        self._task = None
        for role in ROLES:
            self.ui.roleCombo.addItem(labels.ROLE[role], role)
        self.ui.roleCombo.setCurrentIndex(ROLES.index("first_line_manager"))
        # The role follows what the vault is for until the user picks one themselves.
        self._role_picked = False
        self.ui.roleCombo.activated.connect(lambda _: setattr(self, "_role_picked", True))
        self.ui.practitionerRadio.toggled.connect(self._follow_mode)
        self.ui.pathEdit.setText(str(self._free_default()))
        self.ui.passEdit.textChanged.connect(self._assess)
        self.ui.repeatEdit.textChanged.connect(self._assess)
        self.ui.passEdit.textEdited.connect(self._mask)
        self.ui.suggestButton.clicked.connect(self._suggest)
        self.ui.browseButton.clicked.connect(self._browse)
        self.ui.buttonBox.accepted.connect(self._create)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.buttonBox.button(QDialogButtonBox.Ok).setText("Create vault")
        self._assess()

    def _follow_mode(self, practitioner: bool) -> None:
        if not self._role_picked:
            role = "social_worker" if practitioner else "first_line_manager"
            self.ui.roleCombo.setCurrentIndex(ROLES.index(role))

    @staticmethod
    def _free_default() -> Path:
        path = paths.default_vault()
        n = 2
        while path.exists():
            path = path.with_name(f"supervision-{n}{SUFFIX}")
            n += 1
        return path

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, "New vault", self.ui.pathEdit.text(), VAULT_FILTER
        )
        if name:
            self.ui.pathEdit.setText(name if name.endswith(SUFFIX) else name + SUFFIX)

    def _suggest(self) -> None:
        # Shown so it can be written down; "Again" is left to the user, because typing it is
        # the proof that it was copied correctly, and filling it would create a vault nobody
        # can open if the suggestion was made by a stray key press.
        words = passphrase.suggest()
        self.ui.passEdit.setEchoMode(QLineEdit.Normal)
        self.ui.passEdit.setText(words)
        self.ui.repeatEdit.setFocus()
        self._assess()
        if self.ui.repeatEdit.text() != words:
            a11y.say(self.ui.feedback, "Write this passphrase down, then type it under Again.")

    def _mask(self) -> None:
        # A suggested passphrase is shown once; anything the user types is theirs to hide.
        self.ui.passEdit.setEchoMode(QLineEdit.Password)

    def _problem(self) -> str:
        hints = [self.ui.ownerEdit.text()]
        return new_passphrase_problem(self.ui.passEdit.text(), self.ui.repeatEdit.text(), hints)

    def _assess(self) -> None:
        score = show_strength(
            self.ui.strengthBar, self.ui.passEdit.text(), [self.ui.ownerEdit.text()]
        )
        problem = self._problem() if self.ui.passEdit.text() else ""
        a11y.say(self.ui.feedback, problem or ("Strong enough." if self.ui.passEdit.text() else ""))
        self.ui.buttonBox.button(QDialogButtonBox.Ok).setEnabled(not problem and score >= 3)

    def _create(self) -> None:
        problem = self._problem()
        path = Path(self.ui.pathEdit.text()).expanduser()
        if not problem and path.exists():
            problem = f"{shown_path(path)} already exists; choose another name."
        if problem:
            a11y.say(self.ui.feedback, problem, error=True)
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        mode = "supervisor" if self.ui.supervisorRadio.isChecked() else "practitioner"
        secret = self.ui.passEdit.text()
        owner, role = self.ui.ownerEdit.text().strip(), self.ui.roleCombo.currentData()
        self.setEnabled(False)
        a11y.say(self.ui.feedback, "Creating the vault…")
        self._task = run_in_background(
            lambda: Vault.create(path, secret, mode=mode, owner=owner, role=role),
            self._created,
            self._failed,
        )

    def _created(self, vault: Vault) -> None:
        self.vault = vault
        self.setEnabled(True)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.setEnabled(True)
        a11y.say(self.ui.feedback, str(exc), error=True)
