"""The word test that spares trying a pattern in full (eventwire.coding.patterns.Needs, which
eventwire.coding.match applies): a pattern it turns away could not have matched in any way, at
the object's head, inside the object or after the verb, with its words before the verb."""

from __future__ import annotations

from functools import cache

import pytest
from spacy.tokens import Token

from eventwire.coding.lexicon import Lexicon, load_lexicon
from eventwire.coding.match import (
    Nearby,
    _inside_object,
    _match,
    _sentence_words,
    _words_after,
    match_verb,
)
from eventwire.coding.patterns import Needs, VerbPattern, index_patterns, parse_patterns
from eventwire.coding.preverb import preverb_words
from eventwire.ontology import load_codebook
from eventwire.ontology.conventions import load_conventions
from parse_support import parsed

PATTERNS = """id\tcameo\tverb\tobject\ttarget\treverse\torigin\tbefore
fire.artillery\t190\tfire\tartillery\t\t\tv.txt:1\t
fire.rockets\t190\tfire\trocket|missile\t\t\tv.txt:2\t
act.now\t010\tact\tnow\t\t\tv.txt:3\t
file.complaint\t115\tfile\tcomplaint (with court,tribunal)\t\t\tv.txt:4\t
appeal.aid\t070\tappeal\t(for aid)\t\t\tv.txt:5\t
appeal.calm\t070\tappeal\t(for)\t\t\tv.txt:6\t
any.fire\t190\tfire\t\t\t\tv.txt:7\t
act.not\t128\tact\t\t\t\tv.txt:8\tnot_
act.must\t010\tact\t\t\t\tv.txt:9\tshould|leaders must_
"""

FIRED_SHELLS = """
rebels rebel NOUN NNS nsubj 1
fired fire VERB VBD ROOT 1
two two NUM CD nummod 4
artillery artillery NOUN NN compound 4
shells shell NOUN NNS dobj 1
"""
FIRED_ROCKETS = FIRED_SHELLS.replace("artillery artillery NOUN NN compound 4", "heavy heavy ADJ JJ amod 4").replace(
    "shells shell NOUN NNS dobj 1", "rockets rocket NOUN NNS dobj 1")
ACT_NOW = """
leaders leader NOUN NNS nsubj 2
must must AUX MD aux 2
act act VERB VB ROOT 2
now now ADV RB advmod 2
"""
FILED = """
Kenya Kenya PROPN NNP nsubj 1
filed file VERB VBD ROOT 1
a a DET DT det 3
complaint complaint NOUN NN dobj 1
with with ADP IN prep 3
the the DET DT det 6
court court NOUN NN pobj 4
"""
DID_NOT_ACT = """
leaders leader NOUN NNS nsubj 3
did do AUX VBD aux 3
not not PART RB neg 3
act act VERB VB ROOT 3
"""
APPEALED = """
Chad Chad PROPN NNP nsubj 1
appealed appeal VERB VBD ROOT 1
for for ADP IN prep 1
aid aid NOUN NN pobj 2
"""


@cache
def lexicon() -> Lexicon:
    return load_lexicon()


@cache
def patterns() -> list[VerbPattern]:
    return parse_patterns(PATTERNS, "v.tsv", load_codebook())


def _any_match(pattern: VerbPattern, verb: Token) -> bool:
    """Tell whether a pattern matches a verb in any of the ways match_verb tries."""
    memo: dict[int, list[Token]] = {}
    nearby = Nearby.of(verb, memo, lexicon())
    found = (_match(pattern, verb, lexicon(), memo) or _inside_object(pattern, verb, nearby, lexicon(), memo)
             or _words_after(pattern, verb, nearby, lexicon(), memo))
    return found is not None and (not pattern.before or preverb_words(verb, pattern.before) is not None)


@pytest.mark.parametrize(("table", "verb", "matching"), [
    (FIRED_SHELLS, 1, {"fire.artillery", "any.fire"}),
    (FIRED_ROCKETS, 1, {"fire.rockets", "any.fire"}),
    (ACT_NOW, 2, {"act.now", "act.must"}),
    (ACT_NOW.replace("now now", "quickly quickly"), 2, {"act.must"}),
    (ACT_NOW.replace("leaders leader", "they they"), 2, {"act.now"}),
    (DID_NOT_ACT, 3, {"act.not"}),
    (FILED, 1, {"file.complaint"}),
    (FILED.replace("court court", "press press"), 1, set()),
    (APPEALED, 1, {"appeal.aid", "appeal.calm"}),
    (APPEALED.replace("for for ADP", "to to ADP"), 1, set()),
])
def test_match_word_test_turns_away_only_patterns_that_cannot_match(table: str, verb: int, matching: set[str]) -> None:
    token = parsed(table)[verb]
    words = _sentence_words(token)
    tried = [p for p in patterns() if token.lemma_ in p.chain[0].lemmas]
    assert {p.id for p in tried if _any_match(p, token)} == matching
    for pattern in tried:
        assert Needs.of(pattern).met(words) or not _any_match(pattern, token), pattern.id


@pytest.mark.parametrize(("table", "verb", "rule"), [
    (FIRED_SHELLS, 1, "fire.artillery"),
    (FIRED_ROCKETS, 1, "fire.rockets"),
    (FILED, 1, "file.complaint"),
    (APPEALED, 1, "appeal.aid"),
    (DID_NOT_ACT, 3, "act.not"),
    (ACT_NOW, 2, "act.must"),
])
def test_match_verb_still_picks_the_most_specific_pattern(table: str, verb: int, rule: str) -> None:
    predicate, tried = match_verb(parsed(table)[verb], index_patterns(patterns()), lexicon(),
                                 load_conventions(load_codebook()))
    assert predicate is not None and predicate.pattern.id == rule
    assert len(tried) == len([p for p in patterns() if parsed(table)[verb].lemma_ in p.chain[0].lemmas])
