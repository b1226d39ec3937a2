"""The actor dictionary's phrases as tables of token keys indexed by their first token, built
once per dictionary and kept in the start-up cache (eventwire.cache).

Building spaCy's PhraseMatcher for a large dictionary (the imported base layer: ~100,000 phrase
spellings) tokenizes every phrase and creates a vocabulary entry for each new word and each
entry id: seconds in every worker. The tables hold what matching needs, the token keys (ORTH
for capitalised phrases, LOWER for lowercase ones) and the entries each key sequence names, in
the order spaCy's PhraseMatcher reports them, so a lookup finds exactly what the matcher would.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from spacy.attrs import LOWER, ORTH
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from eventwire.actors.dictionary import ActorDictionary
from eventwire.actors.variants import phrase_variants
from eventwire.cache import cached

# Files whose code decides the tables (tokenizer special cases live in nlp.py).
SOURCES = ("phrases.py", "variants.py", "../nlp.py")
Keys = tuple[int, ...]


@dataclass(frozen=True, slots=True)
class PhraseTable:
    """Phrases matched on one token attribute: key sequences to entry ids, and the lengths of
    the sequences that start with each key, shortest first."""

    attr: int
    phrases: dict[Keys, tuple[str, ...]]
    lengths: dict[int, tuple[int, ...]]

    @classmethod
    def of(cls, attr: int, phrases: dict[Keys, tuple[str, ...]]) -> PhraseTable:
        """Index key sequences by their first key."""
        lengths: dict[int, set[int]] = {}
        for keys in phrases:
            lengths.setdefault(keys[0], set()).add(len(keys))
        return cls(attr, phrases, {k: tuple(sorted(v)) for k, v in lengths.items()})

    def find(self, doc: Doc) -> Iterator[tuple[int, int, tuple[str, ...]]]:
        """Yield (start, end, entry ids) for every phrase in a Doc, by start then end, as spaCy's
        PhraseMatcher does."""
        keys = cast(Any, doc.to_array(self.attr)).tolist()
        for start, first in enumerate(keys):
            for size in self.lengths.get(first, ()):
                if start + size > len(keys):
                    break
                ids = self.phrases.get(tuple(keys[start:start + size]))
                if ids is not None:
                    yield start, start + size, ids


@dataclass(frozen=True, slots=True)
class PhraseIndex:
    """Capitalised phrases matched exactly, lowercase ones in any case."""

    exact: PhraseTable
    lower: PhraseTable

    @classmethod
    def build(cls, dictionary: ActorDictionary, make_doc: Callable[[str], Doc]) -> PhraseIndex:
        """Tokenize every phrase and spelling variant of the dictionary with `make_doc`."""
        exact: dict[Keys, dict[str, None]] = {}
        lower: dict[Keys, dict[str, None]] = {}
        words: dict[tuple[int, Keys], list[str]] = {}
        for entry in dictionary.entries.values():
            for phrase in dict.fromkeys(v for p in entry.phrases for v in phrase_variants(p)):
                doc = make_doc(phrase)
                if len(doc) == 0:
                    continue
                attr, table = (LOWER, lower) if phrase.islower() else (ORTH, exact)
                keys = tuple(cast(Any, doc.to_array(attr)).tolist())
                table.setdefault(keys, {})[entry.id] = None
                words.setdefault((attr, keys), [t.text for t in doc])
        vocab = make_doc("").vocab
        return cls(PhraseTable.of(ORTH, _in_matcher_order(vocab, ORTH, exact, words)),
                   PhraseTable.of(LOWER, _in_matcher_order(vocab, LOWER, lower, words)))

    @classmethod
    def load(cls, dictionary: ActorDictionary, nlp: Language, *, cache: Path | None = None) -> PhraseIndex:
        """Return the dictionary's index from the start-up cache, building and storing it when the
        dictionary, the pipeline's tokenizer or this code changed."""
        ids = list(dictionary.entries)
        rows = cached("phrases", _key(dictionary, nlp), lambda: _rows(cls.build(dictionary, nlp.make_doc), ids),
                      folder=cache, valid=_is_rows)
        return cls(*(PhraseTable.of(attr, {tuple(k): tuple(map(ids.__getitem__, v)) for k, v in rows[name]})
                     for attr, name in ((ORTH, "exact"), (LOWER, "lower"))))


def _in_matcher_order(vocab: Vocab, attr: int, table: dict[Keys, dict[str, None]],
                      words: dict[tuple[int, Keys], list[str]]) -> dict[Keys, tuple[str, ...]]:
    """Order the entries of each key sequence as spaCy's PhraseMatcher reports them (by its
    hash map's layout, which depends only on the ids added to that one sequence, in order), so
    that coding stays the same whichever of the two finds them."""
    shared = {keys: (ids, Doc(vocab, words=words[(attr, keys)])) for keys, ids in table.items() if len(ids) > 1}
    matcher = PhraseMatcher(vocab, attr=attr)
    for ids, doc in shared.values():
        for entry_id in ids:
            matcher.add(entry_id, [doc])
    ordered = {keys: tuple(ids) for keys, ids in table.items()}
    for keys, (_ids, doc) in shared.items():
        ordered[keys] = tuple(vocab.strings[k] for k, start, end in matcher(doc) if (start, end) == (0, len(doc)))
    return ordered


def _rows(index: PhraseIndex, ids: Sequence[str]) -> dict[str, list[list[list[int]]]]:
    position = {entry_id: n for n, entry_id in enumerate(ids)}
    return {name: [[list(keys), [position[i] for i in found]] for keys, found in table.phrases.items()]
            for name, table in (("exact", index.exact), ("lower", index.lower))}


def _is_rows(value: Any) -> bool:
    return isinstance(value, dict) and all(isinstance(value.get(name), list) for name in ("exact", "lower"))


def _key(dictionary: ActorDictionary, nlp: Language) -> str:
    """Return a key that changes with the entries' ids and phrases, the pipeline and this code."""
    digest = hashlib.sha256()
    here = Path(__file__).parent
    for name in SOURCES:
        digest.update((here / name).read_bytes())
    meta = nlp.meta
    digest.update(f"\x1f{meta.get('lang')}_{meta.get('name')}={meta.get('version')}".encode())
    for entry in dictionary.entries.values():
        digest.update(f"\x1e{entry.id}\x1f{'|'.join(entry.phrases)}".encode())
    return digest.hexdigest()[:16]
