"""The one other country a sentence names as a party is whom an appeal, a demand, a criticism, a
rejection or a threat without a named target is aimed at (eventwire.coding.party_countries): one
whose actors act in the sentence or that the act's object names, never an ally told as backing or
joining the actors, and not a city named as where someone is. Sentences written for these tests."""

from __future__ import annotations

import pytest

from coded import coded
from eventwire.actors.dictionary import Entry, EntryKind
from eventwire.actors.matcher import Hit
from eventwire.actors.mentions import SentenceHits
from eventwire.coding.party_countries import party_countries
from eventwire.resources import Resources
from parse_support import parsed


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


HELD_SHIP = """
Gunmen gunman NOUN NNS nsubj 7
holding hold VERB VBG acl 0
a a DET DT det 4
Kenyan kenyan ADJ JJ amod 4
ship ship NOUN NN dobj 1
in in ADP IN prep 4
Mombasa mombasa PROPN NNP pobj 5
threatened threaten VERB VBD ccomp 11
, , PUNCT , punct 11
Ugandan ugandan ADJ JJ amod 10
officials official NOUN NNS nsubj 11
said say VERB VBD ROOT 11
"""


def _named(kind: EntryKind, country: str) -> Entry:
    return Entry(id=f"{kind}.{country}", kind=kind, phrases=(country,), code=country, country=country, sectors=(),
                 name=country)


@pytest.mark.parametrize(("demonym", "aside"), [
    # a city named only as where the ship lies sets its country aside
    (False, frozenset({"KEN"})),
    # a country also named otherwise ("a Kenyan ship ... in Mombasa") is not set aside
    (True, frozenset()),
])
def test_party_countries_set_aside_only_where_named_so_alone(resources: Resources, demonym: bool,
                                                            aside: frozenset[str]) -> None:
    doc = parsed(HELD_SHIP)
    hits = [Hit(start=6, end=7, entries=(_named(EntryKind.CAPITAL, "KEN"),)),
            Hit(start=9, end=10, entries=(_named(EntryKind.DEMONYM, "UGA"),))]
    if demonym:
        hits.insert(0, Hit(start=3, end=4, entries=(_named(EntryKind.DEMONYM, "KEN"),)))
    found = party_countries(SentenceHits.build(doc, hits, 0, None, lexicon=resources.lexicon), doc[7])
    assert found.parties == frozenset({"UGA"})
    assert found.aside == aside
