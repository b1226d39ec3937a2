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
