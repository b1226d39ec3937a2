"""An appeal made along the way, in a participle or purpose clause with no subject of its own hung
from a deed and naming whom it asks and what ("travelled to Moscow to urge Russia to ..."), is an
act of its own; beside a protest it is what the protesters want. A participle set off by a comma
that the parser hung from an embedded passive with no agent tells what the subject of the clause
above did. Sentences of the suite's own wording."""

from __future__ import annotations

from coded import coded
from eventwire.resources import Resources


def test_appeal_along_a_trip_is_an_act_of_its_own(resources: Resources) -> None:
    text = "Serbia's president travelled to Moscow on Monday to urge Russia to keep gas flowing."
    events = coded(resources, text)
    assert ("SRBGOV", "020", "RUS") in events
    assert ("SRBGOV", "042", "RUSGOV") in events


def test_what_marchers_ask_stays_the_protests_purpose(resources: Resources) -> None:
    text = "Thousands of Kenyan teachers marched in Nairobi on Monday, urging the education minister to resign."
    assert [cameo for _s, cameo, _t in coded(resources, text) if not cameo.startswith("14")] == []


def test_participle_under_an_agentless_embedded_passive_tells_of_the_clause_above(resources: Resources) -> None:
    text = "Serbia's president insisted the bridge would be reopened soon, accusing Kosovo of stalling."
    assert ("SRBGOV", "112", "XKX") in coded(resources, text)
