"""The vault file read page by page, below SQLCipher.

SQLCipher 4 defaults: 4096-byte pages; each page ends with a 16-byte IV and a 64-byte
HMAC-SHA512 over the page's ciphertext, its IV and its page number (little-endian). Page 1
starts with the 16-byte salt, which the HMAC leaves out. The HMAC key is PBKDF2-HMAC-SHA512
of the raw key, 2 iterations, over the salt with every byte XOR 0x3a.

Checking pages ourselves lets us tell a wrong passphrase (no page authenticates) from a
damaged first page (later pages authenticate), and name the damaged pages in a check.
"""

from __future__ import annotations

import hashlib
import hmac
import mmap
import os
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

from .errors import VaultDamaged
from .kdf import SALT_SIZE, profile_for_salt
from .shown import shown

PAGE_SIZE = 4096
IV_SIZE = 16
HMAC_SIZE = 64
RESERVE = IV_SIZE + HMAC_SIZE
CHUNK = 256 * PAGE_SIZE
BLANK_SPAN = 1024  # pages mapped at a time by blank_pages (4 MB: a multiple of every OS's
# mapping granularity, and little added to the memory the process is seen to use)
SQLITE_PLAIN_HEADER = b"SQLite format 3\x00"


def read_salt(path: Path) -> bytes:
    """The salt of a vault file, after checking the file could be a vault at all."""
    if not path.exists():
        raise VaultDamaged(f"There is no vault at {shown(path)}.")
    if path.is_dir():
        raise VaultDamaged(f"{shown(path)} is a folder, not a vault file.")
    size = path.stat().st_size
    if size == 0:
        raise VaultDamaged(f"{shown(path)} is empty: it holds no vault. The file was not changed.")
    with path.open("rb") as handle:
        head = handle.read(SALT_SIZE)
    if head == SQLITE_PLAIN_HEADER:
        raise VaultDamaged(
            f"{shown(path)} is an unencrypted database, not a Supervision Desk vault."
        )
    wal = path.with_name(path.name + "-wal")
    # A checkpoint cut short (a full disk) can leave a part page at the end while the
    # write-ahead log still holds every committed page: SQLite replays it on opening.
    replayable = size >= PAGE_SIZE and wal.exists() and wal.stat().st_size > 0
    if size < PAGE_SIZE or (size % PAGE_SIZE and not replayable):
        profile_for_salt(head)  # an unknown header says "not a vault" before "truncated"
        raise VaultDamaged(
            f"{shown(path)} is truncated or damaged: its size is not a whole number of pages. "
            "The file was not changed; open a backup instead."
        )
    profile_for_salt(head)
    return head


def hmac_key(key: bytes, salt: bytes) -> bytes:
    hmac_salt = bytes(b ^ 0x3A for b in salt)
    return hashlib.pbkdf2_hmac("sha512", key, hmac_salt, 2, 32)


class _PageMac:
    """HMAC-SHA512 of pages under one key, with the keyed inner and outer states made once
    (copying them is cheaper than keying each page again)."""

    def __init__(self, mac_key: bytes):
        padded = mac_key.ljust(128, b"\0")  # SHA-512's block; the key is 32 bytes
        self.inner = hashlib.sha512(bytes(b ^ 0x36 for b in padded))
        self.outer = hashlib.sha512(bytes(b ^ 0x5C for b in padded))

    def authentic(self, page: bytes | memoryview, number: int) -> bool:
        start = SALT_SIZE if number == 1 else 0
        inner = self.inner.copy()
        inner.update(page[start : PAGE_SIZE - HMAC_SIZE])
        inner.update(number.to_bytes(4, "little"))
        outer = self.outer.copy()
        outer.update(inner.digest())
        return hmac.compare_digest(outer.digest(), page[PAGE_SIZE - HMAC_SIZE : PAGE_SIZE])


def iter_pages(path: Path) -> Iterator[tuple[int, bytes]]:
    with path.open("rb") as handle:
        number = 0
        while page := handle.read(PAGE_SIZE):
            number += 1
            if len(page) == PAGE_SIZE:
                yield number, page


def blank_pages(path: Path) -> list[int]:
    """Numbers of the pages that are all zero bytes. SQLCipher reads such a page as empty
    without checking it (it takes it for space the file grew into), so a page wiped by a
    damaged disk would come back as NUL characters; we find these before trusting a read.

    It runs at every opening, so it looks at one byte a page, not every byte: a page whose
    last byte is not zero cannot be blank, and in a sound page that byte is part of its MAC,
    zero once in 256 pages. Only those few pages are compared whole. The file is mapped a
    few MB at a time, not read, so its pages are not copied (a 20-year vault is ~300 MB)."""
    blank = bytes(PAGE_SIZE)
    found = []
    with path.open("rb") as handle:
        pages = os.fstat(handle.fileno()).st_size // PAGE_SIZE  # a partial last page: not one
        for first in range(0, pages, BLANK_SPAN):
            length = min(BLANK_SPAN, pages - first) * PAGE_SIZE
            with mmap.mmap(
                handle.fileno(), length, offset=first * PAGE_SIZE, access=mmap.ACCESS_READ
            ) as view:
                last_bytes = view[PAGE_SIZE - 1 :: PAGE_SIZE]
                at = last_bytes.find(0)
                while at != -1:
                    if view[at * PAGE_SIZE : (at + 1) * PAGE_SIZE] == blank:
                        found.append(first + at + 1)
                    at = last_bytes.find(0, at + 1)
    return found


def _damaged(read, mac: _PageMac, stop: threading.Event | None = None) -> list[int] | None:
    """Pages failing authentication, reading chunks with ``read(offset)``; None if stopped."""
    found = []
    number, offset = 1, 0
    while chunk := read(offset):
        if stop is not None and stop.is_set():
            return None
        view = memoryview(chunk)
        for at in range(0, len(chunk) - PAGE_SIZE + 1, PAGE_SIZE):
            if not mac.authentic(view[at : at + PAGE_SIZE], number):
                found.append(number)
            number += 1
        offset += len(chunk)
    return found


def damaged_pages(
    path: Path, key: bytes, salt: bytes, progress: Callable[[int, int], None] | None = None
) -> list[int]:
    """Numbers of the pages whose authentication code does not match (1-based). Reads the
    file in large chunks: a few milliseconds per MB (the hashing, in C, is most of it).
    ``progress`` hears the bytes read so far of the file's size, before each chunk."""
    mac = _PageMac(hmac_key(key, salt))
    with path.open("rb") as handle:
        size = os.fstat(handle.fileno()).st_size

        def read(offset: int) -> bytes:
            if progress is not None:
                progress(min(offset, size), size)
            handle.seek(offset)
            return handle.read(CHUNK)

        return _damaged(read, mac) or []


class PageCheck:
    """Every page of a vault authenticated while it is open, on another thread (the hashing
    lets go of the interpreter, so it runs beside the window on a second core).

    The file is opened before SQLite opens it and closed only after SQLite has let it go:
    on POSIX, closing any handle on a file drops every lock this process holds on it, and
    SQLite's lock is what keeps a second writer out."""

    def __init__(self, path: Path, key: bytes, salt: bytes):
        self.path = path
        self._mac = _PageMac(hmac_key(key, salt))
        self._fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
        self._stop = threading.Event()
        self._busy = threading.Lock()
        self.damaged: list[int] | None = None  # None: not finished

    def run(self) -> list[int] | None:
        """The damaged pages (empty when every page is sound); None if stopped first."""
        with self._busy:
            if self._fd < 0:
                return None
            found = _damaged(self._read, self._mac, self._stop)
            if found is not None:
                self.damaged = found
            return found

    def _read(self, offset: int) -> bytes:
        os.lseek(self._fd, offset, os.SEEK_SET)  # this handle is ours alone
        return os.read(self._fd, CHUNK)

    @property
    def passed(self) -> bool:
        return self.damaged == []

    def close(self) -> None:
        """Stop the check and let the file go (after SQLite has closed it)."""
        self._stop.set()
        with self._busy:
            if self._fd >= 0:
                os.close(self._fd)
                self._fd = -1


def key_fits(path: Path, key: bytes, salt: bytes, sample: int = 16) -> bool:
    """True when any of the first pages authenticates with this key.

    A wrong key authenticates none; a key that fits authenticates all undamaged pages.
    """
    mac = _PageMac(hmac_key(key, salt))
    for number, page in iter_pages(path):
        if number > sample:
            break
        if mac.authentic(page, number):
            return True
    return False


def decrypt_page(page: bytes, number: int, key: bytes) -> bytes:
    """The plaintext of one page (AES-256-CBC); used by tests that look for leftovers."""
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    start = SALT_SIZE if number == 1 else 0
    iv = page[PAGE_SIZE - RESERVE : PAGE_SIZE - HMAC_SIZE]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(page[start : PAGE_SIZE - RESERVE]) + decryptor.finalize()
