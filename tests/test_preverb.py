"""Words a legacy pattern puts before its verb: their conversion and their matching."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from eventwire.coding.cues import CueIndex
from eventwire.coding.patterns import PreVerb, index_patterns, parse_patterns
from eventwire.dictionaries.patterns import convert_pattern
from eventwire.ontology import load_codebook
from eventwire.pipeline import code
from eventwire.resources import Resources

SYNSETS = {"REFUSING": ["did n't", "will not"], "PLACING": ["on", "near"]}


@pytest.mark.parametrize(("text", "before"), [
    ("INDICATED SHOULD *", "indicated should"),
    ("$ NOT_*", "not_"),
    ("% ^ LATER *", "later"),
    ("SURELY_&REFUSING_AGAIN *", "surely_did_n't_again|surely_will_not_again"),
    ("* SHIPS", ""),
])
def test_words_before_the_verb_become_the_before_cell(text: str, before: str) -> None:
    assert convert_pattern(text, SYNSETS).before == before


@pytest.mark.parametrize("text", ["+ * TROOPS", "SAID_+ * AID", "{BIG BOATS} * (TO +)"])
def test_unsupported_words_before_the_verb_are_reported(text: str) -> None:
    with pytest.raises(ValueError, match="before the verb"):
        convert_pattern(text, SYNSETS)


def test_before_cell_parses_into_runs() -> None:
    text = ("id\tcameo\tverb\tobject\ttarget\treverse\torigin\tbefore\n"
            "a\t112\tcriticize\t\t\t\tx:1\tsharply_|once_again later\n")
    (pattern,) = parse_patterns(text, "t.tsv", load_codebook())
    assert pattern.before == (PreVerb(runs=(("sharply",),), touching=True),
                              PreVerb(runs=(("once", "again"), ("later",)), touching=False))
    plain = parse_patterns("id\tcameo\tverb\tobject\ttarget\na\t111\tcriticize\t\t\n", "t.tsv",
                           load_codebook())[0]
    assert pattern.specificity > plain.specificity


PATTERNS = ("id\tcameo\tverb\tobject\ttarget\treverse\torigin\tbefore\n"
            "plain\t111\tcriticize\t\t\t\tx:1\t\n"
            "sharp\t112\tcriticize\t\t\t\tx:2\tsharply_\n"
            "again\t113\tcriticize\t\t\t\tx:3\tonce_again\n")


@pytest.mark.parametrize(("sentence", "rule"), [
    ("Jordan criticized China on Monday.", "plain"),
    ("Jordan sharply criticized China on Monday.", "sharp"),
    ("Jordan sharply and repeatedly criticized China on Monday.", "plain"),  # not right before the verb
    ("Jordan once again criticized China on Monday.", "again"),
    ("Jordan again, once more, criticized China on Monday.", "plain"),  # the run's words apart
    ("Jordan, which once again lost the final, criticized China on Monday.", "plain"),  # another clause
])
def test_words_before_the_verb_choose_the_pattern(fixture_resources: Resources, sentence: str, rule: str) -> None:
    pattern_set = index_patterns(parse_patterns(PATTERNS, "t.tsv", fixture_resources.codebook))
    local = replace(fixture_resources, patterns=pattern_set, cues=CueIndex.build(pattern_set))
    events = code(sentence, published=date(2021, 3, 1), resources=local)
    assert [e.rule for e in events] == [rule]


@pytest.mark.parametrize(("text", "obj", "target"), [
    ("* FOR VIOLENCE", "(for violence)", ""),  # a bare preposition opens a phrase
    ("* AT ^ +", "(at)", "prep:at"),  # the target's phrase, words skipped
    ("* FEAST AT ^ WITH +", "feast (with)", "prep:with"),  # any words before the target's phrase
    ("* (WITH +)", "(with)", "prep:with"),  # the target's phrase must be there
    ("* {FARM TOOLS} TO +", "farm tools (to)", "prep:to"),
    ("% * TALKS", "talks", "each-other"),  # a compound subject acts on itself
    ("* &PLACING MOTION", "(on motion)|(near motion)", ""),  # a set of prepositions opens a phrase
])
def test_phrases_and_compound_subjects(text: str, obj: str, target: str) -> None:
    converted = convert_pattern(text, SYNSETS)
    assert (converted.object, converted.target) == (obj, target)
