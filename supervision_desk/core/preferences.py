"""The desktop app's own settings, declared once: name, type, default and the check each value
passes when it is read. A value on disk that fails (a hand-edited file, an older version) falls
back to the default with a warning in the log; it never stops the app starting.

Settings that change figures (the tracker's policy) live in the vault instead, so the command
line and the app agree; these are about this computer only.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

log = logging.getLogger(__name__)


class Store(Protocol):
    """What a settings file offers (QSettings does)."""

    def value(self, key: str, default: Any = None) -> Any: ...
    def setValue(self, key: str, value: Any) -> None: ...


@dataclass(frozen=True)
class Setting:
    key: str
    default: Any
    convert: Callable[[Any], Any]  # raises ValueError or TypeError for a bad value


def _minutes(value: Any) -> int:
    minutes = int(float(str(value).strip()))
    if not 1 <= minutes <= 240:
        raise ValueError("idle minutes must be from 1 to 240")
    return minutes


def _paths(value: Any) -> list[str]:
    items = [value] if isinstance(value, str) else list(value or [])
    if not all(isinstance(p, str) for p in items):
        raise TypeError("recent vaults must be paths")
    return [p for p in items if p][:8]


def _choice(*choices: str) -> Callable[[Any], str]:
    def convert(value: Any) -> str:
        if value not in choices:
            raise ValueError(f"must be one of {', '.join(choices)}")
        return value

    return convert


def _zoom(value: Any) -> int:
    percent = int(float(str(value).strip()))
    if not 50 <= percent <= 300:
        raise ValueError("text size must be from 50% to 300%")
    return percent


def _keep(value: Any) -> int:
    count = int(float(str(value).strip()))
    if not 0 <= count <= 60:
        raise ValueError("backups kept must be from 0 (off) to 60")
    return count


SETTINGS = {
    s.key: s
    for s in (
        Setting("lock/idle_minutes", 5, _minutes),
        Setting("vaults/recent", [], _paths),
        Setting("view/theme", "system", _choice("system", "light", "dark")),
        Setting("view/text_size", 100, _zoom),
        Setting("backup/auto_keep", 7, _keep),  # 0 turns automatic backups off
        Setting("spelling/language", "en_GB", _choice("en_GB", "en_US", "off")),
    )
}


def read(store: Store, key: str) -> Any:
    """The setting's value, or its default (with a warning) if the stored value is unusable."""
    setting = SETTINGS[key]
    raw = store.value(key, None)
    if raw is None:
        return setting.default
    try:
        return setting.convert(raw)
    except (ValueError, TypeError) as exc:
        log.warning("Setting %s has an unusable value; using %r (%s)", key, setting.default, exc)
        return setting.default


def write(store: Store, key: str, value: Any) -> Any:
    """Check and store a value; returns it in canonical form. Raises ValueError if unusable."""
    clean = SETTINGS[key].convert(value)
    store.setValue(key, clean)
    return clean
