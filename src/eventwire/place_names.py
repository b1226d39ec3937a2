"""The proper-noun runs of a sentence that may name a place: names the tokenizer split at their
hyphens joined again ("Port-au-Prince"), a water body's name joined to the name it is of ("the
Strait of Hormuz"), and the tests that tell open water and organizations from places
(`eventwire.places` reads its candidates off these runs), and the country a sentence places a
name in."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from spacy.tokens import Doc, Span, Token

from eventwire.coding.lexicon import Lexicon
from eventwire.dates import calendar_name
from eventwire.doc_words import doc_text, tokens_from
from eventwire.nlp import doc_proper_noun_runs

# A word of a place name: an initialism ("U.S.") or a run of letters, apostrophes and hyphens.
NAME_WORD = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_][\w'’-]*")


def name_runs(doc: Doc, lexicon: Lexicon) -> list[Span]:
    """Return the proper-noun runs of a Doc, those a hyphenated link or a water body's "of" joins
    made one."""
    return _water_joined(_hyphen_joined(doc_proper_noun_runs(doc)), lexicon)


_LINK = re.compile(r"-(?:[^\W\d_]+-)?")


def _hyphen_joined(runs: Sequence[Span]) -> list[Span]:
    """Return proper-noun runs with those a hyphenated link joins made one ("Port-au-Prince",
    "Aix-en-Provence", "Stratford-upon-Avon"): the tokenizer splits such names at their hyphens."""
    joined: list[Span] = []
    text = doc_text(runs[0].doc) if len(runs) > 1 else ""
    for run in runs:
        last = joined[-1] if joined else None
        if last is not None and _LINK.fullmatch(text[last.end_char:run.start_char]):
            joined[-1] = run.doc[last.start:run.end]
        else:
            joined.append(run)
    return joined


def names_no_place(run: Span, lexicon: Lexicon) -> bool:
    """Tell whether a proper-noun run names open water (a sea, gulf or bay: in no country), an
    organization or a time (months and weekdays: "in March" is a date, though a town bears the
    name), not a place; a lake, river or strait lies in a country (`country_water`)."""
    open_water = lexicon.water_word - lexicon.country_water
    if any(t.lower_ in open_water for t in run) or all(calendar_name(t.text) for t in run):
        return True
    following = run.doc[run.end] if run.end < len(run.doc) else None  # "the Gulf of Aden", "Aden Sea"
    if run.start > 1 and run.doc[run.start - 1].lower_ == "of" and run.doc[run.start - 2].lower_ in open_water:
        return True
    return run[-1].lower_ in lexicon.organization_word or (
        following is not None and following.lower_ in open_water)


def _water_joined(runs: Sequence[Span], lexicon: Lexicon) -> list[Span]:
    """Return proper-noun runs with a water body's name that "of" links to the name it is of made
    one ("the Strait of Hormuz", "Lake of the Woods" aside: only one "of" between two runs)."""
    joined: list[Span] = []
    for run in runs:
        last = joined[-1] if joined else None
        if (last is not None and run.start == last.end + 1 and run.doc[last.end].lower_ == "of"
                and last[-1].lower_ in lexicon.country_water):
            joined[-1] = run.doc[last.start:run.end]
        else:
            joined.append(run)
    return joined


def holds_water(text: str, lexicon: Lexicon) -> bool:
    """Tell whether a place name names a lake, river or strait ("Lake Chad", "Caledon River")."""
    return any(w.group().lower() in lexicon.country_water for w in NAME_WORD.finditer(text))


_OF_NAME = re.compile(r" of (?:[A-Z][\w'’-]*)(?: [A-Z][\w'’-]*)?")


def of_name_end(text: str, end: int) -> int:
    """Return where a name that "of" and a capitalised name go on ("Port" of "Port of Spain", "Isle"
    of "Isle of Man") would end, else `end`: the tokenizer's proper-noun runs stop at the "of"."""
    match = _OF_NAME.match(text, end)
    return match.end() if match else end


# How a country's name or demonym qualifies a place name or the place noun it names.
_OWNER_DEPS = frozenset({"poss", "amod", "compound", "nmod"})


def place_owners(doc: Doc, candidates: Sequence[tuple[str, int, int, str]], country_at: Mapping[int, str],
                 lexicon: Lexicon) -> dict[int, str]:
    """Return the country the sentence places each candidate name in, by the candidate's start
    offset: a country's possessive or demonym on the name or on the place noun it names ("in
    Togo's Kloto district", "Kenya's coastal county of Kilifi", "the Mexican state of Sonora", "in
    Nigeria's Kano"); `country_at` gives the country each token naming one names. A demonym that
    only begins a hyphened word ("the Russian-held town of X") tells who holds it, not its country."""
    owners = {}
    for _, start, end, _ in candidates:
        run = tokens_from(doc, start, end)
        if not run:
            continue
        nouns = _place_nouns(doc[run[-1]], lexicon)
        heads = [doc[run[-1]], *nouns, *(p for n in nouns for p in _places_near(n, lexicon))]
        owner = next((country_at[c.i] for h in heads for c in h.children if c.dep_ in _OWNER_DEPS
                      and c.i in country_at and c.i not in run and not _hyphened(c)), None)
        if owner is not None:
            owners[start] = owner
    return owners


def _place_nouns(name: Token, lexicon: Lexicon) -> list[Token]:
    """Return the place noun a name names, if any: the one it modifies ("the Kloto district") or is
    the "of" object of ("the county of Kilifi")."""
    head = name.head
    if name.dep_ == "compound" and head.lemma_.lower() in lexicon.place_noun:
        return [head]
    if name.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in lexicon.place_noun:
        return [head.head]
    return []


def _places_near(noun: Token, lexicon: Lexicon) -> list[Token]:
    """Return the places a place noun is said to lie near (lexicon `landmark_preposition`), those
    the same clause names by a place noun ("shelled Afghan villages near the town of Lalpur"): the
    town is of their country when it names none of its own."""
    preposition = noun.head
    if noun.dep_ != "pobj" or preposition.lower_ not in lexicon.landmark_preposition:
        return []
    head = preposition.head
    if head.lemma_.lower() in lexicon.place_noun:
        return [head]
    return [o for p in head.children if p.dep_ == "prep" and p.i != preposition.i
            for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in lexicon.place_noun]


def _hyphened(token: Token) -> bool:
    """Tell whether a word is followed by a hyphen ("Russian-held")."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return following is not None and following.text in {"-", "–"} and not token.whitespace_
