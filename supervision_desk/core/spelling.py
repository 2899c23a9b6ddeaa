"""Spelling, offline: the bundled Hunspell dictionaries read by spylls, and the user's own
words kept inside the vault (they hold names, so they never go anywhere else).

Looking a word up takes a fraction of a millisecond and every answer is remembered, so
checking as someone types costs next to nothing; loading a dictionary takes about half a
second and suggestions a few tenths, so both run only off the typing path.
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


VOCABULARY_FILE = "social_work_en_GB.txt"
_ENDINGS = ("'s", "’s", "s'", "’", "'", "s")


def vocabulary() -> frozenset[str]:
    """The bundled UK social-work words (wellbeing, safeguarding, ASYE …), read beside any
    dictionary: words the general dictionaries lack but every note here uses."""
    text = resource("dictionaries", VOCABULARY_FILE).read_text(encoding="utf-8")
    lines = (line.strip() for line in text.splitlines())
    return frozenset(line for line in lines if line and not line.startswith("#"))


def in_vocabulary(word: str, listed: frozenset[str]) -> bool:
    """Whether ``word`` is a listed word, its plural or possessive; a lower-case entry
    matches any capitalisation ("Wellbeing"), an acronym only as written or in capitals."""
    forms = [word] + [word[: -len(end)] for end in _ENDINGS if word.endswith(end)]
    return any(form in listed or form.lower() in listed for form in forms)


class Checker:
    """One language's dictionary plus the user's own words."""

    def __init__(self, language: str = DEFAULT):
        if language not in LANGUAGES:
            raise ValidationError("language", f"must be one of {', '.join(LANGUAGES)}")
        # About half a second and 25 MB (spylls' own reader takes twice the time and 80 MB):
        # callers load off the UI thread.
        from .spelling_data import load

        self.language = language
        self._dictionary = load(str(dictionary_path(language)))
        self._known: dict[str, bool] = {}
        self.personal: set[str] = set()
        self.vocabulary = vocabulary()

    def known(self, word: str) -> bool:
        if word in self.personal or word.lower() in self.personal:
            return True
        found = self._known.get(word)
        if found is None:
            found = self._known[word] = self._look_up(word)
        return found

    def _look_up(self, word: str) -> bool:
        if in_vocabulary(word, self.vocabulary):
            return True
        if self._dictionary.lookup(word.replace("’", "'")):
            return True
        # "wellbeing-focused": a hyphenated word whose parts are all known words.
        parts = word.split("-")
        return len(parts) > 1 and all(part and self._look_up(part) for part in parts)

    def suggest(self, word: str, limit: int = 5) -> list[str]:
        import difflib  # only when suggestions are asked for, not at start-up

        # Our own words first ("safegaurding" -> "safeguarding"), then the dictionary's.
        listed = sorted(w for w in self.vocabulary if w.islower())
        found = difflib.get_close_matches(word.lower(), listed, n=2, cutoff=0.8)
        if word[:1].isupper():
            found = [w[:1].upper() + w[1:] for w in found]
        for candidate in self._dictionary.suggest(word.replace("’", "'")):
            if candidate in found:
                continue
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
