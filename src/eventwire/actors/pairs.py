"""Which earlier names of its own sentence "the two governments" or "both sides" may refer to."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from eventwire.actors.matcher import Hit

# Dependencies of the parties a verb addresses or acts on, and of the subjects it has.
OBJECT_DEPS = frozenset({"dobj", "dative", "pobj"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def named_before(head: Token, first: int, hits: Sequence[Hit]) -> list[Hit]:
    """Return the hits of the sentence that end before the phrase's first token `first`, less
    those of the subject of the verb the phrase is an object of: a party never addresses itself,
    so "Oman, Yemen's neighbour, urged the two governments" does not mean Oman and Yemen, and
    "Peru urged Chile and Bolivia ... and asked the two governments" means Chile and Bolivia, nor
    "Oman urged restraint on both sides" Oman and another."""
    earlier = [h for h in hits if h.end <= first]
    verb = head.head.head if head.dep_ == "pobj" else head.head
    if head.dep_ == "pobj" and verb.dep_ == "dobj" and verb.pos_ == "NOUN":
        verb = verb.head  # "urged restraint on both sides": the verb whose object the noun is
    if head.dep_ not in OBJECT_DEPS or verb.pos_ not in {"VERB", "AUX"}:
        return earlier
    subject = {t.i for c in verb.children if c.dep_ in SUBJECT_DEPS for t in c.subtree}
    return [h for h in earlier if not any(i in subject for i in range(h.start, h.end))]
