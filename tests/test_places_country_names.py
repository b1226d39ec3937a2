"""A word of a country's name ("Trinidad" of "Trinidad and Tobago") is the country, never a town
the gazetteer lacks that the sentence would call a place: a deed done outside the country's
embassy in a capital is placed in that capital."""

from __future__ import annotations

from eventwire.pipeline import code
from eventwire.resources import Resources
from test_article_places import WED


def test_places_country_name_is_no_unlisted_town(resources: Resources) -> None:
    found = [e.place for e in code("Dozens of farmers protested outside Trinidad and Tobago's embassy in Caracas "
                                   "on Monday.", published=WED, resources=resources)]
    assert found and all(p is not None and (p.name, p.country) == ("Caracas", "VEN") for p in found)
