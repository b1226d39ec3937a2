"""A comment of hope or worry said of a deal is aimed at whom the deal is with ("was hopeful that
a pact with Peru would be signed"), not at whom it was told to: journalists or lawmakers hearing
it are its audience (data/verbs/cooperation.tsv `statement.said_optimistic`, `ccomp` target
slot). Texts written for these tests."""

from __future__ import annotations

import pytest

from coded import coded
from eventwire.resources import Resources


@pytest.mark.parametrize(("text", "event"), [
    ("Chile's trade minister told lawmakers she was hopeful that a fishing accord with Peru would be ready "
     "by spring.", ("CHLGOV", "013", "PER")),
    ("The Kenyan leader told journalists he was confident that a trade pact with the European Union would be "
     "reached within months.", ("KENGOV", "013", "IGOEU")),
])
def test_comment_on_a_deal_is_aimed_at_the_partner(resources: Resources, text: str,
                                                   event: tuple[str, str, str]) -> None:
    assert event in coded(resources, text)


def test_comment_told_to_journalists_is_not_aimed_at_them(resources: Resources) -> None:
    events = coded(resources, "The Kenyan leader told journalists he was confident that the harvest would improve.")
    assert not [e for e in events if e[1] == "013" and (e[2] or "").endswith("JRN")]
