"""Interchange files read a piece at a time: the same records whatever the order of the
sections or the size of the pieces, and a file too large for free memory refused up front."""

from __future__ import annotations

import json

import pytest

from supervision_desk.core import interchange, jsonstream, memory
from supervision_desk.core.errors import BadInput
from tests.conftest import FIXTURES

FULL = json.loads((FIXTURES / "spec_example_v2.json").read_text(encoding="utf-8"))


def _write(path, doc_text: str):
    path.write_text(doc_text, encoding="utf-8")
    return path


def test_tiny_pieces_read_the_same_records_as_one_piece(vault, tmp_path, monkeypatch):
    whole = interchange.parse(json.dumps(FULL, indent=1))
    monkeypatch.setattr(jsonstream, "CHUNK", 7)  # every token crosses a boundary somewhere
    source = _write(tmp_path / "full.json", json.dumps(FULL, indent=1, ensure_ascii=False))
    pieces = interchange.read_file(source)
    for kind in interchange.ORDER:
        assert pieces[kind] == whole[kind], kind
    interchange.import_records(vault, pieces)
    assert interchange.export(vault)["sessions"] == whole["sessions"]


def test_sections_in_any_order_and_the_format_last_import(vault, tmp_path):
    reordered = {k: FULL[k] for k in reversed(list(FULL))}  # sessions before people
    assert list(reordered)[-1] == "format"
    source = _write(tmp_path / "reordered.json", json.dumps(reordered))
    added = interchange.import_records(vault, interchange.read_file(source))
    assert added["people"] == len(FULL["people"])
    assert added["sessions"] == len(FULL["sessions"])


def test_errors_name_the_line_and_column_across_pieces(tmp_path, monkeypatch):
    monkeypatch.setattr(jsonstream, "CHUNK", 5)
    text = json.dumps(FULL, indent=1)
    broken = text.replace('"Sam Taylor"', '"Sam Taylor" "oops"', 1)
    line = broken[: broken.index('"oops"')].count("\n") + 1
    with pytest.raises(BadInput, match=f"line {line}, column"):
        interchange.read_file(_write(tmp_path / "broken.json", broken))


def test_a_file_too_large_for_free_memory_is_refused_before_it_is_read(tmp_path, monkeypatch):
    source = _write(tmp_path / "big.json", json.dumps(FULL))
    size = source.stat().st_size
    monkeypatch.setattr(memory, "available", lambda: size * 2)  # less than three times
    opened = []
    monkeypatch.setattr(interchange, "Stream", lambda *a: opened.append(a))
    with pytest.raises(BadInput, match="too large to import with the memory free now"):
        interchange.read_file(source)
    assert opened == []
    monkeypatch.undo()
    assert interchange.read_file(source).counts["people"] == len(FULL["people"])


def test_free_memory_is_read_from_the_system(tmp_path):
    meminfo = tmp_path / "meminfo"
    meminfo.write_text("MemTotal: 8000 kB\nMemAvailable:    2048 kB\n", encoding="ascii")
    assert memory._linux(str(meminfo)) == 2048 * 1024
    assert memory.available() > 0  # every system the app runs on says how much is free


@pytest.mark.parametrize("chunk", [1 << 20, 5])
def test_a_cut_off_file_is_placed_where_json_itself_places_it(tmp_path, monkeypatch, chunk):
    """Cut at every character: where the text stops being JSON, the message names the file
    and the very line and column Python's own parser gives (the header, which the reader
    checks as it goes, is kept to JSON faults)."""
    monkeypatch.setattr(jsonstream, "CHUNK", chunk)
    text = json.dumps({k: FULL[k] for k in ("format", "vault")}, indent=2)
    source = tmp_path / "cut.json"
    for n in range(1, len(text) - 1):
        try:
            json.loads(text[:n])
        except json.JSONDecodeError as exc:
            where = f"line {exc.lineno}, column {exc.colno}"
        _write(source, text[:n])
        with pytest.raises(BadInput) as caught:
            interchange.read_file(source)
        said = str(caught.value)
        assert said.startswith(f"{source} is not valid JSON: "), said
        assert said.endswith(f" at {where}"), (n, said)


@pytest.mark.parametrize(
    ("text", "kind"),
    [("[]", "a list"), ("[1, 2, 3]", "a list"), ('"people"', "a string"), ("42", "a number")],
)
def test_valid_json_of_the_wrong_shape_is_not_called_invalid(tmp_path, text, kind):
    source = tmp_path / "other.json"
    _write(source, text)
    with pytest.raises(BadInput) as caught:
        interchange.read_file(source)
    said = str(caught.value)
    assert said.startswith(f"{source} holds {kind}, so it is not a Supervision Desk export"), said
    assert "not valid JSON" not in said
