"""The target an act borrows from the act its clause goes on from: a verb coordinated with
another and sharing its subject ("telephoned his counterpart and promised to ..."), or a participle
clause added to a verb ("seized the boats, accusing their crews of ..."), tells a second act of the
same actor toward the same party when it names none of its own."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Token

from eventwire.coding.decisions import Kind, Role
from eventwire.ontology.conventions import Conventions
from eventwire.parse_labels import OWN_SUBJECT_DEPS

if TYPE_CHECKING:
    from eventwire.coding.coder import RawEvent


def continued_verb(verb: Token) -> Token | None:
    """Return the verb whose act `verb` goes on from: the verb it is coordinated with when it has
    no subject of its own, or the verb a participle clause with no subject or mark hangs from;
    None for any other verb (a clause with its own subject tells another actor's act)."""
    own = {c.dep_ for c in verb.children}
    if own & OWN_SUBJECT_DEPS:
        return None
    if verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"}:
        return verb.head
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and "mark" not in own:
        return verb.head
    return None


def borrow_targets(coded: Sequence[tuple[Token, Sequence[RawEvent]]], conventions: Conventions) -> list[RawEvent]:
    """Return the events of a sentence's verbs, an act on another party that found no target
    given the target of the act its verb goes on from (`continued_verb`) when the same actor did
    that act to another party: one actor's second act told in the same breath is done to the same
    party. A target of the actor's own country is not lent: what the first act does at home says
    nothing of whom the second is aimed at."""
    by_verb = {verb.i: events for verb, events in coded}
    return [_borrowed(event, verb, by_verb, conventions) for verb, events in coded for event in events]


def _borrowed(event: RawEvent, verb: Token, by_verb: dict[int, Sequence[RawEvent]],
              conventions: Conventions) -> RawEvent:
    """Return an event of `verb` with the target `borrow_targets` lends it, else as it is."""
    before = continued_verb(verb)
    if before is None or event.target is not None or not conventions.needs_target(event.cameo):
        return event
    done = next((e for e in by_verb.get(before.i, ()) if _other_party(e)
                 and e.source.actor.code == event.source.actor.code), None)
    if done is None:
        return event
    return replace(event, target=done.target, target_how=Role(kind=Kind.CONTINUED, via=before.text))


def _other_party(event: RawEvent) -> bool:
    """Tell whether an event is done to a party of another country than its source's, both
    countries known."""
    target, country = event.target, event.source.actor.country
    return target is not None and None not in (country, target.actor.country) and target.actor.country != country
