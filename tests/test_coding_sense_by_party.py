"""Event types that turn on who acts or on what is acted on, on sentences of the project's own
wording: people a state seizes are detained (173), not abducted (181); leaving a body or a pact
cuts relations (16), unlike leaving a place (a retreat, 0874); killing people by the hundred or
the thousand is a mass killing (202), not the killing of a few (1823)."""

from __future__ import annotations

import pytest

from coded import coded as _coded
from coded import keeping_undirected
from eventwire.resources import Resources

Coded = list[tuple[str | None, str, str | None]]


@pytest.mark.parametrize(("text", "expected"), [
    # people a state's forces seize are detained (173); armed men outside a state abduct them (181)
    ("Sudanese police seized six Ethiopian traders near the border.", [("SDNCOP", "173", "ETHBUS")]),
    ("Bandits seized six Ethiopian traders near the border.", [("ETHCRM", "181", "ETHBUS")]),
    # people told by their office or a pronoun are people too; goods seized stay confiscated (1711)
    ("Armed men seized a Canadian consul outside his residence in Niamey on Monday.", [("NERREB", "181", "CANGOV")]),
    ("Bandits stopped a bus near Zaria and seized President Musa Adamu, a local leader.",
     [("NGACRM", "181", "NGAGOV")]),
    ("Bandits seized six tonnes of maize near Zaria.", [("NGACRM", "1711", "NGA")]),
])
def test_people_seized_by_a_state_are_detained(resources: Resources, text: str, expected: Coded) -> None:
    assert _coded(resources, text) == expected


def test_people_seized_told_by_a_pronoun_are_abducted(resources: Resources) -> None:
    text = "Six traders were home on Friday, a week after Nigerian bandits seized them near Zaria."
    assert _coded(resources, text) == [("NGACRM", "181", "NGABUS")]


@pytest.mark.parametrize(("text", "expected"), [
    # leaving a court or an organization cuts relations with it (160)
    ("Burundi withdrew on Friday from the International Criminal Court.", [("BDI", "160", "IGOICC")]),
    # leaving a town is a military retreat (0874), kept here though no party is named
    ("Ethiopian troops withdrew from the town of Baidoa.", [("ETHMIL", "0874", None)]),
])
def test_leaving_a_body_cuts_relations(resources: Resources, text: str, expected: Coded) -> None:
    assert _coded(keeping_undirected(resources), text) == expected


@pytest.mark.parametrize(("text", "code"), [
    # hundreds or thousands killed: a mass killing (202)
    ("Militiamen from Sudan killed hundreds of Tamil villagers in Chad last week.", "202"),
    # a few killed: a killing (1823)
    ("Militiamen from Sudan killed four Tamil villagers in Chad last week.", "1823"),
])
def test_killing_by_the_hundred_is_mass_killing(resources: Resources, text: str, code: str) -> None:
    assert [c for _s, c, _t in _coded(resources, text)] == [code]


@pytest.mark.parametrize(("text", "expected"), [
    # armed men storming a building attack it (180); a crowd doing so riots (145)
    ("Masked gunmen stormed the Nigerien embassy in Bamako before dawn on Friday.", [("MLIUAF", "180", "NERGOV")]),
    ("Angry demonstrators stormed the Nigerien embassy in Bamako on Friday.", [("MLICVL", "145", "NERGOV")]),
    ("Gang members stormed the ministry of mines in Bangui overnight.", [("CAFCRM", "180", "CAFGOV")]),
    # troops or rebels marching into a town take it (192); students marching through one demonstrate (141)
    ("Rebel fighters marched into Bunia on Tuesday after government troops fled.", [("CODREB", "192", "COD")]),
    ("Thousands of students marched through Harare on Tuesday.", [("ZWEEDU", "141", "ZWE")]),
])
def test_a_protests_deeds_by_armed_men_are_force(resources: Resources, text: str, expected: Coded) -> None:
    assert _coded(resources, text) == expected


def test_conventions_code_armed_mens_protest_deeds_as_force(resources: Resources) -> None:
    conventions = resources.conventions
    assert conventions.armed("145") == "180"
    assert conventions.armed("1411") == "192"
    assert conventions.armed("143") is None  # a strike by soldiers is no use of force
