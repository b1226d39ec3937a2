"""Mutual acts (eventwire.coding.coder): co-actors acting on each other are coded once per pair of
parties, the first-named as source, and marked `+mutual` (sentences written for these tests)."""

from __future__ import annotations

import pytest

from coded import PUBLISHED
from coded import actor_code as _code
from eventwire.coding.events import MUTUAL_SUFFIX
from eventwire.explain import explain
from eventwire.pipeline import code
from eventwire.resources import Resources


def _events(resources: Resources, text: str) -> list[tuple[str | None, str, str | None, bool]]:
    return [(_code(e.source), e.cameo, _code(e.target), e.rule.endswith(MUTUAL_SUFFIX))
            for e in code(text, published=PUBLISHED, resources=resources)]


@pytest.mark.parametrize(("text", "expected"), [
    # two parties: one record, the first-named as source
    ("Peru and Bolivia signed a water-sharing treaty in La Paz on Thursday.", [("PER", "057", "BOL", True)]),
    ("Bolivia and Peru signed a water-sharing treaty in La Paz on Thursday.", [("BOL", "057", "PER", True)]),
    ("Ghana and Togo held talks on border security in Lome on Tuesday.", [("GHA", "040", "TGO", True)]),
    # three parties: one record per unordered pair, not six
    ("Marines from Chile, Peru and Ecuador began a joint military exercise off Valparaiso on Monday.",
     [("CHLMIL", "062", "PERMIL", True), ("CHLMIL", "062", "ECUMIL", True), ("PERMIL", "062", "ECUMIL", True)]),
])
def test_mutual_act_is_coded_once_per_pair(resources: Resources, text: str,
                                           expected: list[tuple[str, str, str, bool]]) -> None:
    assert _events(resources, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # two parties acting on a third: one act of each, neither mutual
    ("Britain and France condemned the missile test carried out by Iran on Sunday.",
     [("GBR", "111", "IRN", False), ("FRA", "111", "IRN", False)]),
    # one party acting on another: no mutual act, whatever the code
    ("Ghana held talks with Togo on border security on Tuesday.", [("GHA", "040", "TGO", False)]),
])
def test_mutual_act_only_between_co_actors(resources: Resources, text: str,
                                           expected: list[tuple[str, str, str, bool]]) -> None:
    assert _events(resources, text) == expected


def test_mutual_act_is_shown_by_explain(resources: Resources) -> None:
    [sentence] = explain("Peru and Bolivia signed a water-sharing treaty in La Paz on Thursday.", resources,
                         published=PUBLISHED)
    assert [m.rule for m in sentence.events] == [f"support.sign_agreement{MUTUAL_SUFFIX}"]
