"""Verbs and senses of wire copy, on sentences of the project's own wording: ships sunk, missiles
slamming into sites, people seized, things ruled out, tips and suspects passed to another party,
envoys ordered home, forgiveness asked, and phrasal verbs whose object follows "out of"."""

from __future__ import annotations

import pytest

from coded import coded as _coded
from coded import coded_pairs, keeping_undirected
from eventwire.resources import Resources


@pytest.mark.parametrize(("text", "expected"), [
    # a ship sunk by another side's forces is an attack on the ship's flag
    ("Ecuadorian warships sank a Peruvian patrol boat on Tuesday.", [("ECUMIL", "190", "PER")]),
    # missiles slamming into a site strike it; "slam" is no criticism there
    ("Russian rockets slammed into a power station in Kharkiv, Ukraine, on Sunday.", [("RUS", "195", "UKR")]),
    # soldiers killed in a clash with another side fought it
    ("Ten Armenian soldiers died in a clash with Azerbaijani troops near the frontier.",
     [("ARMMIL", "190", "AZEMIL")]),
    # so do those told killed, in the passive, in a firefight with it
    ("Two Malian soldiers were killed in a firefight with jihadists on Friday.", [("MLIMIL", "190", "MLIREB")]),
    # a passive of harm with no clash names no source
    ("Two Malian soldiers were killed near Gao on Friday.", []),
])
def test_wire_force_verbs(resources: Resources, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _coded(resources, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # people seized by gunmen are abducted (181), not confiscated like goods (1711)
    ("Gunmen in Nigeria seized a dozen Chinese engineers on Monday.", [("NGAREB", "181", "CHNCVL")]),
    ("Venezuela seized two Guyanese fishing boats.", [("VEN", "1711", "GUY")]),
    # people named by occupation are people too
    ("Gunmen in Cameroon seized two Nigerian teachers on Monday.", [("CMRREB", "181", "NGAEDU")]),
    ("Somali militants seized a Kenyan priest near the border on Friday.", [("SOMREB", "181", "KENREL")]),
])
def test_wire_seized_people_are_abducted(resources: Resources, text: str,
                                         expected: list[tuple[str, str, str]]) -> None:
    assert _coded(resources, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # ruling out what a party could grant is a rejection
    ("Tunisia ruled out any pardon for the jailed Libyan officers.", [("TUN", "120", "LBY")]),
    # ruling out a cause of death is no event
    ("Indian police ruled out foul play in the death of the Nepali diplomat.", []),
])
def test_wire_ruling_out(resources: Resources, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _coded(resources, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a tip to another party's police shares intelligence
    ("Jordanian intelligence tipped off Belgian police about a planned bombing.", [("JORSPY", "064", "BELCOP")]),
    # a wanted person handed to another party's authorities is judicial cooperation
    ("Pakistani officers handed the suspected bomber to Afghan authorities on Friday.", [("PAK", "063", "AFGGOV")]),
    # an envoy ordered home is recalled
    ("Chile ordered its ambassador home from Caracas.", [("CHL", "161", "VENGOV")]),
    # asking another to forgive a wrong apologizes to it
    ("The Polish president asked Ukrainians to forgive the wartime massacres.", [("POLGOV", "055", "UKR")]),
])
def test_wire_cooperation_and_envoys(resources: Resources, text: str,
                                     expected: list[tuple[str, str, str]]) -> None:
    assert _coded(resources, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "out" parsed as a preposition: the object follows "of", and so does the target
    ("Nicaragua pulled out of the regional defence pact on Monday.", [("NIC", "160", None)]),
    ("Peru pulled out of the talks with Chile on Friday.", [("PER", "164", "CHL")]),
    ("Syrian troops pulled out of the Lebanese town of Zahle.", [("SYRMIL", "0874", "LBN")]),
])
def test_wire_objects_after_out_of(resources: Resources, text: str,
                                   expected: list[tuple[str, str, str | None]]) -> None:
    resources = keeping_undirected(resources)
    assert _coded(resources, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # hours or days given to act, or a time until which to act, are an ultimatum
    ("Turkey gave Sweden 48 hours to expel the activists.", [("TUR", "139", "SWE")]),
    ("Peru's president gave the guerrillas until Friday to leave the jungle camps.", [("PERGOV", "139", "PERREB")]),
    # the time given parsed as a noun of measure beside the object
    ("The African Union gave Mali's junta one week to free the ousted president.", [("IGOAU", "139", "MLIGOVMIL")]),
])
def test_wire_time_limits_are_ultimatums(resources: Resources, text: str,
                                         expected: list[tuple[str, str, str]]) -> None:
    assert _coded(resources, text) == expected


def test_wire_means_of_travel_is_no_object(resources: Resources) -> None:
    # "by helicopter" says how the president came: no helicopter was delivered
    text = "The Brazilian president flew in by helicopter to negotiate with the striking miners."
    assert _coded(resources, text) == [("BRAGOV", "046", "BRALAB")]


def test_wire_means_of_talking_still_counts(resources: Resources) -> None:
    # the means of a call is what the phone-call pattern names, phrase of means or not
    assert _coded(resources, "The Kenyan and Ugandan presidents talked by video link.") == [
        ("KENGOV", "041", "UGAGOV")]


@pytest.mark.parametrize(("text", "expected"), [
    # forces sent to help another party protect it (an intent to, when told as future)
    ("Rwanda said it would send 500 police officers to help restore order in Mozambique.", [("RWA", "0334", "MOZ")]),
    ("The Kenyan army deployed troops to support the Somali army against al-Shabab.", [("KENMIL", "074", "SOMMIL")]),
    # forces sent to guard or defend another party protect it; where they go is whom they protect
    ("Kenya dispatched 400 soldiers to Mogadishu in March to protect the transitional government.",
     [("KEN", "074", "SOMGOV")]),
    ("Ghana sent troops and armored cars to Liberia to defend the capital against the rebels.",
     [("GHA", "074", "LBR")]),
    # forces sent to crush an uprising stay a show of force
    ("Russia sent troops to crush the uprising in Kazakhstan.", [("RUS", "154", "KAZMIL")]),
])
def test_wire_forces_sent_to_help(resources: Resources, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _coded(resources, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # appeals and offers told as nouns carried by a light verb
    ("Morocco made an appeal to Algeria for calm.", [("MAR", "020", "DZA")]),
    ("Syria made an offer of talks to Turkey.", [("SYR", "036", "TUR")]),
    # migrants sent home are deported
    ("Tunisia sent 300 Sudanese migrants home by bus.", [("TUN", "174", "SDNREF")]),
])
def test_wire_light_verbs_and_sending_home(resources: Resources, text: str,
                                           expected: list[tuple[str, str, str]]) -> None:
    assert _coded(resources, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # people named by nationality are people: seized ones are abducted, freed ones released
    ("Gunmen in Mali seized four Italians on Sunday.", [("MLIREB", "181", "ITA")]),
    ("Iran freed two Britons and a Frenchman.", [("IRN", "0841", "GBR"), ("IRN", "0841", "FRA")]),
    # a statement released is no person
    ("Russia released a statement on Ukraine.", []),
])
def test_wire_people_named_by_nationality(resources: Resources, text: str,
                                          expected: list[tuple[str, str, str]]) -> None:
    assert coded_pairs(resources, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "take" sues only with a court to go to or legal action
    ("The Gambian government took Senegal to the regional court.", [("GMBGOV", "115", "SEN")]),
    ("Bolivia took legal action against Chile over the river.", [("BOL", "115", "CHL")]),
    # taking no part in a case sues no one (the case Cuba brought stays a suit, against the one
    # other country that acts in the sentence)
    ("Washington said it would take no further part in the case Cuba brought against it at the court.",
     [("CUB", "115", "USA")]),
])
def test_wire_take_sues_only_to_court(resources: Resources, text: str,
                                      expected: list[tuple[str, str, str | None]]) -> None:
    assert _coded(resources, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a shipment or sale of weapons paused cuts military aid; one of grain does not
    ("Germany paused a shipment of tank shells to Turkey last week.", [("DEU", "1622", "TUR")]),
    ("Britain suspended the sale of fighter jets to Saudi Arabia.", [("GBR", "1622", "SAU")]),
    ("Germany paused a shipment of grain to Egypt.", []),
])
def test_wire_arms_shipments_held_back(resources: Resources, text: str,
                                       expected: list[tuple[str, str, str]]) -> None:
    assert _coded(resources, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # refusing an act no pattern names rejects it (a back-off)
    ("The Zambian government refused to renew the licence of the Chinese mining firm.", [("ZMBGOV", "120", "CHNBUS")]),
    # a refused act a pattern names keeps its own code
    ("Iran refused to meet the French envoy.", [("IRN", "125", "FRAGOV")]),
    # declining to say is declining to comment
    ("Kenya declined to say whether it would recognise the Somaliland government.", [("KEN", "011", None)]),
])
def test_wire_refusals_of_any_act(resources: Resources, text: str,
                                  expected: list[tuple[str, str, str | None]]) -> None:
    assert _coded(resources, text) == expected
