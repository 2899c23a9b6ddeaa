"""The desks a vault is paired with (its contacts), as the People page shows them: read
without the exchange code, which the window does not need to show who is paired."""

from __future__ import annotations

from dataclasses import dataclass

from . import identity, labels
from .vault import Vault


@dataclass(frozen=True)
class Contact:
    person: str
    public: identity.PublicIdentity
    checked: str  # the day the fingerprint was checked

    @property
    def fingerprint(self) -> str:
        return self.public.fingerprint


def _contact_rows(vault: Vault, where: str = "", params: tuple = ()) -> list[Contact]:
    rows = vault.conn.execute(
        "SELECT person, name, role, signing_key, age_recipient, certificate, checked "
        f"FROM contacts {where} ORDER BY person",
        params,
    )
    return [
        Contact(r[0], identity.PublicIdentity(r[1], r[2], bytes(r[3]), r[4], bytes(r[5])), r[6])
        for r in rows
    ]


def contacts(vault: Vault) -> list[Contact]:
    return _contact_rows(vault)


def contact_for(vault: Vault, person_id: str) -> Contact | None:
    found = _contact_rows(vault, "WHERE person = ?", (person_id,))
    return found[0] if found else None


def pairing_text(vault: Vault, person_id: str) -> str:
    """What a person's record says about pairing."""
    found = contact_for(vault, person_id)
    if found is None:
        return "not paired"
    return f"paired; fingerprint checked on {labels.long_date(found.checked)}"
