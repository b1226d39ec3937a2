"""The index of a lemma's patterns by the object words they need (eventwire.coding.patterns.NeedIndex):
it must pick, in order, exactly the patterns that the one-by-one word test lets through."""

from __future__ import annotations

from dataclasses import replace
from functools import cache

import pytest

from eventwire.coding.patterns import NeedIndex, Needs, PatternSet, VerbPattern, index_patterns, parse_patterns
from eventwire.ontology import load_codebook

PATTERNS = """id\tcameo\tverb\tobject\ttarget\treverse\torigin\tbefore
fire.artillery\t190\tfire\tartillery\t\t\tv.txt:1\t
fire.rockets\t190\tfire\trocket|missile\t\t\tv.txt:2\t
fire.any\t190\tfire\t\t\t\tv.txt:3\t
fire.warning\t150\tfire\twarning shot\t\t\tv.txt:4\t
fire.not\t190\tfire\t\t\t\tv.txt:5\tnot_
file.complaint\t115\tfile\tcomplaint (with court,tribunal)\t\t\tv.txt:6\t
appeal.aid\t070\tappeal\t(for aid)\t\t\tv.txt:7\t
appeal.calm\t070\tappeal\t(for)\t\t\tv.txt:8\t
"""


@cache
def patterns() -> list[VerbPattern]:
    return parse_patterns(PATTERNS, "v.tsv", load_codebook())


def _one_by_one(pattern_set: PatternSet, lemma: str, words: frozenset[str]) -> list[str]:
    needs = pattern_set.needs
    return [p.id for p in pattern_set.by_lemma[lemma] if (needs.get(p.id) or Needs.of(p)).met(words)]


def _indexed(pattern_set: PatternSet, lemma: str, words: frozenset[str]) -> list[str]:
    tried = pattern_set.by_lemma[lemma]
    needs = pattern_set.needs
    chosen = [tried[place] for place in pattern_set.need_index[lemma].places(words)]
    return [p.id for p in chosen if (needs.get(p.id) or Needs.of(p)).met(words)]


CASES = [
    ("fire", "rebels fire two artillery shells", ["fire.artillery", "fire.any"]),
    ("fire", "they fired a missile and rockets", ["fire.rockets", "fire.any"]),
    ("fire", "troops fired a warning shot", ["fire.warning", "fire.any"]),
    ("fire", "troops did not fire", ["fire.not", "fire.any"]),
    ("fire", "the minister was fired", ["fire.any"]),
    ("file", "kenya filed a complaint with the court", ["file.complaint"]),
    ("file", "kenya filed a report", []),
    ("appeal", "chad appealed for aid", ["appeal.aid", "appeal.calm"]),
    ("appeal", "chad appealed to donors", []),
]


@pytest.mark.parametrize(("lemma", "words", "expected"), CASES)
def test_need_index_picks_what_the_word_test_picks(lemma: str, words: str, expected: list[str]) -> None:
    pattern_set = index_patterns(patterns())
    present = frozenset(words.split())
    assert _one_by_one(pattern_set, lemma, present) == expected
    assert _indexed(pattern_set, lemma, present) == expected


@pytest.mark.parametrize(("lemma", "words", "expected"), CASES)
def test_need_index_met_leaves_exactly_what_the_word_test_leaves(lemma: str, words: str, expected: list[str]) -> None:
    pattern_set = index_patterns(patterns())
    tried = pattern_set.by_lemma[lemma]
    assert [tried[p].id for p in pattern_set.need_index[lemma].met(frozenset(words.split()))] == expected


def test_need_index_keeps_patterns_without_needed_words_always() -> None:
    index = index_patterns(patterns()).need_index["fire"]
    assert index.places(frozenset()) == list(index.always)
    assert index.places(frozenset({"rocket", "artillery"})) == sorted(
        {*index.always, *index.by_word["rocket"], *index.by_word["artillery"]})


def test_need_index_leaves_an_id_given_twice_to_the_match() -> None:
    twice = [*patterns(), replace(patterns()[0], origin="v.txt:9")]  # "fire.artillery" twice: no needs kept
    pattern_set = index_patterns(twice)
    assert "fire.artillery" not in pattern_set.needs
    index = pattern_set.need_index["fire"]
    places = [p.id for p in (pattern_set.by_lemma["fire"][i] for i in index.places(frozenset({"warning"})))]
    assert places.count("fire.artillery") == 2  # tried in full, each time
    tried = pattern_set.by_lemma["fire"]
    for words in map(frozenset, ({"artillery"}, {"warning", "shot"}, {"not"}, set())):
        met = [tried[p].id for p in index.met(words)]
        assert met == _indexed(pattern_set, "fire", words) == _one_by_one(pattern_set, "fire", words)


def test_need_index_of_no_patterns_is_empty() -> None:
    index = NeedIndex.of([], {})
    assert index.places(frozenset({"any"})) == [] == index.met(frozenset({"any"}))
