"""Words a legacy pattern puts before its verb: their conversion and their matching."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from eventwire.coding.cues import CueIndex
from eventwire.coding.patterns import PreVerb, index_patterns, parse_patterns
from eventwire.coding.preverb import CLAUSES, clause_window, own_indices, own_words, preverb_words
from eventwire.dictionaries.patterns import convert_pattern
from eventwire.nlp import load_nlp, parse
from eventwire.ontology import load_codebook
from eventwire.pipeline import code
from eventwire.resources import Resources
from parse_support import parsed

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


def test_before_cell_with_an_empty_origin_is_an_own_pattern() -> None:
    header = "id\tcameo\tverb\tobject\ttarget\treverse\torigin\tbefore\n"
    own, imported = parse_patterns(header + "a\t112\tsay\t\t\t\t\tauditor\n"
                                   "b\t112\tclaim\t\t\t\tx:1\tauditor\n", "t.tsv", load_codebook())
    assert not own.imported and own.before
    assert imported.imported


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


# "officials who fled said the army, which lost ground, had not ever really clashed with rebels"
CLAUSES_TABLE = """
officials official NOUN NNS nsubj 3
who who PRON WP nsubj 2
fled flee VERB VBD relcl 0
said say VERB VBD ROOT 3
the the DET DT det 5
army army NOUN NN nsubj 15
, , PUNCT , punct 5
which which PRON WDT nsubj 8
lost lose VERB VBD relcl 5
ground ground NOUN NN dobj 8
, , PUNCT , punct 5
had have AUX VBD aux 15
not not PART RB neg 15
ever ever ADV RB advmod 15
really really ADV RB advmod 15
clashed clash VERB VBN ccomp 3
with with ADP IN prep 15
rebels rebel NOUN NNS pobj 16
"""


def _walk(token: Any) -> list[int]:
    """A verb's own words as a recursive walk over spaCy's children reads them."""
    found = [token.i]
    for child in token.children:
        if child.dep_ not in CLAUSES:
            found += _walk(child)
    return found


@pytest.mark.parametrize("i", range(18))
def test_own_words_are_a_walk_down_the_tree_leaving_out_clauses(i: int) -> None:
    doc = parsed(CLAUSES_TABLE)
    assert own_indices(doc[i]) == _walk(doc[i])
    assert [t.i for t in own_words(doc[i])] == _walk(doc[i])


def test_own_words_leave_out_a_relative_clause_and_a_clausal_complement() -> None:
    doc = parsed(CLAUSES_TABLE)
    assert own_indices(doc[3]) == [3, 0]  # "said": its subject, not the clause said nor "who fled"
    assert own_indices(doc[15]) == [15, 5, 4, 6, 10, 11, 12, 13, 14, 16, 17]


def _reference(verb: Any, alt: PreVerb) -> bool:
    """The words before the verb matched the plain way: every position tried, from the verb back,
    each word compared with the token's form and lemma read through its Token."""
    window = clause_window(verb)
    doc = verb.doc

    def run_at(end: int, run: tuple[str, ...]) -> bool:
        start = end - len(run) + 1
        return start >= 0 and all(i in window and w in {doc[i].lower_, doc[i].lemma_.lower()}
                                  for i, w in zip(range(start, end + 1), run, strict=True))

    limit = verb.i - 1
    for n, run in enumerate(reversed(alt.runs)):
        if n == 0 and alt.touching:
            if not run_at(limit, run):
                return False
            limit -= len(run)
            continue
        end = next((e for e in range(limit, len(run) - 2, -1) if run_at(e, run)), None)
        if end is None:
            return False
        limit = end - len(run)
    return True


PREVERB_ALTERNATIVES = (
    PreVerb(runs=(("not",),), touching=True), PreVerb(runs=(("not",),)), PreVerb(runs=(("have",), ("not",))),
    PreVerb(runs=(("she",), ("again",))), PreVerb(runs=(("once", "again"),)), PreVerb(runs=(("the",), ("will",))),
    PreVerb(runs=(("would",),), touching=True), PreVerb(runs=(("council",), ("be",), ("not",))),
)


@pytest.mark.parametrize("text", [
    "The council said she would not once again have to sign the lease.",
    "Once again the mayor has not agreed to meet the striking nurses.",
    "She will, the council hopes, not resign before the vote.",
])
def test_words_before_the_verb_match_as_a_scan_of_every_position(text: str) -> None:
    nlp = load_nlp()
    (doc,) = parse(nlp, [nlp.make_doc(text)], speech_verbs=frozenset({"say"}))
    verbs = [t for t in doc if t.pos_ in {"VERB", "AUX"}]
    assert verbs
    for verb in verbs:
        for alt in PREVERB_ALTERNATIVES:
            expected = _reference(verb, alt)
            assert (preverb_words(verb, (alt,)) == alt.size) == (expected and bool(clause_window(verb)))
    assert any(_reference(v, a) for v in verbs for a in PREVERB_ALTERNATIVES)
