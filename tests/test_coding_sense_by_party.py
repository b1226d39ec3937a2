"""Event types that turn on who acts or on what is given, on sentences of the project's own wording:
people a state seizes are detained (173), not abducted (181)."""

from __future__ import annotations

import pytest

from coded import coded as _coded
from eventwire.resources import Resources


@pytest.mark.parametrize(("text", "expected"), [
    # people a state's forces seize are detained (173); armed men outside a state abduct them (181)
    ("Sudanese police seized six Ethiopian traders near the border.", [("SDNCOP", "173", "ETHBUS")]),
    ("Bandits seized six Ethiopian traders near the border.", [("ETHCRM", "181", "ETHBUS")]),
])
def test_people_seized_by_a_state_are_detained(resources: Resources, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _coded(resources, text) == expected
