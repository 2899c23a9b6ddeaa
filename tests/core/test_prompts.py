"""The prompt library: complete, covering every capacity and role; balance and suggestions;
custom prompts and packs, with bad packs refused and nothing changed."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from supervision_desk.core import prompts, repos
from supervision_desk.core.balance import balance
from supervision_desk.core.errors import BadInput
from supervision_desk.core.records import SESSION_CAPACITIES

LIB = prompts.library()
ALL = [p for card in LIB for p in card.prompts]


def test_library_size_and_coverage():
    assert len(LIB) >= 8 and len(ALL) >= 160
    per_capacity = Counter(p.capacity for p in ALL)
    assert all(per_capacity[c] >= 30 for c in SESSION_CAPACITIES), per_capacity
    roles = Counter(r for p in ALL for r in p.roles)
    for role in ("practitioner", "first_line_manager", "strategic_leader"):
        assert roles[role] >= 10, roles
    assert len({p.id for p in ALL}) == len(ALL)
    assert all(p.id == f"{p.card}/{p.id.split('/')[1]}" for p in ALL)


def test_every_card_is_complete():
    for card in LIB:
        assert card.title and len(card.scenario) > 150 and card.feelings and card.source
        assert {p.capacity for p in card.prompts} == set(SESSION_CAPACITIES), card.id
        assert all(p.text.endswith("?") for p in card.prompts), card.id


def test_the_dilemmas_asked_for_are_all_there():
    titles = " ".join(c.title.lower() + " " + c.scenario.lower() for c in LIB)
    for theme in (
        "custody",
        "demand",
        "prosecution",
        "moved away",
        "echo",
        "known to services",
        "relatab",
        "risk",
        "information sharing",
        "legal",
        "statutory",
        "voluntary",
        "exploited",
        "arrested",
        "peer group",
        "missing",
        "hold",
        "six more months",
    ):
        assert theme in titles, theme
    texts = " ".join(p.text.lower() for p in ALL)
    for theme in ("physically safe", "safe in his own mind", "accused of harm", "after the six"):
        assert theme in texts, theme


def test_prompts_speak_plainly():
    """No prompt names the app, uses the framework's own terms, or asks about the
    supervisee's own past; and no two prompts say nearly the same thing."""
    import itertools
    import re

    banned = re.compile(
        r"\b(app|desk|9xAs|attunement|allocation|adaptation|capacity|childhood|"
        r"growing up|your own past)\b",
        re.IGNORECASE,
    )
    assert [p.id for p in ALL if banned.search(p.text)] == []
    common = {
        "the",
        "a",
        "and",
        "of",
        "to",
        "what",
        "you",
        "is",
        "in",
        "it",
        "do",
        "that",
        "how",
        "for",
        "they",
        "this",
        "be",
        "would",
        "your",
        "with",
        "on",
        "are",
        "or",
        "about",
        "their",
        "he",
        "she",
        "them",
        "his",
        "her",
    }

    def words(text: str) -> set[str]:
        return set(re.findall(r"[a-z']+", text.lower())) - common

    close = [
        (a.id, b.id)
        for a, b in itertools.combinations(ALL, 2)
        if len(words(a.text) & words(b.text)) / len(words(a.text) | words(b.text)) > 0.45
    ]
    assert close == []
    assert "trust-under-strain/attunement-2" in prompts.by_id()  # the interchange example


def test_find_filters_and_searches():
    leaders = prompts.find(ALL, role="strategic_leader")
    assert leaders and all("strategic_leader" in p.roles for p in leaders)
    custody = prompts.find(ALL, card="trust-under-strain", capacity="analysis")
    assert len(custody) == 6  # five, and the one that tests the worker's optimism
    assert [p.id for p in prompts.find(ALL, words="POLICE share")] == [
        "trust-under-strain/analysis-4"
    ]
    assert prompts.find(ALL, words="zzzz-not-a-word") == []


def _session(n, **sections):
    base = {"date": f"2026-0{n}-01", "functions": [], **{c: "" for c in SESSION_CAPACITIES}}
    return base | sections


def test_balance_shows_supervision_sliding_into_case_management():
    history = [
        _session(n, analysis="risk plan", allocation="caseload", functions=["management"])
        for n in range(1, 7)
    ]
    history[0]["attunement"] = "tired, worried"
    history.append(_session(9, attunement="old", functions=["support"]))  # beyond the last 6
    found = balance([{**s, "date": s["date"].replace("2026-09", "2025-09")} for s in history])
    assert found.sessions == 6
    assert found.capacity_sessions == {
        "attunement": 1,
        "analysis": 6,
        "allocation": 6,
        "adaptation": 0,
    }
    assert found.function_sessions["management"] == 6 and found.function_sessions["support"] == 0
    assert found.neglected_capacities() == ["adaptation", "attunement"]
    assert found.neglected_functions() == ["support", "development", "mediation"]
    picks = prompts.suggestions(found, "first_line_manager")
    assert {p.capacity for p in picks} == {"adaptation", "attunement"}
    assert all("first_line_manager" in p.roles for p in picks)
    assert len({p.card for p in picks}) > 1  # not all from one story


def test_custom_prompts_round_trip_through_a_pack(make_vault, tmp_path):
    first = make_vault(tmp_path / "a.sdvault")
    prompts.save_custom(first, "aliveness", "What made them laugh this week?", ["practitioner"])
    prompts.save_custom(first, "analysis", "Whose story is missing from the chronology?")
    pack = tmp_path / "pack.json"
    assert prompts.export_pack(first, pack) == 2
    second = make_vault(tmp_path / "b.sdvault")
    assert prompts.import_pack(second, pack) == 2
    assert prompts.import_pack(second, pack) == 0  # importing twice adds nothing
    texts = {p.text for p in prompts.custom_prompts(second)}
    assert texts == {
        "What made them laugh this week?",
        "Whose story is missing from the chronology?",
    }
    mine = prompts.find(prompts.all_prompts(second), card=prompts.CUSTOM_CARD)
    assert len(mine) == 2 and all(p.custom for p in mine)
    first.close()
    second.close()


GOOD = {
    "format": "supervision-desk-prompts/1",
    "id": "team-pack",
    "title": "Team pack",
    "roles": ["practitioner"],
    "prompts": {"attunement": [{"id": "one", "text": "What did you notice?"}]},
}


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (lambda d: d.update(format="other/1"), "$.format"),
        (lambda d: d.update(colour="red"), "$.colour"),
        (lambda d: d.update(id="Team Pack!"), "$.id"),
        (lambda d: d["prompts"].update(wellness=[{"id": "x", "text": "y?"}]), "wellness"),
        (lambda d: d["prompts"]["attunement"].append({"id": "one", "text": "Again?"}), "repeats"),
        (lambda d: d["prompts"]["attunement"][0].update(text="  "), "non-empty"),
        (lambda d: d["prompts"]["attunement"][0].update(roles=["boss"]), "roles"),
        (lambda d: d.update(id="trust-under-strain"), "bundled card"),
        (lambda d: d.update(prompts={}), "$.prompts"),
    ],
)
def test_bad_packs_are_refused_and_change_nothing(vault, tmp_path, change, words):
    prompts.save_custom(vault, "attunement", "Mine already.")
    before = vault.digest()
    doc = json.loads(json.dumps(GOOD))
    change(doc)
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(BadInput, match=words.replace("$", r"\$").replace(".", r"\.")):
        prompts.import_pack(vault, path)
    assert vault.digest() == before


def test_a_pack_that_is_not_json_or_conflicts_is_refused(vault, tmp_path):
    path = tmp_path / "pack.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(BadInput, match="not valid JSON"):
        prompts.import_pack(vault, path)
    path.write_text(json.dumps(GOOD), encoding="utf-8")
    prompts.import_pack(vault, path)
    changed = json.loads(json.dumps(GOOD))
    changed["prompts"]["attunement"][0]["text"] = "Different words?"
    path.write_text(json.dumps(changed), encoding="utf-8")
    before = vault.digest()
    with pytest.raises(BadInput, match="other words"):
        prompts.import_pack(vault, path)
    assert vault.digest() == before
    assert repos.get(vault, "custom_prompts", "team-pack/one")["text"] == "What did you notice?"
