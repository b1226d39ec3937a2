"""Appeals, demands and orders coded by what they ask (CAMEO 021-028, 101-108), and offers and
readiness by what they offer (CAMEO 030-039): the act their clause names tells the specific code
(data/conventions.tsv, `appeal`, `demand` and `intent`). Sentences written for these tests."""

from __future__ import annotations

import pytest

from coded import PUBLISHED
from eventwire.coding.asked import ASKED_SUFFIX
from eventwire.pipeline import code
from eventwire.resources import Resources


@pytest.mark.parametrize(("code_", "appeal", "demand"), [
    ("0841", "0253", "1053"),  # a release: of persons or property
    ("0874", "0256", "1056"),  # a withdrawal: de-escalation
    ("043", "026", "106"),  # talks
    ("045", "028", "108"),  # mediation
    ("0832", "0242", "1042"),  # a change of policy
    ("073", "0233", "1033"),  # humanitarian aid
    ("063", "0213", "1013"),  # judicial cooperation
])
def test_asked_act_table(resources: Resources, code_: str, appeal: str, demand: str) -> None:
    conventions = resources.conventions
    assert (conventions.appealed(code_), conventions.demanded(code_)) == (appeal, demand)


@pytest.mark.parametrize("code_", ["090", "190", "173", "112"])
def test_asked_act_table_has_no_code_for_conflict_or_inquiry(resources: Resources, code_: str) -> None:
    assert resources.conventions.appealed(code_) is None and resources.conventions.demanded(code_) is None


@pytest.mark.parametrize(("text", "cameo", "rule_end"), [
    # a plain demand whose clause names a release
    ("Mali demanded that the rebels lay down their arms and free the hostages.", "1053", ASKED_SUFFIX),
    # "should" told of another: an appeal for the withdrawal it names
    ("Ecuador said Colombia should withdraw its troops from the frontier.", "0256", ASKED_SUFFIX),
    # a cooperative act expected of another: a demand for talks
    ("Kenya expects Somalia to resume talks with the rebels.", "106", "+asked"),
    # an order in a quotation: a demand for the release it orders
    ('"Release our sailors now," Tehran told London.', "1053", "+ordered"),
])
def test_asked_act_gives_specific_code(resources: Resources, text: str, cameo: str, rule_end: str) -> None:
    events = code(text, published=PUBLISHED, resources=resources)
    assert [(e.cameo, e.rule.endswith(rule_end)) for e in events] == [(cameo, True)], \
        [(e.rule, e.cameo) for e in events]


@pytest.mark.parametrize(("text", "cameo"), [
    # asked not to act: no act asked, the plain appeal
    ("Kenya asked Ethiopia not to free the suspects.", "020"),
    # an inquiry has no appeal code of its own
    ("Chile urged Peru to investigate the killing of the fishermen.", "020"),
])
def test_asked_act_leaves_plain_code(resources: Resources, text: str, cameo: str) -> None:
    assert [e.cameo for e in code(text, published=PUBLISHED, resources=resources)] == [cameo]


def test_several_acts_ordered_at_once_are_one_demand(resources: Resources) -> None:
    events = code('"Free our men and pull your troops back," the rebel commander told Mali.',
                  published=PUBLISHED, resources=resources)
    assert [e.cameo for e in events] == ["1053"], [(e.rule, e.cameo) for e in events]


@pytest.mark.parametrize(("text", "cameo"), [
    # an offer of an act no pattern names: an intention to cooperate, aimed at the parties it names
    ("Norway's prime minister offered to bring the Sudanese and Chadian presidents together in Oslo.", "030"),
    # an offer of an act a pattern knows takes that act's intention code
    ("Angola offered on Tuesday to free the Namibian fishermen it holds.", "0353"),
])
def test_offer_to_act_is_an_intention(resources: Resources, text: str, cameo: str) -> None:
    events = code(text, published=PUBLISHED, resources=resources)
    assert [e.cameo for e in events] == [cameo], [(e.rule, e.cameo) for e in events]


@pytest.mark.parametrize(("text", "source", "target"), [
    # a predicate adjective of readiness names an intention, whatever the act readied for
    ("Peru's cabinet declared on Friday that Lima was ready to staff a monitoring mission in Bolivia.", "PER", "BOL"),
    ("Ghana's president stood ready to chair a summit of Togolese and Beninese leaders.", "GHA", "TGO"),
    # a date between the verb of offering and its infinitive leaves the offer whole
    ("Slovakia offered on Monday to let Austrian planes use its airfields.", "SVK", "AUT"),
])
def test_readiness_or_offer_to_act_is_an_intention(resources: Resources, text: str, source: str, target: str) -> None:
    events = code(text, published=PUBLISHED, resources=resources)
    assert any(e.cameo.startswith("03") and e.source is not None and e.source.actor.code.startswith(source)
               and e.target is not None and e.target.actor.code.startswith(target) for e in events), \
        [(e.rule, e.cameo) for e in events]
