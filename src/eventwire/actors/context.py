"""Words that name an actor only through what the article named before them: short names that
stand for a state once the story named its pair ("the North" and "the South" once North Korea and
South Korea were named: `data/context_names.tsv`), and nouns that refer back to the organization
named last ("ECOWAS met ... The bloc imposed sanctions": `data/anaphors.tsv`) or, for a form of
state, to the state of that form the story is about ("Riyadh ... the kingdom"), and offices and
bodies named alone that refer back to the last one the article named with its country
("Peru's foreign ministry ... The ministry said": `owned_roles`), and the name of a person an
earlier sentence described ("Roe, a Kenyan lawyer, said ... . Roe added": `named_earlier`)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from importlib import resources
from itertools import pairwise

from spacy.attrs import LOWER, ORTH
from spacy.tokens import Doc, Token

from eventwire import tsv
from eventwire.actors.dictionary import PLACES, Entry, EntryKind
from eventwire.doc_words import words_of
from eventwire.errors import DictionaryError
from eventwire.model import Mention


@dataclass(frozen=True, slots=True, kw_only=True)
class ContextName:
    """A capitalised word after "the" that names the `entry` once the article named all `named` countries."""

    word: str
    entry: str
    named: frozenset[str]


@dataclass(frozen=True, slots=True, kw_only=True)
class Anaphor:
    """A noun after "the" that refers to the last actor of the `kinds` named within `reach` tokens,
    one of the `countries` when it names a form of state ("the kingdom": a kingdom's country)."""

    noun: str
    kinds: frozenset[str]
    reach: int
    countries: frozenset[str] = frozenset()  # none: any actor of the kinds

    def names(self, entry: Entry) -> bool:
        """Tell whether an entry is one the noun may refer to."""
        return entry.kind in self.kinds and (not self.countries or entry.country in self.countries)


def positions(doc: Doc, attr: int, words: Iterable[str]) -> list[int]:
    """Return, in order, the indices of a Doc's tokens whose `attr` (`LOWER`, `ORTH`) is one of
    `words`: the few words looked for, found without making a Token per token of the article."""
    wanted = {doc.vocab.strings[w] for w in words}
    if not wanted or not len(doc):
        return []
    column: list[int] = doc.to_array(attr).tolist()
    return [i for i, value in enumerate(column) if value in wanted]


def load_anaphors() -> tuple[Anaphor, ...]:
    """Read the built-in anaphor nouns, failing with `file:line: problem` on a bad line."""
    path = "data/anaphors.tsv"
    text = resources.files("eventwire").joinpath(path).read_text(encoding="utf-8")
    found: list[Anaphor] = []
    for n, row in tsv.rows(text, path, ("noun", "kinds", "reach"), pad=True, optional=("countries",)):
        if not row["noun"] or not row["kinds"] or not row["reach"].isdigit():
            raise DictionaryError(path, n, "noun, entry kinds and a reach in tokens must all be given")
        found.append(Anaphor(noun=row["noun"], kinds=frozenset(row["kinds"].split()), reach=int(row["reach"]),
                             countries=frozenset(row.get("countries", "").split())))
    return tuple(found)


def anaphor_hits(doc: Doc, spans: Sequence[tuple[int, int, tuple[Entry, ...]]],
                 anaphors: Sequence[Anaphor]) -> list[tuple[int, int, tuple[Entry, ...]]]:
    """Return (start, end, entries) for each anaphor noun in a Doc after "the" (not "the group of")
    that refers back to the organization named last before it, within its reach, with no other use
    of the noun between them; a noun for a form of state ("the kingdom") to the state of that form
    the story is about (`_salient`), however often it was used before."""
    by_noun = {a.noun: a for a in anaphors}
    found: list[tuple[int, int, tuple[Entry, ...]]] = []
    for i in positions(doc, LOWER, by_noun):
        token = doc[i]
        anaphor = by_noun[token.lower_]
        if (not token.is_lower or i == 0 or doc[i - 1].lower_ != "the"
                or (i + 1 < len(doc) and doc[i + 1].lower_ == "of")):
            continue
        earlier = [(start, end, [e for e in hit if anaphor.names(e)]) for start, end, hit in spans
                   if i - anaphor.reach <= start and end <= i - 1]
        named = [(start, end, kept) for start, end, kept in earlier if kept]
        if anaphor.countries and named:
            found.append((i, i + 1, (_salient([kept[0] for _start, _end, kept in named]),)))
        elif named and not any(t.lower_ == anaphor.noun for t in doc[named[-1][1]:i]):
            found.append((i, i + 1, (named[-1][2][0],)))
    return found


def _salient(named: Sequence[Entry]) -> Entry:
    """Return the state a noun for its form of state refers to among those named before it (in
    order): the story's, named most often, the first named of those named as often ("Riyadh
    recalled its envoy ... after Sweden ended a pact with the kingdom": Saudi Arabia)."""
    counts = Counter(e.country for e in named)
    most = max(counts.values())
    return next(e for e in named if counts[e.country] == most)


# The possessive clitic as the tokenizer splits it off ("Kenya's", "Kenya’s").
POSSESSIVE = frozenset({"'s", "’s"})


def owned_roles(doc: Doc, spans: Sequence[tuple[int, int, tuple[Entry, ...]]]) -> dict[str, Entry]:
    """Return, by its last word, the country each office or body (a role) was last named with
    right before it in `spans` ("Peru's foreign ministry", "the Chilean army": "ministry", "army"),
    what a later "the ministry" or "the army" that names no country refers to."""
    owned: dict[str, Entry] = {}
    lower = words_of(doc).lower
    for before, after in pairwise(spans):
        _own(lower, before, after, owned)
    return owned


def owned_roles_before(doc: Doc, sentences: Sequence[Sequence[tuple[int, int, tuple[Entry, ...]]]]
                       ) -> list[dict[str, Entry]]:
    """Return, for each sentence, `owned_roles` of the spans of all the sentences before it (each
    sentence's spans in order), found in one pass over the article rather than anew per sentence."""
    lower = words_of(doc).lower
    owned: dict[str, Entry] = {}
    found: list[dict[str, Entry]] = []
    previous: tuple[int, int, tuple[Entry, ...]] | None = None
    for spans in sentences:
        found.append(dict(owned))
        for span in spans:
            if previous is not None:
                _own(lower, previous, span, owned)
            previous = span
    return found


def _own(lower: Sequence[str], before: tuple[int, int, tuple[Entry, ...]], after: tuple[int, int, tuple[Entry, ...]],
         owned: dict[str, Entry]) -> None:
    """Record in `owned` the country a span names right before a role span, if any."""
    (_, before_end, named), (start, end, entries) = before, after
    gap = start - before_end
    if gap > 1 or (gap == 1 and lower[before_end] not in POSSESSIVE):
        return
    country = next((e for e in named if e.kind in PLACES and e.country), None)
    if country is not None and any(e.kind == EntryKind.ROLE for e in entries):
        owned[lower[end - 1]] = country


def load_context_names() -> tuple[ContextName, ...]:
    """Read the built-in context names, failing with `file:line: problem` on a bad line."""
    path = "data/context_names.tsv"
    text = resources.files("eventwire").joinpath(path).read_text(encoding="utf-8")
    found: list[ContextName] = []
    for n, row in tsv.rows(text, path, ("word", "entry", "named")):
        if not all(row.values()):
            raise DictionaryError(path, n, "word, entry and named countries must all be given")
        found.append(ContextName(word=row["word"], entry=row["entry"], named=frozenset(row["named"].split(","))))
    return tuple(found)


def context_hits(doc: Doc, spans: Sequence[tuple[int, int, tuple[Entry, ...]]], names: Sequence[ContextName],
                 entries: dict[str, Entry]) -> list[tuple[int, int, tuple[Entry, ...]]]:
    """Return (start, end, entries) for each context name in a Doc standing after "the", apart from
    other capitalised words, after every country it needs was named by the dictionary `spans`."""
    by_word = {n.word: n for n in names if n.entry in entries}
    found: list[tuple[int, int, tuple[Entry, ...]]] = []
    for i in positions(doc, ORTH, by_word):
        name = by_word[doc[i].text]
        if (i == 0 or doc[i - 1].lower_ != "the" or any(start <= i < end for start, end, _ in spans)
                or (i + 1 < len(doc) and doc[i + 1].is_title)):
            continue
        named = {e.country for start, _end, hit in spans if start < i for e in hit}
        if name.named <= named:
            found.append((i, i + 1, (entries[name.entry],)))
    return found


def named_earlier(token: Token, named: Mapping[str, tuple[Mention, ...]], offset: int) -> list[Mention]:
    """Return the actors of the person a capitalised word no dictionary entry covers names when an
    earlier sentence of the article told who that person is, as the subject its own phrase placed
    ("Roe, a Kenyan lawyer, sued the ministry. ... Roe's appeal was heard"): the same actors,
    found at this word (`offset`: the sentence's start in the article)."""
    if not (token.is_title and token.text in named):
        return []
    start, why = offset + token.idx, f"named-earlier:{token.text}"
    return [replace(m, text=token.text, start=start, end=start + len(token.text),
                    entries=m.entries if why in m.entries else (*m.entries, why)) for m in named[token.text]]
