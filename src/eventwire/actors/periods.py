"""The days a sentence's events happen on, for which office holders must hold office."""

from __future__ import annotations

from datetime import date, timedelta

from eventwire.model import DatePrecision, EventDate

Period = tuple[date | None, date | None]  # a first day and, for a longer period, its last


def date_period(found: EventDate | None, published: date | None) -> Period:
    """Return the period a sentence's own date (`found`: "in 1987", that year) covers, else the
    publication day; office holders resolve only when in office then."""
    if found is None or found.date is None:
        return (published, None)
    if (found.text or "").lower().startswith("since") and published is not None and found.date <= published:
        return (found.date, published)  # "since 2019": any day from then to the story
    last = {DatePrecision.YEAR: date(found.date.year, 12, 31),
            DatePrecision.MONTH: _month_end(found.date),
            DatePrecision.WEEK: found.date + timedelta(days=6)}.get(found.precision or DatePrecision.DAY)
    return (found.date, last)


def _month_end(first: date) -> date:
    following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
    return following - timedelta(days=1)
