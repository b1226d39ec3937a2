"""Actors a whole article names only by their role ("authorities", "officials", "police"): they
take the country of the place, the people they act on, or the article, never that of a country
they face, nor of a country named only as where something goes."""

from __future__ import annotations

from datetime import date

import pytest

from coded import coded, each_pair, keeping_undirected
from eventwire.actors.dictionary import Entry, EntryKind
from eventwire.actors.matcher import Hit
from eventwire.actors.pairs import named_pair
from eventwire.coding.imported import BACKGROUND
from eventwire.explain import explain
from eventwire.model import Article
from eventwire.pipeline import code, code_articles, headline_countries
from eventwire.resources import Resources

WED = date(2023, 11, 15)  # a Wednesday


def _sides(text: str, resources: Resources) -> list[tuple[str | None, str, str | None]]:
    return [(e.source.actor.country if e.source else None, e.cameo, e.target.actor.country if e.target else None)
            for e in code(text, published=WED, resources=resources)]


@pytest.mark.parametrize(("text", "faced"), [
    ("The government rejected a U.S. resolution criticizing its elections.", "USA"),
    ("Authorities condemned Ethiopia's decision on Tuesday.", "ETH"),
    ("Officials criticized Kenya on Tuesday for closing the border.", "KEN"),
    # another state's agents faced, not the state alone
    ("LUSAKA, Zambia — The foreign ministry summoned the American ambassador on Friday.", "USA"),
    ("JUBA, South Sudan — Troops clashed with Sudanese soldiers near the border on Saturday.", "SDN"),
    # the article names the faced country more often than the one it is about
    ("The government of Chad said on Monday that Sudanese soldiers had crossed the border. "
     "Officials accused Sudan of provoking a war.", "SDN"),
])
def test_article_actors_officials_are_not_of_the_country_they_face(resources: Resources, text: str,
                                                                   faced: str) -> None:
    found = _sides(text, resources)
    assert found and all(source != faced for source, _code, _target in found)


@pytest.mark.parametrize(("text", "expected"), [
    ("Malaysian officials said on Monday that 40 refugees had been detained. "
     "Authorities later deported the group to Myanmar.", "MYS"),
    ("Thai officials said 12 migrants were caught on Monday. Police sent the migrants back to Cambodia. "
     "The migrants were returned to Cambodia on Tuesday.", "THA"),
])
def test_article_actors_destination_is_not_what_the_article_is_about(resources: Resources, text: str,
                                                                     expected: str) -> None:
    found = _sides(text, resources)
    assert found and all(source == expected for source, _code, _target in found)


def test_article_actors_state_agents_and_people_are_of_one_country(resources: Resources) -> None:
    assert _sides("Police arrested 12 Kenyan protesters.", resources) == [("KEN", "173", "KEN")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Uganda's army chief on Monday accused Rwanda of arming rebels. Kigali rejected the charge.", ("RWA", "UGA")),
    ("Peru accused Bolivia of hiding a fugitive. Bolivia denied the allegations.", ("BOL", "PER")),
])
def test_article_actors_reply_to_a_charge_is_aimed_at_its_author(resources: Resources, text: str,
                                                                 expected: tuple[str, str]) -> None:
    found = _sides(text, resources)
    assert any((source, target) == expected for source, _code, target in found), found


@pytest.mark.parametrize(("text", "expected"), [
    # the account is what the speaker of the sentence before said, not the last act told
    ("Ghana's army sent extra troops to its northern border on Monday. Togo's interior minister said on Tuesday "
     "that the herders had crossed back weeks ago and that the border was calm. Burkina Faso rejected that "
     "account on Wednesday.", ("BFA", "TGO")),
    # an act told since then is what "the offer" refers to when the sentence before told one
    ("Ghana's army sent extra troops to its northern border on Monday. Togo offered on Tuesday to host "
     "talks on the border. Burkina Faso welcomed the offer.", ("BFA", "TGO")),
])
def test_article_actors_thing_said_named_again_is_its_speakers(resources: Resources, text: str,
                                                               expected: tuple[str, str]) -> None:
    found = _sides(text, resources)
    assert any((source, target) == expected for source, _code, target in found), found


@pytest.mark.parametrize(("text", "expected"), [
    # the act named again is North Korea's, though the sentence's main subject is who reported it
    ("North Korea fired a missile into the sea on Monday, South Korea's military said. "
     "Japan condemned the launch.", ("JPN", "PRK")),
    ("Mali's junta ordered the French envoy to leave on Monday. France rejected the order.", ("FRA", "MLI")),
])
def test_article_actors_act_named_again_is_its_authors(resources: Resources, text: str,
                                                       expected: tuple[str, str]) -> None:
    found = _sides(text, resources)
    assert any((source, target) == expected for source, _code, target in found), found


@pytest.mark.parametrize(("text", "expected"), [
    ("Peru's foreign ministry summoned the Chilean ambassador on Monday. "
     "The ministry accused Chile of spying on its navy.", "PER"),
    ("HARARE, Zimbabwe — Zimbabwe's army said on Monday its soldiers had been attacked. "
     "The army accused Mozambican rebels of the raid.", "ZWE"),
    ("Kenya's army and the Ugandan army held drills on Monday. The army accused Somali militants of the raid.", "UGA"),
])
def test_article_actors_office_named_alone_is_the_one_named_before(resources: Resources, text: str,
                                                                   expected: str) -> None:
    found = [e for e in code(text, published=WED, resources=resources) if e.sentence == 1]
    assert [e.source.actor.country for e in found if e.source] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # attackers no one named: armed men of the country the article is about
    ("OUAGADOUGOU, BURKINA FASO — Gunmen killed eleven soldiers at an army post on Monday. "
     "The attackers set fire to the post's fuel depot.", "BFAREB"),
    # attackers an armed group was named as just before: that group
    ("Al-Shabab militants attacked a police post near Mandera on Monday. The attackers set fire to two trucks.",
     "SOMREB"),
])
def test_article_actors_the_attackers_are_armed_men(resources: Resources, text: str, expected: str) -> None:
    assert _second_sentence_sources(resources, text) == {expected}


@pytest.mark.parametrize(("text", "expected"), [
    ("Arab League foreign ministers gathered in Cairo on Sunday. "
     "The league condemned the Israeli air raid on Beirut.", "IGOARL"),
    ("Ghana appealed to the European Commission over the cocoa tariffs. "
     "The commission rejected Ghana's appeal on Monday.", "IGOEC"),
])
def test_article_actors_league_or_commission_alone_is_the_body_named_before(resources: Resources, text: str,
                                                                             expected: str) -> None:
    assert _second_sentence_sources(resources, text) == {expected}


def _second_sentence_sources(resources: Resources, text: str) -> set[str | None]:
    found = [e for e in code(text, published=WED, resources=resources) if e.sentence == 1]
    assert found
    return {e.source.actor.code if e.source is not None else None for e in found}


def _country(code: str) -> Entry:
    return Entry(id=code, kind=EntryKind.COUNTRY, phrases=(code,), code=code, country=code, sectors=(), name=code)


def _sentence(*codes: str) -> tuple[Hit, ...]:
    return tuple(Hit(start=i, end=i + 1, entries=(_country(c),)) for i, c in enumerate(codes))


@pytest.mark.parametrize(("earlier", "expected"), [
    # a country named once in passing beside one of the pair does not replace the pair
    ([_sentence("BDI", "RWA"), _sentence("BDI"), _sentence("RWA", "TZA")], ("BDI", "RWA")),
    # countries each named once: the latest sentence naming two
    ([_sentence("KEN", "SOM"), _sentence("ETH", "ERI")], ("ETH", "ERI")),
    ([_sentence("KEN")], None),
])
def test_article_actors_the_two_governments_are_the_pair_named_often(earlier: list[tuple[Hit, ...]],
                                                                     expected: tuple[str, str] | None) -> None:
    pair = named_pair(earlier)
    assert (None if pair is None else (pair[0].country, pair[1].country)) == expected


def test_article_actors_both_governments_in_a_story(resources: Resources) -> None:
    text = ("Burundi closed its border with Rwanda on Tuesday and accused Rwanda of arming rebels. "
            "Burundi said the rebels had killed four people. Hundreds of people have fled, most of them to "
            "Rwanda and Tanzania. On Wednesday the African Union urged both governments to reopen the border.")
    found = [e for e in each_pair(code(text, published=WED, resources=resources)) if e.sentence == 3]
    assert sorted(e.target.actor.country or "" for e in found if e.target) == ["BDI", "RWA"]


def test_article_actors_the_two_alone_are_the_pair_just_named(resources: Resources) -> None:
    text = ("Chile's foreign minister telephoned the Peruvian foreign minister on Monday, and the two "
            "agreed to reopen the consulates.")
    found = [e for e in code(text, published=WED, resources=resources) if e.cameo.startswith("03")]
    assert found and all(e.source is not None and e.source.actor.country in {"CHL", "PER"} for e in found)


def test_article_actors_the_two_alone_need_a_pair_in_their_sentence(resources: Resources) -> None:
    # two people held, not the two countries an earlier sentence named
    text = ("Chile and Peru traded charges over the fishing zone on Monday. Police held two smugglers "
            "overnight, and the two later accused Bolivia of paying them.")
    found = [e for e in code(text, published=WED, resources=resources) if e.sentence == 1]
    assert not any(e.source is not None and e.source.text == "the two" for e in found)


@pytest.mark.parametrize(("text", "expected"), [
    ("NATO member Turkey criticized the European Union on Monday.", "TUR"),
    ("Kenya, an African Union member, criticized Somalia on Monday.", "KEN"),
    # a body the phrase's head belongs to stays the actor when the head is no country
    ("The U.N. envoy criticized Somalia on Monday.", "IGOUNO"),
])
def test_article_actors_country_at_the_head_is_not_the_body_it_belongs_to(resources: Resources, text: str,
                                                                          expected: str) -> None:
    found = code(text, published=WED, resources=resources)
    assert [e.source.actor.code for e in found if e.source] == [expected]


def test_article_actors_they_in_a_quotation_is_not_the_speaker(resources: Resources) -> None:
    text = ("Gunmen attacked a village in northern Burkina Faso on Monday, killing 12 people. "
            "\"They came at night and attacked the village with guns,\" a resident said.")
    found = [e for e in code(text, published=WED, resources=resources) if e.sentence == 1]
    assert found and all(e.source is not None and e.source.actor.code == "BFAREB" for e in found)


def test_article_actors_we_in_a_quotation_is_the_speaker(resources: Resources) -> None:
    found = code("\"We attacked the rebel camp at dawn,\" Kenya's army said on Monday.", published=WED,
                 resources=resources)
    assert [e.source.actor.code for e in found if e.source] == ["KENMIL"]



@pytest.mark.parametrize(("text", "expected"), [
    ("Norway, which has trained Kenyan police officers since 2019, said on Monday it would send more instructors.",
     ("NOR", "062", "KEN")),
    ("Ghana, which sent troops to Liberia in 2003, said on Tuesday it was watching the border closely.",
     ("GHA", "154", "LBR")),
    # a role the dictionary names: the article's country places it
    ("NDJAMENA, Chad — The army drove off the rebels, who had shelled a border post on Monday.", ("TCD", "194", "TCD")),
])
def test_article_actors_relative_pronoun_subject_is_the_noun_its_clause_modifies(
        resources: Resources, text: str, expected: tuple[str, str, str]) -> None:
    found = [e for e in code(text, published=WED, resources=resources) if e.source is not None]
    assert expected in [(e.source.actor.country, e.cameo, e.target.actor.country if e.target else None)
                        for e in found if e.source is not None]
    assert any(x.startswith("relative:") for e in found if e.source is not None for x in e.source.entries)


@pytest.mark.parametrize("text", [
    # "which" is what Egypt signed, not who signed
    "The accord, which Egypt signed on Monday, was criticized by rights groups.",
    # a clause without a comma only says which actor is meant: what it tells is background
    "NDJAMENA, Chad — The army drove off rebels who had shelled a border post on Monday.",
    # a document is no actor, though a body of Egypt's drafted it
    "Egypt backed an Arab League resolution, which called for sanctions against the junta.",
])
def test_article_actors_relative_pronoun_standing_for_no_named_actor(resources: Resources, text: str) -> None:
    found = code(text, published=WED, resources=resources)
    assert not any(e.source is not None and any(x.startswith("relative:") for x in e.source.entries)
                   for e in found)


@pytest.mark.parametrize(("text", "expected"), [
    # "SUDAN" ends a name in capitals the dictionary does not know: the story is from South Sudan
    ("JUBA, SOUTH SUDAN — Aid agencies warned of hunger on Monday. Officials condemned the looting of a warehouse.",
     "SSD"),
    ("KHARTOUM, SUDAN — Aid agencies warned of hunger on Monday. Officials condemned the looting of a warehouse.",
     "SDN"),
])
def test_article_actors_dateline_country_is_the_whole_name(resources: Resources, text: str, expected: str) -> None:
    found = code(text, published=WED, resources=resources)
    assert found and all(e.source is not None and e.source.actor.country == expected for e in found)


@pytest.mark.parametrize(("text", "expected"), [
    # the dateline's town is the one of the country it names, not a bigger namesake elsewhere
    ("VICTORIA, SEYCHELLES — Aid agencies warned of hunger on Monday. Officials condemned the looting of a "
     "warehouse.", "SYC"),
    ("SAN FERNANDO, TRINIDAD AND TOBAGO — Officials condemned the looting of a warehouse on Monday.", "TTO"),
])
def test_article_actors_dateline_town_is_in_the_dateline_country(resources: Resources, text: str,
                                                                  expected: str) -> None:
    found = code(text, published=WED, resources=resources)
    assert found and all(e.source is not None and e.source.actor.country == expected for e in found)


@pytest.mark.parametrize(("text", "expected"), [
    # "its" of an international body named before: the role is that body's
    ("NATO said on Monday that it had sent more patrols to the border. Its commander met the Kosovo prime minister "
     "on Tuesday.", "IGONATO"),
    # "its" of a country: the role takes the country
    ("Kenya said on Monday that it had closed the border. Its army attacked militant camps in Somalia on Tuesday.",
     "KENMIL"),
])
def test_article_actors_role_owned_by_its_is_of_the_owner(resources: Resources, text: str, expected: str) -> None:
    assert _second_sentence_sources(resources, text) == {expected}


def test_article_actors_relative_clause_act_without_target_is_background(resources: Resources) -> None:
    # "hosted the summit" has no one it is done to: told of Ghana in passing, not coded
    text = "Ghana, which hosted the summit in Accra, criticized Togo's absence."
    found = explain(text, resources, published=WED)
    assert [(e.source.actor.country if e.source else None, e.cameo)
            for s in found for e in s.events] == [("GHA", "111")]
    assert [d.span.text for s in found for d in s.drops if d.reason == BACKGROUND] == ["hosted"]


@pytest.mark.parametrize("text", [
    "Riot police detained nine students outside the university on Friday, a step that Sweden deplored.",
    "Riot police detained nine students outside the university on Friday, a step which Sweden later criticized.",
])
def test_article_actors_country_answering_in_a_relative_clause_does_not_place_them(resources: Resources,
                                                                                   text: str) -> None:
    resources = keeping_undirected(resources)
    # the one country the sentence names reacts to the detention: its police did not detain anyone
    found = _sides(text, resources)
    assert ("SWE", "111", None) in found and all(cameo != "173" for _s, cameo, _t in found), found


def test_article_actors_country_of_the_clause_the_act_follows_places_them(resources: Resources) -> None:
    # "after Sweden banned the rally": the act goes on in the same country
    found = _sides("Riot police detained nine students on Friday after Sweden banned the rally.", resources)
    assert ("SWE", "173", "SWE") in found, found


@pytest.mark.parametrize(("text", "expected"), [
    # plain words for people ("men", "families", "communities") are people of the state acting on them
    ("Peruvian police detained four men near the lake on Tuesday and later accused them of arson.",
     [("PER", "173", "PER"), ("PER", "112", "PER")]),
    ("Chile's government offered on Monday to buy farmland for indigenous communities in the south.",
     [("CHL", "0311", "CHL")]),
])
def test_article_actors_plain_people_words_are_people(resources: Resources, text: str,
                                                      expected: list[tuple[str, str, str]]) -> None:
    assert _sides(text, resources) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an appeal for restraint that names no one is made to the other party: the story's country ...
    ("JUBA, South Sudan — Heavy fighting broke out near Malakal on Sunday. Kenya urged restraint on Monday.",
     ("KEN", "0256", "SSD")),
    # ... or the one other country acting in the sentence
    ("India urged restraint on Monday after Chinese troops crossed the border.", ("IND", "0256", "CHN")),
])
def test_article_actors_appeal_for_restraint_is_made_to_the_other_party(resources: Resources, text: str,
                                                                        expected: tuple[str, str, str]) -> None:
    assert expected in _sides(text, resources)


@pytest.mark.parametrize("text", [
    "GABORONE, Botswana — The interior ministry registered 300 migrants on Monday. "
    "It deported 40 Zimbabweans on Tuesday.",
    "GABORONE, Botswana — Police held 300 migrants on Monday. They deported 40 Zimbabweans on Tuesday.",
])
def test_article_actors_pronoun_antecedent_is_not_of_the_people_it_acts_on(resources: Resources, text: str) -> None:
    # the role named in an earlier sentence is the article's: the Zimbabweans deported tell not whose it is
    found = [f for f in _sides(text, resources) if f[1] == "174"]
    assert found == [("BWA", "174", "ZWE")]


def test_article_actors_form_of_state_is_the_story_state(resources: Resources) -> None:
    # "The kingdom" names Jordan, the state the story is about, not Norway named last; so does the
    # "it" after it, which would otherwise refer to the aid group's spokesman of the sentence before
    text = ("AMMAN, Jordan — Jordan recalled its ambassador from Oslo on Monday after Norwegian lawmakers "
            "criticized Amman. A spokesman for a Canadian aid group urged calm. The kingdom has long answered "
            "criticism from abroad sharply. In 2019 it expelled a Dutch diplomat.")
    found = _sides(text, resources)
    assert ("JOR", "161", "NOR") in found
    assert [source for source, _code, target in found if target == "NLD"] == ["JOR"]


_SMUGGLER = ("A smuggler from Ukraine admitted on Monday that he had sold rifles to a gang. "
             "Ukraine has opened its own inquiry into the weapons. "
             "The rifles came from army depots in Ukraine, the smuggler said. "
             "Police arrested two of his accomplices on Tuesday.")


@pytest.mark.parametrize(("title", "police"), [
    # a headline naming one country tells where the story happens, however often the text names another
    ("Smuggler admits gun sales before Toronto court", "CANCOP"),
    ("Gun smuggler convicted in Canada", "CANCOP"),
    # without a headline, the country the text names most
    (None, "UKRCOP"),
    # a city in a headline in title case, where every word has a capital, is not read as a place
    ("Smuggler Admits Gun Sales Before Toronto Court", "UKRCOP"),
    # nor one named only as where someone is sent
    ("Smuggler deported to Toronto admits gun sales", "UKRCOP"),
])
def test_article_actors_headline_places_role_actors(resources: Resources, title: str | None, police: str) -> None:
    article = Article(id="smuggler", text=_SMUGGLER, title=title, published=WED)
    events = next(code_articles([article], resources)).mentions
    assert [e.source.actor.code for e in events if e.cameo == "173" and e.source is not None] == [police]


def test_article_actors_headline_countries(resources: Resources) -> None:
    assert headline_countries("Riot police clash with miners in Lyon", resources) == {"FRA"}
    assert headline_countries("Kenya and Uganda sign a border deal", resources) == {"KEN", "UGA"}
    assert headline_countries(None, resources) == frozenset()


@pytest.mark.parametrize(("text", "expected"), [
    # unnamed police and prosecutors dealing with foreigners are the story country's, not the foreigners'
    ("Italy tightened its rules for visitors this year. Italy's tourism board welcomed the change. "
     "Police detained two Dutch tourists on Tuesday.", ("ITACOP", "173", "NLDCVL")),
    ("Peru has seen a rise in smuggling this year. The Peruvian coast guard is stretched. "
     "A Bolivian trucker says he is cooperating with prosecutors.", ("BOL", "063", "PERJUD")),
])
def test_article_actors_agents_dealing_with_foreigners_are_the_story_countrys(
        resources: Resources, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in coded(resources, text, WED)


def test_article_actors_surname_of_a_person_described_earlier(resources: Resources) -> None:
    # a surname no dictionary knows names the person an earlier sentence's subject described
    text = ("Police in Lima detained Ana Quispe on Monday. "
            "Quispe, a Peruvian radio journalist, had reported on illegal mining. "
            "The European Union called for Quispe's release on Wednesday.")
    assert ("IGOEU", "0253", "PERMEDJRN") in coded(resources, text, WED)
    # a capitalised word never described before names no one
    assert ("IGOEU", "0253", "PERMEDJRN") not in coded(resources, text.replace("Quispe's release", "Mendoza's release"),
                                                      WED)


@pytest.mark.parametrize(("text", "expected"), [
    # a role alone introduces the person: the country the story is about places the office
    ("NAIROBI, Kenya — Two men went on trial on Monday over an attack on a pastor. "
     "State prosecutor Wanjiru Odhiambo said the men had acted for a Somali gang. "
     "Odhiambo accused Somalia of sheltering the gang's leaders.", ("KENJUD", "112", "SOM")),
    ("LUSAKA, Zambia — The refugee camp at Meheba will close in June. "
     "Home Affairs Minister Chanda Mwale announced the plan on Tuesday. "
     "Mwale's office criticized the U.N. refugee agency for delays.", ("ZMBGOV", "111", "IGOUNHCR")),
])
def test_article_actors_surname_of_a_person_a_role_introduced(resources: Resources, text: str,
                                                             expected: tuple[str, str, str]) -> None:
    assert expected in coded(resources, text, WED)


def test_article_actors_surname_of_a_role_needs_the_story_country(resources: Resources) -> None:
    # with no country for the story, the office is of no country: the surname names no one
    text = ("State prosecutor Wanjiru Odhiambo spoke on Monday. "
            "Odhiambo accused the U.N. refugee agency of delays.")
    assert not [e for e in coded(resources, text, WED) if e[1] == "112"]
    assert ("KENJUD", "112", "IGOUNHCR") in coded(resources, f"NAIROBI, Kenya — {text}", WED)


def test_article_actors_surname_that_is_a_common_word_is_no_name(resources: Resources) -> None:
    # the article writes the surname as a plain word too: alone it names no one
    text = ("MANILA, Philippines — Justice Secretary Maria Young spoke on Monday. "
            "Many young people marched to the palace. Young accused China of meddling.")
    assert not [e for e in coded(resources, text, WED) if e[1].startswith("112") and (e[0] or "").startswith("PHL")]
    assert ("PHLGOV", "1123", "CHN") in coded(resources, text.replace("young", "angry"), WED)


def test_article_actors_surname_names_the_placed_person_before_one_a_role_alone_introduced(
        resources: Resources) -> None:
    text = ("MOGADISHU, Somalia — Crowds lined the road for Kenyan President Jomo Waweru on Monday. "
            "\"We waited all day,\" the farmer, Peter Waweru, said on Tuesday. "
            "Waweru criticized Ethiopia on Wednesday.")
    assert ("KENGOV", "111", "ETH") in coded(resources, text, WED)


@pytest.mark.parametrize(("text", "expected"), [
    # the surname alone is an imported one-word name of a king of another country
    ("BAGHDAD — Iraq's foreign minister, Fuad Hussein, flew to Amman on Monday. "
     "Hussein accused Kuwait of stealing oil from the Rumaila field.", ("IRQGOV", "112", "KWT")),
    # the surname alone is listed for leaders of another country, whom no full name backs here
    ("SAN JOSE, Costa Rica — Foreign Minister Rene Castro said Nicaraguan troops had crossed the river. "
     "Castro accused Nicaragua of invading Costa Rican soil.", ("CRIGOV", "112", "NIC")),
    # a rank the dictionaries name no actor by stands between the name and the role apposed to it
    ("MAHE, Seychelles — The coast guard seized two fishing boats from Sri Lanka on Tuesday, a navy spokesman, "
     "Captain Paul Lablache, told reporters. Lablache accused Sri Lanka of ignoring earlier warnings.",
     ("SYCMILGOV", "112", "LKA")),
])
def test_article_actors_surname_names_the_person_the_article_named_in_full(resources: Resources, text: str,
                                                                         expected: tuple[str, str, str]) -> None:
    assert expected in coded(resources, text, WED)


def test_article_actors_one_word_name_inside_another_name_is_no_one(resources: Resources) -> None:
    # "Abdullah", an imported one-word name, is here the middle of a Kuwaiti's name
    text = "Oman's foreign minister met a Kuwaiti envoy, Sheikh Bader Abdullah al-Sabah, in Muscat on Monday."
    assert coded(resources, text, WED) == [("OMNGOV", "040", "KWTGOV")]
