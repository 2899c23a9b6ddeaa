"""A vault's identity: the keys with which it signs agreed records and receives exchange files.

Each vault holds three private keys inside its encryption, made when the vault is created (or
when an older vault is upgraded):
- an Ed25519 key that signs agreed versions and exchange files;
- an age X25519 identity, to which exchange files for this vault are encrypted;
- an ECDSA P-256 key with a self-signed certificate, for standard PDF signatures (PAdES), since
  PDF readers check ECDSA everywhere and Ed25519 only in some.

The fingerprint people compare in person is a SHA-256 over the three public halves, shown as
eight groups of five digits. The certificate names the fingerprint, so a PDF signature can be
tied to the identity a person checked.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from typing import Any

from . import clock

# The cryptography package (about 40 ms to import, most of it x509) and pyrage are imported
# inside the functions that use them: opening a vault and showing the window never need
# these keys.

GROUPS = 8


@dataclass(frozen=True)
class PublicIdentity:
    """What a contact file carries and what another vault keeps of this one."""

    name: str
    role: str
    signing_key: bytes  # Ed25519, raw 32 bytes
    age_recipient: str  # "age1..."
    certificate: bytes  # DER, ECDSA P-256, self-signed

    @property
    def fingerprint(self) -> str:
        return fingerprint_of(self.signing_key, self.age_recipient, self.certificate)


@dataclass(frozen=True)
class Identity:
    """This vault's own keys (private halves included)."""

    signing_key: bytes  # Ed25519 private, raw 32 bytes
    age_identity: str  # "AGE-SECRET-KEY-1..."
    pdf_key: bytes  # PKCS#8 DER, ECDSA P-256
    certificate: bytes  # DER
    created: str

    def public(self, name: str = "", role: str = "") -> PublicIdentity:
        return PublicIdentity(
            name=name,
            role=role,
            signing_key=self.signing_public_key,
            age_recipient=self.age_recipient,
            certificate=self.certificate,
        )

    @property
    def signing_public_key(self) -> bytes:
        from cryptography.hazmat.primitives import serialization
        from cryptography.hazmat.primitives.asymmetric import ed25519

        private = ed25519.Ed25519PrivateKey.from_private_bytes(self.signing_key)
        return private.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )

    @property
    def age_recipient(self) -> str:
        import pyrage

        return str(pyrage.x25519.Identity.from_str(self.age_identity).to_public())

    @property
    def fingerprint(self) -> str:
        return fingerprint_of(self.signing_public_key, self.age_recipient, self.certificate)

    def sign(self, message: bytes) -> bytes:
        from cryptography.hazmat.primitives.asymmetric import ed25519

        return ed25519.Ed25519PrivateKey.from_private_bytes(self.signing_key).sign(message)


def _pdf_public_der(certificate: bytes) -> bytes:
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization

    cert = x509.load_der_x509_certificate(certificate)
    return cert.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def _digest(signing_key: bytes, age_recipient: str, pdf_public: bytes) -> bytes:
    hasher = hashlib.sha256(b"supervision-desk identity 1\n")
    for part in (signing_key, age_recipient.encode("ascii"), pdf_public):
        hasher.update(len(part).to_bytes(4, "big") + part)
    return hasher.digest()


def _as_digits(digest: bytes) -> str:
    groups = [
        f"{int.from_bytes(digest[i * 4 : i * 4 + 4], 'big') % 100_000:05d}" for i in range(GROUPS)
    ]
    return " ".join(groups)


def fingerprint_of(signing_key: bytes, age_recipient: str, certificate: bytes) -> str:
    """Eight groups of five digits, to read aloud and compare in person."""
    return _as_digits(_digest(signing_key, age_recipient, _pdf_public_der(certificate)))


def normalise_fingerprint(text: str) -> str:
    """A fingerprint as typed (spaces, dashes or none) in its printed form; '' if it is not
    forty digits."""
    digits = "".join(ch for ch in text if ch.isdigit())
    if len(digits) != GROUPS * 5 or any(ch not in "0123456789 -\t" for ch in text.strip()):
        return ""
    return " ".join(digits[i : i + 5] for i in range(0, len(digits), 5))


def verify_signature(public_key: bytes, signature: bytes, message: bytes) -> bool:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric import ed25519

    try:
        ed25519.Ed25519PublicKey.from_public_bytes(public_key).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


def new_identity(owner: str = "") -> Identity:
    """Fresh keys, and a certificate naming the owner and the fingerprint."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec, ed25519
    from cryptography.x509.oid import NameOID

    signing = ed25519.Ed25519PrivateKey.generate()
    signing_public = signing.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    import pyrage

    age = pyrage.x25519.Identity.generate()
    pdf_key = ec.generate_private_key(ec.SECP256R1())
    pdf_public = pdf_key.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    fingerprint = _as_digits(_digest(signing_public, str(age.to_public()), pdf_public))
    now = clock.now().astimezone(dt.UTC)
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, owner.strip()[:64] or "Supervision Desk vault"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Supervision Desk identity"),
            x509.NameAttribute(NameOID.SERIAL_NUMBER, fingerprint),
        ]
    )
    certificate = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(pdf_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=365 * 50))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .sign(pdf_key, hashes.SHA256())
    )
    return Identity(
        signing_key=signing.private_bytes(
            serialization.Encoding.Raw,
            serialization.PrivateFormat.Raw,
            serialization.NoEncryption(),
        ),
        age_identity=str(age),
        pdf_key=pdf_key.private_bytes(
            serialization.Encoding.DER,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        ),
        certificate=certificate.public_bytes(serialization.Encoding.DER),
        created=clock.now().isoformat(timespec="seconds"),
    )


def ensure(conn: Any, owner: str = "") -> None:
    """Give a vault its identity if it has none (a new vault, or one just upgraded to
    version 3). Runs inside the caller's transaction."""
    if conn.execute("SELECT 1 FROM identity WHERE id = 1").fetchone():
        return
    made = new_identity(owner)
    conn.execute(
        "INSERT INTO identity (id, signing_key, age_identity, pdf_key, certificate, created) "
        "VALUES (1, ?, ?, ?, ?, ?)",
        (made.signing_key, made.age_identity, made.pdf_key, made.certificate, made.created),
    )


def load(vault: Any) -> Identity:
    """This vault's identity (every vault at version 3 has one)."""
    row = vault.conn.execute(
        "SELECT signing_key, age_identity, pdf_key, certificate, created FROM identity WHERE id = 1"
    ).fetchone()
    if row is None:
        from .errors import VaultDamaged

        raise VaultDamaged("This vault has lost its identity keys.")
    return Identity(bytes(row[0]), row[1], bytes(row[2]), bytes(row[3]), row[4])


def public(vault: Any) -> PublicIdentity:
    meta = vault.meta()
    return load(vault).public(meta.get("owner", ""), meta.get("role", ""))
