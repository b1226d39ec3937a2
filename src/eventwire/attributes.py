"""Event attributes read off the parse: negation, modality, the speaker, and claims to drop."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.coding.roles import speech_verb, subject_token
from eventwire.model import Modality
from eventwire.nlp import SPEECH_VERBS

FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
HYPOTHETICAL_AUX = frozenset({"would", "could", "might", "may", "should", "'d"})
INTENT_VERBS = frozenset({"plan", "intend", "want", "seek", "aim", "hope", "expect", "prepare",
                          "wish", "consider", "mean", "offer", "pledge", "vow", "promise"})
# "is willing to withdraw", "ready to host": adjectives that announce an intention.
INTENT_ADJECTIVES = frozenset({"willing", "ready", "prepared", "determined", "eager", "keen", "poised", "set"})
# "refused to deploy", "failed to reach": verbs whose complement did not happen.
REFUSAL_VERBS = frozenset({"refuse", "decline", "fail"})
CLAIM_VERBS = frozenset({"claim", "allege", "accuse", "suspect", "believe", "suggest", "rumor"})
CONDITION_MARKS = frozenset({"if", "unless", "whether"})
# Clauses hanging off these nouns report what someone alleges, not what happened.
CLAIM_NOUNS = frozenset({"accusation", "allegation", "claim", "charge", "rumor", "rumour",
                         "suspicion", "speculation", "question", "report", "fear", "concern"})
NEGATIONS = frozenset({"not", "n't", "never", "no"})


def _ancestors_within_clause(token: Token) -> list[Token]:
    chain, current = [token], token
    while current.dep_ in {"xcomp", "conj", "aux"} and current.head is not current:
        current = current.head
        chain.append(current)
    return chain


def negated(verbs: tuple[Token, ...]) -> bool:
    """Tell whether any verb of the chain (or the verb it hangs from) is negated, is the
    complement of a refusal ("refused to deploy") that is not itself part of the chain, or
    follows "without"."""
    tokens = {t for v in verbs for t in _ancestors_within_clause(v)}
    refused = any(t.dep_ == "xcomp" and t.head.lemma_ in REFUSAL_VERBS and t.head not in verbs for t in tokens)
    # "ended the talks without reaching an agreement"
    refused = refused or any(t.dep_ == "pcomp" and t.head.lower_ == "without" for t in tokens)
    return refused or any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in NEGATIONS)
                          for t in tokens for c in t.children)


def modality(verb: Token) -> Modality:
    """Return how firmly the text asserts the event at this verb."""
    chain = _ancestors_within_clause(verb)
    auxes = {c.lower_ for t in chain for c in t.children if c.dep_ in {"aux", "auxpass"}}
    if _conditional(verb):
        return Modality.HYPOTHETICAL
    if auxes & FUTURE_AUX or any(_going_to(t) for t in chain):
        return Modality.FUTURE
    if auxes & HYPOTHETICAL_AUX:
        return Modality.HYPOTHETICAL
    if any(t.dep_ == "xcomp" and (t.head.lemma_ in INTENT_VERBS or t.head.lower_ in INTENT_ADJECTIVES)
           for t in chain):
        return Modality.INTENT
    outer = speech_verb(verb)
    if outer is not None and outer.lemma_ in CLAIM_VERBS:
        return Modality.CLAIM
    return Modality.ASSERTED


def _going_to(token: Token) -> bool:
    return token.dep_ == "xcomp" and token.head.lower_ == "going"


def _conditional(verb: Token) -> bool:
    current = verb
    for _ in range(8):
        if current.dep_ == "advcl" and any(c.lower_ in CONDITION_MARKS for c in current.children if c.dep_ == "mark"):
            return True
        if current.head.i == current.i:
            return False
        current = current.head
    return False


def claim_noun(verb: Token) -> Token | None:
    """Return the noun (accusation, allegation ...) whose clause holds this verb, if any."""
    current = verb
    for _ in range(8):
        head = current.head
        if current.dep_ in {"acl", "ccomp"} and head.pos_ == "NOUN" and head.lemma_.lower() in CLAIM_NOUNS:
            return current.head
        if current.head.i == current.i:
            return None
        current = current.head
    return None


def speaker_token(verb: Token) -> Token | None:
    """Return the subject of the speech verb that reports this event (or of the verb itself)."""
    outer = verb if verb.lemma_ in SPEECH_VERBS else speech_verb(verb)
    if outer is None:
        return None
    token, _how = subject_token(outer)
    return token
