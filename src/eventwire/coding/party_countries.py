"""Which countries a sentence names as possible other parties of an act that names no target
(data/conventions.tsv `implied_target` = `focus`: an appeal, a demand, a criticism, a rejection or
a threat is aimed at someone).

A country is such a party when its actors act in the sentence (the subject or the by-agent of a
clause: "after Indian jets crossed the frontier, Pakistan vowed to respond") or when it is named in
the object or an oblique of the act's own verb, or inside a noun phrase they head ("condemned the
Israeli raid", "condemned what it called the Israeli raid"). It is not one when it is told as on
the actors' side (an ally: "soldiers, supported by Chadian warplanes, ...", "with the help of
Rwandan troops", "alongside French forces": lexicon `ally_word`), nor when a city is named only as
where people are or an act happens ("diplomats in Abuja said", "talks in Nairobi"): a country
named there by its own name still is ("police in Eswatini arrested ..."). A country named only inside
a phrase of the object ("the Israeli raid on herders near the Gaza border") is one only when no
country names the object itself, and else is set aside. A news outlet the act does not govern
("said in a written reply to the BBC"), or one reporting it ("Al Jazeera reported"), names no
country at all.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from eventwire.actors.dictionary import EntryKind
from eventwire.actors.matcher import Hit
from eventwire.actors.mentions import SentenceHits
from eventwire.coding.implied_targets import AGENT_DEPS, PHRASE_DEPS
from eventwire.coding.lexicon import Lexicon

# What hangs from the act's own verb and may name whom it is aimed at: its objects and obliques.
GOVERNED_DEPS = frozenset({"dobj", "dative", "attr", "oprd"})


@dataclass(frozen=True, slots=True, kw_only=True)
class Parties:
    """The countries of a sentence that may be an act's other party, and those named only as an
    ally of its actors or as a city where someone is (not counted among the countries it names)."""

    parties: frozenset[str]
    aside: frozenset[str]
    named: frozenset[str] = frozenset()  # every country the sentence names, but by an outlet only


def party_countries(sentence: SentenceHits, action: Token) -> Parties:
    """Return the countries of the sentence that may be the other party of the act told by
    `action`, and those set aside (see the module's docstring)."""
    found: dict[str, set[str]] = {PARTY: set(), ASIDE: set(), NAMED: set(), INNER: set(), OUTLET: set()}
    for hit in sentence.hits:
        how = _standing(hit, sentence.doc[hit.start:hit.end].root, action, sentence.lexicon)
        found[how].update(e.country for e in hit.entries if e.country)
    # a country named inside a phrase of the object ("the Turkish shelling of villages near the Syrian
    # border") is a party only when the object itself names none, and else set aside
    found[ASIDE if found[PARTY] else PARTY].update(found.pop(INNER))
    outlets = found.pop(OUTLET) - set().union(*found.values())
    # a country also named otherwise ("a Kuwaiti airliner ... in Kuwait City") is not set aside
    return Parties(parties=frozenset(found[PARTY]), aside=frozenset(found[ASIDE] - found[PARTY] - found[NAMED]),
                   named=frozenset(e.country for h in sentence.hits for e in h.entries if e.country) - outlets)


def phrase_path(token: Token) -> list[Token]:
    """Return a word and the words above it inside its phrase, up to the word that hangs from a
    clause (the subject, an object), or up to the verb an oblique hangs from (prepositions and
    their objects are climbed through)."""
    path = [token]
    while path[-1].dep_ in PHRASE_DEPS and path[-1].head.i != path[-1].i:
        path.append(path[-1].head)
    return path


PARTY, ASIDE, NAMED, INNER, OUTLET = "party", "aside", "named", "inner", "outlet"


def _standing(hit: Hit, head: Token, action: Token, lexicon: Lexicon) -> str:
    """Return whether a hit names a possible party of the act, a country set aside (an ally, a
    city named as where someone is) or one only named."""
    path = phrase_path(head)
    top = path[-1]
    # the verb a by-agent hangs from tells an ally ("supported by"), the act's own verb does not
    # ("France backed the plan on Sudan")
    words = [*path, top.head] if top.dep_ == "agent" and top.head.i != action.i else path
    if any(w.i != action.i and (w.lemma_.lower() in lexicon.ally_word or w.lower_ in lexicon.ally_word)
           for w in words):
        return ASIDE
    placed = any(w.dep_ == "prep" and w.lower_ in lexicon.locative_preposition for w in path)
    if placed and any(e.kind != EntryKind.COUNTRY for e in hit.entries):
        return ASIDE
    outlet = all(e.kind == EntryKind.MEDIA for e in hit.entries)
    # a news outlet that reports the act ("Al Jazeera reported") tells the news, it takes no part in it
    if outlet and top.dep_ in AGENT_DEPS and top.head.i != action.i \
            and top.head.lemma_.lower() in lexicon.speech_verb:
        return OUTLET
    if top.dep_ in AGENT_DEPS:
        return PARTY
    governed = top.i == action.i or (top.head.i == action.i and top.dep_ in GOVERNED_DEPS)
    # a news outlet told something ("told VOA", "in a statement emailed to Reuters") is where it was said
    if outlet and (not governed or action.lemma_.lower() in lexicon.speech_verb):
        return OUTLET
    # what the act's object is called ("condemned what it called the Chilean crackdown")
    called = top.dep_ == "oprd" and top.head.lemma_.lower() in lexicon.naming_verb and top.head.head.i == action.i
    if not (governed or called) or placed:
        return NAMED
    return INNER if any(w.dep_ == "prep" for w in path) and top.i != action.i else PARTY
