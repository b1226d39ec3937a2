"""Acts of force told by a noun alone in the phrase that gives another act's cause: "complained to
Luanda over an Angolan air raid on two farms", "recalled its envoy after the arrest of nine traders
by Togolese police", "shelled the island in retaliation for Iraq's attack on the platforms". Wire
copy tells the deed that way when the sentence's news is the reaction to it; the deed is one more event
(CAMEO 190 Use conventional military force, 195 Employ aerial weapons, 173 Arrest, detain, codebook
1.1b3). Only a phrase of cause (lexicon `grievance_preposition`) is read: there the deed is told as
done, not threatened, asked for or imagined. Its author is the noun's owner, its nationality
adjective or its "by" agent; its target what the deed is aimed at ("on", "against": lexicon
`aiming_preposition`) or, for an arrest, whom it took ("of"); a deed aimed at a place that names no
actor was done to the party answering it."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from eventwire.coding.decisions import Kind, Role
from eventwire.coding.lexicon import Lexicon
from eventwire.coding.noun_events import NounAct
from eventwire.model import Mention
from eventwire.parse_labels import OWNER_DEPS
from eventwire.parse_view import with_lemma

ATTACK, AIR_ATTACK, ARREST = "190", "195", "173"
RULE = "nominal.deed_in_cause"
# How the author and the target hang from the noun of the deed.
OBJECT_OF_CUSTODY = "of"
# The parts of speech of a noun that may tell a deed.
NOUN_POS = frozenset({"NOUN", "PROPN"})

Resolver = Callable[[Token], list[Mention]]


def deeds_in_cause(doc: Doc, resolve: Resolver, lexicon: Lexicon) -> list[NounAct]:
    """Return the deeds of force the nouns of a sentence tell in a phrase of cause, with their
    author and target."""
    acts = []
    for noun in deed_nouns(doc, lexicon):
        code = deed_code(noun, lexicon)
        if code is None or not in_cause_phrase(noun, lexicon):
            continue
        found = deed_sides(noun, code, resolve, lexicon)
        if found is None:
            continue
        authors, targets, source_how, target_how = found
        acts.append(NounAct(rule=RULE, cameo=code, noun=noun, authors=tuple(authors), targets=tuple(targets),
                            source_how=source_how, target_how=target_how))
    return acts


def deed_nouns(doc: Doc, lexicon: Lexicon) -> list[Token]:
    """Return the nouns of a sentence whose lemma may tell a deed (`deed_code`), found through the
    Doc's lemma table rather than by a look at every word."""
    lemmas = lexicon.custody_noun | lexicon.air_attack_noun | lexicon.attack_noun | lexicon.air_attack_head
    return [t for t in with_lemma(doc, lemmas, lower=True) if t.pos_ in NOUN_POS]


def deed_code(noun: Token, lexicon: Lexicon) -> str | None:
    """Return the code of the deed a noun tells: an arrest or detention, an attack from the air
    ("air raid", "missile strikes", "bombing"), or another attack; None for any other noun."""
    lemma = noun.lemma_.lower()
    if lemma in lexicon.custody_noun:
        return ARREST
    from_air = any(c.dep_ in {"compound", "amod"} and c.lower_ in lexicon.air_attack_modifier for c in noun.children)
    if lemma in lexicon.air_attack_noun or (from_air and lemma in lexicon.attack_noun | lexicon.air_attack_head):
        return AIR_ATTACK
    return ATTACK if lemma in lexicon.attack_noun else None


def in_cause_phrase(noun: Token, lexicon: Lexicon) -> bool:
    """Tell whether a noun, or the first of the conjuncts it belongs to, is the object of a
    preposition of cause ("over", "after") or of one hung from a noun of response ("in
    retaliation for"), and is no deed denied or left open ("over any attack")."""
    head = noun.head if noun.dep_ == "conj" else noun
    if head.dep_ != "pobj" or any(c.dep_ == "det" and c.lower_ in lexicon.open_determiner for c in noun.children):
        return False
    preposition = head.head
    return (preposition.lower_ in lexicon.grievance_preposition
            or preposition.head.lemma_.lower() in lexicon.response_noun)


def deed_sides(noun: Token, code: str, resolve: Resolver,
               lexicon: Lexicon) -> tuple[list[Mention], list[Mention], Role, Role] | None:
    """Return the author and the target of the deed a noun tells, and how each was found; None
    unless both are actors of different countries, the author placed in the world."""
    preps = [(p.lower_, g) for p in noun.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
    agents = [g for word, g in preps if word in lexicon.agent_preposition]
    owners = [c for c in noun.children if c.dep_ in OWNER_DEPS and c.pos_ != "PRON"]
    aimed = [g for word, g in preps if word in lexicon.aiming_preposition
             or (code == ARREST and word == OBJECT_OF_CUSTODY)]
    authors = [m for t in (agents or owners)[:1] for m in resolve(t) if m.actor.placed]
    targets = [m for t in aimed[:1] for m in resolve(t)] or [m for t in aimed[:1] for m in _reacting(noun, resolve)]
    if not authors or not targets:
        return None
    if {m.actor.country for m in authors} & {m.actor.country for m in targets}:
        return None
    source_how = Role(kind=Kind.NOUN_AGENT if agents else Kind.NOUN_AUTHOR, via=noun.text)
    target_how = Role(kind=Kind.NOUN_PREP, preposition=aimed[0].head.lower_, via=noun.text)
    return authors, targets, source_how, target_how


def _reacting(noun: Token, resolve: Resolver) -> list[Mention]:
    """Return the party whose act the deed is the cause of, the subject of the clause its phrase
    hangs from: a deed aimed at a place that names no actor ("over a raid on two farms outside the
    town") was done to the party that answers it."""
    verb = (noun.head if noun.dep_ == "conj" else noun).head.head
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return [m for t in subjects[:1] for m in resolve(t) if m.actor.placed]
