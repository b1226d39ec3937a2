"""The pre-filter's cue index: a sentence triggers when it holds a pattern verb's form and, if
every pattern of that verb needs an object or complement word, one of those words; the index
keeps one entry per surface form however many patterns share a verb."""

from __future__ import annotations

from dataclasses import replace

import spacy

from eventwire.actors.matcher import Hit
from eventwire.coding.article import select_sentences
from eventwire.coding.cues import CueIndex, inflections
from eventwire.coding.lexicon import load_lexicon
from eventwire.coding.patterns import (
    NATIONALS,
    ObjectSpec,
    PatternSet,
    PreVerb,
    Step,
    VerbPattern,
    index_patterns,
)
from eventwire.nlp import Sentence


def _pattern(n: int, verb: str, *, objects: tuple[str, ...] = (), ccomp: frozenset[str] = frozenset()) -> VerbPattern:
    return VerbPattern(id=f"p{n}", cameo="010", chain=(Step(lemmas=frozenset({verb})),),
                       objects=tuple(ObjectSpec(head=o) for o in objects), ccomp=ccomp)


def _words(text: str) -> set[str]:
    return set(text.lower().split())


def test_cues_need_a_required_word_only_when_every_pattern_needs_one() -> None:
    cues = CueIndex.build(index_patterns([
        _pattern(1, "impose", objects=("sanction", "curfew")),
        _pattern(2, "impose", objects=("embargo",)),
        _pattern(3, "attack"),
        _pattern(4, "call", ccomp=frozenset({"unfounded"})),
    ]))
    assert cues.triggered(_words("the council imposed new sanctions on the regime"))
    assert cues.triggered(_words("they impose an embargo"))
    assert not cues.triggered(_words("the court imposed a fine"))
    assert cues.triggered(_words("rebels attacked a convoy"))
    assert cues.triggered(_words("the ministry called the claims unfounded"))
    assert not cues.triggered(_words("the ministry called a meeting"))
    assert not cues.triggered(_words("nothing happened here today"))


def test_cues_need_any_form_of_a_verb_a_complement_pattern_requires() -> None:
    cues = CueIndex.build(index_patterns([_pattern(1, "say", ccomp=frozenset({"smuggle"}))]))
    assert cues.triggered(_words("auditors say the firm smuggled gold"))
    assert not cues.triggered(_words("auditors say the firm sold gold"))


def test_cues_need_a_particle_or_a_chained_verb_that_a_pattern_requires() -> None:
    cues = CueIndex.build(index_patterns([
        VerbPattern(id="p1", cameo="0842", chain=(Step(lemmas=frozenset({"give"}), particle="back"),)),
        VerbPattern(id="p2", cameo="120", chain=(Step(lemmas=frozenset({"refuse"})),
                                                  Step(lemmas=frozenset({"recognize", "accept"})))),
    ]))
    assert not cues.triggered(_words("the ministry gave no further details"))
    assert cues.triggered(_words("the army gave back the seized land"))
    assert not cues.triggered(_words("the envoy refused comment"))
    assert cues.triggered(_words("the council refused to recognize the vote"))
    assert cues.triggered(_words("the council refuses to accept the vote"))


def test_cues_need_no_listed_word_for_people_named_by_nationality() -> None:
    cues = CueIndex.build(index_patterns([_pattern(1, "free", objects=("hostage", NATIONALS))]))
    assert cues.triggered(_words("iran freed two britons"))  # no word of the pattern names a nationality
    assert not cues.triggered(_words("the court fined two britons"))


def _backoff(verb: str, cameo: str, origin: str) -> VerbPattern:
    return VerbPattern(id=f"{verb}.backoff", cameo=cameo, chain=(Step(lemmas=frozenset({verb})),),
                       imported=True, origin=origin)


def test_cues_leave_out_back_offs_that_are_never_coded() -> None:
    base, own = "eventwire/data/petrarch/verbs.tsv:1", "my-verbs.tsv:1"
    cues = CueIndex.build(index_patterns([_backoff("remark", "010", own), _backoff("clash", "190", base),
                                          _backoff("shove", "180", own), _backoff("host", "042", base)]))
    assert not cues.triggered(_words("the envoy remarked on the weather"))
    assert not cues.triggered(_words("fans clashed after the match"))
    assert cues.triggered(_words("the guards shoved the reporters"))
    assert cues.triggered(_words("the city hosted the summit"))


def test_cues_leave_out_base_layer_patterns_coding_a_bare_statement() -> None:
    base, own = "eventwire/data/petrarch/verbs.tsv:1", "my-verbs.tsv:1"
    statement = VerbPattern(id="b1", cameo="010", chain=(Step(lemmas=frozenset({"brief"})),),
                            objects=(ObjectSpec(head="reporter"),), imported=True, origin=base)
    own_statement = replace(statement, id="o1", chain=(Step(lemmas=frozenset({"outline"})),), origin=own)
    cues = CueIndex.build(index_patterns([statement, own_statement]))
    assert not cues.triggered(_words("the minister briefed reporters on the budget"))
    assert cues.triggered(_words("the minister outlined to reporters his budget"))


def test_cues_need_a_word_that_a_pattern_puts_before_its_verb() -> None:
    base = "eventwire/data/petrarch/verbs.tsv:1"
    remark = VerbPattern(id="b1", cameo="111", chain=(Step(lemmas=frozenset({"remark"})),), imported=True,
                         origin=base, before=(PreVerb(runs=(("skeptics",),)), PreVerb(runs=(("the", "watchdog"),))))
    contracted = replace(remark, id="b2", chain=(Step(lemmas=frozenset({"hint"})),),
                         before=(PreVerb(runs=(("not",),), touching=True),))
    cues = CueIndex.build(index_patterns([remark, contracted]))
    assert not cues.triggered(_words("the envoy remarked that the talks went well"))
    assert cues.triggered(_words("skeptics remarked that the plan was doomed"))
    assert cues.triggered(_words("the watchdog remarked on the delay"))
    assert cues.triggered(_words("they did n't hint at a deal"))  # too short a word to be a cue: no need


def test_cues_stay_one_entry_per_form_with_thousands_of_patterns() -> None:
    nouns = [f"thing{n}" for n in range(3000)]
    patterns = [_pattern(n, "seize", objects=(noun,)) for n, noun in enumerate(nouns)]
    patterns += [_pattern(5000 + n, f"verb{n}") for n in range(2000)]
    cues = CueIndex.build(index_patterns(patterns))
    assert len(PatternSet(index_patterns(patterns).by_lemma)) == 5000
    seized = cues.needs["seized"]
    assert seized is not None and "thing2999s" in seized and len(seized) >= 3000
    assert cues.needs["verb1999ed"] is None
    assert cues.triggered(_words("police seized thing2999s at the border"))
    assert not cues.triggered(_words("police seized weapons at the border"))
    assert cues.triggered(_words("they verb17ed it"))


def test_cues_imported_patterns_alone_need_two_actors() -> None:
    cues = CueIndex.build(index_patterns([_pattern(1, "attack"),
                                          _backoff("host", "042", "eventwire/data/petrarch/verbs.tsv:1")]))
    assert cues.actors_needed(_words("rebels attacked a convoy")) == 1
    assert cues.actors_needed(_words("the city hosted the summit")) == 2
    assert cues.actors_needed(_words("the town that hosted the fair was attacked")) == 1
    assert cues.actors_needed(_words("nothing happened here today")) is None


def test_cues_select_a_sentence_only_imported_patterns_trigger_with_two_actors() -> None:
    cues = CueIndex.build(index_patterns([_pattern(1, "attack"),
                                          _backoff("host", "042", "eventwire/data/petrarch/verbs.tsv:1")]))
    texts = ["Kenya hosted a trade fair .", "Kenya hosted Uganda .", "Rebels attacked Kenya .",
             "It hosted Uganda ."]
    assert _selected(texts, cues) == (1, 2, 3)


def test_cues_select_a_sentence_whose_actors_are_the_two_countries_named_before() -> None:
    cues = CueIndex.build(index_patterns([_backoff("sign", "057", "eventwire/data/petrarch/verbs.tsv:1")]))
    texts = ["Kenya and Uganda signed a deal .", "The two nations signed another deal .",
             "Later both sides signed a third deal .", "The two clerks signed the deal .", "Clerks signed it ."]
    assert _selected(texts, cues) == (0, 1, 2)


def _selected(texts: list[str], cues: CueIndex) -> tuple[int, ...]:
    doc = spacy.blank("en")(" ".join(texts))
    sentences, hits, start = [], [], 0
    for index, text in enumerate(texts):
        end = start + len(text.split())
        sentences.append(Sentence(index=index, paragraph=0, start=start, end=end, start_char=doc[start].idx,
                                  end_char=doc[end - 1].idx + 1, text=text))
        hits.append([Hit(start=t.i, end=t.i + 1, entries=()) for t in doc[start:end] if t.text in {"Kenya", "Uganda"}])
        start = end
    return select_sentences(doc, sentences, hits, cues, load_lexicon())


def test_inflections_of_verbs_ending_in_a_long_e_or_ie_and_irregular_ones() -> None:
    assert {"freeing", "freed", "frees"} <= inflections("free")
    assert "fleeing" in inflections("flee")
    assert "tying" in inflections("tie") and "tieing" not in inflections("tie")
    assert "voting" in inflections("vote")
    cues = CueIndex.build(index_patterns([_pattern(1, "free")]))
    assert cues.triggered(_words("the militia is freeing its captives"))
    assert {"fell", "fallen"} <= inflections("fall") and {"knew", "known"} <= inflections("know")
