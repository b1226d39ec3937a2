"""Coding rules of the built-in dictionaries and patterns, one sentence each (sentences written for
these tests): implied targets, refusals and intentions, passives, collective nouns, parse repairs."""

from __future__ import annotations

from dataclasses import replace

import pytest

from coded import PUBLISHED, coded_pairs
from coded import actor_code as _code
from coded import coded as _coded
from eventwire.coding.decisions import Stage
from eventwire.explain import explain
from eventwire.model import EventMention
from eventwire.pipeline import code
from eventwire.resources import Resources


def _one(resources: Resources, text: str) -> EventMention:
    events = code(text, published=PUBLISHED, resources=resources)
    assert len(events) == 1, [(e.rule, e.cameo) for e in events]
    return events[0]


@pytest.mark.parametrize(("text", "expected"), [
    # a curfew lifted without a named target is aimed at the country where it applies
    ("Sudan lifted the night curfew in Khartoum on Sunday.", ("SDN", "0813", "SDN")),
    # arrests without a named target: the country where they happen
    ("Kenyan authorities detained dozens in Mombasa on Friday.", ("KENGOV", "173", "KEN")),
    # force used in another country than the actor's own is aimed at that country
    ("Afghan rebels exploded two bombs in Peshawar on Monday.", ("AFGREB", "1834", "PAK")),
    # a show of force at a place at home, or a truce, with no other party in view is aimed at home
    ("Nepal deployed 500 soldiers and police in Pokhara on Monday.", ("NPL", "153", "NPL")),
    ("Peru put its troops in the Andean town of Ayacucho on high alert on Friday.", ("PER", "152", "PER")),
    ("Colombian troops declared a unilateral truce on Sunday.", ("COLMIL", "0871", "COL")),
    # the outlet that reports the truce is no party to it
    ("Chad announced a ceasefire on Sunday, Al Arabiya television reported.", ("TCD", "0871", "TCD")),
])
def test_rules_implied_targets(resources: Resources, text: str, expected: tuple[str, str, str]) -> None:
    assert _coded(resources, text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # troops landing or arriving in another country's town are a force sent to protect it, not a visit
    ("The first Kenyan troops of the regional force landed in Juba on Sunday.", [("KENMIL", "074", "SSDGOV")]),
    ("Nigerian soldiers arrived in the Liberian capital Monrovia on Friday to guard the airport.",
     [("NGAMIL", "074", "LBRGOV")]),
    # ... named by the country alone, they protect that country
    ("Ghanaian peacekeepers landed in Haiti on Saturday.", [("GHAMIL", "074", "HTI")]),
    # a leader's arrival stays a visit
    ("The Gambian president arrived in Conakry on Thursday.", [("GMBGOV", "042", "GINGOV")]),
    # troops that land on a disputed islet, or have merely arrived, tell of no host they protect
    ("Ecuador protested to Peru on Monday over the disputed islet of Isla Verde. Peruvian marines had landed on "
     "Isla Verde on March 3 and hoisted a flag. Fishermen in the port said the boats had stayed in harbour since "
     "the soldiers arrived.", [("ECU", "114", "PER")]),
])
def test_rules_troops_landing_abroad_give_protection(resources: Resources, text: str,
                                                      expected: list[tuple[str, str, str]]) -> None:
    assert _coded(resources, text) == expected


def test_rules_implied_target_is_explained(resources: Resources) -> None:
    event = _one(resources, "Sudan lifted the night curfew in Khartoum on Sunday.")
    assert event.target is not None and event.target.entries == ("domestic-target:SDN",)


@pytest.mark.parametrize(("text", "cameo", "rule_end"), [
    ("Pakistan refused to deploy peacekeepers in Sudan.", "1224", "+refusal"),
    ("Serbia and Kosovo failed to reach an agreement on Monday.", "127", "+refusal"),
    ("Syria is willing to withdraw its troops from Lebanon.", "0356", "+intent"),
    ("Chile pledged to send humanitarian aid to Haiti.", "0333", ""),
])
def test_rules_refusals_and_intentions(resources: Resources, text: str, cameo: str, rule_end: str) -> None:
    events = code(text, published=PUBLISHED, resources=resources)
    assert events and all(e.cameo == cameo and e.rule.endswith(rule_end) for e in events), \
        [(e.rule, e.cameo) for e in events]


def test_rules_an_attempt_is_the_act(resources: Resources) -> None:
    event = _one(resources, "North Korea tried to hack into the computers of South Korean army officers.")
    assert (event.cameo, _code(event.source), event.target and event.target.actor.country) == ("176", "PRK", "KOR")


def test_rules_passive_without_agent_names_no_source(resources: Resources) -> None:
    text = "A French minister cancelled a visit to Haiti after his hotel was attacked in the capital."
    assert _coded(resources, text) == [("FRAGOV", "160", "HTI")]


def test_rules_collective_noun_counts_its_members(resources: Resources) -> None:
    assert _coded(resources, "A group of refugees began a hunger strike in Moscow on Monday.") == [
        ("RUSREF", "142", "RUS")]


def test_rules_role_only_conjunct_takes_the_named_conjuncts_country(resources: Resources) -> None:
    text = "French Prime Minister Gabriel Attal and a group of lawmakers held talks with Chinese officials."
    # the lawmakers' part is France's one act, coded once; the merge names them as French
    assert _coded(resources, text) == [("FRAGOV", "040", "CHNGOV")]
    drops = [d for run in explain(text, published=PUBLISHED, resources=resources) for d in run.drops]
    assert any(d.stage == Stage.MERGE and d.reason.startswith("FRALEG 040 CHNGOV:") for d in drops), drops


def test_rules_people_of_another_country(resources: Resources) -> None:
    event = _one(resources, "The Hungarians of southern Slovakia demanded autonomy from the Slovak government.")
    assert event.source is not None and event.source.actor.code == "SVKCVL"


def test_rules_people_another_state_acts_on_are_of_the_storys_country(resources: Resources) -> None:
    # in a story about Georgia, the workers Moscow expels are Georgia's, not Russia's
    text = ("Georgia accused Russia of meddling in its affairs on Monday. Georgia's parliament debated the dispute "
            "on Tuesday. Georgian officials met on Thursday. Moscow expelled 300 seasonal workers on Wednesday.")
    assert ("RUSGOV", "174", "GEOLAB") in _coded(resources, text)


def test_rules_countries_acting_together_target_each_other(resources: Resources) -> None:
    text = "Israel and Lebanon resumed negotiations on an Israeli withdrawal from Lebanon."
    assert _coded(resources, text) == [("ISR", "046", "LBN")]  # a mutual act: once, the first-named as source


def test_rules_target_one_preposition_deeper(resources: Resources) -> None:
    assert _coded(resources, "Britain mobilized army reservists for a war against Iraq.") == [("GBR", "154", "IRQ")]


def test_rules_preposition_under_a_particle(resources: Resources) -> None:
    event = _one(resources, "Rebels kidnapped up to 16 Russian engineers in Kabul.")
    assert event.target is not None and event.target.actor.country == "RUS"


def test_rules_role_only_actor_takes_the_sentences_one_country(resources: Resources) -> None:
    text = "The vice president declined to resign despite growing pressure from the Kenyan parliament."
    assert _coded(resources, text) == [("KENGOV", "1231", "KEN")]


def test_rules_place_of_the_attribution_is_not_the_events(resources: Resources) -> None:
    event = _one(resources, "Rebels kidnapped five Italian engineers, diplomatic sources in Nairobi said.")
    assert event.place is None or event.place.country != "KEN"
    assert event.source is not None and event.source.actor.country != "KEN"


def test_rules_place_of_a_torn_closing_attribution_is_not_the_events(resources: Resources) -> None:
    # the parser hangs the officials on the act before them: the closing words still only report it
    text = ("The Moroccan navy detained forty Spanish sailors and seized their vessels off the coast on Monday, "
            "fisheries officials in Cadiz, in Spain's south, said on Tuesday.")
    events = code(text, published=PUBLISHED, resources=resources)
    assert events and all(e.place is None for e in events)


def test_rules_closing_attribution_is_the_speaker_not_the_target(resources: Resources) -> None:
    text = "The United Nations will provide food aid to refugees in Chad, the World Food Programme said on Monday."
    event = _one(resources, text)
    assert event.target is not None and event.target.actor.country == "TCD"
    assert event.speaker == "World Food Programme"


def test_rules_subject_after_a_fronted_phrase(resources: Resources) -> None:
    text = ("With the signing of a memorandum on the cessation of hostilities, the Sudanese government and "
            "the SPLM have agreed to allow humanitarian access to all areas.")
    sources = {_code(e.source) for e in code(text, published=PUBLISHED, resources=resources)}
    assert "SDNGOV" in sources


def test_rules_explain_names_events_without_a_placed_actor(resources: Resources) -> None:
    [sentence] = explain("The government has ordered patrols by the police.", resources)
    assert sentence.events == ()
    assert [d.reason for d in sentence.drops if d.rule == "posture.order_patrols"] == [
        "no actor with a country or as an international organization"]


def test_rules_passive_state_act_is_the_states_where_it_happened(resources: Resources) -> None:
    event = _one(resources, "Three Chinese nationals were arrested in Manila on Tuesday.")
    assert (_code(event.source), event.cameo, _code(event.target)) == ("PHLGOV", "173", "CHN")
    assert event.source is not None and event.source.entries[0] == "implied-source:state"
    assert _coded(resources, "Three Chinese nationals were arrested on Tuesday.") == []


def test_rules_past_participle_with_an_object_is_a_finite_verb(resources: Resources) -> None:
    text = "Israeli air strikes killed at least 20 people in Rafah on Tuesday, Palestinian health officials said."
    event = _one(resources, text)
    assert event.source is not None and event.source.actor.country == "ISR"
    assert event.target is not None and event.target.actor.country == "PSE"


def test_rules_past_participle_with_an_object_after_its_particle_is_a_finite_verb(resources: Resources) -> None:
    # "sealed off the bay": the parser hangs the object from the particle, a passive has none
    event = _one(resources, "Greek naval patrols sealed off the bay near Lesbos overnight, a coast guard official "
                            "in Athens said.")
    assert (_code(event.source), event.cameo) == ("GRCMIL", "191")


@pytest.mark.parametrize(("text", "expected"), [
    ("Pope Francis urged the warring parties in Sudan to lay down their arms.", ("VATGOV", "SDN")),
    ("Chinese hackers broke into a Dutch defence ministry network last year.", ("CHN", "NLD")),
])
def test_rules_dictionary_and_pattern_coverage(resources: Resources, text: str, expected: tuple[str, str]) -> None:
    event = _one(resources, text)
    assert event.source is not None and event.source.actor.code.startswith(expected[0])
    assert event.target is not None and event.target.actor.country == expected[1]


@pytest.mark.parametrize(("text", "expected"), [
    # coordinated modifiers name one actor each, acting together
    ("Indian and Egyptian troops began a joint military exercise on Monday.",
     [("INDMIL", "062", "EGYMIL")]),
    # whose the object is: the author of a proposal, the owner of an embassy
    ("Israel rejected a proposal by Hamas for a permanent ceasefire.", [("ISR", "127", "PSEREB")]),
    # (the base layer's agents code an embassy as its state's government)
    ("Thousands of people demonstrated outside the Israeli embassy in Amman on Friday.",
     [("JORCVL", "141", "ISRGOV")]),
    ("Poland deployed 5,000 troops to its border with Belarus on Tuesday.", [("POL", "154", "BLR")]),
])
def test_rules_where_the_other_side_is(resources: Resources, text: str,
                                       expected: list[tuple[str, str, str]]) -> None:
    assert sorted(_coded(resources, text)) == expected


def test_rules_joint_exercise_is_military_cooperation(resources: Resources) -> None:
    text = "French and Egyptian warships launched ten days of war games in the Mediterranean on Monday."
    events = code(text, published=PUBLISHED, resources=resources)
    assert [(_code(e.source), e.cameo, _code(e.target), e.rule) for e in events] == [
        ("FRAMIL", "062", "EGYMIL", "posture.exercise+joint+mutual")]


def test_rules_coordinated_passives_share_agent_and_make_one_event(resources: Resources) -> None:
    text = "Slovak Prime Minister Robert Fico was shot and seriously wounded by a gunman in Handlova on Wednesday."
    [event] = code(text, published=PUBLISHED, resources=resources)
    assert (_code(event.source), event.cameo, _code(event.target)) == ("SVKREB", "193", "SVKGOV")


def test_rules_dateline_is_not_an_actor_but_a_credit(resources: Resources) -> None:
    text = "KINSHASA, Congo (AP) — Kenyan President William Ruto arrived in Kinshasa on Tuesday for talks."
    event = _one(resources, text)
    assert (_code(event.source), event.cameo, event.target and event.target.actor.country) == ("KENGOV", "042", "COD")
    assert event.reported_by == ("Associated Press",)


def test_rules_assault_hits_where_it_happens_even_at_home(resources: Resources) -> None:
    text = "A suicide bomber blew himself up near a police van in Peshawar on Tuesday, killing four officers."
    event = _one(resources, text)
    assert (_code(event.source), event.cameo, _code(event.target)) == ("PAKREB", "1831", "PAK")


def test_rules_joint_actors_are_not_their_own_targets(resources: Resources) -> None:
    text = "Argentina and Chile signed a memorandum of understanding in Santiago on Monday."
    assert _coded(resources, text) == [("ARG", "057", "CHL")]


@pytest.mark.parametrize(("text", "expected"), [
    # whoever is asked to act is the target of an appeal or a demand, not what the act is about
    ("Somalia's foreign minister urged the Arab League on Wednesday to back Mogadishu.",
     [("SOMGOV", "022", "IGOARL")]),
    # "called on" names whom the appeal is made to, before the people the asked act concerns
    ("Gabon's foreign minister called on Cameroon on Monday to free the Gabonese fishermen held at Kribi.",
     [("GABGOV", "0253", "CMR")]),
    ("Colombia extradited a former FARC commander to the United States on Thursday.", [("COL", "063", "USA")]),
    ("China's foreign ministry defended Cambodia against accusations of harbouring scam centres.",
     [("CHNGOV", "052", "KHM")]),
    # "take part in" is not "take in"
    ("Kenyan troops had not taken part in the fighting.", []),
])
def test_rules_targets_of_requests_and_transfers(resources: Resources, text: str,
                                                 expected: list[tuple[str, str, str]]) -> None:
    assert _coded(resources, text) == expected


def test_rules_place_through_the_city_of(resources: Resources) -> None:
    text = "Israeli air strikes on the southern Gaza city of Rafah killed at least 22 people overnight."
    event = _one(resources, text)
    assert event.place is not None and event.place.country == "PSE"
    assert event.target is not None and event.target.actor.code == "PSECVL"


def test_rules_dateline_is_not_part_of_the_sentence(resources: Resources) -> None:
    text = "NIAMEY, Niger (AP) — Thousands of protesters rallied outside a French military base in Niamey on Saturday."
    event = _one(resources, text)
    assert (_code(event.source), event.cameo, _code(event.target)) == ("NERCVL", "141", "FRAMIL")
    assert event.sentence_text.startswith("Thousands of protesters")


@pytest.mark.parametrize(("text", "expected"), [
    # ordering foreign forces out is the order-giver's act
    ("Chad has ordered U.S. troops to leave an air base near the capital N'Djamena.", [("TCD", "166", "USAMIL")]),
    # a threat's condition is part of the threat, not an event of its own
    ("The United States said it would reimpose sanctions on Venezuela unless its government allowed the "
     "opposition candidate to run.", [("USA", "1312", "VEN")]),
    # the clause after "after ..." shares the main subject
    ("Honduras established diplomatic relations with China on Sunday after severing its ties with Taiwan.",
     [("HND", "054", "CHN"), ("HND", "161", "TWN")]),
    # "without reaching an agreement": a cooperative act that did not happen is a rejection
    ("Negotiators from Ethiopia and Egypt ended their talks on Tuesday without reaching an agreement.",
     [("ETHGOV", "164", "EGYGOV"), ("ETHGOV", "127", "EGYGOV")]),
    ("Japanese Prime Minister Fumio Kishida said on Thursday he was pessimistic about an early summit.",
     [("JPNGOV", "012", None)]),
])
def test_rules_clauses_around_the_event(resources: Resources, text: str,
                                        expected: list[tuple[str, str, str | None]]) -> None:
    assert _coded(resources, text) == expected


def test_rules_negated_announcement_is_no_threat(resources: Resources) -> None:
    event = _one(replace(resources, keep_negated=True), "Malawi will not expel South Africa's high commissioner.")
    assert (event.cameo, event.negated) == ("161", True)


@pytest.mark.parametrize(("text", "expected"), [
    # an accusation made along the way is an act of its own, aimed at the main clause's object
    ("Mali's military government ordered the United Nations to withdraw its peacekeeping mission, accusing it "
     "of failing to stem the insurgency.", [("MLIGOVMIL", "166", "IGOUNO"), ("MLIGOVMIL", "112", "IGOUNO")]),
    # leaving a bloc
    ("Mali, Burkina Faso and Niger said they were leaving the regional bloc ECOWAS.",
     [("MLI", "160", "IGOECOWAS"), ("BFA", "160", "IGOECOWAS"), ("NER", "160", "IGOECOWAS")]),
    # martial law declared is aimed at the country, not at whatever the reasons name
    ("South Korean President Yoon Suk Yeol declared emergency martial law on Tuesday.", [("KORGOV", "1724", "KOR")]),
])
def test_rules_acts_along_the_way(resources: Resources, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert coded_pairs(resources, text) == expected


def test_rules_whom_force_is_used_on_is_the_target(resources: Resources) -> None:
    text = "Police arrested twelve protesters outside the Chinese embassy in Manila on Wednesday."
    assert _coded(resources, text) == [("PHLCOP", "173", "PHLCVL")]
