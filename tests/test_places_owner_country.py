"""A place named with the country that holds it ("in Tanzania's Rorya district", "the Ethiopian town
of Moyale", "Lebanon's northern city of Tripoli"): the name is a place of that country only, and
of it when the gazetteer lacks it, whatever the actors' countries; the state of an act told in the
passive without agent is then that country's."""

from __future__ import annotations

import pytest

from coded import actor_code
from eventwire.evaluate import actor_class
from eventwire.pipeline import code
from eventwire.resources import Resources
from test_article_places import WED


def _coded(text: str, resources: Resources) -> list[tuple[str | None, str | None, str | None, str | None]]:
    return [(actor_class(e.source) if e.source else None, actor_class(e.target) if e.target else None,
             e.place.name if e.place else None, e.place.country if e.place else None)
            for e in code(text, published=WED, resources=resources)]


@pytest.mark.parametrize(("text", "expected"), [
    # a district the gazetteer lacks is of the country owning it, not of the people arrested there
    ("Kenyan fishermen were arrested in Tanzania's Rorya district.", ("TZA", "KEN", "Rorya", "TZA")),
    ("Guinean traders were detained on Friday in Mali's Kenieba prefecture.", ("MLI", "GIN", "Kenieba", "MLI")),
    # a town of that name in another country is not the one named
    ("Somali refugees were detained in the Ethiopian town of Moyale.", ("ETH", "SOM", "Moyale", "ETH")),
    ("Eight Libyan sailors were arrested in Lebanon's northern city of Tripoli.", ("LBN", "LBY", "Tripoli", "LBN")),
])
def test_places_owner_country_places_the_act(resources: Resources, text: str,
                                             expected: tuple[str, str, str, str]) -> None:
    assert _coded(text, resources) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("Police arrested 30 protesters in the Mexican state of Zacatecas on Monday.", ("MEXCOP", "Zacatecas", "MEX")),
    # the state, not the country of the name
    ("Soldiers arrested five men in the U.S. state of Georgia.", ("USAMIL", "Georgia", "USA")),
])
def test_places_owner_country_of_a_listed_division(resources: Resources, text: str,
                                                   expected: tuple[str, str, str]) -> None:
    events = code(text, published=WED, resources=resources)
    assert [(actor_code(e.source), e.place.name if e.place else None, e.place.country if e.place else None)
            for e in events] == [expected]


def test_places_owner_country_territory_of_its_own(resources: Resources) -> None:
    # an island GeoNames lists as a territory of its own stays that territory
    found = _coded("Police detained 30 migrants on Sunday on the French island of Mayotte.", resources)
    assert [(name, country) for *_, name, country in found] == [("Mayotte", "MYT")]
    found = _coded("Police arrested 30 activists in China's Hong Kong.", resources)
    assert [(name, country) for *_, name, country in found] == [("Hong Kong", "HKG")]


def test_places_owner_country_not_a_demonym_of_who_holds_it(resources: Resources) -> None:
    # "Russian-held" tells who holds the town, not whose it is
    found = _coded("Ukrainian drones struck a fuel depot in the Russian-held city of Nova Kakhovka on Monday.",
                   resources)
    assert [(name, country) for *_, name, country in found] == [("Nova Kakhovka", "UKR")]


@pytest.mark.parametrize(("text", "expected"), [
    # a town named as near places of a country is of that country, not a namesake across the border
    ("Kabul said Pakistani gunners had lobbed shells into Afghan villages near the town of Lalpur on Sunday.",
     ("Lalpur", "AFG")),
])
def test_places_owner_country_of_the_places_it_lies_near(resources: Resources, text: str,
                                                          expected: tuple[str, str]) -> None:
    found = _coded(text, resources)
    assert found and all((name, country) == expected for _s, _t, name, country in found)
