"""The spaCy pipeline as eventwire loads it: the attribute ruler's tag table gives exactly the
annotations of the stock pipeline, and title abbreviations stay whole."""

from __future__ import annotations

import json

import spacy
from spacy.tokens import Doc

from conftest import FIXTURES
from eventwire.nlp import PIPELINES, load_nlp


def _texts() -> list[str]:
    lines = (FIXTURES / "heldout.jsonl").read_text(encoding="utf-8").splitlines()
    lines += (FIXTURES / "heldout2.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["text"] for line in lines if line.strip()]


def test_nlp_tag_table_changes_no_annotation() -> None:
    ours = load_nlp()
    assert "eventwire_tag_table" in ours.pipe_names
    name = next(p for p in PIPELINES if spacy.util.is_package(p))
    stock = spacy.load(name, exclude=["senter", "ner"])
    assert "eventwire_tag_table" not in stock.pipe_names
    docs = [ours.make_doc(t) for t in _texts()]
    same = [Doc(stock.vocab, words=[t.text for t in d], spaces=[bool(t.whitespace_) for t in d]) for d in docs]
    compared = 0
    for a, b in zip(stock.pipe(same), ours.pipe(docs), strict=True):
        for x, y in zip(a, b, strict=True):
            assert (x.tag_, x.pos_, str(x.morph), x.lemma_, x.dep_, x.head.i) == \
                   (y.tag_, y.pos_, str(y.morph), y.lemma_, y.dep_, y.head.i), (x.text, a.text)
            compared += 1
    assert compared > 4000


def test_nlp_title_abbreviations_stay_whole() -> None:
    words = [t.text for t in load_nlp().make_doc("Lt. Gen. Prosper Avril met Col. Diallo and Sgt. Bah.")]
    assert words[:2] == ["Lt.", "Gen."] and "Col." in words and "Sgt." in words
