"""Parties named as a list, in sentences of the project's own wording: each listed party acting or
acted on is an event of its own, also when an organization heads the list or the parser reads a
demonym after a comma as a modifier of the list's noun; an apposition after a comma is no list member."""

from __future__ import annotations

from datetime import date

import pytest

from coded import each_pair
from eventwire.evaluate import actor_class
from eventwire.pipeline import code
from eventwire.resources import Resources

DAY = date(2024, 5, 15)


@pytest.mark.parametrize(("text", "pairs"), [
    # an organization heading a list of countries
    ("U.N., U.S. and French officials criticized Sudan on Monday.",
     {("IGO", "SDN"), ("USA", "SDN"), ("FRA", "SDN")}),
    ("NATO, Polish and Danish officials criticized Belarus on Monday.",
     {("IGO", "BLR"), ("POL", "BLR"), ("DNK", "BLR")}),
    # a demonym after a comma parsed as a modifier of the list's noun
    ("Peru accused U.S., Chilean and Bolivian officials of lying.",
     {("PER", "USA"), ("PER", "CHL"), ("PER", "BOL")}),
    # a possessive apposition after a comma names no party of a list
    ("Ghana, Togo's western neighbour, criticized Niger on Monday.", {("GHA", "NER")}),
    ("Ghana, Togo's western neighbour, and Benin criticized Niger on Monday.", {("GHA", "NER"), ("BEN", "NER")}),
])
def test_actor_lists_parties(resources: Resources, text: str, pairs: set[tuple[str, str]]) -> None:
    events = each_pair(code(text, published=DAY, resources=resources))
    assert {(actor_class(e.source), actor_class(e.target)) for e in events} == pairs


def test_actor_lists_keep_the_role_of_listed_countries(resources: Resources) -> None:
    events = each_pair(code("U.N., U.S. and French officials criticized Sudan on Monday.", published=DAY,
                            resources=resources))
    assert {e.source.actor.code for e in events if e.source} == {"IGOUNO", "USAGOV", "FRAGOV"}


def test_actor_lists_long_list(resources: Resources) -> None:
    """A list of six parties gives six events, one per party."""
    text = ("Sudan was criticized by African Union, U.S., Kenyan, Ugandan, Polish and Danish delegates "
            "at a council meeting on Monday.")
    events = each_pair(code(text, published=DAY, resources=resources))
    assert {actor_class(e.source) for e in events} == {"IGO", "USA", "KEN", "UGA", "POL", "DNK"}
    assert {actor_class(e.target) for e in events} == {"SDN"}


def test_actor_lists_owner_in_apposition_is_no_member(resources: Resources) -> None:
    """The parser may coordinate an apposition's owner with the name before it ("the Houthis,
    Yemen's ..."); the owner stays no party of its own."""
    text = ("An aid group said Friday that the Houthis, Yemen’s de facto authorities, had stopped its trucks "
            "from entering the port.")
    events = each_pair(code(text, published=DAY, resources=resources))
    assert {e.source.actor.code for e in events if e.source} == {"YEMREB"}
