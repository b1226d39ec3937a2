"""The pairs of parties one event record names, for scoring it against gold sets that list one
event per pair: a record of one act of several parties (`also_sources`, `also_targets`) is
credited with each gold event one of its pairs matches, and counted once when it matches one or
none (so a gold set that codes the act once, with a set of sources, counts it once)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from eventwire.model import EventMention

Matching = Callable[[int, int, Callable[[int, int], bool], Callable[[int, int], bool] | None],
                    list[tuple[int, int]]]


def pair_views(event: EventMention) -> tuple[EventMention, ...]:
    """Return the record as one record per (source, target) pair it names, the primary pair
    first; a record naming no other party is its own only view."""
    if not event.also_sources and not event.also_targets:
        return (event,)
    sources = (event.source, *event.also_sources)
    targets = (event.target, *event.also_targets)
    views = [replace(event, source=s, target=t, also_sources=(), also_targets=())
             for s in sources for t in targets if s != t]
    return tuple(views)


def credited_matching(n_gold: int, events: Sequence[EventMention], ok: Callable[[int, EventMention], bool],
                      matching: Matching, prefer: Callable[[int, EventMention], bool] | None = None,
                      ) -> tuple[list[tuple[int, int]], int]:
    """Match gold events to the pairs of the records (`ok(gold, pair view)`, `matching` a maximum
    one-to-one matching, grown from the pairs `prefer` accepts when given); return (gold, record)
    pairs and the number of matches beyond a record's first, which count as emitted too."""
    views = [(n, view) for n, event in enumerate(events) for view in pair_views(event)]
    first = None if prefer is None else (lambda g, v: prefer(g, views[v][1]))
    found = sorted((g, views[v][0]) for g, v in matching(n_gold, len(views), lambda g, v: ok(g, views[v][1]), first))
    return found, len(beyond_first(found))


def beyond_first(pairs: Sequence[tuple[int, int]]) -> list[int]:
    """Return, for (gold, record) matches, the record of each match past that record's first:
    the matches that count as emitted events too."""
    seen: set[int] = set()
    more = []
    for _, record in pairs:
        if record in seen:
            more.append(record)
        seen.add(record)
    return more
