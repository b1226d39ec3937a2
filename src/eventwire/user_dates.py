"""Read a date a user types (a command's publication date option): YYYY-MM-DD, or a date
with its month spelled out; anything else, or a date outside 1800-2200, is an input error."""

from __future__ import annotations

import re
from datetime import date, datetime

import dateparser

from eventwire.errors import InputError
from eventwire.model import date_in_range, date_range_problem

_ISO_DATE = re.compile(r"\d{4}-\d\d-\d\d")
_MONTH_WORD = re.compile(r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b")


def parse_user_date(value: str) -> date:
    """Return the date a user typed, as YYYY-MM-DD or a date with its month spelled out."""
    day = _user_date(value)
    if not date_in_range(day):
        raise InputError(date_range_problem(day))
    return day


def _user_date(value: str) -> date:
    text = value.strip()
    if _ISO_DATE.fullmatch(text):
        try:
            return date.fromisoformat(text)
        except ValueError:
            raise InputError(f"not a valid date: {value!r} (write it as YYYY-MM-DD)") from None
    # Only a spelled-out month makes day/month order unambiguous ("03/04/2023" is not).
    if _MONTH_WORD.search(text):
        settings = {"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"]}
        parsed: datetime | None = dateparser.parse(text, languages=["en"], settings=settings)
        if parsed is not None:
            return parsed.date()
    raise InputError(f"cannot read the date {value!r}: write it as YYYY-MM-DD, e.g. 2023-11-15")
