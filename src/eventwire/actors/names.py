"""Person names across an article: a lone surname names a person only after the full name.

News names a person in full at first mention ("Mahmoud Abbas") and by surname afterwards
("Abbas"). A surname alone, with no full name before it, more often belongs to someone the
dictionaries do not list ("intelligence chief Abbas Kamel"), so the person entries of a one-token
hit are kept only when an earlier hit of the same article named that person in full, and never
when the token is followed by another capitalised name word that no entry covers.
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from eventwire.actors.dictionary import Entry, EntryKind

if TYPE_CHECKING:
    from eventwire.actors.matcher import Hit


def _calendar_words() -> frozenset[str]:
    names = (*calendar.day_name, *calendar.month_name, *calendar.day_abbr, *calendar.month_abbr)
    return frozenset(n.lower() for n in names if n)


def _full_name(entry: Entry, hit: Hit) -> bool:
    """Tell whether a hit names a person in full: two name words or more, or a one-word name."""
    return hit.end - hit.start > 1 or len(entry.name.split()) == 1


def _name_goes_on(doc: Doc, hit: Hit, covered: set[int], calendar_words: frozenset[str]) -> bool:
    """Tell whether the word after a hit continues a person's name no entry covers ("Abbas Kamel")."""
    if hit.end >= len(doc) or hit.end in covered:
        return False
    following = doc[hit.end]
    return following.is_alpha and following.is_title and following.lower_ not in calendar_words


def _title_sectors(hits: Sequence[Hit], k: int) -> set[str]:
    """Return the sectors of role words right beside hit `k` ("President X", "the X administration")."""
    hit = hits[k]
    beside = [h for h in (hits[k - 1] if k else None, hits[k + 1] if k + 1 < len(hits) else None)
              if h is not None and (h.end == hit.start or h.start == hit.end)]
    return {s for h in beside for e in h.entries if e.kind == EntryKind.ROLE for s in e.sectors}


def backed_names(doc: Doc, hits: Sequence[Hit]) -> list[Hit]:
    """Return the hits with the person entries of unbacked one-token names taken out (a hit left
    with no entry is dropped), scanning the article left to right.

    A one-token name is backed by the full name earlier in the article, or by a title of the
    person's sector right beside it ("President X", "the X government").
    """
    named: set[str] = set()
    covered = {i for h in hits for i in range(h.start, h.end)}
    calendar_words = _calendar_words()
    kept: list[Hit] = []
    for k, hit in enumerate(hits):
        persons = [e for e in hit.entries if e.kind == EntryKind.PERSON]
        full = {e.name for e in persons if _full_name(e, hit)}
        backed = set(full)
        if len(full) < len(persons) and not _name_goes_on(doc, hit, covered, calendar_words):
            titles = _title_sectors(hits, k)
            backed |= {e.name for e in persons if e.name in named or titles.intersection(e.sectors)}
        entries = tuple(e for e in hit.entries if e.kind != EntryKind.PERSON or e.name in backed)
        if entries:
            kept.append(replace(hit, entries=entries) if len(entries) < len(hit.entries) else hit)
        named |= full
    return kept
