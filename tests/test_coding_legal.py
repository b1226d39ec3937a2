"""Legal language in news: pleas in court, reporters' requests for comment, and the acts of
courts and police (data/verbs/*.tsv, lexicon.tsv `plea_word`, `press_query_noun`)."""

from __future__ import annotations

import pytest

from coded import coded
from eventwire.resources import Resources


@pytest.mark.parametrize(("text", "expected"), [
    # a plea of innocence denies the charge; a plea of guilt is no appeal
    ("Two Chilean sailors pleaded not guilty to smuggling on Monday.", [("CHLMIL", "016", None)]),
    ("The Nigerian banker pleaded innocent to the fraud charges.", [("NGABUS", "016", None)]),
    ("The Kenyan officer pleaded guilty to fraud.", []),
    # pleading with an actor stays an appeal
    ("Kenya pleaded with Somalia to reopen the border.", [("KEN", "020", "SOM")]),
])
def test_pleas_in_court_are_no_appeals(resources: Resources, text: str,
                                       expected: list[tuple[str, str, str | None]]) -> None:
    assert coded(resources, text) == expected


@pytest.mark.parametrize("text", [
    "Peru's foreign ministry did not answer a letter requesting comment.",
    "Reuters asked the Chinese foreign ministry for comment.",
    "The Bolivian embassy did not reply to an email seeking a response on Tuesday.",
])
def test_requests_for_comment_are_no_appeals(resources: Resources, text: str) -> None:
    assert [e for e in coded(resources, text) if e[1].startswith("02")] == []


@pytest.mark.parametrize(("text", "expected"), [
    # an act named with a word of condemnation is criticism of its author
    ("Venezuela's foreign minister called the Colombian verdict \"arbitrary.\"", [("VENGOV", "111", "COL")]),
    ("Nigeria described the expulsion of its traders from Ghana as a disgrace.", [("NGA", "111", "GHABUS")]),
    ("The Chilean senator said the Peruvian decision was \"shameful and arbitrary.\"", [("CHLLEG", "111", "PER")]),
    # an allegation named untrue stays a denial
    ("Moscow has long called the spying charges \"baseless.\"", [("RUSGOV", "016", None)]),
])
def test_acts_named_with_words_of_condemnation_are_criticism(resources: Resources, text: str,
                                                             expected: list[tuple[str, str, str | None]]) -> None:
    assert coded(resources, text) == expected


def test_wrong_found_by_a_panel_is_criticism(resources: Resources) -> None:
    text = "A Council of Europe committee found that Azerbaijan's seizure of the Georgian trawler was cruel."
    assert coded(resources, text) == [("IGOCOE", "111", "AZE")]


def test_court_ruling_a_law_void_is_no_criticism(resources: Resources) -> None:
    assert coded(resources, "Kenya's Supreme Court ruled that the new tax law was unconstitutional.") == []



@pytest.mark.parametrize(("text", "expected"), [
    # sent or ordered back to jail: the phrase after the particle is the verb's own
    ("A Peruvian judge sent the former mayor back to jail on Tuesday.", [("PERJUD", "173", "PERGOV")]),
    ("A Bolivian tribunal ordered the former governor back into custody.", [("BOLJUD", "173", "BOLGOV")]),
    # ending a release on conditions sends its holder back to custody
    ("A Honduran court revoked the former minister's bail on Monday.", [("HNDJUD", "173", "HNDGOV")]),
])
def test_sending_back_to_custody_is_detention(resources: Resources, text: str,
                                             expected: list[tuple[str, str, str | None]]) -> None:
    assert coded(resources, text) == expected


def test_federal_immigration_agency_deports_for_its_state(resources: Resources) -> None:
    assert coded(resources, "ICE deported 40 Guatemalans on Friday.") == [("USACOP", "174", "GTM")]
    assert coded(resources, "The ice on the lake melted.") == []
