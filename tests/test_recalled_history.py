"""History a feature or an anniversary recalls decades later ("Sixty years ago ...",
"forty years after the troops pulled out, ...") is no news of the story: its acts are not coded,
while a recent span ("three years ago", "two years after") still dates an act told. An act a "since"
clause dated by a year tells as the start of a state of things ("have fled since the junta took power
in 2021") is background too. Sentences of the project's own wording."""

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



@pytest.mark.parametrize("text", [
    # the act a "since" clause dated by a year sets a state of things going from: background, not news
    "Thousands of Malians have crossed into Mauritania since Malian soldiers attacked Fulani herders in 2022.",
    "Relations between Hanoi and Beijing have soured since Chinese ships rammed Vietnamese trawlers in 2014.",
    "Trade has slumped since Hanoi closed its northern border crossings in 2019.",
    # an act hanging from that clause shares it
    "Farmers have lost their fields since Sudanese militias entered the valley in 2003 burning villages.",
])
def test_an_act_a_state_dates_from_is_not_coded(resources: Resources, text: str) -> None:
    assert _coded(text, resources) == []


@pytest.mark.parametrize(("text", "expected"), [
    # a "since" clause with no year may tell the story's news; the main clause is coded as before,
    # and "since" before a date marks no clause
    ("Relations between Lima and Quito have been strained since Ecuador declined to extend a fishing accord "
     "with Peru last year.", [("ECU", "120", "PER")]),
    ("Chadian troops have attacked rebel camps in Libya since the rebels crossed the border in 2019.",
     [("TCD", "190", "LBY")]),
    ("Ethiopia has expelled six Kenyan diplomats since January.", [("ETH", "161", "KEN")]),
])
def test_the_state_or_act_told_with_since_is_kept(resources: Resources, text: str,
                                                 expected: list[tuple[str, str, str]]) -> None:
    assert _coded(text, resources) == expected
