"""Force a state's police or forces use on people protesting or gathering, or on their gathering,
is violent repression (CAMEO 175), not an assault (18) or a battle (19); armed men outside a
state who do the same assault them, and people a state seizes stay detained (173). Sentences of
the project's own wording."""

from __future__ import annotations

from datetime import date

import pytest

from coded import coded as _coded
from coded import keeping_undirected
from eventwire.pipeline import code
from eventwire.resources import Resources

Coded = list[tuple[str | None, str, str | None]]
WHEN = date(2021, 3, 9)


@pytest.mark.parametrize(("text", "expected"), [
    # a rally a state's troops storm: repression; a barracks they storm: military force
    ("Ugandan soldiers stormed an opposition rally in Kampala, witnesses said.", [("UGAMIL", "175", "UGA")]),
    ("Ugandan soldiers stormed an army barracks in Kampala, witnesses said.", [("UGAMIL", "190", "UGA")]),
    # people beaten where they had gathered: repression; the same people beaten elsewhere: an assault
    ("Police in Lima clubbed students who had gathered outside parliament.", [("PERCOP", "175", "PEREDU")]),
    ("Police in Lima clubbed students in their dormitories.", [("PERCOP", "182", "PEREDU")]),
])
def test_a_states_force_on_protesters_is_repression(resources: Resources, text: str, expected: Coded) -> None:
    assert _coded(resources, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # armed men outside a state fire on protesters: no repression, which only a state does
    ("Rebels opened fire on protesters in Goma on Sunday.", [("CODREB", "193", "CODCVL")]),
    # people a state seizes where they had gathered are detained (173), not repressed
    ("Police in Lima seized students who had gathered outside parliament.", [("PERCOP", "173", "PEREDU")]),
    # a month named like a protest word is no gathering: sealing a border stays a blockade (191)
    # (kept here though no other party is named)
    ("Tanzania sealed its land border in March to slow the spread of cholera.", [("TZA", "191", None)]),
])
def test_repression_is_a_states_force(resources: Resources, text: str, expected: Coded) -> None:
    assert _coded(keeping_undirected(resources), text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a state's force used during or amid a gathering is used on the people gathered, whoever it names as hit
    ("In 2016, Kenyan police shot dead a teacher during a march over land rights in Nairobi.", ("KEN", "175", "KEN")),
    ("Ugandan soldiers killed nine people amid the riots that followed the vote.", ("UGA", "175", "UGA")),
    # armed men outside a state do no repression there either
    ("Rebels shot dead two farmers during a protest in the north of Chad.", ("TCD", "193", "TCD")),
])
def test_a_states_force_during_a_gathering_is_repression(resources: Resources, text: str,
                                                        expected: tuple[str, str, str]) -> None:
    assert [(e.source.actor.country if e.source else None, e.cameo, e.target.actor.country if e.target else None)
            for e in code(text, published=WHEN, resources=resources)] == [expected]


def test_conventions_code_a_states_force_on_protest_as_repression(resources: Resources) -> None:
    conventions = resources.conventions
    assert conventions.on_protest("1823") == "175"  # a killing
    assert conventions.on_protest("193") == "175"  # fire from small arms
    assert conventions.on_protest("173") is None  # an arrest stays one
    assert conventions.on_protest("202") is None  # mass killing keeps its code
