"""Where an event of a whole article happened: a place name places an event only when it hangs
from the event's own action (not from another act the sentence tells), a destination only for a
trip that happened, and a country aimed at is the target, not the place."""

from __future__ import annotations

from datetime import date

import pytest

from coded import keeping_undirected
from eventwire.coding.article import dateline_place
from eventwire.coding.lexicon import load_lexicon
from eventwire.gazetteer import Gazetteer
from eventwire.pipeline import code
from eventwire.places import find_place
from eventwire.resources import Resources

WED = date(2023, 11, 15)  # a Wednesday


def _places(text: str, resources: Resources) -> list[tuple[str, str | None]]:
    return [(e.cameo, e.place.name if e.place else None) for e in code(text, published=WED, resources=resources)]


@pytest.mark.parametrize(("text", "cameo"), [
    # the charge of an accusation happened elsewhere
    ("The Ugandan government accused Kenya of harboring rebels in Busia.", "112"),
    # what an appeal asks for is not where the appeal was made
    ("The Ethiopian minister urged Somali leaders to hold talks in Mogadishu.", "026"),
    # an event a statement speaks of is not where the statement was made
    ("Nigeria on Tuesday condemned Sunday's attack on a church in Owo.", "111"),
    ("Ghana protested to Togo about the arrest of its traders in Lome.", "114"),  # an official complaint
])
def test_article_places_place_of_another_act_places_nothing(resources: Resources, text: str, cameo: str) -> None:
    found = _places(text, resources)
    assert (cameo, None) in found and all(place is None for _code, place in found)


@pytest.mark.parametrize(("text", "expected"), [
    ("Gunmen attacked a church in Owo on Sunday.", "Owo"),
    ("Chinese and Russian officials met in the city of Kazan and signed a trade pact.", "Kazan"),
    # "for the first time" is no topic of the meeting; the summit is the meeting itself
    ("Kenya's president met the Ethiopian prime minister for the first time at the Addis Ababa summit.",
     "Addis Ababa"),
    ("The Kenyan president met Ethiopia's prime minister at a summit in Djibouti.", "Djibouti"),
    ("Pakistani police arrested a senior opposition leader at his home in Lahore.", "Lahore"),
])
def test_article_places_place_of_the_action_stays(resources: Resources, text: str, expected: str) -> None:
    found = _places(text, resources)
    assert found and all(place == expected for _code, place in found)


@pytest.mark.parametrize("text", [
    "The Ghanaian president hopes to travel to Togo next week.",
    "The Ethiopian minister said he was ready to travel to Nairobi for talks.",
    "The Kenyan president has not traveled to Mogadishu.",
])
def test_article_places_destination_of_a_trip_not_made_is_no_place(resources: Resources, text: str) -> None:
    found = _places(text, resources)
    assert found and all(place is None for _code, place in found)


@pytest.mark.parametrize(("text", "expected"), [
    ("French President Emmanuel Macron arrived in Beijing on Wednesday.", [("042", "Beijing")]),
    # a trip that others claim was made took its traveller there too
    ("Ugandan officials claimed the Kenyan envoy traveled to Kampala on Monday.", [("042", "Kampala")]),
])
def test_article_places_destination_of_a_trip_made_stays(resources: Resources, text: str,
                                                          expected: list[tuple[str, str]]) -> None:
    assert _places(text, resources) == expected


@pytest.mark.parametrize("text", [
    "Russia fired missiles at Ukraine on Tuesday.",
    "Iranian forces launched drones at Israel overnight.",
])
def test_article_places_country_aimed_at_is_no_place(resources: Resources, text: str) -> None:
    found = _places(text, resources)
    assert found and all(place is None for _code, place in found)


def test_article_places_country_of_the_targets_position_stays(resources: Resources) -> None:
    found = _places("The Israeli army struck Hezbollah positions in southern Lebanon on Monday.", resources)
    assert found and all(place == "Lebanon" for _code, place in found)


@pytest.mark.parametrize("text", [
    # a country named only as where something goes, comes from or borders places no actor
    "Officials said the army had shelled villages near the border with Sudan.",
    "Authorities deported 40 people to Myanmar on Monday.",
    "Police arrested six traders who had smuggled fuel into Nigeria.",
    # nor does an ethnic group's name
    "Up to 500 ethnic Uzbeks began a hunger strike to protest against the deportations.",
])
def test_article_places_country_of_a_direction_places_no_actor(resources: Resources, text: str) -> None:
    assert code(text, published=WED, resources=resources) == []


def test_article_places_country_of_the_scene_places_the_actors(resources: Resources) -> None:
    events = code("Police arrested six traders in a market in Kano on Monday.", published=WED, resources=resources)
    assert [(e.source.actor.country if e.source else None, e.place.name if e.place else None) for e in events] == [
        ("NGA", "Kano")]


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


@pytest.mark.parametrize("name", ["Boni", "Khan", "Lula", "Rand"])
def test_article_places_small_towns_other_name_is_no_place(gazetteer: Gazetteer, name: str) -> None:
    # alternate names of small towns elsewhere (Bonn, Haan, Lulea, Des Plaines) that are words,
    # surnames or names of places too small for the gazetteer
    assert gazetteer.lookup(name) is None


@pytest.mark.parametrize(("name", "expected"), [
    ("Bombay", "Mumbai"), ("Kiev", "Kyiv"), ("New York", "New York City"), ("Lome", "Lomé"),
    ("Medellin", "Medellín"), ("Rangoon", "Yangon"),
])
def test_article_places_large_citys_other_name_stays(gazetteer: Gazetteer, name: str, expected: str) -> None:
    found = gazetteer.lookup(name)
    assert found is not None and found.name == expected


def test_article_places_other_name_in_the_actors_country_stays(gazetteer: Gazetteer) -> None:
    found = gazetteer.lookup("Boni", frozenset({"DEU"}))
    assert found is not None and found.name == "Bonn"


@pytest.mark.parametrize(("text", "name", "prefer", "expected"), [
    # a word of a longer unknown name (a person's, a forest's) is a town only in the actors' countries
    ("Troops searched the farm of Ali Mohamed Gedi.", "Ali Mohamed Gedi", frozenset({"SOM"}), None),
    ("Troops searched the hills of Kim Son Forest.", "Kim Son Forest", frozenset({"PRK"}), None),
    ("Troops from Kenya camped near Lamu Old Town.", "Lamu Old Town", frozenset({"KEN"}), "Lamu"),
    ("Troops camped near Pyongyang Koryo Hotel.", "Pyongyang Koryo Hotel", frozenset(), "Pyongyang"),
    # a capital only by another of its names ("Ben" for Bern) is no word of a longer name
    ("Fishermen gathered at Ben Tarik Wharf.", "Ben Tarik Wharf", frozenset(), None),
])
def test_article_places_word_of_a_longer_name(gazetteer: Gazetteer, text: str, name: str,
                                             prefer: frozenset[str], expected: str | None) -> None:
    start = text.index(name)
    found = find_place(text, 0, [(name, start, start + len(name), "near")], gazetteer, prefer,
                       lexicon=load_lexicon())
    assert (found.name if found else None) == expected


def test_article_places_boni_forest_is_no_german_city(resources: Resources) -> None:
    events = code("In 2015, Kenya launched an offensive against al-Shabab in the Boni forest.", published=WED,
                  resources=resources)
    assert events and all(e.place is None for e in events)


@pytest.mark.parametrize(("text", "expected"), [
    ("Cameroonian and Chadian officials met last week in the Chadian capital, N'Djamena.", "N'Djamena"),
    ("The ministers met in the capital, Juba, and signed a deal.", "Juba"),
])
def test_article_places_name_in_apposition_to_a_place_noun(resources: Resources, text: str, expected: str) -> None:
    found = _places(text, resources)
    assert found and all(place == expected for _code, place in found)


@pytest.mark.parametrize("text", [
    "NAIROBI, Kenya — Police arrested 30 protesters on Monday.",
    "NAIROBI — Police arrested 30 protesters on Monday.",
])
def test_article_places_lead_happens_where_the_story_was_filed(resources: Resources, text: str) -> None:
    events = code(text, published=WED, resources=resources)
    assert [(e.source.actor.country if e.source else None, e.place.name if e.place else None) for e in events] == [
        ("KEN", "Nairobi")]


@pytest.mark.parametrize("text", [
    # actors of another country: the dateline says where the story was filed, not where they acted
    "ADDIS ABABA, Ethiopia — Ethiopia accused Eritrea of sending troops across the border.",
    # a later sentence is no lead (fighting goes on away from where stories are filed)
    "NAIROBI — The minister spoke briefly. Kenyan troops attacked a rebel camp on Monday.",
    # a judgment of others' deeds is voiced wherever its makers are, not where the story was filed
    "NAIROBI, Kenya — Kenyan police accused opposition supporters on Monday of burning two buses.",
    "NAIROBI, Kenya — The Kenyan government condemned on Monday the looting of shops by protesters.",
    # so are words alone, an appeal or an intention
    "LIMA, Peru — Peru asked the United Nations on Monday to send observers to its border with Ecuador.",
    "LIMA, Peru — Peru's government agreed on Monday to hold talks with striking miners.",
])
def test_article_places_dateline_places_only_the_leads_own_deeds(resources: Resources, text: str) -> None:
    events = code(text, published=WED, resources=resources)
    assert events and all(e.place is None for e in events)


@pytest.mark.parametrize(("text", "expected"), [
    # a government's own act toward another country is done at its seat, where the story was filed
    ("CANBERRA, Australia — Australia signed a fisheries accord with New Zealand on Thursday.", "Canberra"),
    ("ACCRA, Ghana — Ghana lodged a formal complaint with Togo on Friday over the detention of its traders.",
     "Accra"),
    # force used on another country goes on away from the town the story was filed in
    ("NAIROBI, Kenya — Kenyan troops attacked Somali militiamen on Monday.", None),
    # nor is the act of the other country's government done there
    ("ACCRA, Ghana — Togo lodged a formal complaint with Ghana on Friday over the detention of its traders.",
     None),
])
def test_article_places_dateline_places_the_home_governments_act_abroad(resources: Resources, text: str,
                                                                        expected: str | None) -> None:
    events = code(text, published=WED, resources=resources)
    assert events and [e.place.name if e.place else None for e in events] == [expected] * len(events)


@pytest.mark.parametrize(("text", "expected"), [
    # a name the gazetteer lacks, governed by a locative, is the place, of the actors' country
    ("Mozambican soldiers killed five rebels in raids around Muidumbe on Monday.", ("Muidumbe", "MOZ")),
    ("Burkinabe troops repelled an assault on their camp at Gorgadji on Friday.", ("Gorgadji", "BFA")),
    # a people's name modifying a noun is no place
    ("Peruvian police detained four protesters in a Quechua community on Monday.", None),
])
def test_article_places_unlisted_name_after_a_locative(resources: Resources, text: str,
                                                       expected: tuple[str, str] | None) -> None:
    events = code(text, published=WED, resources=resources)
    assert events and all((e.place.name, e.place.country) == expected if expected else e.place is None
                          for e in events)


_CABINET = "KAMPALA, Uganda — The cabinet met for six hours on Tuesday to discuss fuel prices.\n\n"


@pytest.mark.parametrize(("text", "expected"), [
    # a later crackdown of the story's news, placed nowhere, is where the story was filed
    (_CABINET + "Later, riot police fired tear gas at hundreds of demonstrators who had blocked a road.",
     "Kampala"),
    # not one of times gone by, nor one of a sentence that names a place, nor a foreign party's
    (_CABINET + "In 2019, riot police fired tear gas at hundreds of demonstrators who had blocked a road.", None),
    (_CABINET + "Riot police fired tear gas at hundreds of demonstrators who had blocked a road in Jinja.", None),
    (_CABINET + "Kenyan riot police fired tear gas at hundreds of Ugandan demonstrators.", None),
])
def test_article_places_later_street_act_is_where_the_story_was_filed(resources: Resources, text: str,
                                                                      expected: str | None) -> None:
    assert [place for code_, place in _places(text, resources) if code_.startswith("17")] == [expected]


@pytest.mark.parametrize("text", [
    # a hyphenated city in capitals is one dateline name: its parts are no actors ("AU")
    "PORT-AU-PRINCE, HAITI — Police fired tear gas at students outside the university on Monday.",
    "PORT-AU-PRINCE — Police fired tear gas at students outside the university on Monday.",
])
def test_article_places_hyphenated_dateline_city_is_one_name(resources: Resources, text: str) -> None:
    events = code(text, published=WED, resources=resources)
    assert [(e.source.actor.country if e.source else None, e.place.name if e.place else None) for e in events] == [
        ("HTI", "Port-au-Prince")]


def test_article_places_capitals_opening_no_place_are_no_dateline(resources: Resources) -> None:
    doc, sentences = resources.segmenter("NATO — Members agreed to boost spending.")
    prepared = dateline_place(doc, sentences[0].start, sentences[0].start, resources.gazetteer, resources.lexicon)
    assert prepared == (None, 0)


def test_article_places_dateline_city_gives_the_articles_country(resources: Resources) -> None:
    events = code("NAIROBI — The minister spoke briefly. Police arrested 30 protesters on Monday.", published=WED,
                  resources=resources)
    # (the arrest, a crackdown of the day's news placed nowhere, is where the story was filed)
    assert [(e.source.actor.country if e.source else None, e.place and e.place.name) for e in events] == [
        ("KEN", "Nairobi")]


@pytest.mark.parametrize("text", [
    "Kenyan officials at the Kenya Wildlife Service accused Somalia of poaching.",
    "Ugandan officials at the Kampala Capital City Authority criticized Kenya's traders.",
    "Ethiopian diplomats at the Sudan Embassy criticized Eritrea's decision.",
])
def test_article_places_place_word_of_an_organization_is_no_place(resources: Resources, text: str) -> None:
    found = _places(text, resources)
    assert found and all(place is None for _code, place in found)


@pytest.mark.parametrize(("text", "expected"), [
    ("Afghan police arrested six women in the Afghan capital on Monday.", "Kabul"),
    ("Protesters clashed with Kenyan police in the Kenyan capital on Tuesday.", "Nairobi"),
    ("Somali and Kenyan officials met in Somalia's capital on Monday.", "Mogadishu"),
])
def test_article_places_capital_named_by_its_country(resources: Resources, text: str, expected: str) -> None:
    found = _places(text, resources)
    assert found and all(place == expected for _code, place in found)


def test_article_places_capital_of_an_event_spoken_of_is_no_place(resources: Resources) -> None:
    resources = keeping_undirected(resources)
    found = _places("The Ugandan president condemned the bombing in the Somali capital.", resources)
    assert found and all(place is None for _code, place in found)


def test_article_places_gazetteer_knows_capitals(gazetteer: Gazetteer) -> None:
    found = [gazetteer.capital(code) for code in ("KEN", "AFG", "CAF")]
    assert [p.name if p else None for p in found] == ["Nairobi", "Kabul", "Bangui"]
    assert gazetteer.capital("XYZ") is None


def test_article_places_trip_to_a_capital_named_by_its_country(resources: Resources) -> None:
    found = _places("The U.N. mediator has paid three visits to the Afghan capital since he was appointed in 2021.",
                    resources)
    assert found == [("042", "Kabul")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Gunmen attacked a police station in Port-au-Prince on Monday.", "Port-au-Prince"),
    ("Haitian officials met the Dominican ambassador in Port-au-Prince on Monday.", "Port-au-Prince"),
])
def test_article_places_hyphenated_name_is_one_place(resources: Resources, text: str, expected: str) -> None:
    found = _places(text, resources)
    assert found and all(place == expected for _code, place in found)


def test_article_places_lead_naming_an_unknown_place_is_not_placed_by_the_dateline(resources: Resources) -> None:
    # the gazetteer does not know the district, but the lead says where: not the city filed from,
    # the district itself, of the article's country
    text = "QUETTA, Pakistan — Gunmen attacked a police post in the Zarghun district on Monday."
    events = code(text, published=WED, resources=resources)
    assert events and all(e.place is not None and (e.place.name, e.place.country, e.place.geonameid)
                          == ("Zarghun", "PAK", 0) for e in events)


@pytest.mark.parametrize(("text", "expected"), [
    ("Russian troops shelled the city of Kharkiv on Saturday.", "Kharkiv"),
    ("Rebels attacked the town of Bunia on Monday.", "Bunia"),
])
def test_article_places_place_noun_struck_is_the_place(resources: Resources, text: str, expected: str) -> None:
    found = _places(text, resources)
    assert found and all(place == expected for _code, place in found)


def test_article_places_place_noun_spoken_of_is_no_place(resources: Resources) -> None:
    found = _places("Kenya's president criticized the city of Mombasa for its spending.", resources)
    assert found and all(place is None for _code, place in found)


@pytest.mark.parametrize(("name", "geonameid"), [("Mykolaiv", 700569), ("Zaporizhzhia", 687700),
                                                 ("Puerto Ordaz", 3645528)])
def test_article_places_name_news_uses_finds_the_gazetteer_place(gazetteer: Gazetteer, name: str,
                                                                 geonameid: int) -> None:
    found = gazetteer.lookup(name)
    assert found is not None and found.geonameid == geonameid


def test_article_places_names_file_with_an_unknown_id_fails_with_its_line() -> None:
    from eventwire.errors import DictionaryError
    from eventwire.gazetteer import _add_names

    with pytest.raises(DictionaryError, match=r"names.tsv:3: no place with GeoNames id '12'"):
        _add_names({}, "# Source: x\nname\tgeonameid\nNowhere\t12\n", "names.tsv")


def test_article_places_seats_file_with_an_unknown_id_fails_with_its_line() -> None:
    from eventwire.errors import DictionaryError
    from eventwire.gazetteer import _add_seats

    with pytest.raises(DictionaryError, match=r"seats.tsv:3: no city of 'BOL' with GeoNames id '12'"):
        _add_seats({}, "# Source: x\ncountry\tgeonameid\nBOL\t12\n", "seats.tsv")


@pytest.mark.parametrize(("country", "seat"), [("BOL", "La Paz"), ("NLD", "The Hague"), ("KEN", "Nairobi")])
def test_article_places_seat_of_government(gazetteer: Gazetteer, country: str, seat: str) -> None:
    found = gazetteer.seat(country)
    assert found is not None and found.name == seat


@pytest.mark.parametrize(("text", "country"), [
    # the article's other names tell which Congo: a town and the capital of the Democratic Republic
    ("Fighters overran a camp outside Goma on Sunday. Rwandan artillery shelled hills in Congo on Monday, "
     "a spokesman in Kinshasa said.", "COD"),
    ("The Democratic Republic of Congo closed its border on Friday. Ugandan soldiers attacked a militia in "
     "Congo on Saturday.", "COD"),
    # Brazzaville names the Republic of the Congo
    ("Gabon's foreign minister arrived in Brazzaville on Monday. Soldiers fired on protesters in Congo on "
     "Tuesday.", "COG"),
    # Pyongyang names North Korea
    ("Officials in Pyongyang spoke on Sunday. Chinese troops fired shots in Korea on Monday.", "PRK"),
])
def test_article_places_shared_short_name_is_the_country_the_article_names(resources: Resources, text: str,
                                                                         country: str) -> None:
    found = [e.place for e in code(text, published=WED, resources=resources) if e.place and e.place.text
             and e.place.text.endswith(("Congo", "Korea"))]
    assert found and all(p.country == country for p in found), found


@pytest.mark.parametrize(("text", "expected"), [
    # a demonym is no place name, even after "outside" or "near"
    ("Riot police cleared a sit-in outside the Ugandan parliament on Monday.", None),
    ("Riot police cleared a sit-in outside the parliament in Kampala on Monday.", "Kampala"),
])
def test_article_places_demonym_is_no_place_name(resources: Resources, text: str, expected: str | None) -> None:
    found = _places(text, resources)
    assert found and all(place == expected for _code, place in found), found


@pytest.mark.parametrize(("text", "cameo", "expected"), [
    # talks held by a party sent somewhere are held where it was sent
    ("Ghana's president sent an envoy to Niamey last week to push for a settlement, an aide said.",
     "042", "Niamey"),
    ("In May the World Bank sent its mission to Maputo to discuss a loan with Mozambique.", "040", "Maputo"),
    # troops sent somewhere: the sending is decided at home, not done at the destination
    ("Kenya sent 300 soldiers to Somalia on Monday to fight al-Shabab, the army said.", "154", None),
])
def test_article_places_destination_of_a_party_sent_to_talk(resources: Resources, text: str, cameo: str,
                                                               expected: str | None) -> None:
    assert (cameo, expected) in _places(text, resources)


@pytest.mark.parametrize(("text", "cameo", "expected"), [
    # a pronoun speaker goes on with what was said where the sentence before placed him
    ('"We will not be bullied," Kenyan Foreign Minister Amina Mohamed told reporters in Nairobi on Monday. '
     "She accused Somalia of arming the militants.", "112", "Nairobi"),
    ("A spokesman for Uganda's foreign ministry said in Kampala on Friday that the border was calm. "
     "He urged Kenya to withdraw its extra patrols.", "0256", "Kampala"),
    # what the pronoun speaker says of its own state, and after a quote of its own
    ('"Our herders did nothing wrong," Foreign Minister Amadou Sy told reporters in Dakar on Monday. '
     "He said Senegal was prepared to negotiate with Mauritania over grazing rights.", "036", "Dakar"),
    ('"Our herders did nothing wrong," Foreign Minister Amadou Sy told reporters in Dakar on Monday. '
     '"They were watering cattle," Sy said. He urged Mauritania to release the herders at once.', "0253", "Dakar"),
    # a speaker named anew is not the one placed before
    ('"We will not be bullied," Kenyan Foreign Minister Amina Mohamed told reporters in Nairobi on Monday. '
     "Somalia's president accused Kenya of meddling.", "1123", None),
])
def test_article_places_pronoun_speaker_keeps_the_town_said_in(resources: Resources, text: str, cameo: str,
                                                                expected: str | None) -> None:
    assert (cameo, expected) in _places(text, resources)
