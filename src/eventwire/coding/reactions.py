"""Criticism an act brings on: "Tonga recognised Taiwan, a move that drew criticism from China"
and "..., drawing a sharp rebuke from Moscow" tell two acts, the first and the criticism of its
author by the party the "from" phrase names (CAMEO 111 Criticize or denounce, codebook 1.1b3).
The verb of drawing (lexicon `drawing_verb`) takes the reaction as its object (lexicon
`reaction_noun`); the act is the clause that a noun standing for it ("a move", "a step") or the
participle itself is added to, and its author that clause's subject."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from eventwire.coding.decisions import Kind, Role
from eventwire.coding.lexicon import Lexicon
from eventwire.model import Mention
from eventwire.parse_labels import RELATIVE_TAGS, SUBJECT_DEPS

CRITICIZE, RULE = "111", "disapprove.criticism_drawn"
# How a clause hangs from the one whose subject it shares: an open complement, a participle, a conjunct.
SHARED_SUBJECT = frozenset({"xcomp", "advcl", "conj"})

Resolver = Callable[[Token], list[Mention]]


def criticism_drawn(verb: Token, resolve: Resolver, lexicon: Lexicon) \
        -> tuple[list[Mention], list[Mention], Token, Role, Role] | None:
    """Return who criticizes, whom, the reaction noun and how each side was found, when `verb`, a
    verb of drawing (lexicon `drawing_verb`: the caller picks them, `with_lemma`), draws criticism
    from a party onto an act's author; None otherwise."""
    noun = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in lexicon.reaction_noun), None)
    if noun is None:
        return None
    agents = [g for h in (verb, noun) for p in h.children if p.dep_ == "prep" and p.lower_ == "from"
              for g in p.children if g.dep_ == "pobj"]
    critics = [m for g in agents[:1] for m in resolve(g)]
    act = _act_drawing(verb)
    author = _subject(act) if act is not None else None
    authors = resolve(author) if author is not None else []
    if not critics or not authors or act is None:
        return None
    return (critics, authors, noun, Role(kind=Kind.NOUN_AGENT, preposition="from", via=noun.text),
            Role(kind=Kind.CLAUSE_AUTHOR, via=act.text))


def _act_drawing(verb: Token) -> Token | None:
    """Return the verb of the act that draws the reaction: the clause a participle is added to
    ("voted to ..., drawing criticism"), or the clause a noun standing for the act is set beside
    ("..., a move that drew criticism")."""
    if verb.tag_ == "VBG" and verb.dep_ == "advcl":
        return verb.head
    if verb.dep_ != "relcl" or not any(c.dep_ in SUBJECT_DEPS and c.tag_ in RELATIVE_TAGS for c in verb.children):
        return None
    noun = verb.head
    return noun.head if noun.dep_ in {"dobj", "appos", "npadvmod", "attr"} and noun.head.pos_ in {"VERB", "AUX"} \
        else None


def _subject(verb: Token) -> Token | None:
    """Return the subject of a verb, or of the clause it shares its subject with."""
    while True:
        subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is not None or verb.dep_ not in SHARED_SUBJECT or verb.head is verb:
            return subject
        verb = verb.head
