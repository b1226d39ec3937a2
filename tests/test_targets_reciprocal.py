"""Co-actors that act on "each other" or "one another" (or on what is theirs: "each other's
positions") are each other's targets, whatever the code (eventwire.coding.targets._reciprocal_side,
counterparts). Texts written for these tests."""

from __future__ import annotations

import pytest

from coded import coded
from eventwire.resources import Resources


@pytest.mark.parametrize(("text", "cameo", "dyads"), [
    ("Ethiopian and Eritrean troops shelled each other's positions along the border on Saturday.", "194",
     {("ETHMIL", "ERIMIL")}),
    ("India and Pakistan expelled one another's diplomats.", "161", {("IND", "PAK")}),
])
def test_targets_reciprocal_object_names_the_co_actors(resources: Resources, text: str, cameo: str,
                                                       dyads: set[tuple[str, str]]) -> None:
    assert {(e[0], e[2]) for e in coded(resources, text) if e[1] == cameo} == dyads


def test_targets_reciprocal_needs_several_actors(resources: Resources) -> None:
    # one source: "each other" has no co-actor to name, and no event turns back on the source
    events = coded(resources, "Sudan said the rebels and the army blamed each other.")
    assert [e for e in events if e[0] is not None and e[0] == e[2]] == []
