"""The hash chain of agreed versions: each version covers the one before it, is signed, and
stays when the record is amended, archived or removed for good."""

from __future__ import annotations

import hashlib
import json
import shutil

import pytest

from supervision_desk.core import agreed, chain, identity, repos, sessions
from supervision_desk.core.vault import Vault
from tests.conftest import FIXTURES, PASSPHRASE


@pytest.fixture
def team(vault):
    repos.save(vault, "people", {"id": "p1", "name": "Sam Taylor", "role": "social_worker"})
    repos.save(
        vault,
        "cases",
        {
            "id": "c1",
            "person": "p1",
            "reference": "YP-014",
            "label": "S.",
            "weight": 5,
            "allocated": "2026-01-05",
        },
    )
    repos.save(
        vault,
        "sessions",
        {
            "id": "s1",
            "person": "p1",
            "date": "2026-03-09",
            "minutes": 90,
            "attunement": "Feels shut out.",
            "confidential_note": "CANARY-CONFIDENTIAL",
        },
    )
    repos.save(vault, "actions", {"id": "a1", "session": "s1", "text": "Ask S. where to meet"})
    repos.save(
        vault,
        "case_discussions",
        {"id": "cd1", "session": "s1", "case": "c1", "decision": "Joint visit this week."},
    )
    return vault


def _agree(vault, session_id="s1"):
    record = repos.get(vault, "sessions", session_id)
    return sessions.save_record(
        vault,
        {**record, "agreed_by_supervisor": "2026-03-09", "agreed_by_supervisee": "2026-03-10"},
    )


def test_agreeing_a_record_seals_version_one_signed_by_this_vault(team):
    assert chain.versions(team, "s1") == []
    _agree(team)
    [first] = chain.versions(team, "s1")
    assert (first.number, first.previous, first.how, first.origin) == (1, None, "recorded", "own")
    expected = hashlib.sha256(b"supervision-desk chain 1\n\n" + first.raw).hexdigest()
    assert first.hash == expected
    # What the agreed PDF shows, and never the confidential note.
    assert first.content["session"]["attunement"] == "Feels shut out."
    assert "CANARY-CONFIDENTIAL" not in first.raw.decode()
    assert first.content["supervisor"]["name"] == "Alex Morgan"
    assert first.content["supervisees"] == [
        {"id": "p1", "name": "Sam Taylor", "role": "social_worker"}
    ]
    assert first.content["case_discussions"][0]["reference"] == "YP-014"
    assert "S." not in json.dumps(first.content["case_discussions"])
    assert [a["text"] for a in first.content["actions"]] == ["Ask S. where to meet"]
    mine, theirs = first.signatures
    assert (mine.party, mine.how, theirs.party, theirs.how) == (
        "supervisor",
        "signed",
        "p1",
        "recorded",
    )
    assert mine.public_key == identity.load(team).signing_public_key
    assert identity.verify_signature(
        mine.public_key, mine.signature, b"supervision-desk agree 1\n" + first.hash.encode()
    )
    assert chain.check_chains(team) == []


def test_an_amendment_makes_a_new_version_chained_to_the_one_before(team):
    sealed = _agree(team)
    first = chain.latest(team, "s1")
    agreed.amend(
        team,
        {**sealed, "attunement": "Feels shut out; better now."},
        by="supervisor",
        reason="Added how it ended.",
    )
    one, two = chain.versions(team, "s1")
    assert one.hash == first.hash and one.raw == first.raw  # the earlier version is kept
    assert two.previous == one.hash and two.sealed
    assert two.content["session"]["attunement"] == "Feels shut out; better now."
    assert two.content["amendments"][0]["reason"] == "Added how it ended."
    assert chain.check_chains(team) == []


def test_vault_check_names_a_version_changed_behind_the_chains_back(team, passfile):
    from tests.conftest import run_cli

    _agree(team)
    content = json.loads(chain.latest(team, "s1").raw)
    content["session"]["attunement"] = "Rewritten quietly."
    with team.write() as conn:
        conn.execute(
            "UPDATE record_versions SET content = ? WHERE session = 's1'",
            (chain.canonical(content).decode(),),
        )
    problems = chain.check_chains(team)
    assert problems == [
        "record s1 version 1: its text does not match its hash (changed after agreement)"
    ]
    team.close()
    done = run_cli("vault", "check", team.path, "--passphrase-file", passfile)
    assert done.returncode == 4
    assert "record s1 version 1" in done.stderr


def test_a_forged_signature_is_named(team):
    _agree(team)
    with team.write() as conn:
        conn.execute(
            "UPDATE version_signatures SET signature = ? "
            "WHERE session = 's1' AND party = 'supervisor'",
            (b"\x00" * 64,),
        )
    assert chain.check_chains(team) == [
        "record s1 version 1: the signature of supervisor does not verify"
    ]


def test_a_version_two_vault_upgrades_its_agreed_records_into_recorded_versions(tmp_path):
    from supervision_desk.core import interchange

    # The v2 fixture holds s1, agreed by both and amended once. Its amendment, as shipped
    # vaults may, does not end at the record's text: the chain keeps what the vault holds.
    path = tmp_path / "v2.sdvault"
    shutil.copyfile(FIXTURES / "vault-v2.sdvault", path)
    with Vault.open(path, PASSPHRASE) as vault:
        one, two = chain.versions(vault, "s1")
        assert (one.how, two.how) == ("recorded", "recorded")
        assert two.previous == one.hash
        assert two.raw == chain.canonical(chain.snapshot(vault, "s1"))  # the record as it is
        am = interchange.export(vault)["amendments"][0]
        assert one.content["session"]["adaptation"] == am["changes"]["adaptation"]["from"]
        assert one.content["amendments"] == [] and two.content["amendments"][0]["reason"] == (
            am["reason"]
        )
        assert [s.how for s in two.signatures] == ["signed", "recorded"]
        assert chain.check_chains(vault) == []
        hashes = [v.hash for v in chain.versions(vault, "s1")]
    # Exactly once: opening again makes no second set.
    with Vault.open(path, PASSPHRASE) as vault:
        assert [v.hash for v in chain.versions(vault, "s1")] == hashes
