"""The target search passes over the source's own state (eventwire.coding.targets): an embargo
named by its author's adjective is aimed at whom the embargo is against; codes a state does to its
own people keep their domestic target (sentences written for these tests)."""

from __future__ import annotations

import pytest

from coded import coded
from eventwire.resources import Resources


@pytest.mark.parametrize(("text", "expected"), [
    # the object's adjective names the source's own state: what the object is against is the target
    ("The United States lifted the American trade embargo against Cuba on Monday.", [("USA", "085", "CUB")]),
    ("Japan eased the Japanese sanctions on Iran on Tuesday.", [("JPN", "085", "IRN")]),
    # the source's own troops are no target of their withdrawal: the country they leave is
    ("Russia completed the withdrawal of Russian troops from Georgia on Friday.", [("RUS", "0874", "GEO")]),
])
def test_targets_own_state_is_passed_over(resources: Resources, text: str,
                                          expected: list[tuple[str, str, str]]) -> None:
    assert coded(resources, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a state's own people are the target of what a state does to them
    ("China arrested Chinese dissidents in Beijing.", [("CHN", "173", "CHNOPP")]),
    # a party of the same country that is not the state stays the target
    ("The Kenyan government accused Kenyan opposition leaders of inciting violence.",
     [("KENGOV", "112", "KENOPP")]),
])
def test_targets_own_people_stay_targets(resources: Resources, text: str,
                                         expected: list[tuple[str, str, str]]) -> None:
    assert coded(resources, text) == expected
