"""The one other country a sentence names as a party is whom an appeal, a demand, a criticism, a
rejection or a threat without a named target is aimed at (eventwire.coding.party_countries): one
whose actors act in the sentence or that the act's object names, never an ally told as backing or
joining the actors, and not a city named as where someone is. Sentences written for these tests."""

from __future__ import annotations

import pytest

from coded import coded
from eventwire.resources import Resources


@pytest.mark.parametrize(("text", "party", "ally"), [
    ("Ugandan troops, supported by Kenyan helicopters, overran the camp on Sunday, and the rebels vowed "
     "to hit back.", "UGA", "KEN"),
    ("Rwandan rebels, with the help of Burundian fighters, attacked a village, and Kinshasa vowed to "
     "retaliate.", "RWA", "BDI"),
])
def test_party_countries_an_ally_is_no_party(resources: Resources, text: str, party: str, ally: str) -> None:
    events = [e for e in coded(resources, text) if e[1].startswith("13")]
    assert any(e[2] is not None and e[2].startswith(party) for e in events)
    assert not any(e[2] is not None and e[2].startswith(ally) for e in events)


def test_party_countries_a_city_where_reporters_are_is_no_party(resources: Resources) -> None:
    text = ("Gunmen in Lesotho seized two ministers on Monday, and the African Union threatened sanctions "
            "unless they were released, envoys in Pretoria said.")
    assert ("IGOAU", "1312", "LSO") in coded(resources, text)


def test_party_countries_named_in_what_the_object_is_called(resources: Resources) -> None:
    text = "The Bolivian envoy condemned what he called the brutal Chilean crackdown on miners."
    assert ("BOLGOV", "111", "CHL") in coded(resources, text)


@pytest.mark.parametrize("text", [
    # a city where talks are held, and the audience of a speech, are no party
    "The Bolivian envoy condemned the decision after talks in Lima.",
    "Speaking to a Peruvian newspaper, the Bolivian envoy condemned the decision.",
])
def test_party_countries_none_in_a_place_or_another_clause(resources: Resources, text: str) -> None:
    assert [e for e in coded(resources, text) if e[1] == "111" and e[2] is not None] == []


@pytest.mark.parametrize(("text", "expected"), [
    # a show of force at home is aimed at the other party acting in the sentence, not at an ally of it
    ("A Turkish drilling ship entered the disputed waters on Monday, and Greece put its navy on alert.",
     ("GRC", "152", "TUR")),
    ("Egyptian warships, escorted by Saudi jets, sailed toward the strait, and Iran put its navy on alert.",
     ("IRN", "152", "EGY")),
])
def test_party_countries_of_a_force_posture(resources: Resources, text: str,
                                            expected: tuple[str, str, str]) -> None:
    assert expected in coded(resources, text)


def test_party_countries_a_city_where_reporters_are_keeps_the_story_party(resources: Resources) -> None:
    lead = ("JUBA, SOUTH SUDAN — Clashes between rival army units killed at least 20 people in the capital "
            "on Monday, local officials said.\n\n")
    events = coded(resources, lead + "The United States praised the ceasefire on Tuesday, envoys in Nairobi said.")
    assert ("USA", "051", "SSD") in events
