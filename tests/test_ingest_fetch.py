"""Fetching URLs from a real HTTP server on localhost: timeouts, errors, retries, size limits."""

from __future__ import annotations

import socket
import time
from http.server import BaseHTTPRequestHandler

import pytest

from conftest import LocalSite
from eventwire.errors import InputError
from eventwire.ingest import FetchOptions, ReadOptions, Skipped
from eventwire.ingest.common import DEFAULT_USER_AGENT
from eventwire.ingest.fetch import Fetcher
from eventwire.model import Article
from ingest_samples import page, read_all

FAST = FetchOptions(timeout=0.5, retries=2, backoff=0, max_bytes=100_000)


def _slow(request: BaseHTTPRequestHandler, site: LocalSite) -> None:
    site.stop.wait(3)


def _endless(request: BaseHTTPRequestHandler, site: LocalSite) -> None:
    request.send_response(200)
    request.send_header("Content-Type", "text/html")
    request.end_headers()
    chunk = b"<p>" + b"x" * 65_536 + b"</p>"
    while not site.stop.is_set():
        request.wfile.write(chunk)


def _claims_ten_gigabytes(request: BaseHTTPRequestHandler, site: LocalSite) -> None:
    request.send_response(200)
    request.send_header("Content-Type", "text/html")
    request.send_header("Content-Length", str(10 * 1024**3))
    request.end_headers()
    request.wfile.write(b"<html>")


def _flaky(request: BaseHTTPRequestHandler, site: LocalSite) -> None:
    if site.hits[request.path] < 3:
        request.send_error(503)
        return
    body = page().encode()
    request.send_response(200)
    request.send_header("Content-Type", "text/html; charset=utf-8")
    request.send_header("Content-Length", str(len(body)))
    request.end_headers()
    request.wfile.write(body)


def _fetch(url: str, options: FetchOptions = FAST) -> bytes:
    with Fetcher(options) as fetcher:
        return fetcher(url).data


def test_ingest_fetch_gets_a_page_with_our_user_agent(local_site: LocalSite) -> None:
    url = local_site.page("/a", "hello")
    assert _fetch(url) == b"hello"
    assert local_site.user_agents == [DEFAULT_USER_AGENT]


def test_ingest_fetch_times_out_and_retries(local_site: LocalSite) -> None:
    url = local_site.handler("/slow", _slow)
    started = time.monotonic()
    with pytest.raises(InputError, match=r"timed out after 0.5 s \(gave up after 3 tries\)"):
        _fetch(url)
    assert time.monotonic() - started < 3
    assert local_site.hits["/slow"] == 3


def test_ingest_fetch_server_error_is_retried_then_reported(local_site: LocalSite) -> None:
    url = local_site.page("/e", "down", status=500)
    with pytest.raises(InputError, match="server answered 500"):
        _fetch(url)
    assert local_site.hits["/e"] == 3


def test_ingest_fetch_recovers_when_a_retry_succeeds(local_site: LocalSite) -> None:
    url = local_site.handler("/flaky", _flaky)
    assert _fetch(url).startswith(b"<!DOCTYPE html>")
    assert local_site.hits["/flaky"] == 3


def test_ingest_fetch_client_error_is_not_retried(local_site: LocalSite) -> None:
    with pytest.raises(InputError, match="server answered 404"):
        _fetch(local_site.url("/missing"))
    assert local_site.hits["/missing"] == 1


def test_ingest_fetch_stops_an_endless_body_at_the_size_limit(local_site: LocalSite) -> None:
    url = local_site.handler("/endless", _endless)
    started = time.monotonic()
    with pytest.raises(InputError, match="over the 100,000-byte limit; stopped reading"):
        _fetch(url)
    assert time.monotonic() - started < 2
    assert local_site.hits["/endless"] == 1


def test_ingest_fetch_refuses_a_declared_ten_gigabytes(local_site: LocalSite) -> None:
    url = local_site.handler("/huge", _claims_ten_gigabytes)
    with pytest.raises(InputError, match="10,737,418,240 bytes is over the 100,000-byte limit"):
        _fetch(url)


def test_ingest_fetch_follows_redirects(local_site: LocalSite) -> None:
    target = local_site.page("/new", "moved here")

    def redirect(request: BaseHTTPRequestHandler, site: LocalSite) -> None:
        request.send_response(301)
        request.send_header("Location", target)
        request.end_headers()

    url = local_site.handler("/old", redirect)
    with Fetcher(FAST) as fetcher:
        fetched = fetcher(url)
    assert (fetched.url, fetched.data) == (target, b"moved here")


def test_ingest_fetch_connection_refused_is_reported() -> None:
    with socket.socket() as probe:  # a port that was free a moment ago: nothing listens there
        probe.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{probe.getsockname()[1]}/"
    with pytest.raises(InputError, match=r"connection failed .* \(gave up after 3 tries\)"):
        _fetch(dead)


def test_ingest_fetch_bad_urls_in_a_batch_are_one_line_each(local_site: LocalSite) -> None:
    good = local_site.page("/good", page())
    names = [local_site.handler("/slow", _slow), local_site.page("/e", "x", status=500),
             local_site.handler("/endless", _endless), good]
    options = ReadOptions(fetch=FetchOptions(timeout=0.5, retries=0, backoff=0,
                                             max_bytes=100_000))
    items = list(read_all(names, options))
    assert [type(i) for i in items] == [Skipped, Skipped, Skipped, Article]
    problems = [str(i) for i in items[:3]]
    assert problems[0].startswith(f"{names[0]}: timed out after 0.5 s")
    assert problems[1].startswith(f"{names[1]}: server answered 500")
    assert problems[2].startswith(f"{names[2]}: over the 100,000-byte limit")
    assert all("\n" not in p for p in problems)
    assert [i.retry for i in items[:3] if isinstance(i, Skipped)] == [True, True, False]
