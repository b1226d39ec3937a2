"""Coding that one bad article cannot stop: a batch that fails is coded again article by article.

The coder parses many articles' sentences together, so one article that breaks the tokenizer
or a rule fails its whole batch. `code_each` then codes the batch's articles one at a time and
reports the one that fails as a `Skipped` record naming it (`file:line: could not be coded
...`), keeping the others. Drivers (the `code` command, ingest, worker processes, batch shards)
put their coding behind it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import TypeVar

from eventwire.ingest.common import Skipped, article_skipped
from eventwire.model import Article

C = TypeVar("C")
CodeBatch = Callable[[list[Article]], Iterable[C]]


# spaCy's error code for a text longer than its pipeline's `max_length` (1,000,000 characters).
_TOO_LONG = "[E088]"


def failed(article: Article, exc: Exception) -> Skipped:
    """Return the `Skipped` record of an article the coder failed on."""
    if isinstance(exc, ValueError) and _TOO_LONG in str(exc):
        return article_skipped(article.origin, article.id,
                               f"too long to code ({len(article.text):,} characters; the parser takes "
                               "at most 1,000,000 an article: split the text into several articles)")
    detail = (str(exc) or type(exc).__name__).strip().split("\n", 1)[0][:120]
    return article_skipped(article.origin, article.id,
                           f"could not be coded ({type(exc).__name__}: {detail})")


def code_each(batch: list[Article], code: CodeBatch[C]) -> list[C | Skipped]:
    """Code a batch; if it fails, code its articles one by one, each failure a `Skipped`."""
    try:
        return list(code(batch))
    except Exception as exc:  # retried one by one below, where each failure is reported
        if len(batch) == 1:
            return [failed(batch[0], exc)]
    return [result for article in batch for result in _one(article, code)]


def _one(article: Article, code: CodeBatch[C]) -> list[C | Skipped]:
    try:
        return list(code([article]))
    except Exception as exc:  # reported for this article; the run goes on
        return [failed(article, exc)]


def code_guarded(articles: Iterable[Article], code: CodeBatch[C], *,
                 batch_size: int = 32) -> Iterator[C | Skipped]:
    """Code articles in batches through `code_each`, yielding results (or failures) in order."""
    source = iter(articles)
    while batch := list(islice(source, batch_size)):
        yield from code_each(batch, code)
