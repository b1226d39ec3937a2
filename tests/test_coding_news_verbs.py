"""Verbs and phrasal verbs of news reports that carry an event, on sentences of the project's own
wording: fines, people held without charge, workers staying off work, and a matter raised or taken
up with another party."""

from __future__ import annotations

import pytest

from coded import coded as _coded
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
