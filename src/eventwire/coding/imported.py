"""What patterns imported from TABARI/PETRARCH dictionaries change in a sentence's coding.

- A pattern with a `reverse` code (imported `[032:033]`: a visit is also a hosting) yields, beside
  each event it codes with a target, the event the target does to the source, at that code.
- Imported patterns (and their back-off defaults) were written for a coder that codes only events
  with both a source and a target: their events without a target are dropped, not guessed.
- A verb whose default code is a bare statement (`010`) is a verb of speech by the dictionary's own
  account: its back-off is dropped, as for the lexicon's speech verbs (what is said is coded, not
  the saying).
- In the shipped base layer, nor is a back-off to material conflict (CAMEO quad class 4: protest,
  force, coercion ...): a verb's default code is a guess, and in news verbs of force are often
  figurative ("beat Colombia 1-0"); only a pattern (an object, a phrase) vouches for force. (Users'
  own imported dictionaries keep those back-offs, as PETRARCH codes them.)
"""

from __future__ import annotations

from dataclasses import replace

from eventwire.coding.coder import RawEvent, SentenceCoding
from eventwire.coding.decisions import Drop, Stage
from eventwire.coding.patterns import PatternSet, is_backoff, is_base
from eventwire.errors import CodeError
from eventwire.ontology import gdelt_quad_class

REVERSE_SUFFIX = "+reverse"
NO_TARGET = "no target: imported patterns code only events with both a source and a target"
STATEMENT = "010"
SPEECH = "a verb whose default code is a bare statement (010) reports speech: its back-off is not coded"
CONFLICT = "a back-off to material conflict is not coded: only a pattern vouches for force"
MATERIAL_CONFLICT = 4


def reverse_event(event: RawEvent, patterns: PatternSet) -> RawEvent | None:
    """Return what the target does back to the source, when the event's pattern says so."""
    pattern = patterns.by_id.get(event.rule)
    if pattern is None or not pattern.reverse or event.target is None:
        return None
    return replace(event, rule=f"{event.rule}{REVERSE_SUFFIX}", cameo=pattern.reverse, source=event.target,
                   target=event.source, source_how=event.target_how, target_how=event.source_how, joint=False)


def _key(event: RawEvent) -> tuple[str, str | None, str]:
    return event.source.actor.code, event.target.actor.code if event.target else None, event.cameo


def _unfit(event: RawEvent, patterns: PatternSet) -> str | None:
    """Return why an imported pattern's event is not coded, if it is not."""
    pattern = patterns.by_id.get(event.rule)
    if pattern is None or not pattern.imported:
        return None
    if event.target is None:
        return NO_TARGET
    if not is_backoff(pattern.id):
        return None
    if pattern.cameo == STATEMENT:
        return SPEECH
    return CONFLICT if is_base(pattern) and _quad_class(pattern.cameo) == MATERIAL_CONFLICT else None


def _quad_class(cameo: str) -> int | None:
    try:
        return gdelt_quad_class(cameo[:2])
    except (CodeError, ValueError):
        return None  # a legacy code outside CAMEO's twenty roots


def screen_imported(coding: SentenceCoding, patterns: PatternSet) -> SentenceCoding:
    """Return a sentence's coding with the reverse events its patterns call for added, and the
    events of imported patterns that found no target (or back off to a bare statement) dropped."""
    kept: list[RawEvent] = []
    drops: list[Drop] = []
    for event in coding.events:
        why = _unfit(event, patterns)
        if why is None:
            kept.append(event)
        else:
            drops.append(Drop(stage=Stage.TARGET if why == NO_TARGET else Stage.MATCH, rule=event.rule,
                              span=event.action, reason=why))
    seen = {_key(e) for e in kept}
    for event in list(kept):
        back = reverse_event(event, patterns)
        if back is not None and _key(back) not in seen:
            seen.add(_key(back))
            kept.append(back)
    if not drops and len(kept) == len(coding.events):
        return coding
    return replace(coding, events=tuple(kept), drops=coding.drops + tuple(drops))
