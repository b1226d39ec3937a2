"""WARC archives (plain or gzipped, as Common Crawl News ships them): one article per HTML page.

Every `response` (or `resource`) record holding a successful HTML page becomes an article: its
origin is `<archive>#<WARC-Record-ID>`, its URL the page's canonical URL or the record's target
URI, its date the page's own date or else the record's WARC-Date. Other records (requests,
metadata, images, redirects) are not articles and pass silently. A broken record is skipped
with its byte offset and reading resumes at the next record; a truncated archive keeps every
record before the cut.
"""

from __future__ import annotations

import zlib
from collections.abc import Generator, Iterator
from dataclasses import dataclass
from typing import IO, Any

from eventwire.errors import InputError
from eventwire.ingest import html
from eventwire.ingest.common import MAX_ARTICLE_BYTES, Skipped, Source, parse_date
from eventwire.ingest.compression import is_gzip
from eventwire.ingest.streams import peek
from eventwire.model import Article

PAGE_RECORDS = ("response", "resource")
_SCAN = 1 << 16
_Items = Generator[Article | Skipped, None, int | None]


@dataclass(slots=True)
class _Tally:
    records: int = 0
    pages: int = 0
    said: int = 0


def read(source: Source) -> Iterator[Article | Skipped]:
    """Yield an article for each HTML page in the archive, or why a record was skipped."""
    stream = source.open()
    tally = _Tally()
    gzipped = is_gzip(peek(stream, 2))
    start: int | None = stream.tell() if stream.seekable() else 0
    while start is not None:
        start = yield from _read_from(source, stream, start, tally)
        if start is not None:
            start = _next_record(stream, start, gzipped=gzipped)
    if tally.said:
        return
    if not tally.records:
        yield Skipped(origin=source.origin, problem="empty archive (no WARC records)")
    elif not tally.pages:
        many = "record" if tally.records == 1 else f"{tally.records:,} records"
        yield Skipped(origin=source.origin, problem=f"no HTML pages in the archive ({many})")


def _read_from(source: Source, stream: IO[bytes], start: int, tally: _Tally) -> _Items:
    """Read records from byte `start`; return where to look for the next one after a break."""
    from warcio.exceptions import ArchiveLoadFailed
    from warcio.statusandheaders import StatusAndHeadersParserException

    from eventwire.ingest.warc_limits import bounded_records

    if stream.seekable():
        stream.seek(start)
    records = bounded_records(stream)
    try:
        for record in records:
            tally.records += 1
            item = _record_item(record, source, records.offset, tally)
            records.reader.reset()
            if item is not None:
                tally.said += 1
                yield item
    # warcio fails on damaged records with its own errors and, for some, with plain
    # AttributeError/TypeError/KeyError/IndexError from inside its parser (found by fuzzing).
    except (ArchiveLoadFailed, StatusAndHeadersParserException, zlib.error, EOFError,
            ValueError, OSError, AttributeError, TypeError, KeyError, IndexError,
            InputError) as exc:
        broken = max(records.offset, start)
        resumable = stream.seekable()
        tally.said += 1
        yield Skipped(origin=source.origin, problem=f"broken WARC record at byte {broken:,} "
                      f"({_first_line(exc)}); " + ("resuming at the next record" if resumable
                                                   else "the rest is not read"))
        return broken + 1 if resumable else None
    if _rest_is_data(stream, records.offset):
        tally.said += 1
        yield Skipped(origin=source.origin, problem=f"truncated archive: the data after byte "
                      f"{records.offset:,} is not a complete record")
    return None


def _rest_is_data(stream: IO[bytes], offset: int) -> bool:
    """Tell whether anything but blank padding follows the last complete record."""
    if not stream.seekable():
        return False
    stream.seek(offset)
    for _ in range(16):  # padding longer than this is data, whatever it holds
        chunk = stream.read(_SCAN)
        if not chunk:
            return False
        if chunk.strip(b"\r\n\t \x00"):
            return True
    return True


def _record_item(record: Any, source: Source, offset: int,
                 tally: _Tally) -> Article | Skipped | None:
    if not record.rec_type:
        return Skipped(origin=source.origin, problem=f"broken WARC record at byte {offset:,} "
                       "(no WARC-Type header)")
    content_type = _page_type(record)
    if content_type is None:
        return None
    tally.pages += 1
    headers = record.rec_headers
    record_id = headers.get_header("WARC-Record-ID") or headers.get_header("WARC-Target-URI")
    origin = f"{source.origin}#{record_id}"
    if source.seen is not None and source.seen(origin):
        return None
    payload = record.content_stream().read(MAX_ARTICLE_BYTES + 1)
    if len(payload) <= MAX_ARTICLE_BYTES and getattr(record.raw_stream, "limit", 0) > 0:
        return Skipped(origin=origin, problem="truncated WARC record (ends before its length)")
    stamp = headers.get_header("WARC-Date")
    hints = html.Hints(url=headers.get_header("WARC-Target-URI") or None,
                       published=(parse_date(stamp) if stamp else None) or source.published)
    return html.page_article(payload, origin=origin, content_type=content_type, hints=hints,
                             fast=source.options.fast_html)


def _page_type(record: Any) -> str | None:
    """Return the content type of a record holding a successful HTML page, else None."""
    if record.rec_type not in PAGE_RECORDS:
        return None
    http = record.http_headers
    if record.rec_type == "response" and http is not None:
        status = http.get_statuscode() or ""
        if not status.startswith("2"):
            return None
        content_type = http.get_header("Content-Type") or ""
    else:
        content_type = record.rec_headers.get_header("Content-Type") or ""
    kind = content_type.split(";")[0].strip().lower()
    return content_type if kind in html.HTML_TYPES else None


def _next_record(stream: IO[bytes], after: int, *, gzipped: bool) -> int | None:
    """Return the offset of the next record start (gzip member or WARC header) after a byte."""
    marker = b"\x1f\x8b\x08" if gzipped else b"\nWARC/1."
    position = after if gzipped else after - 1
    stream.seek(position)
    carry = b""
    while chunk := stream.read(_SCAN):
        window = carry + chunk
        found = window.find(marker)
        if found >= 0:
            start = position - len(carry) + found
            return start if gzipped else start + 1
        carry = window[-(len(marker) - 1):]
        position += len(chunk)
    return None


def _first_line(exc: BaseException) -> str:
    if isinstance(exc, (AttributeError, TypeError, KeyError, IndexError)):  # from inside warcio's parser
        return "malformed record headers: a required one such as WARC-Target-URI is missing or damaged"
    line = (str(exc) or type(exc).__name__).strip().split("\n", 1)[0]
    printable = "".join(ch if ch.isprintable() else "?" for ch in line)
    return printable if len(printable) <= 80 else printable[:77] + "..."
