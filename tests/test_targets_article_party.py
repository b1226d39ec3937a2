"""An appeal, a criticism, a rejection or a threat is always aimed at someone: in a story about one
country, by an actor of another (or of none: an international body) that names no third, it is
aimed at the country the story is about (data/conventions.tsv `implied_target` = `focus`;
eventwire.coding.targets.implied_target), as is any other act whose text names no one
(eventwire.coding.events._unnamed_party).
Texts written for these tests."""

from __future__ import annotations

import pytest

from coded import coded
from eventwire.resources import Resources

LEAD = ("JUBA, SOUTH SUDAN — Clashes between rival army units killed at least 20 people in the capital "
        "on Monday, local officials said.\n\n")


def test_targets_article_party_of_a_criticism(resources: Resources) -> None:
    events = coded(resources, LEAD + "The United States condemned the violence on Tuesday.")
    assert ("USA", "111", "SSD") in events


def test_targets_article_party_not_over_a_named_third_country(resources: Resources) -> None:
    events = coded(resources, LEAD + "Kenya rejected the claims made by Uganda on Wednesday.")
    assert [e for e in events if e[0] == "KEN" and e[2] == "SSD"] == []


def test_targets_article_party_not_for_countries_acting_together(resources: Resources) -> None:
    # Several countries together: none of them is the story's other party.
    events = coded(resources, LEAD + "Britain and Norway criticized the fighting on Tuesday.")
    assert [e for e in events if e[2] == "SSD"] == []


def test_targets_article_party_of_an_act_naming_no_one(resources: Resources) -> None:
    # A praise of what happened in the story's country names no one: it is aimed at that country.
    events = coded(resources, LEAD + "The United States praised the ceasefire on Tuesday.")
    assert ("USA", "051", "SSD") in events


def test_targets_sentence_party_of_a_threat(resources: Resources) -> None:
    # No article context: the one other country the sentence names is the threat's target.
    events = coded(resources, "After Indian jets crossed the frontier, Pakistan vowed to respond in its own time.")
    assert ("PAK", "130", "IND") in events


def test_targets_sentence_party_not_among_two_other_countries(resources: Resources) -> None:
    events = coded(resources, "After Indian jets crossed into Nepal, Pakistan vowed to respond in its own time.")
    assert [e for e in events if e[0] == "PAK" and e[1].startswith("13") and e[2] is not None] == []


def test_targets_sentence_party_of_a_demand(resources: Resources) -> None:
    events = coded(resources, "Chilean boats entered the disputed waters, and Peru demanded an apology on Monday.")
    assert any(e[0] == "PER" and e[1].startswith("10") and e[2] == "CHL" for e in events)


@pytest.mark.parametrize("text", [
    "Speaking in Paris, the Iranian foreign minister rejected the proposal.",
    "The Kenyan minister condemned the ruling in an interview with a Ugandan radio station.",
])
def test_targets_sentence_party_not_a_country_that_does_not_act(resources: Resources, text: str) -> None:
    # A country named only as a place or an audience is no party to the act.
    events = coded(resources, text)
    assert [e for e in events if e[1][:2] in {"11", "12"} and e[2] is not None] == []


@pytest.mark.parametrize("text", [
    "The African Union condemned the violence on Tuesday.",
    "The European Union threatened on Tuesday to impose sanctions.",
])
def test_targets_article_party_of_a_source_of_no_country(resources: Resources, text: str) -> None:
    # A regional bloc belongs to no country: the story's country is another party than its own.
    events = coded(resources, LEAD + text)
    assert any(e[0] is not None and e[0].startswith("IGO") and e[1][:2] in {"11", "13"} and e[2] == "SSD"
               for e in events)


def test_targets_article_party_of_a_source_of_no_country_not_over_a_third(resources: Resources) -> None:
    events = coded(resources, LEAD + "The African Union condemned the remarks made by Uganda on Tuesday.")
    assert [e for e in events if e[0] is not None and e[0].startswith("IGO") and e[2] == "SSD"] == []


def test_targets_sentence_party_of_a_threat_by_an_international_body(resources: Resources) -> None:
    text = ("Police in Malawi detained three opposition leaders on Friday, and the African Union warned "
            "that it would suspend its aid unless the men were released, officials in Lilongwe said.")
    assert ("IGOAU", "1311", "MWI") in coded(resources, text)


def test_targets_sentence_party_of_an_international_body_not_among_two_countries(resources: Resources) -> None:
    text = "Kenyan and Ugandan troops clashed on the border, and the African Union warned that it would cut its aid."
    assert [e for e in coded(resources, text) if e[0] == "IGOAU" and e[2] is not None] == []
