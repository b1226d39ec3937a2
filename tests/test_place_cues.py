"""The preposition that governs a place name (eventwire.places.place_cue) on hand-built parses."""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from eventwire.coding.lexicon import Lexicon, load_lexicon
from eventwire.places import place_cue
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


@cache
def lexicon() -> Lexicon:
    return load_lexicon()


def test_place_cue_a_name_on_a_boundary_is_on_either_side() -> None:
    doc = parsed(NEAR_BORDER)
    assert place_cue(doc[4], lexicon()) == ""  # the troops may stand on either side of the border
    assert place_cue(doc[4], replace(lexicon(), boundary_noun=frozenset({"line"}))) == "near"
