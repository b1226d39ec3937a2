"""Each sentence's actor hits, as `prepare` hands them to the pre-filter and the coder
(eventwire.pipeline.sentence_hits_of): those starting inside the sentence, after the dateline."""

from __future__ import annotations

import pytest

from eventwire.actors.matcher import Hit
from eventwire.nlp import Sentence
from eventwire.pipeline import sentence_hits_of

SPANS = [(0, 2), (3, 4), (4, 6), (9, 10), (10, 12), (15, 16), (19, 20)]
BOUNDS = [(0, 5), (5, 10), (10, 14), (14, 20), (20, 22)]


def _sentences() -> list[Sentence]:
    return [Sentence(index=n, paragraph=0, start=s, end=e, start_char=s, end_char=e, text="x" * (e - s))
            for n, (s, e) in enumerate(BOUNDS)]


def _hits() -> list[Hit]:
    return [Hit(start=s, end=e, entries=()) for s, e in SPANS]


@pytest.mark.parametrize("dateline", [0, 1, 3, 4, 5, 11, 22])
def test_sentence_hits_of_takes_the_hits_starting_in_each_sentence_after_the_dateline(dateline: int) -> None:
    hits, sentences = _hits(), _sentences()
    expected = tuple(tuple(h for h in hits if s.start <= h.start < s.end and h.start >= dateline) for s in sentences)
    assert sentence_hits_of(hits, sentences, dateline) == expected


def test_sentence_hits_of_spells_out_the_sentences_of_a_dateline_at_four() -> None:
    found = sentence_hits_of(_hits(), _sentences(), 4)
    assert [[(h.start, h.end) for h in s] for s in found] == [[(4, 6)], [(9, 10)], [(10, 12)], [(15, 16), (19, 20)], []]


def test_sentence_hits_of_no_hits_or_sentences() -> None:
    assert sentence_hits_of([], _sentences(), 0) == ((), (), (), (), ())
    assert sentence_hits_of(_hits(), [], 0) == ()
