"""Standard PDF signatures (PAdES baseline, with pyHanko) on agreed records, and reading them back.

Each party signs with its vault's ECDSA P-256 key and self-signed certificate (core/identity.py).
A signature is added as an incremental update, so a second party's signature leaves the first
one's signed bytes untouched and both stay valid. Any PDF reader can check that a signature is
intact; whether its certificate belongs to a person the user has paired with is decided here by
comparing certificates byte for byte, since no certificate authority vouches for them.
"""

from __future__ import annotations

import contextlib
import io
import logging
from dataclasses import dataclass

from ..errors import BadInput

# Changes after a signature that leave what it signed as it was: more signatures, and the
# housekeeping that comes with them. Anything beyond (new page content, annotations) is a change.
_HARMLESS = ("NONE", "LTA_UPDATES", "FORM_FILLING")


@dataclass(frozen=True)
class SignatureCheck:
    field: str
    signer: str  # the certificate's common name
    fingerprint: str  # the identity fingerprint the certificate names ('' if none)
    certificate: bytes  # DER
    trusted: bool  # the certificate is one of those the caller trusts
    intact: bool  # the signed bytes are as they were signed
    valid: bool  # intact, and the signature itself verifies with the certificate's key
    whole_document: bool  # the signature covers the file to its last byte
    changed_after: bool  # something other than more signatures was added after it
    signed_at: str  # ISO time the signer's computer gave, '' if none
    reason: str

    @property
    def sound(self) -> bool:
        """Intact, valid, from a trusted certificate, and nothing changed since."""
        return self.trusted and self.intact and self.valid and not self.changed_after


def _signer(identity):
    from asn1crypto import keys, x509
    from pyhanko.sign import signers

    return signers.SimpleSigner(
        signing_cert=x509.Certificate.load(identity.certificate),
        signing_key=keys.PrivateKeyInfo.load(identity.pdf_key),
        cert_registry=None,
    )


def _writer(pdf_bytes: bytes, password: str | None):
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.misc import PdfReadError

    try:
        writer = IncrementalPdfFileWriter(io.BytesIO(pdf_bytes), strict=False)
    except (PdfReadError, ValueError, KeyError) as exc:
        raise BadInput(f"That PDF cannot be read for signing ({type(exc).__name__}).") from None
    if writer.prev.encrypted:
        if not password:
            raise BadInput("That PDF is encrypted; its password is needed to sign it.")
        writer.encrypt(password.encode("utf-8"))
    return writer


def sign(
    pdf_bytes: bytes, identity, *, name: str, reason: str, password: str | None = None
) -> bytes:
    """The PDF with one more signature by ``identity``, added after whatever it holds."""
    from pyhanko.sign import fields, signers

    writer = _writer(pdf_bytes, password)
    taken = {f[0] for f in fields.enumerate_sig_fields(writer.prev, filled_status=None)}
    field = next(
        f"Signature {n}" for n in range(1, len(taken) + 2) if f"Signature {n}" not in taken
    )
    meta = signers.PdfSignatureMetadata(
        field_name=field,
        name=name or None,
        reason=reason or None,
        subfilter=fields.SigSeedSubFilter.PADES,
        md_algorithm="sha256",
    )
    # An invisible signature's widget is an annotation a screen reader would meet untagged;
    # PDF/UA lets it be if it lies outside the page (tagging it would need a change to the
    # structure tree, which a second signature would then count as a change after the first).
    spec = fields.SigFieldSpec(
        field, invis_sig_settings=fields.InvisSigSettings(box_out_of_bounds=True)
    )
    out = signers.PdfSigner(meta, _signer(identity), new_field_spec=spec).sign_pdf(writer)
    return out.getvalue()


def _subject(certificate) -> tuple[str, str]:
    native = certificate.subject.native
    return native.get("common_name", ""), native.get("serial_number", "")


@contextlib.contextmanager
def _quiet():
    """pyHanko logs a warning, with a traceback, for every certificate no authority vouches
    for, which is every one here: the verdict is reported instead."""
    loggers = [logging.getLogger(n) for n in ("pyhanko", "pyhanko_certvalidator")]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.setLevel(level)


def inspect(
    pdf_bytes: bytes, trusted_certificates: list[bytes], *, password: str | None = None
) -> list[SignatureCheck]:
    """Every signature in the PDF, oldest first, and what can be said of each."""
    from asn1crypto import x509
    from pyhanko.pdf_utils.misc import PdfReadError
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    try:
        reader = PdfFileReader(io.BytesIO(pdf_bytes), strict=False)
        if reader.encrypted:
            if not password:
                raise BadInput("That PDF is encrypted; give its password.")
            reader.decrypt(password.encode("utf-8"))
        embedded = list(reader.embedded_signatures)
    except (PdfReadError, ValueError, KeyError) as exc:
        raise BadInput(f"That PDF cannot be read ({type(exc).__name__}).") from None
    trusted = set(trusted_certificates)
    roots = [x509.Certificate.load(der) for der in trusted]
    context = ValidationContext(trust_roots=roots, allow_fetching=False)
    found = []
    for signature in embedded:
        certificate = signature.signer_cert
        der = certificate.dump()
        common_name, fingerprint = _subject(certificate)
        try:
            with _quiet():
                status = validate_pdf_signature(signature, context)
            intact, valid = status.intact, status.valid
            whole = status.coverage.name == "ENTIRE_FILE"
            level = status.modification_level.name if status.modification_level else "OTHER"
            changed = not whole and (level not in _HARMLESS or not status.docmdp_ok)
        except Exception:  # a malformed signature is reported, not raised
            intact = valid = whole = False
            changed = True
        stamp = signature.self_reported_timestamp
        found.append(
            SignatureCheck(
                field=signature.field_name,
                signer=common_name,
                fingerprint=fingerprint,
                certificate=der,
                trusted=der in trusted,
                intact=intact,
                valid=valid,
                whole_document=whole,
                changed_after=changed,
                signed_at=stamp.isoformat(timespec="seconds") if stamp else "",
                reason=str(signature.sig_object.get("/Reason", "")),
            )
        )
    return found
