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
