"""The encrypted vault: one SQLCipher 4 file holding every record of one user.

Opening, creating, locking against a second writer, migrations, backup, passphrase change
and checks all live here. Records are read and written through ``repos`` on top of this.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import sqlcipher3

from .. import __version__
from . import clock, pagefile, rollback, schema
from .errors import (
    OutputError,
    UsageError,
    VaultDamaged,
    VaultInUse,
    VaultReadOnly,
    VaultTooNew,
    VaultWriteError,
    WrongPassphrase,
)
from .filelock import Busy, VaultLock
from .fsutil import fsync_dir, fsync_file, output_error, partial_name, publish, remove_partials
from .kdf import STRONG, Profile, derive_key, key_pragma_value, new_salt, profile_for_salt
from .progress import Steps, watching
from .records import MODES
from .shown import shown

SUFFIX = ".sdvault"
# Tables whose rows make up the vault's content, parents before children.
CONTENT_TABLES = (
    "meta",
    "people",
    "cases",
    "sessions",
    "actions",
    "journal",
    "time_logs",
    "concerns",
    "custom_prompts",
)

CHAIN_TABLES = (
    "identity",
    "contacts",
    "record_versions",
    "version_signatures",
    "tombstones",
    "exchange_seen",
    "record_exchange",
)

# A backup's parts, each with its share of the progress bar per page of the vault, from how
# long each takes on vaults of 5 to 20 years: checking the pages, reading every record for
# the fingerprint, copying, SQLite's integrity check of the copy, the copy's fingerprint.
BACKUP_WEIGHTS = (("pages", 1), ("digest", 5), ("copy", 4), ("integrity", 6), ("same", 5))
# What a user is told of each part: three steps.
BACKUP_STAGES = {
    "pages": "Checking the vault (step 1 of 3)",
    "digest": "Checking the vault (step 1 of 3)",
    "copy": "Copying it (step 2 of 3)",
    "integrity": "Checking the copy (step 3 of 3)",
    "same": "Checking the copy (step 3 of 3)",
}


def backup_stage(done: int, total: int) -> str:
    """Which part of a backup a report of ``Vault.backup``'s progress comes from, in words."""
    whole = sum(weight for _, weight in BACKUP_WEIGHTS)
    reached = 0
    for name, weight in BACKUP_WEIGHTS:
        reached += weight
        if done * whole < reached * total:
            return BACKUP_STAGES[name]
    return BACKUP_STAGES[BACKUP_WEIGHTS[-1][0]]


# SQLite steps per page of the vault that the fingerprint and the integrity check take, about
# (measured on the same vaults): how far they have got is told by the steps taken so far.
DIGEST_STEPS = 120
INTEGRITY_STEPS = 280
COPY_STEP = 256  # pages copied at a time (1 MB)

IN_USE = (
    "This vault is open in another window or program. Close it there first; nothing was changed."
)


READ_ONLY = (
    "This vault is read-only (the file, its folder or its disk cannot be written): "
    "it can be read and exported, but nothing can be saved in it."
)
CHECKING = (
    "The vault is still being checked for damage, which takes a moment after opening; "
    "nothing was saved. Try again when the check is done."
)


def writable(path: Path) -> bool:
    """Whether the vault file and its folder can be written (SQLite writes a journal beside
    the file). A read-only mount and an immutable file answer no, for root too."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def is_damage(exc: BaseException) -> bool:
    """Whether a database error means the file could not be read back as it was written."""
    text = str(exc).lower()
    return isinstance(exc, sqlcipher3.DatabaseError) and any(
        word in text for word in ("malformed", "not a database", "corrupt", "disk i/o")
    )


def damage_message(path: Path, pages: list[int]) -> str:
    if not pages:
        return (
            f"{shown(path)} could not be read to the end: it is damaged. The file was not changed; "
            "run `vault check` on it and open a backup."
        )
    numbers = ", ".join(map(str, pages[:10])) + (" and more" if len(pages) > 10 else "")
    word, them = ("page", "it") if len(pages) == 1 else ("pages", "them")
    return (
        f"{shown(path)} is damaged: {word} {numbers} failed authentication. Nothing was read from "
        f"{them} and the file was not changed; open a backup."
    )


def remove_leftovers(path: Path) -> None:
    """Hidden part-written copies (``.partial``, with SQLite's ``-wal``, ``-shm`` and
    ``-journal`` beside them) that a killed creation, passphrase change, backup or upgrade
    left beside this vault. They are encrypted, but they are clutter and old key material.
    Only this vault's own are touched (not another vault's whose name begins the same);
    called only while its lock is held, so none of them is still being written."""
    stem = re.escape(path.stem)
    copies = rf"{stem}(?:-\d{{8}}-\d{{6}}|\.before-v\d+){re.escape(SUFFIX)}"
    remove_partials(path.parent, f"{re.escape(path.name)}|{copies}")


def unlock_key(path: Path, passphrase: str) -> tuple[bytes, bytes]:
    """Derive the vault's key from a passphrase (slow by design: run it off the UI thread)."""
    salt = pagefile.read_salt(Path(path))
    return derive_key(passphrase, salt), salt


BUSY = "other work (an import) is writing to it just now; try again when it is done"


class OtherWork(Exception):
    """A write refused while another thread's transaction is open."""


def _write_error(exc: Exception) -> VaultWriteError:
    error = VaultWriteError(
        f"The vault could not be saved: {_reason(exc)}. Everything saved before is intact."
    )
    error.reason = _reason(exc)
    return error


def _reason(exc: Exception) -> str:
    if isinstance(exc, OtherWork):
        return BUSY
    text = str(exc).lower()
    if "full" in text or "too large" in text:
        reason = "the disk is full"
    elif "disk i/o" in text:
        reason = "the disk could not be written (it may be full or failing)"
    elif "readonly" in text or "read-only" in text or "permission" in text:
        reason = "the file or folder is read-only"
    else:
        reason = str(exc)
    return reason


CACHE_KIB = 64 * 1024


def _connect(
    path: Path, key: bytes, salt: bytes, *, read_only: bool = False
) -> sqlcipher3.Connection:
    """Open and key a connection and prove the key fits; holds the file exclusively.
    A read-only vault is opened as unchanging: SQLite then needs no journal beside it."""
    if read_only:
        uri = f"{path.absolute().as_uri()}?mode=ro&immutable=1"
        conn = sqlcipher3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    else:
        conn = sqlcipher3.connect(
            str(path), isolation_level=None, timeout=0, check_same_thread=False
        )
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        # Off, on purpose. With it on, SQLCipher clears and locks (mlock) every allocation
        # SQLite makes, which made search, import and every page read four to five times
        # slower. What it would protect is already exposed elsewhere: the notes SQLite reads
        # become Python and Qt strings that are never cleared and can be swapped, so anyone
        # who can read this process's memory while the vault is open reads them there. What
        # does protect memory stays: a lock ends the process (Linux, macOS), the process is
        # not dumpable and writes no core file, and SQLCipher clears its own key material
        # when it frees it whatever this setting says.
        conn.execute("PRAGMA cipher_memory_security = OFF")
        conn.execute(f'PRAGMA key = "{key_pragma_value(key, salt)}"')
        # Exclusive mode before WAL: the WAL index stays in process memory (no -shm file)
        # and the lock, once taken, is held until close, which is our one-writer rule.
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        # Pages are decrypted as SQLite reads them; a cache that holds the search index's
        # busy pages (SQLite's default is 2 MB) keeps a search over years of notes as fast as
        # on a plain file. It fills only as pages are read.
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        text = str(exc)
        if "locked" in text or "busy" in text:
            raise VaultInUse(IN_USE) from None
        fits = pagefile.key_fits(path, key, salt)
        if "not a database" in text and not fits:
            raise WrongPassphrase("That passphrase does not open this vault.") from None
        if fits:  # name the pages, as a check would
            pages = pagefile.damaged_pages(path, key, salt)
            if pages:
                raise VaultDamaged(damage_message(path, pages)) from None
        raise VaultDamaged(
            f"{shown(path)} is damaged and cannot be opened ({text}). "
            "The file was not changed; open a backup instead."
        ) from None
    return conn


def _apply_settings(conn: sqlcipher3.Connection) -> None:
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA foreign_keys = ON")
    try:  # take the write lock now, so a second opener is refused at once
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("COMMIT")
    except sqlcipher3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise VaultInUse(IN_USE) from None
        raise


def digested_tables(conn: sqlcipher3.Connection) -> list[str]:
    """The tables a fingerprint reads: every one the vault holds, the first ones in the order
    earlier versions read them. The search index is read as its one table, not its parts."""
    present = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    later = [t for t in CHAIN_TABLES if t in present]  # version 3 on: keys and agreed versions
    first = [*CONTENT_TABLES, *later, "search_rows", "search_pending", "search_index"]
    rest = sorted(t for t in present - set(first) if not t.startswith(("search_index_", "sqlite_")))
    return first + rest


def content_digest(conn: sqlcipher3.Connection) -> str:
    """A fingerprint of every record, used to verify copies before trusting them."""
    digest = hashlib.sha256()
    for table in digested_tables(conn):
        digest.update(table.encode())
        for row in conn.execute(f"SELECT * FROM {table} ORDER BY rowid"):
            if table == "meta" and row[0] == rollback.META:
                continue  # the write count is bookkeeping, not a record
            digest.update(repr(tuple(row)).encode())
    return digest.hexdigest()


@dataclass
class CheckReport:
    pages: int
    damaged_pages: list[int] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    schema_version: int = 0

    @property
    def ok(self) -> bool:
        return not self.damaged_pages and not self.problems


class Vault:
    """An open vault. Use ``Vault.open`` or ``Vault.create``; close it when done."""

    def __init__(
        self,
        path: Path,
        conn: sqlcipher3.Connection,
        key: bytes,
        salt: bytes,
        *,
        passphrase: str | None = None,
        read_only: bool = False,
        lock: VaultLock | None = None,
    ):
        self.path = path
        self._conn: sqlcipher3.Connection | None = conn
        self._key = key
        self._salt = salt
        # Kept in memory only, like the key: every backup gets a fresh salt, so its key is
        # derived again from the passphrase.
        self._passphrase = passphrase
        self._read_only = read_only
        self.page_check: pagefile.PageCheck | None = None  # see _open_locked
        self._lock = lock
        self._depth = 0
        self._writer: int | None = None  # the thread whose transaction is open
        # Set when the vault has fewer writes than this computer saw it have (rollback).
        self.older_copy = rollback.older_message(path, self.writes)

    # -- opening and closing -------------------------------------------------------------

    @classmethod
    def create(
        cls,
        path: Path | str,
        passphrase: str,
        *,
        mode: str = "supervisor",
        owner: str = "",
        role: str | None = None,
        profile: Profile = STRONG,
    ) -> Vault:
        """Create a new vault file. Refuses to touch an existing file."""
        path = Path(path)
        if mode not in MODES:
            raise UsageError(f"mode must be one of: {', '.join(MODES)}")
        if not passphrase:
            raise UsageError("A vault needs a passphrase.")
        if path.exists():
            raise UsageError(f"{shown(path)} already exists; a new vault never replaces a file.")
        if not path.parent.is_dir():
            raise UsageError(f"The folder {shown(path.parent)} does not exist.")
        salt = new_salt(profile)
        key = derive_key(passphrase, salt)
        tmp = partial_name(path)
        try:
            conn = _connect(tmp, key, salt)
            _apply_settings(conn)
            with contextlib.closing(conn):
                _migrate(conn, tmp, backup=False, owner=owner)
                now = clock.now().isoformat(timespec="seconds")
                meta = {
                    "mode": mode,
                    "owner": owner,
                    "role": role or "",
                    "created": now,
                    CHAINS_ADOPTED: "1",
                }
                conn.execute("BEGIN")
                conn.executemany("INSERT INTO meta(key, value) VALUES (?, ?)", meta.items())
                conn.execute("COMMIT")
            fsync_file(tmp)
            publish(tmp, path, overwrite=False)
        except FileExistsError:
            raise UsageError(
                f"{shown(path)} already exists; a new vault never replaces a file."
            ) from None
        except sqlcipher3.Error as exc:
            raise _write_error(exc) from None
        finally:
            tmp.unlink(missing_ok=True)
        return cls.open_with_key(path, key, salt, passphrase=passphrase)

    @classmethod
    def open(
        cls,
        path: Path | str,
        passphrase: str,
        *,
        migrate: bool = True,
        check: bool = False,
        defer_pages: bool = False,
    ) -> Vault:
        path = Path(path)
        key, salt = unlock_key(path, passphrase)
        return cls.open_with_key(
            path,
            key,
            salt,
            migrate=migrate,
            passphrase=passphrase,
            check=check,
            defer_pages=defer_pages,
        )

    @classmethod
    def open_with_key(
        cls,
        path: Path | str,
        key: bytes,
        salt: bytes,
        *,
        migrate: bool = True,
        passphrase: str | None = None,
        check: bool = False,
        defer_pages: bool = False,
    ) -> Vault:
        """Open for use. Through a symbolic link, the real file is the vault (a backup or a
        passphrase change acts on it). ``check`` opens a vault with blank pages so that
        they can be reported; anything else refuses it. ``defer_pages`` (the app): blank
        pages are refused at once, and the other pages are authenticated by ``page_check``
        while the vault is open, refusing every write until it passes (see _open_locked)."""
        path = Path(path).resolve()
        read_only = not writable(path)
        lock = VaultLock(path)
        if not read_only:
            try:
                lock.acquire()
            except Busy:
                raise VaultInUse(IN_USE) from None
        try:
            return cls._open_locked(
                path,
                key,
                salt,
                migrate,
                passphrase,
                check,
                read_only=read_only,
                lock=lock,
                defer_pages=defer_pages,
            )
        except BaseException:
            lock.release()
            raise

    @classmethod
    def _open_locked(
        cls,
        path: Path,
        key: bytes,
        salt: bytes,
        migrate: bool,
        passphrase: str | None,
        check: bool,
        *,
        read_only: bool,
        lock: VaultLock,
        defer_pages: bool = False,
    ) -> Vault:
        # Every page is authenticated before anything is read from the file, so a flipped
        # bit, pages swapped or a page spliced in from another vault or a backup (each has a
        # salt, hence a MAC key, of its own) is refused at once, never worked on. A wiped page
        # fails too (SQLCipher itself would read it as empty). Read before SQLite holds the
        # file: closing our own handle later would drop its locks. A wrong key authenticates
        # no page; the connection then says so.
        #
        # The app may defer the full pass (``defer_pages``): SQLCipher authenticates every
        # page SQLite reads, and refuses a damaged one, with one exception, an all-zero page,
        # which it reads as empty. Those are looked for now (a fast search in C); the full
        # pass then runs beside the open window, and no write is allowed until it passes, so
        # what it finds is refused as before, only a moment later, and nothing is changed.
        later = None
        if not check and pagefile.key_fits(path, key, salt):
            if defer_pages:
                blank = pagefile.blank_pages(path)
                if blank:
                    raise VaultDamaged(damage_message(path, blank))
                later = pagefile.PageCheck(path, key, salt)
            else:
                damaged = pagefile.damaged_pages(path, key, salt)
                if damaged:
                    raise VaultDamaged(damage_message(path, damaged))
        try:
            vault = cls._connected(
                path, key, salt, migrate, passphrase, read_only=read_only, lock=lock, later=later
            )
        except BaseException as exc:
            if later is not None:
                later.close()
            if is_damage(exc):  # a page read while opening (schema, settings) failed: which?
                pages = pagefile.damaged_pages(path, key, salt)
                raise VaultDamaged(damage_message(path, pages)) from None
            raise
        return vault

    @classmethod
    def _connected(
        cls,
        path: Path,
        key: bytes,
        salt: bytes,
        migrate: bool,
        passphrase: str | None,
        *,
        read_only: bool,
        lock: VaultLock,
        later: pagefile.PageCheck | None,
    ) -> Vault:
        wal = Path(f"{path}-wal")
        if read_only and wal.exists() and wal.stat().st_size:
            raise VaultReadOnly(
                f"{shown(path)} is read-only and its journal holds changes not yet written into "
                "it. Copy the vault and the file beside it ending in -wal to a folder you can "
                "write, and open the copy."
            )
        if not read_only:
            remove_leftovers(path)
        conn = _connect(path, key, salt, read_only=read_only)
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version > schema.latest_version():
                raise VaultTooNew(
                    f"This vault was written by a newer version of Supervision Desk "
                    f"(format {version}; this version reads up to {schema.latest_version()}). "
                    "Update the app to open it; the vault was not changed."
                )
            if version == 0:
                raise VaultDamaged(
                    f"{shown(path)} holds no vault records (its creation never finished)."
                )
            if read_only:
                if version < schema.latest_version():
                    raise VaultReadOnly(
                        f"{shown(path)} is read-only and was written by an earlier version: it "
                        "must be upgraded before it can be read. Copy it to a folder you can write."
                    )
            else:
                _apply_settings(conn)
            if migrate and version < schema.latest_version():
                if later is not None:  # a migration writes: every page must be sound first
                    damaged = later.run()
                    if damaged:
                        raise VaultDamaged(damage_message(path, damaged))
                _migrate(conn, path, backup=True, key=key, salt=salt, passphrase=passphrase)
        except BaseException:
            conn.close()
            raise
        try:  # the write count and the meta table are read: a damaged page may hold them
            vault = cls(
                path, conn, key, salt, passphrase=passphrase, read_only=read_only, lock=lock
            )
            vault.page_check = later
            adopting = migrate and not read_only and vault.meta().get(CHAINS_ADOPTED) != "1"
            if later is not None and adopting and vault.schema_version >= schema.IDENTITY_SINCE:
                damaged = later.run()  # adopting writes: every page must be sound first
                if damaged:
                    raise VaultDamaged(damage_message(path, damaged))
            if migrate and not read_only:
                _adopt_chains(vault)
        except BaseException:
            conn.close()
            raise
        return vault

    def close(self) -> None:
        if self._conn is None:
            return
        from . import search  # the index catches up with anything saved while typing

        with contextlib.suppress(sqlcipher3.Error):
            rollback.remember(self.path, self.writes)
        conn, self._conn = self._conn, None
        self._passphrase = None
        if not self.read_only:
            with contextlib.suppress(sqlcipher3.Error):
                search.catch_up(conn)
            with contextlib.suppress(sqlcipher3.Error):
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.close()
        if self.page_check is not None:  # only now: SQLite has let the file go
            self.page_check.close()
        if self._lock is not None:
            self._lock.release()

    @property
    def writes(self) -> int:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (rollback.META,)).fetchone()
        try:
            return int(row[0]) if row else 0
        except (TypeError, ValueError):
            return 0

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def conn(self) -> sqlcipher3.Connection:
        if self._conn is None:
            raise UsageError("The vault is locked.")
        return self._conn

    # -- transactions --------------------------------------------------------------------

    @property
    def checking(self) -> bool:
        """Its pages are still being authenticated (see _open_locked): nothing is written."""
        return self.page_check is not None and not self.page_check.passed

    @property
    def read_only(self) -> bool:
        return self._read_only or self.checking

    @contextlib.contextmanager
    def write(self) -> Iterator[sqlcipher3.Connection]:
        """One all-or-nothing write. Nested uses join the outer transaction."""
        conn = self.conn
        if self.checking:
            raise VaultReadOnly(CHECKING)
        if self.read_only:
            raise VaultReadOnly(READ_ONLY)
        if self._depth:
            if self._writer != threading.get_ident():
                # Another thread's transaction is open (an import waiting for the user's
                # answer): joining it would have this write undone with it.
                raise _write_error(OtherWork(BUSY))
            self._depth += 1
            try:
                yield conn
            finally:
                self._depth -= 1
            return
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlcipher3.Error as exc:
            raise _write_error(exc) from None
        self._depth, self._writer = 1, threading.get_ident()
        try:
            yield conn
        except BaseException:
            self._depth, self._writer = 0, None
            with contextlib.suppress(sqlcipher3.Error):
                conn.execute("ROLLBACK")
            self._shrink_log()
            raise
        self._depth, self._writer = 0, None
        try:
            conn.execute(rollback.BUMP)  # one more write, so an older copy can be told apart
            conn.execute("COMMIT")
        except sqlcipher3.Error as exc:
            with contextlib.suppress(sqlcipher3.Error):
                conn.execute("ROLLBACK")
            raise _write_error(exc) from None

    LOG_KEPT = 32 * 1024 * 1024  # a write-ahead log larger than this is emptied after a rollback

    def _shrink_log(self) -> None:
        """A large write undone (an import cancelled) leaves its pages, encrypted, in the
        write-ahead log, which SQLite keeps at its largest size until the vault closes: an
        import of 180 MB left 344 MB beside the vault. Empty it once the rollback is done."""
        log = Path(f"{self.path}-wal")
        try:
            if log.stat().st_size > self.LOG_KEPT:
                self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except (OSError, sqlcipher3.Error):
            pass  # only space on disk is at stake; the vault is as it was either way

    # -- vault facts ---------------------------------------------------------------------

    def meta(self) -> dict[str, str]:
        return dict(self.conn.execute("SELECT key, value FROM meta").fetchall())

    def set_meta(self, **values: str) -> None:
        with self.write() as conn:
            conn.executemany(
                "INSERT INTO meta(key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                values.items(),
            )

    def delete_meta(self, key: str) -> None:
        with self.write() as conn:
            conn.execute("DELETE FROM meta WHERE key = ?", (key,))

    @property
    def mode(self) -> str:
        return self.meta().get("mode", "supervisor")

    @property
    def schema_version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    def compact(self) -> None:
        """Rebuild the file without free pages (temp data stays in memory: temp_store)."""
        if self.read_only:
            raise VaultReadOnly(READ_ONLY)
        try:
            self.conn.execute("VACUUM")
        except sqlcipher3.Error as exc:
            raise _write_error(exc) from None

    def digest(self) -> str:
        return content_digest(self.conn)

    def key_material(self) -> tuple[bytes, bytes, str | None]:
        """The key, salt and passphrase in memory, for quick unlock to seal (core only)."""
        self.conn  # noqa: B018 - a locked vault has none to give
        return self._key, self._salt, self._passphrase

    def damaged(self) -> VaultDamaged:
        """The error for a page found damaged while reading, naming every damaged page (a
        wiped page fails authentication too, so one pass over the file finds them all)."""
        pages = pagefile.damaged_pages(self.path, self._key, self._salt)
        return VaultDamaged(damage_message(self.path, pages))

    def verify_pages(self, progress: Callable[[int, int], None] | None = None) -> None:
        """Refuse to go on when any page is damaged: SQLCipher reads some damaged pages as
        zeros without an error, so a copy or an export checks every page first."""
        if pagefile.damaged_pages(self.path, self._key, self._salt, progress):
            raise self.damaged()

    # -- copies: backup and passphrase change --------------------------------------------

    def _copy_verified(
        self, dest_tmp: Path, key: bytes, salt: bytes, steps: Steps | None = None
    ) -> None:
        """Write an encrypted copy to ``dest_tmp`` and prove it opens and holds every record.
        ``steps`` (see ``backup``) hears how far each part has got, and may stop it."""
        steps = steps or Steps(None, {})
        pages = self.conn.execute("PRAGMA page_count").fetchone()[0]
        with watching(self.conn, steps.teller("digest", pages * DIGEST_STEPS)) as counted:
            expected = self.digest()
        # ``dest_tmp`` was made empty and owner-only (fsutil.partial_name): the copy stays so.
        target = sqlcipher3.connect(str(dest_tmp), isolation_level=None)
        copied = steps.reporter("copy")
        try:
            target.execute("PRAGMA cipher_log_level = NONE")
            target.execute(f'PRAGMA key = "{key_pragma_value(key, salt)}"')
            if copied is None:
                self.conn.backup(target)
            else:  # a megabyte at a time, so that the copy can be followed and stopped
                self.conn.backup(
                    target,
                    pages=COPY_STEP,
                    progress=lambda _status, left, total: copied(total - left, total),
                )
        except sqlcipher3.Error as exc:
            if is_damage(exc):  # the vault's own page, or the copy being written?
                pages = pagefile.damaged_pages(self.path, self._key, self._salt)
                if pages:
                    raise VaultDamaged(damage_message(self.path, pages)) from None
            raise _write_error(exc) from None
        finally:
            target.close()
        Path(f"{dest_tmp}-journal").unlink(missing_ok=True)
        fsync_file(dest_tmp)
        check = _connect(dest_tmp, key, salt)
        try:
            with watching(check, steps.teller("integrity", pages * INTEGRITY_STEPS)):
                ok = check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            # The copy holds what the vault holds: its fingerprint takes as many steps.
            with watching(check, steps.teller("same", counted[0] or pages * DIGEST_STEPS)):
                same = ok and content_digest(check) == expected
            if not same:
                raise VaultWriteError("The copy did not verify; nothing was replaced.")
        finally:
            check.close()

    def copy_key(self, passphrase: str | None = None) -> tuple[bytes, bytes]:
        """The key and salt for a copy of this vault: a salt of its own, and the key derived
        from the passphrase (slow by design). Touches neither the file nor the database."""
        passphrase = passphrase or self._passphrase
        if not passphrase:
            raise UsageError("A backup needs the vault's passphrase.")
        salt = new_salt(profile_for_salt(self._salt))
        return derive_key(passphrase, salt), salt

    def backup(
        self,
        dest: Path | str,
        passphrase: str | None = None,
        progress: Callable[[int, int], None] | None = None,
        key: tuple[bytes, bytes] | None = None,
    ) -> Path:
        """Write a verified encrypted copy that opens with the same passphrase. The copy has
        a salt of its own, so no page of it authenticates inside the vault or another copy.

        ``progress(done, total)`` hears how far the backup has got (checking the vault's
        pages and records, copying, checking the copy: one rising count); raising
        ``Cancelled`` from it stops the backup, and no file is left behind. ``key``: the
        copy's key and salt from ``copy_key``, derived beforehand."""
        if key is None and not (passphrase or self._passphrase):
            raise UsageError("A backup needs the vault's passphrase.")
        dest = Path(dest)
        if dest.is_dir():
            stamp = clock.now().strftime("%Y%m%d-%H%M%S")
            dest = dest / f"{self.path.stem}-{stamp}{SUFFIX}"
        if dest.exists() or dest.is_symlink():
            raise output_error(FileExistsError(), dest)
        if not dest.parent.is_dir():
            raise output_error(FileNotFoundError(), dest)
        if dest.resolve() == self.path.resolve():
            raise UsageError("A backup must go to a different file from the vault.")
        pages = max(1, self.path.stat().st_size // pagefile.PAGE_SIZE)
        # Each part's share of the bar, by how long it takes beside the others.
        steps = Steps(progress, {name: pages * weight for name, weight in BACKUP_WEIGHTS})
        # Never copy a damaged page into a backup that says it verified.
        self.verify_pages(steps.reporter("pages"))
        copy_key, salt = key or self.copy_key(passphrase)
        try:
            tmp = partial_name(dest)
        except OSError as exc:
            raise output_error(exc, dest) from None
        try:
            self._copy_verified(tmp, copy_key, salt, steps)
            steps.finish()  # the last chance to stop: before the copy takes its name
            publish(tmp, dest, overwrite=False)
        except OSError as exc:
            raise output_error(exc, dest) from None
        except VaultWriteError as exc:
            raise OutputError(
                f"{shown(dest)} was not written: {exc.reason}. Nothing half-written was left."
            ) from None
        finally:
            tmp.unlink(missing_ok=True)
            Path(f"{tmp}-journal").unlink(missing_ok=True)  # a copy stopped part way
        return dest

    def passphrase_matches(self, passphrase: str) -> bool:
        """Whether ``passphrase`` opens this vault (derives the key again: slow by design)."""
        import hmac

        return hmac.compare_digest(derive_key(passphrase, self._salt), self._key)

    def change_passphrase(self, new_passphrase: str, *, profile: Profile = STRONG) -> None:
        """Re-encrypt under a new passphrase. At every instant exactly one passphrase opens
        the file at ``self.path``: the old one until the verified copy replaces it."""
        if not new_passphrase:
            raise UsageError("The new passphrase is empty.")
        if self.read_only:
            raise VaultReadOnly(READ_ONLY)
        salt = new_salt(profile)
        key = derive_key(new_passphrase, salt)
        tmp = partial_name(self.path)
        try:
            self._copy_verified(tmp, key, salt)
            self.close()  # checkpoints the WAL into the old file and removes it
            if Path(f"{self.path}-wal").exists():
                raise VaultWriteError("The vault's journal could not be emptied; nothing changed.")
            publish(tmp, self.path, overwrite=True, keep_mode=True)
        except BaseException:
            if self._conn is None:
                self._conn = _connect(self.path, self._key, self._salt)
                _apply_settings(self._conn)
            raise
        finally:
            tmp.unlink(missing_ok=True)
        self._key, self._salt, self._passphrase = key, salt, new_passphrase
        self._conn = _connect(self.path, key, salt)
        _apply_settings(self._conn)

    # -- checks --------------------------------------------------------------------------

    def check(self) -> CheckReport:
        """Authenticate every page, then SQLite's own integrity and reference checks."""
        report = CheckReport(pages=self.path.stat().st_size // pagefile.PAGE_SIZE)
        report.damaged_pages = pagefile.damaged_pages(self.path, self._key, self._salt)
        try:
            report.schema_version = self.schema_version
            rows = [r[0] for r in self.conn.execute("PRAGMA integrity_check")]
            if rows != ["ok"]:
                report.problems.extend(rows)
            broken = self.conn.execute("PRAGMA foreign_key_check").fetchall()
            report.problems.extend(f"{t} row {r} refers to a missing record" for t, r, *_ in broken)
            if report.schema_version >= schema.IDENTITY_SINCE and not report.damaged_pages:
                from . import chain  # every agreed version's hash and signatures

                report.problems.extend(chain.check_chains(self))
        except sqlcipher3.DatabaseError as exc:
            report.problems.append(f"the database could not be read to the end: {exc}")
        return report


def _migrate(
    conn: sqlcipher3.Connection,
    path: Path,
    *,
    backup: bool,
    key: bytes | None = None,
    salt: bytes | None = None,
    passphrase: str | None = None,
    owner: str = "",
) -> None:
    """Bring the schema to the latest version, one numbered migration per transaction."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version >= schema.latest_version():
        return
    if backup and key is not None and salt is not None:
        dest = path.with_name(f"{path.stem}.before-v{schema.latest_version()}{SUFFIX}")
        if not dest.exists():
            if not passphrase:
                raise UsageError("This vault must be upgraded: open it with its passphrase.")
            Vault(path, conn, key, salt).backup(dest, passphrase)
            fsync_dir(dest.parent)
    # A migration may rebuild a table that others refer to; foreign keys are switched off
    # while it runs (SQLite's own procedure) and every reference is checked before it commits.
    conn.execute("PRAGMA foreign_keys = OFF")
    try:
        for number in range(version + 1, schema.latest_version() + 1):
            try:
                conn.execute("BEGIN IMMEDIATE")
                for statement in _statements(schema.MIGRATIONS[number - 1]):
                    conn.execute(statement)
                if number == schema.IDENTITY_SINCE:
                    from . import identity  # its keys are made only when a vault gains one

                    row = conn.execute("SELECT value FROM meta WHERE key = 'owner'").fetchone()
                    identity.ensure(conn, row[0] if row else owner)
                broken = conn.execute("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise VaultDamaged(
                        f"The vault's records do not refer to each other correctly "
                        f"({len(broken)} broken references); it was not upgraded."
                    )
                conn.execute(f"PRAGMA user_version = {number}")
                conn.execute("COMMIT")
            except (sqlcipher3.Error, VaultDamaged) as exc:
                with contextlib.suppress(sqlcipher3.Error):
                    conn.execute("ROLLBACK")
                if isinstance(exc, VaultDamaged):
                    raise
                raise _write_error(exc) from None
    finally:
        conn.execute("PRAGMA foreign_keys = ON")
    conn.execute(
        "INSERT INTO meta(key, value) VALUES ('written_by', ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (__version__,),
    )


CHAINS_ADOPTED = "chains_adopted"


def _adopt_chains(vault: Vault) -> None:
    """Once, after the upgrade to version 3: records agreed before chains existed become
    versions recorded by the supervisor (core/chain.py). One transaction, marked done in it."""
    if vault.schema_version < schema.IDENTITY_SINCE or vault.meta().get(CHAINS_ADOPTED) == "1":
        return
    from . import chain

    try:
        with vault.write():
            chain.adopt(vault)
            vault.set_meta(**{CHAINS_ADOPTED: "1"})
    except sqlcipher3.Error as exc:
        raise _write_error(exc) from None


def _statements(script: str) -> list[str]:
    """Split a migration script into statements (executescript would commit on its own)."""
    parts, current = [], []
    for line in script.splitlines():
        if line.strip().startswith("--"):
            continue
        current.append(line)
        joined = "\n".join(current)
        if sqlcipher3.complete_statement(joined):
            parts.append(joined.strip())
            current = []
    return [p for p in parts if p]
