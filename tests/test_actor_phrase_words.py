"""Resolving a noun phrase to actors (eventwire.actors.resolve) on hand-built parses: the words
that make a country a backer, a model or a people's origin, not the actor's own, are the
lexicon's, so a user's lexicon changes them."""

from __future__ import annotations

from dataclasses import replace

import pytest

from eventwire.actors.dictionary import Entry, EntryKind
from eventwire.actors.matcher import Hit
from eventwire.actors.mentions import SentenceHits
from eventwire.actors.resolve import resolve_phrase
from eventwire.coding.lexicon import Lexicon
from parse_support import parsed

# "Ruritanian-backed rebels shelled Elbonia"
BACKED_REBELS = """
Ruritanian Ruritanian ADJ JJ npadvmod 2
- - PUNCT HYPH punct 2
backed back VERB VBN amod 3
rebels rebel NOUN NNS nsubj 4
shelled shell VERB VBD ROOT 4
Elbonia Elbonia PROPN NNP dobj 4
"""
# "pro - Ruritanian rebels shelled Elbonia"
PRO_REBELS = """
pro pro ADJ JJ amod 3
- - PUNCT HYPH punct 3
Ruritanian Ruritanian ADJ JJ amod 3
rebels rebel NOUN NNS nsubj 4
shelled shell VERB VBD ROOT 4
Elbonia Elbonia PROPN NNP dobj 4
"""
# "the ethnic Ruritanian rebels shelled Elbonia"
ETHNIC_REBELS = PRO_REBELS.replace("pro pro ADJ JJ amod 3\n- - PUNCT HYPH punct 3",
                                   "the the DET DT det 3\nethnic ethnic ADJ JJ amod 2")

RURITANIAN = Entry(id="c.1", kind=EntryKind.DEMONYM, phrases=("Ruritanian",), code="RUR", country="RUR", sectors=(),
                   name="Ruritania")
REBELS = Entry(id="r.1", kind=EntryKind.ROLE, phrases=("rebels",), code="REB", country=None, sectors=("REB",),
               name="rebels")


def _codes(table: str, at: int, words: Lexicon) -> list[str]:
    doc = parsed(table)
    hits = [Hit(start=at, end=at + 1, entries=(RURITANIAN,)), Hit(start=3, end=4, entries=(REBELS,))]
    return [m.actor.code for m in resolve_phrase(doc[3], SentenceHits.build(doc, hits, 0, None, lexicon=words))]


@pytest.mark.parametrize(("table", "at", "kind"), [
    (BACKED_REBELS, 0, "backing_word"),  # a backer is not the rebels' country
    (PRO_REBELS, 2, "stance_prefix"),  # nor is a side they take
    (ETHNIC_REBELS, 2, "ethnic_word"),  # nor a people's origin
])
def test_actor_phrase_words_a_country_the_actor_is_not_of(table: str, at: int, kind: str,
                                                           built_in_lexicon: Lexicon) -> None:
    assert _codes(table, at, built_in_lexicon) == ["REB"]
    assert _codes(table, at, replace(built_in_lexicon, **{kind: frozenset({"unrelated"})})) == ["RURREB"]
