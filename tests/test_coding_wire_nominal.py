"""Events told through nouns and amounts in wire copy, on sentences of the project's own wording:
mobilisations ordered or approved, sums of money given as aid, equipment sent with troops, and
talks by telephone whose partner hangs from the phrase of means."""

from __future__ import annotations

import pytest

from coded import coded as _coded
from coded import keeping_undirected
from eventwire.resources import Resources


@pytest.mark.parametrize(("text", "expected"), [
    # a mobilisation ordered or approved is an increase of armed forces (154)
    ("Georgia's government ordered a general mobilisation of reservists on Tuesday.",
     [("GEOGOV", "154", "GEOMIL")]),
    ("The Armenian parliament approved a partial mobilization on Sunday.", [("ARMLEG", "154", "ARM")]),
])
def test_wire_nominal_mobilisation(resources: Resources, text: str,
                                   expected: list[tuple[str | None, str, str | None]]) -> None:
    assert _coded(resources, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a sum of money is what it is given as: "$400 million in military assistance" is military aid
    ("The United States suspended $400 million in military assistance to Egypt on Tuesday.",
     [("USA", "1622", "EGY")]),
    ("Japan pledged $50 million in humanitarian aid to Sudan on Wednesday.", [("JPN", "0333", "SDN")]),
])
def test_wire_sums_given_as_aid(resources: Resources, text: str,
                                expected: list[tuple[str | None, str, str | None]]) -> None:
    assert _coded(resources, text) == expected


def test_wire_equipment_and_troops_sent(resources: Resources) -> None:
    # "dozens of tanks and several thousand soldiers": what a measure counts, and its conjuncts
    assert _coded(resources, "India sent dozens of tanks and several thousand soldiers to its border "
                             "with China on Friday.") == [("IND", "154", "CHN")]


@pytest.mark.parametrize(("text", "expected"), [
    # the partner's "with" may hang from the phrase of means, and a date's "on" is no topic
    ("French President Emmanuel Macron spoke by telephone with Russian President Vladimir Putin on Friday.",
     [("FRAGOV", "041", "RUSGOV")]),
    ("The Kenyan president spoke on Monday with the Ethiopian prime minister.", [("KENGOV", "040", "ETHGOV")]),
    # talk of a topic with no partner stays no consultation
    ("Kenyan officials talked on Tuesday about the drought.", []),
])
def test_wire_talks_by_telephone(resources: Resources, text: str,
                                 expected: list[tuple[str | None, str, str | None]]) -> None:
    assert _coded(resources, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "told X that Y would ..." reports a plan (here one aimed at no party found: no dyad, and no
    # expulsion ordered); only "told X to ..." orders it
    ("Kenya told Somalia that it would withdraw its troops from Kismayo.", []),
    ("The Ethiopian government told the Sudanese envoy to leave the country within 48 hours.",
     [("ETHGOV", "166", "SDNGOV")]),
])
def test_wire_told_that_is_no_order(resources: Resources, text: str,
                                    expected: list[tuple[str | None, str, str | None]]) -> None:
    assert _coded(resources, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a bare agreement gives way to the act it agrees to, coded as intended (062 intended is 0312)
    ("Jordan and Egypt have agreed to hold joint naval exercises next month, an Egyptian official said.",
     [("JOR", "0312", "EGY")]),
    # the act's own target is kept ("an investigation into Russian interference")
    ("The European Union agreed on Monday to open an investigation into Russian interference in Moldova.",
     [("IGOEU", "030", "RUS")]),
])
def test_wire_agreement_yields_to_the_act(resources: Resources, text: str,
                                          expected: list[tuple[str | None, str, str | None]]) -> None:
    assert _coded(resources, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # refusing to let another party act rejects that party, whatever the act
    ("Norway refused on Tuesday to let the Russian frigate Admiral Kasatonov make a port call in Bergen.",
     [("NOR", "120", "RUS")]),
    ("Hungary refused to allow Ukrainian officials to visit the detained men.", [("HUN", "120", "UKRGOV")]),
    # a listed kind of entry keeps its own code
    ("Iran refused to allow U.N. inspectors into the Fordow site.", [("IRN", "1245", "IGOUNO")]),
])
def test_wire_refusing_to_let(resources: Resources, text: str,
                              expected: list[tuple[str | None, str, str | None]]) -> None:
    assert _coded(resources, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a warning of a risk or a disaster is a pessimistic comment; a warning of one's own act a threat
    ("The U.N. envoy warned that Libya risked sliding into full civil war.", [("IGOUNO", "012", "LBY")]),
    ("The World Food Programme warned of a famine in southern Madagascar on Tuesday.",
     [("IGOWFP", "012", "MDG")]),
    ("North Korea warned that it would retaliate against the joint drills.", [("PRK", "130", None)]),
])
def test_wire_warnings_of_risk(resources: Resources, text: str,
                               expected: list[tuple[str | None, str, str | None]]) -> None:
    resources = keeping_undirected(resources)
    assert _coded(resources, text) == expected


def test_wire_port_call_is_a_visit(resources: Resources) -> None:
    assert _coded(resources, "The Chinese destroyer made a port call in Manila on Friday.") == [
        ("CHNMIL", "042", "PHLGOV")]


@pytest.mark.parametrize(("text", "expected"), [
    # troops ordered onto the streets or into a region increase the armed forces there (154)
    ("Ecuador's president ordered the army onto the streets of Guayaquil on Tuesday.",
     [("ECUGOV", "154", "ECUMIL")]),
    # forces that pull out of a camp or a strip retreat from it
    ("Israeli troops withdrew from the Gaza Strip on Monday.", [("ISRMIL", "0874", "PSE")]),
    ("Israeli forces pulled out of the Jenin refugee camp on Wednesday.", [("ISRMIL", "0874", None)]),
])
def test_wire_troops_sent_and_withdrawn(resources: Resources, text: str,
                                        expected: list[tuple[str | None, str, str | None]]) -> None:
    resources = keeping_undirected(resources)
    assert _coded(resources, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # admitting a deed of force acknowledges responsibility for it (015)
    ("The Baloch Liberation Army confessed on Sunday that it had bombed the railway bridge near Quetta.",
     [("PAKREB", "015", None)]),
    # a person sent or flown into exile is expelled (174)
    ("Thai soldiers flew the ousted prime minister into exile in Dubai on Tuesday.",
     [("THAMIL", "174", "THAGOV")]),
])
def test_wire_admissions_and_exile(resources: Resources, text: str,
                                   expected: list[tuple[str | None, str, str | None]]) -> None:
    assert _coded(resources, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # soldiers or guards captured by another side are taken (181), not goods seized (1711)
    ("Shiite militiamen captured three Iraqi soldiers at a checkpoint south of Basra on Thursday.",
     [("IRQREB", "181", "IRQMIL")]),
    ("Taliban fighters seized three Pakistani border guards on Monday.", [("AFGREB", "181", "PAKCOP")]),
])
def test_wire_captured_soldiers_are_taken(resources: Resources, text: str,
                                          expected: list[tuple[str | None, str, str | None]]) -> None:
    assert _coded(resources, text) == expected
