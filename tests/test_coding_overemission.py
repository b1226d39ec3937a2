"""Events the coder should not add, and types the codebook fixes, on sentences of its own wording:
one act of several agents of the same state, subjects that name no one, backing that only
describes another act's actor, the other side's part of an act not yet done, and the senses of
"minutes", "ban", "ended days of talks" and "ordered troops", conditions told by inversion and
feelings told with appeal verbs."""

from __future__ import annotations

import pytest

from coded import coded as _coded
from coded import keeping_undirected
from eventwire.resources import Resources


@pytest.mark.parametrize(("text", "expected"), [
    # one act of two agents of the same state is one event of that state
    ("Kenyan police and soldiers arrested opposition leaders in Nairobi.", [("KENCOP", "173", "KENOPP")]),
    # a state's forces and an armed group beside them are two parties
    # (one act of both: one event, the armed group among its `also_sources`)
    ("Serbian police and paramilitaries drove thousands of villagers out of their homes.",
     [("SRBCOP", "201", "SRBCVL")]),
    ("Ethiopian troops and police detained opposition activists in Addis Ababa.", [("ETHMIL", "173", "ETHOPP")]),
    ("Italian ministers and senators met Tunisian officials in Tunis on Friday.", [("ITAGOV", "040", "TUNGOV")]),
    # agents of different states acting together stay one event each
    ("Sweden and Norway suspended aid to Rwanda.", [("SWE", "162", "RWA")]),  # one act of both
])
def test_overemission_one_act_of_one_state_is_coded_once(resources: Resources, text: str,
                                                         expected: list[tuple[str, str, str | None]]) -> None:
    assert _coded(resources, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a subject quantified by "no" names no one: no party acts
    ("No European government has offered to take in the 90 migrants stranded on a boat off the Greek "
     "island of Lesbos.", []),
    ("Thailand offered to take in the 300 refugees stranded on the boat.", [("THA", "033", "THAREF")]),
])
def test_overemission_subject_naming_no_one_is_no_party(resources: Resources, text: str,
                                                        expected: list[tuple[str, str, str | None]]) -> None:
    assert _coded(resources, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # backing told as a participle on the actor of another act is a part in that act, no endorsement
    ("Malian troops backed by French helicopters retook the town of Kidal from the rebels on Sunday.", []),
    ("Nigerian soldiers, supported by Chadian warplanes, attacked a rebel camp near Lake Chad.",
     [("NGAMIL", "190", None)]),
    # backing of a thing, and backing told as a deed, stay endorsements
    ("A resolution backed by France was adopted by the council.", [("FRA", "051", None)]),
    ("France backed the resolution on Sudan.", [("FRA", "051", "SDN")]),
])
def test_overemission_backing_of_an_actor_is_no_endorsement(resources: Resources, text: str,
                                                            expected: list[tuple[str, str, str | None]]) -> None:
    resources = keeping_undirected(resources)
    assert _coded(resources, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an intended visit is the visitor's intention; the host intends nothing yet
    ("Eritrea is ready to send a delegation to Cairo next month, its foreign minister said.",
     [("ERI", "036", "EGYGOV")]),
    # told in the plain future, the trip is a schedule (conventions `itinerary`): neither a visit nor a hosting
    ("Kenya will send a delegation to Kampala next week.", []),
    # a visit made is also a hosting
    ("Eritrea sent a delegation to Cairo for talks with Sudan on Monday.",
     [("ERI", "042", "EGYGOV"), ("EGYGOV", "043", "ERI")]),
])
def test_overemission_no_hosting_of_a_visit_not_yet_made(resources: Resources, text: str,
                                                          expected: list[tuple[str, str, str | None]]) -> None:
    assert _coded(resources, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # minutes of talks are no minute of silence
    ("The presidents of Chile and Peru held 30 minutes of talks in Lima on Monday.", [("CHLGOV", "040", "PERGOV")]),
    ("Chile's parliament held a minute of silence for the victims of the earthquake in Peru.",
     [("CHLLEG", "017", "PERCVL")]),
    # a ban on trade is an embargo: easing it eases economic sanctions (085), other bans are restrictions (081)
    ("Japan lifted its ban on imports of Chinese seafood on Tuesday.", [("JPN", "085", "CHN")]),
    ("Japan lifted its ban on public gatherings in Tokyo.", [("JPN", "081", "JPN")]),
    # talks that ran their course were held (046); talks broken off are halted (164)
    ("The leaders of Chile and Peru ended three days of talks in Lima without an agreement on Friday.",
     [("CHLGOV", "046", "PERGOV")]),
    ("Chile broke off talks with Peru on Friday.", [("CHL", "164", "PER")]),
    # troops ordered to a front are deployed (154), aimed at the party of what it follows; troops
    # ordered to act stay the act
    ("Peru's president ordered troops to the southern border on Monday after clashes with Bolivian smugglers.",
     [("PERGOV", "154", "BOL")]),
    ("Peru's president ordered troops to the southern border on Monday.", [("PERGOV", "154", "PERMIL")]),
    ("Peru's president ordered troops to fire on the protesters in Lima.", [("PERMIL", "175", "PERCVL")]),
])
def test_overemission_senses_fixed_by_the_codebook(resources: Resources, text: str,
                                                   expected: list[tuple[str, str, str | None]]) -> None:
    assert _coded(resources, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a mobilization or an alert naming no target answers the party of what it follows
    ("Armenia ordered a general mobilisation on Sunday after Azerbaijani troops shelled villages along the border.",
     [("ARM", "154", "AZE"), ("AZEMIL", "194", None)]),
    ("Greece put its navy on high alert amid Turkey's survey of disputed waters.", [("GRC", "152", "TUR")]),
    # nothing of another party to answer: an alert at a place at home is aimed at home
    ("Kenya raised its terror alert after the bombing in Nairobi.", [("KEN", "151", "KEN")]),
])
def test_overemission_posture_answers_what_it_follows(resources: Resources, text: str,
                                                      expected: list[tuple[str, str, str | None]]) -> None:
    resources = keeping_undirected(resources)
    assert _coded(resources, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a condition told by inversion is no event
    ("Were China to blockade Taiwan, insurers in Singapore would raise premiums, brokers said.", []),
    ("Had Russia attacked Finland, NATO would have responded, officials said.", []),
    ("Russia attacked Finland, officials said.", [("RUS", "190", "FIN")]),
    # an appeal verb in the passive that asks for nothing tells a feeling; one that asks stays an appeal
    ("Denmark was encouraged by Sudan's decision to free the prisoners.", []),
    ("Kenya was encouraged by the United States to join the talks.", [("USA", "026", "KEN")]),
    ("Kenya was asked for help by Somalia.", [("SOM", "023", "KEN")]),
])
def test_overemission_conditions_and_feelings_are_no_events(resources: Resources, text: str,
                                                            expected: list[tuple[str, str, str | None]]) -> None:
    assert _coded(resources, text) == expected
