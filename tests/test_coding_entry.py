"""Forces entering a place take it: occupation of territory (192), not fighting in general (190).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from coded import PUBLISHED
from eventwire.pipeline import code
from eventwire.resources import Resources


@pytest.mark.parametrize(("text", "cameo"), [
    ("Ugandan troops rolled into Kisangani on Friday.", "192"),
    ("Ethiopian forces pushed into Mekele overnight.", "192"),
    # an advance toward a place is still fighting: it is not taken
    ("Ethiopian forces advanced toward Mekele overnight.", "190"),
])
def test_forces_entering_a_place_occupy_it(resources: Resources, text: str, cameo: str) -> None:
    assert [e.cameo for e in code(text, published=PUBLISHED, resources=resources)] == [cameo]
