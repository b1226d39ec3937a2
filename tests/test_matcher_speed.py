"""Shortcuts of the actor matcher (eventwire.actors.matcher) give what the direct reading gives:
the spans a span overlaps, found through each token's spans, are those a comparison of every pair
finds, in the same order; a span's text cut by character offsets is the Span's own text."""

from __future__ import annotations

import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.tokens import Doc

from eventwire.actors.matcher import _overlap_finder, _span_texts

VOCAB = spacy.blank("en").vocab
SPANS = st.lists(st.tuples(st.integers(0, 12), st.integers(1, 4)).map(lambda p: (p[0], p[0] + p[1])),
                 unique=True, max_size=12)


@settings(deadline=None)
@given(SPANS, SPANS)
def test_matcher_overlaps_are_those_every_pair_compared_finds(taken: list[tuple[int, int]],
                                                              spans: list[tuple[int, int]]) -> None:
    overlaps = _overlap_finder(taken)
    for span in spans:
        assert overlaps(span) == [t for t in taken if span[0] < t[1] and t[0] < span[1]]


WORDS = st.lists(st.tuples(st.sampled_from(["Sao", "Paulo", "the", "U.S.", "-", "'s", "Côte", "d'Ivoire", "."]),
                           st.booleans()), min_size=1, max_size=12)


@settings(deadline=None)  # a loaded machine
@given(WORDS, st.data())
def test_matcher_span_texts_are_the_spans_own_texts(pairs: list[tuple[str, bool]], data: st.DataObject) -> None:
    doc = Doc(VOCAB, words=[w for w, _ in pairs], spaces=[s for _, s in pairs])
    spans = data.draw(st.lists(st.tuples(st.integers(0, len(doc) - 1), st.integers(1, 3))
                               .map(lambda p: (p[0], min(p[0] + p[1], len(doc)))), max_size=6))
    assert _span_texts(doc, spans) == {(s, e): doc[s:e].text for s, e in spans}
