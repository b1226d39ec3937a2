"""Resolve the date of an event from its sentence and the article's publication date.

A sentence's date phrase is found with one regular expression of date-like phrases (so words
such as "may", "march", "second" or "10th" never count on their own) and resolved against the
publication date. Calendar dates go through dateparser; relative phrases (weekdays, "last week",
"earlier this month") are computed here, because dateparser cannot know the tense: a bare
weekday or month in a past-tense sentence is the most recent one on or before publication, in a
future-tense sentence the next one on or after it (AP style names today's weekday, not "today").
A span reaching to publication ("for the past six weeks") is the month it lies in, else its year.

Dates of coarser precision are normalised to the start of their period: a WEEK date is the
Monday of that week, a MONTH date the first of the month, a YEAR date the first of January.
When a sentence holds several date phrases the most precise wins, then the first.

Only dates from 1800 to 2200 (`eventwire.model.EARLIEST_DATE` .. `LATEST_DATE`) count: a
sentence date outside is ignored, a publication date outside is treated as unknown here (the
store refuses such articles); a user's date outside is an input error (`eventwire.user_dates`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from types import MappingProxyType
from typing import TYPE_CHECKING

from dateparser.date import DateDataParser

from eventwire.model import DatePrecision, EventDate, date_in_range

if TYPE_CHECKING:
    from eventwire.coding.lexicon import Lexicon

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_FULL_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
_MONTH = rf"(?:{_FULL_MONTH}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]|20)\d\d"
_YEAR_WORD = re.compile(_YEAR)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_ON = r"(?:\b(?i:on)\s+)?"
_SHADE = r"(?i:early|late|mid|earlier|later)[\s-]+"
# A part of a year named by the year ("at the end of 2007", "in the spring of 2019").
_PART_OF = r"(?i:the\s+(?:end|start|beginning|middle|turn|close|spring|summer|autumn|fall|winter)\s+of)\s+"
_CALENDAR = (
    rf"{_MONTH}\s+{_DAY}\b(?:,?\s+{_YEAR}\b)?"
    rf"|\b{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?\b"
    r"|\b\d{4}-\d\d-\d\d\b"
)
# What a date phrase can start with: a digit or the first word of one of the alternatives below
# (a month's or weekday's name, or the word before it). Checked first at each position, it
# spares the full pattern most of the positions of a sentence and finds the same phrases
# (tests/test_dates.py compares both); a new alternative needs its first word here.
_DATE_LEAD = (
    r"(?=(?i:[\dabdefijlmnostuwy]))"  # one character first: most positions fail here
    r"(?=\d|(?i:on|last|this|next|in|since|during|until|by|early|late|mid|earlier|later|throughout|over|at|for"
    r"|an?|one|two|three|four|five|six|seven|eight|nine|ten|yesterday|today|tonight|tomorrow)"
    r"|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
)
_DATE_ALTERNATIVES = (
    rf"{_ON}(?P<calendar>{_CALENDAR})"
    rf"|(?P<month_year>\b{_MONTH},?\s+(?P<my_year>{_YEAR})\b)"
    rf"|(?P<month>(?:(?P<m_dir>(?i:last|this|next))\s+|(?i:in|since|during|until|by)\s+(?:{_SHADE})?"
    rf"|{_SHADE}){_FULL_MONTH}\b(?!,?\s+{_YEAR}\b))"  # "in June 2018" is a month of a stated year
    rf"|(?P<year>(?:(?i:in|since|during|until|by|throughout)\s+(?:{_SHADE}|{_PART_OF})?|(?i:at)\s+{_PART_OF}|{_SHADE})"
    rf"(?P<y_num>{_YEAR})\b)"
    rf"|(?<![Tt]he ){_ON}(?P<weekday>(?:(?P<w_dir>(?i:last|next|this))\s+)?{_WEEKDAY}\b"
    r"(?:['’]s\b|\s+(?:morning|afternoon|evening|night)\b)?)"
    r"|(?P<weekend>\b(?:(?P<we_dir>(?i:last|this\s+past|this|next))\s+|(?i:over|during|at|on)\s+the\s+)"
    r"(?i:weekend)\b)"
    r"|(?P<day_word>\b(?i:yesterday|today|tonight|tomorrow|last\s+night)\b)"
    r"|(?P<season>\b(?:(?P<se_dir>(?i:last))\s+|(?i:in|during|over|since|until|by)\s+the\s+)"
    # not "in the spring of 2019" (`_PART_OF`)
    r"(?P<se_name>(?i:spring|summer|autumn|fall|winter))\b(?!\s+(?i:of|in)\b))"
    rf"|(?P<relative>\b(?:{_SHADE})?(?P<r_dir>(?i:last|this|next))\s+(?P<r_unit>(?i:week|month|year))\b)"
    r"|(?P<span>\b(?i:for|over|in|during|throughout)\s+the\s+(?i:past|last)\s+"
    r"(?P<s_num>\d{1,2}|(?i:two|three|four|five|six|seven|eight|nine|ten))\s+(?P<s_unit>(?i:day|week|month))s\b)"
    r"|(?P<ago>\b(?P<a_num>\d{1,2}|(?i:an?|one|two|three|four|five|six|seven|eight|nine|ten))\s+"
    r"(?P<a_unit>(?i:day|week|month|year))s?\s+(?i:ago)\b)"
)
_DATE_RE = re.compile(rf"{_DATE_LEAD}(?:{_DATE_ALTERNATIVES})")
NUMBER_WORDS = MappingProxyType(
    {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
     "eight": 8, "nine": 9, "ten": 10}
)
_DAY_WORDS = MappingProxyType({"yesterday": -1, "last night": -1, "today": 0, "tonight": 0,
                               "tomorrow": 1})
_DIRECTIONS = MappingProxyType({"last": -1, "this": 0, "next": 1})
_RANK = MappingProxyType({DatePrecision.DAY: 0, DatePrecision.WEEK: 1, DatePrecision.MONTH: 2,
                          DatePrecision.YEAR: 3})
# Every date phrase holds one of these; most sentences hold none and skip the full pattern.
_TRIGGER = re.compile(
    r"\d|days?\b|(?i:yesterday|today|tonight|tomorrow|night|week|month|year|spring|summer|autumn|fall|winter)"
    r"|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
)
_HAS_YEAR = re.compile(r"\d{4}")
_WORD_RE = re.compile(r"[a-z]+")
_POSSESSIVE_END = re.compile(r"['’]s$")
_SINCE = re.compile(r"(?i)since\b")
# Grammar of the future (also as told of the past: "said it would meet on Friday") and of schedules; the
# clause ends at a comma, semicolon, dash or "that".
_FUTURE_CUE = re.compile(
    r"(?i)\b(?:will|shall|won['’]t|would|(?:is|are)\s+(?:due|set|scheduled|expected|to)|due\s+to"
    r"|scheduled|plans?\s+to|planning\s+to|going\s+to)\b|['’]ll\b")
# A phrase right after a past-tense verb ("said on Monday") dates a past act, whatever else the
# sentence says of the future.
_AFTER_PAST = re.compile(r"(?i)\b(?:\w+ed|said|told|met|held|took|began|went|came|left|made|gave|spoke"
                         r"|struck|hit|shot|sent|fled|led|won|lost)\s+$")
# A limit set for something to come: the phrase after it dates no event ("until Sunday", "by March").
_DEADLINE = re.compile(r"(?i)\b(?P<limit>until|till|by|ahead\s+of|no\s+later\s+than)(?:\s+(?:on|next|this))?\s+\S+$")
_CLAUSE_BREAK = re.compile(r"[,;:—–]|\bthat\b")
# A past-tense "November 16" in an article published on November 15 is still this year's:
# publication dates are often a day off (time zones, overnight updates).
_TOLERANCE = timedelta(days=2)

Resolved = tuple[date, DatePrecision]
CalendarReader = Callable[[str], datetime | None]  # a calendar phrase to its datetime


@dataclass(frozen=True, slots=True, kw_only=True)
class Phrase:
    """A date phrase of a sentence: its character offsets in the sentence and the date it names."""

    start: int
    end: int
    date: EventDate
    deadline: bool = False  # "until Sunday", "by March": a limit set, not when anything happened
    by: bool = False  # the limit is a "by" ("by Monday evening"): when an act told as done was done

    @property
    def possessive(self) -> bool:
        """Tell whether the phrase dates a noun ("Tuesday's attack"), not a clause."""
        return _POSSESSIVE_END.search(self.date.text or "") is not None

    @property
    def since(self) -> bool:
        """Tell whether the phrase opens a span reaching to now ("since 2012"), not a time of one act."""
        return _SINCE.match(self.date.text or "") is not None

    @property
    def rank(self) -> tuple[int, bool, int]:
        """Order phrases by precision, a clause's date before a noun's, then by position."""
        return (_RANK[self.date.precision] if self.date.precision else 9, self.possessive, self.start)


def is_year(word: str) -> bool:
    """Tell whether a word writes a year of the calendar, 1800 to 2099 ("2021", "1998")."""
    return _YEAR_WORD.fullmatch(word) is not None


def date_phrases(text: str, published: date | None, *, future: bool = False,
                 read: CalendarReader | None = None) -> list[Phrase]:
    """Return every date phrase of a sentence that resolves, in order (`read`: the article's
    `calendar_reader`, built here when not given)."""
    if not _TRIGGER.search(text):
        return []
    base = published if date_in_range(published) else None
    read = read or calendar_reader(published)
    found: list[Phrase] = []
    for match in _DATE_RE.finditer(text):
        resolved = _resolve(match, base, _future_at(text, match.start(), future), read)
        if resolved is not None:
            day, precision = resolved
            limit = _limit(text, match)
            found.append(Phrase(start=match.start(), end=match.end(), deadline=limit is not None, by=limit == "by",
                                date=EventDate(date=day, precision=precision, text=match.group(0), how="sentence")))
    return found


def _limit(text: str, match: re.Match[str]) -> str | None:
    """Return the words that make a date phrase a limit set ("until Sunday", "by March", "ahead of
    Friday"), lower-cased, or None when it sets none."""
    first = match.group(0).split()[0]
    if first.lower() in {"until", "till", "by"}:
        return first.lower()
    found = _DEADLINE.search(f"{text[:match.start()]} {first}")
    return found.group("limit").lower() if found is not None else None


def dating_phrases(phrases: Sequence[Phrase], published: date | None, *, unrealized: bool) -> list[Phrase]:
    """Return the phrases that may date an event: no deadline ("gave them until Sunday to leave"
    dates the order by when it was given), and for an event that has not happened (an intention,
    a plan), none reaching past publication: "said on Tuesday it would send troops next month" is an
    intention expressed on Tuesday, and "would extradite three more this year" one expressed when
    it was said, not on January 1st."""
    return [p for p in phrases if not p.deadline and not (
        unrealized and published is not None and p.date.date is not None
        and period_end(p.date.date, p.date.precision) > published)]


_DECADE = re.compile(r"(?i)\b(?:in|during|throughout|through)\s+the\s+(?:(?:early|mid|late)[\s-]+)?(?:1[89]|20)\d0s\b")


def names_decade(text: str) -> bool:
    """Tell whether a sentence sets something in a decade ("civil wars in the 1990s", "during the
    late 1980s"): such a sentence tells background, which no day of the story's news dates."""
    return _DECADE.search(text) is not None


def period_end(day: date, precision: DatePrecision | None) -> date:
    """Return the last day of the period a date names ("this year" reaches to December 31st, "next
    week" to its Sunday): a plan dated "this year" is to be done by then, not intended then."""
    if precision == DatePrecision.YEAR:
        return date(day.year, 12, 31)
    if precision == DatePrecision.MONTH:
        following = date(day.year + day.month // 12, day.month % 12 + 1, 1)
        return following - timedelta(days=1)
    if precision == DatePrecision.WEEK:
        return day + timedelta(days=6 - day.weekday())
    return day


def done_by_phrases(phrases: Sequence[Phrase], published: date | None) -> list[Phrase]:
    """Return the "by" limits no later than publication, which date an act told as done ("by
    Monday evening the elders had talked them round": done that day), though not one it sets
    for another act ("ordered them to leave by Friday")."""
    return [p for p in phrases if p.deadline and p.by and published is not None and p.date.date is not None
            and p.date.date <= published]


def resolve_date(text: str, published: date | None, *, future: bool = False) -> EventDate | None:
    """Return the date a sentence gives for its event, or None when it names none."""
    return best_date(date_phrases(text, published, future=future))


def best_date(phrases: Sequence[Phrase]) -> EventDate | None:
    """Return the date of a sentence's best-ranked date phrase, or None when it has none."""
    return min(phrases, key=lambda p: p.rank).date if phrases else None


def _future_at(text: str, start: int, future: bool) -> bool:
    """Tell whether a date phrase points ahead: its clause speaks of what is to come ("is due to
    meet on Friday"), or the event does (`future`) and no past-tense verb precedes the phrase."""
    before = text[:start]
    if _FUTURE_CUE.search(_CLAUSE_BREAK.split(before)[-1]):
        return True
    return future and not _AFTER_PAST.search(before)


def _resolve(match: re.Match[str], base: date | None, future: bool, read: CalendarReader) -> Resolved | None:
    kind = match.lastgroup
    try:
        if kind == "calendar":
            resolved = _calendar(match, base, future, read)
        else:
            resolved = _RESOLVERS[kind](match, base, future) if kind else None
    except (OverflowError, ValueError):  # a phrase that points past the calendar's ends
        return None
    return resolved if resolved is not None and date_in_range(resolved[0]) else None


_CALENDAR_NAME = re.compile(rf"{_FULL_MONTH}|{_WEEKDAY}", re.IGNORECASE)


def calendar_name(word: str) -> bool:
    """Tell whether a word is the name of a month or a weekday ("March", "Friday")."""
    return _CALENDAR_NAME.fullmatch(word) is not None


def published_date(published: date | None) -> EventDate:
    """Return the fallback event date: the article's publication date, if known and sane."""
    if published is None or not date_in_range(published):
        return EventDate(date=None, precision=None, text=None, how="none")
    return EventDate(date=published, precision=DatePrecision.DAY, text=None, how="published")


def calendar_reader(published: date | None) -> CalendarReader:
    """Return a reader of calendar phrases for an article: one dateparser parser, its settings
    built once, that reads a yearless phrase as of the publication date."""
    base = published if date_in_range(published) else None
    relative_base = datetime(base.year, base.month, base.day) if base else datetime(2000, 1, 1)
    parser = DateDataParser(languages=["en"], settings={"RELATIVE_BASE": relative_base,
                                                        "REQUIRE_PARTS": ["day", "month"]})
    return lambda phrase: parser.get_date_data(phrase).date_obj


def _calendar(match: re.Match[str], base: date | None, future: bool, read: CalendarReader) -> Resolved | None:
    """Resolve a calendar date ("November 14", "14 November 2023", "2023-11-14")."""
    phrase = match.group("calendar")
    parsed = read(phrase)
    if parsed is None:
        return None
    if _HAS_YEAR.search(phrase):
        return parsed.date(), DatePrecision.DAY
    if base is None:
        return None
    day = _month_day(parsed.month, parsed.day, base, future)
    return (day, DatePrecision.DAY) if day else None


def _month_day(month: int, day: int, base: date, future: bool) -> date | None:
    """Return the yearless month-day nearest the base date on the side the tense points to."""
    years = range(base.year, base.year + 9) if future else range(base.year, base.year - 9, -1)
    for year in years:
        try:
            candidate = date(year, month, day)
        except ValueError:  # February 29 outside a leap year
            continue
        if (candidate >= base) if future else (candidate <= base + _TOLERANCE):
            return candidate
    return None


def _month_year(match: re.Match[str], base: date | None, future: bool) -> Resolved | None:
    """Resolve a month with its year ("March 2019")."""
    month = _month_number(match.group("month_year"))
    return date(int(match.group("my_year")), month, 1), DatePrecision.MONTH


def _month(match: re.Match[str], base: date | None, future: bool) -> Resolved | None:
    """Resolve a month without a year ("in March", "last March", "mid-March")."""
    if base is None:
        return None
    month = _month_number(match.group("month").split()[-1].split("-")[-1])
    offset = _cycle_offset(base.month - 1, month - 1, 12, match.group("m_dir"), future)
    return _add_months(base.replace(day=1), offset), DatePrecision.MONTH


def _year(match: re.Match[str], base: date | None, future: bool) -> Resolved | None:
    """Resolve a year ("in 2019", "since 2019")."""
    return date(int(match.group("y_num")), 1, 1), DatePrecision.YEAR


def _weekday(match: re.Match[str], base: date | None, future: bool) -> Resolved | None:
    """Resolve a weekday ("Tuesday", "last Friday", "Monday night", "Friday's")."""
    if base is None:
        return None
    name = match.group("weekday").split()[1 if match.group("w_dir") else 0]
    target = _WEEKDAYS.index(name[:3].lower())
    offset = _cycle_offset(base.weekday(), target, 7, match.group("w_dir"), future)
    return base + timedelta(days=offset), DatePrecision.DAY


def _cycle_offset(current: int, target: int, period: int, direction: str | None,
                  future: bool) -> int:
    """Return the step from current to target in a cycle, following the direction or tense."""
    back, ahead = (current - target) % period, (target - current) % period
    if direction and direction.lower() == "last":
        return -(back or period)
    if direction and direction.lower() == "next":
        return ahead or period
    return ahead if future else -back


# The seasons by the month each opens with, as the northern hemisphere and news wires count them.
_SEASON_OPENS = MappingProxyType({"winter": 12, "spring": 3, "summer": 6, "autumn": 9, "fall": 9})


def _season(match: re.Match[str], base: date | None, future: bool) -> Resolved | None:
    """Resolve a season without its year ("in the spring", "last summer") to the year it opened
    in: the latest such season up to the base date (the next one for an act to come), the one
    before that after "last"; a season has no month of its own to tell. "This winter" is left
    unread: as often the season to come, for which a thing is meant, as the one under way."""
    if base is None:
        return None
    opens = _SEASON_OPENS[match.group("se_name").lower()]
    current = (base.month % 12) // 3  # winter 0, spring 1, summer 2, autumn 3
    offset = _cycle_offset(current, (opens % 12) // 3, 4, match.group("se_dir"), future)
    season_start = date(base.year - (base.month < 3), (current * 3) or 12, 1)
    start = _add_months(season_start, offset * 3)
    return date(start.year, 1, 1), DatePrecision.YEAR


def _weekend(match: re.Match[str], base: date | None, future: bool) -> Resolved | None:
    """Resolve "over the weekend", "last weekend", "this weekend" to the weekend's Saturday: the
    last one on or before the base date, or the next one for a coming weekend ("next weekend",
    "this weekend" on a weekday, any in the future tense)."""
    if base is None:
        return None
    direction = " ".join((match.group("we_dir") or "").lower().split())
    ahead = direction == "next" or (direction == "this" and base.weekday() < 5) or (future and not direction)
    saturday = base - timedelta(days=(base.weekday() - 5) % 7)  # the last one on or before the base
    if ahead and (direction == "next" or saturday < base - timedelta(days=1)):
        saturday += timedelta(days=7)
    return saturday, DatePrecision.DAY


def _day_word(match: re.Match[str], base: date | None, future: bool) -> Resolved | None:
    """Resolve "yesterday", "today", "tonight", "tomorrow" or "last night"."""
    if base is None:
        return None
    word = " ".join(match.group("day_word").lower().split())
    return base + timedelta(days=_DAY_WORDS[word]), DatePrecision.DAY


def count_of(number: str) -> int:
    """Return the count a date phrase names in digits or in words ("6", "six", "a")."""
    return int(number) if number.isdigit() else NUMBER_WORDS[number.lower()]


def _relative(match: re.Match[str], base: date | None, future: bool) -> Resolved | None:
    """Resolve "last week", "earlier this month", "next year" and the like."""
    if base is None:
        return None
    steps = _DIRECTIONS[match.group("r_dir").lower()]
    return _shift(base, match.group("r_unit").lower(), steps)


def _ago(match: re.Match[str], base: date | None, future: bool) -> Resolved | None:
    """Resolve "two days ago", "a week ago" and the like. Years ago are counted back from the
    base, not by the calendar: "a year ago" in a story of December is that December's month a
    year back, not the whole of that year ("last year")."""
    if base is None:
        return None
    unit, count = match.group("a_unit").lower(), count_of(match.group("a_num"))
    if unit == "year":
        return _add_months(base.replace(day=1), -12 * count), DatePrecision.MONTH
    return _shift(base, unit, -count)


def _span(match: re.Match[str], base: date | None, future: bool) -> Resolved | None:
    """Resolve a span reaching to the base date ("for the past six weeks", "in the last ten days")
    to the month it lies in, else the year; one reaching into another year names no date."""
    if base is None:
        return None
    count = count_of(match.group("s_num"))
    unit = match.group("s_unit").lower()
    start = _add_months(base.replace(day=1), -count) if unit == "month" else base - timedelta(
        days=count * (7 if unit == "week" else 1))
    if start.year != base.year:
        return None
    if start.month == base.month:
        return base.replace(day=1), DatePrecision.MONTH
    return date(base.year, 1, 1), DatePrecision.YEAR


def _shift(base: date, unit: str, steps: int) -> Resolved:
    """Return the start of the day, week, month or year that is some steps from the base."""
    if unit == "day":
        return base + timedelta(days=steps), DatePrecision.DAY
    if unit == "week":
        monday = base - timedelta(days=base.weekday())
        return monday + timedelta(weeks=steps), DatePrecision.WEEK
    if unit == "month":
        return _add_months(base.replace(day=1), steps), DatePrecision.MONTH
    return date(base.year + steps, 1, 1), DatePrecision.YEAR


def _add_months(first: date, months: int) -> date:
    """Return the first day of the month some months from the given first of a month."""
    years, month = divmod(first.month - 1 + months, 12)
    return date(first.year + years, month + 1, 1)


def _month_number(phrase: str) -> int:
    """Return the number (1-12) of the month a phrase starts with."""
    return _MONTHS.index(phrase.lstrip()[:3].lower()) + 1


_Resolver = Callable[[re.Match[str], date | None, bool], Resolved | None]
_RESOLVERS: Mapping[str, _Resolver] = MappingProxyType({
    "month_year": _month_year,
    "month": _month,
    "year": _year,
    "season": _season,
    "weekday": _weekday,
    "weekend": _weekend,
    "day_word": _day_word,
    "relative": _relative,
    "ago": _ago,
    "span": _span,
})


def continues_previous(text: str | Sequence[str], lexicon: Lexicon) -> bool:
    """Tell whether a sentence (its text or its lowercase words) opens by going on with the one
    before it: with a pronoun ("He said ..."), a sequence adverb ("Later, ...") or an event named
    again ("The visit ...")."""
    words = _WORD_RE.findall(text.lower()) if isinstance(text, str) else text
    if not words:
        return False
    if words[0] in lexicon.continuation_opener:
        return True
    return words[0] in {"the", "that"} and len(words) > 1 and words[1] in lexicon.event_noun
