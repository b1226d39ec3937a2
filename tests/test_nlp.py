"""The spaCy pipeline as eventwire loads it: the attribute ruler's tag table gives exactly the
annotations of the stock pipeline (and so does the lemma memo), and title abbreviations stay whole."""

from __future__ import annotations

import json

import spacy
from spacy.tokens import Doc

from conftest import FIXTURES
from eventwire.nlp import (
    PIPELINES,
    Sentence,
    doc_proper_noun_runs,
    load_nlp,
    proper_noun_runs,
    repair_acronym_verb,
    sentence_doc,
)
from eventwire.parse_view import LEMMAS_KEY, keep_lemmas, lemmas_of


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


def test_nlp_lemma_memo_takes_the_lemmatizers_place_with_its_lemmas() -> None:
    ours = load_nlp()
    assert "eventwire_lemma_memo" in ours.pipe_names and "lemmatizer" not in ours.pipe_names
    name = next(p for p in PIPELINES if spacy.util.is_package(p))
    stock = spacy.load(name, exclude=["senter", "ner"])
    # one form under several tags, and forms repeated across Docs, which the memo answers
    texts = ["The rebels saw the saw and said they were saving it.",
             "Troops left; the left flank leaves, and rebels left the leaves.",
             "She was leaving as they left, saying the rebels saw nothing."]
    for text in texts:
        a, b = stock(text), ours(text)
        assert [t.lemma_ for t in a] == [t.lemma_ for t in b], text


def test_nlp_title_abbreviations_stay_whole() -> None:
    words = [t.text for t in load_nlp().make_doc("Lt. Gen. Prosper Avril met Col. Diallo and Sgt. Bah.")]
    assert words[:2] == ["Lt.", "Gen."] and "Col." in words and "Sgt." in words


def _misparsed(words: list[str], tags: list[str], heads: list[int], deps: list[str]) -> Doc:
    pos = {"DT": "DET", "JJ": "ADJ", "NN": "NOUN", "NNS": "NOUN", "NNP": "PROPN", "VBG": "VERB", "VBN": "VERB",
           "IN": "ADP", ".": "PUNCT"}
    return Doc(load_nlp().vocab, words=words, tags=tags, pos=[pos[t] for t in tags], heads=heads, deps=deps)


def test_nlp_acronym_taken_for_a_verb_becomes_the_subject() -> None:
    # The parser's reading of "The Andean body CAN lifted tariffs on Peru.": the acronym as the main
    # verb, the real verb as a modifier of its object.
    doc = _misparsed(["The", "Andean", "body", "CAN", "lifted", "tariffs", "on", "Peru", "."],
                     ["DT", "JJ", "NN", "VBG", "VBN", "NNS", "IN", "NNP", "."],
                     [2, 2, 3, 3, 5, 3, 5, 6, 3],
                     ["det", "amod", "nsubj", "ROOT", "amod", "dobj", "prep", "pobj", "punct"])
    keep_lemmas(doc, tuple(t.lemma_ for t in doc))  # as the lemma memo keeps them at the parse
    repair_acronym_verb(doc, [doc[3]])
    assert lemmas_of(doc)[3] == "CAN" == doc[3].lemma_  # the repaired lemma, not the one kept
    assert [(t.text, t.dep_, t.head.text) for t in doc if t.dep_ in {"ROOT", "nsubj", "dobj"}] == \
        [("body", "nsubj", "lifted"), ("CAN", "nsubj", "lifted"), ("lifted", "ROOT", "lifted"),
         ("tariffs", "dobj", "lifted")]
    assert (doc[3].pos_, doc[4].tag_) == ("PROPN", "VBD")


def test_nlp_acronym_modifying_a_noun_becomes_its_apposition() -> None:
    doc = _misparsed(["The", "body", "CAN", "lifted", "tariffs", "."], ["DT", "NN", "VBG", "VBN", "NNS", "."],
                     [1, 1, 1, 4, 2, 1], ["det", "ROOT", "acl", "amod", "dobj", "punct"])
    repair_acronym_verb(doc, [doc[2]])
    assert [(t.dep_, t.head.i) for t in doc] == \
        [("det", 1), ("nsubj", 3), ("appos", 1), ("ROOT", 3), ("dobj", 3), ("punct", 3)]


def test_nlp_capitals_of_a_shouted_headline_stay_verbs() -> None:
    doc = _misparsed(["REBELS", "SEIZING", "CAPTURED", "TOWNS"], ["NNS", "VBG", "VBN", "NNS"],
                     [1, 1, 3, 1], ["nsubj", "ROOT", "amod", "dobj"])
    repair_acronym_verb(doc, [doc[1]])
    assert [(t.dep_, t.head.i, t.tag_) for t in doc] == \
        [("nsubj", 1, "NNS"), ("ROOT", 1, "VBG"), ("amod", 3, "VBN"), ("dobj", 1, "NNS")]


def test_nlp_sentence_doc_keeps_the_sentences_tokens_and_offsets() -> None:
    nlp = spacy.blank("en")
    doc = nlp("Talks  stalled. Rebels shelled Goma,  officials said .  Aid stopped.")
    sentence = Sentence(index=1, paragraph=0, start=3, end=10, start_char=doc[3].idx,
                        end_char=doc[9].idx + len(doc[9]), text="")
    part = sentence_doc(doc, sentence)
    assert [(t.text, t.whitespace_) for t in part][:-1] == [(t.text, t.whitespace_) for t in doc[3:9]]
    assert part[-1].text == doc[9].text and part[-1].whitespace_ == ""
    assert [t.idx for t in part] == [t.idx - doc[3].idx for t in doc[3:10]]  # dates read offsets off it


def test_nlp_proper_noun_runs_of_a_whole_doc_are_those_of_its_tokens() -> None:
    """The array reading finds the runs the Token reading finds, at the Doc's ends too (own
    sentences, then the fixture sets')."""
    nlp = load_nlp()
    texts = ["Lake Malawi ferries from Nkhata Bay reached Likoma Island late, Harbour Master Banda said.",
             "Officials in Port Moresby and Lae met the visiting Fijian delegation from Suva",
             "nobody here is named at all."]
    found = 0
    for doc in nlp.pipe(texts + _texts()[:150]):
        runs = [(r.start, r.end) for r in doc_proper_noun_runs(doc)]
        assert runs == [(r.start, r.end) for r in proper_noun_runs(list(doc))]
        found += len(runs)
    assert found >= 5


def test_nlp_lemma_texts_kept_at_the_parse_are_the_tokens_lemmas() -> None:
    """The lemma memo keeps each parsed Doc's lemma texts, and they are the tokens' own (own
    sentences with words the attribute ruler lemmatizes, a form met twice, then the fixture sets')."""
    nlp = load_nlp()
    texts = ["They weren't leaving, and we'd said the militias can't stay.",
             "Militias left; militias leave.", *_texts()[:120]]
    for doc in nlp.pipe(texts):
        assert LEMMAS_KEY in doc.user_data
        assert lemmas_of(doc) == tuple(t.lemma_ for t in doc), doc.text
