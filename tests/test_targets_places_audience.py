"""What is not a target (eventwire.coding.targets): the place an act happens in, named inside its
object ("held three hours of talks in ..."), the audience of a speech participle ("..., telling a
newspaper that ..."), a place a statement was sent from, and the host of co-actors' meeting; a
trip "for talks with X" is aimed at X, not at the capital it goes to, unless its pattern codes the
host's side too. Sentences written for these tests."""

from __future__ import annotations

import pytest

from coded import coded, keeping_undirected
from eventwire.resources import Resources


@pytest.mark.parametrize(("text", "expected"), [
    # co-actors' talks held in a third country are with each other, not with the host
    ("The Thai and Malaysian leaders held three hours of talks in Singapore on Friday.",
     [("THAGOV", "040", "MYSGOV")]),
    # a capital named inside the object as where talks took place is no target
    ("The Dutch premier began a second round of discussions in Nairobi on Monday.", [("NLDGOV", "040", None)]),
    # a party the talks are held with stays the target, the city they are held in does not count
    ("The French minister held a long meeting in Kabul with Afghan officials.", [("FRAGOV", "040", "AFGGOV")]),
    # where a recipient is (not a gathering) still gives the recipient its country
    ("The Red Cross delivered food to three clinics in Kabul on Monday.", [("NGOICRC", "073", "AFGHLH")]),
])
def test_targets_place_inside_the_object_is_no_target(resources: Resources, text: str,
                                                      expected: list[tuple[str, str, str | None]]) -> None:
    resources = keeping_undirected(resources)
    assert coded(resources, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Peru rejected the latest ultimatum, telling a Spanish newspaper that nobody could dictate terms.",
     [("PER", "120", None)]),
    ("The Bolivian president denounced the blockade, telling a Chilean radio station that it was illegal.",
     [("BOLGOV", "111", None)]),
])
def test_targets_audience_of_a_speech_participle_is_no_target(resources: Resources, text: str,
                                                              expected: list[tuple[str, str, str | None]]) -> None:
    resources = keeping_undirected(resources)
    assert coded(resources, text) == expected


def test_targets_place_a_statement_came_from_is_no_target(resources: Resources) -> None:
    resources = keeping_undirected(resources)
    text = "Egypt condemned in a statement faxed from London the bombing of the embassy."
    assert coded(resources, text) == [("EGY", "111", None)]



def test_targets_host_of_a_truce_meeting_is_no_counterpart(resources: Resources) -> None:
    # a ceasefire (co-actors aimed at each other) agreed at a meeting someone hosted
    text = "Armenian and Azerbaijani leaders agreed to a ceasefire at a meeting hosted by the Russian president."
    assert ("ARMGOV", "0871", "AZEGOV") in coded(resources, text)
    assert ("ARMGOV", "0871", "RUSGOV") not in coded(resources, text)


@pytest.mark.parametrize(("text", "expected"), [
    # whom a trip's talks are with, not the capital it goes to
    ("Kenya's envoy hopes to travel to Addis Ababa for talks with Somalia next week.", ("KENGOV", "SOM")),
    # a visit coded with its hosting ("sent a delegation to") stays aimed at the host
    ("Kenya hopes to send a delegation to Addis Ababa for talks with Somalia next week.", ("KEN", "ETHGOV")),
    ("The Swiss envoy travelled to Nairobi for a meeting with Somali rebels.", ("CHEGOV", "SOMREB")),
    # with no one named for the meeting, the place visited stays the target
    ("The French president flew to Beijing for a summit.", ("FRAGOV", "CHNGOV")),
])
def test_targets_trip_is_aimed_at_whom_its_meeting_is_with(resources: Resources, text: str,
                                                           expected: tuple[str, str]) -> None:
    source, _code, target = coded(resources, text)[0]
    assert (source, target) == expected
