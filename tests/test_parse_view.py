"""The parse view reads what spaCy's Tokens read: heads, dependencies and children."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from eventwire.parse_view import (
    ParseView,
    ancestor_indices,
    child_indices,
    children_by,
    lemmas_of,
    view_of,
    with_lemma,
    with_pos,
)

VOCAB = spacy.blank("en").vocab

# (words, heads, deps, spaces): a plain clause, one with a crossing (non-projective) arc, and a
# sentence of two roots.
DOCS = [
    (["Kenya", "sent", "troops", "to", "Somalia", "."], [1, 1, 1, 1, 3, 1],
     ["nsubj", "ROOT", "dobj", "prep", "pobj", "punct"], [True, True, True, True, False, False]),
    (["Aid", "arrived", "yesterday", "which", "donors", "promised"], [1, 1, 1, 5, 5, 0],
     ["nsubj", "ROOT", "npadvmod", "dobj", "nsubj", "relcl"], [True, True, True, True, True, False]),
    (["Talks", "ended", ";", "Troops", "Left"], [1, 1, 1, 4, 4],
     ["nsubj", "ROOT", "punct", "nsubj", "ROOT"], [True, False, True, True, False]),
]


def _doc(words: list[str], heads: list[int], deps: list[str], spaces: list[bool]) -> Doc:
    return Doc(VOCAB, words=words, spaces=spaces, heads=heads, deps=deps, lemmas=[w.lower() for w in words])


@pytest.mark.parametrize(("words", "heads", "deps", "spaces"), DOCS)
def test_parse_view_reads_what_tokens_read(words: list[str], heads: list[int], deps: list[str],
                                           spaces: list[bool]) -> None:
    doc = _doc(words, heads, deps, spaces)
    view = ParseView.of(doc)
    assert view.heads == tuple(t.head.i for t in doc)
    assert view.deps == tuple(t.dep_ for t in doc)
    assert view.children == tuple(tuple(c.i for c in t.children) for t in doc)


def test_parse_view_follows_a_head_set_before_it_is_read() -> None:
    doc = _doc(*DOCS[0])
    doc[4].head = doc[1]  # a repair of the parse: "Somalia" hangs from the verb
    view = view_of(doc)
    assert view.children == tuple(tuple(c.i for c in t.children) for t in doc)
    assert view.heads[4] == 1


def test_parse_view_is_read_once_per_doc() -> None:
    doc = _doc(*DOCS[0])
    assert view_of(doc) is view_of(doc)
    assert view_of(_doc(*DOCS[0])) is not view_of(doc)


@pytest.mark.parametrize("wanted", [frozenset({"nsubj"}), frozenset({"dobj", "prep", "punct"}), frozenset()])
def test_parse_view_children_by_dependency(wanted: frozenset[str]) -> None:
    doc = _doc(*DOCS[0])
    verb = doc[1]
    expected = [c for c in verb.children if c.dep_ in wanted]
    assert children_by(verb, wanted) == expected
    assert child_indices(verb, wanted) == [c.i for c in expected]


def test_with_lemma_finds_the_tokens_a_scan_of_every_token_finds() -> None:
    """The lemma table answers as reading each Token's lemma and part of speech would."""
    from eventwire.nlp import load_nlp

    texts = ["The Capital police said the envoy announced a curfew in the Kenyan capital, officials said.",
             "CAPITAL Radio reported that ministers declared the talks over and told reporters so."]
    speech = frozenset({"say", "announce", "declare", "tell", "report"})
    found = 0
    for doc in load_nlp().pipe(texts):
        assert lemmas_of(doc) == tuple(t.lemma_ for t in doc)
        assert with_lemma(doc, speech) == [t for t in doc if t.lemma_ in speech]
        verbs = with_lemma(doc, speech, pos="VERB")
        assert verbs == [t for t in doc if t.lemma_ in speech and t.pos_ == "VERB"]
        capitals = with_lemma(doc, frozenset({"capital"}), lower=True)
        assert capitals == [t for t in doc if t.lemma_.lower() == "capital"]
        found += len(verbs) + len(capitals)
    assert found >= 6


@pytest.mark.parametrize(("words", "heads", "deps", "spaces"), DOCS)
def test_parse_view_ancestors_are_the_tokens_ancestors(words: list[str], heads: list[int], deps: list[str],
                                                       spaces: list[bool]) -> None:
    doc = _doc(words, heads, deps, spaces)
    assert [ancestor_indices(doc, t.i) for t in doc] == [[a.i for a in t.ancestors] for t in doc]


def test_with_pos_finds_the_tokens_of_those_parts_of_speech() -> None:
    doc = Doc(VOCAB, words=["Kenya", "has", "sent", "troops", "."], pos=["PROPN", "AUX", "VERB", "NOUN", "PUNCT"])
    assert [t.i for t in with_pos(doc, frozenset({"VERB", "AUX"}))] == [1, 2]
    assert with_pos(doc, frozenset({"ADJ"})) == []
