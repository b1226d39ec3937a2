"""Add the reverse events of patterns that code both directions of one event.

A pattern with a `reverse` code (imported `[032:033]`: a visit is also a hosting) yields, beside
each event it codes with a target, the event the target does to the source, at that code.
"""

from __future__ import annotations

from dataclasses import replace

from eventwire.coding.coder import RawEvent, SentenceCoding
from eventwire.coding.patterns import PatternSet

REVERSE_SUFFIX = "+reverse"


def reverse_event(event: RawEvent, patterns: PatternSet) -> RawEvent | None:
    """Return what the target does back to the source, when the event's pattern says so."""
    pattern = patterns.by_id.get(event.rule)
    if pattern is None or not pattern.reverse or event.target is None:
        return None
    return replace(event, rule=f"{event.rule}{REVERSE_SUFFIX}", cameo=pattern.reverse, source=event.target,
                   target=event.source, source_how=event.target_how, target_how=event.source_how, joint=False)


def with_reverse_events(coding: SentenceCoding, patterns: PatternSet) -> SentenceCoding:
    """Return a sentence's coding with the reverse events its patterns call for added."""
    added = [r for e in coding.events if (r := reverse_event(e, patterns)) is not None]
    seen = {(e.source.actor.code, e.target.actor.code if e.target else None, e.cameo) for e in coding.events}
    fresh = [r for r in added if (r.source.actor.code, r.target.actor.code if r.target else None, r.cameo)
             not in seen]
    return replace(coding, events=coding.events + tuple(fresh)) if fresh else coding
