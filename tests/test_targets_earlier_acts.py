"""A reaction to a speech act an earlier sentence told, named by its noun alone ("rejected the
protest", "welcomed the offer"), is aimed at that act's author (lexicon.tsv `act_noun`,
eventwire.coding.readings.earlier_act). Texts written for these tests."""

from __future__ import annotations

import pytest

from coded import coded
from eventwire.resources import Resources


@pytest.mark.parametrize(("text", "reaction"), [
    ("Nepal lodged a protest with India over the new border road. "
     "India's external affairs ministry rejected the protest a day later.", ("INDGOV", "120", "NPL")),
    ("Iran demanded that Iraq free the sailors. Baghdad rejected the demand.", ("IRQGOV", "120", "IRN")),
])
def test_targets_reaction_to_an_earlier_speech_act(resources: Resources, text: str,
                                                   reaction: tuple[str, str, str]) -> None:
    assert coded(resources, text)[-1] == reaction
