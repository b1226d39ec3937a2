"""A judgment of an act is aimed at who did it (eventwire.coding.targets): the `by` agent of the
object comes before the people the act was done to, also when the parser hung the agent on the
verb. Sentences written for these tests."""

from __future__ import annotations

import pytest

from coded import coded, keeping_undirected
from eventwire.resources import Resources


@pytest.mark.parametrize(("text", "expected"), [
    # the release the noun tells is its "by" agent's act of its own (data/verbs/nouns.tsv, @owner)
    ("Seoul welcomed the release of South Korean fishermen by North Korea.",
     [("KORGOV", "051", "PRK"), ("PRK", "0841", "KORAGR")]),
    ("The United Nations condemned the killing of Afghan civilians by NATO troops.",
     [("IGOUNO", "111", "IGONATO")]),
    # "by Turkish police" parsed as a phrase of the verb: still the author of the arrest
    ("Greece criticized the arrest of Greek journalists by Turkish police.", [("GRC", "111", "TURCOP")]),
])
def test_targets_author_of_the_object_act(resources: Resources, text: str,
                                          expected: list[tuple[str, str, str | None]]) -> None:
    assert coded(resources, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the source's own troops as authors are passed over: whom they harmed is the target
    ("Germany apologised for the killing of Polish civilians by German troops.", [("DEU", "055", "POLCVL")]),
    # a passive verb's `by` phrase is its own agent, not the object's
    ("Two Kenyan fishermen were detained by Ugandan police.", [("UGACOP", "173", "KENAGR")]),
])
def test_targets_author_rule_keeps_other_targets(resources: Resources, text: str,
                                                 expected: list[tuple[str, str, str | None]]) -> None:
    assert coded(resources, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # whom the charge names is a bystander: no target rather than a wrong one
    ("The Kenyan president accused the main opposition party of plotting with Uganda.",
     [("KENGOV", "112", None)]),
    # the accused named in full stays the target
    ("Kenya accused Uganda of plotting with the rebels.", [("KEN", "112", "UGA")]),
])
def test_targets_actor_inside_a_charge_is_no_target(resources: Resources, text: str,
                                                    expected: list[tuple[str, str, str | None]]) -> None:
    resources = keeping_undirected(resources)
    assert coded(resources, text) == expected


def test_targets_clause_of_a_describing_adjective_still_names_the_target(resources: Resources) -> None:
    # "capable of ...": what the units are capable of is aimed at whom the whole act is
    text = "Russia has trained special units capable of carrying out attacks against Ukraine, the Ukrainian army said."
    assert [(source, target) for source, _code, target in coded(resources, text)] == [("RUS", "UKR")]
