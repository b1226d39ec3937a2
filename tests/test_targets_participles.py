"""A passive participle's noun is what its act is done to (eventwire.coding.targets): "a meeting of
the Council requested by Norway" is Norway's request to the Council (sentences written for these tests)."""

from __future__ import annotations

import pytest

from coded import coded
from eventwire.resources import Resources


@pytest.mark.parametrize(("text", "expected"), [
    # the noun the participle describes comes before what the purpose clause is about
    ("Diplomats gathered on Friday for an emergency meeting of the U.N. Security Council requested by Norway "
     "to discuss the fighting in Sudan.", [("NOR", "026", "IGOUNSC")]),
    # a noun without an actor of its own leaves the search to the participle's other phrases
    ("Drones supplied by Iran to Russia struck Kyiv on Monday.", [("IRN", "060", "RUS")]),
])
def test_targets_participle_noun_is_its_object(resources: Resources, text: str,
                                               expected: list[tuple[str, str, str]]) -> None:
    # the participle's own event: its source is the by-agent
    assert [e for e in coded(resources, text) if e[0] == expected[0][0]] == expected
