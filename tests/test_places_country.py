"""A whole country places no deed and no thing said: the spot a deed was done at, or the town
words were spoken in, is what an event's place tells; the country still places its sides."""

from __future__ import annotations

import pytest

from eventwire.coding.events import event_place
from eventwire.model import Place, PlacePrecision
from eventwire.ontology.conventions import Scene
from eventwire.pipeline import code
from eventwire.resources import Resources
from test_article_places import WED

_CHAD = Place(name="Chad", geonameid=2434508, lat=15.0, lon=19.0, country="TCD", text="Chad",
              precision=PlacePrecision.COUNTRY)
_ABECHE = Place(name="Abeche", geonameid=245785, lat=13.8, lon=20.8, country="TCD", text="Abeche",
                precision=PlacePrecision.CITY)


@pytest.mark.parametrize("scene", [Scene(forceful=True), Scene(said=True, judging=True), Scene(said=True)])
def test_places_country_places_no_deed_nor_saying(scene: Scene) -> None:
    assert event_place(_CHAD, scene) is None
    assert event_place(_ABECHE, scene) == _ABECHE


def test_places_country_places_a_meeting() -> None:
    assert event_place(_CHAD, Scene(envoy=True)) == _CHAD
    assert event_place(None, Scene(forceful=True)) is None


def test_places_country_deed_in_a_region_of_a_country_has_no_place(resources: Resources) -> None:
    events = code("Chadian soldiers clashed with Sudanese militiamen in eastern Chad on Sunday.", published=WED,
                  resources=resources)
    assert events and all(e.place is None for e in events)
    assert all(e.source and e.source.actor.country == "TCD" for e in events)


def test_places_country_town_of_a_deed_stays(resources: Resources) -> None:
    events = code("Chadian soldiers clashed with Sudanese militiamen near Abeche on Sunday.", published=WED,
                  resources=resources)
    assert events and all(e.place is not None and e.place.country == "TCD" for e in events)
