"""Second events of a sentence whose side lies in the clause they hang from, on sentences of the
suite's own wording: a threat told as what the threatener will do, its condition in that clause; a
judgement passed on a noun summing up a charge ("..., a charge X denied"), aimed at its author."""

from __future__ import annotations

import pytest

from coded import coded as _coded
from eventwire.resources import Resources


@pytest.mark.parametrize(("text", "expected"), [
    # "warned that they would act unless X ...": the condition of the threatener's own clause
    # names whoever must comply
    ("Ghanaian ministers warned on Monday that they would act unless Lome stopped arming the Beninese smugglers.",
     [("GHAGOV", "130", "TGOGOV")]),
])
def test_second_threat_condition_in_the_threateners_own_clause(resources: Resources, text: str,
                                                               expected: list[tuple[str, str, str]]) -> None:
    assert _coded(resources, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the noun summing up the charge taken for the participle's object: the deed's author is the
    # subject of the nearest clause above with one of its own
    ("Gabon also accused Cameroonian gendarmes of shooting at fishermen near the river port last month, "
     "killing two, a charge Yaounde denied.",
     [("GAB", "112", "CMRCOP"), ("CMRGOV", "016", "GAB")]),
    # a charge summed up after a relative clause inside it: "that" is no author, and the rejection
    # is an act of its own, not part of what the accusation says
    ("Niger accused Chad of financing the convoy that ambushed Colonel Ali Saley, an accusation N'Djamena "
     "flatly rejected.",
     [("NER", "112", "TCD"), ("TCDGOV", "016", "NER")]),
])
def test_second_judgement_of_a_summed_up_charge(resources: Resources, text: str,
                                                expected: list[tuple[str, str, str]]) -> None:
    assert _coded(resources, text) == expected
