"""The cached lemmatizer gives every token the lemma spaCy's own rule lemmatizer gives it."""

from __future__ import annotations

import json

import spacy

from conftest import FIXTURES
from eventwire.lemmas import CachedLemmatizer
from eventwire.nlp import PIPELINES, load_nlp

# Own wording: irregular forms, repeated words in different roles, spaces, odd contractions.
TEXTS = [
    "The ministers met and meeting again, they said the meetings were better than those held before.",
    "Troops fired shots; the shot soldiers were flown out.  Police are seizing the seized arms.\n\nWe'd gone.",
]


def test_lemmas_are_the_stock_lemmatizer_ones() -> None:
    ours = load_nlp()
    assert "eventwire_lemmatizer" in ours.pipe_names and "lemmatizer" not in ours.pipe_names
    name = next(p for p in PIPELINES if spacy.util.is_package(p))
    stock_lemmatizer = spacy.load(name, exclude=["senter", "ner"]).get_pipe("lemmatizer")
    cached = CachedLemmatizer(spacy.load(name, exclude=["senter", "ner"]).get_pipe("lemmatizer"))
    lines = (FIXTURES / "heldout.jsonl").read_text(encoding="utf-8").splitlines()
    texts = TEXTS + [json.loads(line)["text"] for line in lines if line.strip()][:40]
    compared = 0
    with ours.select_pipes(disable=["eventwire_lemmatizer"]):
        docs = list(ours.pipe(texts))
    for doc in docs + docs:  # twice: the second pass reads the lemmatizer's cache
        expected, got = stock_lemmatizer(doc.copy()), cached(doc.copy())
        assert [t.lemma_ for t in got] == [t.lemma_ for t in expected], doc.text
        assert any(t.lemma_ != t.lower_ for t in got)
        compared += len(doc)
    assert compared > 1500
