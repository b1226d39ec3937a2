"""Events a noun phrase tells beside a verb's own: a third party's mediation of talks.

"Sudanese and rebel envoys resumed talks under Qatari mediation" tells two acts: the parties
negotiate (the verb's pattern codes it) and Qatar mediates between them (CAMEO 045 Mediate,
codebook 1.1b3). The mediator is named by a noun of good offices the talks are held under
("under the auspices of the African Union", "under Norway's mediation"; lexicon `mediation_noun`)
or by a participle on the talks ("talks brokered by Egypt"; lexicon `mediating_verb`). The event
is the talks' own act read once more, so their negation, modality and speaker carry over.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.tokens import Token

from eventwire.coding.decisions import Kind, Role
from eventwire.coding.lexicon import Lexicon
from eventwire.coding.match import Predicate
from eventwire.coding.noun_targets import gathering
from eventwire.coding.sides import conjunct_mentions
from eventwire.model import Mention

# CAMEO 045 Mediate; the root whose acts (consultations, talks) a mediator may stand over.
MEDIATE, CONSULT_ROOT = "045", "04"
RULE = "mediate.under_talks"
# The dependencies by which a noun names the party it belongs to: "Norway's", "Norwegian", "of Norway".
OWNER_DEPS = frozenset({"poss", "amod", "compound"})

Resolver = Callable[[Token], list[Mention]]


def mediators(predicate: Predicate, resolve: Resolver, lexicon: Lexicon) -> tuple[list[Mention], Role] | None:
    """Return who mediates the talks a consultation predicate tells, and how it was found; None
    when no noun of good offices or mediating participle names anyone."""
    if not predicate.pattern.cameo.startswith(CONSULT_ROOT):
        return None
    holders = [*predicate.tokens, *([predicate.obj] if predicate.obj is not None else []),
               *_gatherings_for(predicate.tokens, lexicon)]
    for noun, prep in _offices(holders, lexicon):
        found = _owners(noun, resolve)
        if found:
            return found, Role(kind=Kind.MEDIATOR, preposition=prep, via=noun.text)
    for verb, agent in _brokers(holders, lexicon):
        found = conjunct_mentions(agent, resolve)
        if found:
            return found, Role(kind=Kind.MEDIATOR, preposition="by", via=verb.text)
    return None


def _gatherings_for(verbs: Iterable[Token], lexicon: Lexicon) -> list[Token]:
    """Return the gatherings the verbs are for ("met in Doha for talks under Qatari mediation"):
    what hangs from them hangs from the meeting."""
    return [g for v in verbs for p in v.children if p.dep_ == "prep" and p.lower_ == "for"
            for g in p.children if g.dep_ == "pobj" and gathering(g, lexicon)]


def _offices(holders: Iterable[Token], lexicon: Lexicon) -> list[tuple[Token, str]]:
    """Return the nouns of good offices hanging from the verbs or the talks through a preposition
    ("under Swiss mediation", "with the facilitation of Oman")."""
    return [(noun, prep.lower_) for h in holders for prep in h.children if prep.dep_ == "prep"
            for noun in prep.children if noun.dep_ == "pobj"
            and {noun.lemma_.lower(), noun.lower_} & lexicon.mediation_noun]


def _brokers(holders: Iterable[Token], lexicon: Lexicon) -> list[tuple[Token, Token]]:
    """Return the participles on the talks that say who brought them about, with their agents
    ("talks mediated by Kuwait")."""
    return [(verb, agent) for h in holders for verb in h.children
            if verb.dep_ == "acl" and verb.lemma_.lower() in lexicon.mediating_verb
            for by in verb.children if by.dep_ == "agent"
            for agent in by.children if agent.dep_ == "pobj"]


def _owners(noun: Token, resolve: Resolver) -> list[Mention]:
    """Return the parties a noun of good offices belongs to: its possessive or demonym, else the
    object of its "of" phrase."""
    owned = [m for c in noun.children if c.dep_ in OWNER_DEPS for m in conjunct_mentions(c, resolve)]
    if owned:
        return owned
    return [m for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children if o.dep_ == "pobj" for m in conjunct_mentions(o, resolve)]


def parties(sides: Iterable[tuple[Mention, Mention | None]], mediator: list[Mention]) -> list[Mention]:
    """Return the parties of the talks, once each, leaving out any the mediator's own states."""
    own = {m.actor.country or m.actor.code for m in mediator}
    seen: set[tuple[int, str]] = set()
    found: list[Mention] = []
    for mention in (m for pair in sides for m in pair if m is not None):
        key = (mention.start, mention.actor.code)
        if key in seen or (mention.actor.country or mention.actor.code) in own:
            continue
        seen.add(key)
        found.append(mention)
    return found
