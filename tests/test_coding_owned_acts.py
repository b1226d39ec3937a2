"""Acts an event noun tells with no verb, done by its owner (data/verbs/nouns.tsv, rows whose verb is
`@owner`; eventwire.coding.noun_events.owned_acts), on sentences of the suite's own wording: the
author is the noun's "by" agent, or its possessive owner or nationality adjective when its
complement says what the act is done to; the target is the phrase of the row's prepositions, or
the party the conventions imply for an appeal, a demand or a sanction."""

from __future__ import annotations

import pytest

from coded import coded
from eventwire.coding.patterns import told_by_noun
from eventwire.explain import explain
from eventwire.resources import Resources


@pytest.mark.parametrize(("text", "act"), [
    # a possessive owner, with the noun's "of" phrase
    ("The talks collapsed after Kenya's expulsion of three Ugandan diplomats.", ("KEN", "161", "UGAGOV")),
    ("Mexico's deportation of 300 Honduran migrants was criticised.", ("MEX", "174", "HNDREF")),
    ("Washington objected to New Delhi's purchase of Russian fighter jets.", ("INDGOV", "062", "RUSMIL")),
    # a nationality adjective, with the phrase of what the act is aimed at
    ("Donors were alarmed by a Rwandan offensive against Burundian rebels.", ("RWA", "190", "BDIREB")),
    ("Manila protested against Beijing's imposition of tariffs on Philippine bananas.", ("CHNGOV", "163", "PHL")),
    # a "by" agent
    ("The arrest of four Malaysian fishermen by Indonesian police strained relations.",
     ("IDNCOP", "173", "MYSAGR")),
])
def test_act_done_by_the_nouns_owner(resources: Resources, text: str, act: tuple[str, str, str]) -> None:
    assert act in coded(resources, text)


@pytest.mark.parametrize(("text", "act"), [
    # an appeal or a demand names no target of its own: the other party acting in the sentence is it,
    # and what is asked for gives the code
    ("Paraguay rejected Bolivia's call for a ceasefire on Monday.", ("BOL", "0256", "PRY")),
    ("Quito dismissed Lima's demand for compensation.", ("PERGOV", "100", "ECU")),
    ("Quito dismissed Lima's demand for the release of five fishermen.", ("PERGOV", "1053", "ECU")),
])
def test_appeal_or_demand_told_by_a_noun(resources: Resources, text: str, act: tuple[str, str, str]) -> None:
    assert act in coded(resources, text)


@pytest.mark.parametrize(("text", "code"), [
    # feared, denied, left open, dated as history or as the onset of a state of things
    ("Analysts fear a Chinese invasion of Taiwan.", "190"),
    ("Since Ethiopia's 2006 invasion of Somalia, the region has been unstable.", "190"),
    ("Rwanda denied any offensive against Congolese troops.", "190"),
    ("Kenya did not order an offensive against Somali militants.", "190"),
    # a noun given a civil sense
    ("Beijing's charm offensive on Pacific islands worried Canberra.", "190"),
    # without a complement, the owner may be whom the act befalls
    ("The envoy's expulsion was a mistake, Lima said.", "174"),
    # a demand in the economic sense asks for no act
    ("Chinese demand for Australian coal rose sharply.", "100"),
])
def test_act_not_told_as_done_by_the_owner(resources: Resources, text: str, code: str) -> None:
    assert all(c != code for _, c, _ in coded(resources, text))


def test_act_told_by_a_noun_needs_a_target(resources: Resources) -> None:
    # a call that names no one else, and none implied: no event between parties
    [sentence] = explain("Ottawa's call for calm came late on Sunday.", resources)
    assert not sentence.events
    assert any(d.rule is not None and told_by_noun(d.rule) and d.rule.startswith("noun.owned_call")
               for d in sentence.drops)


def test_noun_a_verb_puts_in_motion_is_coded_once(resources: Resources) -> None:
    # the verb of announcing codes the noun's act: the owner's reading adds no second event
    assert coded(resources, "Ghana announced the expulsion of three Togolese diplomats.") == [("GHA", "161", "TGOGOV")]


@pytest.mark.parametrize(("text", "act"), [
    # the subject of a verb by which it makes the act its object tells, owned by a pronoun alone
    ("Kenya renewed its call for the withdrawal of Ethiopian troops from the disputed town.", ("KEN", "0256", "ETH")),
    # or told in the verb's "with" phrase; whoever holds the people to be freed is the one called on
    ("Zambia's president opened the regional summit with an appeal for the swift release of the Malawian pilots "
     "held in Mozambique.", ("ZMBGOV", "0253", "MOZ")),
    ("Ghana's call for the release of the Ivorian fishermen jailed in Togo went unanswered.", ("GHA", "0253", "TGO")),
])
def test_call_made_by_the_subject_and_aimed_at_the_holder(resources: Resources, text: str,
                                                          act: tuple[str, str, str]) -> None:
    assert act in coded(resources, text)


def test_call_rejected_is_not_the_subjects(resources: Resources) -> None:
    # rejecting a call is no call of one's own
    assert coded(resources, "Peru rejected the call for talks with Chile.") == []
