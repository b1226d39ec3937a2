"""Short names that stand for a state only in a story that has named its pair ("the North" and
"the South" once North Korea and South Korea were named), read from `data/actors/context_names.tsv`."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources

from spacy.tokens import Doc

from eventwire import tsv
from eventwire.actors.dictionary import Entry
from eventwire.errors import DictionaryError


@dataclass(frozen=True, slots=True, kw_only=True)
class ContextName:
    """A capitalised word after "the" that names the `entry` once the article named all `named` countries."""

    word: str
    entry: str
    named: frozenset[str]


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
    covered = {i for start, end, _ in spans for i in range(start, end)}
    found: list[tuple[int, int, tuple[Entry, ...]]] = []
    for token in doc:
        name = by_word.get(token.text)
        i = token.i
        if (name is None or i == 0 or doc[i - 1].lower_ != "the" or i in covered
                or (i + 1 < len(doc) and doc[i + 1].is_title)):
            continue
        named = {e.country for start, _end, hit in spans if start < i for e in hit}
        if name.named <= named:
            found.append((i, i + 1, (entries[name.entry],)))
    return found
