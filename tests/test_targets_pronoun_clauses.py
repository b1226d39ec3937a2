"""An object "it" or "them" whose clause hangs from another clause refers to the nearest subject of
those clauses that names another actor and agrees in number (eventwire.coding.targets
._other_clause_subject); "him" and "her" name persons and never take a clause's state. Texts written
for these tests."""

from __future__ import annotations

import pytest

from coded import coded
from eventwire.resources import Resources


@pytest.mark.parametrize(("text", "event"), [
    ("Chinese and Russian bombers flew near the Japanese coast on Tuesday, and Japan scrambled jets to "
     "shadow them.", ("JPN", "150", "CHNMIL")),
    ("Two Turkish jets shot down a Syrian helicopter after Syrian gunners fired a missile at them.",
     ("SYR", "195", "TURMIL")),
])
def test_targets_pronoun_takes_another_clause_subject(resources: Resources, text: str,
                                                      event: tuple[str, str, str]) -> None:
    assert event in coded(resources, text)


def test_targets_person_pronoun_is_not_a_clause_state(resources: Resources) -> None:
    # "him" is the extradited man, not Chile, the subject of the clause the arrest hangs from.
    events = coded(resources, "Chile extradited a cartel boss to Peru on Friday, a month after police "
                              "caught him at a farm near Arica.")
    assert [e for e in events if e[1] == "173" and e[2] == "CHL"] == []


@pytest.mark.parametrize("text", [
    "A Danish court fined six Estonian sailors on Monday, a week after Danish police seized them at sea.",
    "A Peruvian court on Monday charged six Chilean fishermen and sailors with poaching, three days after "
    "Peruvian police detained them off the coast, officials said.",
])
def test_targets_pronoun_takes_an_earlier_clause_object(resources: Resources, text: str) -> None:
    # "them" are the people the court dealt with, the object named before it, not the court itself
    # nor the officials named as speakers after it.
    events = coded(resources, text)
    police = [e for e in events if e[0] in {"DNKCOP", "PERCOP"}]
    assert police and all(e[2] in {"ESTMIL", "CHLAGR"} for e in police)


def test_targets_person_pronoun_is_the_person_named_before_a_later_speaker(resources: Resources) -> None:
    # "him" is the NATO chief telephoned first, not the spokesman the sentence names after it.
    events = coded(resources, "Chile's president telephoned NATO chief Jens Stoltenberg on Monday and asked "
                              "him to send observers, a government spokesman said.")
    assert ("CHLGOV", "0234", "IGONATO") in events
