"""Event types of acts told with their kind, on sentences of the project's own wording: a cut in
relations its actor announces it will make is that cut (CAMEO 16), not a threat (13), unless it is
only possible or conditional; people a state seizes are detained (173), not abducted (181)."""

from __future__ import annotations

import pytest

from coded import coded as _coded
from eventwire.resources import Resources


@pytest.mark.parametrize(("text", "code"), [
    # announced by the actor itself, as what it will do: the sanction decided
    ("Norway said it would suspend weapons sales to Chad until the inquiry was finished.", "1622"),
    ("Chile's foreign minister said Chile will close its embassy in Managua next month.", "161"),
    # a possibility, or an act set on a condition, stays a threat
    ("Norway said it could suspend weapons sales to Chad.", "1311"),
    ("Norway said it would suspend weapons sales to Chad if the inquiry failed.", "1311"),
])
def test_announced_cut_in_relations_is_the_cut(resources: Resources, text: str, code: str) -> None:
    assert [c for _s, c, _t in _coded(resources, text)] == [code]


def test_speaker_named_by_its_owner_tells_its_own_plan(resources: Resources) -> None:
    # "Peru's president said Peru would ...": the speaker's own state announces its act
    events = _coded(resources, "Peru's president said on Monday that Peru would cut diplomatic ties with Bolivia.")
    assert events == [("PER", "161", "BOL")]


@pytest.mark.parametrize(("text", "expected"), [
    # people a state's forces seize are detained (173); armed men outside a state abduct them (181)
    ("Sudanese police seized six Ethiopian traders near the border.", [("SDNCOP", "173", "ETHBUS")]),
    ("Bandits seized six Ethiopian traders near the border.", [("ETHCRM", "181", "ETHBUS")]),
])
def test_people_seized_by_a_state_are_detained(resources: Resources, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _coded(resources, text) == expected
