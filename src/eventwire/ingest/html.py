"""HTML pages: main text, title, date, author, publisher and canonical URL, by trafilatura."""

from __future__ import annotations

import codecs
import re
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from eventwire.errors import InputError
from eventwire.ingest.common import (
    MAX_ARTICLE_BYTES,
    Skipped,
    Source,
    decode_as,
    language_code,
    parse_date,
    skipped,
)
from eventwire.model import Article
from eventwire.text_encoding import utf16_codec

HTML_TYPES = ("text/html", "application/xhtml+xml")
MIN_WORDS = 5  # fewer is a menu or a caption that trafilatura fell back to, not an article
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
_TYPE_CHARSET = re.compile(r"""charset\s*=\s*["']?([A-Za-z0-9._:-]+)""", re.I)
_HTML_LANG = re.compile(r"""<html[^>]*?\slang\s*=\s*["']?([A-Za-z_-]+)""", re.I)
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))


@dataclass(frozen=True, slots=True, kw_only=True)
class Hints:
    """What is known about a page before it is read: used where the page itself says nothing."""

    url: str | None = None
    title: str | None = None
    published: date | None = None
    publisher: str | None = None
    language: str | None = None


def read(source: Source) -> Iterator[Article | Skipped]:
    """Yield the one article of an HTML page, or why it was skipped."""
    hints = Hints(url=source.url, published=source.published)
    yield page_article(source.data, origin=source.origin, content_type=source.content_type,
                       hints=hints, fast=source.options.fast_html)


def page_article(data: bytes, *, origin: str, content_type: str = "",
                 hints: Hints | None = None, fast: bool = False) -> Article | Skipped:
    """Return the article of an HTML page, or why it has none."""
    try:
        markup = decode_html(data, origin, content_type)
    except InputError as exc:
        return skipped(origin, exc)
    return extract(markup, origin=origin, hints=hints or Hints(), fast=fast)


def decode_html(data: bytes, origin: str, content_type: str = "") -> str:
    """Decode a page by its BOM, declared charset, or else UTF-8 then Windows-1252."""
    if len(data) > MAX_ARTICLE_BYTES:
        raise InputError(f"{origin}: too large ({len(data):,} bytes; "
                         f"the limit is {MAX_ARTICLE_BYTES:,})")
    declared = _declared_charset(data, content_type)
    if declared is not None:
        return decode_as(data, declared, origin, declared)
    codec = utf16_codec(data[:8192])
    if codec is not None:
        return decode_as(data, codec, origin, "UTF-16")
    if b"\x00" in data[:8192]:
        raise InputError(f"{origin}: binary data, not HTML")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _declared_charset(data: bytes, content_type: str) -> str | None:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return codec
    match = _TYPE_CHARSET.search(content_type)
    name = match.group(1) if match else None
    if name is None:
        found = _META_CHARSET.search(data[:4096])
        name = found.group(1).decode("ascii") if found else None
    if name is None:
        return None
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def extract(markup: str, *, origin: str, hints: Hints, fast: bool = False) -> Article | Skipped:
    """Return the article trafilatura finds in decoded HTML, or why there is none."""
    import trafilatura

    with warnings.catch_warnings():
        # A page's malformed date ("...08:00:00ZZ") makes dateutil warn while trafilatura tries
        # it; the date is then left out, which is all a reader of hostile pages needs.
        warnings.filterwarnings("ignore", message="tzname .* identified but not understood")
        doc = trafilatura.bare_extraction(
            markup, url=hints.url, fast=fast, with_metadata=True, include_comments=False,
            include_tables=False)
    if doc is None or isinstance(doc, dict) or len((doc.text or "").split()) < MIN_WORDS:
        return Skipped(origin=origin, problem="no article text found in the page")
    title = doc.title or hints.title
    text = _drop_title_line(doc.text or "", title)
    url = doc.url or hints.url
    published = parse_date(doc.date) if doc.date else None
    return Article(
        id=Article.make_id(text, url), text=text, title=title,
        published=published or hints.published, url=url,
        publisher=doc.sitename or hints.publisher or doc.hostname, author=doc.author,
        language=_declared_language(markup) or hints.language or "en", origin=origin)


def _declared_language(markup: str) -> str | None:
    found = _HTML_LANG.search(markup[:4096])
    return language_code(found.group(1)) if found else None


def _drop_title_line(text: str, title: str | None) -> str:
    head, _, rest = text.partition("\n")
    if title and rest.strip() and head.strip() == title.strip():
        return rest
    return text


def fragment_text(markup: str) -> str:
    """Return the plain text of an HTML fragment (a feed entry's summary or content)."""
    import lxml.html
    from lxml.etree import ParserError

    if "<" not in markup:
        return markup.strip()
    try:
        root = lxml.html.fragment_fromstring(markup, create_parent="div")
    except (ParserError, ValueError):
        return ""
    for br in root.iter("br"):
        br.tail = "\n" + (br.tail or "")
    for block in root.iter("p", "div", "li", "h1", "h2", "h3", "h4", "blockquote", "tr"):
        block.tail = "\n" + (block.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().split("\n"))
    return "\n".join(line for line in lines if line)
