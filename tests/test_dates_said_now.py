"""A thing said that its own sentence does not date, going on from a sentence dated weeks before
publication, is said on the story's news day (the lead's, else publication), not on the day of
the deed the sentence before tells of."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.model import DatePrecision, EventDate
from eventwire.pipeline import code
from eventwire.resources import Resources
from eventwire.story_dates import of_the_news

WED = date(2024, 5, 15)


def _dated(text: str, resources: Resources) -> list[tuple[int, str, str | None]]:
    return [(e.sentence, e.cameo[:2], e.date.date.isoformat() if e.date.date else None)
            for e in code(text, published=WED, resources=resources)]


@pytest.mark.parametrize(("day", "precision", "expected"), [
    (date(2024, 5, 13), DatePrecision.DAY, True),
    (date(2024, 4, 2), DatePrecision.DAY, False),
    (date(2024, 5, 1), DatePrecision.MONTH, True),
    (date(2024, 4, 1), DatePrecision.MONTH, False),
    (date(2024, 1, 1), DatePrecision.YEAR, True),
    (date(2024, 5, 20), DatePrecision.DAY, False),
])
def test_dates_said_now_of_the_news(day: date, precision: DatePrecision, expected: bool) -> None:
    assert of_the_news(EventDate(date=day, precision=precision, text=None, how="sentence"), WED) is expected


def test_dates_said_now_after_an_old_deed_is_dated_by_publication(resources: Resources) -> None:
    found = _dated("Chadian troops shelled rebel camps near Abeche on April 2. They also accused Sudan of "
                   "arming the rebels.", resources)
    assert (0, "19", "2024-04-02") in found and (1, "11", "2024-05-15") in found


def test_dates_said_now_takes_the_leads_news_day(resources: Resources) -> None:
    found = _dated("Chad said on Monday that its troops had shelled rebel camps near Abeche. The army clashed "
                   "with rebels near Abeche on April 2. It also accused Sudan of arming the rebels.", resources)
    assert (1, "19", "2024-04-02") in found and (2, "11", "2024-05-13") in found


def test_dates_said_now_after_a_deed_of_the_news_week_keeps_its_day(resources: Resources) -> None:
    found = _dated("Chadian troops shelled rebel camps near Abeche on May 13. They also accused Sudan of "
                   "arming the rebels.", resources)
    assert (1, "11", "2024-05-13") in found
