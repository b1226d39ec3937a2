"""A noun that names its parties through coordinated "of" objects ("delegates of the government and the
opposition") stands for each of them, so a mutual act codes one against the other
(eventwire.coding.sides._of_parties). Texts written for these tests."""

from __future__ import annotations

import pytest

from coded import coded, keeping_undirected
from eventwire.resources import Resources


@pytest.mark.parametrize(("text", "event"), [
    ("Representatives of the Nicaraguan government and the Nicaraguan opposition opened talks in Managua on Friday.",
     ("NICGOV", "040", "NICOPP")),
    # the noun's role reaches every party: envoys of a state are its government's, as "envoys of Sudan" alone is
    ("Envoys of Sudan and South Sudan signed an oil deal.", ("SDNGOV", "057", "SSDGOV")),
    ("The presidents of Chile and Peru signed a border treaty.", ("CHLGOV", "057", "PERGOV")),
])
def test_roles_coordinated_of_objects_are_each_a_party(resources: Resources, text: str,
                                                       event: tuple[str, str, str]) -> None:
    assert event in coded(resources, text)


def test_roles_one_of_object_stays_one_party(resources: Resources) -> None:
    resources = keeping_undirected(resources)
    assert ("VENGOV", "040", None) in coded(resources, "Delegates of the Venezuelan government opened talks in Oslo.")
