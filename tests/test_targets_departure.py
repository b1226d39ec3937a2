"""A withdrawal is aimed at where the forces leave (conventions.tsv `departure`, lexicon.tsv
`departure_preposition`), before the forces withdrawn, which are the source's own whatever they are
called. Sentences written for these tests."""

from __future__ import annotations

import pytest

from coded import coded
from eventwire.ontology.codebook import load_codebook
from eventwire.ontology.conventions import TargetSearch, load_conventions
from eventwire.resources import Resources


@pytest.mark.parametrize(("text", "expected"), [
    # the source names no country: the forces' owner is no target, the place left is
    ("General Ivanov completed the withdrawal of Moscow's forces from Mongolia.", [("0874", "MNG")]),
    ("Moscow completed the pullout of Russian units from Georgia on Friday.", [("0874", "GEO")]),
    # a promise to withdraw is aimed at where the forces are to leave, named by "out of" too
    ("Canada promised on Monday to pull its engineers out of Haiti by June.", [("0356", "HTI")]),
])
def test_targets_withdrawal_is_aimed_at_where_forces_leave(resources: Resources, text: str,
                                                           expected: list[tuple[str, str | None]]) -> None:
    assert [(code, target) for _source, code, target in coded(resources, text)] == expected


def test_targets_departure_search_by_code() -> None:
    conventions = load_conventions(load_codebook())
    assert conventions.target_search("0874") == TargetSearch.DEPARTURE
    assert conventions.target_search("0356") == TargetSearch.DEPARTURE  # the intention to withdraw
    assert conventions.target_search("0841") is None  # a release is aimed at whom it frees
