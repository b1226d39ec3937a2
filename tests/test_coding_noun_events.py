"""Events told by nouns, on sentences of the project's own wording: talks a third party mediates
(its good offices, or a participle saying who brokered them or the deal an act is done under) and
acts a verb of announcing, ordering or approving puts in motion through an event noun
(data/verbs/nouns.tsv)."""

from __future__ import annotations

import pytest

from coded import coded as _coded
from eventwire.explain import explain
from eventwire.resources import Resources


@pytest.mark.parametrize(("text", "mediator", "parties"), [
    # a demonym on the noun of good offices
    ("Bolivian and Peruvian negotiators opened talks in Lima under Brazilian mediation.", "BRA",
     {"BOLGOV", "PERGOV"}),
    # the "of" phrase of the noun
    ("Guatemalan envoys and rebel leaders resumed talks in Oslo under the auspices of Norway.", "NOR",
     {"GTMGOV", "GTMREB"}),
    # the good offices hang from the talks the meeting is for
    ("The Armenian and Azerbaijani ministers met in Vienna for talks under French mediation.", "FRA",
     {"ARMGOV", "AZEGOV"}),
])
def test_mediator_of_talks_mediates_between_the_parties(resources: Resources, text: str, mediator: str,
                                                        parties: set[str]) -> None:
    events = _coded(resources, text)
    assert any(cameo.startswith("04") and source != mediator for source, cameo, _ in events)
    mediated = {target for source, cameo, target in events if cameo == "045" and source == mediator}
    assert mediated and mediated <= parties


def test_mediation_is_read_only_off_talks(resources: Resources) -> None:
    # a noun of good offices beside an act that is no consultation tells no mediation
    events = _coded(resources, "Peruvian troops shelled the rebel camp under the auspices of Brazil on Monday.")
    assert not any(cameo == "045" for _, cameo, _ in events)


def test_mediation_of_talks_not_held_is_not_coded(resources: Resources) -> None:
    # the talks' negation carries over to the mediation read off them
    events = _coded(resources, "Bolivia and Peru did not open talks under Brazilian mediation on Monday.")
    assert not any(cameo == "045" for _, cameo, _ in events)


def test_mediation_rule_is_explained(resources: Resources) -> None:
    [sentence] = explain("Guatemalan envoys and rebel leaders resumed talks in Oslo under the auspices "
                         "of Norway.", resources)
    assert any(e.rule.startswith("mediate.under_talks+") for e in sentence.events)


@pytest.mark.parametrize(("text", "expected"), [
    ("Kenya announced the expulsion of two Ugandan diplomats.", ("KEN", "161", "UGA")),
    ("Romania confirmed the arrest of three Moldovan smugglers.", ("ROU", "173", "MDA")),
    ("The Chilean court approved the extradition of the banker to Spain.", ("CHL", "063", "ESP")),
    ("Mexico announced the deportation of 200 Guatemalans.", ("MEX", "174", "GTM")),
])
def test_event_noun_under_a_verb_of_announcing_or_ordering(resources: Resources, text: str,
                                                           expected: tuple[str, str, str]) -> None:
    source, cameo, target = expected
    events = _coded(resources, text)
    assert any(s is not None and s.startswith(source) and c == cameo and t is not None and t.startswith(target)
               for s, c, t in events), events


def test_event_noun_needs_its_kind_of_object(resources: Resources) -> None:
    # the closure of a factory is no diplomatic act: the noun's "of" phrase decides
    [sentence] = explain("Kenya ordered the recall of a Ugandan textile shipment.", resources)
    assert not any(e.rule.startswith("noun.") for e in sentence.events)
    [sentence] = explain("Kenya ordered the recall of its Ugandan envoy.", resources)
    assert [e.rule for e in sentence.events] == ["noun.recall_envoy"]


def test_mediation_of_talks_only_intended_is_not_coded(resources: Resources) -> None:
    # a party willing to hold talks under another's auspices tells no mediation yet
    events = _coded(resources, "Bolivia is ready to send negotiators to Quito for talks with Peru under "
                               "the auspices of Brazil, a Bolivian minister said.")
    assert not any(cameo == "045" for _, cameo, _ in events)


@pytest.mark.parametrize(("text", "mediator", "party"), [
    # the deal frames an infinitive whose subject is the one who agreed
    ("The Chadian rebels agreed on Monday to release the captured soldiers under a deal brokered by Libya.",
     "LBY", "TCD"),
    # the deal frames a participle clause whose subject is the main clause's
    ("The Ivorian rebels left the northern towns on Sunday, ending their revolt under an accord mediated "
     "by Ghana.", "GHA", "CIV"),
])
def test_broker_of_a_deal_an_act_is_done_under_mediates(resources: Resources, text: str, mediator: str,
                                                         party: str) -> None:
    events = _coded(resources, text)
    assert any(s is not None and s.startswith(mediator) and c == "045" and t is not None and t.startswith(party)
               for s, c, t in events), events
