"""Fields for secrets (passphrases, PINs, PDF passwords) that say nothing of what is typed to
assistive technology.

Qt's own interface for a password field reports a bullet per character (its length) and
offers a text interface, and with a text interface the accessibility bridge passes every
insertion on the bus. A secret field is given instead an interface with no text interface
and an empty value: a screen reader hears its name ("Passphrase") and that it is a password
field, nothing else. Text events for it are dropped by the bridge, which sends them only for
objects with a text interface.
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAccessibleWidget, QLineEdit

SECRET = "secret"  # the property that marks a field as holding a secret
_installed = False


class SilentField(QAccessibleWidget):
    """What assistive technology sees of a secret field: its name, role and state only."""

    def __init__(self, field: QLineEdit):
        super().__init__(field, QAccessible.Role.EditableText)

    def text(self, kind: QAccessible.Text) -> str:
        if kind in (QAccessible.Text.Name, QAccessible.Text.Description, QAccessible.Text.Help):
            return super().text(kind)
        return ""  # the value, and anything else that could carry the text

    def state(self) -> QAccessible.State:
        state = super().state()
        state.passwordEdit = True
        state.editable = True
        return state


def is_secret(field: QLineEdit) -> bool:
    return bool(field.property(SECRET)) or field.echoMode() != QLineEdit.EchoMode.Normal


def _factory(_class_name: str, obj) -> SilentField | None:
    if isinstance(obj, QLineEdit) and is_secret(obj):
        return SilentField(obj)
    return None


def install() -> None:
    """Once, after the application object exists (before it, Qt never asks the factory)."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True


def mark(*fields: QLineEdit) -> None:
    """Keep these fields silent even while their text is shown (a suggested passphrase)."""
    for field in fields:
        field.setProperty(SECRET, True)
