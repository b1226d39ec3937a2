"""What is read once and kept while coding gives the answers read afresh each time: the
conventions' lookups kept by code, a lemma's patterns picked through its index, and the parse
with the token-to-vector layer reading fewer sentences at a time than the parser."""

from __future__ import annotations

from dataclasses import replace

import pytest

from eventwire import nlp as nlp_module
from eventwire.coding.patterns import NeedIndex
from eventwire.ontology import load_codebook
from eventwire.ontology.conventions import SCENE, Conventions, Scene, load_conventions

CODES = ("0", "01", "010", "036", "0311", "112", "15", "150", "154", "17", "173", "18", "181", "190", "195",
         "20", "203", "999")


@pytest.fixture(scope="module")
def conventions() -> Conventions:
    return load_conventions(load_codebook())


def _scene(conventions: Conventions, code: str) -> Scene:
    return Scene(**{c: bool(conventions._lookup(conventions.scene.get(c, {}), code)) for c in SCENE})


def test_conventions_kept_answers_are_the_lookups(conventions: Conventions) -> None:
    for _ in range(2):  # read, then kept
        for code in CODES:
            assert conventions.civil_sense(code) == bool(conventions._lookup(conventions.civil, code))
            assert conventions.scene_of(code) == _scene(conventions, code)
    assert any(conventions.civil_sense(code) for code in CODES)
    assert any(conventions.scene_of(code).said for code in CODES)


def test_conventions_replaced_tables_answer_anew(conventions: Conventions) -> None:
    civil = next(code for code in CODES if conventions.civil_sense(code))
    conventions.scene_of(civil)
    changed = replace(conventions, civil={}, scene={})
    assert not changed.civil_sense(civil) and changed.scene_of(civil) == Scene()
    assert conventions.civil_sense(civil)


def test_need_index_picks_the_patterns_whose_words_the_sentence_holds() -> None:
    index = NeedIndex(always=(0, 4), by_word={"troops": (1, 3), "aid": (2,), "talks": (3, 5)})
    assert index.places(frozenset({"the", "troops", "talks", "went"})) == [0, 1, 3, 4, 5]
    assert index.places(frozenset({"aid"})) == [0, 2, 4]
    assert index.places(frozenset()) == [0, 4]


TEXTS = ("The ministry said its envoys would fly to the border town on Sunday for talks with both sides.",
         "Police fired tear gas at students marching on the parliament.",
         "Rebels released twelve hostages after a week of talks.",
         "The two leaders signed a trade pact and pledged closer ties.",
         "A court jailed the former mayor for fraud.")


def test_parse_is_the_same_whatever_the_token_to_vector_layers_batch(monkeypatch: pytest.MonkeyPatch) -> None:
    nlp = nlp_module.load_nlp()
    docs = [nlp.make_doc(t) for t in TEXTS * 6]

    def read(batch: int) -> list[tuple[object, ...]]:
        monkeypatch.setattr(nlp_module, "TOK2VEC_BATCH", batch)
        fresh = [nlp.make_doc(d.text) for d in docs]
        return [tuple((t.tag_, t.pos_, t.lemma_, t.dep_, t.head.i) for t in d)
                for d in nlp_module.parse(nlp, fresh, speech_verbs=frozenset({"say"}), batch_size=16)]

    assert read(2) == read(16) == read(64)


def test_lemmatizers_known_words_are_held_as_sets_with_the_same_lemmas() -> None:
    import spacy

    ours = nlp_module.load_nlp()
    name = next(p for p in nlp_module.PIPELINES if spacy.util.is_package(p))
    stock = spacy.load(name, exclude=["senter", "ner"])
    table = stock.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert all(isinstance(words, list) for words in table.values())
    text = ("The wolves' analyses of the crises were mislaid; geese flew over burnt churches, "
            "and the ministries' envoys re-opened talks on fishing quotas with the Faroese.")
    assert [t.lemma_ for t in ours(text)] == [t.lemma_ for t in stock(text)]
    nlp_module.index_known_words(stock.get_pipe("lemmatizer"))
    assert all(isinstance(words, frozenset) for words in table.values())
    assert [t.lemma_ for t in stock(text)] == [t.lemma_ for t in ours(text)]
