"""A read-only table of a Doc's words: each token's text, lower-case form and the few flags the
article-wide stages read (segmentation's sub-headlines, the pre-filter, names across the article,
water bodies, commentators), and the Doc's text.

Those stages walk every token of an article, and reading a spaCy `Token` makes a new Python
object on each `Doc[i]` and decodes a string on each `.lower_`; spaCy's `Doc.text` joins every
token anew on each read. The table reads the Doc once with `Doc.to_array`, cuts each token's text
from the Doc's text by its character offsets and decodes each distinct lower-case form once. It
is kept in the Doc's own `user_data` (as `eventwire.parse_view` keeps a parse), so it lives and
dies with the Doc; tokens are never merged or split after tokenizing, so it stays true.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, cast

from spacy.attrs import IDX, IS_ALPHA, IS_LOWER, IS_PUNCT, IS_TITLE, IS_UPPER, LENGTH, LOWER, SPACY
from spacy.tokens import Doc

WORDS_KEY = "eventwire.doc_words"
TEXT_KEY = "eventwire.doc_text"


@dataclass(frozen=True, slots=True, kw_only=True)
class DocWords:
    """One Doc's words by token index, with spaCy's own lexical flags."""

    text: tuple[str, ...]
    idx: tuple[int, ...]  # where each token starts in the Doc's text
    space: tuple[bool, ...]  # whether a space follows the token
    lower: tuple[str, ...]
    is_alpha: tuple[bool, ...]
    is_title: tuple[bool, ...]
    is_upper: tuple[bool, ...]
    is_lower: tuple[bool, ...]
    is_punct: tuple[bool, ...]

    @classmethod
    def of(cls, doc: Doc) -> DocWords:
        """Read a Doc's words once."""
        text = doc_text(doc)
        attrs = [IDX, LENGTH, SPACY, LOWER, IS_ALPHA, IS_TITLE, IS_UPPER, IS_LOWER, IS_PUNCT]
        rows = cast(Any, doc.to_array(attrs))
        columns = rows.reshape(len(doc), len(attrs)).T.tolist() if len(doc) else [[] for _ in attrs]
        starts, lengths, spaces, lowers, *flags = columns
        strings, decoded = doc.vocab.strings, {}
        for key in set(lowers):
            decoded[key] = strings[key]
        alpha, title, upper, lower, punct = (tuple(map(bool, column)) for column in flags)
        return cls(text=tuple(text[s:s + n] for s, n in zip(starts, lengths, strict=True)), idx=tuple(starts),
                   space=tuple(map(bool, spaces)),
                   lower=tuple(map(decoded.__getitem__, lowers)), is_alpha=alpha, is_title=title,
                   is_upper=upper, is_lower=lower, is_punct=punct)


    def part(self, start: int, end: int) -> DocWords:
        """Return the table of a Doc made of tokens [start, end) of this one, with no space after
        its last token (`eventwire.nlp.sentence_doc`): the same words and flags, offsets counted
        from its first token (each token starts where the one before ends, with its space)."""
        first = self.idx[start] if start < end else 0
        space = self.space[start:end]
        return DocWords(text=self.text[start:end], idx=tuple(i - first for i in self.idx[start:end]),
                        space=(*space[:-1], False) if space else space, lower=self.lower[start:end],
                        is_alpha=self.is_alpha[start:end], is_title=self.is_title[start:end],
                        is_upper=self.is_upper[start:end], is_lower=self.is_lower[start:end],
                        is_punct=self.is_punct[start:end])


def keep_words(doc: Doc, words: DocWords) -> Doc:
    """Keep a word table already known for a Doc (`DocWords.part` of the Doc it was cut from)
    for `words_of`, and return the Doc."""
    doc.user_data[WORDS_KEY] = words
    return doc


def words_of(doc: Doc) -> DocWords:
    """Return a Doc's word table, read on first use."""
    found = doc.user_data.get(WORDS_KEY)
    if found is None:
        found = doc.user_data[WORDS_KEY] = DocWords.of(doc)
    return cast(DocWords, found)


def capitalised_runs(words: DocWords, start: int = 0,
                     free: Callable[[int], bool] | None = None) -> Iterator[tuple[int, int]]:
    """Yield the (start, end) token indices of each maximal run of capitalised words (alphabetic,
    in title case) from token `start` on, every word of which is `free` when that is given."""
    end, size = start, len(words.text)
    alpha, title = words.is_alpha, words.is_title
    while start < size:
        while end < size and alpha[end] and title[end] and (free is None or free(end)):
            end += 1
        if end > start:
            yield start, end
        start = end = end + 1


def doc_text(doc: Doc) -> str:
    """Return a Doc's text, joined on first use (or as given by `keep_text`)."""
    found = doc.user_data.get(TEXT_KEY)
    if found is None:
        found = doc.user_data[TEXT_KEY] = doc.text
    return cast(str, found)


def keep_text(doc: Doc, text: str) -> Doc:
    """Keep the text a Doc was made from (spaCy's tokens keep every character, so `Doc.text` is
    that text) for `doc_text`, and return the Doc."""
    doc.user_data[TEXT_KEY] = text
    return doc


def span_text(doc: Doc, start: int, end: int) -> str:
    """Return the text of tokens [start, end), as `Doc[start:end].text` reads it, cut from the
    Doc's text by the word table's offsets without making a Span and its tokens."""
    if start >= end:
        return ""
    words = words_of(doc)
    return doc_text(doc)[words.idx[start]:words.idx[end - 1] + len(words.text[end - 1])]


def tokens_from(doc: Doc, start: int, end: int) -> range:
    """Return the indices of the tokens that start at a character offset in [start, end), found
    by bisection in the word table's offsets instead of reading every token of the Doc."""
    idx = words_of(doc).idx
    return range(bisect_left(idx, start), bisect_left(idx, end))


def token_ending(doc: Doc, offset: int) -> int | None:
    """Return the index of the token that starts before a character offset and ends at or after
    it, if any: tokens never overlap, so only the last one starting before it can."""
    table = words_of(doc)
    i = bisect_left(table.idx, offset) - 1
    return i if i >= 0 and offset <= table.idx[i] + len(table.text[i]) else None


def token_at(doc: Doc, offset: int) -> int:
    """Return the index of the last token starting at or before a character offset: the token
    that holds it, or the one whose trailing space does (the first token for an offset before all)."""
    return max(bisect_right(words_of(doc).idx, offset) - 1, 0)


def token_holding(doc: Doc, offset: int) -> int | None:
    """Return the index of the token whose characters hold an offset, if any (a token of no
    characters holds its own start)."""
    table, i = words_of(doc), token_at(doc, offset)
    return i if table.idx and table.idx[i] <= offset < table.idx[i] + max(len(table.text[i]), 1) else None
