"""A long run (watch, a large ingest) meets ever new word forms: the lemma memo keeps at most its
limit of them and gives the same lemmas as the lemmatizer all along."""

from __future__ import annotations

from spacy.tokens import Doc

from eventwire.nlp import LEMMA_MEMO_LIMIT, LemmaMemo, load_nlp

WORDS = ["ferries", "docked", "Tarnwick", "harbours", "was", "sailing", "berths", "reopened"]
TAGS = ["NOUN", "VERB", "PROPN", "NOUN", "AUX", "VERB", "NOUN", "VERB"]


def test_hostile_long_runs_lemma_memo_is_capped_and_keeps_its_lemmas() -> None:
    nlp = load_nlp()
    lemmatizer = nlp.get_pipe("eventwire_lemma_memo")._lemmatizer
    small, unbounded = LemmaMemo(lemmatizer, limit=50), LemmaMemo(lemmatizer, limit=10**9)
    sizes = []
    for round_ in range(40):
        # the same few words each round, and new forms that no earlier round had
        words = [*WORDS, *(f"quayside{round_}x{n}s" for n in range(10))]
        tags = [*TAGS, *(["NOUN"] * 10)]
        doc_a = small(Doc(nlp.vocab, words=words, pos=tags))
        doc_b = unbounded(Doc(nlp.vocab, words=words, pos=tags))
        assert [t.lemma_ for t in doc_a] == [t.lemma_ for t in doc_b]
        sizes.append(len(small))
    assert max(sizes) <= 50 and len(unbounded) == len(WORDS) + 400
    assert [t.lemma_ for t in doc_a][:4] == ["ferry", "dock", "Tarnwick", "harbour"]


def test_hostile_long_runs_lemma_memo_limit_is_set() -> None:
    assert 10_000 <= LEMMA_MEMO_LIMIT <= 1_000_000
