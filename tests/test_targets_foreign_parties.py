"""Parties named by a role alone that belong to another state than the one acting on them
(eventwire.coding.foreign_parties, eventwire.coding.events): an envoy a state summons or expels, a
"visiting" delegation it meets, takes the country the event's place, the story or the sentence
gives it other than the acting state's, else it is no target, never the acting state's own; and
a visit with no host named is made to the state of the town it goes to (conventions
`implied_target` `visited`) (sentences written for these tests)."""

from __future__ import annotations

import pytest

from coded import coded
from eventwire.resources import Resources


@pytest.mark.parametrize(("text", "expected"), [
    # the one other country the sentence names is the envoy's, not the capital it serves in
    ("Uganda's foreign ministry summoned the ambassador in Kampala after the border clash with Kenya.",
     [("UGAGOV", "114", "KENGOV")]),
    # a title before a name tells an envoy too
    ("Chile's foreign ministry gave Ambassador Pablo Ortiz two days to leave after the fishing row with Peru.",
     [("CHLGOV", "139", "PERGOV")]),
])
def test_targets_foreign_party_takes_the_other_country(resources: Resources, text: str,
                                                       expected: list[tuple[str, str, str]]) -> None:
    assert coded(resources, text) == expected


@pytest.mark.parametrize("text", [
    # no other country in view: no target, not the expelling state itself
    "The Indonesian government expelled the envoy after the raid.",
    "Peru's president met the visiting delegation on Tuesday.",
])
def test_targets_foreign_party_is_never_the_acting_state(resources: Resources, text: str) -> None:
    assert coded(resources, text) == []


def test_targets_own_envoy_stays_the_owners(resources: Resources) -> None:
    # "its ambassador": the possessive names whose envoy it is; where he is recalled from is the target
    assert coded(resources, "Jordan recalled its envoy from Israel on Sunday over the raid.") == [("JOR", "161", "ISR")]


@pytest.mark.parametrize(("text", "expected"), [
    ("The Rwandan foreign minister arrived in the border town of Goma on Monday.", [("RWAGOV", "042", "COD")]),
])
def test_targets_visit_to_a_town_is_to_its_state(resources: Resources, text: str,
                                                 expected: list[tuple[str, str, str]]) -> None:
    assert coded(resources, text) == expected
