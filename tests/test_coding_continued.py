"""An act on another party that names no target of its own, told in a clause going on from
another act of the same actor (a participle clause added to it, a verb coordinated with it and
sharing its subject), is done to that act's target; a clause with a subject of its own is
another actor's act. Sentences of the project's own wording."""

from __future__ import annotations

import pytest

from coded import coded
from eventwire.coding.continued import continued_verb
from eventwire.resources import Resources
from parse_support import parsed

# "Chad closed the border, accusing Sudan": the participle clause hangs from the verb it adds to
PARTICIPLE = """
Chad Chad PROPN NNP nsubj 1
closed close VERB VBD ROOT 1
the the DET DT det 3
border border NOUN NN dobj 1
, , PUNCT , punct 1
accusing accuse VERB VBG advcl 1
"""
# "Chad closed the border and Sudan protested": a coordinated clause with a subject of its own
OWN_SUBJECT = """
Chad Chad PROPN NNP nsubj 1
closed close VERB VBD ROOT 1
the the DET DT det 3
border border NOUN NN dobj 1
and and CCONJ CC cc 1
Sudan Sudan PROPN NNP nsubj 6
protested protest VERB VBD conj 1
"""
# "Chad closed the border after accusing Sudan": a participle with a mark tells when, not a second act
MARKED = """
Chad Chad PROPN NNP nsubj 1
closed close VERB VBD ROOT 1
the the DET DT det 3
border border NOUN NN dobj 1
after after SCONJ IN mark 5
accusing accuse VERB VBG advcl 1
"""


@pytest.mark.parametrize(("table", "verb", "expected"), [
    (PARTICIPLE, 5, 1),
    (OWN_SUBJECT, 6, None),
    (MARKED, 5, None),
])
def test_continued_verb(table: str, verb: int, expected: int | None) -> None:
    found = continued_verb(parsed(table)[verb])
    assert (found.i if found is not None else None) == expected


@pytest.mark.parametrize(("text", "event"), [
    # a participle clause after the act: the accused are those the first act was done to
    ("Nigeria's navy seized a Greek tanker off Bonny on Monday, accusing its crew of stealing crude oil.",
     ("NGAMIL", "112", "GRCBUS")),
    # a verb coordinated with the act, sharing its subject
    ("Morocco summoned Spain's ambassador on Tuesday and demanded an explanation.", ("MAR", "100", "ESPGOV")),
])
def test_coding_continued_act_takes_the_target_of_the_act_it_goes_on_from(resources: Resources, text: str,
                                                                          event: tuple[str, str, str]) -> None:
    assert event in coded(resources, text)


def test_coding_continued_clause_with_its_own_subject_lends_nothing(resources: Resources) -> None:
    # the parliament is another actor: Spain is not whom it asked, as far as the sentence tells
    text = "Morocco summoned Spain's ambassador on Tuesday, and its parliament demanded an explanation."
    assert [cameo for _s, cameo, _t in coded(resources, text)] == ["114"]
