"""Which two countries "the two governments" or "both sides" may refer to: names earlier in its own
sentence, or the pair earlier sentences named."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

from spacy.tokens import Token

from eventwire.actors.dictionary import PLACES, Entry
from eventwire.actors.matcher import Hit
from eventwire.parse_labels import PREDICATE_POS, SUBJECT_DEPS

# Dependencies of the parties a verb addresses or acts on, and of the subjects it has.
OBJECT_DEPS = frozenset({"dobj", "dative", "pobj"})


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
    if head.dep_ not in OBJECT_DEPS or verb.pos_ not in PREDICATE_POS:
        return earlier
    subject = {t.i for c in verb.children if c.dep_ in SUBJECT_DEPS for t in c.subtree}
    return [h for h in earlier if not any(i in subject for i in range(h.start, h.end))]


def named_pair(earlier: Sequence[Sequence[Hit]]) -> tuple[Entry, Entry] | None:
    """Return the two countries "the two governments" and "both countries" of a later sentence refer
    to: the first two of the latest earlier sentence naming two or more that the article named in two
    sentences or more ("Burundi ... Rwanda ... fled to Rwanda and Tanzania. ... both governments":
    Burundi and Rwanda), else the first two of the latest sentence naming two."""
    return pair_of_countries([sentence_countries(hits) for hits in earlier])


def pair_of_countries(named: Sequence[Mapping[str, Entry]]) -> tuple[Entry, Entry] | None:
    """Return `named_pair` of earlier sentences given the countries each names (`sentence_countries`)."""
    often = Counter(country for countries in named for country in countries)
    latest: tuple[Entry, Entry] | None = None
    for countries in reversed(named):
        repeated = [entry for country, entry in countries.items() if often[country] >= 2]
        if len(repeated) >= 2:
            return repeated[0], repeated[1]
        if len(countries) >= 2 and latest is None:
            first, second = list(countries.values())[:2]
            latest = (first, second)
    return latest


def sentence_countries(hits: Sequence[Hit]) -> dict[str, Entry]:
    """Return the countries a sentence's hits name, in order, each with its first entry."""
    countries: dict[str, Entry] = {}
    for hit in hits:
        entry = next((e for e in hit.entries if e.kind in PLACES and e.country), None)
        if entry is not None and entry.country not in countries:
            countries[entry.country or ""] = entry
    return countries
