"""The scan of an article for context names and anaphors (eventwire.actors.context): the few
words looked for are found by their string ids, at exactly the tokens a scan of every token finds."""

from __future__ import annotations

import spacy
from hypothesis import given
from hypothesis import strategies as st
from spacy.attrs import LOWER, ORTH
from spacy.tokens import Doc

from eventwire.actors.context import positions

VOCAB = spacy.blank("en").vocab
TOKENS = st.lists(st.sampled_from(["the", "The", "bloc", "Bloc", "North", "north", "said", "ECOWAS", "."]),
                  max_size=30)


@given(TOKENS, st.sets(st.sampled_from(["bloc", "North", "group", "the"])))
def test_context_scan_positions_are_the_tokens_a_full_scan_finds(words: list[str], wanted: set[str]) -> None:
    doc = Doc(VOCAB, words=words)
    assert positions(doc, LOWER, wanted) == [t.i for t in doc if t.lower_ in wanted]
    assert positions(doc, ORTH, wanted) == [t.i for t in doc if t.text in wanted]


def test_context_scan_looks_up_words_without_adding_them_to_the_vocabulary() -> None:
    doc = Doc(spacy.blank("en").vocab, words=["The", "bloc", "met"])
    size = len(doc.vocab.strings)
    assert positions(doc, LOWER, {"bloc", "junta"}) == [1]
    assert len(doc.vocab.strings) == size
