"""RSS and Atom feeds: each entry's linked page, or the entry's own content if that fails.

An entry's origin is `<feed>#<entry id, or link, or position>`. When the source can fetch, the
entry's link is fetched and its main text extracted; a failed fetch or a page without text
falls back to the entry's content (logged as a warning), and is skipped only if the entry has
no text either.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Iterator
from datetime import date
from typing import Any

from eventwire.errors import InputError
from eventwire.ingest import html
from eventwire.ingest.common import (
    Fetch,
    Skipped,
    Source,
    Unreachable,
    is_url,
    language_code,
    skipped,
)
from eventwire.model import Article

FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml",
              "application/xml", "text/xml", "application/feed+json")
log = logging.getLogger(__name__)


def read(source: Source) -> Iterator[Article | Skipped]:
    """Yield an article for each entry of the feed, or why it was skipped."""
    try:
        parsed = parse(source)
    except InputError as exc:
        yield skipped(source.origin, exc)
        return
    feed = html.Hints(publisher=parsed.feed.get("title") or None,
                      language=language_code(parsed.feed.get("language")),
                      published=source.published)
    fetch = source.fetch if source.options.fetch_links else None
    for index, entry in enumerate(parsed.entries, start=1):
        key = entry.get("id") or entry.get("link") or f"entry {index}"
        origin = f"{source.origin}#{key}"
        if source.seen is not None and source.seen(origin):
            continue
        yield entry_article(entry, origin=origin, feed=feed, fetch=fetch,
                            fast=source.options.fast_html)


def parse(source: Source) -> Any:
    """Return feedparser's reading of the feed; raise `InputError` if it is not a feed."""
    import feedparser

    headers = {"content-location": source.url} if source.url else {}
    try:
        parsed = feedparser.parse(source.data, response_headers=headers, sanitize_html=True)
    except (ValueError, LookupError) as exc:  # a garbled encoding declaration, found by fuzzing
        raise InputError(f"{source.origin}: not an RSS or Atom feed (unreadable encoding: "
                         f"{type(exc).__name__})") from None
    if parsed.get("entries"):
        return parsed
    if parsed.get("bozo"):
        reason = parsed.get("bozo_exception") or "malformed"
        raise InputError(f"{source.origin}: not an RSS or Atom feed ({reason})")
    if not parsed.get("version"):
        raise InputError(f"{source.origin}: not an RSS or Atom feed (no channel or feed element)")
    raise InputError(f"{source.origin}: the feed has no entries")


def entry_article(entry: Any, *, origin: str, feed: html.Hints, fetch: Fetch | None,
                  fast: bool = False) -> Article | Skipped:
    """Return the article of one feed entry: its linked page, else its own content.

    `feed` holds what the feed says of all its entries: publisher, language, a fallback date.
    """
    hints = html.Hints(url=entry.get("link") or None, title=entry.get("title") or None,
                       published=_entry_date(entry) or feed.published, publisher=feed.publisher,
                       language=feed.language)
    fallback = _content_article(entry, origin, hints)
    if fetch is None or hints.url is None or not is_url(hints.url):
        return fallback
    page = _linked_page(hints.url, fetch, origin, hints, fast)
    if isinstance(page, Article) or isinstance(fallback, Skipped):
        return page
    log.warning("%s: %s; using the entry's own content", origin, page.problem)
    return fallback


def _linked_page(url: str, fetch: Fetch, origin: str, hints: html.Hints,
                 fast: bool) -> Article | Skipped:
    try:
        fetched = fetch(url)
    except InputError as exc:
        return Skipped(origin=origin, problem=str(exc), retry=isinstance(exc, Unreachable))
    kind = fetched.content_type.split(";")[0].strip().lower()
    if kind and kind not in html.HTML_TYPES:
        return Skipped(origin=origin, problem=f"{fetched.url}: not an HTML page ({kind})")
    page_hints = dataclasses.replace(hints, url=fetched.url)
    return html.page_article(fetched.data, origin=origin, content_type=fetched.content_type,
                             hints=page_hints, fast=fast)


def _content_article(entry: Any, origin: str, hints: html.Hints) -> Article | Skipped:
    contents = entry.get("content") or []
    markup = max((c.get("value", "") for c in contents), key=len, default="")
    text = html.fragment_text(markup or entry.get("summary") or "")
    if not text.strip():
        return Skipped(origin=origin, problem="the entry has no text of its own")
    author = entry.get("author") or None
    return Article(id=Article.make_id(text, hints.url), text=text, title=hints.title,
                   published=hints.published, url=hints.url, publisher=hints.publisher,
                   author=author, language=hints.language or "en", origin=origin)


def _entry_date(entry: Any) -> date | None:
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    if not stamp:
        return None
    try:
        return date(stamp[0], stamp[1], stamp[2])
    except (ValueError, TypeError):
        return None
