"""Acts a sentence tells as not done, not meant or not anyone's: a negated readiness, a court appeal, a call convening,
figures given in place of aid, an act a speaker wants to undergo, the "I" of a quotation, an open question."""

from __future__ import annotations

import pytest

from coded import coded
from eventwire.resources import Resources

MINISTER = "Chad's interior minister said on Monday that the camps would close. "


@pytest.mark.parametrize(("text", "expected"), [
    # the copula an adjective of intent or ability hangs from carries the negation of its complement
    ("Chile is not willing to negotiate with Bolivia.", [("CHL", "125", "BOL")]),
    ("Chile is willing to negotiate with Bolivia.", [("CHL", "036", "BOL")]),
    ("Kenya is not ready to send troops to Somalia.", []),
    ("The Gabonese navy was not able to intercept the Nigerian trawlers.", []),
])
def test_coding_negated_readiness(resources: Resources, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert coded(resources, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an appeal verb asking no one for anything, bare or against a decision, is a step in court
    ("The Bolivian lawyers called the ruling a travesty and said they would appeal.", [("BOLJUD", "111", "BOL")]),
    ("Lawyers for the Peruvian fishermen appealed against the sentence.", []),
    ("Peru appealed to Chile to free the fishermen.", [("PER", "0253", "CHL")]),
    ("Peru appealed on Monday for calm in Bolivia.", [("PER", "0256", "BOL")]),
    # calling an election or a meeting convenes it; calling for one asks for it
    ("Bosnia called elections for the Croat-majority districts in the west.", []),
    ("Chile's president called a meeting of his security council after the Peruvian raid.", []),
    ("Peru called for talks with Chile.", [("PER", "026", "CHL")]),
    ("Ecuador asked the Organization of American States to call an emergency session on the border dispute with Peru.",
     [("ECU", "020", "IGOOAS")]),
])
def test_coding_court_appeal(resources: Resources, text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert coded(resources, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # details of aid, or an income, are no aid given
    ("The Chilean ministry said it was unable to provide details of the food aid sent to Bolivia.", []),
    ("Tourists from Japan contributed revenue of roughly $300 million last year.", []),
    ("Chile sent 200 tons of food aid to Bolivia.", [("CHL", "073", "BOL")]),
])
def test_coding_figures_are_no_aid(resources: Resources, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert coded(resources, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "I" in a quotation is whoever the sentence says speaks, whatever the verb it is told with
    (MINISTER + '"I am ready to meet the Sudanese envoy," sighed Amina Musa, a grandmother.', []),
    (MINISTER + '"I am ready to meet the Sudanese envoy," he said.', [("TCDGOV", "036", "SDNGOV")]),
    # what someone is ready to undergo is no one's intention to do it
    ("Chad's interior ministry said last week that the camps would close. \"I am ready to be repatriated to "
     "Sudan,\" the refugee leader told reporters.", []),
    ("Chad is ready to send the refugees home to Sudan.", [("TCD", "137", "TCDREF")]),
])
def test_coding_quoted_speaker_and_undergone_acts(resources: Resources, text: str,
                                                  expected: list[tuple[str, str, str]]) -> None:
    assert coded(resources, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a question told as a sentence's subject asks what will happen; it tells no act
    ("To what extent Japan will defend the Philippines in the dispute with China was not made clear.", []),
    ("Whether Japan will defend the Philippines against China was not made clear.", []),
    ("What Japan will do to help the Philippines against China is not known.", []),
    ("Japan defended the Philippines against China.", [("JPN", "074", "PHL")]),
    # time and relative clauses before a subject are no questions
    ("In the town, which was empty, Japanese troops attacked Chinese forces.", [("JPNMIL", "190", "CHNMIL")]),
])
def test_coding_open_questions(resources: Resources, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert coded(resources, text) == expected
