"""Tests of eventwire.places: the gazetteer and the choice of an event's place."""

from __future__ import annotations

import pytest

from eventwire.coding.lexicon import load_lexicon
from eventwire.gazetteer import Gazetteer
from eventwire.model import Place
from eventwire.places import find_place


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


def _offsets_match(place: Place, sentence: str, sentence_start: int) -> bool:
    assert place.start is not None and place.end is not None
    return sentence[place.start - sentence_start:place.end - sentence_start] == place.text


def test_places_pyongyang(gazetteer: Gazetteer) -> None:
    place = gazetteer.lookup("Pyongyang")
    assert place is not None
    assert (place.name, place.country, place.admin1) == ("Pyongyang", "PRK", "KP.12")
    assert place.lat == pytest.approx(39.03, abs=0.01)
    assert place.lon == pytest.approx(125.75, abs=0.01)


@pytest.mark.parametrize(
    ("name", "country", "geoname"),
    [
        ("Moscow", "RUS", "Moscow"),
        ("moscow", "RUS", "Moscow"),
        ("Washington", "USA", "Washington"),
        ("Kiev", "UKR", "Kyiv"),
        ("Sao Paulo", "BRA", "São Paulo"),
        ("St. Petersburg", "RUS", "Saint Petersburg"),
        ("The Hague", "NLD", "The Hague"),
        ("New York", "USA", "New York City"),
        ("Pristina", "XKX", "Pristina"),
    ],
)
def test_places_lookup_city(gazetteer: Gazetteer, name: str, country: str, geoname: str) -> None:
    place = gazetteer.lookup(name)
    assert place is not None
    assert (place.name, place.country) == (geoname, country)


def test_places_washington_is_the_us_capital(gazetteer: Gazetteer) -> None:
    place = gazetteer.lookup("Washington", frozenset({"GBR"}))
    assert place is not None
    assert (place.country, place.admin1) == ("USA", "US.DC")
    assert place.lat == pytest.approx(38.9, abs=0.1)


def test_places_prefer_breaks_ambiguity(gazetteer: Gazetteer) -> None:
    india = gazetteer.lookup("Hyderabad")
    pakistan = gazetteer.lookup("Hyderabad", frozenset({"PAK"}))
    assert india is not None and pakistan is not None
    assert (india.country, pakistan.country) == ("IND", "PAK")


@pytest.mark.parametrize(
    ("name", "geoname", "country"),
    [
        ("Lebanon", "Lebanon", "LBN"),
        ("North Korea", "North Korea", "PRK"),
        ("DPRK", "North Korea", "PRK"),
        ("Russian Federation", "Russia", "RUS"),
        ("U.S.", "United States", "USA"),
        ("US", "United States", "USA"),
        ("Britain", "United Kingdom", "GBR"),
        ("the Netherlands", "The Netherlands", "NLD"),
        ("Kosovo", "Kosovo", "XKX"),
        ("Georgia", "Georgia", "GEO"),
    ],
)
def test_places_lookup_country(gazetteer: Gazetteer, name: str, geoname: str,
                               country: str) -> None:
    place = gazetteer.lookup(name)
    assert place is not None
    assert (place.name, place.country, place.admin1) == (geoname, country, None)


def test_places_country_takes_capital_coordinates(gazetteer: Gazetteer) -> None:
    country, capital = gazetteer.lookup("Lebanon"), gazetteer.lookup("Beirut")
    assert country is not None and capital is not None
    assert (country.lat, country.lon) == (capital.lat, capital.lon)
    assert country.geonameid != capital.geonameid


@pytest.mark.parametrize(("name", "admin1"), [("California", "US.CA"), ("Florida", "US.FL")])
def test_places_lookup_us_state(gazetteer: Gazetteer, name: str, admin1: str) -> None:
    place = gazetteer.lookup(name)
    assert place is not None
    assert (place.name, place.country, place.admin1) == (name, "USA", admin1)


@pytest.mark.parametrize("name", ["Xyzzyville", "", "us", "President", "Hotel", "MOW", "North", "Central", "Port"])
def test_places_lookup_unknown(gazetteer: Gazetteer, name: str) -> None:
    assert gazetteer.lookup(name) is None


SENTENCE = "The envoy flew from Moscow to Beijing after talks in Pyongyang."


@pytest.mark.parametrize(
    ("candidates", "expected"),
    [
        ([("Moscow", 20, 26, "from"), ("Beijing", 30, 37, "to"), ("Pyongyang", 53, 62, "in")],
         "Pyongyang"),
        ([("Moscow", 20, 26, "from"), ("Beijing", 30, 37, "to")], "Beijing"),
        ([("Moscow", 20, 26, "from"), ("Beijing", 30, 37, "")], "Beijing"),
        ([("Beijing", 30, 37, ""), ("Pyongyang", 53, 62, "to")], "Pyongyang"),
        ([("Moscow", 20, 26, "from")], None),
        ([("Moscow", 20, 26, "against")], None),
        ([], None),
    ],
)
def test_places_find_place_prefers_locative(
    gazetteer: Gazetteer, candidates: list[tuple[str, int, int, str]], expected: str | None
) -> None:
    place = find_place(SENTENCE, 1000, candidates, gazetteer, lexicon=load_lexicon())
    assert (place.name if place else None) == expected
    if place is not None:
        assert _offsets_match(place, SENTENCE, 1000)


def test_places_find_place_tries_sub_spans(gazetteer: Gazetteer) -> None:
    sentence = "They met at the Pyongyang Koryo Hotel on Tuesday."
    place = find_place(sentence, 40, [("Pyongyang Koryo Hotel", 16, 37, "")], gazetteer, lexicon=load_lexicon())
    assert place is not None
    assert (place.name, place.text, place.start, place.end) == ("Pyongyang", "Pyongyang", 56, 65)
    assert _offsets_match(place, sentence, 40)


def test_places_find_place_strips_possessive(gazetteer: Gazetteer) -> None:
    sentence = "Officials in Lebanon's capital spoke."
    place = find_place(sentence, 0, [("Lebanon's", 13, 22, "in")], gazetteer, lexicon=load_lexicon())
    assert place is not None
    assert (place.country, place.text) == ("LBN", "Lebanon")


def test_places_generic_word_of_an_unknown_name_is_no_place(gazetteer: Gazetteer) -> None:
    sentence = "A bomb exploded in the North Waziristan district on Tuesday."
    assert find_place(sentence, 0, [("North Waziristan", 23, 39, "in")], gazetteer, lexicon=load_lexicon()) is None


@pytest.mark.parametrize(("name", "named", "expected"), [
    ("Congo", frozenset({"COD"}), "COD"),          # the article names Kinshasa, Goma or the long name
    ("the Congo", frozenset({"COD", "UGA"}), "COD"),
    ("Congo", frozenset({"COG"}), "COG"),
    ("Congo", frozenset({"COG", "COD"}), "COG"),   # both named: as without evidence
    ("Congo", frozenset(), "COG"),
    ("Korea", frozenset({"PRK", "CHN"}), "PRK"),
    ("Korea", frozenset({"KOR"}), "KOR"),
    ("Guinea", frozenset({"GNB"}), "GIN"),         # Guinea's own name, not a shared one
])
def test_places_shared_short_name_is_the_country_the_article_names(gazetteer: Gazetteer, name: str,
                                                                   named: frozenset[str], expected: str) -> None:
    place = gazetteer.lookup(name, named=named)
    assert place is not None and place.country == expected and gazetteer.is_country(place)


def test_places_shared_short_name_without_evidence_resolves_as_before(gazetteer: Gazetteer) -> None:
    assert gazetteer.lookup("Korea") is None
    assert gazetteer.shares("Congo") and gazetteer.shares("the Congo") and not gazetteer.shares("Guinea")


@pytest.mark.parametrize("line", ["Congo\tCOG", "Congo\tCOG cod", "Congo\t"])
def test_places_shared_names_file_needs_two_country_codes(line: str) -> None:
    from eventwire.errors import DictionaryError
    from eventwire.gazetteer import _shared_names

    with pytest.raises(DictionaryError, match=r"^shared\.tsv:3: expected two or more ISO 3166"):
        _shared_names(f"# Source: test\nname\tcountries\n{line}\n", "shared.tsv")
