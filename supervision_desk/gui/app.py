"""Starting the desktop app, and the lock/unlock cycle around the main window."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog

from .. import __version__, paths
from ..core import preferences
from ..core.owner_only import restrict
from ..core.vault import damage_message, is_damage
from . import a11y, lock_key, messages, secret_fields, theme
from .daily_backup import DailyBackup, quiet_minutes
from .idle import ClipboardGuard, IdleWatcher
from .lockdown import close_windows, typed_in_dialogs
from .main_window import MainWindow
from .system_lock import SystemLockWatcher
from .vault_menu import VaultMenu
from .view_menu import ViewMenu
from .workers import run_in_background

if TYPE_CHECKING:
    from ..core.quick_unlock import QuickUnlock
    from .pin_dialog import PinDialog
    from .unlock import UnlockDialog

CHECK_AT_ONCE_BYTES = 4 << 20  # a vault this size is checked in a few milliseconds

WELCOME = (
    "Supervision Desk keeps supervision notes, your journal and the team's workload figures "
    "in one encrypted file (a vault) on this computer: nothing is sent anywhere. Create a new "
    "vault to begin, or open one you already have."
)


def open_settings() -> QSettings:
    folder = paths.private_folder(paths.config_dir())
    paths.private_folder(paths.data_dir())
    # Recent vault paths are in it: the file is the user's alone (Qt keeps the mode it finds).
    path = folder / "settings.ini"
    with contextlib.suppress(OSError):
        created = not path.exists()
        if created:
            path.touch(mode=0o600)
        # Narrowed only when needed: touching a file Qt has read makes it read it again.
        if created or (os.name == "posix" and path.stat().st_mode & 0o077):
            restrict(path)
    return QSettings(str(path), QSettings.IniFormat)


class Controller(QObject):
    """Owns the open vault. Locking closes it and clears every view; unlocking restores."""

    def __init__(self, settings: QSettings, restart: Callable[[dict], None] | None = None):
        super().__init__()
        self.settings = settings
        # Given in the running app (``relaunch``): a lock starts a fresh process, so nothing
        # of the vault stays in memory. Without it (tests, Windows) the lock works in place.
        self.restart = restart
        self.vault = None
        # The page check of the vault just opened, while it waits for the window or runs.
        self._page_task: object | None = None
        self.window = MainWindow(settings)
        self.window.lock_requested.connect(self.lock)
        lock_key.set_lock(self.window.ui.actionLock.shortcut(), self.lock)
        self.window.ui.actionIdle.triggered.connect(self.ask_idle_minutes)
        self.idle = IdleWatcher(self.idle_minutes(), self)
        self.idle.idle.connect(self.lock)
        # The day's automatic backup is made at a quiet moment, or on quitting; never by a
        # lock, which stays immediate (daily_backup.py says why).
        self.daily = DailyBackup(self.window, settings, self)
        self.quiet = IdleWatcher(quiet_minutes(self.idle_minutes()), self)
        self.quiet.idle.connect(self._quiet_moment)
        self.quiet.woke.connect(self.daily.interrupt)
        self._quitting = False
        self.window.may_close = self._may_quit
        self.clipboard = ClipboardGuard(self)
        # The system locking, sleeping or switching user locks the vault at once. Listening
        # (connecting to D-Bus on Linux) starts with the unlock screen, or once the window is
        # up when a vault opens without one: it matters only while a vault is open, and is no
        # part of what the user waits for at start.
        self.system_lock = SystemLockWatcher(self, listen=False)
        self.system_lock.locked.connect(lambda _reason: self.lock())
        self.window.after_painted(self.system_lock.listen)
        self.window.ui.actionQuickUnlock.triggered.connect(self.ask_quick_unlock)
        self.quick: QuickUnlock | None = None  # in memory only
        self.unlock_dialog: UnlockDialog | None = None
        self.pin_dialog: PinDialog | None = None
        self._place: dict | None = None
        self.vault_menu = VaultMenu(self)
        self.window.ui.actionSpelling.triggered.connect(self.ask_spelling_language)
        # Text kept at a lock, shown again on request after "Keep for later".
        self.kept_action = self.window.ui.menuEdit.addAction("Typed before the &lock…")
        self.kept_action.setEnabled(False)
        self.kept_action.triggered.connect(self.show_kept)
        self.kept_dialog = None
        self.view_menu = ViewMenu(self.window, settings)
        QApplication.instance().aboutToQuit.connect(self.shutdown)

    def recent(self) -> list[str]:
        return preferences.read(self.settings, "vaults/recent")

    def _remember(self, path: Path) -> None:
        recent = self.recent()
        paths_ = [str(path)] + [p for p in recent if p != str(path)]
        if paths_ == recent:
            return  # the same vault as last time: writing the file again is wasted start-up
        preferences.write(self.settings, "vaults/recent", paths_)
        self.settings.sync()

    def first_path(self) -> Path | None:
        for candidate in self.recent():
            if Path(candidate).exists():
                return Path(candidate)
        default = paths.default_vault()
        return default if default.exists() else None

    def start(self) -> UnlockDialog:
        return self.ask_unlock(self.first_path())

    def resume_locked(self, state: dict) -> UnlockDialog:
        """Show the unlock screen a lock handed over to this fresh process."""
        from ..core.quick_unlock import QuickUnlock

        quick = state.get("quick")
        self.quick = QuickUnlock.taken_over(quick) if isinstance(quick, dict) else None
        place = state.get("place")
        self._place = place if isinstance(place, dict) else None
        path = state.get("path")
        dialog = self.ask_unlock(Path(path) if isinstance(path, str) else self.first_path())
        a11y.announce(dialog, "Supervision Desk is locked. Unlock it to go on.", urgent=True)
        if state.get("message"):
            a11y.say(dialog.ui.message, str(state["message"]))
        return dialog

    def ask_unlock(self, path: Path | None) -> UnlockDialog:
        # Imported when first asked for: a relaunch after a lock needs it at once, but a
        # window opened with a key already derived (tests, the benchmark) never does.
        from .unlock import UnlockDialog

        self.system_lock.listen()
        quick = self.quick if self.quick is not None and self.quick.usable() else None
        dialog = UnlockDialog(path, quick=quick)
        if path is None:
            dialog.setWindowTitle("Welcome to Supervision Desk")
            a11y.say(dialog.ui.message, WELCOME)
        dialog.vault_opened.connect(self._unlocked)
        dialog.rejected.connect(self._unlock_cancelled)
        self.unlock_dialog = dialog
        dialog.show()
        return dialog

    def _spelling_for(self, vault) -> None:
        """Spelling follows the setting; the user's own words live in the open vault."""
        from ..core import spelling
        from .spelling_ui import SpellService

        service = SpellService.instance()
        service.set_language(preferences.read(self.settings, "spelling/language"))
        if vault is None:
            service.add_word = None
            service.set_personal(set())
            return
        service.set_personal(spelling.personal_words(vault))
        service.add_word = None if vault.read_only else (lambda w: spelling.add_word(vault, w))

    def _spelling_if_open(self, vault) -> None:
        if self.vault is vault:  # not locked or switched meanwhile
            self._spelling_for(vault)

    def ask_spelling_language(self) -> None:
        from ..core import spelling

        choices = {**spelling.LANGUAGES, "off": "Off (no spell-check)"}
        current = preferences.read(self.settings, "spelling/language")
        names = list(choices.values())
        name, ok = QInputDialog.getItem(
            self.window,
            "Spelling language",
            "Check the spelling of notes in:",
            names,
            names.index(choices[current]),
            False,
        )
        if ok:
            language = next(key for key, label in choices.items() if label == name)
            preferences.write(self.settings, "spelling/language", language)
            self._spelling_for(self.vault)
            self.window.report(f"Spelling: {name}")

    def _unlocked(self, vault) -> None:
        if self.quick is not None and (not self.quick.usable() or self.quick.path != vault.path):
            self.quick = None
        self.vault = vault
        # Spelling (its code, the user's own words) is set once the window is on screen: no
        # note is checked before a session or the journal is open, and a dictionary loads
        # only some time after that.
        self.window.after_painted(lambda: self._spelling_if_open(vault))
        self._remember(vault.path)
        try:
            self.window.set_vault(vault)
        except Exception as exc:
            if not is_damage(exc):
                raise
            # A damaged page that building the window read before the check reached it.
            self._damaged(vault, self._damage_found(vault))
            return
        if self._place:
            self.window.return_to(self._place)
            self._place = None
        self.window.show()
        self.window.raise_()
        self.idle.start()
        self.quiet.start()
        self.unlock_dialog = None
        if vault.checking:
            # A large vault's check starts once the window is on screen: its hashing shares
            # the interpreter with the UI thread and would slow the first paint by half. A
            # small one takes a few milliseconds: it is done here, and saving is on at once.
            token = self._page_task = object()
            if vault.path.stat().st_size <= CHECK_AT_ONCE_BYTES:
                self._check_pages(vault, token, at_once=True)
            else:
                self.window.after_painted(lambda: self._check_pages(vault, token))
        if self.vault is not vault:
            return  # found damaged and closed
        self._offer_kept(vault)
        if vault.older_copy:
            text = vault.older_copy
            QTimer.singleShot(
                0, lambda: messages.tell(self.window, "An older copy?", text, warning=True)
            )

    def _offer_kept(self, vault) -> None:
        """Text typed into dialogs open at the last lock, offered back once the window shows."""
        if not self._kept_exists():
            return

        def show() -> None:
            if self.vault is vault:
                self.show_kept()

        QTimer.singleShot(0, show)

    def _kept_exists(self) -> bool:
        """Whether text kept at a lock waits in the vault; the Edit menu's item follows."""
        from ..core import lock_drafts

        found = self.vault is not None and bool(lock_drafts.kept(self.vault))
        self.kept_action.setEnabled(found)
        return found

    def show_kept(self) -> None:
        """The window of text kept at a lock, beside the main window (see KeptDialog)."""
        from ..core import lock_drafts
        from .kept_drafts import KeptDialog

        if self.vault is None:
            return
        if self.kept_dialog is not None and shiboken6.isValid(self.kept_dialog):
            self.kept_dialog.close()
            self.kept_dialog.deleteLater()
        drafts = lock_drafts.kept(self.vault)
        if not drafts:
            self._kept_exists()
            return
        # The main window's: above it, not above other programs (see KeptDialog for how it
        # stays usable while a dialog blocks the main window).
        dialog = self.kept_dialog = KeptDialog(self.vault, drafts, self.window)
        dialog.finished.connect(lambda _result: self._kept_exists())
        frame = self.window.frameGeometry()
        dialog.move(frame.right() - dialog.width() - 24, frame.top() + 80)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def _keep_typing(self) -> None:
        """Before a lock or a switch closes the dialogs, keep what was typed into them."""
        from ..core import lock_drafts

        about = self.window.record_in_view()
        drafts = [{"about": about, **d} for d in typed_in_dialogs(keep=(self.window,))]
        lock_drafts.keep(self.vault, drafts)

    def _check_pages(self, vault, token: object, *, at_once: bool = False) -> None:
        """Authenticate every page beside the open window (see Vault.checking), or here and
        now (``at_once``). Sound: what saves comes on. Damaged: the vault closes unchanged
        and the unlock screen says which pages, as it would have before the window opened.
        ``token`` is what ``_page_task`` held while the check waited to start; anything else
        there means it is not wanted."""
        if self._page_task is not token:
            return  # another vault opened meanwhile, with its own check
        if self.vault is not vault:
            self._page_task = None  # closed or locked before it started
            return
        check = vault.page_check
        task = None

        def done(damaged) -> None:
            if self._page_task is task:
                self._page_task = None
            if self.vault is not vault or damaged is None:
                return  # closed or locked meanwhile
            if not damaged:
                self.window.pages_checked()
                self._spelling_for(vault)  # adding a word to the dictionary saves
                return
            self._damaged(vault, damage_message(vault.path, damaged))

        def failed(exc) -> None:
            if self._page_task is task:
                self._page_task = None
            if self.vault is vault:
                self._damaged(vault, f"{vault.path} could not be checked ({exc}).")

        if at_once:
            task = token
            try:
                found = check.run()
            except Exception as exc:  # as the background check reports it
                failed(exc)
            else:
                done(found)
            return
        task = self._page_task = run_in_background(check.run, done, failed)

    @staticmethod
    def _damage_found(vault) -> str:
        """Which pages are damaged, found by the vault's own page check (its handle keeps
        SQLite's lock on the file, which another handle's closing would drop)."""
        check = vault.page_check
        pages = check.run() if check is not None else None
        if pages is None:
            return str(vault.damaged())
        return damage_message(vault.path, pages)

    def _damaged(self, vault, message: str) -> None:
        """Close a vault found damaged without saving anything into it."""
        self.idle.stop()
        self.quiet.stop()
        self.daily.stop()
        self._page_task = None
        close_windows(keep=(self.window,))
        self.window.clear()
        vault.close()  # it was read-only throughout: nothing was written
        self.vault = None
        self._spelling_for(None)
        self.window.hide()
        dialog = self.ask_unlock(vault.path)
        dialog.show_damage(message)

    def _unlock_cancelled(self) -> None:
        if self.vault is None:
            QApplication.instance().quit()

    def idle_minutes(self) -> int:
        return preferences.read(self.settings, "lock/idle_minutes")

    def set_idle_minutes(self, minutes: int) -> None:
        minutes = preferences.write(self.settings, "lock/idle_minutes", minutes)
        self.settings.sync()
        self.idle.set_minutes(minutes)
        self.quiet.set_minutes(quiet_minutes(minutes))
        if self.vault is not None:
            self.idle.start()
            self.quiet.start()

    def ask_idle_minutes(self) -> None:
        minutes, ok = QInputDialog.getInt(
            self.window,
            "Lock when idle",
            "Lock the vault after this many minutes without keyboard or mouse input:",
            int(self.idle_minutes()),
            1,
            240,
        )
        if ok:
            self.set_idle_minutes(minutes)
            unit = "minute" if minutes == 1 else "minutes"
            self.window.report(f"The vault will lock after {minutes} idle {unit}")

    def set_quick_unlock(self, pin: str) -> None:
        """Let ``pin`` reopen this vault after a lock, for up to 8 hours of this session."""
        from ..core import quick_unlock  # its cipher loads only when a PIN is set

        self.quick = quick_unlock.enable(self.vault, pin)
        self.window.report(
            f"Quick unlock set: after a lock, your PIN reopens the vault for up to "
            f"{quick_unlock.HOURS} hours. Three wrong PINs or quitting ask for the passphrase."
        )

    def ask_quick_unlock(self) -> PinDialog | None:
        if self.vault is None:
            return None
        from ..core import quick_unlock
        from .pin_dialog import PinDialog

        self.pin_dialog = PinDialog(
            self.set_quick_unlock, quick_unlock.HOURS, quick_unlock.MIN_LENGTH, self.window
        )
        self.pin_dialog.open()
        return self.pin_dialog

    def _close_vault(self) -> None:
        """Save what was typed and close the vault. Work under way on it (an import, a
        backup) is stopped first and waited for: stopped, it changed nothing and left no
        file."""
        self.quiet.stop()
        self.daily.stop()
        self.vault_menu.stop_work()
        self.window.flush()
        self.vault.close()
        self.vault = None
        self.kept_action.setEnabled(False)
        self._spelling_for(None)  # the user's own words (names) leave memory with the vault

    def _quiet_moment(self) -> None:
        """No input for a while: the day's backup, if it is due and nothing else is busy."""
        vault = self.vault
        if vault is None or self._quitting:
            return
        if self.vault_menu.busy or vault.checking:
            self.quiet.start()  # another quiet spell, then try again
            return
        self.daily.start_quietly(vault)

    def _may_quit(self) -> bool:
        """Asked as the window closes to quit: True to quit now. With the day's backup still
        to make, it is made first behind a window with Cancel, and the window closes again
        once the copy has ended and the vault has closed."""
        vault = self.vault
        if vault is None or not vault.is_open:
            return True
        if self._quitting:
            return False  # already making it
        if QApplication.instance().isSavingSession() or not self.daily.wanted(vault):
            return True  # logging out does not wait; the copy stays due for the next time
        self._quitting = True
        self.idle.stop()
        self.quiet.stop()
        self.window.index_timer.stop()  # nothing writes while the copy is made
        self.daily.before_quit(vault, lambda: self._quit_after_backup(vault))
        return False

    def _quit_after_backup(self, vault) -> None:
        if not self._quitting:
            return  # a lock came meanwhile: it closed the vault, and the app stays
        self._quitting = False
        if not shiboken6.isValid(self.window):  # gone first, as the app ends
            if self.vault is vault:
                vault.close()
                self.vault = None
            return
        if self.vault is vault:
            self._close_vault()
        self.window.close()

    def lock(self) -> None:
        if self.vault is None:
            return
        self.idle.stop()
        self.quiet.stop()
        self._quitting = False  # a lock while quitting: the app stays, locked
        # Dialogs go first, while the vault is still open for anything their closing saves
        # and for the text typed into them, kept to offer back after the unlock.
        self._keep_typing()
        close_windows(keep=(self.window,))
        self.window.flush()
        self._place = self.window.where()
        path = self.vault.path
        self.window.clear()
        # Out of sight before anything is waited for: a backup under way is stopped, at its
        # next step, as the vault closes.
        self.window.hide()
        self._close_vault()
        self.clipboard.clear()
        if self.restart is not None:
            self._restart_locked(path)  # returns only if a new process could not start
        dialog = self.ask_unlock(path)
        a11y.announce(dialog, "Supervision Desk is locked. Unlock it to go on.", urgent=True)

    def _restart_locked(self, path: Path) -> None:
        self.window.save_layout()
        usable = self.quick is not None and self.quick.usable()
        state = {
            "path": str(path),
            "place": self._place,
            "message": "",
            "quick": self.quick.hand_over() if usable else None,
        }
        self.restart(state)

    def switch_to(self, path: Path) -> UnlockDialog:
        """Close the vault in use (saved, backed up if due) and ask to unlock another."""
        if self.vault is not None:
            if not self.window.may_leave():
                return self.unlock_dialog
            self.idle.stop()
            self._quitting = False
            self._keep_typing()
            close_windows(keep=(self.window,))
            self.window.clear()
            self._close_vault()
            self.clipboard.clear()
        self.quick = None  # a PIN belongs to the vault it was set for
        self._place = None
        self.window.hide()
        return self.ask_unlock(path)

    def shutdown(self) -> None:
        if self.quick is not None:
            self.quick.forget()
        self.daily.stop(to_the_end=True)  # no thread of it outlives the app
        if self.vault is not None:
            self.window.save_layout()
            self._close_vault()
        if self.kept_dialog is not None and shiboken6.isValid(self.kept_dialog):
            self.kept_dialog.close()  # a window of its own, not closed with the main window
            self.kept_dialog.deleteLater()
        self.clipboard.clear()


# How long a background thread (the spelling dictionary loading, a PDF being made, a search
# being ranked) may keep running before the window's thread gets its turn. Python's default
# of 5 ms let a loading dictionary hold the window up for 200 ms at a time here; at 1 ms the
# longest wait measured was 14 ms.
SWITCH_INTERVAL_S = 0.001


def make_app(argv: list[str] | None = None) -> QApplication:
    sys.setswitchinterval(SWITCH_INTERVAL_S)
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("Supervision Desk")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(paths.APP_ID)
    theme.apply(app)
    secret_fields.install()  # before any window asks for its accessible interface
    app.setProperty("themed", "system")
    return app


def run_app() -> int:
    app = make_app()
    messages.install_exception_handler()
    from . import relaunch

    state = relaunch.take_over()
    controller = Controller(open_settings(), relaunch.relaunch if relaunch.SUPPORTED else None)
    if state is not None:
        controller.resume_locked(state)
    else:
        controller.start()
    return app.exec()
