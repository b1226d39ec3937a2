"""JSON Lines: one article a line with `id`, `text` and optional `title`, `published`, `url`,
`publisher`, `language`.

The input is read line by line, each line at most `MAX_ARTICLE_BYTES`: a bad line (not JSON,
nested too deep, a number too long to convert, a lone surrogate) is skipped with its number
and the rest of the file is read.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from typing import IO, Any

from eventwire.errors import InputError
from eventwire.ingest.common import (
    MAX_ARTICLE_BYTES,
    Skipped,
    Source,
    clean_id,
    repair_surrogates,
)
from eventwire.ingest.streams import content_lines, peek, utf8_from
from eventwire.model import Article
from eventwire.text_encoding import utf16_codec

OPTIONAL_TEXT = ("title", "url", "publisher", "language")


def _published(value: Any, fallback: date | None) -> date | None:
    if value in (None, ""):
        return fallback
    if not isinstance(value, str):
        raise InputError(f"'published' must be a YYYY-MM-DD string, not {type(value).__name__}")
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        raise InputError(f"'published' is not a YYYY-MM-DD date: {value[:40]!r}") from None


def parse_record(record: Any, origin: str, fallback: date | None = None) -> Article:
    """Build an article from one decoded JSON record; raise `InputError` if it is malformed."""
    if not isinstance(record, dict):
        raise InputError(f"expected a JSON object, got {type(record).__name__}")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError("missing or empty 'text'")
    text = repair_surrogates(text)
    fields = {k: repair_surrogates(record[k]) for k in OPTIONAL_TEXT
              if isinstance(record.get(k), str)}
    url = fields.get("url")
    article_id = clean_id(record.get("id")) or Article.make_id(text, url)
    published = _published(record.get("published"), fallback)
    return Article(id=article_id, text=text, published=published, origin=origin, **fields)


def decode_record(raw: bytes, origin: str, fallback: date | None = None) -> Article | None:
    """Return the article of one raw line (None for a blank one); raise `InputError` if bad."""
    try:
        line = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"not valid UTF-8 (byte {exc.start})") from None
    if not line.strip():
        return None
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"malformed JSON ({exc.msg})") from None
    except RecursionError:
        raise InputError("malformed JSON (nested too deeply)") from None
    except ValueError as exc:  # e.g. an integer of more digits than Python converts
        raise InputError(f"malformed JSON ({_first_words(exc)})") from None
    return parse_record(record, origin, fallback)


def read(source: Source) -> Iterator[Article | Skipped]:
    """Yield each article of a JSONL file; a bad line is skipped with its line number."""
    stream = source.open()
    head = peek(stream, 8192)
    codec = utf16_codec(head)
    if codec is not None:
        stream = utf8_from(stream, codec, source.origin)
    elif b"\x00" in head:
        yield Skipped(origin=source.origin, problem="binary data, not text")
        return
    yielded = 0
    try:
        for item in _lines(stream, source):
            yielded += 1
            yield item
    except InputError as exc:  # the stream itself failed (gzip damage, a size cap)
        yielded += 1
        yield Skipped(origin=source.origin, problem=str(exc).removeprefix(f"{source.origin}: "))
    if not yielded:
        yield Skipped(origin=source.origin, problem="empty file")


def _lines(stream: IO[bytes], source: Source) -> Iterator[Article | Skipped]:
    for lineno, raw in content_lines(stream, MAX_ARTICLE_BYTES):
        if raw is None:
            yield Skipped(origin=source.origin, line=lineno, problem="record too large "
                          f"(more than {MAX_ARTICLE_BYTES:,} bytes)")
            continue
        try:
            article = decode_record(raw, f"{source.origin}:{lineno}", source.published)
        except InputError as exc:
            yield Skipped(origin=source.origin, line=lineno, problem=str(exc))
            continue
        if article is not None:
            yield article


def _first_words(exc: Exception) -> str:
    text = str(exc).split(";")[0].strip()
    return text if len(text) <= 80 else text[:77] + "..."
