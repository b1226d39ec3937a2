"""Acts that restrict another party told with a verb and its object noun: rules or controls laid on
another party's people or trade, flows and traffic to it halted (an embargo; traffic across a
border halted restricts movement: tests/test_base_overrides.py), boats or travellers sent back at
the border; and a party applying to join a body, an appeal to that body."""

from __future__ import annotations

import pytest

from coded import coded as _coded
from eventwire.resources import Resources


@pytest.mark.parametrize(("text", "expected"), [
    # rules or controls laid "on" another party's people or trade: an administrative sanction on it
    ("Algeria imposed strict visa requirements on Moroccan travellers on Friday.", [("DZA", "172", "MARCVL")]),
    ("Kuwait placed tight controls on Iraqi shipping in the Gulf.", [("KWT", "172", "IRQ")]),
    # rules on a thing no party owns code nothing
    ("The ministry imposed new rules on the sale of alcohol.", []),
])
def test_controls_imposed_on_another_party(resources: Resources, text: str,
                                           expected: list[tuple[str, str, str]]) -> None:
    assert _coded(resources, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # flows, deliveries and traffic to another party halted: an embargo on it
    ("Belarus halted oil flows to Lithuania on Monday.", [("BLR", "163", "LTU")]),
    ("Serbia suspended rail traffic to Kosovo after the clashes.", [("SRB", "163", "XKX")]),
])
def test_flows_and_traffic_halted(resources: Resources, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _coded(resources, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # boats or travellers sent back at a border restrict their movement
    ("Australian patrols turned away three boats of Sri Lankan migrants last month.", [("AUS", "191", "LKAREF")]),
    ("Chinese border police turned back a Mongolian delegation on Tuesday.", [("CHNCOP", "191", "MNGGOV")]),
])
def test_people_and_craft_turned_back(resources: Resources, text: str,
                                      expected: list[tuple[str, str, str]]) -> None:
    assert _coded(resources, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # applying to join a body, or handing it an application for membership, appeals to it
    ("Montenegro formally applied to join the EU in December 2008.", [("MNE", "022", "IGOEU")]),
    ("Moldova submitted its application for membership of the European Union on Thursday.",
     [("MDA", "022", "IGOEU")]),
    # the body is named in the infinitive of the application noun: whom the appeal is made to
    ("North Macedonia handed in an application to join the World Trade Organization.", [("MKD", "022", "IGOWTO")]),
])
def test_application_to_join_a_body(resources: Resources, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _coded(resources, text) == expected
