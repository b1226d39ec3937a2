"""Criticism an act draws from another party ("..., a move that drew criticism from X",
"..., drawing a rebuke from X"): X criticizes the act's author. Sentences of the project's own
wording."""

from __future__ import annotations

import pytest

from coded import coded
from eventwire.resources import Resources


@pytest.mark.parametrize(("text", "event"), [
    # a noun standing for the act, with a relative clause drawing the reaction
    ("Honduras reopened its embassy in Taipei last spring, a step that drew angry criticism from China.",
     ("CHN", "111", "HND")),
    # a participle added to the act's clause
    ("Panama's congress voted on Friday to expel the Cuban ambassador, drawing a stern rebuke from Havana.",
     ("CUBGOV", "111", "PANLEG")),
])
def test_coding_reactions_criticism_drawn_is_criticism_of_the_author(resources: Resources, text: str,
                                                                     event: tuple[str, str, str]) -> None:
    assert event in coded(resources, text)


@pytest.mark.parametrize("text", [
    # praise is no criticism
    "Honduras reopened its embassy in Taipei last spring, a step that drew warm praise from the United States.",
    # no party named as reacting
    "Honduras reopened its embassy in Taipei last spring, a step that drew wide criticism.",
])
def test_coding_reactions_no_criticism_without_a_critic(resources: Resources, text: str) -> None:
    assert all(cameo != "111" for _s, cameo, _t in coded(resources, text))
