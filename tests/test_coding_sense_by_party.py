"""Event types that turn on who acts or on what is acted on, on sentences of the project's own
wording: people a state seizes are detained (173), not abducted (181); leaving a body or a pact
cuts relations (16), unlike leaving a place (a retreat, 0874); a sentence passed by a court is a
verdict of guilt (116), not an arrest (173)."""

from __future__ import annotations

import pytest

from coded import coded as _coded
from eventwire.resources import Resources

Coded = list[tuple[str | None, str, str | None]]


@pytest.mark.parametrize(("text", "expected"), [
    # people a state's forces seize are detained (173); armed men outside a state abduct them (181)
    ("Sudanese police seized six Ethiopian traders near the border.", [("SDNCOP", "173", "ETHBUS")]),
    ("Bandits seized six Ethiopian traders near the border.", [("ETHCRM", "181", "ETHBUS")]),
])
def test_people_seized_by_a_state_are_detained(resources: Resources, text: str, expected: Coded) -> None:
    assert _coded(resources, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # leaving a court or an organization cuts relations with it (160)
    ("Burundi withdrew from the International Criminal Court on Friday.", [("BDI", "160", "IGOICC")]),
    # leaving a town is a military retreat (0874)
    ("Ethiopian troops withdrew from the town of Baidoa.", [("ETHMIL", "0874", None)]),
])
def test_leaving_a_body_cuts_relations(resources: Resources, text: str, expected: Coded) -> None:
    assert _coded(resources, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a court's sentence is a verdict of guilt (116), like a conviction
    ("A Bolivian court sentenced three opposition activists to six years in prison on Monday.",
     [("BOLJUD", "116", "BOLOPP")]),
    # an arrest stays an arrest (173)
    ("Bolivian police arrested three opposition activists on Monday.", [("BOLCOP", "173", "BOLOPP")]),
])
def test_a_sentence_passed_is_a_verdict(resources: Resources, text: str, expected: Coded) -> None:
    assert _coded(resources, text) == expected
