"""Quick unlock: after a full unlock, a short PIN reopens the vault for up to 8 hours.

The vault's key (and passphrase, which backups need) stay in memory only, sealed with
AES-256-GCM under a key derived from the PIN with Argon2id. Nothing is written to disk, so a
restart needs the full passphrase; so do three wrong PINs, which forget the sealed key.
A PIN is short, so this guards an unattended, locked screen, not a copied memory image: the
full passphrase still protects the file itself.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from pathlib import Path

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from .errors import DeskError, UsageError, WrongPassphrase
from .kdf import normalise
from .vault import Vault

HOURS = 8
TRIES = 3
MIN_LENGTH = 6
MAX_LENGTH = 64
# Quick enough to type past, slow enough that guessing PINs from memory takes real work.
_PASSES, _MEMORY_KIB, _LANES = 2, 64 * 1024, 1


class WrongPin(WrongPassphrase):
    pass


class QuickUnlockGone(DeskError):
    """Quick unlock can no longer be used: enter the full passphrase."""

    exit_code = 3


@dataclass
class QuickUnlock:
    path: Path
    _salt: bytes = field(repr=False)
    _nonce: bytes = field(repr=False)
    _sealed: bytes | None = field(repr=False)
    expires: float  # time.monotonic() after which it is forgotten
    tries_left: int = TRIES

    def usable(self, now: float | None = None) -> bool:
        now = time.monotonic() if now is None else now
        if self._sealed is not None and now >= self.expires:
            self.forget()
        return self._sealed is not None and self.tries_left > 0

    def forget(self) -> None:
        self._sealed = None
        self.tries_left = 0

    def hand_over(self) -> dict[str, object]:
        """What a locked restart needs to go on (the sealed key, never the key itself)."""
        sealed = self._sealed or b""
        return {
            "path": str(self.path),
            "salt": self._salt.hex(),
            "nonce": self._nonce.hex(),
            "sealed": sealed.hex(),
            "expires": self.expires,
            "tries_left": self.tries_left,
        }

    @classmethod
    def taken_over(cls, data: dict[str, object]) -> QuickUnlock | None:
        """The quick unlock handed over by ``hand_over``; ``None`` if it is not whole."""
        try:
            quick = cls(
                Path(str(data["path"])),
                bytes.fromhex(str(data["salt"])),
                bytes.fromhex(str(data["nonce"])),
                bytes.fromhex(str(data["sealed"])) or None,
                float(data["expires"]),  # type: ignore[arg-type]
                int(data["tries_left"]),  # type: ignore[call-overload]
            )
        except (KeyError, TypeError, ValueError):
            return None
        return quick if quick.usable() else None


def _pin_key(pin: str, salt: bytes) -> bytes:
    return hash_secret_raw(normalise(pin), salt, _PASSES, _MEMORY_KIB, _LANES, 32, Type.ID)


def check_pin(pin: str) -> None:
    if len(pin.strip()) < MIN_LENGTH:
        raise UsageError(f"A PIN needs at least {MIN_LENGTH} characters.")
    if len(pin) > MAX_LENGTH:
        raise UsageError(f"A PIN has at most {MAX_LENGTH} characters.")


def enable(
    vault: Vault, pin: str, *, hours: float = HOURS, now: float | None = None
) -> QuickUnlock:
    """Seal the open vault's key under ``pin``; refused for a vault opened without its
    passphrase (a backup could not be made after a quick unlock)."""
    check_pin(pin)
    key, salt, passphrase = vault.key_material()
    if not passphrase:
        raise UsageError("Quick unlock needs a vault opened with its passphrase.")
    pin_salt, nonce = os.urandom(16), os.urandom(12)
    payload = key + salt + passphrase.encode("utf-8")
    sealed = AESGCM(_pin_key(pin, pin_salt)).encrypt(nonce, payload, str(vault.path).encode())
    start = time.monotonic() if now is None else now
    return QuickUnlock(vault.path, pin_salt, nonce, sealed, start + hours * 3600)


def open_vault(quick: QuickUnlock, pin: str, *, now: float | None = None) -> Vault:
    if not quick.usable(now):
        raise QuickUnlockGone("Quick unlock has ended; enter the full passphrase.")
    try:
        assert quick._sealed is not None
        payload = AESGCM(_pin_key(pin, quick._salt)).decrypt(
            quick._nonce, quick._sealed, str(quick.path).encode()
        )
    except InvalidTag:
        quick.tries_left -= 1
        if quick.tries_left <= 0:
            quick.forget()
            raise QuickUnlockGone(
                f"{TRIES} wrong PINs: quick unlock has ended. Enter the full passphrase."
            ) from None
        tries = "try" if quick.tries_left == 1 else "tries"
        raise WrongPin(f"That PIN is not right; {quick.tries_left} {tries} left.") from None
    # Wrong tries are not forgiven by a right one: three in all, for the whole quick-unlock
    # period, so guessing cannot go on two at a time between the user's own unlocks.
    key, salt, passphrase = payload[:32], payload[32:48], payload[48:].decode("utf-8")
    return Vault.open_with_key(quick.path, key, salt, passphrase=passphrase)
