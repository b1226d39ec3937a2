"""A read-only view of a parsed sentence: its heads, dependencies and children as tuples.

Reading a spaCy `Token` makes a new Python object on every `Doc[i]`, iteration, `.head` and
`.children`; the coder's hottest functions ask the same few questions of the same sentence many
times ("which children of this verb are its objects?"). The view answers them from tuples read
once per Doc with `Doc.to_array`. It is taken after the parse and its repairs (`eventwire.nlp`):
the coder never changes a parse, so the view stays true for the Doc's life; it is kept in the
Doc's own `user_data`, so it lives and dies with the Doc.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import cast

from spacy.attrs import DEP, HEAD, LEMMA, POS
from spacy.tokens import Doc, Token

VIEW_KEY = "eventwire.parse_view"
LEMMAS_KEY = "eventwire.parse_lemmas"
LOWER_LEMMAS_KEY = "eventwire.parse_lower_lemmas"
UINT64 = (1 << 64) - 1


@dataclass(frozen=True, slots=True, kw_only=True)
class ParseView:
    """One Doc's parse by token index: `heads[i]` is the index of token i's head (itself at a root).
    Words are left to the Tokens: spaCy decodes a string on every read, so reading all of a
    sentence's words up front costs more than the few the coder asks for."""

    heads: tuple[int, ...]
    deps: tuple[str, ...]
    children: tuple[tuple[int, ...], ...]

    @classmethod
    def of(cls, doc: Doc) -> ParseView:
        """Read a Doc's parse once."""
        offsets, deps = doc.to_array([HEAD, DEP]).T.tolist()
        # HEAD holds each head's offset from its token as an unsigned 64-bit number.
        heads = tuple((i + offset) & UINT64 for i, offset in enumerate(offsets))
        kids: list[list[int]] = [[] for _ in heads]
        for i, head in enumerate(heads):
            if head != i:
                kids[head].append(i)
        return cls(heads=heads, deps=tuple(map(doc.vocab.strings.__getitem__, deps)),
                   children=tuple(map(tuple, kids)))


def view_of(doc: Doc) -> ParseView:
    """Return a Doc's view, read on first use."""
    found = doc.user_data.get(VIEW_KEY)
    if found is None:
        found = doc.user_data[VIEW_KEY] = ParseView.of(doc)
    return found


def children_by(token: Token, wanted: frozenset[str]) -> list[Token]:
    """Return the children of a token attached by one of these dependencies, in order."""
    doc = token.doc
    view = doc.user_data.get(VIEW_KEY) or view_of(doc)  # the most asked: `view_of` called only to read it
    deps = view.deps
    return [doc[c] for c in view.children[token.i] if deps[c] in wanted]


def child_indices(token: Token, wanted: frozenset[str]) -> list[int]:
    """Return the indices of a token's children attached by one of these dependencies."""
    view = view_of(token.doc)
    deps = view.deps
    return [c for c in view.children[token.i] if deps[c] in wanted]


def subtree_indices(doc: Doc, i: int) -> list[int]:
    """Return the indices of token i and of every word below it, in order: the words
    `Token.subtree` walks, with no Token made ("the foreign minister of Chad": below "of", the
    words "of" and "Chad")."""
    kids = view_of(doc).children
    found, todo = [], [i]
    while todo:
        j = todo.pop()
        found.append(j)
        todo.extend(kids[j])
    found.sort()
    return found


def ancestor_indices(doc: Doc, i: int) -> list[int]:
    """Return the indices of token i's ancestors, nearest first, as `Token.ancestors` walks them
    (at most as many steps as the Doc has tokens)."""
    heads = view_of(doc).heads
    found: list[int] = []
    while heads[i] != i and len(found) < len(heads):
        i = heads[i]
        found.append(i)
    return found


def lemmas_of(doc: Doc) -> tuple[str, ...]:
    """Return each token's lemma, read once per Doc after its parse (each distinct lemma decoded
    once): for the stages that look through a whole sentence for a few lemmas ("capital", the
    speech verbs) without making a Token of every word."""
    found = doc.user_data.get(LEMMAS_KEY)
    if found is None:
        keys = doc.to_array(LEMMA).tolist()
        strings = doc.vocab.strings
        decoded = {key: strings[key] for key in set(keys)}
        found = doc.user_data[LEMMAS_KEY] = tuple(decoded[key] for key in keys)
    return cast(tuple[str, ...], found)


def keep_lemmas(doc: Doc, lemmas: tuple[str, ...]) -> Doc:
    """Keep each token's lemma text, as the lemmatizer set it, for `lemmas_of`; return the Doc."""
    doc.user_data[LEMMAS_KEY] = lemmas
    return doc


def forget_lemmas(doc: Doc) -> None:
    """Drop the lemma texts kept for a Doc whose lemmas were changed since (a repaired parse)."""
    doc.user_data.pop(LEMMAS_KEY, None)
    doc.user_data.pop(LOWER_LEMMAS_KEY, None)


def lower_lemmas_of(doc: Doc) -> tuple[str, ...]:
    """Return each token's lemma in lower case, read once per Doc (`lemmas_of`, each distinct
    lemma lowered once): for the matchers that compare a pattern's words with every lemma of a
    clause, position by position."""
    found = doc.user_data.get(LOWER_LEMMAS_KEY)
    if found is None:
        lemmas = lemmas_of(doc)
        lowered = {lemma: lemma.lower() for lemma in set(lemmas)}
        found = doc.user_data[LOWER_LEMMAS_KEY] = tuple(lowered[lemma] for lemma in lemmas)
    return cast(tuple[str, ...], found)


def with_lemma(doc: Doc, lemmas: frozenset[str], *, pos: str | None = None, lower: bool = False) -> list[Token]:
    """Return the tokens whose lemma (lower-cased, with `lower`) is one of these, and of this
    part of speech if given, in order."""
    read = lower_lemmas_of(doc) if lower else lemmas_of(doc)
    hits = [i for i, lemma in enumerate(read) if lemma in lemmas]
    if pos is not None and hits:
        wanted = doc.vocab.strings.add(pos)
        tags = doc.to_array(POS).tolist()
        hits = [i for i in hits if tags[i] == wanted]
    return [doc[i] for i in hits]


def with_pos(doc: Doc, pos: frozenset[str]) -> list[Token]:
    """Return the tokens of one of these parts of speech, in order, read off the Doc's array
    (only the Tokens returned are made)."""
    strings = doc.vocab.strings
    wanted = {strings.add(p) for p in pos}
    return [doc[i] for i, tag in enumerate(doc.to_array(POS).tolist()) if tag in wanted]


def object_participle_verb(verb: Token) -> Token | None:
    """Return the verb whose direct object a present participle describes ("issued a statement
    welcoming the deal": issued; "sent a letter urging them to ...": sent), else none."""
    if verb.tag_ == "VBG" and verb.dep_ == "acl" and verb.head.dep_ == "dobj":
        return verb.head.head
    return None
