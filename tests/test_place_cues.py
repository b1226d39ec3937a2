"""The preposition that governs a place name (eventwire.place_cues.place_cue) and the names a sentence
calls places by it (eventwire.event_places.called_places), on hand-built parses."""

from __future__ import annotations

from dataclasses import replace

from eventwire.coding.lexicon import Lexicon
from eventwire.event_places import called_places
from eventwire.place_cues import place_cue
from parse_support import parsed

# "Troops massed near the Ruritania border ."
NEAR_BORDER = """
Troops troop NOUN NNS nsubj 1
massed mass VERB VBD ROOT 1
near near ADP IN prep 1
the the DET DT det 5
Ruritania Ruritania PROPN NNP compound 5
border border NOUN NN pobj 2
. . PUNCT . punct 1
"""

# "Gunmen struck near Tessoumba market ."
NEAR_MARKET = """
Gunmen gunman NOUN NNS nsubj 1
struck strike VERB VBD ROOT 1
near near ADP IN prep 1
Tessoumba Tessoumba PROPN NNP compound 4
market market NOUN NN pobj 2
. . PUNCT . punct 1
"""


def test_place_cue_a_name_on_a_boundary_is_on_either_side(built_in_lexicon: Lexicon) -> None:
    doc = parsed(NEAR_BORDER)
    assert place_cue(doc[4], built_in_lexicon) == ""  # the troops may stand on either side of the border
    assert place_cue(doc[4], replace(built_in_lexicon, boundary_noun=frozenset({"line"}))) == "near"


def test_place_cue_a_name_by_a_landmark_is_a_place(built_in_lexicon: Lexicon) -> None:
    doc = parsed(NEAR_MARKET)
    name = doc[3]
    candidates = [(name.text, name.idx, name.idx + len(name.text), "near")]
    assert called_places(doc, candidates, built_in_lexicon) == {name.idx: "Tessoumba"}
    assert called_places(doc, candidates, replace(built_in_lexicon, landmark_preposition=frozenset({"beside"}))) == {}
