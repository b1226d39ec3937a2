"""An act whose text names no target is still aimed at someone: the other party of the story,
else, for an act between parties in a story naming no other country, the source's own state; a
public statement with no one in view keeps no target."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.pipeline import code
from eventwire.resources import Resources

WED = date(2023, 11, 15)


def _sides(text: str, resources: Resources) -> list[tuple[str | None, str, str | None]]:
    return [(e.source.actor.country if e.source else None, e.cameo, e.target.actor.country if e.target else None)
            for e in code(text, published=WED, resources=resources)]


@pytest.mark.parametrize(("text", "expected"), [
    # force with no target and no place named: the country it happens in, the source's own
    ("Nepalese troops shelled two hamlets on the far side of the ridge on Friday.", ("NPL", "194", "NPL")),
    # talks of a state's officials with a party of their own country
    ("Senior Nepalese officials and leaders of the Maoist movement resumed negotiations on Thursday.",
     ("NPL", "046", "NPL")),
    ("The Nepalese army placed its garrisons on high alert on Friday.", ("NPL", "152", "NPL")),
])
def test_unnamed_party_act_in_a_story_of_one_country_is_a_domestic_affair(
        resources: Resources, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _sides(text, resources)


@pytest.mark.parametrize(("text", "expected"), [
    ("MAPUTO, Mozambique — Floods cut the main highway on Monday. Portugal pledged emergency relief on Tuesday.",
     ("PRT", "0333", "MOZ")),
    ("Floods cut the main highway across Mozambique on Monday. "
     "Portugal sent two cargo planes of tents and medicine on Tuesday.", ("PRT", "073", "MOZ")),
])
def test_unnamed_party_aid_goes_to_the_country_the_story_is_about(
        resources: Resources, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _sides(text, resources)


def test_unnamed_party_statement_with_no_one_in_view_keeps_no_target(resources: Resources) -> None:
    text = "The Nepalese interior minister voiced hope on Friday that the monsoon would spare the harvest."
    assert _sides(text, resources) == [("NPL", "013", None)]


@pytest.mark.parametrize("text", [
    # a trip with no host named, inside the traveller's own country, is no visit between parties
    "The Nepalese president flew to the flooded western districts on Friday.",
    "Nepal's home minister arrived in the flooded western districts on Saturday.",
])
def test_unnamed_party_trip_at_home_is_no_visit(resources: Resources, text: str) -> None:
    assert [s for s in _sides(text, resources) if s[1].startswith("04")] == []
