"""Plain-text files: one article a file."""

from __future__ import annotations

from collections.abc import Iterator

from eventwire.errors import InputError
from eventwire.ingest.common import Skipped, Source, decode_text
from eventwire.model import Article


def read(source: Source) -> Iterator[Article | Skipped]:
    """Yield the one article of a text file, or why it was skipped."""
    try:
        text = decode_text(source.data, source.origin)
    except InputError as exc:
        yield Skipped(origin=source.origin, problem=str(exc).removeprefix(f"{source.origin}: "))
        return
    if not text.strip():
        yield Skipped(origin=source.origin, problem="empty file")
        return
    yield Article(id=Article.make_id(text), text=text, published=source.published,
                  origin=source.origin)
