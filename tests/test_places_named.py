"""Where an event happened when the sentence names a division or a place the gazetteer lacks:
a name the sentence calls a province, district, town or village is the place, of the country of
another place it names or of the actors' one country; a country yields to a place in it; a place
in a deed's subject phrase yields to the action's own; wide regions name no place."""

from __future__ import annotations

import pytest

from eventwire.pipeline import code
from eventwire.resources import Resources
from test_article_places import WED


def _placed(text: str, resources: Resources) -> list[tuple[str, str | None, str | None, int | None]]:
    return [(e.cameo, e.place.name if e.place else None, e.place.country if e.place else None,
             e.place.geonameid if e.place else None) for e in code(text, published=WED, resources=resources)]


@pytest.mark.parametrize(("text", "name", "country"), [
    # a state, a region, a province the divisions file has
    ("Sudanese warplanes bombed a market in South Darfur state on Monday.", "South Darfur", "SDN"),
    ("Ethiopian troops fought the rebels in the Amhara region on Sunday.", "Amhara", "ETH"),
    ("Islamist fighters killed 30 villagers in North Kivu province last week.", "North Kivu", "COD"),
])
def test_places_named_division(resources: Resources, text: str, name: str, country: str) -> None:
    found = _placed(text, resources)
    assert found and all((place, where) == (name, country) for _code, place, where, _id in found)


@pytest.mark.parametrize(("text", "name", "country"), [
    # a district the gazetteer lacks, of the actors' one country
    ("Pakistani soldiers killed five militants in the Kech district on Sunday.", "Kech", "PAK"),
    ("Pakistani soldiers killed five militants in Kech district on Sunday.", "Kech", "PAK"),
    # of the country of the division the sentence also names
    ("Police in Peru arrested 12 miners in Chumbivilcas province, in the Cusco region, on Tuesday.",
     "Chumbivilcas", "PER"),
    # a village named as what was attacked, in a country named after it
    ("Gunmen attacked the village of Kuria in Niger on Monday, killing seven people.", "Kuria", "NER"),
])
def test_places_named_place_the_gazetteer_lacks(resources: Resources, text: str, name: str, country: str) -> None:
    found = _placed(text, resources)
    assert found and all((place, where, geonameid) == (name, country, 0) for _code, place, where, geonameid in found)


@pytest.mark.parametrize("text", [
    # no country to give it: two countries' actors and no other place
    "Pakistani and Afghan troops exchanged fire in Kech district on Sunday.",
    # a capital named by its country is no name of a place of its own
    "Police arrested a journalist in the Afghan capital on Monday.",
])
def test_places_named_no_unlisted_place_without_a_country(resources: Resources, text: str) -> None:
    found = _placed(text, resources)
    assert found and all(geonameid != 0 for _code, _place, _where, geonameid in found)


def test_places_named_country_yields_to_a_town_in_it(resources: Resources) -> None:
    found = _placed("Russian artillery shelled the city of Kharkiv in Ukraine on Monday.", resources)
    assert found and all((place, where) == ("Kharkiv", "UKR") for _code, place, where, _id in found)


def test_places_named_subject_phrase_yields_to_the_action(resources: Resources) -> None:
    found = _placed("Police in Nigeria arrested 12 protesters in Lagos on Tuesday.", resources)
    assert found and all(place == "Lagos" for _code, place, _where, _id in found)


def test_places_named_subject_phrase_places_a_deed_alone(resources: Resources) -> None:
    found = _placed("Police in Lagos arrested 12 protesters on Tuesday.", resources)
    assert found and all(place == "Lagos" for _code, place, _where, _id in found)


def test_places_named_wide_region_is_no_place(resources: Resources) -> None:
    found = _placed("French troops killed 20 militants in the Sahel on Monday.", resources)
    assert found and all(place is None for _code, place, _where, _id in found)


def test_places_named_country_of_the_sentences_other_place(resources: Resources) -> None:
    text = ("LIMA, PERU — Peru's government sent police to a copper mine on Monday.\n\n"
            "In 2019, riots over water in the western region of Piura forced a minister out, and in 2021 "
            "the government declared a curfew in Sullana province after weeks of unrest.")
    events = code(text, published=WED, resources=resources)
    curfew = [e for e in events if e.cameo == "1723"]
    assert curfew and all(e.place is not None and (e.place.name, e.place.country) == ("Sullana", "PER")
                          for e in curfew)


def test_places_named_far_town_gives_no_country(resources: Resources) -> None:
    # "Palma" the gazetteer knows only in Spain: in a story from Mozambique it gives no country
    text = ("MAPUTO, MOZAMBIQUE — Insurgents burned homes in raids on two villages near the northern town "
            "of Palma over the weekend, residents said.")
    events = code(text, published=WED, resources=resources)
    assert events and all(e.place is None or e.place.country == "MOZ" for e in events)


def test_places_named_shared_division_name_goes_to_the_country_named(resources: Resources) -> None:
    # Plateau is a state of Nigeria and a department of Benin
    found = _placed("Gunmen killed at least 40 people in attacks on farming villages in central Nigeria's "
                    "Plateau state, officials said.", resources)
    assert found and all((place, where) == ("Plateau", "NGA") for _code, place, where, _id in found)


def test_places_named_subject_phrase_stays_beside_a_place_of_another_clause(resources: Resources) -> None:
    # "in Lamu county" hangs from the lifting, not from the arrests: the police's place stays
    text = ("Kenya lifted a curfew on Monday in Lamu county, as police in Uganda arrested dozens of "
            "opposition supporters.")
    arrests = [(place, where) for code_, place, where, _id in _placed(text, resources) if code_.startswith("17")]
    assert arrests and all(place == "Uganda" for place, _where in arrests)


@pytest.mark.parametrize(("text", "name", "country"), [
    # "near" and "outside" place a deed by a landmark: a name after them the gazetteer lacks is a place
    ("Malian soldiers killed six militants near Tessoumba on Friday.", "Tessoumba", "MLI"),
    ("Chadian rebels attacked an army base outside Kouloudia on Sunday night.", "Kouloudia", "TCD"),
    # hanging from the deed's object ("a checkpoint near X") as from the deed itself
    ("Gunmen killed three Nigerien soldiers at a checkpoint near Bankilaye on Tuesday.", "Bankilaye", "NER"),
])
def test_places_named_landmark_name_the_gazetteer_lacks(resources: Resources, text: str, name: str,
                                                          country: str) -> None:
    found = _placed(text, resources)
    assert found and all((place, where, geonameid) == (name, country, 0) for _code, place, where, geonameid in found)


@pytest.mark.parametrize("text", [
    # a name modifying a noun after "in" or "at" is no place of its own (a bare name they govern is:
    # tests/test_article_places.py)
    "Malian soldiers detained six militants in a Dogon hamlet on Friday.",
    "Malian police arrested two reporters at Radio Kledu on Friday.",
    # the end of a possessed name ("Cox's Bazar") is no name of its own
    "DHAKA, Bangladesh — Gunmen killed two Bangladeshi guards near Cox's Bazar on Sunday.",
    # a person's name after "near" is a known person, no place
    "Malian soldiers arrested a man near President Assimi Goita on Friday.",
])
def test_places_named_no_landmark_place_from_other_words(resources: Resources, text: str) -> None:
    found = _placed(text, resources)
    assert all(geonameid != 0 for _code, _place, _where, geonameid in found if geonameid is not None)


@pytest.mark.parametrize(("text", "name", "country"), [
    # a lake, river or strait is where the act was done, of the country whose people did it
    ("Iranian commandos seized a Greek freighter in the Strait of Hormuz on Sunday.", "Strait of Hormuz", "IRN"),
    ("Nigerien troops shot two smugglers near the Komadugu river on Saturday.", "Komadugu", "NER"),
    ("Chadian troops fired on rebel boats on Lake Fitri on Tuesday.", "Lake Fitri", "TCD"),
])
def test_places_named_lake_river_or_strait(resources: Resources, text: str, name: str, country: str) -> None:
    found = _placed(text, resources)
    assert found and all((place, where, geonameid) == (name, country, 0) for _code, place, where, geonameid in found)


@pytest.mark.parametrize(("text", "name", "country"), [
    # a border crossing named as what the deed was done to, as "the town of Kuria"
    ("Serbian protesters blocked the Merdare crossing on Sunday.", "Merdare", "SRB"),
    ("Guinean gendarmes closed the Pamelap border crossing on Friday night.", "Pamelap", "GIN"),
])
def test_places_named_border_crossing(resources: Resources, text: str, name: str, country: str) -> None:
    found = _placed(text, resources)
    assert found and all((place, where, geonameid) == (name, country, 0) for _code, place, where, geonameid in found)


def test_places_named_island_taken_is_where_it_was_taken(resources: Resources) -> None:
    # "of" after a place noun names the place, not the charge "of" names after "accused"
    found = _placed("Italian marines seized the small island of Lampione on Friday.", resources)
    assert found and all((place, where) == ("Lampione", "ITA") for _code, place, where, _id in found)


@pytest.mark.parametrize(("text", "name", "country"), [
    # a name a place noun stands in apposition to
    ("ASMARA, ERITREA — Eritrean troops attacked Yemeni fishermen on Zuqar, a rocky island off the coast, "
     "on Sunday.", "Zuqar", "ERI"),
])
def test_places_named_by_apposition(resources: Resources, text: str, name: str, country: str) -> None:
    found = [f for f in _placed(text, resources) if not f[0].startswith("11")]
    assert found and all((place, where) == (name, country) for _code, place, where, _id in found), found


@pytest.mark.parametrize(("text", "name", "country", "record"), [
    # the gazetteer's record keeps an older romanization or a longer name; the story's spelling stays
    ("Mongolian riot police detained 15 miners in Ulaanbaatar on Monday.", "Ulaanbaatar", "MNG", "Ulan Bator"),
    ("Indian police arrested three Nepali traders in New Delhi on Tuesday.", "New Delhi", "IND", "Delhi"),
    # the record's own spelling, accents aside
    ("Cameroonian police arrested nine Nigerian traders in Yaounde on Tuesday.", "Yaoundé", "CMR", "Yaoundé"),
    # a name written as the record's last words is the record's
    ("A Bolivian envoy met Chilean lawyers in the Hague on Tuesday.", "The Hague", "NLD", "The Hague"),
])
def test_places_named_as_the_story_spells_it(resources: Resources, text: str, name: str, country: str,
                                             record: str) -> None:
    same = resources.gazetteer.lookup(name)
    assert same is not None and same.name == record
    found = _placed(text, resources)
    assert found and all((place, where, gid) == (name, country, same.geonameid) for _code, place, where, gid in found)
