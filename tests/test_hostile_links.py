"""Links found inside documents (feed entries) that point into this machine or its network:
not fetched unless allowed, redirects checked hop by hop, one short try then the entry's text.

The pages are served by a real HTTP server on 127.0.0.1; a transport reroutes one public
address to it, so that a public site can be stood in for."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import httpx
import pytest

from conftest import LocalSite
from eventwire.cli import build_parser
from eventwire.ingest import FetchOptions, ReadContext, ReadOptions, Skipped, read_sources
from eventwire.ingest.cli_options import read_options_from_args
from eventwire.model import Article
from ingest_samples import ENGLISH, identifier, page, read_all, rss

PUBLIC = "93.184.215.14"  # a public address; the rerouting transport sends it to the local site
STORY = ("Ukrainian officials said on Monday that talks with European ministers about "
         "reconstruction aid had gone well and would continue next month in Brussels.")


class Reroute(httpx.BaseTransport):
    """Send requests for the public address to 127.0.0.1 (same port): a stand-in public site."""

    def __init__(self) -> None:
        self.inner = httpx.HTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.host == PUBLIC:
            request.url = request.url.copy_with(host="127.0.0.1")
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.inner.close()


def public(site: LocalSite, path: str) -> str:
    return site.url(path).replace("127.0.0.1", PUBLIC)


def redirect_to(target: str) -> Callable[[BaseHTTPRequestHandler, LocalSite], None]:
    def handle(request: BaseHTTPRequestHandler, site: LocalSite) -> None:
        request.send_response(302)
        request.send_header("Location", target)
        request.send_header("Content-Length", "0")
        request.end_headers()

    return handle


def read_feed(tmp_path: Path, links: list[str], options: ReadOptions) -> list[Article | Skipped]:
    feed = tmp_path / "hostile.rss"
    feed.write_text(rss([{"title": f"Story {n}", "link": link, "guid": f"g{n}",
                          "description": f"<p>{STORY}</p>"} for n, link in enumerate(links)]),
                    encoding="utf-8")
    with ReadContext(options, identifier=identifier(), transport=Reroute()) as context:
        return list(read_sources([str(feed)], options, context=context))


@pytest.mark.parametrize(("link", "kind"), [
    ("http://127.0.0.1:{port}/secret", "loopback"), ("http://localhost:{port}/secret", "loopback"),
    ("http://[::1]:{port}/secret", "loopback"), ("http://169.254.169.254/latest/", "link-local"),
    ("http://10.1.2.3/admin", "private"), ("http://192.168.0.1/", "private"),
    ("http://0.0.0.0:{port}/secret", "unspecified"),
    ("http://[::ffff:127.0.0.1]:{port}/secret", "loopback")])
def test_hostile_links_feed_links_to_private_addresses_are_not_fetched(
        local_site: LocalSite, tmp_path: Path, caplog: pytest.LogCaptureFixture,
        link: str, kind: str) -> None:
    local_site.page("/secret", page(text=STORY, canonical=None))
    url = link.format(port=local_site.base.rsplit(":", 1)[1])
    with caplog.at_level(logging.WARNING):
        (article,) = read_feed(tmp_path, [url], ReadOptions())
    assert isinstance(article, Article) and article.text == STORY  # the entry's own text
    assert local_site.hits["/secret"] == 0
    assert re.search(f"is an? {kind} address", caplog.text)
    assert "--allow-private-links" in caplog.text


def test_hostile_links_feed_link_redirects_are_checked_hop_by_hop(
        local_site: LocalSite, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    local_site.page("/secret", page(text=STORY, canonical=None))
    local_site.handler("/hop", redirect_to(local_site.url("/secret")))
    local_site.handler("/first", redirect_to(public(local_site, "/hop")))
    with caplog.at_level(logging.WARNING):
        (article,) = read_feed(tmp_path, [public(local_site, "/first")], ReadOptions())
    assert isinstance(article, Article) and article.text == STORY
    assert local_site.hits == {"/first": 1, "/hop": 1}
    assert f"{local_site.url('/secret')}: not fetched: 127.0.0.1 is a loopback" in caplog.text


def test_hostile_links_feed_links_to_public_addresses_are_fetched(
        local_site: LocalSite, tmp_path: Path) -> None:
    local_site.page("/story", page(text=ENGLISH, canonical=None))
    local_site.handler("/moved", redirect_to(public(local_site, "/story")))
    items = read_feed(tmp_path, [public(local_site, "/story"), public(local_site, "/moved")],
                      ReadOptions())
    assert [i.text.startswith("Russian Minister") for i in items if isinstance(i, Article)] == [
        True, True]
    assert local_site.hits == {"/story": 2, "/moved": 1}


def test_hostile_links_allow_private_links_fetches_local_links(
        local_site: LocalSite, tmp_path: Path) -> None:
    url = local_site.page("/story", page(text=ENGLISH, canonical=None))
    options = ReadOptions(fetch=FetchOptions(allow_private_links=True))
    (article,) = read_feed(tmp_path, [url], options)
    assert isinstance(article, Article) and article.text.startswith("Russian Minister")
    assert local_site.hits == {"/story": 1}


def test_hostile_links_urls_named_by_the_user_may_be_local(local_site: LocalSite) -> None:
    url = local_site.page("/story", page(text=ENGLISH, canonical=None))
    (article,) = read_all([url])
    assert isinstance(article, Article) and local_site.hits == {"/story": 1}


def test_hostile_links_feed_link_gets_one_try_then_the_entry_text(
        local_site: LocalSite, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    down = local_site.page("/down", "busy", status=503)
    options = ReadOptions(fetch=FetchOptions(retries=3, backoff=0, allow_private_links=True))
    with caplog.at_level(logging.WARNING):
        (article,) = read_feed(tmp_path, [down], options)
    assert isinstance(article, Article) and article.text == STORY
    assert local_site.hits == {"/down": 1} and "gave up after 1 try" in caplog.text


def test_hostile_links_feed_link_gets_a_short_timeout(
        local_site: LocalSite, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    def stall(request: BaseHTTPRequestHandler, site: LocalSite) -> None:
        site.stop.wait(10)

    slow = local_site.handler("/slow", stall)
    options = ReadOptions(fetch=FetchOptions(timeout=30, link_timeout=0.3, backoff=0,
                                             allow_private_links=True))
    with caplog.at_level(logging.WARNING):
        (article,) = read_feed(tmp_path, [slow], options)
    assert isinstance(article, Article) and article.text == STORY
    assert local_site.hits == {"/slow": 1} and "timed out after 0.3 s" in caplog.text


@pytest.mark.parametrize(("argv", "allowed"), [([], False), (["--allow-private-links"], True)])
def test_hostile_links_allow_private_links_option(argv: list[str], allowed: bool) -> None:
    args = build_parser().parse_args(["code", "feed.rss", *argv])
    assert read_options_from_args(args).fetch.allow_private_links is allowed
