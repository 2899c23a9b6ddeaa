"""The app in a child process, for the memory test: ``python lock_child.py VAULT``.

First start: reads one JSON line from stdin (the passphrase, text to type, how to lock, a
PIN), unlocks as a user would, types, prints UNLOCKED, waits for a line, then locks. The
lock starts this script again in the same process (as it starts the app again); each fresh
start prints LOCKED with its process id, then waits: a line with a PIN unlocks with it,
types and locks again; the end of input ends it. Nothing secret is ever on the command line.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtTest import QTest

from supervision_desk.core import process_guard
from supervision_desk.gui import messages, relaunch
from supervision_desk.gui.app import Controller, make_app, open_settings

process_guard.protect()  # as the app's entry point does
if sys.platform.startswith("linux") and os.geteuid() != 0:
    # The test reads this memory from another process, which the guard forbids to anyone
    # but root: for the test only, that one part of the guard is undone.
    process_guard._libc().prctl(4, 1, 0, 0, 0)


def wait_for(condition, seconds: float = 30) -> None:
    for _ in range(int(seconds * 20)):
        if condition():
            return
        QTest.qWait(50)
    raise SystemExit("timed out")


def say(word: str) -> None:
    print(word, os.getpid(), flush=True)


def unlock_and_type(controller: Controller, secret: str, text: str) -> None:
    dialog = controller.unlock_dialog
    dialog.ui.passphraseEdit.setFocus()
    QTest.keyClicks(dialog.ui.passphraseEdit, secret)  # key by key, as typed
    dialog.ui.unlockButton.click()
    wait_for(lambda: controller.vault is not None)
    window = controller.window
    window.open_session("s1")
    editor = window.editor.section("analysis")
    editor.setFocus()
    QTest.keyClicks(editor, " " + text)
    window.flush()


def lock(controller: Controller, how: str) -> None:
    if how == "idle":
        controller.idle.idle.emit()  # what the idle timer does when it runs out
    elif how == "system":
        controller.system_lock.locked.emit("the screen was locked")
    else:
        controller.window.ui.actionLock.trigger()
    say("NOT-RELAUNCHED")  # reached only if the lock did not start a fresh process


def main() -> None:
    app = make_app()
    messages.install_exception_handler()
    state = relaunch.take_over()
    controller = Controller(open_settings(), relaunch.relaunch)
    if state is not None:
        controller.resume_locked(state)
        say("LOCKED")
        line = sys.stdin.readline()
        if not line:
            return
        order = json.loads(line)
        unlock_and_type(controller, order["pin"], order["type"])
        say("UNLOCKED")
        sys.stdin.readline()
        lock(controller, "manual")
        return
    order = json.loads(sys.stdin.readline())
    controller.ask_unlock(Path(sys.argv[1]))
    unlock_and_type(controller, order["passphrase"], order["type"])
    if order.get("pin"):
        controller.set_quick_unlock(order["pin"])
    say("UNLOCKED")
    sys.stdin.readline()
    lock(controller, order["how"])
    app.processEvents()


if __name__ == "__main__":
    main()
