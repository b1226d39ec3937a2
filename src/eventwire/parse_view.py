"""A read-only view of a parsed sentence: its heads, dependencies, words and children as tuples.

Reading a spaCy `Token` makes a new Python object on every `Doc[i]`, iteration, `.head` and
`.children`; the coder's hottest functions ask the same few questions of the same sentence many
times ("which children of this verb are its objects?"). The view answers them from tuples read
once per Doc with `Doc.to_array`. It is taken after the parse and its repairs (`eventwire.nlp`):
the coder never changes a parse, so the view stays true for the Doc's life; it is kept in the
Doc's own `user_data`, so it lives and dies with the Doc.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from spacy.attrs import DEP, HEAD, LEMMA, LOWER, ORTH, SPACY
from spacy.tokens import Doc, Token

VIEW_KEY = "eventwire.parse_view"


@dataclass(frozen=True, slots=True, kw_only=True)
class ParseView:
    """One Doc's parse by token index: `heads[i]` is the index of token i's head (itself at a root)."""

    heads: tuple[int, ...]
    deps: tuple[str, ...]
    lowers: tuple[str, ...]
    lemmas: tuple[str, ...]
    texts: tuple[str, ...]
    spaces: tuple[bool, ...]
    children: tuple[tuple[int, ...], ...]

    @classmethod
    def of(cls, doc: Doc) -> ParseView:
        """Read a Doc's parse once."""
        rows = doc.to_array([HEAD, DEP, LOWER, ORTH, SPACY, LEMMA])
        strings = doc.vocab.strings
        heads = tuple(i + offset for i, offset in enumerate(rows[:, 0].astype(np.int64).tolist()))
        kids: list[list[int]] = [[] for _ in heads]
        for i, head in enumerate(heads):
            if head != i:
                kids[head].append(i)
        return cls(heads=heads, deps=tuple(strings[h] for h in rows[:, 1].tolist()),
                   lowers=tuple(strings[h] for h in rows[:, 2].tolist()),
                   texts=tuple(strings[h] for h in rows[:, 3].tolist()),
                   spaces=tuple(bool(s) for s in rows[:, 4].tolist()),
                   lemmas=tuple(strings[h] for h in rows[:, 5].tolist()),
                   children=tuple(tuple(k) for k in kids))

    def text(self) -> str:
        """Return the Doc's text (what `Doc.text` joins token by token)."""
        return "".join(t + " " if s else t for t, s in zip(self.texts, self.spaces, strict=True))


def view_of(doc: Doc) -> ParseView:
    """Return a Doc's view, read on first use."""
    found = doc.user_data.get(VIEW_KEY)
    if found is None:
        found = doc.user_data[VIEW_KEY] = ParseView.of(doc)
    return found


def children_by(token: Token, wanted: frozenset[str]) -> list[Token]:
    """Return the children of a token attached by one of these dependencies, in order."""
    doc = token.doc
    view = view_of(doc)
    deps = view.deps
    return [doc[c] for c in view.children[token.i] if deps[c] in wanted]


def child_indices(token: Token, wanted: frozenset[str]) -> list[int]:
    """Return the indices of a token's children attached by one of these dependencies."""
    view = view_of(token.doc)
    deps = view.deps
    return [c for c in view.children[token.i] if deps[c] in wanted]
