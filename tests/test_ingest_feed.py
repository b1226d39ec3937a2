"""RSS and Atom feeds, as files and URLs, with linked pages fetched from a real local server."""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

import pytest

from conftest import LocalSite
from eventwire.ingest import FetchOptions, ReadContext, ReadOptions, Skipped
from eventwire.ingest.common import Source
from eventwire.ingest.feed import read
from eventwire.model import Article
from ingest_samples import ENGLISH, atom, page, read_all, rss

# The local server stands for a public site: its links may be fetched.
FAST = ReadOptions(fetch=FetchOptions(timeout=0.5, retries=0, backoff=0, allow_private_links=True))
SUMMARY = ("Officials in Kyiv said on Monday that talks with European ministers about "
           "reconstruction aid had gone well and would continue next month in Brussels.")


def _item(link: str, guid: str, description: str = SUMMARY) -> dict[str, str]:
    return {"title": f"Story {guid}", "link": link, "guid": guid, "description": description,
            "pubDate": "Thu, 14 Nov 2024 08:00:00 GMT"}


def test_ingest_feed_fetches_each_linked_page(local_site: LocalSite, tmp_path: Path) -> None:
    first = local_site.page("/a", page(canonical=None, published="2024-11-13"))
    second = local_site.page("/b", page(title="Second story", canonical=None, published=None))
    feed = tmp_path / "world.rss"
    feed.write_text(rss([_item(first, "id-a"), _item(second, "id-b")]), encoding="utf-8")
    items = list(read_all([str(feed)], FAST))
    assert all(isinstance(i, Article) for i in items)
    a, b = items
    assert isinstance(a, Article) and isinstance(b, Article)
    assert a.text.startswith("Russian Minister") and a.url == first
    assert a.published == date(2024, 11, 13)
    assert b.published == date(2024, 11, 14)  # the page has none: the entry's date
    assert b.title == "Second story"
    assert [a.origin, b.origin] == [f"{feed}#id-a", f"{feed}#id-b"]
    assert local_site.hits == {"/a": 1, "/b": 1}


def test_ingest_feed_falls_back_to_entry_content(local_site: LocalSite, tmp_path: Path,
                                                 caplog: pytest.LogCaptureFixture) -> None:
    broken = local_site.page("/broken", "oops", status=500)
    feed = tmp_path / "world.xml"
    feed.write_text(rss([_item(broken, "id-x", f"<p>{SUMMARY}</p>")]), encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        (article,) = read_all([str(feed)], FAST)
    assert isinstance(article, Article)
    assert article.text == SUMMARY
    assert article.publisher == "Example World News"
    assert "server answered 500" in caplog.text and "using the entry's own content" in caplog.text


def test_ingest_feed_entry_without_text_or_page_is_skipped(local_site: LocalSite) -> None:
    missing = local_site.url("/gone")
    data = rss([_item(missing, "id-y", "")]).encode()
    with ReadContext(FAST) as ctx:
        (item,) = read(Source(origin="f.rss", data=data, options=FAST, fetch=ctx.fetch))
    assert isinstance(item, Skipped)
    assert item.origin == "f.rss#id-y"
    assert "server answered 404" in item.problem and not item.retry


def test_ingest_feed_unreachable_page_without_content_is_retried_later(
        local_site: LocalSite) -> None:
    down = local_site.page("/down", "oops", status=503)
    data = rss([_item(down, "id-z", "")]).encode()
    with ReadContext(FAST) as ctx:
        (item,) = read(Source(origin="f.rss", data=data, options=FAST, fetch=ctx.fetch))
    assert isinstance(item, Skipped) and item.retry
    assert "server answered 503" in item.problem


def test_ingest_feed_as_url(local_site: LocalSite) -> None:
    local_site.page("/story", page(canonical=None))
    feed_url = local_site.page("/feed", rss([_item("/story", "urn:s")]),
                               content_type="application/rss+xml")
    (article,) = read_all([feed_url], FAST)
    assert isinstance(article, Article)
    assert article.url == local_site.url("/story")  # relative link resolved against the feed
    assert article.origin == f"{feed_url}#urn:s"


def test_ingest_feed_atom_without_fetching(tmp_path: Path) -> None:
    feed = tmp_path / "news.atom"
    feed.write_text(atom([{"id": "urn:1", "title": "T", "link": "https://x.example/1",
                           "updated": "2024-11-12T10:00:00Z", "content": f"<p>{ENGLISH}</p>"}]))
    (article,) = read_all([str(feed)], ReadOptions(fetch_links=False))
    assert isinstance(article, Article)
    assert article.text == ENGLISH and article.published == date(2024, 11, 12)
    assert article.url == "https://x.example/1" and article.origin == f"{feed}#urn:1"


def test_ingest_feed_skips_seen_entries_before_fetching(local_site: LocalSite) -> None:
    link = local_site.page("/a", page())
    data = rss([_item(link, "id-a"), _item(link, "id-b")]).encode()
    with ReadContext(FAST) as ctx:
        items = list(read(Source(origin="f", data=data, options=FAST, fetch=ctx.fetch,
                                 seen=lambda origin: origin == "f#id-a")))
    assert [i.origin for i in items] == ["f#id-b"]
    assert local_site.hits["/a"] == 1


@pytest.mark.parametrize(("data", "problem"), [
    (b"this is not xml {", "not an RSS or Atom feed"),
    (b"<html><body><p>hello</p></body></html>", "not an RSS or Atom feed"),
    (b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>',
     "the feed has no entries"),
    (b"", "not an RSS or Atom feed"),
])
def test_ingest_feed_that_is_not_a_feed_is_one_clear_line(data: bytes, problem: str) -> None:
    (item,) = read(Source(origin="bad.xml", data=data))
    assert isinstance(item, Skipped)
    assert item.problem.startswith(problem)
    assert str(item).startswith("bad.xml: ")
