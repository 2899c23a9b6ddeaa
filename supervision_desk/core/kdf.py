"""Turning a passphrase into the vault's raw key.

The vault's first 16 bytes are SQLCipher's salt. We make it 12 random bytes followed by a
4-byte marker that names the key-derivation profile, so a vault file says how its key is
derived and needs no companion file.
"""

from __future__ import annotations

import os
import unicodedata
from dataclasses import dataclass

from .errors import VaultDamaged

SALT_SIZE = 16
RANDOM_SIZE = 12


@dataclass(frozen=True)
class Profile:
    marker: bytes
    memory_kib: int
    passes: int
    parallelism: int
    description: str


STRONG = Profile(b"SDA1", 256 * 1024, 3, 4, "Argon2id, 256 MiB, 3 passes, 4 lanes")
# Only for tests and benchmarks that build many vaults; production code never creates these.
FAST = Profile(b"SDT1", 8 * 1024, 1, 1, "Argon2id, 8 MiB, 1 pass, 1 lane (test vaults only)")

PROFILES = {p.marker: p for p in (STRONG, FAST)}


def new_salt(profile: Profile) -> bytes:
    return os.urandom(RANDOM_SIZE) + profile.marker


def profile_for_salt(salt: bytes) -> Profile:
    profile = PROFILES.get(salt[RANDOM_SIZE:SALT_SIZE])
    if profile is None:
        raise VaultDamaged("This file is not a Supervision Desk vault, or its header is damaged.")
    return profile


def normalise(passphrase: str) -> bytes:
    """The same words typed on any keyboard give the same key (Unicode NFC, UTF-8)."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def derive_key(passphrase: str, salt: bytes) -> bytes:
    """Argon2id over the passphrase with the full 16-byte salt; returns the 32-byte raw key."""
    # Imported here: opening with a key already derived (a quick unlock, a relaunch after a
    # lock) never needs argon2, and its import is a few milliseconds of start-up.
    from argon2.low_level import Type, hash_secret_raw

    profile = profile_for_salt(salt)
    return hash_secret_raw(
        secret=normalise(passphrase),
        salt=salt,
        time_cost=profile.passes,
        memory_cost=profile.memory_kib,
        parallelism=profile.parallelism,
        hash_len=32,
        type=Type.ID,
    )


def key_pragma_value(key: bytes, salt: bytes) -> str:
    """SQLCipher's raw-key form: x'<64 hex key><32 hex salt>'."""
    return f"x'{key.hex()}{salt.hex()}'"
