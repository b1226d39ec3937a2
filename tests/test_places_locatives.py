"""Where an act happened by the grammar of its locatives: a part of a town the deed was done in, a
month that bears a town's name, the seat of a party, a deed of another party told in a clause of
the same time, and a town whose name towns of other countries bear."""

from __future__ import annotations

import pytest

from eventwire.resources import Resources
from test_article_places import _places


@pytest.mark.parametrize(("text", "expected"), [
    ("Police in Zambia blockaded the centre of Kitwe on Monday.", "Kitwe"),
    ("Troops fired on protesters in the streets of Kisumu.", "Kisumu"),
])
def test_places_locatives_part_of_a_town_is_in_the_town(resources: Resources, text: str, expected: str) -> None:
    found = _places(text, resources)
    assert found and all(place == expected for _code, place in found)


def test_places_locatives_month_in_speaker_phrase_is_no_place(resources: Resources) -> None:
    found = _places("The Chilean foreign minister, who was appointed in March, said she would accept the verdict "
                    "and urged Argentina to free the detained trawler crews.", resources)
    assert found and all(place is None for _code, place in found)


@pytest.mark.parametrize(("text", "expected"), [
    ("Russia sanctioned a rights group based in Vilnius on Monday.", None),
    ("Russia imposed sanctions on a Norwegian charity headquartered in Bergen.", None),
    ("Iran freed two French nationals held in Tehran.", "Tehran"),  # where the freed were held
])
def test_places_locatives_seat_of_a_party_is_not_where_it_was_acted_on(resources: Resources, text: str,
                                                                        expected: str | None) -> None:
    found = _places(text, resources)
    assert found and all(place == expected for _code, place in found)


def test_places_locatives_statement_is_not_where_another_party_acted_meanwhile(resources: Resources) -> None:
    found = dict(_places("The Ugandan president denounced the crackdown on Tuesday while police fired on marchers "
                         "in Gulu.", resources))
    assert found.get("111", "absent") is None
    assert found.get("175") == "Gulu"


def test_places_locatives_town_of_a_shared_name_is_in_the_country_named(resources: Resources) -> None:
    found = _places("Taiwanese longliners are regularly boarded in Seychelles, and in March a magistrate in Victoria "
                    "penalized the owners of three of them.", resources)
    assert found and all(place == "Victoria" for _code, place in found)


@pytest.mark.parametrize(("text", "expected"), [
    ("The Ugandan president flew to Nairobi on Monday after an East African summit in Arusha.", "Nairobi"),
    ("The Kenyan president arrived in Kampala on Monday following a stop in Kigali.", "Kampala"),
])
def test_places_locatives_trip_is_not_placed_where_the_traveler_was_before(resources: Resources, text: str,
                                                                           expected: str) -> None:
    found = _places(text, resources)
    assert found and all(place == expected for _code, place in found)


def test_places_locatives_organization_named_after_a_town_is_no_place(resources: Resources) -> None:
    found = _places("The minister spoke at Chatham House in London on Tuesday and criticized Russia.", resources)
    assert found and all(place == "London" for _code, place in found)


@pytest.mark.parametrize(("text", "expected"), [
    ("Libya deported 300 Nigerien migrants from Tripoli to Niamey on Monday.", "Tripoli"),
    ("Pakistan expelled two Indian diplomats from Islamabad.", "Islamabad"),
    ("Congolese troops drove out the rebels from Rutshuru on Sunday.", "Rutshuru"),
    ("Kenya expelled 300 migrants from Ethiopia.", None),  # where they came from
])
def test_places_locatives_removal_is_done_where_the_removed_were(resources: Resources, text: str,
                                                                 expected: str | None) -> None:
    found = _places(text, resources)
    assert found and all(place == expected for _code, place in found)


def test_places_locatives_story_filed_away_from_its_scene_leaves_later_unrest_unplaced(resources: Resources) -> None:
    found = _places("NAIROBI, Kenya — Kenyan police evicted hundreds of families from farms in Nakuru county on "
                    "Monday, rights groups said. Police also arrested 30 protesters on Tuesday, the groups said.",
                    resources)
    assert ("201", "Nakuru") in found
    assert ("173", None) in found


@pytest.mark.parametrize(("text", "expected"), [
    # at sea, what a ship or a crew was off is where it was seized
    ("Iranian commandos seized a British tanker off Gibraltar on Friday.", "Gibraltar"),
])
def test_places_locatives_off_a_coast_is_the_place(resources: Resources, text: str, expected: str) -> None:
    found = _places(text, resources)
    assert found and all(place == expected for _code, place in found)
