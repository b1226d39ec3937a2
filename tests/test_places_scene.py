"""Where the acts of a sentence happened when its place phrase hangs from a gathering, a speech
verb, a coordinated verb, a "where" clause or a visited place."""

from __future__ import annotations

import pytest

from eventwire.pipeline import code
from eventwire.resources import Resources
from test_article_places import WED, _places


@pytest.mark.parametrize(("text", "expected"), [
    ("Kenya and Tanzania agreed on Monday to reopen their border, at a summit in Arusha.", "Arusha"),
    ("The Zambian president thanked Malawi for its help at a ceremony in Lusaka.", "Lusaka"),
])
def test_places_scene_gathering_places_what_was_said_there(resources: Resources, text: str, expected: str) -> None:
    found = _places(text, resources)
    assert found and all(place == expected for _code, place in found)


@pytest.mark.parametrize("text", [
    "The Zambian president criticized the arrests at an opposition rally in Lusaka.",
    "The Zambian president condemned the police attack at an opposition rally in Lusaka.",
])
def test_places_scene_gathering_of_a_deed_spoken_of_places_nothing(resources: Resources, text: str) -> None:
    found = _places(text, resources)
    assert found and all(place is None for _code, place in found)


@pytest.mark.parametrize(("text", "expected"), [
    # where it was told is not where the troops fought
    ("An army spokesman told reporters in Kampala that Ugandan troops had killed 12 rebels near Bunia.", "Bunia"),
    ("An army spokesman told reporters in Kampala that Ugandan troops had killed 12 rebels.", None),
    ("Speaking in Kampala, the army spokesman said Ugandan troops had killed 12 rebels.", None),
])
def test_places_scene_place_of_telling_is_not_the_place_of_a_deed_told(resources: Resources, text: str,
                                                                       expected: str | None) -> None:
    found = _places(text, resources)
    assert found and all(place == expected for code_, place in found if code_[:2] not in {"01", "02"})


def test_places_scene_place_of_telling_stays_with_what_was_said(resources: Resources) -> None:
    found = _places("The Congolese minister said in Kinshasa that Congo condemned the raids by Rwanda.", resources)
    assert found and all(place == "Kinshasa" for _code, place in found)


def test_places_scene_place_closing_two_coordinated_acts_places_both(resources: Resources) -> None:
    found = _places("Ugandan soldiers killed six Congolese rebels and burned their camp near Bunia on Monday.",
                    resources)
    assert len(found) >= 2 and all(place == "Bunia" for _code, place in found)


@pytest.mark.parametrize(("text", "expected"), [
    ("The unrest spread to the eastern city of Goma, where Congolese soldiers fired on protesters on Friday.",
     "Goma"),
    ("Protests spread to Sadr City, where Iraqi police arrested 30 men on Friday.", "Sadr City"),
])
def test_places_scene_where_clause_places_its_own_acts(resources: Resources, text: str, expected: str) -> None:
    found = _places(text, resources)
    assert found and all(place == expected for _code, place in found)


def test_places_scene_where_clause_places_no_act_outside_it(resources: Resources) -> None:
    text = "Kenyan police arrested 30 men on Friday after a march to Kisumu, where the unrest began."
    found = _places(text, resources)
    assert ("173", None) in found


@pytest.mark.parametrize(("text", "expected"), [
    ("The Indian prime minister visited Egypt on Sunday.", [("042", "Egypt")]),
    ("The Chadian president visited Niamey on Monday.", [("042", "Niamey")]),
    ("The Indian prime minister said he was ready to visit Egypt next week.", [("036", None)]),
])
def test_places_scene_place_visited_is_where_the_visit_happened(resources: Resources, text: str,
                                                                expected: list[tuple[str, str | None]]) -> None:
    assert _places(text, resources) == expected


def _sides_and_places(text: str, resources: Resources) -> list[tuple[str | None, str | None]]:
    return [(e.source.actor.country if e.source else None, e.place.country if e.place else None)
            for e in code(text, published=WED, resources=resources)]


def test_places_scene_far_town_of_a_countrys_name_is_not_the_scene_of_fighting(resources: Resources) -> None:
    # Palma, Spain is the gazetteer's only Palma; a story from Mozambique means its own town, which
    # the gazetteer lacks: a place near which a deed was done, of the article's country
    text = "MAPUTO, Mozambique — Officials spoke on Monday. Insurgents killed six villagers near Palma on Saturday."
    assert _sides_and_places(text, resources) == [("MOZ", "MOZ")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Spanish police arrested six men in Palma on Saturday.", [("ESP", "ESP")]),
    # a town across the border of the one country named stays
    ("An army spokesman said Ugandan troops had killed 12 rebels near Bunia.", [("UGA", "COD")]),
])
def test_places_scene_town_of_a_named_or_nearby_country_stays(resources: Resources, text: str,
                                                             expected: list[tuple[str, str]]) -> None:
    assert _sides_and_places(text, resources) == expected


def test_places_scene_the_same_area_is_the_place_last_named(resources: Resources) -> None:
    text = ("Congolese rebels attacked an army post near Bunia on Monday. In 2019, Congolese rebels attacked "
            "a school in the same area.")
    events = code(text, published=WED, resources=resources)
    assert len(events) == 2 and all(e.place is not None and e.place.name == "Bunia" for e in events)
    last = events[-1].place
    assert last is not None and last.start is not None and text[last.start:last.end] == "Bunia"


def test_places_scene_a_later_sentence_naming_no_place_has_none(resources: Resources) -> None:
    text = "Congolese rebels attacked an army post near Bunia on Monday. In 2019, Congolese rebels attacked a school."
    assert [e.place.name if e.place else None for e in code(text, published=WED, resources=resources)][1:] == [None]


@pytest.mark.parametrize(("text", "expected"), [
    ("The Japanese prime minister held talks with the South Korean president at the Blue House on Wednesday.",
     ("Seoul", "KOR")),
    ("The Kenyan president met Russian officials at the Kremlin on Monday.", ("Moscow", "RUS")),
])
def test_places_scene_seat_of_government_is_in_its_capital(resources: Resources, text: str,
                                                           expected: tuple[str, str]) -> None:
    events = code(text, published=WED, resources=resources)
    assert events and all(e.place is not None and (e.place.name, e.place.country) == expected for e in events)
    place = events[0].place
    assert place is not None and place.start is not None and text[place.start:place.end] == place.text


def test_places_scene_seat_of_government_as_speaker_is_no_place(resources: Resources) -> None:
    events = code("The Kremlin said Russia would send troops to Belarus.", published=WED, resources=resources)
    assert events and all(e.place is None for e in events)


def test_places_scene_dateline_places_no_cut_in_relations(resources: Resources) -> None:
    text = "LIMA, Peru — Peru's government suspended peace talks with the rebels on Wednesday."
    found = _places(text, resources)
    assert found and found[0][0].startswith("16") and all(place is None for _code, place in found)


@pytest.mark.parametrize(("text", "expected"), [
    ("Kenya summoned the Ugandan ambassador on Monday to protest the arrests.", "Nairobi"),
    ("DHAKA, Bangladesh — Bangladesh summoned Myanmar's ambassador on Sunday after shells landed near the border.",
     "Dhaka"),
    # where the shells came from is no place of the summons
    ("Bangladesh summoned Myanmar's ambassador on Sunday after shells fired from Myanmar killed a boy.", "Dhaka"),
    ("Kenya will summon the Ugandan ambassador.", None),  # not done yet
    # where the government sits, not the constitutional capital
    ("Bolivia summoned the Chilean consul on Monday to protest the arrests.", "La Paz"),
    # a caller of no country named is of the article's country
    ("Peru's foreign ministry said the talks would go on.\n\nThe ministry summoned the Bolivian ambassador "
     "to protest the arrests.", "Lima"),
    # the sentence names a place: no guess
    ("Kenya's foreign minister, visiting Kampala, summoned the Ugandan ambassador to a meeting in Kampala.", None),
])
def test_places_scene_envoy_is_summoned_to_the_callers_capital(resources: Resources, text: str,
                                                               expected: str | None) -> None:
    found = _places(text, resources)
    assert found and all(code_.startswith("11") and place == expected for code_, place in found)


@pytest.mark.parametrize(("text", "expected"), [
    # a "when" clause tells the scene of the act it hangs from: the court sits in Lima, the force was used near Cusco
    ("On Monday a court in Lima ruled that Peruvian police had used too much force when they evicted farmers "
     "from a ranch near Cusco in May.", "Cusco"),
    ("Peruvian police in Lima fired tear gas at farmers when they marched in Cusco.", "Cusco"),
])
def test_places_scene_clause_of_the_same_scene_places_the_act_it_hangs_from(resources: Resources, text: str,
                                                                            expected: str) -> None:
    found = [place for code_, place in _places(text, resources) if code_.startswith("17")]
    assert found and all(place == expected for place in found), found


@pytest.mark.parametrize(("text", "expected"), [
    # a country in the speaker's phrase is where the speaker is based, not where it spoke
    ("The United Nations mission in South Sudan condemned the attack on the convoy.", None),
    ("The U.N. mission in South Sudan condemned the attack in Juba.", None),
    # a town there is where it was said
    ("The Kenyan embassy in Kampala condemned the arrest of Kenyan traders.", "Kampala"),
])
def test_places_scene_speakers_country_is_no_place_of_what_it_said(resources: Resources, text: str,
                                                                   expected: str | None) -> None:
    found = _places(text, resources)
    assert found and all(place == expected for _code, place in found), found


@pytest.mark.parametrize(("text", "expected"), [
    # the speaker's own appeal and its own state's intention are said where the speaker sits
    ("Kenya's foreign ministry in Nairobi said on Monday it had asked Uganda to reopen the border.", "Nairobi"),
    ("The Kenyan embassy in Kampala said Nairobi was ready to send more food aid if Uganda requested it.",
     "Kampala"),
    # a country only tells the speaker's seat; another party's intention is only reported
    ("Kenyan officials in Uganda said they had asked Kampala to reopen the border.", None),
    ("Diplomats in Brussels said Russia was ready to hold talks with Ukraine.", None),
])
def test_places_scene_speaker_named_in_a_town_places_what_it_says(resources: Resources, text: str,
                                                                  expected: str | None) -> None:
    found = _places(text, resources)
    assert found and all(place == expected for _code, place in found)


@pytest.mark.parametrize("text", [
    "Congolese rebels raided a market near Bunia on Sunday. The rebels traded gunfire with Congolese soldiers "
    "for two hours before they fled.",
    "Congolese rebels raided a market near Bunia on Sunday.\n\nThe rebels traded gunfire with Congolese soldiers "
    "for two hours before they fled.",
])
def test_places_scene_next_sentence_of_an_incident_is_where_it_was_placed(resources: Resources, text: str) -> None:
    assert [(e.cameo[:2], e.place.name if e.place else None) for e in code(text, published=WED, resources=resources)
            ] == [("19", "Bunia"), ("19", "Bunia")]


@pytest.mark.parametrize("text", [
    # dated otherwise: another incident
    "Congolese rebels raided a market near Bunia on Sunday. In March, the rebels ambushed Congolese soldiers.",
    # not the next sentence
    "Congolese rebels raided a market near Bunia on Sunday. Congolese officials said on Tuesday. The rebels "
    "traded gunfire with Congolese soldiers for two hours.",
    # a town the gazetteer lacks: its country is a guess, not passed on
    "Congolese rebels raided a cattle market in the village of Kabolo on Sunday. The rebels traded gunfire with "
    "Congolese soldiers for two hours before they fled.",
])
def test_places_scene_an_incident_told_apart_keeps_no_place(resources: Resources, text: str) -> None:
    assert [e.place.name if e.place else None for e in code(text, published=WED, resources=resources)][1:] == [None]


@pytest.mark.parametrize(("text", "expected"), [
    # the talks a traveler held next are where the trip went
    ("The Tanzanian president arrived in Lilongwe on Monday for a two-day visit. He held talks with Malawi's "
     "president on the lake border dispute.", "Lilongwe"),
    # another side's meeting is not the traveler's
    ("The Tanzanian president arrived in Lilongwe on Monday for a two-day visit. Zambia's foreign minister "
     "met Malawi's president on the same day.", None),
    # nor is one of another day
    ("The Tanzanian president arrived in Lilongwe on Monday for a two-day visit. In March he met Malawi's "
     "president at a summit.", None),
])
def test_places_scene_talks_after_a_trip_are_where_it_went(resources: Resources, text: str,
                                                           expected: str | None) -> None:
    found = [(e.cameo, e.place.name if e.place else None) for e in code(text, published=WED, resources=resources)]
    assert found[0][1] == "Lilongwe" and [place for code_, place in found[1:] if code_.startswith("04")] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("Kenya's energy minister told reporters in Nairobi that Kenya was ready to negotiate with Uganda over the "
     "pipeline.", "Nairobi"),
    ("Kenya's energy minister told the Nation newspaper in Nairobi that Kenya was ready to negotiate with Uganda "
     "over the pipeline.", "Nairobi"),
    # another party's intention is only reported there
    ("Kenya's energy minister said in Nairobi that Uganda was ready to negotiate with Tanzania.", None),
])
def test_places_scene_own_intention_is_told_where_the_speech_verb_places_it(resources: Resources, text: str,
                                                                           expected: str | None) -> None:
    assert [(e.cameo, e.place.name if e.place else None) for e in code(text, published=WED, resources=resources)
            ] == [("036", expected)]


@pytest.mark.parametrize("text", [
    "President William Ruto spoke to parliament on Monday. \"Uganda must free our fishermen,\" he told a news "
    "conference in Mombasa.",
    "Kenya's foreign minister spoke on Monday. \"Uganda must free our fishermen,\" he told a press conference in "
    "Mombasa.",
])
def test_places_scene_pronoun_speaker_tells_its_antecedents_words_where_it_spoke(resources: Resources,
                                                                                 text: str) -> None:
    # "he" stands for the party named before: the demand is its own, made where it spoke
    found = _places(text, resources)
    assert found and all(place == "Mombasa" for _code, place in found)


@pytest.mark.parametrize(("text", "expected"), [
    # a participle clause of the speaker's own doing is done where the speaker spoke
    ("The World Bank's vice president announced the loan in Bamako on Tuesday after meeting Mali's prime "
     "minister.", "Bamako"),
    # one with a place of its own keeps it
    ("The World Bank's vice president announced the loan in Bamako on Tuesday after meeting Mali's prime "
     "minister in Kayes.", "Kayes"),
])
def test_places_scene_participle_clause_of_the_speaker_is_where_it_spoke(resources: Resources, text: str,
                                                                        expected: str) -> None:
    found = [place for code_, place in _places(text, resources) if code_.startswith("04")]
    assert found and all(place == expected for place in found), found


@pytest.mark.parametrize(("text", "expected"), [
    # an act of a clause coordinated after a trip to a town was done on the visit, there
    ("Kenya's president flew to Kampala on Monday and signed a trade deal with Uganda.", "Kampala"),
    ("On Thursday Ghana's foreign minister traveled to Lome, where he met his Togolese counterpart, and the two "
     "governments agreed to hold joint naval drills in the gulf.", "Lomé"),
])
def test_places_scene_act_coordinated_after_a_trip_is_done_in_the_town_visited(resources: Resources, text: str,
                                                                              expected: str) -> None:
    found = _places(text, resources)
    assert found and all(place == expected for _code, place in found), found


def test_places_scene_act_of_another_party_after_a_trip_is_not_placed_by_it(resources: Resources) -> None:
    found = _places("Kenya's president flew to Kampala on Monday, and Tanzania's president criticized Uganda's "
                    "trade rules.", resources)
    assert ("111", None) in found, found
