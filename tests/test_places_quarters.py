"""A capitalised point of the compass before a place's name ("North Mitrovica", "South Lebanon")
names a place of its own, or a part of the named one: when the gazetteer lacks the whole name, the
event's place is the whole name, in the named place's country, never the named place itself nor
another town whose name ends alike."""

from __future__ import annotations

import pytest

from eventwire.pipeline import code
from eventwire.resources import Resources
from test_article_places import WED


def _placed(text: str, resources: Resources) -> list[tuple[str | None, str | None, int | None]]:
    return [(e.place.name if e.place else None, e.place.country if e.place else None,
             e.place.geonameid if e.place else None) for e in code(text, published=WED, resources=resources)]


@pytest.mark.parametrize(("text", "name", "country"), [
    # a town the gazetteer lacks, beside one it has by the shorter name
    ("Kosovo police arrested three men in North Mitrovica on Saturday.", "North Mitrovica", "XKX"),
    # a part of a country, not the country
    ("Israeli jets struck two villages in South Lebanon on Friday.", "South Lebanon", "LBN"),
])
def test_places_quarter_of_a_known_place(resources: Resources, text: str, name: str, country: str) -> None:
    found = _placed(text, resources)
    assert found and all(place == (name, country, 0) for place in found)


@pytest.mark.parametrize(("text", "name"), [
    # a whole name the gazetteer has keeps its own entry
    ("Rebels attacked an army post in North Kivu on Sunday.", "North Kivu"),
    ("Sudanese troops attacked a border post in South Sudan on Monday.", "South Sudan"),
])
def test_places_quarter_known_whole_name_kept(resources: Resources, text: str, name: str) -> None:
    found = _placed(text, resources)
    assert found and all(place[0] == name for place in found)


def test_places_quarter_lowercase_direction_is_no_name(resources: Resources) -> None:
    found = _placed("Israeli jets struck two villages in southern Lebanon on Friday.", resources)
    assert found and all(place[0] != "southern Lebanon" for place in found)
