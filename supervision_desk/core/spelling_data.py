"""A Hunspell dictionary for spylls, held compactly.

spylls reads every line of a .dic file into a dataclass with its own flag set, data dict and
list of alternative spellings, and indexes them in lists of lists: about 80 MB for en_GB. Its
lookup and suggestion code only reads ``stem``, ``flags``, ``captype`` and ``alt_spellings``
from a word and asks the dictionary for ``words``, ``homonyms`` and ``has_flag``, so this
module gives it the same things in less room: slotted words, one shared frozenset per
distinct set of flags, one shared empty mapping and tuple, and an index that holds a word
itself (not a list of one) for the 99.5% of stems that have no homonym. The reading loop
follows spylls' own ``read_dic`` line for line, so the answers are the same.
"""

from __future__ import annotations

from types import MappingProxyType

from spylls.hunspell import readers
from spylls.hunspell.algo.capitalization import Type as CapType
from spylls.hunspell.data.aff import RepPattern
from spylls.hunspell.data.dic import Dic
from spylls.hunspell.dictionary import Dictionary
from spylls.hunspell.readers.dic import COUNT_REGEXP, SLASH_REGEXP, TAG_REGEXP, parse_data
from spylls.hunspell.readers.file_reader import FileReader

NO_DATA = MappingProxyType({})  # read-only: shared by every word without data tags
NO_ALT_SPELLINGS: tuple[str, ...] = ()


class Word:
    """One .dic entry, with the attribute names of spylls' ``dic.Word``."""

    __slots__ = ("captype", "flags", "stem")
    data = NO_DATA
    alt_spellings = NO_ALT_SPELLINGS

    def __init__(self, stem: str, flags: frozenset[str], captype: CapType):
        self.stem = stem
        self.flags = flags
        self.captype = captype

    def _fields(self) -> tuple:
        return (self.stem, self.flags, self.data, self.alt_spellings, self.captype)

    # Equality and ordering as spylls' dataclass: suggestions keep words in a heap of
    # (score, word) pairs, so ties are broken the same way.
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Word):
            return NotImplemented
        return self._fields() == other._fields()

    __hash__ = None  # type: ignore[assignment]  # spylls' words are unhashable too

    def __lt__(self, other: Word) -> bool:
        if self.stem != other.stem:
            return self.stem < other.stem
        return self.flags < other.flags

    def __repr__(self) -> str:
        return f"Word({self.stem} /{','.join(self.flags)})"


class TaggedWord(Word):
    """The rare entry with data tags ("ph:" alternative spellings and the like)."""

    __slots__ = ("alt_spellings", "data")

    def __init__(self, stem, flags, captype, data, alt_spellings):
        super().__init__(stem, flags, captype)
        self.data = data
        self.alt_spellings = tuple(alt_spellings)


class CompactDic(Dic):
    """What spylls' ``Dic`` offers lookup and suggest (``words``, ``homonyms``,
    ``has_flag``), with an index that stores a lone word without a list around it."""

    def __init__(self, casing):  # pylint: disable=super-init-not-called
        # Dic's own __init__ would build the two list-of-lists indexes this replaces.
        self.words: list[Word] = []
        self._casing = casing
        self._index: dict[str, Word | tuple[Word, ...]] = {}
        # Lower-case forms of words that have capitals ("london" -> London). spylls also files
        # every all-lower-case word under each of its characters (it iterates the word where it
        # meant a list of forms); ``_by_letter`` rebuilds those entries when asked, which is
        # rare: only for a word in capitals whose stem comes down to one character.
        self._lower_index: dict[str, Word | tuple[Word, ...]] = {}
        # Where the words with capitals whose lower-case form is one character ("A") stand.
        self._capped_letters: dict[str, list[int]] = {}

    def append(self, word: Word, *, lower: list[str]):  # type: ignore[override]
        self.words.append(word)
        _add(self._index, word.stem, word)
        if word.captype == CapType.NO:
            return
        for form in lower:
            if len(form) == 1:
                self._capped_letters.setdefault(form, []).append(len(self.words) - 1)
            else:
                _add(self._lower_index, form, word)

    def homonyms(self, stem: str, *, ignorecase: bool = False) -> list[Word]:
        if ignorecase and len(stem) == 1:
            return self._by_letter(stem)
        found = (self._lower_index if ignorecase else self._index).get(stem)
        if found is None:
            return []
        return [found] if isinstance(found, Word) else list(found)

    def _by_letter(self, letter: str) -> list[Word]:
        """spylls' lower-case index entry for one character, in its order: each all-lower-case
        word once for every time it holds the character, and the words with capitals whose
        lower-case form it is."""
        words, lower_only = self.words, CapType.NO
        spots = [n for n, w in enumerate(words) if letter in w.stem and w.captype is lower_only]
        spots += self._capped_letters.get(letter, ())
        spots.sort()
        found: list[Word] = []
        for n in spots:
            word = words[n]
            found.extend([word] * (word.stem.count(letter) if word.captype is lower_only else 1))
        return found


def _add(index: dict, key: str, word: Word) -> None:
    held = index.get(key)
    if held is None:
        index[key] = word
    elif isinstance(held, Word):
        index[key] = (held, word)
    else:
        index[key] = (*held, word)


def read_dic(path: str, aff, context) -> CompactDic:
    """spylls' ``readers.dic.read_dic``, making compact words. Like it, this adds ``ph:``
    patterns to the affix file's REP table."""
    result = CompactDic(aff.casing)
    # Many lines share flags, often written in different orders ("SM", "MS"): one frozenset
    # per distinct set, found by the text as written.
    flag_sets: dict[str, frozenset[str]] = {}
    distinct: dict[frozenset[str], frozenset[str]] = {}

    for num, line in FileReader(path, encoding=context.encoding):
        if num == 1 and COUNT_REGEXP.match(line):
            continue

        tags_match = TAG_REGEXP.search(line)
        tags_start = tags_match.start() if tags_match else None

        old_tags_start = line.find("\t")
        if old_tags_start != -1 and (not tags_start or tags_start > old_tags_start):
            tags_start = old_tags_start

        if tags_start:
            word = line[:tags_start]
            data = parse_data(line[tags_start:], aff.AM)
        else:
            word = line
            data = None

        if word.startswith("/"):
            flags = ""
        else:
            word_with_flags = SLASH_REGEXP.split(word, 2)
            if len(word_with_flags) == 2:
                word, flags = word_with_flags
            else:
                flags = ""

        if r"\/" in word:
            word = word.replace(r"\/", "/")

        if context.ignore:
            word = word.translate(context.ignore.tr)

        captype = aff.casing.guess(word)
        lower = aff.casing.lower(word) if captype != CapType.NO else []

        alt_spellings = []
        if data and "ph" in data:
            for pattern in data["ph"]:
                if pattern.endswith("*"):
                    aff.REP.append(RepPattern(pattern[:-2], word[:-1]))
                elif "->" in pattern:
                    fro, _, to = pattern.partition("->")
                    aff.REP.append(RepPattern(fro, to))
                else:
                    aff.REP.append(RepPattern(pattern, word))
                    alt_spellings.append(pattern)

        flag_set = flag_sets.get(flags)
        if flag_set is None:
            flag_set = frozenset(context.parse_flags(flags))
            flag_set = flag_sets[flags] = distinct.setdefault(flag_set, flag_set)

        if data:
            word_obj: Word = TaggedWord(word, flag_set, captype, data, alt_spellings)
        else:
            word_obj = Word(word, flag_set, captype)
        result.append(word_obj, lower=lower)

    return result


def load(path: str) -> Dictionary:
    """A spylls ``Dictionary`` for ``path`` (without .aff/.dic), as ``Dictionary.from_files``
    gives, in a fraction of the memory."""
    aff, context = readers.read_aff(FileReader(path + ".aff"))
    return Dictionary(aff, read_dic(path + ".dic", aff, context))
