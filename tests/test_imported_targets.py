"""Events of imported patterns take the first actor after their verb when no target was found."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
import spacy
from spacy.tokens import Doc

from eventwire.actors.dictionary import Entry, EntryKind
from eventwire.actors.matcher import Hit
from eventwire.actors.mentions import SentenceHits
from eventwire.coding.cues import CueIndex
from eventwire.coding.imported import compound_members, own_clause
from eventwire.coding.lexicon import load_lexicon
from eventwire.coding.patterns import index_patterns, parse_patterns
from eventwire.model import Actor, Mention
from eventwire.pipeline import code
from eventwire.resources import Resources

IMPORTED = ("id\tcameo\tverb\tobject\ttarget\treverse\torigin\n"
            "march\t150\tmarch\t\t\t\tx:1\n"
            "boycott\t120\tboycott\t\t\t\tx:2\n"
            "continue\t060\tcontinue\teffort\t\t\tx:3\n")


def _local(resources: Resources, text: str) -> Resources:
    pattern_set = index_patterns(parse_patterns(text, "t.tsv", resources.codebook))
    return replace(resources, patterns=pattern_set, cues=CueIndex.build(pattern_set))


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Jordan marched very close to the border with China on Monday.", [("JOR", "CHN", "150")]),
    ("Jordan boycotted the parade supporting China on Monday.", [("JOR", "CHN", "120")]),
    # an infinitive names another act: its object is no target of this one
    ("Jordan continued its effort to isolate China on Monday.", []),
    # a clause of its own after the verb
    ("Jordan boycotted the parade because China had organized it.", []),
])
def test_first_actor_after_the_verb_is_the_target(fixture_resources: Resources, sentence: str,
                                                  expected: list[tuple[str, str, str]]) -> None:
    events = code(sentence, published=date(2021, 3, 1), resources=_local(fixture_resources, IMPORTED))
    got = [(e.source.actor.code if e.source else "", e.target.actor.code if e.target else "", e.cameo)
           for e in events]
    assert got == expected


def test_imported_verb_listed_by_its_form(fixture_resources: Resources) -> None:
    sentence = "Jordan has risen up against China again."
    form = "id\tcameo\tverb\tobject\ttarget\treverse\torigin\nrisen\t140\trisen\t\t\t\tx:1\n"
    events = code(sentence, published=date(2021, 3, 1), resources=_local(fixture_resources, form))
    assert [(e.source.actor.code if e.source else "", e.target.actor.code if e.target else "", e.rule)
            for e in events] == [("JOR", "CHN", "risen")]
    # the project's own patterns name lemmas: a form is no lemma of theirs
    own = "id\tcameo\tverb\tobject\ttarget\nrisen\t140\trisen\t\t\n"
    assert code(sentence, published=date(2021, 3, 1), resources=_local(fixture_resources, own)) == []


INSIDE = ("id\tcameo\tverb\tobject\ttarget\treverse\torigin\n"
          "fire.artillery\t194\tfire\tartillery\t\t\tx:1\n"
          "fire.shells\t190\tfire\tshell\t\t\tx:2\n")


@pytest.mark.parametrize(("sentence", "rule"), [
    ("Jordan fired two artillery rounds at China on Monday.", "fire.artillery"),  # inside the phrase
    ("Jordan fired artillery shells at China on Monday.", "fire.shells"),  # the head wins
])
def test_imported_object_word_inside_the_object_phrase(fixture_resources: Resources, sentence: str,
                                                      rule: str) -> None:
    events = code(sentence, published=date(2021, 3, 1), resources=_local(fixture_resources, INSIDE))
    assert [e.rule for e in events] == [rule]


def test_own_object_word_must_head_the_object(fixture_resources: Resources) -> None:
    own = "id\tcameo\tverb\tobject\ttarget\nfire.artillery\t194\tfire\tartillery\t\n"
    sentence = "Jordan fired two artillery rounds at China on Monday."
    assert code(sentence, published=date(2021, 3, 1), resources=_local(fixture_resources, own)) == []


MUTUAL = ("id\tcameo\tverb\tobject\ttarget\treverse\torigin\n"
          "postpone\t191\tpostpone\t\teach-other\t\tx:1\n")


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Jordan and China have postponed their meeting.", [("JOR", "CHN")]),  # once per pair, first-named first
    ("Jordan has postponed its meeting with China.", [("JOR", "CHN")]),  # one actor: the target found
])
def test_compound_subject_acts_on_each_other(fixture_resources: Resources, sentence: str,
                                             expected: list[tuple[str, str]]) -> None:
    events = code(sentence, published=date(2021, 3, 1), resources=_local(fixture_resources, MUTUAL))
    assert [(e.source.actor.code if e.source else "", e.target.actor.code if e.target else "")
            for e in events] == expected


SPEECH = ("id\tcameo\tverb\tobject\ttarget\treverse\torigin\n"
          "warn.backoff\t130\twarn\t\t\t\tx:1\n")


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Jordan warned China of grave consequences.", [("JOR", "CHN", "130")]),  # the warning itself
    ("Jordan warned that China would suffer.", []),  # what was said is coded, not the saying
])
def test_speech_verb_backoff_only_without_a_reported_clause(fixture_resources: Resources, sentence: str,
                                                            expected: list[tuple[str, str, str]]) -> None:
    events = code(sentence, published=date(2021, 3, 1), resources=_local(fixture_resources, SPEECH))
    assert [(e.source.actor.code if e.source else "", e.target.actor.code if e.target else "", e.cameo)
            for e in events] == expected


def test_imported_verb_found_from_its_regular_form(fixture_resources: Resources) -> None:
    # the parser gives "cordoned" the lemma "cordone"; the imported verb is "cordon"
    cordon = "id\tcameo\tverb\tobject\ttarget\treverse\torigin\ncordon\t1721\tcordon off\t\t\t\tx:1\n"
    sentence = "Jordanian soldiers cordoned off the roads leading into China."
    events = code(sentence, published=date(2021, 3, 1), resources=_local(fixture_resources, cordon))
    assert [(e.source.actor.code if e.source else "", e.target.actor.code if e.target else "", e.cameo)
            for e in events] == [("JOR", "CHN", "1721")]


def test_verb_listed_by_its_form_wins_over_its_lemma(fixture_resources: Resources) -> None:
    forms = ("id\tcameo\tverb\tobject\ttarget\treverse\torigin\n"
             "leave.backoff\t012\tleave\t\t\t\tx:1\n"
             "left.backoff\t032\tleft\t\t\t\tx:2\n")
    sentence = "The Jordanian minister left for China on Monday."
    events = code(sentence, published=date(2021, 3, 1), resources=_local(fixture_resources, forms))
    assert [e.rule for e in events] == ["left.backoff"]
    later = code("The Jordanian minister will leave for China on Monday.", published=date(2021, 3, 1),
                 resources=_local(fixture_resources, forms))
    assert [e.rule for e in later] == ["leave.backoff"]


AFTER = ("id\tcameo\tverb\tobject\ttarget\treverse\torigin\n"
         "act.now\t1041\tact\tnow\t\t\tx:1\n"
         "act.backoff\t100\tact\t\t\t\tx:2\n"
         "act.war\t138\tact\twar\t\t\tx:3\n")


@pytest.mark.parametrize(("sentence", "rule"), [
    ("Jordan will act now against China.", "act.now"),  # a word after the verb, no object
    ("Jordan will act against China, which is now isolated.", "act.backoff"),  # in a clause of its own
    ("Jordan will act against China in a war of words.", "act.war"),
    # a word of a name is no word of the act
    ("Jordan will act against China on the anniversary of the Great War.", "act.backoff"),
])
def test_imported_words_after_the_verb(fixture_resources: Resources, sentence: str, rule: str) -> None:
    events = code(sentence, published=date(2021, 3, 1), resources=_local(fixture_resources, AFTER))
    assert [e.rule for e in events] == [rule]


def _entry(entry_id: str, code: str) -> Entry:
    return Entry(id=entry_id, kind=EntryKind.COUNTRY, phrases=("Twin Duchies",), code=code, country=code, sectors=(),
                 name="Twin Duchies")


@pytest.mark.parametrize(("entries", "code", "expected"), [
    # a coded compound: each member takes the first member's place, roles before or after it
    ((_entry("d.7/RUR", "RUR"), _entry("d.7/ELB", "ELB")), "NGORURGOV", ["NGORURGOV", "NGOELBGOV"]),
    # an own id with a slash in it, alone in its span: no compound
    ((_entry("own/rur", "RUR"), _entry("d.9/ELB", "ELB")), "RUR", ["RUR"]),
])
def test_coded_compound_mention_is_each_member(entries: tuple[Entry, ...], code: str, expected: list[str]) -> None:
    doc = spacy.blank("en")("The Twin Duchies")
    sentence = SentenceHits.build(doc, [Hit(start=1, end=3, entries=entries)], 0, None, lexicon=load_lexicon())
    mention = Mention(actor=Actor(code=code, country="RUR", sectors=("GOV",)), text="Twin Duchies", start=4, end=16,
                      entry=entries[0].id, entries=(entries[0].id, "role.1"))
    members = compound_members(mention, sentence)
    assert [m.actor.code for m in members] == expected
    assert [m.entries[1:] for m in members] == [("role.1",)] * len(expected)


@pytest.mark.parametrize(("words", "heads", "deps", "pos", "clause"), [
    # a noun the parser calls a relative clause ("an anti- China rally") heads no clause of its own
    (["Jordan", "boycotted", "an", "anti-", "China", "rally"], [1, 1, 3, 1, 5, 3],
     ["nsubj", "ROOT", "det", "dobj", "compound", "relcl"], ["PROPN", "VERB", "DET", "NOUN", "PROPN", "NOUN"], False),
    (["Jordan", "boycotted", "the", "rally", "China", "organized"], [1, 1, 3, 1, 5, 3],
     ["nsubj", "ROOT", "det", "dobj", "nsubj", "relcl"], ["PROPN", "VERB", "DET", "NOUN", "PROPN", "VERB"], True),
])
def test_only_a_predicate_heads_a_clause_of_its_own(words: list[str], heads: list[int], deps: list[str],
                                                    pos: list[str], clause: bool) -> None:
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert own_clause(doc[5]) is clause
