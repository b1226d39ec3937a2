"""People named outside every office the dictionaries date them in.

The dictionaries list many people only under date-bounded offices ("prime minister from 2015 to
2019"). Named before or after all of them (a former minister, one not yet in office), a person
names no office holder, but he is still of his country: he takes the country of the office
nearest the event's date, with no sector of his own (the phrase's role words give it one). An
office of an international body he held gives none: a former secretary general of a regional
body is his own country's, not the body's. A person listed by one name alone (a king's "Hussein")
names no one outside his offices: many others bear that name.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from eventwire.actors.dictionary import Entry, EntryKind

if TYPE_CHECKING:
    from eventwire.actors.matcher import Hit

FORMER = "former:"  # the id prefix of the entry a person out of office is coded by (explain shows it)


def out_of_office(hit: Hit, when: tuple[date | None, date | None]) -> Entry | None:
    """Return the entry a person hit names when none of its people is in office on the period
    `when` (a first day and maybe a last): his nearest dated office's country, undated and without
    sectors; None when the hit names no person, one in office, one of no country's office, or one
    listed by a single name."""
    persons = [e for e in hit.entries if e.kind == EntryKind.PERSON]
    if not persons or when[0] is None or any(e.valid_on(*when) for e in persons):
        return None
    offices = [e for e in persons if e.country and _national(e) and len(e.name.split()) > 1]
    if not offices:
        return None
    nearest = min(offices, key=lambda e: _days_apart(e, when))
    return replace(nearest, id=FORMER + nearest.id, code=nearest.country or "", sectors=(),
                   valid_from=None, valid_until=None)


def _national(entry: Entry) -> bool:
    """Tell whether an office is one of the person's country (not of an international body)."""
    return "IGO" not in entry.sectors and entry.code.startswith(entry.country or "-")


def _days_apart(entry: Entry, when: tuple[date | None, date | None]) -> int:
    """Return how many days lie between an office and a period that does not meet it."""
    first, last = when[0], when[1] or when[0]
    if entry.valid_until is not None and first is not None and first > entry.valid_until:
        return (first - entry.valid_until).days
    if entry.valid_from is not None and last is not None and last < entry.valid_from:
        return (entry.valid_from - last).days
    return 0
