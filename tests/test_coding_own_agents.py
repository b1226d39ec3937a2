"""The source's own agents are not its target, also when a possessive names them by their role
alone ("his soldiers", "its own units"): such a role has no country of its own yet, and the act
is aimed at another party or none (eventwire.coding.targets.find_target). Texts written for
these tests."""

from __future__ import annotations

from coded import coded
from eventwire.resources import Resources


def test_own_soldiers_pulled_back_are_no_target(resources: Resources) -> None:
    events = coded(resources, "After a meeting with Kenya's president, Ugandan President Yoweri Museveni promised "
                              "to pull his soldiers back from the frontier.")
    # A promise to yield aimed at no party found is dropped (conventions needs_target); whatever
    # is kept, the promiser's own soldiers make Uganda no target of it.
    assert not [e for e in events if e[1].startswith("035") and (e[2] or "").startswith("UGA")]


def test_own_agents_placed_in_the_source_country_stay_no_target(resources: Resources) -> None:
    events = coded(resources, "Chad denied that its soldiers had shelled the market.")
    assert not [e for e in events if (e[2] or "").startswith("TCD")]
