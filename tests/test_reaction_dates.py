"""The cause a protest is told with: a thing said "on Tuesday after" an act dates that act the day
before (news tells a protest in words the day after its cause), not so a deed done in answer, nor
a cause counted in hours before the protest."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.pipeline import code
from eventwire.resources import Resources

WED = date(2023, 11, 15)  # a Wednesday
TUE, MON = date(2023, 11, 14), date(2023, 11, 13)


def _dates(text: str, resources: Resources) -> dict[str, date | None]:
    return {e.action.text.split()[0]: e.date.date for e in code(text, published=WED, resources=resources)}


@pytest.mark.parametrize(("text", "act", "expected"), [
    # a protest in words: its cause came the day before
    ("Ghana complained to Togo on Tuesday after Togolese police arrested three Ghanaian traders.", "arrested", MON),
    # counted in hours: the same day
    ("Ghana complained to Togo on Tuesday, hours after Togolese police arrested three Ghanaian traders.",
     "arrested", TUE),
    # the protest itself keeps its own day
    ("Ghana complained to Togo on Tuesday after Togolese police arrested three Ghanaian traders.", "complained", TUE),
])
def test_reaction_dates_cause_of_a_protest_is_the_day_before(resources: Resources, text: str, act: str,
                                                             expected: date) -> None:
    found = _dates(text, resources)
    assert found.get(act) == expected, found


@pytest.mark.parametrize(("text", "expected"), [
    # said in the scene the sentence before it dates
    ("Envoys of Mali and Algeria met in Geneva on Monday. Mali's delegate accused Algeria of stalling the talks.",
     MON),
    # a paragraph apart: still the news day the lead gives, told in the past
    ("Envoys of Mali and Algeria met in Geneva on Monday.\n\nMali's delegate accused Algeria of stalling the talks.",
     MON),
    # a news day three days before the story was filed: the reaction may be of any day since
    ("Envoys of Mali and Algeria met in Geneva on Sunday.\n\nMali's delegate accused Algeria of stalling the talks.",
     WED),
])
def test_reaction_dates_thing_said_in_a_dated_scene_takes_its_day(resources: Resources, text: str,
                                                                  expected: date) -> None:
    found = _dates(text, resources)
    assert found.get("accused") == expected, found


def test_reaction_dates_participle_of_another_clause_dates_only_its_noun(resources: Resources) -> None:
    text = ("Kenya sent more troops to the border on Monday. A truce signed in Nairobi in March 2021 has "
            "largely held, but Somali militias have attacked Kenyan patrols repeatedly.")
    found = _dates(text, resources)
    assert "attacked" in found, found
    assert found["attacked"] is None or found["attacked"].year != 2021, found


def test_reaction_dates_participle_under_another_verb_dates_only_its_noun(resources: Resources) -> None:
    found = _dates("Nigeria accused Ghana of choking trade between them with tariffs imposed in June.", resources)
    assert found.get("accused") == WED, found
