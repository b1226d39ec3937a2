"""Places a later sentence names again by their kind alone: "the crossing" after "the Torkham border
crossing", "the river" after "the Caledon River", "the island" after "the island of Perejil". A
definite place noun ("at the crossing") with no name of its own refers back to the place the
article last named with that noun; a deed done there (not something said, whose words may speak
of any place) is placed there (`carry_named_kinds`)."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from eventwire.actors.dictionary import PLACES, EntryKind
from eventwire.actors.matcher import Hit
from eventwire.coding.lexicon import Lexicon
from eventwire.doc_words import tokens_from
from eventwire.event_places import SentencePlaces, called_places
from eventwire.gazetteer import Gazetteer
from eventwire.model import Place, PlacePrecision
from eventwire.nlp import Sentence
from eventwire.parse_view import lower_lemmas_of
from eventwire.places import Candidate, EventSpot, attribution, find_place, own_candidates, place_candidates

# What a kind refers back to: a place the gazetteer knows within a country, or one the text calls by
# that kind; not a whole country.
_KNOWN = frozenset({PlacePrecision.CITY, PlacePrecision.DIVISION, PlacePrecision.WATER, PlacePrecision.APPROXIMATE})


@dataclass(frozen=True, slots=True)
class NamedKinds:
    """What one sentence gives: the places it names with a place noun, by the noun ("crossing":
    Torkham), and for each event the place noun it is done at with no name, if any."""

    named: tuple[tuple[str, Place], ...]
    refers: tuple[str | None, ...]


def named_kinds(doc: Doc, sentence: Sentence, hits: Sequence[Hit], events: Sequence[EventSpot], *,
                gazetteer: Gazetteer, lexicon: Lexicon, home: str | None) -> NamedKinds:
    """Return the places a sentence names with a place noun and the bare place nouns its deeds are
    done at (`hits`: its actor hits; `home`: the article's country, for a name the gazetteer lacks)."""
    kinds = _kinds(lexicon)
    if kinds.isdisjoint(lower_lemmas_of(doc)):  # most sentences name no place by its kind
        return NamedKinds(named=(), refers=(None,) * len(events))
    persons = {i - sentence.start for h in hits if not any(e.kind in PLACES for e in h.entries)
               or (h.entries and h.entries[0].kind == EntryKind.DEMONYM) for i in range(h.start, h.end)}
    candidates = place_candidates(doc, attribution(doc, lexicon) | persons, lexicon)
    prefer = frozenset(e.country for h in hits for e in h.entries[:1] if e.kind in PLACES and e.country)
    called = called_places(doc, candidates, lexicon)
    named = []
    for candidate in candidates:
        noun = _noun_of(doc, candidate, kinds)
        if noun is None:
            continue
        place = find_place(sentence.text, sentence.start_char, [candidate], gazetteer, prefer, lexicon=lexicon,
                           regions=lexicon.region_name, named=called, home=home)
        if place is not None and place.precision in _KNOWN:
            named.append((noun, place))
    bare = _bare_nouns(doc, kinds, lexicon)
    refers = tuple(None if event.saying or not event.happened else next(
        (c[0] for c in own_candidates(doc, bare, event, lexicon)), None) for event in events)
    return NamedKinds(named=tuple(named), refers=refers)


def carry_named_kinds(found: Sequence[SentencePlaces], kinds: Sequence[NamedKinds]) -> list[SentencePlaces]:
    """Return an article's places with the place last named with a noun given to the events of a
    later sentence done at that noun alone ("Pakistani troops closed the Torkham border crossing.
    ... Commanders met at the crossing."), when they have no place of their own."""
    last: dict[str, Place] = {}
    carried = []
    for sentence, kind in zip(found, kinds, strict=True):
        places = tuple(last[noun] if place is None and noun in last else place
                       for place, noun in zip(sentence.places, kind.refers, strict=True))
        carried.append(dataclasses.replace(sentence, places=places))
        last.update(kind.named)
    return carried


def _kinds(lexicon: Lexicon) -> frozenset[str]:
    """Return the nouns that name a kind of place: towns, divisions, crossings, water."""
    return (lexicon.place_noun | lexicon.country_water) - lexicon.loose_place_noun


def _noun_of(doc: Doc, candidate: Candidate, kinds: frozenset[str]) -> str | None:
    """Return the place noun a name is given with: its own last word ("the Caledon River"), the
    noun it modifies ("the Torkham border crossing") or the noun it is "of" ("the island of
    Perejil")."""
    run = [doc[i] for i in tokens_from(doc, candidate[1], candidate[2])]
    if not run:
        return None
    last = run[-1]
    head = last.head
    while head.dep_ == "compound" and head.head.i != head.i:  # "Torkham border crossing"
        head = head.head
    for token in (last, head if last.dep_ == "compound" else None,
                  head.head if last.dep_ == "pobj" and head.lower_ == "of" else None):
        if token is not None and token.lemma_.lower() in kinds:
            return token.lemma_.lower()
    return None


def _bare_nouns(doc: Doc, kinds: frozenset[str], lexicon: Lexicon) -> list[Candidate]:
    """Return the place nouns a scene preposition governs with "the" and no name ("at the
    crossing", "on the river"), as candidates (text: the noun's lemma)."""
    return [(token.lemma_.lower(), token.idx, token.idx + len(token.text), token.head.lower_)
            for token in doc if _bare(token, kinds, lexicon)]


def _bare(token: Token, kinds: frozenset[str], lexicon: Lexicon) -> bool:
    """Tell whether a token is a place noun named by kind alone under a scene preposition."""
    return (token.lemma_.lower() in kinds and token.dep_ == "pobj" and token.head.lower_ in lexicon.scene_preposition
            and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
            and not any(c.pos_ == "PROPN" or c.dep_ in {"compound", "poss"} for c in token.children))
