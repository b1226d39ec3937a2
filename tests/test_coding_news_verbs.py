"""Verbs and phrasal verbs of news reports that carry an event, on sentences of the project's own
wording: fines, people held without charge, workers staying off work, a matter raised or taken
up with another party, people sent back, plans for a use of force, entries into a body put off,
families helped, requests turned back, shells traded, sovereignty handed over, pledges signed,
weight thrown behind a party, and the senses of a few rarer verbs."""

from __future__ import annotations

import pytest

from coded import PUBLISHED
from coded import coded as _coded
from eventwire.pipeline import code
from eventwire.resources import Resources


@pytest.mark.parametrize(("text", "expected"), [
    # a fine is an administrative penalty (172); "fine" as an adjective is no event
    ("Estonian inspectors fined a Russian shipping company for dumping fuel in the Baltic.",
     [("EST", "172", "RUSBUS")]),
    ("The Kenyan leader said the weather was fine in Nairobi.", []),
])
def test_news_fines(resources: Resources, text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _coded(resources, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # people held or kept without charge or trial are detained (173), active or passive
    ("Burmese authorities held four Bangladeshi sailors without trial for a month.",
     [("MMRGOV", "173", "BGDMIL")]),
    ("Four Bangladeshi sailors were held without charge by Burmese authorities for a month.",
     [("MMRGOV", "173", "BGDMIL")]),
])
def test_news_held_without_charge(resources: Resources, text: str,
                                  expected: list[tuple[str, str, str | None]]) -> None:
    assert _coded(resources, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # workers away from their jobs strike (143), whether "off" is read as a particle or a preposition
    ("Nigerian dock workers stayed off work on Monday.", [("NGALAB", "143", "NGA")]),
    ("Bolivian tin miners stayed off the job for a third day.", [("BOLLAB", "143", "BOL")]),
    ("Hundreds of Chilean copper miners walked off the job on Tuesday.", [("CHLLAB", "143", "CHL")]),
])
def test_news_stay_off_work(resources: Resources, text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _coded(resources, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a matter raised or taken up with another party is a consultation (040) ...
    ("The Omani envoy raised the issue with his Yemeni counterpart on Sunday.", [("OMNGOV", "040", "YEM")]),
    ("The Peruvian minister took up the matter with the Chilean ambassador.", [("PERGOV", "040", "CHLGOV")]),
    # ... while a concern raised stays a statement of concern (012)
    ("The Omani envoy raised concern over the detained sailors with his Yemeni counterpart.",
     [("OMNGOV", "012", "YEMMIL")]),
])
def test_news_matter_raised_with(resources: Resources, text: str,
                                 expected: list[tuple[str, str, str | None]]) -> None:
    assert _coded(resources, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # workers and traders sent back across a border are expelled (174)
    ("Thai authorities sent back hundreds of Cambodian laborers by bus.", [("THAGOV", "174", "KHMLAB")]),
])
def test_news_sent_back(resources: Resources, text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _coded(resources, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a plan for a use of force against a party threatens it with force (138) ...
    ("NATO approved contingency plans for an invasion of Libya.", [("IGONATO", "138", "LBY")]),
    ("The Turkish cabinet prepared plans for an offensive against Kurdish rebels in Iraq.",
     [("TURGOV", "138", "IRQREB")]),
    # ... a plan for anything else is no event
    ("The Argentine government prepared plans for a new pension system.", []),
])
def test_news_plans_for_force(resources: Resources, text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _coded(resources, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a body putting off a party's entry reduces relations with it (160)
    ("The European Union postponed Albania's accession talks until after the election.",
     [("IGOEU", "160", "ALB")]),
    ("The Arab League put off Syria's readmission to the bloc.", [("IGOARL", "160", "SYR")]),
])
def test_news_entry_put_off(resources: Resources, text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _coded(resources, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # families helped by another country's rescuers receive humanitarian aid (073)
    ("Turkish rescuers helped Syrian families cross the river.", [("TUR", "073", "SYRCVL")]),
])
def test_news_families_helped(resources: Resources, text: str,
                              expected: list[tuple[str, str, str | None]]) -> None:
    assert _coded(resources, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # criticism or a demand shrugged off or waved aside is rejected (120)
    ("Nigeria shrugged off Ghana's criticism of the border closure.", [("NGA", "120", "GHA")]),
    ("Chile waved aside Bolivia's demand for access to the Pacific.", [("CHL", "120", "BOL")]),
    # retaliation vowed against a party threatens it (130)
    ("Iran vowed retaliation against Israel for the strike.", [("IRN", "130", "ISR")]),
])
def test_news_dismissals_and_vows(resources: Resources, text: str,
                                  expected: list[tuple[str, str, str | None]]) -> None:
    assert _coded(resources, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a vessel tailed or shadowed by another side's ships is coerced (170)
    ("Chinese coast guard ships tailed a Philippine supply boat near the shoal.", [("CHNMIL", "170", "PHL")]),
    # intelligence support is shared intelligence (064); air support is military aid (072)
    ("France gave intelligence support to the Malian army.", [("FRA", "064", "MLIMIL")]),
    ("Russian jets provided air support to Syrian government troops.", [("RUSMIL", "072", "SYRMIL")]),
    # a government paid for by another party gets economic aid (071)
    ("Saudi Arabia bankrolled the Egyptian government after the coup.", [("SAU", "071", "EGYGOV")]),
])
def test_news_support_and_shadowing(resources: Resources, text: str,
                                    expected: list[tuple[str, str, str | None]]) -> None:
    assert _coded(resources, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # fighters routed are fought (190), whichever lemma the parser gives "routed"
    ("Malian soldiers routed the rebels near the town of Gao on Sunday.", [("MLIMIL", "190", "MLIREB")]),
    # an offer to help end a conflict offers mediation (039)
    ("Norway offered to help end the war between the Sudanese factions.", [("NOR", "039", "SDN")]),
    # officials sounded out are consulted (040); a warning sounded out is no consultation
    ("Nepal's prime minister sounded out Chinese officials about a rail link.", [("NPLGOV", "040", "CHNGOV")]),
])
def test_news_routs_offers_and_soundings(resources: Resources, text: str,
                                         expected: list[tuple[str, str, str | None]]) -> None:
    assert _coded(resources, text) == expected


def test_news_warning_sounded_out_is_no_consultation(resources: Resources) -> None:
    rules = [e.rule for e in code("The minister sounded out a warning about inflation in Peru.",
                                  published=PUBLISHED, resources=resources)]
    assert "consult.sound_out" not in rules


@pytest.mark.parametrize(("text", "expected"), [
    # a request or offer turned back or turned away is refused (120); people turned back are not
    ("Peru turned back a Bolivian request for access to the sea.", [("PER", "120", "BOL")]),
    ("Chile turned away an Argentine plea for talks.", [("CHL", "120", "ARG")]),
    # shells, mortar rounds and rockets traded across a line are an exchange of fire (193)
    ("Eritrean and Ethiopian units traded shells near the town.", [("ERI", "193", "ETH")]),
    ("Indian and Pakistani troops traded mortar rounds across the border.", [("INDMIL", "193", "PAKMIL")]),
    # sovereignty handed to another party is power handed over (0831)
    ("Britain handed sovereignty to the Chinese government in Hong Kong.", [("GBR", "0831", "CHNGOV")]),
    # a pledge signed between parties is an agreement signed (057); a candidate's pledge is no event
    ("Rwanda and Burundi signed a pledge to end the dispute.", [("RWA", "057", "BDI")]),
    ("The candidate signed a pledge not to raise taxes.", []),
    # weight thrown or put behind a party or its cause is backing (051)
    ("Brazil threw its weight behind Argentina's claim to the islands.", [("BRA", "051", "ARG")]),
    ("Kenya put its full weight behind the Somali government.", [("KEN", "051", "SOMGOV")]),
])
def test_news_requests_turned_back_fire_traded_and_pledges(resources: Resources, text: str,
                                                           expected: list[tuple[str, str, str | None]]) -> None:
    assert _coded(resources, text) == expected
