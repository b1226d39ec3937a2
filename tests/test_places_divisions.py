"""Tests of the divisions of countries: their importer and the gazetteer's reading of them."""

from __future__ import annotations

from importlib import resources

import pytest

from eventwire.coding.lexicon import load_lexicon
from eventwire.dictionaries.divisions import division_rows, fold, render, usable_names
from eventwire.gazetteer import Gazetteer
from eventwire.places import find_place


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


def test_divisions_shipped_file_matches_its_sources() -> None:
    shipped = (resources.files("eventwire") / "data" / "places" / "divisions.tsv").read_text(encoding="utf-8")
    assert render(division_rows()) == shipped


@pytest.mark.parametrize(
    ("name", "forms"),
    [
        ("Soum", ["Soum"]),
        ("Girona [Gerona]", ["Girona"]),
        ("Murcia, Región de", []),
        ("Haute-Sangha / Mambéré-Kadéï", []),
        ("Sofia (stolitsa)", []),
    ],
)
def test_divisions_usable_names(name: str, forms: list[str]) -> None:
    assert usable_names(name) == forms


def test_divisions_fold_drops_accents() -> None:
    assert fold("Apurímac") == "apurimac"


@pytest.mark.parametrize(
    ("name", "country", "label"),
    [
        ("Balochistan", "PAK", "Balochistan"),
        ("Zamfara", "NGA", "Zamfara"),
        ("Apurimac", "PER", "Apurímac"),
        ("North Kivu", "COD", "North Kivu"),
        ("Nord-Kivu", "COD", "Nord-Kivu"),
        ("Tigray", "ETH", "Tigray"),
    ],
)
def test_divisions_lookup(gazetteer: Gazetteer, name: str, country: str, label: str) -> None:
    place = gazetteer.lookup(name)
    assert place is not None
    assert (place.name, place.country, place.geonameid) == (label, country, 0)


def test_divisions_a_city_of_the_same_name_wins(gazetteer: Gazetteer) -> None:
    place = gazetteer.lookup("Kano")
    assert place is not None
    assert (place.name, place.country) == ("Kano", "NGA")
    assert place.geonameid != 0


def test_divisions_shared_name_goes_to_the_actors_country(gazetteer: Gazetteer) -> None:
    india, pakistan = gazetteer.lookup("Punjab", frozenset({"IND"})), gazetteer.lookup("Punjab", frozenset({"PAK"}))
    assert india is not None and pakistan is not None
    assert (india.country, pakistan.country) == ("IND", "PAK")


@pytest.mark.parametrize("name", ["Nord", "Centre", "Lakes", "Bay"])
def test_divisions_single_generic_words_are_no_place(gazetteer: Gazetteer, name: str) -> None:
    place = gazetteer.lookup(name)
    assert place is None or place.geonameid != 0


def test_divisions_point_is_the_namesake_city_or_the_country(gazetteer: Gazetteer) -> None:
    sindh, pakistan = gazetteer.lookup("Sindh"), gazetteer.lookup("Pakistan")
    assert sindh is not None and pakistan is not None
    assert (sindh.lat, sindh.lon) == (pakistan.lat, pakistan.lon)


def test_divisions_find_place_in_a_state(gazetteer: Gazetteer) -> None:
    sentence = "Gunmen stormed a police post in Zamfara state late on Sunday."
    start = sentence.index("Zamfara")
    place = find_place(sentence, 100, [("Zamfara", start, start + 7, "in")], gazetteer, lexicon=load_lexicon())
    assert place is not None
    assert (place.name, place.country, place.text, place.start) == ("Zamfara", "NGA", "Zamfara", 100 + start)


@pytest.mark.parametrize(("name", "precision"), [
    ("Nairobi", "city"),
    ("Kenya", "country"),
    ("Florida", "division"),  # a US state
    ("North Kivu", "division"),  # an ISO 3166-2 division, at its seat's point
])
def test_divisions_places_say_how_exact_they_are(gazetteer: Gazetteer, name: str, precision: str) -> None:
    place = gazetteer.lookup(name)
    assert place is not None and place.precision == precision
    assert place.to_record()["precision"] == precision


def test_divisions_place_the_gazetteer_lacks_is_approximate(gazetteer: Gazetteer) -> None:
    # "the district of Zorbat" (made up) is a place of the sentence's country, at its capital's point
    text = "Troops raided the district of Zorbat in Kenya."
    start = text.index("Zorbat")
    place = find_place(text, 0, [("Zorbat", start, start + 6, "object")], gazetteer, frozenset({"KEN"}),
                       named={start: "Zorbat"}, lexicon=load_lexicon())
    assert place is not None and place.geonameid == 0 and place.precision == "approximate"
