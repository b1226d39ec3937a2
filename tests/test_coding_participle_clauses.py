"""A participle clause telling how or with what result an act was done belongs to that act
("opened fire, killing two"), but a relative or adverbial clause inside it with a subject of its
own tells another actor's act, coded on its own. Sentences of the project's own wording."""

from __future__ import annotations

import pytest

from coded import coded
from eventwire.resources import Resources


@pytest.mark.parametrize(("text", "event"), [
    # a relative clause on a noun set beside the participle's object
    ("Moldova expelled two Russian diplomats on Monday, citing espionage, a decision the Kremlin called unacceptable.",
     ("RUSGOV", "111", "MDA")),
    # an adverbial clause of the same time inside the participle
    ("Police in Lima fired tear gas into the crowd, injuring dozens, as protesters hurled stones at the congress "
     "building.", ("PERCVL", "145", "PER")),
])
def test_coding_participle_clause_keeps_inner_acts_of_other_actors(resources: Resources, text: str,
                                                                   event: tuple[str, str, str]) -> None:
    assert event in coded(resources, text)


def test_coding_participle_clause_keeps_what_is_demanded_in_it(resources: Resources) -> None:
    # what the marchers demand is the protest's purpose, not an act of the minister
    text = "Thousands of Kenyan teachers marched in Nairobi on Monday, demanding that the education minister resign."
    assert [cameo for _s, cameo, _t in coded(resources, text) if not cameo.startswith("14")] == []
