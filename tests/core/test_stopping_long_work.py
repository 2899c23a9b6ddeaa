"""Long work tells how far it has got and can be stopped with nothing changed: an import is
counted in bytes of its file and, stopped part way, leaves the vault exactly as it was; a
backup stopped at any point leaves no file behind."""

from __future__ import annotations

import pytest

from supervision_desk.core import autobackup, interchange, jsonstream, policy, repos, search
from supervision_desk.core.errors import BadInput, Cancelled
from supervision_desk.core.vault import Vault
from tests.conftest import PASSPHRASE
from tests.helpers import vault_rows, write_records_file


def _rising(seen: list[tuple[int, int]]) -> bool:
    return [d for d, _ in seen] == sorted(d for d, _ in seen) and all(d <= t for d, t in seen)


@pytest.fixture
def small_chunks(monkeypatch):
    """Read the file a few kilobytes at a time, so a small file takes many reads."""
    monkeypatch.setattr(jsonstream, "CHUNK", 8192)


@pytest.fixture
def held(vault):
    """A vault already holding a person, a session and its own settings."""
    repos.save(vault, "people", {"id": "p1", "name": "Sam Taylor", "role": "youth_worker"})
    repos.save(
        vault,
        "sessions",
        {"id": "s1", "person": "p1", "date": "2026-03-02", "minutes": 90, "analysis": "Held."},
    )
    return vault


def test_an_import_counts_the_bytes_of_its_file_up_to_its_size(held, tmp_path, small_chunks):
    source = tmp_path / "records.json"
    size = write_records_file(source)
    checking: list[tuple[int, int]] = []
    doc = interchange.read_file(source, lambda done, total: checking.append((done, total)))
    assert {total for _, total in checking} == {size}
    assert _rising(checking) and checking[-1] == (size, size)
    assert len({done for done, _ in checking}) > 10  # it moved as the file was read

    importing: list[tuple[int, int]] = []
    added = interchange.import_records(
        held, doc, lambda done, total: importing.append((done, total))
    )
    assert added["sessions"] == 40 and added["people"] == 4
    assert {total for _, total in importing} == {size}
    assert _rising(importing) and importing[-1] == (size, size)
    assert len({done for done, _ in importing}) > 20
    # Part way through, the count is part way through the file: not all at the start or end.
    assert any(size * 0.3 < done < size * 0.7 for done, _ in importing)


def test_an_import_stopped_part_way_leaves_the_vault_exactly_as_it_was(
    held, tmp_path, small_chunks
):
    source = tmp_path / "records.json"
    size = write_records_file(source, word="zephyrquill")
    before = vault_rows(held.conn)
    settings, meta, writes = policy.load(held), held.meta(), held.writes

    def stop_half_way(done: int, total: int) -> None:
        if done > total // 2:
            raise Cancelled("stopped")

    doc = interchange.read_file(source)
    with pytest.raises(Cancelled):
        interchange.import_records(held, doc, stop_half_way)
    assert vault_rows(held.conn) == before  # records, settings, the search index: all
    assert policy.load(held) == settings and held.meta() == meta and held.writes == writes
    assert not repos.exists(held, "people", "imp0")
    assert search.search(held.conn, "zephyrquill").total == 0
    assert search.search(held.conn, "café").total == 0
    assert held.check().ok

    # After closing and opening again, too; and the same file imports whole when let run.
    held.close()
    with Vault.open(held.path, PASSPHRASE) as again:
        assert vault_rows(again.conn) == before
        interchange.import_records(again, interchange.read_file(source))
        assert search.search(again.conn, "zephyrquill").total == 1
        assert policy.load(again).points_per_fte == 140
    assert size > 0


def test_an_import_stopped_leaves_no_large_log_beside_the_vault(held, tmp_path, small_chunks):
    """The pages a cancelled import wrote stay in the write-ahead log until it is emptied:
    a large log is emptied once the import is undone (here any log counts as large)."""
    source = tmp_path / "records.json"
    write_records_file(source)
    log = held.path.with_name(held.path.name + "-wal")
    held.LOG_KEPT = 0
    assert log.stat().st_size > 0  # the records the vault was given are in it so far
    before = vault_rows(held.conn)

    def stop(done: int, total: int) -> None:
        if done > total // 2:
            raise Cancelled("stopped")

    with pytest.raises(Cancelled):
        interchange.import_records(held, interchange.read_file(source), stop)
    assert log.stat().st_size == 0
    assert vault_rows(held.conn) == before and held.check().ok


def test_a_preview_stopped_part_way_changes_nothing_either(held, tmp_path, small_chunks):
    source = tmp_path / "records.json"
    write_records_file(source)
    before = vault_rows(held.conn)
    doc = interchange.read_file(source)

    def stop(done: int, total: int) -> None:
        if done > total // 3:
            raise Cancelled("stopped")

    with pytest.raises(Cancelled):
        interchange.preview(held, doc, stop)
    assert vault_rows(held.conn) == before


def test_a_file_changed_after_it_was_checked_is_refused_whole(held, tmp_path):
    source = tmp_path / "records.json"
    write_records_file(source)
    doc = interchange.read_file(source)
    before = vault_rows(held.conn)
    write_records_file(source, sessions=41)  # sections move: what was checked is gone
    with pytest.raises(BadInput, match="changed after it was checked; nothing was imported"):
        interchange.import_records(held, doc)
    assert vault_rows(held.conn) == before


@pytest.fixture
def bigger(held, tmp_path):
    """A vault of a few hundred pages, so that every part of a backup reports."""
    source = tmp_path / "bulk.json"
    write_records_file(source, sessions=160)
    interchange.import_records(held, interchange.read_file(source))
    return held


def test_a_backup_reports_one_rising_count_to_its_end(bigger, tmp_path):
    seen: list[tuple[int, int]] = []
    dest = bigger.backup(tmp_path / "copy.sdvault", progress=lambda d, t: seen.append((d, t)))
    assert dest.exists()
    assert _rising(seen) and seen[-1][0] == seen[-1][1] and len({t for _, t in seen}) == 1
    assert len({d for d, _ in seen}) > 20
    with Vault.open(dest, PASSPHRASE) as copy:
        assert copy.digest() == bigger.digest()


@pytest.mark.parametrize("share", [0.02, 0.2, 0.4, 0.6, 0.85, 1.0])
def test_a_backup_stopped_at_any_point_leaves_no_file(bigger, tmp_path, share):
    folder = tmp_path / "usb"
    folder.mkdir()
    before = bigger.digest()
    reached = []

    def stop(done: int, total: int) -> None:
        if done >= total * share:
            reached.append(done / total)
            raise Cancelled("stopped")

    with pytest.raises(Cancelled):
        bigger.backup(folder, progress=stop)
    assert share <= reached[0] < share + 0.2  # stopped near where it was asked to
    assert list(folder.iterdir()) == []  # no copy, no hidden part of one, no journal
    assert bigger.digest() == before and bigger.check().ok


def test_an_automatic_backup_stopped_keeps_the_older_copies(bigger, tmp_path):
    root = tmp_path / "backups"
    made = autobackup.make(bigger, root, keep=1)
    first = made.rename(made.parent / f"{bigger.path.stem}-auto-20200101-090000.sdvault")

    def stop(done: int, total: int) -> None:
        raise Cancelled("stopped")

    with pytest.raises(Cancelled):
        autobackup.make(bigger, root, keep=1, progress=stop)
    assert [c.path for c in autobackup.copies(first.parent)] == [first]
    assert sorted(p.name for p in first.parent.iterdir()) == [first.name]


@pytest.mark.slow
def test_a_long_pdf_moves_and_stops_while_its_pages_are_written_out(vault):
    """The last part of a long summary writes out the pages held back for "Page n of m": the
    bar goes on moving there, and Stop still ends it with no PDF."""
    import datetime as dt

    from supervision_desk.core import pdf
    from supervision_desk.core.pdf.base import LAID_OUT, WRITTEN, Progress, reporting
    from tests import year_of_history

    year_of_history.build(vault)
    start, end = dt.date(2023, 1, 1), year_of_history.TODAY
    seen: list[tuple[int, int]] = []
    with reporting(Progress(lambda done, total: seen.append((done, total)))):
        pdf.person_summary(vault, "p1", start, end, appendix=True)
    shares = [100 * done / total for done, total in seen[:-1]]  # the last is (1, 1): done
    writing = [s for s in shares if LAID_OUT < s <= WRITTEN]
    assert len(writing) >= 5 and max(shares) > LAID_OUT + 10  # not stuck once laid out

    def stop_late(done: int, total: int) -> None:
        if 100 * done >= (WRITTEN - 2) * total:
            raise Cancelled("stopped")

    with pytest.raises(Cancelled), reporting(Progress(stop_late)):
        pdf.person_summary(vault, "p1", start, end, appendix=True)
