"""History a feature or an anniversary recalls decades later ("Sixty years ago ...",
"forty years after the troops pulled out, ...") is no news of the story: its acts are not coded,
while a recent span ("three years ago", "two years after") still dates an act told. Sentences of the
project's own wording."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.pipeline import code
from eventwire.resources import Resources

WHEN = date(2021, 3, 9)


def _coded(text: str, resources: Resources) -> list[tuple[str | None, str, str | None]]:
    return [(e.source.actor.country if e.source else None, e.cameo, e.target.actor.country if e.target else None)
            for e in code(text, published=WHEN, resources=resources)]


@pytest.mark.parametrize("text", [
    "Sixty years ago this month, Egyptian troops seized the Suez Canal from British and French forces.",
    "Seventy years ago this week, Indian troops attacked Portuguese garrisons in Goa.",
    "Two decades ago, Indonesian troops withdrew from East Timor.",
    "Forty years after Cuban soldiers withdrew from Ethiopia, their old barracks stand empty.",
])
def test_history_recalled_decades_later_is_not_coded(resources: Resources, text: str) -> None:
    assert _coded(text, resources) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Kenya granted asylum on Monday to nine Ugandan opposition activists who crossed the border three years ago.",
     [("KEN", "075", "UGA")]),
    ("Peru recalled its ambassador from Chile on Monday, two years after a dispute over fishing rights.",
     [("PER", "161", "CHL")]),
])
def test_a_recent_span_keeps_the_act(resources: Resources, text: str,
                                     expected: list[tuple[str, str, str]]) -> None:
    assert _coded(text, resources) == expected
