"""The word table reads what spaCy's Tokens read, and a Doc's kept text is its own text."""

from __future__ import annotations

import pytest
import spacy

from eventwire.coding.lexicon import load_lexicon
from eventwire.doc_words import (
    DocWords,
    capitalised_runs,
    doc_text,
    keep_text,
    token_at,
    token_ending,
    token_holding,
    tokens_from,
    words_of,
)
from eventwire.nlp import Segmenter, Sentence, load_nlp, sentence_doc

# Odd spacing, line breaks, diacritics, capitals, possessives, numbers and punctuation.
TEXTS = [
    "ACCRA, Ghana —  The Fisheries Minister's aides said on Monday\n\nthat São Tomé's ferry,\tlate again, left.",
    "Trade talks ended. « Nothing moved », an envoy told reporters; THE PORT stays shut (for now)...",
    "",
    "   ",
]


@pytest.mark.parametrize("text", TEXTS)
def test_doc_words_reads_what_tokens_read(text: str) -> None:
    doc = spacy.blank("en")(text)
    words = DocWords.of(doc)
    assert words.text == tuple(t.text for t in doc)
    assert words.idx == tuple(t.idx for t in doc)
    assert words.space == tuple(bool(t.whitespace_) for t in doc)
    assert words.lower == tuple(t.lower_ for t in doc)
    assert words.is_alpha == tuple(t.is_alpha for t in doc)
    assert words.is_title == tuple(t.is_title for t in doc)
    assert words.is_upper == tuple(t.is_upper for t in doc)
    assert words.is_lower == tuple(t.is_lower for t in doc)
    assert words.is_punct == tuple(t.is_punct for t in doc)


@pytest.mark.parametrize("text", TEXTS)
def test_doc_text_is_the_text_the_doc_was_made_from(text: str) -> None:
    doc = spacy.blank("en")(text)
    assert doc_text(doc) == doc.text == text
    assert doc_text(keep_text(spacy.blank("en")(text), text)) == text


def test_doc_words_is_read_once_per_doc() -> None:
    doc = spacy.blank("en")(TEXTS[0])
    assert words_of(doc) is words_of(doc)


def test_segmenter_and_sentence_docs_keep_their_own_text() -> None:
    segment = Segmenter(load_nlp(), headline_openers=load_lexicon().splitting_headline_opener)
    doc, sentences = segment(TEXTS[0] + "\n" + TEXTS[1])
    assert doc_text(doc) == doc.text
    for sentence in sentences:
        part = sentence_doc(doc, sentence)
        assert doc_text(part) == part.text == sentence.text


def test_sentence_docs_keep_the_word_table_their_own_tokens_give() -> None:
    """A sentence Doc's table is cut from the article's, not read again: it must be the table
    the sentence Doc's own tokens give (offsets from its start, no space after its last word)."""
    segment = Segmenter(load_nlp(), headline_openers=load_lexicon().splitting_headline_opener)
    doc, sentences = segment(TEXTS[0] + "\n" + TEXTS[1])
    assert len(sentences) > 2
    for sentence in sentences:
        part = sentence_doc(doc, sentence)
        assert words_of(part) == DocWords.of(part)


def test_sentence_doc_of_a_trimmed_sentence_keeps_the_trimmed_text() -> None:
    doc = spacy.blank("en")("Budget  row: the  council voted   no .")
    sentence = Sentence(index=0, paragraph=0, start=3, end=len(doc), start_char=doc[3].idx,
                        end_char=len(doc.text), text=doc.text[doc[3].idx:])
    part = sentence_doc(doc, sentence)
    assert doc_text(part) == part.text == sentence.text
    assert words_of(part) == DocWords.of(part)


@pytest.mark.parametrize("text", TEXTS)
def test_offset_lookups_find_what_a_scan_of_every_token_finds(text: str) -> None:
    doc = spacy.blank("en")(text)
    for start in range(-1, len(text) + 2):
        holding = next((t.i for t in doc if t.idx <= start < t.idx + max(len(t), 1)), None)
        ending = next((t.i for t in doc if t.idx < start <= t.idx + len(t)), None)
        at = max((t.i for t in doc if t.idx <= start), default=0)
        assert token_holding(doc, start) == holding, start
        assert token_at(doc, start) == at, start
        assert token_ending(doc, start) == ending, start
        for end in range(start, len(text) + 2):
            assert list(tokens_from(doc, start, end)) == [t.i for t in doc if start <= t.idx < end], (start, end)


@pytest.mark.parametrize(("text", "start", "runs"), [
    ("Talks in Addis Ababa resume with Kenya", 0, [(0, 1), (2, 4), (6, 7)]),
    ("Talks in Addis Ababa resume with Kenya", 1, [(2, 4), (6, 7)]),
    ("Envoy Jane Roe met U.S. and EU officials", 0, [(0, 3)]),
    ("", 0, []),
])
def test_doc_words_capitalised_runs(text: str, start: int, runs: list[tuple[int, int]]) -> None:
    words = words_of(spacy.blank("en")(text))
    assert list(capitalised_runs(words, start)) == runs


def test_doc_words_capitalised_runs_keep_free_words() -> None:
    words = words_of(spacy.blank("en")("On Monday Jane Roe met Kenya"))
    assert list(capitalised_runs(words, 0, lambda i: words.lower[i] != "monday")) == [(0, 1), (2, 4), (5, 6)]
