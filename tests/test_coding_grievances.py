"""Deeds of force a noun tells in the phrase of cause of another act (eventwire.coding.grievances),
on sentences of the suite's own wording: an event of their own, its author the noun's owner,
nationality adjective or agent, its target what the deed was aimed at or whom an arrest took."""

from __future__ import annotations

import pytest

from coded import coded
from eventwire.resources import Resources


@pytest.mark.parametrize(("text", "deed"), [
    ("Namibia lodged a protest with Luanda on Monday over an Angolan air raid on a border village.",
     ("AGO", "195", "NAM")),
    ("Ghana recalled its envoy from Lome after the arrest of nine Ghanaian traders by Togolese police.",
     ("TGOCOP", "173", "GHABUS")),
    ("Iranian gunboats shelled a Kuwaiti island in retaliation for Iraq's attack on Iranian oil platforms.",
     ("IRQ", "190", "IRN")),
])
def test_deed_in_a_phrase_of_cause(resources: Resources, text: str, deed: tuple[str, str, str]) -> None:
    assert deed in coded(resources, text)


@pytest.mark.parametrize("text", [
    # a deed left open ("any") or told outside a phrase of cause is no event of its own here
    "Tajikistan barred its airfields on Friday for any raid on Afghan territory.",
    "Mali warned on Sunday that a Burkinabe raid on its border posts would be answered.",
    # a strike alone may be a labour stoppage: no attack
    "Police in Accra detained union leaders after a strike against the Ghanaian government.",
])
def test_no_deed_outside_a_told_cause(resources: Resources, text: str) -> None:
    assert all(code not in {"190", "195"} for _, code, _ in coded(resources, text))
