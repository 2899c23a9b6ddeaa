"""Spelling, offline: the bundled Hunspell dictionaries read by spylls, and the user's own
words kept inside the vault (they hold names, so they never go anywhere else).

Looking a word up takes a fraction of a millisecond and every answer is remembered, so
checking as someone types costs next to nothing; loading a dictionary takes about a second
and suggestions a few tenths, so both run only off the typing path.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

from ..paths import resource
from .errors import ValidationError
from .vault import Vault

LANGUAGES = {"en_GB": "English (United Kingdom)", "en_US": "English (United States)"}
DEFAULT = "en_GB"
META_KEY = "personal_words"
MAX_WORD = 60
# Letters (any script) with inner apostrophes or hyphens: "don't", "multi-agency".
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def words(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, length, word) for every word worth checking in a line of text."""
    for match in _WORD.finditer(text):
        word = match.group()
        if len(word) < 2 or word.isupper():  # initials and acronyms (YOT, CSE) pass
            continue
        yield match.start(), len(word), word


def dictionary_path(language: str) -> Path:
    return resource("dictionaries", language)


class Checker:
    """One language's dictionary plus the user's own words."""

    def __init__(self, language: str = DEFAULT):
        if language not in LANGUAGES:
            raise ValidationError("language", f"must be one of {', '.join(LANGUAGES)}")
        from spylls.hunspell import Dictionary  # about a second: callers load off the UI thread

        self.language = language
        self._dictionary = Dictionary.from_files(str(dictionary_path(language)))
        self._known: dict[str, bool] = {}
        self.personal: set[str] = set()

    def known(self, word: str) -> bool:
        if word in self.personal or word.lower() in self.personal:
            return True
        found = self._known.get(word)
        if found is None:
            plain = word.replace("’", "'")
            found = self._known[word] = bool(self._dictionary.lookup(plain))
        return found

    def suggest(self, word: str, limit: int = 5) -> list[str]:
        found = []
        for candidate in self._dictionary.suggest(word.replace("’", "'")):
            found.append(candidate)
            if len(found) == limit:
                break
        return found


def personal_words(vault: Vault) -> set[str]:
    raw = vault.meta().get(META_KEY)
    try:
        found = json.loads(raw) if raw else []
    except ValueError:
        found = []
    return {w for w in found if isinstance(w, str)}


def add_word(vault: Vault, word: str) -> set[str]:
    """Add a word to the user's own list in the vault; returns the whole list."""
    word = word.strip()
    if not word or len(word) > MAX_WORD or not _WORD.fullmatch(word):
        raise ValidationError("word", "must be one word of letters")
    found = personal_words(vault) | {word}
    vault.set_meta(**{META_KEY: json.dumps(sorted(found), ensure_ascii=False)})
    return found
