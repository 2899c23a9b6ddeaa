"""The File menu's vault actions, driven as a user would: back up now, a full disk, change
the passphrase (a wrong current one changes nothing), import records, open another vault and
restore from a backup. The daily automatic backup: test_daily_backup.py."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from supervision_desk.core import repos
from supervision_desk.core.vault import Vault
from supervision_desk.gui import messages, vault_menu
from tests.conftest import PASSPHRASE
from tests.gui.conftest import unlock

NEW = "harbour violet meadow 42 lantern"


@pytest.fixture
def told(monkeypatch):
    said: list[str] = []
    monkeypatch.setattr(messages, "tell", lambda parent, title, text, **kw: said.append(text))
    return said


@pytest.fixture
def opened(qtbot, controller, filled_vault):
    controller.ask_unlock(filled_vault)
    unlock(qtbot, controller)
    return controller


def _wait(qtbot, menu) -> None:
    qtbot.waitUntil(lambda: not menu.busy, timeout=20_000)


def test_back_up_now_writes_a_verified_copy(qtbot, opened, tmp_path):
    menu = opened.vault_menu
    folder = tmp_path / "usb"
    folder.mkdir()
    menu.back_up_now(folder)
    _wait(qtbot, menu)
    [copy] = folder.iterdir()
    assert "Backup written and verified" in opened.window.statusBar().currentMessage()
    opened.lock()
    with Vault.open(copy, PASSPHRASE) as backup:
        assert repos.get(backup, "people", "p1")["name"] == "Sam Taylor"


@pytest.mark.posix
def test_a_full_disk_during_backup_is_told_and_leaves_nothing(qtbot, opened, tmp_path, told):
    import resource
    import signal

    menu = opened.vault_menu
    folder = tmp_path / "usb"
    folder.mkdir()
    old = resource.getrlimit(resource.RLIMIT_FSIZE)
    previous = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (16 * 1024, old[1]))  # writes fail as when full
    try:
        menu.back_up_now(folder)
        _wait(qtbot, menu)
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, old)
        signal.signal(signal.SIGXFSZ, previous)
    assert told and "full" in told[-1]
    assert list(folder.iterdir()) == []
    assert opened.vault.check().ok  # the vault in use is untouched


def test_change_passphrase_refuses_a_wrong_current_one_then_changes(qtbot, opened, filled_vault):
    dialog = opened.vault_menu.change_passphrase()
    ui = dialog.ui
    ui.currentEdit.setText("not the passphrase at all")
    ui.newEdit.setText(NEW)
    ui.repeatEdit.setText(NEW)
    qtbot.mouseClick(dialog.ok, Qt.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy and dialog.ok.isEnabled(), timeout=20_000)
    assert "not right; nothing was changed" in ui.message.text()
    ui.currentEdit.setText(PASSPHRASE)
    qtbot.mouseClick(dialog.ok, Qt.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20_000)
    opened.lock()
    with Vault.open(filled_vault, NEW):
        pass


def test_import_records_from_a_file_and_a_bad_file(qtbot, opened, tmp_path, told, answers):
    menu = opened.vault_menu
    good = tmp_path / "good.json"
    person = {"id": "p9", "name": "Jo Reed", "role": "social_worker"}
    good.write_text(json.dumps({"format": "supervision-desk/2", "people": [person]}))
    menu.import_records(good)
    _wait(qtbot, menu)
    assert not told, told
    assert answers.asked == [
        "Import records\nImporting good.json adds 1 person.\n\nImport the file?\n[Import] [Cancel]"
    ]
    assert "Imported 1 person; 0 records already present" in (
        opened.window.statusBar().currentMessage()
    )
    assert repos.get(opened.vault, "people", "p9")["name"] == "Jo Reed"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"format": "supervision-desk/2", "people": [{"id": "x"}]}))
    before = opened.vault.digest()
    menu.import_records(bad)
    _wait(qtbot, menu)
    assert told and "$.people[0]" in told[-1]
    assert opened.vault.digest() == before
    # A JSON file of some other kind is called that, in one sentence, not given a JSON path.
    other = tmp_path / "other.json"
    other.write_text(json.dumps({"hello": "world"}))
    menu.import_records(other)
    _wait(qtbot, menu)
    assert (
        'other.json is not a Supervision Desk export file (it has no "format": '
        '"supervision-desk/…" line), so nothing was imported.'
    ) in told[-1]
    assert "$." not in told[-1]
    assert opened.vault.digest() == before


def test_open_another_vault_and_restore_a_backup(qtbot, opened, make_vault, tmp_path):
    other = tmp_path / "other.sdvault"
    make_vault(other, owner="Someone Else").close()
    dialog = opened.switch_to(other)
    assert opened.vault is None and dialog.path == other
    unlock(qtbot, opened)
    assert opened.vault.path == other.resolve()
    # Restoring is opening a backup: the vault in use is closed, not overwritten.
    backup = opened.vault.backup(tmp_path / "other-copy.sdvault")
    opened.vault_menu.restore(backup)
    unlock(qtbot, opened)
    assert opened.vault.path == backup.resolve()


def test_open_another_vault_checks_the_file_before_closing_the_one_in_use(
    qtbot, opened, make_vault, tmp_path, told, monkeypatch
):
    """File → Open another vault…: a file that is no vault, a missing one or the vault
    already open is named, and the vault in use stays open with the window on it; a vault
    closes the one in use only then, and its unlock screen asks for its passphrase."""
    window = opened.window
    in_use = opened.vault
    window.open_session("s1")
    stranger = tmp_path / "holiday.jpg"
    stranger.write_bytes(b"\xff\xd8 not a vault" * 300)
    picked: list[Path] = []
    monkeypatch.setattr(
        vault_menu.QFileDialog, "getOpenFileName", lambda *a, **k: (str(picked.pop(0)), "")
    )
    for wrong in (stranger, tmp_path / "gone.sdvault", in_use.path):
        picked.append(wrong)
        window.ui.actionOpenVault.trigger()
        assert opened.vault is in_use and in_use.is_open
        assert window.isVisible() and window.editor.session["id"] == "s1"
    assert told[0].startswith(f"{stranger}: This file is not a Supervision Desk vault")
    assert "gone.sdvault. Choose another file." in told[1]
    assert all(t.endswith(" The vault you have open stays open.") for t in told[:2])
    assert told[2] == f"{in_use.path} is open now."
    assert len(told) == 3

    other = tmp_path / "other.sdvault"
    make_vault(other, owner="Someone Else").close()
    picked.append(other)
    window.ui.actionOpenVault.trigger()
    assert opened.vault is None and not in_use.is_open and len(told) == 3
    assert opened.unlock_dialog.path == other
    unlock(qtbot, opened)
    assert opened.vault.path == other.resolve()


def test_restoring_a_file_that_is_no_backup_keeps_the_vault_in_use(
    qtbot, opened, tmp_path, told, monkeypatch
):
    """File → Restore from a backup…: a file that is no vault is named before anything
    closes, and the vault in use stays open on the record being read."""
    window = opened.window
    in_use = opened.vault
    window.open_session("s1")
    notes = tmp_path / "notes.txt"
    notes.write_text("not a backup at all\n" * 200)
    monkeypatch.setattr(vault_menu.QFileDialog, "getOpenFileName", lambda *a, **k: (str(notes), ""))
    window.ui.actionRestore.trigger()
    assert opened.vault is in_use and in_use.is_open
    assert window.editor.session["id"] == "s1"
    assert len(told) == 1
    assert told[0].startswith(f"{notes}: This file is not a Supervision Desk vault")
    assert told[0].endswith(" The vault you have open stays open.")


def test_export_records_writes_the_interchange_file_and_a_bad_folder_is_told(
    qtbot, opened, tmp_path, told
):
    menu = opened.vault_menu
    out = tmp_path / "records.json"
    menu.export_records(out, journal=False)
    _wait(qtbot, menu)
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert [p["name"] for p in doc["people"]] == ["Sam Taylor"] and "journal" not in doc
    assert "plain text" in opened.window.statusBar().currentMessage()
    menu.export_records(tmp_path / "no" / "such" / "records.json", journal=True)
    _wait(qtbot, menu)
    assert told and "does not exist" in told[-1]


def test_new_passphrases_are_judged_alike_in_every_dialog():
    from supervision_desk.gui.unlock import new_passphrase_problem

    assert "Spaces at the start or end" in new_passphrase_problem(f"{NEW} ", f"{NEW} ", [])
    assert new_passphrase_problem("password1", "password1", []).startswith("Too weak")
    assert new_passphrase_problem(NEW, NEW + "x", []) == "The two passphrases differ."
    assert new_passphrase_problem(NEW, NEW, []) == ""


def test_importing_says_what_the_file_adds_and_changes_and_asks_first(
    qtbot, opened, tmp_path, answers
):
    menu = opened.vault_menu
    file = tmp_path / "from-another-team.json"
    sam = repos.get(opened.vault, "people", "p1")
    jo = {"id": "p9", "name": "Jo Reed", "role": "social_worker"}
    settings = {"points_per_fte": 80, "newly_qualified_share": 0.9}  # the share is unchanged
    file.write_text(
        json.dumps({"format": "supervision-desk/3", "settings": settings, "people": [sam, jo]})
    )
    answers.answer = False  # the user reads it and says no
    before = opened.vault.digest()
    menu.import_records(file)
    _wait(qtbot, menu)
    assert answers.asked == [
        "Import records\n"
        "Importing from-another-team.json adds 1 person.\n"
        "1 record in it is already in this vault and stays as it is.\n\n"
        "It also changes these settings of this vault:\n"
        "• Capacity of a full-time worker: 100 points → 80 points\n\n"
        "Import the file?\n[Import] [Cancel]"
    ]
    assert opened.vault.digest() == before  # asking wrote nothing; no changed nothing
    answers.answer = True
    menu.import_records(file)
    _wait(qtbot, menu)
    assert "Imported 1 person; 1 record already present" in (
        opened.window.statusBar().currentMessage()
    )
    assert repos.get(opened.vault, "people", "p9")["name"] == "Jo Reed"
    from supervision_desk.core import policy

    assert policy.load(opened.vault).points_per_fte == 80
    menu.import_records(file)  # a second time: nothing new, nothing asked
    _wait(qtbot, menu)
    assert len(answers.asked) == 2
    assert opened.window.statusBar().currentMessage() == (
        "Nothing to import: every record in from-another-team.json is already in this vault"
    )
