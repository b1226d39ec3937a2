"""A role owned by "whose" is the role of the noun its relative clause is about ("Chile, whose
president accused Bolivia": Chile's president), as a source and as a target
(eventwire.coding.roles.relative_owner). Texts written for these tests."""

from __future__ import annotations

import pytest

from coded import coded
from eventwire.resources import Resources


@pytest.mark.parametrize(("text", "event"), [
    ("Peru backed Chile, whose president accused Bolivia of stirring up the dispute.", ("CHLGOV", "112", "BOL")),
    ("The mayors thanked Norway, whose prime minister had urged Serbia to free the monks.",
     ("NORGOV", "0253", "SRB")),
])
def test_relative_owner_gives_the_role_its_country(resources: Resources, text: str,
                                                   event: tuple[str, str, str]) -> None:
    assert event in coded(resources, text)


def test_relative_owner_leaves_a_named_actor_alone(resources: Resources) -> None:
    # the subject names its country itself: the antecedent lends it none
    events = coded(resources, "Peru backed Chile, whose Bolivian neighbour accused it of stirring up the dispute.")
    assert not [e for e in events if e[1].startswith("11") and (e[0] or "").startswith("CHL")]
