"""PDF documents (reportlab platypus): render to bytes, then ``write`` them atomically,
optionally encrypted with AES-256."""

from .base import encrypt, write
from .documents import (
    agreed_record,
    agreement_document,
    case_extract,
    journal_export,
    person_summary,
    session_record,
    team_summary,
)

__all__ = [
    "agreed_record",
    "agreement_document",
    "case_extract",
    "encrypt",
    "journal_export",
    "person_summary",
    "session_record",
    "team_summary",
    "write",
]
