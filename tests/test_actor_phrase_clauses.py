"""A clause inside a noun phrase (a relative clause of an apposition: "a ship's crew, a step that
Britain condemned") tells of other actors: its words lend the phrase no country
(eventwire.actors.resolve._core). Texts written for these tests."""

from __future__ import annotations

import pytest

from coded import coded
from eventwire.resources import Resources


@pytest.mark.parametrize(("text", "code", "lent"), [
    ("The Iranian navy detained a ship's crew, a step that Britain condemned.", "173", "GBR"),
    ("Turkish police arrested a group of fishermen, a move which Norway condemned.", "173", "NOR"),
    ("Rebels kidnapped two aid workers, an act that Kenya called cowardly.", "181", "KEN"),
])
def test_actor_phrase_relative_clause_lends_no_country(resources: Resources, text: str, code: str,
                                                       lent: str) -> None:
    events = coded(resources, text)
    assert [e for e in events if e[1].startswith(code[:2]) and (e[2] or "").startswith(lent)] == []


def test_actor_phrase_judged_deed_still_aimed_at_its_doer(resources: Resources) -> None:
    # The clause's own event is untouched: Britain's condemnation is aimed at the navy.
    events = coded(resources, "The Iranian navy detained a ship's crew, a step that Britain condemned.")
    assert ("GBR", "111", "IRNMIL") in events


@pytest.mark.parametrize(("text", "code", "lent"), [
    # a participle describing a role's noun: where its act happens is not whose the noun is
    ("Thai border guards fired rubber bullets at villagers trying to carry rice over the river from Laos.",
     "17", "LAO"),
    # a participle naming the side a role fights: the enemy is not the role's country
    ("Washington quietly began shipping rifles to militiamen battling Iranian forces in Iraq.", "07", "IRN"),
])
def test_actor_phrase_describing_clause_lends_no_country(resources: Resources, text: str, code: str,
                                                         lent: str) -> None:
    events = coded(resources, text)
    assert [e for e in events if e[1].startswith(code) and (e[2] or "").startswith(lent)] == []
    assert any(e[1].startswith(code) for e in events)


@pytest.mark.parametrize(("text", "expected"), [
    # what a relative clause says an unlisted person is gives that person's country
    ("Ibou Sarrtane, who is Senegalese, met Gambian President Adama Barrow on Monday.", "SEN"),
    ("Tomas Brodsky, who is a Czech diplomat, met Gambian President Adama Barrow on Monday.", "CZE"),
])
def test_actor_phrase_person_described_by_relative_clause(resources: Resources, text: str, expected: str) -> None:
    assert [e[0][:3] for e in coded(resources, text) if e[2] == "GMBGOV"] == [expected]


def test_actor_phrase_relative_clause_of_an_act_describes_no_one(resources: Resources) -> None:
    # a clause saying what something other than a person is lends nothing ("which", not "who")
    events = coded(resources, "The deal, which is Senegalese, was signed by nobody.")
    assert all(not (e[0] or "").startswith("SEN") for e in events)
