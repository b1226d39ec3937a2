"""Find dictionary phrases in tokenized text with spaCy's PhraseMatcher."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from eventwire.actors.dictionary import ActorDictionary, Entry, is_base
from eventwire.actors.names import backed_names


@dataclass(frozen=True, slots=True, kw_only=True)
class Hit:
    """A dictionary phrase found in a Doc: token span and every entry naming it."""

    start: int
    end: int
    entries: tuple[Entry, ...]


class ActorMatcher:
    """Match every dictionary phrase; capitalised phrases match exactly, lowercase ones in any case."""

    def __init__(self, dictionary: ActorDictionary, make_doc: Any, *,
                 water_words: frozenset[str] = frozenset()) -> None:
        """Compile the dictionary's phrases; `water_words` ("sea", "gulf") make a place name part
        of a water body's name ("South China Sea", "Gulf of Mexico"), where it names no actor."""
        vocab = make_doc("").vocab
        self._water = water_words
        self._exact = PhraseMatcher(vocab, attr="ORTH")
        self._lower = PhraseMatcher(vocab, attr="LOWER")
        self._entries: dict[str, Entry] = dict(dictionary.entries)
        # Each entry's phrase Docs are added and let go at once: holding every Doc of a large
        # dictionary (the imported base layer has ~100,000 phrases) until the end doubled the memory.
        for entry in dictionary.entries.values():
            exact = [make_doc(p) for p in entry.phrases if not p.islower()]
            lower = [make_doc(p) for p in entry.phrases if p.islower()]
            if exact:
                self._exact.add(entry.id, exact)
            if lower:
                self._lower.add(entry.id, lower)

    def __call__(self, doc: Doc) -> list[Hit]:
        """Return the longest non-overlapping hits in a Doc, left to right (a lone surname names a
        person only after the full name: see `names`)."""
        found: dict[tuple[int, int], list[Entry]] = defaultdict(list)
        for matcher in (self._exact, self._lower):
            for key, start, end in matcher(doc):
                entry = self._entries[doc.vocab.strings[key]]
                if entry not in found[(start, end)]:
                    found[(start, end)].append(entry)
        found = _under_own(found)
        spans = filter_spans([Span(doc, s, e) for s, e in found])
        return backed_names(doc, [Hit(start=s.start, end=s.end, entries=tuple(found[(s.start, s.end)]))
                                  for s in sorted(spans, key=lambda s: s.start)
                                  if not (self._water and _in_water_name(doc, s.start, s.end, self._water))])


def _in_water_name(doc: Doc, start: int, end: int, water: frozenset[str]) -> bool:
    """Tell whether a span is part of a capitalised water body's name: followed by capitalised
    words ending in a water word ("China Sea", "Taiwan Strait") or after one and "of" ("Sea of
    Japan")."""
    for token in doc[end:end + 3]:
        if not token.is_title:
            break
        if token.lower_ in water:
            return True
    before = doc[max(0, start - 2):start]
    return len(before) == 2 and before[1].lower_ == "of" and before[0].is_title and before[0].lower_ in water


def _under_own(found: dict[tuple[int, int], list[Entry]]) -> dict[tuple[int, int], list[Entry]]:
    """Keep the imported base layer under the project's own entries: where an own entry names a
    span, base entries for it or for any overlapping span are dropped."""
    own = {span: [e for e in entries if not is_base(e)] for span, entries in found.items()}
    taken = [span for span, entries in own.items() if entries]
    kept: dict[tuple[int, int], list[Entry]] = {}
    for span, entries in found.items():
        if own[span]:
            kept[span] = own[span]
        elif not any(span[0] < end and start < span[1] for start, end in taken):
            kept[span] = entries
    return kept
