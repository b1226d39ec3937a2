"""Mutual acts (eventwire.coding.coder): co-actors acting on each other are one event, the first-named
as source, marked `+mutual`; with `pairs` once per pair of parties (sentences written for these tests)."""

from __future__ import annotations

from dataclasses import replace

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
])
def test_mutual_act_is_coded_once(resources: Resources, text: str,
                                  expected: list[tuple[str, str, str, bool]]) -> None:
    assert _events(resources, text) == expected


THREE = "Marines from Chile, Peru and Ecuador began a joint military exercise off Valparaiso on Monday."


def test_mutual_act_of_three_is_one_event_with_every_party(resources: Resources) -> None:
    [event] = code(THREE, published=PUBLISHED, resources=resources)
    assert (_code(event.source), event.cameo, _code(event.target)) == ("CHLMIL", "062", "PERMIL")
    assert [_code(m) for m in event.also_sources] == [_code(m) for m in event.also_targets] == ["ECUMIL"]


def test_mutual_act_with_pairs_is_coded_once_per_unordered_pair(resources: Resources) -> None:
    # one record per unordered pair, not six
    assert _events(replace(resources, pairs=True), THREE) == [
        ("CHLMIL", "062", "PERMIL", True), ("CHLMIL", "062", "ECUMIL", True), ("PERMIL", "062", "ECUMIL", True)]


@pytest.mark.parametrize(("text", "expected"), [
    # two parties acting on a third: one act of both (France in `also_sources`), not mutual
    ("Britain and France condemned the missile test carried out by Iran on Sunday.",
     [("GBR", "111", "IRN", False)]),
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
