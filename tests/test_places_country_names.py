"""A word of a country's name ("Trinidad" of "Trinidad and Tobago") is the country, never a town
the gazetteer lacks that the sentence would call a place; and a name that "of" goes on ("Port of
Spain") is the longer name the gazetteer has, not its first word."""

from __future__ import annotations

from eventwire.pipeline import code
from eventwire.resources import Resources
from test_article_places import WED


def test_places_country_name_is_no_unlisted_town(resources: Resources) -> None:
    found = [e.place for e in code("Dozens of farmers protested outside Trinidad and Tobago's embassy in Caracas "
                                   "on Monday.", published=WED, resources=resources)]
    assert found and all(p is not None and (p.name, p.country) == ("Caracas", "VEN") for p in found)


def test_places_name_going_on_with_of(resources: Resources) -> None:
    # the proper-noun run stops at "of": the longer name the gazetteer has is the place
    found = [e.place for e in code("Venezuelan police arrested three Guyanese traders in Port of Spain on Sunday.",
                                   published=WED, resources=resources)]
    assert found and all(p is not None and (p.name, p.country) == ("Port of Spain", "TTO") for p in found)
