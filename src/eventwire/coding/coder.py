"""Code one parsed sentence: predicates, their sources and targets, attributes, and drops."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Token

from eventwire import attributes
from eventwire.actors.resolve import SentenceHits
from eventwire.coding.match import Predicate, find_predicates
from eventwire.coding.patterns import PatternSet
from eventwire.coding.roles import PASSIVE_WITHOUT_AGENT, Side, find_source, find_target, make_resolver
from eventwire.model import Actor, Mention, Modality, Span
from eventwire.nlp import proper_noun_runs


@dataclass(frozen=True, slots=True, kw_only=True)
class RawEvent:
    """A coded event before dates, places and codebook fields are attached."""

    rule: str
    cameo: str
    source: Mention
    target: Mention | None
    action: Span
    negated: bool
    joint: bool = False  # several countries act together ("French and Egyptian warships")
    modality: Modality
    speaker: str | None
    how: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Drop:
    """A candidate event that was not emitted, and why."""

    rule: str
    action: str
    reason: str


@dataclass(frozen=True, slots=True, kw_only=True)
class SentenceCoding:
    """What coding one sentence produced."""

    events: tuple[RawEvent, ...]
    drops: tuple[Drop, ...]
    subject: Side | None


Antecedent = Callable[[Token], Side | None]
# The unnamed state that performs a passive state act ("were arrested"): its entry and kind.
STATE_ENTRY = "implied-source:state"
STATE_KIND = "implied"
# Acts that co-actors do to each other when no one else is named: talks, agreements, cooperation,
# ceasefires, joint exercises, broken ties and talks, exchanges of fire ("Jordan and Britain agreed",
# "Thai and Cambodian troops exchanged fire").
MUTUAL_CODES = ("03", "04", "05", "06", "087", "150", "161", "164", "193")


def _action(predicate: Predicate, sentence: SentenceHits) -> Span:
    tokens = list(predicate.tokens) + ([predicate.obj] if predicate.obj is not None else [])
    first = min(tokens, key=lambda t: t.i)
    last = max(tokens, key=lambda t: t.i)
    start, end = first.idx, last.idx + len(last.text)
    return Span(text=sentence.text[start:end], start=sentence.offset + start, end=sentence.offset + end)


def _speaker(predicate: Predicate, resolve: Callable[[Token], list[Mention]], source: Side) -> str | None:
    token = attributes.speaker_token(predicate.head)
    if token is None:
        return None
    if token is source.token or (source.token is not None and token.i == source.token.i) or token.pos_ == "PRON":
        people = [m.person for m in source.mentions if m.person]
        return people[0] if people else (source.mentions[0].text if source.mentions else None)
    mentions = resolve(token)
    people = [m.person for m in mentions if m.person]
    if people:
        return people[0]
    names = proper_noun_runs(list(token.subtree))
    return names[0].text if names else " ".join(t.text for t in token.subtree if not t.is_punct)


def _events(predicate: Predicate, source: Side, target: Side, sentence: SentenceHits,
            speaker: str | None) -> list[RawEvent]:
    action = _action(predicate, sentence)
    neg = attributes.negated(predicate.tokens)
    mode = attributes.modality(predicate.head)
    events = []
    seen: set[tuple[str, str | None]] = set()
    countries = {m.actor.country for m in source.mentions if m.actor.country}
    joint = len(countries) > 1
    # Countries acting together whose found "target" is one of themselves ("Argentina and Chile
    # signed ... in Santiago") are each other's counterparts.
    named: list[Mention | None] = [m for m in target.mentions if not (joint and m.actor.country in countries)]
    mutual = predicate.pattern.cameo.startswith(MUTUAL_CODES)
    for src in source.mentions:
        others: list[Mention | None] = [m for m in source.mentions if mutual and m.actor.code != src.actor.code]
        targets = named or others or [None]
        for tgt in targets:
            if tgt is not None and (tgt.start, tgt.end, tgt.actor.code) == (src.start, src.end, src.actor.code):
                continue
            key = (src.actor.code, tgt.actor.code if tgt else None)
            if key in seen:
                continue
            seen.add(key)
            events.append(RawEvent(rule=predicate.pattern.id, cameo=predicate.pattern.cameo, source=src,
                                   target=tgt, action=action, negated=neg, modality=mode, joint=joint,
                                   speaker=speaker, how=f"source: {source.how}; target: {target.how}"))
    return events


def code_sentence(sentence: SentenceHits, patterns: PatternSet, antecedent: Antecedent,
                  state_act: Callable[[str], bool] = lambda _code: False) -> SentenceCoding:
    """Code every predicate of a parsed sentence. `state_act` tells which codes told in the
    passive without agent ("were arrested") are acts of the state where they happen."""
    resolve = make_resolver(sentence)
    predicates, misses = find_predicates(list(sentence.doc), patterns)
    events: list[RawEvent] = []
    drops = [Drop(rule="-", action=t.text, reason=why) for t, why in misses]
    for predicate in predicates:
        rule, text = predicate.pattern.id, _action(predicate, sentence).text
        claim = attributes.claim_noun(predicate.head)
        if claim is not None:
            drops.append(Drop(rule=rule, action=text, reason=f"inside a reported claim ('{claim.text}')"))
            continue
        source = find_source(predicate, resolve, antecedent)
        if not source.mentions and source.how == PASSIVE_WITHOUT_AGENT and state_act(predicate.pattern.cameo):
            source = _the_state(predicate, sentence)
        if not source.mentions:
            drops.append(Drop(rule=rule, action=text, reason=f"no source actor ({source.how})"))
            continue
        target = find_target(predicate, resolve, source)
        speaker = _speaker(predicate, resolve, source)
        events.extend(_events(predicate, source, target, sentence, speaker))
    return SentenceCoding(events=tuple(events), drops=tuple(drops), subject=_main_subject(sentence, resolve))


def _the_state(predicate: Predicate, sentence: SentenceHits) -> Side:
    """Return the unnamed state as the source of a passive state act; the article stage gives it
    the country where the act happened, or drops the event."""
    span = _action(predicate, sentence)
    actor = Actor(code="GOV", country=None, sectors=("GOV",), name="authorities")
    mention = Mention(actor=actor, text=span.text, start=span.start, end=span.end, entry=STATE_ENTRY,
                      entries=(STATE_ENTRY,), kind=STATE_KIND, confidence=0.5)
    return Side(mentions=(mention,), how="passive without agent: the state where it happened")


def _main_subject(sentence: SentenceHits, resolve: Callable[[Token], list[Mention]]) -> Side | None:
    root = next((t for t in sentence.doc if t.dep_ == "ROOT"), None)
    if root is None:
        return None
    subjects = [c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subjects or subjects[0].pos_ == "PRON":
        return None
    mentions = resolve(subjects[0])
    return Side(mentions=tuple(mentions), how="antecedent", token=None) if mentions else None
