"""The vault on a shared, managed laptop: two openers, links, damaged and read-only files,
leftovers and backups that cannot be spliced into the vault."""

from __future__ import annotations

import multiprocessing
import os
import subprocess
from pathlib import Path

import pytest

from supervision_desk.core import pagefile, repos
from supervision_desk.core.errors import VaultDamaged, VaultInUse, VaultReadOnly
from supervision_desk.core.fsutil import partial_name
from supervision_desk.core.vault import Vault, unlock_key
from tests.conftest import PASSPHRASE
from tests.helpers import can_chattr, can_mount

TAIL = "the last words of a long entry"


def _long_entry(vault: Vault) -> None:
    body = " ".join(f"word{n}" for n in range(3000)) + " " + TAIL
    repos.save(
        vault,
        "journal",
        {
            "id": "j-long",
            "date": "2026-03-10",
            "title": "Long",
            "body": body,
            "capacities": [],
            "tags": [],
            "session": None,
        },
    )


def _page_holding(path: Path, words: str) -> int:
    key, _salt = unlock_key(path, PASSPHRASE)
    for number, page in pagefile.iter_pages(path):
        if words.encode() in pagefile.decrypt_page(page, number, key):
            return number
    raise AssertionError("no page holds the words")


def _overwrite_page(path: Path, number: int, content: bytes) -> None:
    with path.open("r+b") as handle:
        handle.seek((number - 1) * pagefile.PAGE_SIZE)
        handle.write(content)


# -- two openers at the same instant ------------------------------------------------------


def _race_once(path: str, key: bytes, salt: bytes, start, done, results) -> None:
    start.wait()
    try:
        vault = Vault.open_with_key(path, key, salt)
    except VaultInUse:
        results.put("refused")
        done.wait()
        return
    results.put("opened")
    done.wait()  # hold the vault until the other one has tried
    vault.close()


@pytest.mark.linux  # fork() with Qt loaded is Linux's alone
@pytest.mark.slow
def test_two_openers_at_the_same_instant_exactly_one_wins_every_time(make_vault, vault_path):
    make_vault().close()
    key, salt = unlock_key(vault_path, PASSPHRASE)
    fork = multiprocessing.get_context("fork")
    outcomes = []
    for _ in range(200):
        start, done, results = fork.Barrier(2), fork.Barrier(2), fork.Queue()
        workers = [
            fork.Process(target=_race_once, args=(str(vault_path), key, salt, start, done, results))
            for _ in range(2)
        ]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join(30)
        outcomes.append(sorted(results.get(timeout=5) for _ in workers))
    assert outcomes == [["opened", "refused"]] * 200
    with Vault.open_with_key(vault_path, key, salt):  # and the winner let go
        pass
    assert not any(p.name.endswith(".lock") for p in vault_path.parent.iterdir())


def test_a_second_opener_in_the_same_process_is_refused(vault, vault_path):
    with pytest.raises(VaultInUse):
        Vault.open(vault_path, PASSPHRASE)


# -- links, leftovers and backups ----------------------------------------------------------


@pytest.mark.posix  # Windows makes links for administrators only
@pytest.mark.slow
def test_passphrase_change_and_backup_through_a_link_act_on_the_real_vault(make_vault, tmp_path):
    real = tmp_path / "real" / "team.sdvault"
    real.parent.mkdir()
    make_vault(real).close()
    link = tmp_path / "shortcut.sdvault"
    link.symlink_to(real)
    with Vault.open(link, PASSPHRASE) as vault:
        vault.change_passphrase("winter orchard kettle 19 heron")
    assert link.is_symlink() and link.resolve() == real
    with Vault.open(real, "winter orchard kettle 19 heron"):
        pass
    with Vault.open(link, "winter orchard kettle 19 heron") as vault:
        copy = vault.backup(tmp_path / "copy.sdvault")
    assert not copy.is_symlink()
    with Vault.open(copy, "winter orchard kettle 19 heron"):
        pass


def test_stale_partial_copies_are_removed_on_the_next_open(make_vault, vault_path):
    make_vault().close()
    stale = [
        partial_name(vault_path),  # a killed passphrase change
        partial_name(vault_path.with_name(f"{vault_path.stem}-20260101-090000.sdvault")),
    ]
    other = partial_name(vault_path.with_name("someone-else.sdvault"))
    with Vault.open(vault_path, PASSPHRASE):
        pass
    assert [p.exists() for p in stale] == [False, False]
    assert other.exists()  # another vault's work is not ours to remove


def test_a_backup_has_its_own_salt_so_its_pages_do_not_splice_into_the_vault(
    vault, vault_path, tmp_path
):
    _long_entry(vault)
    copy = vault.backup(tmp_path / "copy.sdvault")
    vault.close()
    assert copy.read_bytes()[:16] != vault_path.read_bytes()[:16]
    with Vault.open(copy, PASSPHRASE) as opened:  # opens with the same passphrase
        assert repos.get(opened, "journal", "j-long")["title"] == "Long"
    # Splice a page of the backup into the vault: the vault now reports it as damaged.
    number = _page_holding(vault_path, TAIL)
    old = copy.read_bytes()[(number - 1) * 4096 : number * 4096]
    _overwrite_page(vault_path, number, old)
    with Vault.open(vault_path, PASSPHRASE, check=True) as vault:
        assert number in vault.check().damaged_pages


# -- damaged pages -------------------------------------------------------------------------


def test_a_wiped_page_never_reads_as_text(vault, vault_path):
    _long_entry(vault)
    vault.close()
    number = _page_holding(vault_path, TAIL)
    _overwrite_page(vault_path, number, bytes(pagefile.PAGE_SIZE))
    with pytest.raises(VaultDamaged, match=f"page {number} failed"):
        Vault.open(vault_path, PASSPHRASE)
    with Vault.open(vault_path, PASSPHRASE, check=True) as opened:  # check can report it
        assert number in opened.check().damaged_pages


# -- read-only vaults ----------------------------------------------------------------------


def _read_only_ways() -> list[str]:
    """Every way to make a vault read-only that this machine offers: root writes through
    file modes, so as root a read-only mount and an immutable file stand in for them."""
    if os.name != "posix" or os.geteuid() != 0:
        return ["file-and-folder-modes"]
    ways = (["read-only-mount"] if can_mount() else []) + (
        ["immutable-file"] if can_chattr() else []
    )
    return ways or ["none-as-root"]


def make_read_only_vault(request, tmp_path, fill) -> Path:
    """A vault filled by ``fill(vault)`` and then made read-only the way ``request.param``
    names (see ``_read_only_ways``)."""
    way = request.param
    if way == "none-as-root":
        pytest.skip("as root without mount or chattr, nothing here can make a file read-only")
    folder = tmp_path / "ro"
    folder.mkdir()
    if way == "read-only-mount":
        subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", folder], check=True)
        request.addfinalizer(lambda: subprocess.run(["umount", "-l", folder], check=False))
    path = folder / "team.sdvault"
    fill(path)
    if way == "read-only-mount":
        subprocess.run(["mount", "-o", "remount,ro", folder], check=True)
    elif way == "immutable-file":
        subprocess.run(["chattr", "+i", path], check=True)
        request.addfinalizer(lambda: subprocess.run(["chattr", "-i", path], check=False))
    else:
        path.chmod(0o444)
        folder.chmod(0o555)
        request.addfinalizer(lambda: folder.chmod(0o755))
    return path


@pytest.fixture(params=_read_only_ways())
def read_only_vault(request, make_vault, tmp_path):
    def fill(path):
        with make_vault(path) as vault:
            _long_entry(vault)

    return make_read_only_vault(request, tmp_path, fill)


@pytest.mark.posix
def test_a_read_only_vault_opens_read_only_and_says_so(read_only_vault):
    before = read_only_vault.read_bytes()
    with Vault.open(read_only_vault, PASSPHRASE) as vault:
        assert vault.read_only
        assert vault.check().ok
        assert repos.get(vault, "journal", "j-long")["title"] == "Long"
        with pytest.raises(VaultReadOnly, match="read-only"):
            vault.set_meta(owner="Someone")
    assert read_only_vault.read_bytes() == before


def test_blank_pages_are_found_only_on_page_boundaries(tmp_path):
    data = bytearray(os.urandom(pagefile.PAGE_SIZE * 600))
    for number in (1, 256, 257, 300, 600):  # across the reading chunks too
        start = (number - 1) * pagefile.PAGE_SIZE
        data[start : start + pagefile.PAGE_SIZE] = bytes(pagefile.PAGE_SIZE)
    start = pagefile.PAGE_SIZE * 10 + 100  # a page's worth of zeros across two pages
    data[start : start + pagefile.PAGE_SIZE] = bytes(pagefile.PAGE_SIZE)
    path = tmp_path / "pages"
    path.write_bytes(bytes(data))
    assert pagefile.blank_pages(path) == [1, 256, 257, 300, 600]


def test_blank_pages_are_found_on_either_side_of_each_mapped_span(tmp_path):
    span = pagefile.BLANK_SPAN
    data = bytearray(os.urandom(pagefile.PAGE_SIZE * (2 * span + 3)))
    for number in range(1, 2 * span + 4):  # a sound page may end in a zero byte
        data[number * pagefile.PAGE_SIZE - 1] = 0 if number % 7 == 0 else 1
    wiped = [span, span + 1, 2 * span + 3]
    for number in wiped:
        start = (number - 1) * pagefile.PAGE_SIZE
        data[start : start + pagefile.PAGE_SIZE] = bytes(pagefile.PAGE_SIZE)
    path = tmp_path / "pages"
    path.write_bytes(bytes(data) + bytes(100))  # and a partial page of zeros at the end
    assert pagefile.blank_pages(path) == wiped
