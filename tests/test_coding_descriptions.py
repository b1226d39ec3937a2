"""Acts a sentence tells without reporting them as deeds: descriptions of what usually happens,
general circumstances, proportions, needs and purposes, steps in court, views agreed on; and a
conjunct clause's own negation."""

from __future__ import annotations

from dataclasses import replace

import pytest

from coded import PUBLISHED, keeping_undirected
from coded import coded as _coded
from eventwire.coding.decisions import Stage
from eventwire.explain import explain
from eventwire.pipeline import code
from eventwire.resources import Resources


@pytest.mark.parametrize(("text", "expected"), [
    # a generic adverb on a present-tense verb describes a pattern, not an event
    ("Somali militants mainly target Kenyan police convoys near the border.", []),
    ("Sudanese rebels typically attack army outposts in Darfur.", []),
    # the same adverb on a past-tense verb still reports what happened
    ("Somali militants mainly targeted Kenyan police convoys last year.", [("SOMREB", "190", "KENCOP")]),
    # a time clause without a subject of its own is a general circumstance
    ("The militia usually flees into Chad when attacked by Sudanese troops.", []),
    ("Rebel fighters escape into Uganda when pursued and attacked by Congolese soldiers.", []),
    # a time clause with its own subject reports an act
    ("Kenyan police arrested the rebels when they attacked the convoy.",
     [("KENCOP", "173", "KENREB"), ("KENCOP", "190", "KEN")]),
    # a clause of a proportion ("the more ..., the harder ...") relates two trends, no deed done
    ("The more sanctions Washington imposes on Iran, the harder Tehran will resist.", []),
    ("The longer Serbia blocks Kosovo's trucks, the more Pristina will look to Tirana.", []),
    # a comparative that only describes the actor, or is answered by no other, leaves the act told
    ("The better armed Serbian police blocked Kosovo's trucks at the border on Monday.", [("SRBCOP", "191", "XKX")]),
    # "for X to do" names a need or a purpose
    ("Kenya's backing is vital for Somalia to negotiate a deal with the rebels.", []),
    # "appeal" with a direct object is a step in court; "appeal to" an actor stays a request
    ("Malawi's education ministry has until March 20 to appeal the court's ruling.", []),
    ("Kenya appealed to Uganda for help with the floods.", [("KEN", "023", "UGA")]),
    # "as opposed to" compares; "what X called a meeting" names a meeting
    ("Training of Ghanaian pilots would be in Paris, as opposed to years of British training.", []),
    ("Ghana opposed the British plan.", [("GHA", "120", "GBR")]),
    ("Earlier this month, Emmanuel Macron hosted William Ruto in Paris for what Macron called a productive "
     "meeting.",
     [("FRAGOV", "043", "KENGOV")]),
    # fighting for a cause with no opponent is advocacy; talking of a topic with no partner is no consultation
    ("Kenyan lawyers fought for the release of the detained journalists.", []),
    ("Ugandan soldiers fought against the rebels for three days.", [("UGAMIL", "190", "UGAREB")]),
    ("\"We are talking about a crisis that affects millions,\" the Ethiopian minister said.", []),
    ("Ethiopia talked with Kenya about the dam.", [("ETH", "040", "KEN")]),
    ("Kenyan President William Ruto and Ugandan President Yoweri Museveni spoke by telephone on Friday.",
     [("KENGOV", "041", "UGAGOV")]),  # "on Friday" is no topic
    # reserves of money are no troops
    ("Egypt is pursuing the loan to increase foreign exchange reserves.", []),
    # a deed told in the present passive describes a state of things; told in the past, it reports one
    ("The Afar region is encircled by Eritrean troops, aid groups say.", []),
    ("Roads into Kassala are blocked by Eritrean soldiers, traders say.", []),
    ("Malian traders were blocked by Algerian soldiers at the border on Monday.", [("DZAMIL", "191", "MLIBUS")]),
])
def test_descriptions_needs_and_court_steps_are_no_deeds(resources: Resources, text: str,
                                                         expected: list[tuple[str, str, str | None]]) -> None:
    assert _coded(resources, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # agreeing that a thing is so is a view held in common, no agreement to act
    ("The Nigerian minister agreed that the figures were alarming.", []),
    ("The Kenyan judges agreed that the map showed a line of some sort.", []),
    # agreeing that an act is to come, or agreeing with a party, stays an event
    ("Peru's president agreed that Ecuador's envoys would meet his ministers again in Lima.",
     [("PERGOV", "036", "ECUGOV")]),
    ("Ghana's president agreed with Togo that the border had been badly drawn.", [("GHAGOV", "019", "TGO")]),
])
def test_descriptions_a_view_agreed_on_is_no_agreement(resources: Resources, text: str,
                                                       expected: list[tuple[str, str, str | None]]) -> None:
    assert _coded(resources, text) == expected


def test_descriptions_are_explained_as_drops(resources: Resources) -> None:
    runs = explain("Sudanese rebels typically attack army outposts in Darfur.", published=PUBLISHED,
                   resources=resources)
    drops = [d for run in runs for d in run.drops]
    assert any(d.stage == Stage.MATCH and "usually happens" in d.reason for d in drops), drops


def test_descriptions_conjunct_with_its_own_auxiliary_keeps_its_own_negation(resources: Resources) -> None:
    events = code("Ghana will not recall its ambassador from Togo but has summoned Togo's envoy over the remarks.",
                  published=PUBLISHED, resources=replace(resources, keep_negated=True))
    found = {e.cameo: (e.negated, str(e.modality)) for e in events}
    assert found["161"] == (True, "future")  # "will not recall"
    assert found["114"] == (False, "asserted")  # "has summoned": its own clause


def test_descriptions_shared_auxiliary_still_negates_both_verbs(resources: Resources) -> None:
    resources = keeping_undirected(resources)
    events = code("Nigeria did not attack or shell the camp.", published=PUBLISHED,
                  resources=replace(resources, keep_negated=True))
    assert events and all(e.negated for e in events)
