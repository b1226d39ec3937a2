"""Spans of time between the acts of a sentence, and dates moved by them: "three days after
coastguards seized the boat", "two weeks before", "eight years earlier", "the day before". The
phrases are read from the parse; `eventwire.date_attachment` decides which act they date."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import timedelta
from types import MappingProxyType
from typing import TYPE_CHECKING

from eventwire.dates import NUMBER_WORDS, count_of
from eventwire.doc_words import token_at
from eventwire.model import DatePrecision, EventDate

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from eventwire.coding.lexicon import Lexicon


_SPAN_UNITS = MappingProxyType({"day": DatePrecision.DAY, "week": DatePrecision.WEEK,
                               "month": DatePrecision.MONTH, "year": DatePrecision.YEAR})


def counted_clause_span(parse: Doc, action: int, lexicon: Lexicon,
                        verb: int | None = None) -> tuple[int, DatePrecision] | None:
    """Return the signed count and unit of time an action lies from the clause it hangs from when
    it lies in an "after" or "before" clause that counts them ("fined them, three days after
    coastguards seized the boat": -3 days; "two weeks before the army stormed the town": +2 weeks),
    or in the gerund of such a phrase ("freed them on Tuesday, nine days after seizing them": -9
    days), below `verb` (the verb a date phrase is on; any verb above when None); None when no
    such clause holds it."""
    token = parse[token_at(parse, action)]
    while token.i not in (verb, token.head.i):
        marks = [c for c in token.children if c.dep_ == "mark" and c.lower_ in {"after", "before"}]
        if token.dep_ == "advcl" and marks:
            return _counted([*token.children, *marks[0].children, *token.head.children], marks[0], token.head, lexicon)
        if token.dep_ == "pcomp" and token.head.lower_ in {"after", "before"}:
            return _counted(list(token.head.children), token.head, token.head.head, lexicon)
        token = token.head
    return None


def _counted(near: Sequence[Token], mark: Token, above: Token, lexicon: Lexicon) -> tuple[int, DatePrecision] | None:
    """Return the span a unit among `near` counts ("three days" after `mark`), else None; one on
    the verb `above` the clause counts only right before the mark."""
    counts = [t for t in near if t.dep_ == "npadvmod" and t.lemma_.lower() in _SPAN_UNITS
              and (t.head.i != above.i or t.i == mark.i - 1)]
    steps = _count(next((c for t in counts for c in t.children if c.dep_ in {"nummod", "det"}), None))
    if steps is None:
        return None
    return (-steps if mark.lower_ in lexicon.earlier_mark else steps), _SPAN_UNITS[counts[0].lemma_.lower()]


def span_from_other(verb: Token) -> tuple[int, DatePrecision] | None:
    """Return the signed count and unit of a span an act is told from the time of another act of
    its sentence by ("who had invaded the strip eight years earlier", "and expelled him two days
    later"), if its verb has one."""
    for way in (c for c in verb.children if c.dep_ == "advmod" and c.lower_ in {"earlier", "later"}):
        for unit in (c for c in way.children if c.dep_ == "npadvmod" and c.lemma_.lower() in _SPAN_UNITS):
            steps = _count(next((c for c in unit.children if c.dep_ in {"nummod", "det"}), None))
            if steps is not None:
                return (-steps if way.lower_ == "earlier" else steps), _SPAN_UNITS[unit.lemma_.lower()]
    return None


def _count(number: Token | None) -> int | None:
    """Return the count a number word or figure tells ("three", "12"), else None."""
    if number is None or (number.lower_ not in NUMBER_WORDS and not number.text.isdigit()):
        return None
    return count_of(number.text)


def moved_by(found: EventDate, steps: int, unit: DatePrecision) -> EventDate:
    """Return a date moved by a span: days and weeks move a day's date only, months a date of a
    month or finer (to its month), years any (to its year)."""
    if found.date is None or found.precision is None:
        return found
    if unit in {DatePrecision.DAY, DatePrecision.WEEK}:
        return _days_moved(found, steps * (7 if unit == DatePrecision.WEEK else 1))
    if unit == DatePrecision.MONTH:
        if found.precision == DatePrecision.YEAR:
            return found
        years, month = divmod(found.date.month - 1 + steps, 12)
        return replace(found, date=found.date.replace(year=found.date.year + years, month=month + 1, day=1),
                       precision=DatePrecision.MONTH, how="counted")
    return replace(found, date=found.date.replace(year=found.date.year + steps, month=1, day=1),
                   precision=DatePrecision.YEAR, how="counted")


def _days_moved(found: EventDate, days: int) -> EventDate:
    """Return a date told to the day moved by some days; a coarser date as it is."""
    if found.date is None or found.precision != DatePrecision.DAY:
        return found
    return replace(found, date=found.date + timedelta(days=days), how="counted")


def day_before(found: EventDate) -> EventDate:
    """Return the day before a date told to the day; a coarser date as it is (the act of an "after"
    clause, see `_told_after`, falls within the same month or year as often as not)."""
    if found.date is None or found.precision != DatePrecision.DAY:
        return found
    return replace(found, date=found.date - timedelta(days=1), how="day-before")
