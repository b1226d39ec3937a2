"""Events a noun phrase tells beside a verb's own: a third party's mediation of talks, and an act
an event noun tells with no verb, done by its owner.

"Sudanese and rebel envoys resumed talks under Qatari mediation" tells two acts: the parties
negotiate (the verb's pattern codes it) and Qatar mediates between them (CAMEO 045 Mediate,
codebook 1.1b3). The mediator is named by a noun of good offices the talks are held under
("under the auspices of the African Union", "under Norway's mediation"; lexicon `mediation_noun`)
or by a participle on the talks ("talks brokered by Egypt"; lexicon `mediating_verb`). The event
is the talks' own act read once more, so their negation, modality and speaker carry over.

"Ankara's purchase of Russian missiles" or "a Turkish offensive against the militia" tells an act
with no verb: the noun is the act (data/verbs/nouns.tsv, rows whose verb is `@owner`), its author
the "by" agent or, when the noun's complement says what it is done to, its owner or nationality
adjective (with no complement an owner is as often whom the act befalls: "the envoy's expulsion");
its target the phrase of the row's prepositions. Only an act told as done is read: not one left open
("any invasion"), told as feared or unrealized ("a planned offensive", "fears of an invasion"), dated
as history or as the onset of a state of things ("since the 2014 annexation"), or inside a clause
of what would, will or may happen.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from eventwire.attributes import modality, negated
from eventwire.coding.decisions import Kind, Role
from eventwire.coding.lexicon import Lexicon
from eventwire.coding.match import Predicate, noun_fits
from eventwire.coding.noun_targets import gathering
from eventwire.coding.patterns import OWNED_SUFFIX, OWNER, ObjectSpec, PatternSet, VerbPattern
from eventwire.coding.sides import conjunct_mentions
from eventwire.model import Mention, Modality
from eventwire.parse_labels import PREDICATE_POS
from eventwire.parse_view import with_lemma

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


# The target column of a row whose target may be left to the conventions (an appeal's, a sanction's).
IMPLIED = "none"
PREP_TARGET = "prep:"
# The preposition of a noun's target when its row names none ("the expulsion of two envoys").
OF_TARGET = "of"
# A year, which dates a noun's act as history ("the 2014 annexation", "the purchase in 2017").
YEAR = re.compile(r"^(1[89]|20)[0-9][0-9]$")
# The dependencies of the words before a noun that may leave its act open or unrealized.
QUALIFIER_DEPS = frozenset({"det", "amod", "compound", "advmod", "nummod"})


@dataclass(frozen=True, slots=True, kw_only=True)
class NounAct:
    """An act a noun tells with no verb: its rule and code, the noun, its authors and targets and
    how each was found (no target: the conventions imply one)."""

    rule: str
    cameo: str
    noun: Token
    authors: tuple[Mention, ...]
    targets: tuple[Mention, ...]
    source_how: Role
    target_how: Role


def owned_acts(doc: Doc, patterns: PatternSet, resolve: Resolver, lexicon: Lexicon,
               taken: Mapping[int, str]) -> list[NounAct]:
    """Return the acts the event nouns of a sentence tell on their own (rows whose verb is
    `patterns.OWNER`), leaving out a noun another reading coded as an act of the same CAMEO root
    (`taken`: codes by the noun's index; "launched an offensive against", "announced the expulsion
    of" tell the noun's own act, "dismissed Peru's demand for" another)."""
    rows = patterns.by_lemma.get(OWNER, ())
    acts = []
    for noun in with_lemma(doc, patterns.owner_heads, lower=True) if rows else []:
        if noun.pos_ != "NOUN":
            continue
        fit = next(((p, s) for p in rows for s in p.objects if noun_fits(noun, s)), None)
        if fit is None or taken.get(noun.i, "")[:2] == fit[0].cameo[:2] or not _told_as_done(noun, lexicon):
            continue
        act = _owned_act(noun, fit, resolve, lexicon)
        acts += [act] if act is not None else []
    return acts


def _owned_act(noun: Token, fit: tuple[VerbPattern, ObjectSpec], resolve: Resolver,
               lexicon: Lexicon) -> NounAct | None:
    """Return the act a noun tells with its author and target, or None when no author is found,
    or no target where the row needs one."""
    pattern, spec = fit
    preps = [w for t in pattern.target if t.startswith(PREP_TARGET) for w in t.removeprefix(PREP_TARGET).split("|")]
    preps = preps or [OF_TARGET]
    phrases = [(p.lower_, g) for p in noun.children if p.dep_ in {"prep", "agent"}
               for g in p.children if g.dep_ == "pobj"]
    agents = [g for word, g in phrases if word in lexicon.agent_preposition]
    # with its complement said, the owner is the author ("Peru's expulsion of the envoy")
    complement = any(word == OF_TARGET or word in preps or (spec.attached is not None and word == spec.attached.prep)
                     for word, _g in phrases)
    owners = [c for c in noun.children if c.dep_ in OWNER_DEPS and c.pos_ != "PRON"] if complement else []
    # each side placed in the world by its own words ("the sailors" may be anyone's)
    authors = [m for m in ([m for t in agents[:1] for m in conjunct_mentions(t, resolve)]
                           or [m for t in owners for m in resolve(t)]
                           or ([m for t in _voicing_subjects(noun, lexicon) for m in conjunct_mentions(t, resolve)]
                               if complement and not agents else []))
               if m.actor.placed]
    aimed = [g for w in preps for word, g in phrases if word == w]
    targets = [m for t in aimed[:1] for m in conjunct_mentions(t, resolve) if m.actor.placed]
    if not targets and IMPLIED in pattern.target:  # "a call for the release of sailors held by Iran"
        aimed = _holders(noun, lexicon)
        targets = [m for t in aimed for m in conjunct_mentions(t, resolve) if m.actor.placed]
    if not authors or (not targets and IMPLIED not in pattern.target):
        return None
    source_how = Role(kind=Kind.NOUN_AGENT if agents else Kind.NOUN_AUTHOR, via=noun.text)
    target_how = (Role(kind=Kind.NOUN_PREP, preposition=aimed[0].head.lower_, via=noun.text) if targets
                  else Role(kind=Kind.NOT_FOUND))
    return NounAct(rule=f"{pattern.id}{OWNED_SUFFIX}", cameo=pattern.cameo, noun=noun, authors=tuple(authors),
                   targets=tuple(targets), source_how=source_how, target_how=target_how)


def _holders(noun: Token, lexicon: Lexicon) -> list[Token]:
    """Return who holds the people whose release an appeal or a demand asks, the one called on to
    free them: the agent or the place of a participle of holding on them ("a call for the release
    of the sailors held by Iran", "an appeal for the freeing of pilots jailed in Chad"; lexicon
    `holding_verb`, `agent_preposition`, `locative_preposition`)."""
    asked = [g for p in noun.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
    held = [h for g in asked for p in g.children if p.dep_ == "prep" and p.lower_ == "of"
            for h in p.children if h.dep_ == "pobj"]
    holding = [a for h in held for a in h.children if a.dep_ == "acl" and a.lemma_.lower() in lexicon.holding_verb]
    by = [(p.lower_, g) for a in holding for p in a.children if p.dep_ in {"prep", "agent"}
          for g in p.children if g.dep_ == "pobj"]
    return ([g for word, g in by if word in lexicon.agent_preposition]
            or [g for word, g in by if word in lexicon.locative_preposition])[:1]


def _voicing_subjects(noun: Token, lexicon: Lexicon) -> list[Token]:
    """Return the subject of the verb by which its subject makes the act a noun with no owner of
    its own (or only a possessive pronoun) tells: the noun as the object of a `voicing_verb`
    ("Kenya renewed its call for a truce") or in a "with" phrase of one ("the envoy ended his visit
    with a call for elections"); none else ("Peru rejected the call for talks": not Peru's call)."""
    if any(c.dep_ in OWNER_DEPS and c.pos_ != "PRON" for c in noun.children):
        return []
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "with":
        head = head.head
    elif noun.dep_ != "dobj":
        return []
    if head.pos_ not in PREDICATE_POS or head.lemma_.lower() not in lexicon.voicing_verb:
        return []
    return [c for c in head.children if c.dep_ == "nsubj"][:1]


def _told_as_done(noun: Token, lexicon: Lexicon) -> bool:
    """Tell whether a noun tells its act as done: not left open, unrealized, bygone or of a civil
    sense by a word before it ("any invasion", "a planned offensive", "a charm offensive"), nor by a
    word it depends on ("fears of an invasion", "to deter an offensive"), not dated by a year nor
    the onset of a state of things ("since the invasion"), not the object of a negated verb ("did
    not order an offensive"), and not in a clause of what would, will or may happen."""
    before = {w for c in noun.children if c.dep_ in QUALIFIER_DEPS for w in (c.lower_, c.lemma_.lower())}
    if before & (lexicon.open_determiner | lexicon.negation | lexicon.unrealized_word | lexicon.bygone_word
                 | lexicon.civil_word):
        return False
    if any(YEAR.match(g.text) for c in noun.children for g in (c, *c.children)):
        return False
    node = noun.head if noun.dep_ == "conj" else noun
    while node.pos_ not in PREDICATE_POS and node.head.i != node.i:
        if node.dep_ == "pobj" and node.head.lower_ in lexicon.onset_mark:
            return False
        node = node.head
        if node.lemma_.lower() in lexicon.unrealized_word:
            return False
    if node.pos_ not in PREDICATE_POS:
        return True
    its_object = (noun.head if noun.dep_ == "conj" else noun).dep_ == "dobj"
    return modality(node, lexicon) == Modality.ASSERTED and not (its_object and negated((node,), lexicon))
