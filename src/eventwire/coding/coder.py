"""Code one parsed sentence: predicates, their sources and targets, attributes, and drops."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from spacy.tokens import Token

from eventwire import attributes
from eventwire.actors.resolve import SentenceHits
from eventwire.coding.decisions import Drop, Kind, Role, Stage, describe
from eventwire.coding.lexicon import Lexicon
from eventwire.coding.match import Predicate, find_predicates, objects_of
from eventwire.coding.patterns import PatternSet
from eventwire.coding.roles import Antecedent, Side, conjunct_mentions, find_source
from eventwire.coding.targets import counterparts, find_target, make_resolver
from eventwire.model import Actor, Mention, Modality, Span
from eventwire.nlp import proper_noun_runs
from eventwire.ontology.conventions import Conventions


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
    source_how: Role
    target_how: Role


@dataclass(frozen=True, slots=True, kw_only=True)
class SentenceCoding:
    """What coding one sentence produced."""

    events: tuple[RawEvent, ...]
    drops: tuple[Drop, ...]
    subject: Side | None


@dataclass(frozen=True, slots=True, kw_only=True)
class Knowledge:
    """The data coding reads: verb patterns, code-keyed conventions and the word classes."""

    patterns: PatternSet
    conventions: Conventions
    lexicon: Lexicon


# The unnamed state that performs a passive state act ("were arrested"): its entry and kind.
STATE_ENTRY = "implied-source:state"
STATE_KIND = "implied"


def _action(predicate: Predicate, sentence: SentenceHits) -> Span:
    tokens = list(predicate.tokens) + ([predicate.obj] if predicate.obj is not None else [])
    first = min(tokens, key=lambda t: t.i)
    last = max(tokens, key=lambda t: t.i)
    start, end = first.idx, last.idx + len(last.text)
    return Span(text=sentence.text[start:end], start=sentence.offset + start, end=sentence.offset + end)


def _token_span(token: Token, sentence: SentenceHits) -> Span:
    return Span(text=token.text, start=sentence.offset + token.idx, end=sentence.offset + token.idx + len(token.text))


def _speaker(predicate: Predicate, resolve: Callable[[Token], list[Mention]], source: Side,
             lexicon: Lexicon) -> str | None:
    token = attributes.speaker_token(predicate.head, lexicon)
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


def _events(predicate: Predicate, sides: tuple[Side, Side], sentence: SentenceHits, speaker: str | None,
            knowledge: Knowledge) -> list[RawEvent]:
    source, target = sides
    action = _action(predicate, sentence)
    neg = attributes.negated(predicate.tokens, knowledge.lexicon)
    mode = attributes.modality(predicate.head, knowledge.lexicon)
    events = []
    seen: set[tuple[str, str | None]] = set()
    joint = len({m.actor.country for m in source.mentions if m.actor.country}) > 1
    for src in source.mentions:
        for tgt in counterparts(source, target, src, predicate.pattern.cameo, knowledge.conventions):
            if tgt is not None and (tgt.start, tgt.end, tgt.actor.code) == (src.start, src.end, src.actor.code):
                continue
            key = (src.actor.code, tgt.actor.code if tgt else None)
            if key in seen:
                continue
            seen.add(key)
            events.append(RawEvent(rule=predicate.pattern.id, cameo=predicate.pattern.cameo, source=src,
                                   target=tgt, action=action, negated=neg, modality=mode, joint=joint,
                                   speaker=speaker, source_how=source.how, target_how=target.how))
    return events


STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY"})
STATE_KINDS = frozenset({"country", "capital", "metonym"})


def _state(mention: Mention) -> bool:
    sectors = set(mention.actor.sectors)
    return (mention.kind in STATE_KINDS and not sectors) or (bool(sectors) and sectors <= STATE_SECTORS)


def same_state(source: Mention, target: Mention) -> bool:
    """Tell whether a target is the source's own state ("the government ... disappointed by the
    country", "the United States ... its leaders"): both the state of one country, on one side as
    the country alone or with the same sectors on both; a source that took its country from the
    target ("Yoruba leaders ... forgive the Nigerian president") is not told apart from it."""
    a, b = source.actor, target.actor
    if a.country is None or a.country != b.country or not (_state(source) and _state(target)):
        return False
    if any(e.startswith("domestic:") for e in source.entries):
        return False
    return not a.sectors or not b.sectors or set(a.sectors) == set(b.sectors)


def code_sentence(sentence: SentenceHits, knowledge: Knowledge, antecedent: Antecedent) -> SentenceCoding:
    """Code every predicate of a parsed sentence; the conventions tell which codes told in the
    passive without agent ("were arrested") are acts of the state where they happen."""
    resolve = make_resolver(sentence)
    lexicon, conventions = knowledge.lexicon, knowledge.conventions
    predicates, misses = find_predicates(list(sentence.doc), knowledge.patterns, lexicon, conventions)
    events: list[RawEvent] = []
    drops = [Drop(stage=Stage.MATCH, span=_token_span(t, sentence), reason=why) for t, why in misses]
    for predicate in predicates:
        rule, span = predicate.pattern.id, _action(predicate, sentence)
        claim = attributes.claim_noun(predicate.head, lexicon)
        if claim is not None:
            drops.append(Drop(stage=Stage.CLAIM, rule=rule, span=span,
                              reason=f"inside a reported claim ('{claim.text}')"))
            continue
        outer = attributes.wrapper(predicate.head, lexicon)
        if outer is not None:
            asked = _asked_for(predicate, outer, (sentence, resolve, antecedent), knowledge)
            events.extend(asked)
            if not asked:
                drops.append(Drop(stage=Stage.EXPECTED, rule=rule, span=span,
                                  reason=f"asked or expected of another actor, not done ('{outer.text}')"))
            continue
        source = find_source(predicate, resolve, antecedent, lexicon)
        if (not source.mentions and source.how.kind == Kind.PASSIVE_WITHOUT_AGENT
                and conventions.state_act(predicate.pattern.cameo)):
            source = _the_state(predicate, sentence)
        if not source.mentions:
            drops.append(Drop(stage=Stage.SOURCE, rule=rule, span=span,
                              reason=f"no source actor ({describe(source.how)})"))
            continue
        if _others_possibility(predicate, resolve, source, lexicon):
            drops.append(Drop(stage=Stage.EXPECTED, rule=rule, span=span,
                              reason="a possibility others speak of, not the actor's act or threat"))
            continue
        target = find_target(predicate, resolve, source, lexicon, conventions)
        if not target.mentions:
            target = (_cause_of_feeling(predicate, resolve, source, lexicon)
                      or _earlier_act(predicate, antecedent, source, lexicon) or target)
        if not target.mentions and _warning_about_things(predicate, resolve, lexicon):
            drops.append(Drop(stage=Stage.MATCH, rule=rule, span=span,
                              reason="a warning of what something would do, with no one threatened"))
            continue
        speaker = _speaker(predicate, resolve, source, lexicon)
        events.extend(_events(predicate, (source, target), sentence, speaker, knowledge))
    return SentenceCoding(events=tuple(events), drops=tuple(drops), subject=_main_subject(sentence, resolve))


def _asked_for(predicate: Predicate, outer: Token,
               where: tuple[SentenceHits, Callable[[Token], list[Mention]], Antecedent],
               knowledge: Knowledge) -> list[RawEvent]:
    """Code an act one actor asks of another as the asker's appeal (020: "called on Iraq to
    expel the militants") or, for a cooperative act it expects, its demand (100: "Kenya expects
    Somalia to stop the raids") aimed at the other; anything else expected is no event."""
    sentence, resolve, antecedent = where
    lexicon, root = knowledge.lexicon, predicate.pattern.cameo[:2]
    cooperative = root.isdigit() and int(root) <= 9
    if outer.lemma_ in lexicon.appeal_verb:
        cameo, token = "020", attributes.addressee(outer)
    elif outer.lemma_ in lexicon.demanding_verb and cooperative:
        cameo, token = "100", None
    else:
        return []
    addressee = (Side(mentions=tuple(conjunct_mentions(token, resolve)), how=Role(kind=Kind.DOBJ), token=token)
                 if token is not None else find_source(predicate, resolve, antecedent, lexicon))
    asked = Predicate(pattern=replace(predicate.pattern, id=f"{predicate.pattern.id}+asked", cameo=cameo),
                      tokens=(outer, *predicate.tokens), obj=predicate.obj)
    source = find_source(asked, resolve, antecedent, lexicon)
    if not source.mentions or not addressee.mentions:
        return []
    return _events(asked, (source, addressee), sentence, None, knowledge)


def _warning_about_things(predicate: Predicate, resolve: Callable[[Token], list[Mention]], lexicon: Lexicon) -> bool:
    """Tell whether a threat is only a speaker's warning of what something, not an actor, would do
    ("warned that the new law would divide society"): a pessimistic remark, not a threat."""
    if not predicate.pattern.cameo.startswith("13") or predicate.pattern.objects or predicate.last.lemma_ not in (
            lexicon.speech_verb):
        return False
    clauses = [c for c in predicate.last.children if c.dep_ == "ccomp"]
    subjects = [g for c in clauses for g in c.children if g.dep_ in {"nsubj", "nsubjpass"}]
    return bool(subjects) and all(g.pos_ != "PRON" and not resolve(g) for g in subjects)


def _others_possibility(predicate: Predicate, resolve: Callable[[Token], list[Mention]], source: Side,
                        lexicon: Lexicon) -> bool:
    """Tell whether an act is only possible ("could", "might", "if ...") and told by someone other
    than the actor's own side ("analysts say China might blockade Taiwan"): no event of the actor.
    What an actor says it could or would do on a condition is its own threat or offer."""
    if attributes.modality(predicate.head, lexicon) != Modality.HYPOTHETICAL:
        return False
    token = attributes.speaker_token(predicate.head, lexicon)
    if token is None:
        return True
    if token.pos_ == "PRON" or (source.token is not None and token.i == source.token.i):
        return False
    own = {m.actor.country for m in source.mentions if m.actor.country}
    return not any(m.actor.country in own for m in resolve(token))


def _cause_of_feeling(predicate: Predicate, resolve: Callable[[Token], list[Mention]], source: Side,
                      lexicon: Lexicon) -> Side | None:
    """Return who caused a feeling a speaker reports ("said it was disappointed by Hungary's
    vote"): the actor of the feeling's "by", "with", "over" or "at" phrase, not the source's own."""
    if not predicate.pattern.ccomp:
        return None
    clauses = [c for c in predicate.last.children if c.dep_ in {"ccomp", "parataxis"}]
    feelings = [p for c in clauses for p in (c, *c.children) if p.lemma_.lower() in predicate.pattern.ccomp
                or p.lower_ in predicate.pattern.ccomp]
    causes = [g for f in feelings for c in f.children if c.dep_ in {"prep", "agent"}
              and c.lower_ in lexicon.cause_preposition for g in c.children if g.dep_ == "pobj"]
    countries = {m.actor.country for m in source.mentions}
    for cause in causes:
        mentions = tuple(m for m in conjunct_mentions(cause, resolve) if m.actor.country not in countries)
        if mentions:
            return Side(mentions=mentions, how=Role(kind=Kind.NOUN_PREP, preposition=cause.head.lower_,
                                                    via=cause.head.head.text), token=cause)
    return None


def _earlier_act(predicate: Predicate, antecedent: Antecedent, source: Side, lexicon: Lexicon) -> Side | None:
    """Return the author of an act an earlier sentence told, when this event is aimed at it by a
    definite noun alone ("China moved troops to the border. Manila condemned the move.")."""
    nouns = [o for o in objects_of(predicate.last) if o.lemma_.lower() in lexicon.act_noun
             and any(c.dep_ == "det" and c.lower_ in lexicon.definite_determiner for c in o.children)
             and not any(c.dep_ in {"poss", "prep", "compound", "amod"} for c in o.children)]
    earlier = antecedent(nouns[0]) if nouns else None
    if earlier is None:
        return None
    countries = {m.actor.country for m in source.mentions}
    mentions = tuple(m for m in earlier.mentions if m.actor.country not in countries)
    if not mentions:
        return None
    return Side(mentions=mentions, how=Role(kind=Kind.EARLIER_ACT, pronoun=nouns[0].text, via=mentions[0].text))


def _the_state(predicate: Predicate, sentence: SentenceHits) -> Side:
    """Return the unnamed state as the source of a passive state act; the places stage gives it
    the country where the act happened, or drops the event."""
    span = _action(predicate, sentence)
    actor = Actor(code="GOV", country=None, sectors=("GOV",), name="authorities")
    mention = Mention(actor=actor, text=span.text, start=span.start, end=span.end, entry=STATE_ENTRY,
                      entries=(STATE_ENTRY,), kind=STATE_KIND, confidence=0.5)
    return Side(mentions=(mention,), how=Role(kind=Kind.STATE))


def _main_subject(sentence: SentenceHits, resolve: Callable[[Token], list[Mention]]) -> Side | None:
    root = next((t for t in sentence.doc if t.dep_ == "ROOT"), None)
    if root is None:
        return None
    subjects = [c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subjects or subjects[0].pos_ == "PRON":
        return None
    mentions = resolve(subjects[0])
    return Side(mentions=tuple(mentions), how=Role(kind=Kind.ANTECEDENT), token=None) if mentions else None
