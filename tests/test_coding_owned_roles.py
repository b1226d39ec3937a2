"""A source role owned by a possessive pronoun and placed by a preposition ("its troops in Mali") is
the role of whom the pronoun refers to, stationed in that place; one owned by "their" where the
pronoun refers to parties of two countries is each party's; a word for a country owned by one is
the owner's state, and one for an organization's people that no entry names is the organization.
Texts written for these tests."""

from __future__ import annotations

import pytest

from coded import coded, coded_pairs
from eventwire.resources import Resources


@pytest.mark.parametrize(("text", "source"), [
    ("France said its troops in Mali had killed a rebel commander.", "FRAMIL"),
    ("The Red Cross said its doctors in Kabul were treating scores of injured villagers.", "NGOICRC"),
])
def test_owned_role_placed_by_a_preposition_is_the_owners(resources: Resources, text: str, source: str) -> None:
    assert [e[0] for e in coded(resources, text)] == [source]


@pytest.mark.parametrize(("text", "pairs"), [
    ("Chile and Bolivia agreed to restore ties, and their foreign ministers will meet in Lima next week.",
     [("CHL", "032", "BOL"), ("CHLGOV", "036", "BOLGOV")]),
    ("Ecuador and Peru signed a border treaty in 1998. Their armies had fought each other in the Cenepa "
     "valley three years before.", [("ECU", "057", "PER"), ("ECUMIL", "190", "PERMIL")]),
])
def test_role_owned_by_their_is_each_partys(resources: Resources, text: str,
                                            pairs: list[tuple[str, str, str]]) -> None:
    assert coded_pairs(resources, text) == pairs


def test_they_after_two_coordinated_subjects_is_both(resources: Resources) -> None:
    text = "Ghana and Togo reopened their shared frontier on Monday. They also agreed to hold talks on trade."
    assert coded_pairs(resources, text) == [("GHA", "036", "TGO")]


@pytest.mark.parametrize(("text", "event"), [
    ("Speaking in Accra on Friday, Ghana's foreign minister said her country would recall its ambassador "
     "from Togo.", ("GHA", "1313", "TGO")),
    ("The Nigerian envoy told reporters that his nation would reject any demand from Cameroon to hand over "
     "the peninsula.", ("NGA", "120", "CMR")),
    ("Uruguay's trade minister, Pablo Rios, said his country would sue Argentina over the pulp mill dispute.",
     ("URY", "115", "ARG")),
])
def test_country_owned_by_a_pronoun_is_the_owners_state(resources: Resources, text: str,
                                                      event: tuple[str, str, str]) -> None:
    assert coded(resources, text) == [event]


@pytest.mark.parametrize(("text", "event"), [
    ("Zambia's miners' union announced that its members plan to barricade the roads into the copper mines on "
     "Monday.",
     ("ZMBLAB", "133", "ZMB")),
    ("Doctors Without Borders said its staff had treated more than 200 wounded civilians in Aden.",
     ("NGOMSF", "073", "YEMCVL")),
])
def test_members_owned_by_a_pronoun_are_the_organization(resources: Resources, text: str,
                                                         event: tuple[str, str, str]) -> None:
    assert coded(resources, text) == [event]
