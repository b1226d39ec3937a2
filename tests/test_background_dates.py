"""A paragraph of background opens on a past month or year and goes on telling that time: a deed
told next in the past that nothing dates is of that time, not of the day the story was filed; a
time something has lasted "since" runs on to the news and dates nothing after it; the month just
before publication may still be the news; and what is said keeps the story's news day."""

from __future__ import annotations

from datetime import date

from eventwire.pipeline import code
from eventwire.resources import Resources

WED = date(2023, 11, 15)  # a Wednesday

_NEWS = "Kenyan police arrested six Somali traders in Mandera on Tuesday, officials said.\n\n"


def _dated(text: str, resources: Resources) -> list[date | None]:
    """Return the dates of the events of the third sentence (the second of the background paragraph)."""
    return [e.date.date for e in code(_NEWS + text, published=WED, resources=resources) if e.sentence == 2]


def test_background_paragraph_dates_the_undated_deed_after_it(resources: Resources) -> None:
    found = _dated("In March 2019, Somali troops crossed into Kenya near Mandera. "
                   "Kenyan soldiers shelled their positions for two days.", resources)
    assert found and all(when == date(2019, 3, 1) for when in found)


def test_background_since_dates_nothing_after_it(resources: Resources) -> None:
    found = _dated("Relations have soured since Somalia cut ties with Kenya in 2020. "
                   "Kenyan soldiers shelled Somali positions near the border.", resources)
    assert found and all(when == date(2023, 11, 14) for when in found)  # the lead's news day


def test_background_of_the_news_month_is_no_background(resources: Resources) -> None:
    found = _dated("In November, Somali troops crossed into Kenya near Mandera. "
                   "Kenyan soldiers shelled their positions for two days.", resources)
    assert found and all(when == date(2023, 11, 14) for when in found)


def test_background_said_keeps_the_news_day(resources: Resources) -> None:
    # an accusation after the background is as likely said now: the lead's news day, not 2019
    found = _dated("In March 2019, Somali troops crossed into Kenya near Mandera. "
                   "Kenya accused Somalia of violating its sovereignty.", resources)
    assert found and all(when == date(2023, 11, 14) for when in found)


def test_background_month_before_publication_may_be_the_news(resources: Resources) -> None:
    found = _dated("In October, Somali troops crossed into Kenya near Mandera. "
                   "Kenyan soldiers shelled their positions for two days.", resources)
    assert found and all(when == date(2023, 11, 14) for when in found)
