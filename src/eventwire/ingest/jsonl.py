"""JSON Lines: one article a line with `id`, `text` and optional `title`, `published`, `url`,
`publisher`, `language`."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from typing import Any

from eventwire.errors import InputError
from eventwire.ingest.common import MAX_ARTICLE_BYTES, Skipped, Source, decode_text
from eventwire.model import Article

OPTIONAL_TEXT = ("title", "url", "publisher", "language")


def _published(value: Any, fallback: date | None) -> date | None:
    if value in (None, ""):
        return fallback
    if not isinstance(value, str):
        raise InputError(f"'published' must be a YYYY-MM-DD string, not {type(value).__name__}")
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        raise InputError(f"'published' is not a YYYY-MM-DD date: {value!r}") from None


def parse_record(record: Any, origin: str, fallback: date | None = None) -> Article:
    """Build an article from one decoded JSON record; raise `InputError` if it is malformed."""
    if not isinstance(record, dict):
        raise InputError(f"expected a JSON object, got {type(record).__name__}")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError("missing or empty 'text'")
    fields = {k: record[k] for k in OPTIONAL_TEXT if isinstance(record.get(k), str)}
    raw_id = record.get("id")
    url = fields.get("url")
    article_id = str(raw_id) if raw_id not in (None, "") else Article.make_id(text, url)
    published = _published(record.get("published"), fallback)
    return Article(id=article_id, text=text, published=published, origin=origin, **fields)


def read(source: Source) -> Iterator[Article | Skipped]:
    """Yield each article of a JSONL file; a bad line is skipped with its line number."""
    try:
        content = decode_text(source.data, source.origin, limit=None)
    except InputError as exc:
        yield Skipped(origin=source.origin, problem=str(exc).removeprefix(f"{source.origin}: "))
        return
    if not content.strip():
        yield Skipped(origin=source.origin, problem="empty file")
        return
    for lineno, line in enumerate(content.split("\n"), start=1):
        if not line.strip():
            continue
        if len(line) > MAX_ARTICLE_BYTES:
            yield Skipped(origin=source.origin, line=lineno, problem=f"record too large ({len(line):,} characters)")
            continue
        try:
            yield parse_record(json.loads(line), f"{source.origin}:{lineno}", source.published)
        except json.JSONDecodeError as exc:
            yield Skipped(origin=source.origin, line=lineno, problem=f"malformed JSON ({exc.msg})")
        except InputError as exc:
            yield Skipped(origin=source.origin, line=lineno, problem=str(exc))
