"""Pattern matching, content clauses and event attributes on hand-built parses
(eventwire.coding.match, eventwire.coding.predicates, eventwire.attributes): each rule apart from
the statistical parser."""

from __future__ import annotations

from dataclasses import replace
from functools import cache

import pytest

from eventwire import attributes
from eventwire.coding.lexicon import Lexicon, load_lexicon
from eventwire.coding.match import VerbMatches, match_verb
from eventwire.coding.patterns import PatternSet, index_patterns, parse_patterns
from eventwire.coding.predicates import find_predicates
from eventwire.model import Modality
from eventwire.ontology import load_codebook
from eventwire.ontology.conventions import Conventions, load_conventions
from parse_support import parsed

PATTERNS = """id\tcameo\tverb\tobject\ttarget
talks.break\t161\tbreak off\t\t
talks.hold\t043\thold\ttalks\t
sanctions.impose\t163\timpose\tsanctions|arms embargo\t
aid.impose\t010\timpose\t\t
threat.attack\t138\tthreaten>attack|strike\t\t
part.take\t190\ttake part\t\t
refugees.take\t0233\ttake in\t\t
say.say\t010\tsay\t\t
attack.attack\t190\tattack\t\t
reject.reject\t120\treject\tccomp:unfounded|false\t
accuse.accuse\t112\taccuse\t\t
march.march\t141\tmarch\t\t
"""


@cache
def lexicon() -> Lexicon:
    return load_lexicon()


@cache
def conventions() -> Conventions:
    return load_conventions(load_codebook())


@cache
def patterns() -> PatternSet:
    return index_patterns(parse_patterns(PATTERNS, "p.tsv", load_codebook()))


BROKE_OFF = """
Iran Iran PROPN NNP nsubj 1
broke break VERB VBD ROOT 1
off off ADP RP prt 1
talks talk NOUN NNS dobj 1
"""
BROKE = BROKE_OFF.replace("off off ADP RP prt 1", "up up ADP RP prt 1")
HELD_TALKS = """
Iran Iran PROPN NNP nsubj 1
held hold VERB VBD ROOT 1
talks talk NOUN NNS dobj 1
"""
HELD_MEETINGS = HELD_TALKS.replace("talks talk", "meetings meeting")
IMPOSED_EMBARGO = """
Peru Peru PROPN NNP nsubj 1
imposed impose VERB VBD ROOT 1
an a DET DT det 4
arms arm NOUN NNS compound 4
embargo embargo NOUN NN dobj 1
"""
IMPOSED_CURBS = IMPOSED_EMBARGO.replace("embargo embargo", "curbs curb")
THREATENED = """
Iran Iran PROPN NNP nsubj 1
threatened threaten VERB VBD ROOT 1
to to PART TO aux 3
strike strike VERB VB xcomp 1
"""
THREATENED_TO_LEAVE = THREATENED.replace("strike strike", "leave leave")
TOOK_PART = """
Chad Chad PROPN NNP nsubj 1
took take VERB VBD ROOT 1
part part NOUN NN dobj 1
in in ADP IN prep 1
fighting fighting NOUN NN pobj 3
"""
TOOK_IN = """
Chad Chad PROPN NNP nsubj 1
took take VERB VBD ROOT 1
in in ADP RP prt 1
refugees refugee NOUN NNS dobj 1
"""
TOOK_PART_IN = """
Chad Chad PROPN NNP nsubj 1
took take VERB VBD ROOT 1
part part NOUN NN dobj 1
in in ADP IN prep 1
fighting fighting NOUN NN pobj 3
"""
SAID_UNFOUNDED = """
Peru Peru PROPN NNP nsubj 1
rejected reject VERB VBD ROOT 1
claims claim NOUN NNS dobj 1
as as ADP IN prep 1
false false ADJ JJ amod 3
"""
REJECTED_CCOMP = """
Peru Peru PROPN NNP nsubj 1
rejected reject VERB VBD ROOT 1
that that SCONJ IN mark 5
claims claim NOUN NNS nsubj 5
were be AUX VBD ccomp 1
false false ADJ JJ acomp 4
"""


@pytest.mark.parametrize(("table", "verb", "rule"), [
    (BROKE_OFF, 1, "talks.break"),  # a particle the pattern asks for
    (BROKE, 1, None),
    (HELD_TALKS, 1, "talks.hold"),  # an object the pattern asks for
    (HELD_MEETINGS, 1, None),
    (IMPOSED_EMBARGO, 1, "sanctions.impose"),  # a multiword object wins over the bare verb
    (IMPOSED_CURBS, 1, "aid.impose"),
    (THREATENED, 1, "threat.attack"),  # a chain through an open complement
    (THREATENED_TO_LEAVE, 1, None),
    (TOOK_IN, 1, "refugees.take"),
    (TOOK_PART_IN, 1, None),  # "in" with an object of its own after the object is no particle
    (REJECTED_CCOMP, 1, "reject.reject"),  # a complement clause with the adjective asked for
    (SAID_UNFOUNDED, 1, None),
])
def test_match_pattern_constraints(table: str, verb: int, rule: str | None) -> None:
    found, _tried = match_verb(parsed(table)[verb], patterns(), lexicon(), conventions())
    assert (found.pattern.id if found is not None else None) == rule


def test_match_adverb_particles_are_lexicon_data() -> None:
    without_in = replace(lexicon(), adverb_particle=frozenset({"out"}))
    found, _tried = match_verb(parsed(TOOK_PART_IN)[1], patterns(), without_in, conventions())
    assert found is not None and found.pattern.id == "refugees.take"


SAID_ATTACKED = """
Iran Iran PROPN NNP nsubj 1
said say VERB VBD ROOT 1
Chad Chad PROPN NNP nsubj 3
attacked attack VERB VBD ccomp 1
Peru Peru PROPN NNP dobj 3
"""
ATTACKED_SAYING = """
Iran Iran PROPN NNP nsubj 1
attacked attack VERB VBD ROOT 1
Chad Chad PROPN NNP dobj 1
, , PUNCT , punct 1
accusing accuse VERB VBG advcl 1
it it PRON PRP dobj 4
"""
ATTACKED_IF = """
Iran Iran PROPN NNP nsubj 2
will will AUX MD aux 2
attack attack VERB VB ROOT 2
if if SCONJ IN mark 5
Chad Chad PROPN NNP nsubj 5
marches march VERB VBZ advcl 2
"""
ATTACKED_WHETHER = ATTACKED_IF.replace("if if SCONJ", "whether whether SCONJ")


@pytest.mark.parametrize(("table", "rules"), [
    (SAID_ATTACKED, ["say.say"]),  # what was said is part of the speech act (content_clause: 01)
    (ATTACKED_SAYING, ["attack.attack", "accuse.accuse"]),  # an accusation along the way is its own act
    (ATTACKED_IF, ["attack.attack"]),  # a condition belongs to the event it conditions
    (ATTACKED_WHETHER, ["attack.attack", "march.march"]),  # an open question is no condition
])
def test_match_content_clauses(table: str, rules: list[str]) -> None:
    doc = parsed(table)
    found, _misses = find_predicates(list(doc), VerbMatches(patterns(), lexicon(), conventions()), conventions())
    assert [p.pattern.id for p in found] == rules


def test_match_misses_name_the_verb() -> None:
    doc = parsed(HELD_MEETINGS)
    found, misses = find_predicates(list(doc), VerbMatches(patterns(), lexicon(), conventions()), conventions())
    assert found == [] and [(t.text, why) for t, why in misses] == [
        ("held", "'hold' has patterns but none matched its objects/complements")]


WILL = """
Iran Iran PROPN NNP nsubj 2
will will AUX MD aux 2
attack attack VERB VB ROOT 2
"""
GOING = """
Iran Iran PROPN NNP nsubj 2
is be AUX VBZ aux 2
going go VERB VBG ROOT 2
to to PART TO aux 4
attack attack VERB VB xcomp 2
"""
MIGHT = WILL.replace("will will AUX MD", "might might AUX MD")
PLANS = """
Iran Iran PROPN NNP nsubj 1
plans plan VERB VBZ ROOT 1
to to PART TO aux 3
attack attack VERB VB xcomp 1
"""
READY = """
Iran Iran PROPN NNP nsubj 1
is be AUX VBZ ROOT 1
ready ready ADJ JJ acomp 1
to to PART TO aux 4
attack attack VERB VB xcomp 2
"""
ALLEGED = """
Peru Peru PROPN NNP nsubj 1
claimed claim VERB VBD ROOT 1
Iran Iran PROPN NNP nsubj 3
attacked attack VERB VBD ccomp 1
"""
DID_NOT = """
Iran Iran PROPN NNP nsubj 3
did do AUX VBD aux 3
not not PART RB neg 3
attack attack VERB VB ROOT 3
"""
REFUSED = """
Iran Iran PROPN NNP nsubj 1
refused refuse VERB VBD ROOT 1
to to PART TO aux 3
attack attack VERB VB xcomp 1
"""
WITHOUT = """
Iran Iran PROPN NNP nsubj 1
left leave VERB VBD ROOT 1
without without ADP IN prep 1
attacking attack VERB VBG pcomp 2
"""


@pytest.mark.parametrize(("table", "verb", "mode", "negated"), [
    (SAID_ATTACKED, 3, Modality.ASSERTED, False),
    (WILL, 2, Modality.FUTURE, False),
    (GOING, 4, Modality.FUTURE, False),
    (MIGHT, 2, Modality.HYPOTHETICAL, False),
    (PLANS, 3, Modality.INTENT, False),
    (READY, 4, Modality.INTENT, False),
    (ALLEGED, 3, Modality.CLAIM, False),
    (ATTACKED_IF, 5, Modality.HYPOTHETICAL, False),
    (ATTACKED_WHETHER, 5, Modality.HYPOTHETICAL, False),
    (DID_NOT, 3, Modality.ASSERTED, True),
    (REFUSED, 3, Modality.ASSERTED, True),
    (WITHOUT, 3, Modality.ASSERTED, True),
])
def test_attributes_modality_and_negation(table: str, verb: int, mode: Modality, negated: bool) -> None:
    token = parsed(table)[verb]
    assert (attributes.modality(token, lexicon()), attributes.negated((token,), lexicon())) == (mode, negated)


def test_attributes_claim_noun_holds_its_clause() -> None:
    doc = parsed("""
    Peru Peru PROPN NNP nsubj 1
    denied deny VERB VBD ROOT 1
    reports report NOUN NNS dobj 1
    that that SCONJ IN mark 5
    Iran Iran PROPN NNP nsubj 5
    attacked attack VERB VBD acl 2
    """)
    claim = attributes.claim_noun(doc[5], lexicon())
    assert claim is not None and claim.text == "reports"
    assert attributes.claim_noun(doc[1], lexicon()) is None


def test_match_content_clauses_are_a_conventions_column() -> None:
    doc = parsed(SAID_ATTACKED)
    without = replace(conventions(), content={})
    found, _misses = find_predicates(list(doc), VerbMatches(patterns(), lexicon(), conventions()), without)
    assert [p.pattern.id for p in found] == ["say.say", "attack.attack"]
