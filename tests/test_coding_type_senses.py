"""Event types that turn on the words around the verb, on sentences of the project's own wording:
a flight to a place is a visit unless something is flown (then the object decides), a flight over
a country is a show of force, drills held with another country's forces are military cooperation,
leaving an arbitration halts mediation, and food flown in is humanitarian aid."""

from __future__ import annotations

import pytest

from coded import coded as _coded
from eventwire.resources import Resources

Coded = list[tuple[str | None, str, str | None]]


@pytest.mark.parametrize(("text", "expected"), [
    # a leader flying to a capital visits its government (042), not an intent to meet (036)
    ("Ghana's president flew to Abuja on Thursday with a small delegation.", [("GHAGOV", "042", "NGAGOV")]),
    # what is flown decides: troops are a deployment (154), food is humanitarian aid (073)
    ("Egypt flew two battalions of troops to the Libyan frontier overnight.", [("EGY", "154", "LBY")]),
    ("Qatar flew tents and blankets to Afghanistan after the earthquake.", [("QAT", "073", "AFG")]),
])
def test_senses_flight_is_a_visit_unless_something_is_flown(resources: Resources, text: str, expected: Coded) -> None:
    assert _coded(resources, text) == expected


def test_senses_people_flown_somewhere_make_no_visit(resources: Resources) -> None:
    # a passive "were flown to" carries people: no visit by anyone
    events = _coded(resources, "Eleven wounded Malian soldiers were flown to Dakar by a Senegalese air force plane.")
    assert all(c != "042" for _s, c, _t in events), events


def test_senses_flight_over_a_country_is_a_show_of_force(resources: Resources) -> None:
    events = _coded(resources, "Turkish fighter jets flew over Greek islands in the Aegean on Friday.")
    assert [(s, c) for s, c, _t in events] == [("TURMIL", "150")]


@pytest.mark.parametrize(("text", "expected"), [
    # drills held "with" forces of another country are held jointly: military cooperation (062)
    ("Indian warships held drills with the Vietnamese navy in the South China Sea this week.",
     [("INDMIL", "062", "VNMMIL")]),
    # drills held alone, or "with" a weapon, show force (150), aimed at the neighbour whose border
    # they are held near (an act of force naming no target is aimed at the other party named)
    ("Iranian troops held a drill with live ammunition near the Iraqi border.", [("IRNMIL", "150", "IRQ")]),
])
def test_senses_drills_with_a_partner_are_cooperation(resources: Resources, text: str, expected: Coded) -> None:
    assert _coded(resources, text) == expected


def test_senses_leaving_an_arbitration_halts_mediation(resources: Resources) -> None:
    events = _coded(resources, "Peru withdrew from the arbitration over the maritime boundary with Chile in 2012.")
    assert events == [("PER", "165", "CHL")]


def test_senses_food_airlifted_is_humanitarian_aid(resources: Resources) -> None:
    events = _coded(resources, "The World Food Programme is airlifting biscuits into flood-hit Bangladesh this week.")
    assert [(c, t) for _s, c, t in events] == [("073", "BGD")]

