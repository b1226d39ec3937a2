"""A demonym, a place noun and "of" with a name ("the Lebanese port of Tyre") names the demonym's
state, as a target or a source, whatever the name resolves to (eventwire.actors.resolve). Texts
written for these tests."""

from __future__ import annotations

import pytest

from coded import coded
from eventwire.resources import Resources


@pytest.mark.parametrize(("text", "event"), [
    ("Israel bombed the Lebanese port of Tyre on Monday.", ("ISR", "195", "LBN")),
    ("Russia shelled the Ukrainian peninsula of Crimea overnight.", ("RUS", "194", "UKR")),
    ("Iran seized the Emirati island of Abu Musa in 1971.", ("IRN", "192", "ARE")),
    ("Armenia shelled the Azerbaijani region of Nagorno-Karabakh.", ("ARM", "194", "AZE")),
])
def test_actor_demonym_place_of_name_is_the_state(resources: Resources, text: str,
                                                  event: tuple[str, str, str]) -> None:
    assert event in coded(resources, text)
