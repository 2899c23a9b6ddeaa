"""Every place that differs by system, with the Windows and macOS branches run here by
faking the system calls: owner-only files, export file names, free memory, locking messages,
clipboard marks and the X11 library check (each tested where its module lives, or here)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from supervision_desk import paths
from supervision_desk.core import filenames, owner_only


class FakeRun:
    def __init__(self, returncode: int = 0, stderr: str = ""):
        self.calls: list[list[str]] = []
        self.returncode, self.stderr = returncode, stderr

    def __call__(self, command, **kw):
        self.calls.append(command)
        return subprocess.CompletedProcess(command, self.returncode, "", self.stderr)


WINDOWS_ENV = {"USERNAME": "alex", "USERDOMAIN": "COUNCIL", "SystemRoot": r"C:\Windows"}


def test_windows_files_get_an_access_list_for_the_user_alone(tmp_path):
    run = FakeRun()
    target = tmp_path / "record.pdf"
    owner_only.restrict(target, system="nt", run=run, environ=WINDOWS_ENV)
    assert run.calls == [
        [
            r"C:\Windows\System32\icacls.exe",
            str(target),
            "/inheritance:r",
            "/grant:r",
            r"COUNCIL\alex:(F)",
        ]
    ]


def test_a_failed_windows_access_list_stops_the_write(tmp_path):
    with pytest.raises(PermissionError, match="private to you"):
        owner_only.restrict(
            tmp_path / "x", system="nt", run=FakeRun(5, "Access is denied."), environ=WINDOWS_ENV
        )


@pytest.mark.posix
def test_posix_files_are_0600_whatever_the_umask(tmp_path):
    target = tmp_path / "x"
    target.write_text("", encoding="utf-8")
    target.chmod(0o666)
    owner_only.restrict(target, system="posix")
    assert target.stat().st_mode & 0o777 == 0o600
    other = tmp_path / "y"
    other.write_text("", encoding="utf-8")
    other.chmod(0o640)
    owner_only.keep_mode(other, target, system="posix")
    assert target.stat().st_mode & 0o777 == 0o640
    owner_only.keep_mode(other, target, system="nt")  # Windows keeps the file's own list
    assert target.stat().st_mode & 0o777 == 0o640


@pytest.mark.parametrize(
    "typed, safe",
    [
        ("CON.pdf", "CON-file.pdf"),
        ("com1", "com1-file"),
        ("lpt9.summary.pdf", "lpt9.summary-file.pdf"),
        ("record. . .", "record"),
        ("team summary ", "team summary"),
        ('a<b>c:d"e/f\\g|h?i*j.pdf', "a-b-c-d-e-f-g-h-i-j.pdf"),
        ("tab\there.pdf", "tab-here.pdf"),
        ("", "export"),
        ("x" * 300 + ".pdf", "x" * 116 + ".pdf"),
        (
            "supervision-record-Sam-Taylor-2026-03-09.pdf",
            "supervision-record-Sam-Taylor-2026-03-09.pdf",
        ),
    ],
)
def test_export_names_are_valid_on_every_system(typed, safe):
    assert filenames.safe_name(typed) == safe


def test_long_paths_are_shortened_to_windows_limit():
    folder = Path("C:/Users/alex/OneDrive - Council/Documents/" + "deep/" * 40)
    path = filenames.fit_path(folder, "supervision-summary-Samantha-Taylor-2026-11-23.pdf")
    assert len(str(path)) <= filenames.MAX_PATH and path.suffix == ".pdf"


@pytest.mark.posix  # HOME decides the folder only where expanduser reads it
@pytest.mark.parametrize(
    "system, home, expected",
    [
        ("linux", "/home/alex", "/home/alex/.local/share/Supervision Desk"),
        ("darwin", "/Users/alex", "/Users/alex/Library/Application Support/Supervision Desk"),
    ],
)
def test_default_folders_come_from_platformdirs_on_each_system(monkeypatch, system, home, expected):
    import platformdirs

    monkeypatch.delenv("SUPERVISION_DESK_HOME", raising=False)
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    monkeypatch.setenv("HOME", home)
    monkeypatch.setattr("sys.platform", system)
    if system == "darwin":
        from platformdirs.macos import MacOS as Chosen
    else:
        from platformdirs.unix import Unix as Chosen
    monkeypatch.setattr(platformdirs, "PlatformDirs", Chosen)
    monkeypatch.setattr(
        platformdirs,
        "user_data_dir",
        lambda *a, **k: Chosen(*a, **k).user_data_dir,
    )
    assert str(paths.data_dir()) == expected
    assert paths.default_vault().name == "supervision.sdvault"


def test_windows_default_folder(monkeypatch):
    import platformdirs
    from platformdirs.windows import Windows

    monkeypatch.delenv("SUPERVISION_DESK_HOME", raising=False)
    monkeypatch.setattr(
        "platformdirs.windows.get_win_folder",
        lambda csidl: r"C:\Users\alex\AppData\Local",
        raising=False,
    )
    monkeypatch.setattr(
        platformdirs, "user_data_dir", lambda *a, **k: Windows(*a, **k).user_data_dir
    )
    assert str(paths.data_dir()).replace("/", "\\").endswith(r"AppData\Local\Supervision Desk")


def test_free_memory_on_each_system(monkeypatch):
    from supervision_desk.core import memory

    monkeypatch.setattr(memory.sys, "platform", "darwin")
    monkeypatch.setattr(memory.os, "name", "posix")
    monkeypatch.setattr(
        memory.os, "sysconf", lambda name: {"SC_AVPHYS_PAGES": 1000, "SC_PAGE_SIZE": 4096}[name]
    )
    assert memory.available() == 4096 * 1000
    monkeypatch.setattr(memory.sys, "platform", "win32")
    monkeypatch.setattr(memory.os, "name", "nt")
    monkeypatch.setattr(memory, "_windows", lambda: 8 * 2**30)
    assert memory.available() == 8 * 2**30


def test_written_files_are_owner_only_through_the_one_module(tmp_path, monkeypatch):
    from supervision_desk.core import fsutil

    seen = []
    monkeypatch.setattr(owner_only, "restrict", lambda path, **kw: seen.append(path))
    with fsutil.atomic_output(tmp_path / "out.txt") as tmp:
        tmp.write_text("x", encoding="utf-8")
    assert len(seen) == 1 and seen[0].name.endswith(".partial")
    assert os.path.exists(tmp_path / "out.txt")


def test_the_vault_lock_on_windows_uses_msvcrt(monkeypatch):
    import sys
    import types

    from supervision_desk.core import filelock

    calls = []

    def locking(fd, mode, size):
        calls.append((fd, mode, size))
        if len(calls) > 1:
            raise PermissionError("locked by another process")

    fake = types.SimpleNamespace(locking=locking, LK_NBLCK=2)
    monkeypatch.setitem(sys.modules, "msvcrt", fake)
    assert filelock._try_lock(7, system="nt") is True
    assert filelock._try_lock(7, system="nt") is False
    assert calls == [(7, 2, 1), (7, 2, 1)]
