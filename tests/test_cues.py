"""The pre-filter's cue index: a sentence triggers when it holds a pattern verb's form and, if
every pattern of that verb needs an object or complement word, one of those words; the index
keeps one entry per surface form however many patterns share a verb."""

from __future__ import annotations

from eventwire.coding.cues import CueIndex
from eventwire.coding.patterns import ObjectSpec, PatternSet, Step, VerbPattern, index_patterns


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
