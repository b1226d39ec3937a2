"""People an object counts and names some of with "among them" ("kidnapped 12 people, among them four
Italians"): the ones named are the target (eventwire.coding.noun_targets.named_among; lexicon.tsv
`inclusion_preposition`). Texts written for these tests."""

from __future__ import annotations

import pytest

from coded import coded
from eventwire.resources import Resources


@pytest.mark.parametrize(("text", "cameo", "target"), [
    ("Gunmen kidnapped 12 people, among them four Italians and a Dutch engineer, from a hotel in Niger on "
     "Sunday.", "181", "ITA"),
    ("Pirates seized 20 sailors, among them three Filipinos, off Somalia.", "181", "PHL"),
])
def test_targets_people_named_among_an_object(resources: Resources, text: str, cameo: str, target: str) -> None:
    assert target in [e[2] for e in coded(resources, text) if e[1] == cameo]
