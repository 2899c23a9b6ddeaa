"""Automatic backups: one verified copy a day, the newest kept; a copy of a vault written to
while it is made stops with nothing left, and a part-made copy a killed process left goes."""

from __future__ import annotations

import datetime as dt
import os

import pytest

from supervision_desk.core import autobackup, clock, repos
from supervision_desk.core.errors import Cancelled
from supervision_desk.core.vault import Vault
from tests.conftest import PASSPHRASE


def _on(monkeypatch, day: dt.datetime) -> None:
    monkeypatch.setattr(clock, "now", lambda: day)
    monkeypatch.setattr(clock, "today", lambda: day.date())


def test_one_copy_a_day_and_only_the_newest_kept(vault, tmp_path, monkeypatch):
    repos.save(vault, "people", {"id": "p1", "name": "Sam Taylor", "role": "youth_worker"})
    root = tmp_path / "backups"
    start = dt.datetime(2026, 11, 1, 17, 30)
    for day in range(9):
        _on(monkeypatch, start + dt.timedelta(days=day))
        assert autobackup.on_close(vault, root, keep=7) is not None
        assert autobackup.on_close(vault, root, keep=7) is None  # not twice in a day
    folder = autobackup.folder_for(root, vault.path)
    kept = autobackup.copies(folder)
    assert [c.made.day for c in kept] == [9, 8, 7, 6, 5, 4, 3]
    with Vault.open(kept[0].path, PASSPHRASE) as copy:  # a real, verified vault
        assert repos.get(copy, "people", "p1")["name"] == "Sam Taylor"
    if os.name == "posix":
        assert kept[0].path.stat().st_mode & 0o077 == 0


def test_off_means_no_copy(vault, tmp_path):
    assert autobackup.on_close(vault, tmp_path / "backups", keep=0) is None
    assert not (tmp_path / "backups").exists()


def test_pruning_leaves_other_files_alone(vault, tmp_path, monkeypatch):
    root = tmp_path / "backups"
    folder = autobackup.folder_for(root, vault.path)
    folder.mkdir(parents=True)
    mine = folder / "notes.txt"
    mine.write_text("kept", encoding="utf-8")
    for day in range(3):
        _on(monkeypatch, dt.datetime(2026, 11, 1 + day, 9, 0))
        autobackup.on_close(vault, root, keep=1)
    assert mine.exists() and len(autobackup.copies(folder)) == 1


def test_a_write_while_the_copy_is_made_stops_it_and_leaves_nothing(vault, tmp_path):
    root = tmp_path / "backups"
    folder = autobackup.folder_for(root, vault.path)

    def save_meanwhile(done: int, total: int) -> None:
        if not repos.exists(vault, "people", "p9"):  # an autosave, as the copy runs
            repos.save(vault, "people", {"id": "p9", "name": "Jo Reed", "role": "police"})

    with pytest.raises(Cancelled, match="written to while it was being copied"):
        autobackup.make_while_unchanged(vault, root, 7, save_meanwhile)
    assert list(folder.iterdir()) == []  # no copy, not even a hidden part of one
    assert repos.get(vault, "people", "p9")["name"] == "Jo Reed"
    assert autobackup.make_while_unchanged(vault, root, 7) in [
        c.path for c in autobackup.copies(folder)
    ]


def test_a_part_made_copy_left_by_a_killed_process_is_removed_by_the_next(vault, tmp_path):
    root = tmp_path / "backups"
    folder = autobackup.folder_for(root, vault.path)
    folder.mkdir(parents=True)
    stem = vault.path.stem
    left = [
        folder / f".{stem}-auto-20261101-173000.sdvault.0a1b2c3d.partial",
        folder / f".{stem}-auto-20261101-173000.sdvault.0a1b2c3d.partial-journal",
    ]
    other = folder / f".{stem}2-auto-20261101-173000.sdvault.0a1b2c3d.partial"  # not its own
    for path in (*left, other):
        path.write_bytes(b"encrypted pages")
    made = autobackup.make(vault, root)
    assert sorted(p.name for p in folder.iterdir()) == sorted([made.name, other.name])
