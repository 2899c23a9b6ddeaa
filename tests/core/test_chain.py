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
        assert (
            one.content["amendments"] == []
            and two.content["amendments"][0]["reason"] == (am["reason"])
        )
        assert [s.how for s in two.signatures] == ["signed", "recorded"]
        assert chain.check_chains(vault) == []
        hashes = [v.hash for v in chain.versions(vault, "s1")]
    # Exactly once: opening again makes no second set.
    with Vault.open(path, PASSPHRASE) as vault:
        assert [v.hash for v in chain.versions(vault, "s1")] == hashes


def test_deleting_an_agreed_record_archives_it_with_its_history(team):
    from supervision_desk.core import interchange, removal, search

    _agree(team)
    hashes = [v.hash for v in chain.versions(team, "s1")]
    assert "archived with its history" in removal.describe_session(team, "s1")
    bundle = removal.remove_session(team, "s1")
    assert sessions.for_person(team, "p1") == [] and sessions.recent_sessions(team) == []
    assert search.run(team.conn, "shut") == []
    exported = interchange.export(team)
    assert [(s["id"], s["archived"]) for s in exported["sessions"]] == [("s1", True)]
    assert [v.hash for v in chain.versions(team, "s1")] == hashes
    with pytest.raises(Exception, match="archived, never deleted"):
        repos.delete(team, "sessions", "s1")
    removal.restore(team, bundle)  # undo
    assert [s["id"] for s in sessions.for_person(team, "p1")] == ["s1"]
    assert [h.record for h in search.run(team.conn, "shut")] == ["s1"]


def test_a_record_never_agreed_is_still_deleted(team):
    from supervision_desk.core import removal

    removal.remove_session(team, "s1")
    assert not repos.exists(team, "sessions", "s1")


def test_deleting_a_person_in_agreed_records_archives_them_and_those_records(team):
    from supervision_desk.core import removal

    repos.save(team, "sessions", {"id": "s2", "person": "p1", "date": "2026-04-01", "minutes": 60})
    _agree(team)
    assert "1 agreed record and the person are archived" in removal.describe_person(team, "p1")
    bundle = removal.remove_person(team, "p1")
    assert repos.get(team, "people", "p1")["archived"]
    assert sessions.people(team) == []
    assert repos.get(team, "sessions", "s1")["archived"]
    assert not repos.exists(team, "sessions", "s2")  # never agreed: deleted as before
    removal.restore(team, bundle)
    assert [s["id"] for s in sessions.for_person(team, "p1")] == ["s1", "s2"][::-1]


def test_removing_for_good_leaves_a_signed_dated_tombstone(team):
    from supervision_desk.core import removal

    _agree(team)
    last = chain.latest(team, "s1").hash
    with pytest.raises(Exception, match="Say why"):
        removal.remove_for_good(team, "s1", "  ")
    stone = removal.remove_for_good(team, "s1", "Retention period of six years ended.")
    assert not repos.exists(team, "sessions", "s1") and chain.versions(team, "s1") == []
    [kept] = removal.tombstones(team)
    assert kept["last_hash"] == last and kept["reason"] == "Retention period of six years ended."
    assert kept["at"][:4].isdigit() and kept["signature"] == stone["signature"]
    assert chain.check_chains(team) == []
    with team.write() as conn:
        conn.execute("UPDATE tombstones SET reason = 'Nobody asked.'")
    assert chain.check_chains(team) == ["record s1: its tombstone's signature does not verify"]


# -- interchange version 3 -------------------------------------------------------------------


def _history(team):
    sealed = _agree(team)
    agreed.amend(
        team,
        {**sealed, "analysis": "Peer group shifted."},
        by="supervisor",
        reason="Added the analysis.",
    )
    repos.save(team, "sessions", {"id": "s9", "person": "p1", "date": "2026-01-05", "minutes": 60})
    _agree(team, "s9")
    from supervision_desk.core import removal

    removal.remove_for_good(team, "s9", "Retention ended.")


def test_a_version_3_export_imported_into_a_new_vault_still_verifies(team, make_vault, tmp_path):
    from supervision_desk.core import interchange

    _history(team)
    doc = interchange.export(team)
    assert doc["format"] == "supervision-desk/3"
    assert doc["identity"]["fingerprint"] == identity.load(team).fingerprint
    assert [v["number"] for v in doc["record_versions"]] == [1, 2]
    assert doc["tombstones"][0]["session"] == "s9"
    assert "CANARY-CONFIDENTIAL" not in json.dumps(doc["record_versions"])
    other = make_vault(tmp_path / "new.sdvault")
    interchange.import_records(other, interchange.parse(json.dumps(doc)))
    assert [v.hash for v in chain.versions(other, "s1")] == [
        v.hash for v in chain.versions(team, "s1")
    ]
    assert chain.check_chains(other) == []
    assert other.check().ok
    # Importing the same file again adds nothing and is no error.
    interchange.import_records(other, interchange.parse(json.dumps(doc)))
    other.close()


def _refused(vault, doc, path_start):
    from supervision_desk.core import interchange
    from supervision_desk.core.errors import ValidationError

    before = vault.digest()
    with pytest.raises(ValidationError) as caught:
        interchange.import_records(vault, interchange.parse(json.dumps(doc)))
    assert caught.value.path.startswith(path_start), caught.value
    assert vault.digest() == before
    return caught.value


def test_import_refuses_a_rewritten_history(team, make_vault, tmp_path):
    import copy

    from supervision_desk.core import interchange

    _history(team)
    doc = interchange.export(team)
    fresh = make_vault(tmp_path / "fresh.sdvault")

    changed = copy.deepcopy(doc)  # a version's text changed after it was signed
    changed["record_versions"][0]["content"]["session"]["attunement"] = "Rewritten."
    assert "does not match its hash" in str(_refused(fresh, changed, "$.record_versions[0]"))

    forged = copy.deepcopy(doc)  # a signature made by someone else
    forged["record_versions"][1]["signatures"][0]["signature"] = doc["record_versions"][0][
        "signatures"
    ][0]["signature"]
    assert "does not verify" in str(_refused(fresh, forged, "$.record_versions[0]"))

    text = copy.deepcopy(doc)  # the record's text is not its last agreed version
    text["sessions"][0]["attunement"] = "Something else."
    assert "last agreed version" in str(_refused(fresh, text, "$.sessions[0].attunement"))

    invented = copy.deepcopy(doc)  # amendments that do not end at the record's text
    invented["amendments"][0]["changes"]["analysis"]["to"] = "Not what the record says."
    _refused(fresh, invented, "$.amendments[0].changes.analysis.to")

    back = copy.deepcopy(doc)  # re-creating a record removed for good
    back["sessions"].append({**doc["sessions"][0], "id": "s9"})
    for kind in ("record_versions",):
        back[kind] = [v for v in back[kind] if v["session"] != "s9"]
    _refused(team, back, "$.sessions[1]")
    fresh.close()


def test_an_agreed_record_cannot_be_brought_back_edited_or_given_an_invented_version(team):
    import copy

    from supervision_desk.core import interchange, removal
    from supervision_desk.core.records import ASYE_KINDS

    _agree(team)
    v2 = interchange.export(team)
    v2["format"] = "supervision-desk/2"
    v3_only = (
        "identity",
        "contacts",
        "record_versions",
        "tombstones",
        "record_exchange",
        "cpd",
        "audits",
        "audit_items",
        "action_marks",
    )
    for key in (*v3_only, *ASYE_KINDS):
        v2.pop(key, None)
    from supervision_desk.core.records import SPECS

    for kind, specs in SPECS.items():  # every field version 3 added
        for record in v2.get(kind, []):
            for spec in specs:
                if spec.since >= 3:
                    record.pop(spec.name, None)
    removal.remove_session(team, "s1")  # archived, not gone
    edited = copy.deepcopy(v2)
    edited["sessions"][0]["attunement"] = "Never said."
    _refused(team, edited, "$.sessions[0]")
    made_up = copy.deepcopy(v2)
    made_up["sessions"] = []
    made_up["amendments"] = [
        {
            "id": "am-x",
            "session": "s1",
            "at": "2026-03-01T10:00:00+00:00",
            "by": "supervisor",
            "reason": "Version one, as it really was.",
            "changes": {"attunement": {"from": "Happy.", "to": "Feels shut out."}},
        }
    ]
    assert "would change a record" in str(_refused(team, made_up, "$.amendments[0]"))


def test_version_1_and_2_files_still_import_and_their_agreed_records_are_chained(vault):
    from supervision_desk.core import interchange

    for name in ("spec_example.json", "spec_example_v2.json"):
        doc = json.loads((FIXTURES / name).read_text(encoding="utf-8"))
        if name == "spec_example.json":
            doc["people"][0]["id"] = doc["cases"][0]["person"] = "p9"
            for kind in ("sessions", "concerns", "time_logs"):
                for rec in doc[kind]:
                    rec["person"] = "p9"
            for kind, new in (
                ("sessions", "s9"),
                ("cases", "c9"),
                ("actions", "a9"),
                ("journal", "j9"),
                ("concerns", "w9"),
                ("custom_prompts", "my-9"),
            ):
                old = doc[kind][0]["id"]
                doc[kind][0]["id"] = new
                for kind2 in ("actions", "journal"):
                    for rec in doc[kind2]:
                        if rec.get("session") == old:
                            rec["session"] = new
        interchange.import_records(vault, interchange.parse(json.dumps(doc)))
    one, two = chain.versions(vault, "s1")  # the version 2 example: agreed, amended once
    assert one.content["session"]["adaptation"] == "" and two.content["session"]["adaptation"] == (
        "Visit moved to Thursday."
    )
    assert chain.check_chains(vault) == []
