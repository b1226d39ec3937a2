"""A source role owned by a possessive pronoun and placed by a preposition ("its troops in Mali") is
the role of whom the pronoun refers to, stationed in that place. Texts written for these tests."""

from __future__ import annotations

import pytest

from coded import coded
from eventwire.resources import Resources


@pytest.mark.parametrize(("text", "source"), [
    ("France said its troops in Mali had killed a rebel commander.", "FRAMIL"),
    ("The Red Cross said its doctors in Kabul were treating scores of injured villagers.", "NGOICRC"),
])
def test_owned_role_placed_by_a_preposition_is_the_owners(resources: Resources, text: str, source: str) -> None:
    assert [e[0] for e in coded(resources, text)] == [source]
