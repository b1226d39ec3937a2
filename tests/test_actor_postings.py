"""Actors of real news that the dictionary's words alone used to misplace: an organization's name
in the other spelling of "-isation", the two communities of Cyprus, a state's ambassador to an
intergovernmental body, and unnamed agents acting on foreigners named by their nationality
(eventwire.actors.variants, eventwire.actors.roles, eventwire.coding.events). Texts written for
these tests."""

from __future__ import annotations

import pytest

from coded import coded
from eventwire.actors.variants import phrase_variants
from eventwire.resources import Resources


def test_isation_and_ization_spell_one_name() -> None:
    assert "Organisation of American States" in phrase_variants("Organization of American States")
    assert "Civilization Club" in phrase_variants("Civilisation Club")
    assert phrase_variants("Sizable Fund") == ["Sizable Fund"]


def test_british_spelling_names_the_organization_not_its_demonym(resources: Resources) -> None:
    events = coded(resources, "The Organisation of American States rebuked Nicaragua over the expulsions.")
    assert [(s, t) for s, c, t in events if c.startswith("11")] == [("IGOOAS", "NIC")]


@pytest.mark.parametrize("text", [
    "Turkish Cypriot leaders rebuked Athens over the naval drills on Sunday.",
    "Greek Cypriot fishermen accused Ankara of harassing their boats.",
])
def test_cypriot_communities_are_cypriots(resources: Resources, text: str) -> None:
    sources = {s for s, c, _ in coded(resources, text) if c.startswith("11")}
    assert sources and all(s is not None and s.startswith("CYP") for s in sources)


@pytest.mark.parametrize(("text", "source"), [
    ("Brazil's U.N. ambassador rebuked Venezuela over the detentions on Friday.", "BRAGOV"),
    ("The Polish NATO ambassador accused Belarus of staging the border crisis.", "POLGOV"),
    ("A U.N. envoy rebuked Venezuela over the detentions on Friday.", "IGOUNO"),
    ("The EU envoy to Ukraine rebuked Hungary over the veto.", "IGOEU"),
])
def test_ambassador_to_a_body_serves_the_country_named_first(resources: Resources, text: str,
                                                            source: str) -> None:
    assert source in {s for s, c, _ in coded(resources, text) if c.startswith("11")}


def test_agents_acting_on_foreigners_are_of_the_story_country(resources: Resources) -> None:
    text = ("Mali's army reinforced its positions near Gao on Monday. "
            "Near the river, armed men kidnapped two Canadian geologists at a gold mine.")
    sources = {s for s, c, t in coded(resources, text) if c.startswith("18") and t and t.startswith("CAN")}
    assert sources and not any(s and s.startswith("CAN") for s in sources)
