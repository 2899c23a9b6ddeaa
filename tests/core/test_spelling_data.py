"""The compact dictionary gives spylls' answers: every word the bundled dictionaries accept or
reject is accepted or rejected the same as by spylls' own ``Dictionary.from_files``, and the
suggestions are the same, in a fraction of the memory."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from spylls.hunspell import Dictionary

from supervision_desk.core import spelling, spelling_data

LANGUAGES = sorted(spelling.LANGUAGES)


@pytest.fixture(scope="module", params=LANGUAGES)
def pair(request):
    """(spylls' own dictionary, the compact one) for one language."""
    path = str(spelling.dictionary_path(request.param))
    return Dictionary.from_files(path), spelling_data.load(path)


def _fields(word) -> tuple:
    return (word.stem, set(word.flags), dict(word.data), list(word.alt_spellings), word.captype)


def _inflections(dictionary: Dictionary, words) -> list[str]:
    """Each word with every prefix and suffix its flags allow: "walk" -> walks, walked ..."""
    aff = dictionary.aff
    found = []
    for word in words:
        for flag in sorted(word.flags):
            for suffix in aff.SFX.get(flag, []):
                if suffix.cond_regexp.search(word.stem):
                    root = word.stem[: -len(suffix.strip)] if suffix.strip else word.stem
                    found.append(root + suffix.add)
            for prefix in aff.PFX.get(flag, []):
                if prefix.cond_regexp.search(word.stem):
                    found.append(prefix.add + word.stem[len(prefix.strip) :])
    return found


def _misspell(word: str, n: int) -> str:
    """One of four typing slips, chosen by ``n``: swapped, dropped, doubled or wrong letter."""
    if len(word) < 3:
        return word + "x"
    i = n % (len(word) - 1)
    slip = n % 4
    if slip == 0:
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if slip == 1:
        return word[:i] + word[i + 1 :]
    if slip == 2:
        return word[:i] + word[i] + word[i:]
    return word[:i] + "aeiou"[n % 5] + word[i + 1 :]


def _sample(dictionary: Dictionary, stride: int) -> list[str]:
    words = dictionary.dic.words[::stride]
    stems = [w.stem for w in words]
    plain = stems + _inflections(dictionary, words)
    wrong = [_misspell(w, n) for n, w in enumerate(plain)]
    mixed = plain + wrong
    return (
        mixed
        + [w.capitalize() for w in mixed[::3]]
        + [w.upper() for w in mixed[::5]]
        + [w.title() for w in mixed[::11]]
        + [w + "'s" for w in stems[::2]]
        + [w + "'" for w in stems[::7]]
        + ["AS", "IS", "A'S", "I", "A", "XS", "OK", "Ok", "1st", "22nd", "103rd", "11th", "2th"]
    )


@pytest.mark.slow
def test_the_compact_index_holds_what_spylls_indexes(pair):
    """Every stem and lower-case key finds the same entries in the same order, so lookup and
    suggest, which only reach the words through these, cannot tell the two apart."""
    reference, compact = pair
    assert [_fields(w) for w in compact.dic.words] == [_fields(w) for w in reference.dic.words]
    # The entries are equal one by one, so compare the indexes by position in the word list.
    ref_at = {id(w): n for n, w in enumerate(reference.dic.words)}
    at = {id(w): n for n, w in enumerate(compact.dic.words)}
    for stem, entries in reference.dic.index.items():
        assert [at[id(w)] for w in compact.dic.homonyms(stem)] == [ref_at[id(w)] for w in entries]
    for key, entries in reference.dic.lowercase_index.items():
        found = compact.dic.homonyms(key, ignorecase=True)
        assert [at[id(w)] for w in found] == [ref_at[id(w)] for w in entries], key
    assert compact.dic.homonyms("notaword") == [] == reference.dic.homonyms("notaword")
    assert compact.aff.REP == reference.aff.REP
    assert len(compact.suggester.words_for_ngram) == len(reference.suggester.words_for_ngram)


@pytest.mark.slow
def test_every_sampled_word_is_accepted_or_rejected_as_by_spylls(pair):
    """Stems, their inflected forms, slips of the keyboard, capitals and possessives: about
    45,000 words per language."""
    reference, compact = pair
    sample = _sample(reference, stride=20)
    assert len(sample) > 30_000
    expected = [reference.lookup(word) for word in sample]
    assert 0.3 < sum(expected) / len(sample) < 0.8  # a real mix of good and bad words
    wrong = [w for w, ok in zip(sample, expected, strict=True) if compact.lookup(w) != ok]
    assert wrong == []


@pytest.mark.slow
def test_suggestions_are_the_same_as_spylls(pair):
    reference, compact = pair
    for word in ("recieve", "safegaurding", "Londn", "teh", "ACCOMODATION", "colur", "wellbeing"):
        assert list(compact.suggest(word)) == list(reference.suggest(word)), word


def test_a_loaded_dictionary_takes_little_memory():
    """Loading en_GB, the larger dictionary, adds under 40 MB to the process (spylls' own
    reader: about 80 MB), both at its peak and once loaded; the checker still works."""
    script = """
import gc, json
def status():
    fields = dict(line.split(':', 1) for line in open('/proc/self/status'))
    return {k: int(fields[k].split()[0]) / 1024 for k in ('VmHWM', 'VmRSS')}
from supervision_desk.core import spelling
before = status()
checker = spelling.Checker('en_GB')
gc.collect()
after = status()
print(json.dumps([before, after, checker.known('colour'), checker.known('colr'),
                  checker.suggest('recieve')[:1]]))
"""
    if not sys.platform.startswith("linux"):
        pytest.skip("reads /proc/self/status")
    out = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).parents[2],  # this checkout's package
    ).stdout
    before, after, good, bad, suggested = json.loads(out)
    assert after["VmHWM"] - before["VmHWM"] < 40
    assert after["VmRSS"] - before["VmRSS"] < 40
    assert (good, bad, suggested) == (True, False, ["receive"])


def test_a_dictionary_with_data_tags_and_flag_aliases_reads_the_same(tmp_path):
    """What the bundled dictionaries do not use: "ph:" misspellings (which feed suggestions),
    other data tags, numbered flag aliases, an escaped slash and homonyms."""
    (tmp_path / "x.aff").write_text(
        "SET UTF-8\nTRY esianrtolcdugmphbyfvkw\nAF 2\nAF SM\nAF D\n"
        "SFX S Y 1\nSFX S 0 s .\nSFX M Y 1\nSFX M 0 's .\nSFX D Y 1\nSFX D 0 ed .\n",
        encoding="utf-8",
    )
    (tmp_path / "x.dic").write_text(
        "9\nwitch/1 ph:wich ph:whitch\npretty ph:prity*\nhappy ph:hepi->happi\n"
        "walk/2 po:verb\nwalk/1\nAC\\/DC\nParis\tnoun: place\nspell/1 st:spell\nMcDonald/1\n",
        encoding="utf-8",
    )
    reference = Dictionary.from_files(str(tmp_path / "x"))
    compact = spelling_data.load(str(tmp_path / "x"))
    assert [_fields(w) for w in compact.dic.words] == [_fields(w) for w in reference.dic.words]
    assert compact.dic.words[0].alt_spellings == ("wich", "whitch")
    assert compact.aff.REP == reference.aff.REP and len(reference.aff.REP) == 4
    assert compact.dic.homonyms("walk") == compact.dic.homonyms("walk")  # a fresh list each time
    assert len(compact.dic.homonyms("walk")) == 2
    words = ["witch", "witches", "witchs", "wich", "walked", "walks", "walk's", "AC/DC", "Paris"]
    words += ["MCDONALD", "McDonald's", "mcdonald", "SPELLS", "Spell", "WALKED", "A", "S"]
    for word in words:
        assert compact.lookup(word) == reference.lookup(word), word
    for word in ("wich", "whitch", "prity", "hepiness", "spel", "mcdonald"):
        assert list(compact.suggest(word)) == list(reference.suggest(word)), word
    assert "witch" in compact.suggest("whitch")
