"""The attribute ruler's rules applied through the RuleTable index find exactly the ruler's
matches, including its rarer rules (two-token patterns, regular expressions, negated lists,
spaces), and set the same annotations."""

from __future__ import annotations

import json

import spacy
from spacy.language import Language
from spacy.pipeline import AttributeRuler

from conftest import FIXTURES
from eventwire.nlp import PIPELINES, load_nlp
from eventwire.ruler import RuleTable

# Own wording, written to reach the ruler's exception rules.
ODD = [
    "There is nothin' we're gonna do about it, y'all, ain't that so? Let's go home.",
    "I gave it to you and you did it, but they had not done it.  He'd have done it if it was so.",
    "The ministers, who have met twice, said that the talks were gotta be over.\n\nThey c'mon back.",
    "Whether or not the rebels agree, there are talks, and that is what he does.",
    "The guards would not let",  # a two-token rule's first word last in the Doc
]


def _stock() -> Language:
    name = next(p for p in PIPELINES if spacy.util.is_package(p))
    return spacy.load(name, exclude=["senter", "ner"])


def test_ruler_table_finds_the_ruler_matches() -> None:
    stock = _stock()
    ruler = stock.get_pipe("attribute_ruler")
    assert isinstance(ruler, AttributeRuler)
    table = RuleTable(stock.vocab, ruler.patterns)
    lines = (FIXTURES / "heldout.jsonl").read_text(encoding="utf-8").splitlines()
    texts = ODD + [json.loads(line)["text"] for line in lines if line.strip()][:60]
    rules = set()
    with stock.select_pipes(disable=["attribute_ruler", "lemmatizer"]):
        for doc in stock.pipe(texts):
            expected = sorted(set(ruler.match(doc)))
            assert table.match(doc) == expected, doc.text
            rules.update(m[0] for m in expected)
    assert len(rules) > 40  # many different rules were exercised, not just a few


def test_ruler_table_replaces_the_ruler_with_the_same_annotations() -> None:
    ours = load_nlp()
    assert "eventwire_rule_table" in ours.pipe_names and "attribute_ruler" not in ours.pipe_names
    stock = _stock()
    for a, b in zip(stock.pipe(ODD), ours.pipe(ODD), strict=True):
        assert [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in a] == \
               [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in b]
