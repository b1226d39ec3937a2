"""Acts the coder should not find in sentences that tell none, on sentences of its own wording:
a party saying it respects a right (a stance, not a concession)."""

from __future__ import annotations

import pytest

from coded import coded as _coded
from eventwire.resources import Resources


@pytest.mark.parametrize(("text", "expected"), [
    # respecting a right is a stance a party claims, not a right granted on demand (CAMEO 0833)
    ("Chile's government said on Friday that it respected the right of villagers to march and had "
     "kept every promise.", []),
    ("Kenya's interior minister told reporters that the Kenyan government respected press freedom.", []),
    # granting or restoring one is
    ("Myanmar's junta restored the right to strike on Monday.", [("MMRGOVMIL", "0833", "MMR")]),
])
def test_empties_respecting_a_right_is_no_concession(resources: Resources, text: str,
                                                     expected: list[tuple[str, str, str | None]]) -> None:
    assert _coded(resources, text) == expected
