"""Read articles from files, folders, URLs and standard input.

`read_sources` walks the given names and yields either an `Article` or a `Skipped` record for
each input that could not be read, so a batch goes on past bad inputs. Each format is one
module exposing `read(source: Source) -> Iterator[Article | Skipped]`; `READERS` maps file
suffixes to them. Gzipped inputs (`.gz`, or any input starting with gzip's magic bytes) are
inflated first. `http(s)://` names are fetched and read by content type, URL suffix or content.
Every article's language is identified; articles not in `ReadOptions.languages` are skipped,
and so are articles published outside the dates eventwire accepts (1800 to 2200).
"""

from __future__ import annotations

import io
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from pathlib import Path, PurePosixPath
from types import TracebackType
from typing import IO, TYPE_CHECKING
from urllib.parse import urlsplit

from eventwire.errors import InputError
from eventwire.ingest import csv, feed, html, jsonl, text, warc
from eventwire.ingest.common import (
    MAX_ARTICLE_BYTES,
    MAX_DOCUMENT_BYTES,
    Columns,
    Fetched,
    FetchOptions,
    ReadOptions,
    Seen,
    Skipped,
    Source,
    is_url,
    skipped,
)
from eventwire.ingest.compression import gzip_head, is_gzip
from eventwire.ingest.language import LanguageIdentifier, check
from eventwire.ingest.streams import inflating, open_file, os_problem, peek, read_capped
from eventwire.model import Article, date_in_range, date_range_problem

if TYPE_CHECKING:
    import httpx

    from eventwire.ingest.fetch import Fetcher

Reader = Callable[[Source], Iterator[Article | Skipped]]

READERS: dict[str, Reader] = {
    ".txt": text.read,
    ".text": text.read,
    ".jsonl": jsonl.read,
    ".ndjson": jsonl.read,
    ".html": html.read,
    ".htm": html.read,
    ".xhtml": html.read,
    ".rss": feed.read,
    ".atom": feed.read,
    ".xml": feed.read,
    ".warc": warc.read,
    ".csv": csv.read,
    ".tsv": csv.read_tsv,
}
STREAMED: tuple[Reader, ...] = (jsonl.read, csv.read, csv.read_tsv, warc.read)
CONTENT_TYPES = {
    **dict.fromkeys(html.HTML_TYPES, ".html"),
    **dict.fromkeys(feed.FEED_TYPES, ".rss"),
    "application/warc": ".warc",
    "text/csv": ".csv",
    "text/tab-separated-values": ".tsv",
    "application/x-ndjson": ".jsonl",
    "application/jsonl": ".jsonl",
}

__all__ = ["READERS", "Columns", "FetchOptions", "ReadContext", "ReadOptions", "Skipped",
           "Source", "expand", "format_of", "read_sources"]


class ReadContext:
    """The costly helpers reading needs (HTTP client, language model), made on first use.

    Pass one to several `read_sources` calls (watch mode) to load them once; close it after.
    `seen` says which item origins were read before, so feeds and archives skip them.
    """

    def __init__(self, options: ReadOptions | None = None, *, seen: Seen | None = None,
                 transport: httpx.BaseTransport | None = None,
                 identifier: LanguageIdentifier | None = None) -> None:
        self.options = options or ReadOptions()
        self.seen = seen
        self._transport = transport
        self._fetcher: Fetcher | None = None
        self._link_fetcher: Fetcher | None = None
        self._identifier = identifier

    def fetch(self, url: str) -> Fetched:
        """Fetch a URL with the shared client; raise `InputError` if it cannot be had."""
        if self._fetcher is None:
            from eventwire.ingest.fetch import Fetcher

            self._fetcher = Fetcher(self.options.fetch, transport=self._transport)
        return self._fetcher(url)

    def fetch_link(self, url: str) -> Fetched:
        """Fetch a link found inside a document: one short try, public addresses only."""
        if self._link_fetcher is None:
            from eventwire.ingest.fetch import Fetcher

            self._link_fetcher = Fetcher(self.options.fetch, transport=self._transport,
                                         links=True)
        return self._link_fetcher(url)

    def identifier(self) -> LanguageIdentifier:
        """Return the language identifier, loading its model on first use."""
        if self._identifier is None:
            self._identifier = LanguageIdentifier()
        return self._identifier

    def close(self) -> None:
        """Close the HTTP clients, if any was opened."""
        for fetcher in (self._fetcher, self._link_fetcher):
            if fetcher is not None:
                fetcher.close()
        self._fetcher = self._link_fetcher = None

    def __enter__(self) -> ReadContext:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()


def read_sources(paths: Iterable[str], options: ReadOptions | None = None, *,
                 context: ReadContext | None = None) -> Iterator[Article | Skipped]:
    """Yield the articles of every name (files, folders, URLs, `-` for stdin), or why not."""
    options = options or (context.options if context else ReadOptions())
    own = context is None
    ctx = context or ReadContext(options)
    try:
        for name in paths:
            for item in _read_name(name, options, ctx):
                yield _judge_language(_judge_date(item), options, ctx)
    finally:
        if own:
            ctx.close()


def format_of(name: str) -> str | None:
    """Return the reader suffix of a file name or URL path (`.html` for `a.html.gz`), if known."""
    suffixes = [s.lower() for s in PurePosixPath(name).suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes.pop()
    suffix = suffixes[-1] if suffixes else ""
    return suffix if suffix in READERS else None


def _read_name(name: str, options: ReadOptions, ctx: ReadContext) -> Iterator[Article | Skipped]:
    if name == "-":
        yield from _read_stream("<stdin>", sys.stdin.buffer, options.stdin_format, options, ctx)
    elif is_url(name):
        yield from _read_url(name, options, ctx)
    else:
        path = Path(name)
        if not path.exists() and not path.is_symlink():
            raise InputError(f"{name}: no such file or folder")
        yield from (item for p in expand(path) for item in _read_path(p, options, ctx))


def expand(path: Path) -> Iterator[Path]:
    """Yield the path if it is not a folder, else every file to read under it (not hidden), sorted.

    Entries that cannot be read (broken links, symlink loops, pipes and devices named like
    inputs) are yielded too, so that reading them reports why.
    """
    if not path.is_dir():
        yield path
        return
    for child in sorted(path.rglob("*")):
        hidden = any(part.startswith(".") for part in child.relative_to(path).parts)
        if not hidden and not child.is_dir() and format_of(child.name) is not None:
            yield child


def _read_path(path: Path, options: ReadOptions, ctx: ReadContext) -> Iterator[Article | Skipped]:
    fmt = format_of(path.name)
    if fmt is None:
        known = ", ".join(sorted(READERS))
        yield Skipped(origin=str(path),
                      problem=f"unknown file type (known: {known}, and .gz of each)")
        return
    try:
        with open_file(path) as handle:
            yield from _read_stream(str(path), handle, fmt, options, ctx)
    except InputError as exc:
        yield skipped(str(path), exc)
    except OSError as exc:
        yield Skipped(origin=str(path), problem=os_problem(exc))


def _read_url(url: str, options: ReadOptions, ctx: ReadContext) -> Iterator[Article | Skipped]:
    try:
        fetched = ctx.fetch(url)
    except InputError as exc:
        yield skipped(url, exc)
        return
    fmt = _url_format(fetched)
    yield from _read_bytes(url, fetched.data, fmt, options, ctx, url=fetched.url,
                           content_type=fetched.content_type)


def _url_format(fetched: Fetched) -> str:
    sniffed = sniff_format(fetched.data)
    if sniffed in (".rss", ".warc"):  # unmistakable, and often served as text/html or binary
        return sniffed
    kind = fetched.content_type.split(";")[0].strip().lower()
    if kind in CONTENT_TYPES:
        return CONTENT_TYPES[kind]
    return format_of(urlsplit(fetched.url).path) or sniffed


def sniff_format(data: bytes) -> str:
    """Guess the reader suffix of data with no name or content type to go by."""
    if is_gzip(data):
        data = gzip_head(data)
        if not data.lstrip().lower().startswith(b"warc/"):
            return sniff_format(data)
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"warc/"):
        return ".warc"
    if head.startswith(b"<?xml") and any(tag in head for tag in (b"<rss", b"<feed", b"<rdf")):
        return ".rss"
    if head.startswith((b"<rss", b"<feed", b"<rdf")):
        return ".rss"
    if head.startswith((b"<!doctype html", b"<html", b"<?xml")):
        return ".html"
    return ".jsonl" if head.startswith(b"{") else ".txt"


def _read_bytes(origin: str, data: bytes, fmt: str, options: ReadOptions, ctx: ReadContext, *,
                url: str | None = None, content_type: str = "") -> Iterator[Article | Skipped]:
    try:
        yield from _read_stream(origin, io.BytesIO(data), fmt, options, ctx, url=url,
                                content_type=content_type)
    except InputError as exc:
        yield skipped(origin, exc)


def _read_stream(origin: str, stream: IO[bytes], fmt: str, options: ReadOptions,
                 ctx: ReadContext, *, url: str | None = None,
                 content_type: str = "") -> Iterator[Article | Skipped]:
    """Read one input from a stream: line formats as it comes, others whole up to their limit."""
    reader = READERS.get(fmt)
    if reader is None:
        yield Skipped(origin=origin, problem=f"unknown format {fmt!r}")
        return
    if fmt != ".warc" and is_gzip(peek(stream, 2)):
        stream = inflating(stream, origin)
    fetch = ctx.fetch_link if options.fetch_links else None
    source = Source(origin=origin, published=options.published, url=url,
                    content_type=content_type, options=options, fetch=fetch, seen=ctx.seen)
    if reader in STREAMED:
        source = replace(source, stream=stream)
    else:
        limit = MAX_DOCUMENT_BYTES if reader is feed.read else MAX_ARTICLE_BYTES
        source = replace(source, data=read_capped(stream, limit, origin))
    yield from reader(source)


def _judge_date(item: Article | Skipped) -> Article | Skipped:
    if isinstance(item, Skipped) or date_in_range(item.published):
        return item
    assert item.published is not None
    return Skipped(origin=item.origin or item.id,
                   problem=f"published: {date_range_problem(item.published)}")


def _judge_language(item: Article | Skipped, options: ReadOptions,
                    ctx: ReadContext) -> Article | Skipped:
    if isinstance(item, Skipped) or not options.languages:
        return item
    return check(item, ctx.identifier(), options.languages)
