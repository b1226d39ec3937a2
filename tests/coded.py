"""What the coding tests compare: each event of a text as (source code, CAMEO, target code)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date

from eventwire.model import EventMention, Mention
from eventwire.party_pairs import pair_views
from eventwire.pipeline import code
from eventwire.resources import Resources

PUBLISHED = date(2024, 3, 6)


def coded(resources: Resources, text: str, published: date = PUBLISHED) -> list[tuple[str | None, str, str | None]]:
    """Code a text and return its events as (source code, CAMEO code, target code)."""
    return [(actor_code(e.source), e.cameo, actor_code(e.target))
            for e in code(text, published=published, resources=resources)]


def coded_dates(resources: Resources, text: str, published: date = PUBLISHED) -> list[tuple[str, date | None]]:
    """Code a text and return its events as (CAMEO code, date)."""
    return [(e.cameo, e.date.date) for e in code(text, published=published, resources=resources)]


def keeping_undirected(resources: Resources) -> Resources:
    """Return resources that keep acts on another party with no target found, for tests of what
    such an act is coded as, dated or placed."""
    return replace(resources, keep_undirected=True)


def actor_code(side: Mention | None) -> str | None:
    """Return a mention's actor code, or None for no mention."""
    return None if side is None else side.actor.code


def each_pair(events: Iterable[EventMention]) -> list[EventMention]:
    """Return events as one per pair of parties they name: a record of one act of several parties
    (`also_sources`, `also_targets`) as its pairs (`eventwire.party_pairs`)."""
    return [view for event in events for view in pair_views(event)]


def coded_pairs(resources: Resources, text: str,
                published: date = PUBLISHED) -> list[tuple[str | None, str, str | None]]:
    """Code a text and return each pair of parties of its events as (source code, CAMEO, target code)."""
    return [(actor_code(e.source), e.cameo, actor_code(e.target))
            for e in each_pair(code(text, published=published, resources=resources))]
