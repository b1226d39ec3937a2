"""Readings of the imported base layer kept to their sense, on sentences of the project's own
wording: an imported pattern's object word is what the verb acts on, not the noun of a phrase of
where the act went or happened; verbs of deciding and voting name no act of their own; relying on
something is no appeal; ordering one's own police or forces is no show of force; an object that gives a
verb another sense (a price asked, a pledge kept) leaves its back-off uncoded; holding an election is no
intent to change leadership."""

from __future__ import annotations

import pytest

from coded import coded as _coded
from eventwire.resources import Resources


@pytest.mark.parametrize(("text", "expected"), [
    # the object of a phrase of destination or of scene is no object word of an imported pattern
    ("Thousands of villagers from Ruritania fled to camps across the border in Chad last month.", []),
    ("Fishermen from Ghana gathered outside a navy base in Togo to wait for news.", []),
    # deciding or voting names no act: what is decided or voted is coded, where a pattern names it
    ("The Council of Europe voted on Thursday to suspend the delegation of Serbia until a date for elections is set.",
     []),
    ("The tribunal determined the border with Uganda in 2012.", []),
    # counting on a loan is relying on it, no appeal to its lender
    ("Zambia had been counting on a loan from China to pay its debts.", []),
    # ordering or commanding one's own police or forces names no show of force or alert
    ("Peru's president ordered the police to clear the roads blocked by miners from Bolivia.", []),
    ("Chile's president commanded security forces to leave the streets of Santiago after talks with Argentina.", []),
    # an object that gives the verb a sense its synonym block lacks: a price asked is no accusation,
    # keeping a pledge no praise
    ("Tanzanian border guards were charging Kenyan traders a levy at the crossing.", []),
    ("Zimbabwean officials charged Zambian truckers a toll at the bridge.", []),
    ("Ugandan guards raised a flag over the post and were charging Kenyan fishermen a levy.",
     [("UGA", "017", "KENAGR")]),
    ("Ghana expects Togo to honor its commitments under the border accord.", []),
    # holding an election is no intent to change leadership
    ("Zambia holds presidential elections in August, and Malawi's parties are still negotiating a coalition.",
     [("MWIPTY", "046", "MWIPTY")]),
])
def test_base_layer_senses(resources: Resources, text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _coded(resources, text) == expected
