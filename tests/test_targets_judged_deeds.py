"""A noun set beside a clause to sum up its deed ("..., a move Lima condemned", "..., a charge Lome
denies") and judged by a relative clause: the judgement is aimed at whoever did the deed, the
clause's subject (eventwire.coding.noun_targets.judged_deed; lexicon.tsv `act_noun`, `claim_noun`).
Texts written for these tests."""

from __future__ import annotations

import pytest

from coded import coded
from eventwire.resources import Resources


@pytest.mark.parametrize(("text", "judgement"), [
    ("Chile deported 30 migrants to Peru on Monday, a move the Peruvian government condemned.",
     ("PERGOV", "111", "CHL")),
    ("Ghana accused Togo of sheltering the plotters, a charge Lome has denied.", ("TGOGOV", "016", "GHA")),
    ("Iran seized a tanker in the Gulf, a step that Britain condemned.", ("GBR", "111", "IRN")),
])
def test_targets_judged_deed_aimed_at_its_doer(resources: Resources, text: str,
                                               judgement: tuple[str, str, str]) -> None:
    assert judgement in coded(resources, text)


def test_targets_relative_clause_on_a_person_is_not_a_judged_deed(resources: Resources) -> None:
    # "a leader" names a person, not a deed: Eritrea's praise is not aimed at Kenya, the host.
    events = coded(resources, "Kenya hosted Abiy, a leader whom Eritrea praised.")
    assert [e for e in events if e[0] == "ERI" and e[2] == "KEN"] == []
