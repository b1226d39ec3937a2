"""Find dictionary phrases in tokenized text (see `phrases` for the index)."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from difflib import SequenceMatcher

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from eventwire.actors.context import Anaphor, ContextName, anaphor_hits, context_hits
from eventwire.actors.dictionary import ORGANIZATIONS, ActorDictionary, Entry, EntryKind, is_base
from eventwire.actors.names import backed_names, dated_roles, introduced_names, other_bearers
from eventwire.actors.phrases import PhraseIndex
from eventwire.actors.variants import folded_windows
from eventwire.doc_words import doc_text, words_of


@dataclass(frozen=True, slots=True, kw_only=True)
class Hit:
    """A dictionary phrase found in a Doc: token span and every entry naming it."""

    start: int
    end: int
    entries: tuple[Entry, ...]


class ActorMatcher:
    """Match every dictionary phrase and its spelling variants (`variants`); capitalised phrases
    match exactly, lowercase ones in any case."""

    def __init__(self, dictionary: ActorDictionary, make_doc: Callable[[str], Doc], *,
                 water_words: frozenset[str] = frozenset(), index: PhraseIndex | None = None,
                 context_names: tuple[ContextName, ...] = (), anaphors: tuple[Anaphor, ...] = ()) -> None:
        """Index the dictionary's phrases as `make_doc` tokenizes them, or take an `index` built
        for it (`PhraseIndex.load` reads one from the start-up cache); `water_words` ("sea",
        "gulf") make a place name part of a water body's name ("South China Sea", "Gulf of
        Mexico"), where it names no actor; `context_names` ("the North") name a state once the
        article named the pair it belongs to; `anaphors` ("the bloc") name the organization
        named last before them."""
        index = index or PhraseIndex.build(dictionary, make_doc)
        self._water = water_words
        self._tables = (index.exact, index.lower)
        self._entries: dict[str, Entry] = dict(dictionary.entries)
        self._names = own_country_names(self._entries.values())
        # whether a hit's text (lowercased) spells its base-layer country, worked out once per text
        self._spelled: dict[tuple[str, str], bool] = {}
        self._context = context_names
        self._anaphors = anaphors

    def __call__(self, doc: Doc) -> list[Hit]:
        """Return the longest non-overlapping hits in a Doc, left to right (a lone surname names a
        person only after the full name, and a person introduced with a role is that role's actor
        when named again: see `names`)."""
        # each span's entry ids, in the order first found (an entry's id tells it from the others)
        ids_at: dict[tuple[int, int], dict[str, None]] = defaultdict(dict)
        # Every phrase is also listed without diacritics, and the text around words with some is
        # matched without them too: "Sao Paulo" in the dictionary names "São Paulo" in the text.
        for offset, text in ((0, doc), *folded_windows(doc)):
            for table in self._tables:
                for start, end, ids in table.find(text):
                    ids_at[(offset + start, offset + end)].update(dict.fromkeys(ids))
        found: dict[tuple[int, int], list[Entry]] = {span: list(map(self._entries.__getitem__, ids))
                                                     for span, ids in ids_at.items()}
        texts = _span_texts(doc, found)
        found = _under_own({span: _naming(texts[span], entries, self._names, self._spelled)
                            for span, entries in found.items()})
        named = sorted((s, e, tuple(v)) for (s, e), v in found.items())
        for start, end, entries in (*context_hits(doc, named, self._context, self._entries),
                                    *anaphor_hits(doc, named, self._anaphors)):
            found[(start, end)] = list(entries)
        spans = filter_spans([Span(doc, s, e) for s, e in found])
        # A person listed only under dated offices is, outside them, the actor of the role the
        # article introduces him with (`dated_roles`).
        hits = dated_roles(doc, backed_names(doc, [Hit(start=s.start, end=s.end, entries=tuple(found[(s.start, s.end)]))
                                  for s in sorted(spans, key=lambda s: s.start)
                                  if not (self._water and _in_water_name(doc, s.start, s.end, self._water))]))
        # A person introduced with a role ("Finance Minister Jane Roe") is that role's actor when
        # named again later in the article ("Roe said"), also where the name alone is listed for
        # someone else ("Hussein", "Castro"): the article says whom it means.
        yielding = other_bearers(found, hits)
        phrases = {i for s, e in found for i in range(s, e)} - yielding
        later = [Hit(start=s, end=e, entries=entries) for s, e, entries
                 in introduced_names(doc, [h for h in hits if h.start not in yielding], phrases=phrases)]
        if not later:
            return hits
        taken = {i for h in later for i in range(h.start, h.end)}
        return sorted([*(h for h in hits if h.start not in taken), *later], key=lambda h: h.start)


def _span_texts(doc: Doc, spans: Iterable[tuple[int, int]]) -> dict[tuple[int, int], str]:
    """Return the text of each (start, end) token span, cut from the Doc's text by the tokens'
    character offsets (the span's own text, without making a Span and its tokens)."""
    text, words = doc_text(doc), words_of(doc)
    starts, texts = words.idx, words.text
    return {(s, e): text[starts[s]:starts[e - 1] + len(texts[e - 1])] for s, e in spans}


def _in_water_name(doc: Doc, start: int, end: int, water: frozenset[str]) -> bool:
    """Tell whether a span is part of a capitalised water body's name: followed by capitalised
    words ending in a water word ("China Sea", "Taiwan Strait") or after one and "of" ("Sea of
    Japan")."""
    words = words_of(doc)
    title, lower = words.is_title, words.lower
    for i in range(end, min(end + 3, len(title))):
        if not title[i]:
            break
        if lower[i] in water:
            return True
    return start >= 2 and lower[start - 1] == "of" and title[start - 2] and lower[start - 2] in water


# How close (difflib's ratio) a base-layer country phrase must be to one of the project's own names
# of that country ("Turky", "Tiawan", "Cote Ivoire") to name it.
SPELLING_RATIO = 0.7


def own_country_names(entries: Iterable[Entry]) -> dict[str, frozenset[str]]:
    """Return, per country, the lowercase names and demonyms the project's own entries give it."""
    names: dict[str, set[str]] = defaultdict(set)
    for entry in entries:
        if entry.kind in {EntryKind.COUNTRY, EntryKind.DEMONYM} and entry.country and not is_base(entry):
            names[entry.country].update(p.lower() for p in entry.phrases)
    return {country: frozenset(found) for country, found in names.items()}


def _naming(text: str, entries: list[Entry], names: Mapping[str, frozenset[str]],
            spelled: dict[tuple[str, str], bool]) -> list[Entry]:
    """Return the entries of a hit that name their actor. A base-layer country record's phrases
    are also its date-bounded predecessors' (a Soviet republic before independence): where the
    country entry's phrase says where rather than who, none of the entries sharing its phrases
    names anyone either. `spelled` keeps `_spells_country`'s answers by text and country."""
    places = {e.phrases for e in entries if not _names_country(text, e, names, spelled)}
    return [e for e in entries if e.phrases not in places]


def _names_country(text: str, entry: Entry, names: Mapping[str, frozenset[str]],
                   spelled: dict[tuple[str, str], bool]) -> bool:
    """Tell whether a hit of an entry names its actor: a base-layer country record also lists the
    country's towns, regions and sites ("Istanbul", "Incirlik", "Anatolia"), which say where, not
    who; of its phrases the project's own names do not hold, only a spelling of one of them
    ("Turky", "Tiawan") names the country."""
    own = names.get(entry.country or "")
    if entry.kind != EntryKind.COUNTRY or not own or not is_base(entry):
        return True
    key = (text.lower(), entry.country or "")
    if key not in spelled:
        spelled[key] = _spells_country(key[0], own)
    return spelled[key]


def _spells_country(lower: str, own: frozenset[str]) -> bool:
    """Tell whether a lowercase text is a spelling of one of a country's own names."""
    return any(SequenceMatcher(None, lower, name).ratio() >= SPELLING_RATIO for name in own)


def _under_own(found: dict[tuple[int, int], list[Entry]]) -> dict[tuple[int, int], list[Entry]]:
    """Keep the imported base layer under the project's own entries: where an own entry names a
    span, base entries for it or for any overlapping span are dropped, except a person's full
    name around own words: it names the own person the words inside name ("Hosny Mubarak"), else
    the imported one ("Leila Ould Abbas" is not the person an own entry calls "Abbas"; "Sultan
    Ali X" is a name, not a sultan); imported role words right before an own title are dropped."""
    own = {span: [e for e in entries if not is_base(e)] for span, entries in found.items()}
    overlaps = _overlap_finder([span for span, entries in own.items() if entries])
    kept: dict[tuple[int, int], list[Entry]] = {}
    for span, entries in found.items():
        overlapping = overlaps(span)
        if own[span]:
            kept[span] = own[span]
        elif _modifies_own_title(span, entries, own):
            continue
        elif not overlapping:
            kept[span] = entries
        elif (named := _name_around(span, entries, {t: own[t] for t in overlapping})) is not None:
            kept[span] = named
        elif _organization_of_role_words(span, entries, {t: own[t] for t in overlapping}):
            kept[span] = entries
    return kept


def _overlap_finder(taken: list[tuple[int, int]]) -> Callable[[tuple[int, int]], list[tuple[int, int]]]:
    """Return a function giving the spans of `taken` a (start, end) token span overlaps, in the
    order of `taken`: two spans overlap when they share a token, so each token's spans are listed
    once instead of every pair of spans being compared."""
    order = {span: n for n, span in enumerate(taken)}
    at: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for span in taken:
        for i in range(*span):
            at[i].append(span)

    def overlapping(span: tuple[int, int]) -> list[tuple[int, int]]:
        return sorted({t for i in range(*span) if i in at for t in at[i]}, key=order.__getitem__)
    return overlapping


def _organization_of_role_words(span: tuple[int, int], entries: list[Entry],
                                inside: dict[tuple[int, int], list[Entry]]) -> bool:
    """Tell whether an imported organization's name of three words or more is made of own role words
    only ("People's Liberation Army": "people", "army"): the name, not the words, names the actor."""
    return (span[1] - span[0] >= 3 and any(e.kind in ORGANIZATIONS for e in entries)
            and all(span[0] <= t[0] and t[1] <= span[1] for t in inside)
            and all(e.kind == EntryKind.ROLE for own in inside.values() for e in own))


def _modifies_own_title(span: tuple[int, int], entries: list[Entry],
                        own: dict[tuple[int, int], list[Entry]]) -> bool:
    """Tell whether imported role words stand right before a title an own entry names ("deputy
    ambassador", "acting minister"): they only modify it, and add no sector of their own."""
    if not all(e.kind == EntryKind.ROLE for e in entries):
        return False
    return any(t[0] == span[1] and any(e.kind == EntryKind.ROLE for e in mine) for t, mine in own.items())


def _name_around(span: tuple[int, int], entries: list[Entry],
                 inside: dict[tuple[int, int], list[Entry]]) -> list[Entry] | None:
    """Return what a person's name strictly containing own spans names: the own entries inside
    for the same person, else the name's own entries; None when it is no such name."""
    persons = [e for e in entries if e.kind == EntryKind.PERSON]
    if not persons or not all(span[0] <= t[0] and t[1] <= span[1] for t in inside):
        return None
    same = [e for own in inside.values() for e in own if any(_same_person(e, p) for p in persons)]
    return same or entries


def _same_person(a: Entry, b: Entry) -> bool:
    """Tell whether two person entries name one person: the same name, or the same surname in the
    same country, or one of them placed in none ("Hosni Mubarak", "Hosny Mubarak")."""
    if not a.kind == b.kind == EntryKind.PERSON:
        return False
    surnames = {re.split(r"[\s-]+", e.name.lower())[-1] for e in (a, b)}
    return a.name == b.name or (len(surnames) == 1 and (a.country == b.country or None in {a.country, b.country}))
