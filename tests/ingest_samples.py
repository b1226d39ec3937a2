"""Sample pages, feeds and archives for the ingest tests, built in code."""

from __future__ import annotations

import functools
import io
from datetime import datetime

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from eventwire.ingest import ReadContext, ReadOptions, Skipped, read_sources
from eventwire.ingest.language import LanguageIdentifier
from eventwire.model import Article

ENGLISH = (
    "Russian Minister of Natural Resources Alexander Kozlov arrived in Pyongyang on Tuesday for "
    "talks with North Korean officials about economic cooperation. Kremlin spokesman Dmitry "
    "Peskov said the allegations made by Western governments were unfounded, and that the visit "
    "had been planned for months. The two delegations are expected to sign an agreement on trade "
    "and transport links before the minister returns to Moscow at the end of the week."
)
GERMAN = (
    "Der russische Minister für natürliche Ressourcen ist am Dienstag zu Gesprächen mit "
    "nordkoreanischen Beamten über wirtschaftliche Zusammenarbeit in Pjöngjang eingetroffen. "
    "Kremlsprecher Dmitri Peskow sagte, die Vorwürfe der westlichen Regierungen seien unbegründet "
    "und der Besuch sei seit Monaten geplant gewesen."
)


def page(title: str = "Kozlov arrives in Pyongyang", text: str = ENGLISH, *,
         canonical: str | None = "https://news.example.com/world/kozlov",
         published: str | None = "2024-11-14", author: str | None = "Jane Roe",
         charset: str | None = "utf-8", lang: str = "en") -> str:
    """Return a news page with navigation, an article, and the metadata asked for."""
    head = [f"<title>{title} - Example News</title>",
            '<meta property="og:site_name" content="Example News">']
    if charset:
        head.append(f'<meta charset="{charset}">')
    if canonical:
        head.append(f'<link rel="canonical" href="{canonical}">')
    if published:
        head.append(f'<meta property="article:published_time" content="{published}T08:00:00Z">')
    if author:
        head.append(f'<meta name="author" content="{author}">')
    paragraphs = "".join(f"<p>{s.strip().rstrip('.')}.</p>" for s in text.split(". ") if s.strip())
    return (f'<!DOCTYPE html><html lang="{lang}"><head>{"".join(head)}</head><body>'
            '<nav><a href="/">Home</a> | <a href="/world">World</a></nav>'
            f"<article><h1>{title}</h1>{paragraphs}</article>"
            "<footer>Copyright Example News</footer></body></html>")


def rss(items: list[dict[str, str]], title: str = "Example World News") -> str:
    """Return an RSS 2.0 feed; each item has link, title, guid, description, pubDate if given."""
    parts = []
    for item in items:
        fields = "".join(f"<{k}>{_escape(v)}</{k}>" for k, v in item.items())
        parts.append(f"<item>{fields}</item>")
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>{title}</title><link>https://news.example.com/</link>"
            f"<language>en</language>{''.join(parts)}</channel></rss>")


def atom(entries: list[dict[str, str]]) -> str:
    """Return an Atom feed; each entry has id, title, link, updated and content."""
    parts = []
    for e in entries:
        parts.append(f"<entry><id>{e['id']}</id><title>{e['title']}</title>"
                     f'<link href="{e["link"]}"/><updated>{e["updated"]}</updated>'
                     f'<content type="html">{_escape(e["content"])}</content></entry>')
    return ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            "<title>Atom News</title><id>urn:feed</id><updated>2024-11-14T00:00:00Z</updated>"
            f"{''.join(parts)}</feed>")


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def warc_bytes(records: list[tuple[str, str, bytes, str]], *, gzip: bool) -> bytes:
    """Return a WARC of (uri, status, body, content type) responses, each after its request."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gzip)
    for uri, status, body, content_type in records:
        request = b"GET / HTTP/1.1\r\nHost: example.com\r\n\r\n"
        writer.write_record(writer.create_warc_record(  # a length keeps warcio off temp files
            uri, "request", payload=io.BytesIO(request), length=len(request)))
        http = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
        headers = {"WARC-Date": datetime(2024, 11, 15, 6, 30).strftime("%Y-%m-%dT%H:%M:%SZ")}
        record = writer.create_warc_record(uri, "response", payload=io.BytesIO(body),
                                           length=len(body), http_headers=http,
                                           warc_headers_dict=headers)
        writer.write_record(record)
    return buffer.getvalue()


@functools.cache
def identifier() -> LanguageIdentifier:
    """Return one language identifier for the whole test session (its model loads in ~1 s)."""
    return LanguageIdentifier()


def read_all(names: list[str], options: ReadOptions | None = None) -> list[Article | Skipped]:
    """Read every name with the shared identifier, as `read_sources` would."""
    options = options or ReadOptions()
    with ReadContext(options, identifier=identifier()) as context:
        return list(read_sources(names, options, context=context))
