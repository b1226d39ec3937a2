"""What an apposition to a noun names (eventwire.coding.sides._apposed): the actors it places in the
world, unless it places none while the noun's own phrase does (a first name read as a title:
"Amir") (sentences written for these tests)."""

from __future__ import annotations

import pytest

from coded import coded
from eventwire.resources import Resources


@pytest.mark.parametrize(("text", "expected"), [
    # "Amir" is a given name here, not an emir: the minister is Chile's
    ("Chile's mining minister, Amir Rojas, flew to La Paz on Monday for talks with Bolivian officials.",
     [("CHLGOV", "042", "BOLGOV")]),
])
def test_roles_apposition_gives_way_to_the_nouns_phrase(resources: Resources, text: str,
                                                        expected: list[tuple[str, str, str]]) -> None:
    assert coded(resources, text) == expected



@pytest.mark.parametrize("text", [
    "The African Union chairman, Senegalese President Macky Sall, condemned the coup on Monday.",
    "The coup was condemned on Monday by the African Union chairman, Senegalese President Macky Sall.",
])
def test_roles_office_of_an_organization_is_not_the_apposed_national_officer(resources: Resources,
                                                                            text: str) -> None:
    # he speaks as the organization's chairman, not as Senegal's president
    assert {e[0] for e in coded(resources, text) if e[1] == "111"} == {"IGOAU"}
