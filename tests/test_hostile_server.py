"""The server against hostile requests and inputs: foreign Host headers, unexpected errors,
dates at the calendar's edges, odd article ids, and feeds that point inside the network."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import html
import json
import logging
import re
import shutil
import socket
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from urllib.parse import quote

import httpx
import pytest
import uvicorn
from fastapi.testclient import TestClient

from conftest import LocalSite
from eventwire.cli import build_parser
from eventwire.cli.serve import settings_from
from eventwire.dates import parse_user_date, published_date, resolve_date
from eventwire.dedup import dedup
from eventwire.errors import InputError
from eventwire.ingest import FetchOptions, ReadContext, ReadOptions, Skipped, read_sources
from eventwire.ingest.cli_options import read_options_from_args
from eventwire.model import Article, DatePrecision, EventDate
from eventwire.resources import Resources
from eventwire.server import Settings, create_app
from eventwire.server.middleware import HEADERS, host_name
from eventwire.server.settings import MAX_PERIODS
from eventwire.store import Store
from eventwire.store.synthetic import LineCoder
from ingest_samples import ENGLISH, identifier, page, read_all, rss
from test_dedup import mention
from web_support import coder, settings

TOKEN = "s3cret"


@pytest.fixture(scope="module")
def client(web_store: Path, web_resources: Resources) -> Iterator[TestClient]:
    with TestClient(create_app(settings(web_store, web_resources))) as c:
        yield c


@pytest.fixture
def writable(web_store: Path, web_resources: Resources, tmp_path: Path) -> Iterator[TestClient]:
    copy = shutil.copy(web_store, tmp_path / "copy.duckdb")
    with TestClient(create_app(settings(Path(copy), web_resources, token=TOKEN))) as c:
        yield c


def assert_secured(response: object) -> None:
    headers = response.headers  # type: ignore[attr-defined]
    for name, value in HEADERS:
        assert headers[name.decode()] == value.decode()


# --- The Host header (DNS rebinding) ---


@pytest.mark.parametrize(("header", "name"), [
    ("localhost:8000", "localhost"), ("127.0.0.1", "127.0.0.1"), ("[::1]:8000", "::1"),
    ("News.Example", "news.example"), ("::1", "::1")])
def test_hostile_server_host_name_drops_port_and_brackets(header: str, name: str) -> None:
    assert host_name(header) == name


@pytest.mark.parametrize("host", ["localhost:8000", "127.0.0.1:8000", "[::1]:8000", "LOCALHOST"])
def test_hostile_server_answers_local_host_names(web_store: Path, host: str) -> None:
    with TestClient(create_app(Settings(db=web_store))) as c:
        assert c.get("/api/stats", headers={"Host": host}).status_code == 200


@pytest.mark.parametrize("host", ["attacker.example", "attacker.example:8000",
                                  "localhost.attacker.example", "127.0.0.1.nip.io", ""])
def test_hostile_server_refuses_foreign_host_names(web_store: Path, host: str) -> None:
    with TestClient(create_app(Settings(db=web_store))) as c:
        for path in ("/api/stats", "/", "/static/dashboard.js"):
            got = c.get(path, headers={"Host": host})
            assert got.status_code == 400, path
            assert got.headers["content-type"] == "application/json"
            assert "--allowed-host" in got.json()["error"] and got.json()["status"] == 400
            assert_secured(got)


def test_hostile_server_allowed_host_option_adds_names() -> None:
    args = build_parser().parse_args(["serve", "--host", "192.0.2.7", "--allowed-host",
                                      "events.example", "--allowed-host", "other.example"])
    hosts = settings_from(args, {}).allowed_hosts
    assert hosts == ("localhost", "127.0.0.1", "::1", "192.0.2.7", "events.example",
                     "other.example")


def test_hostile_server_allowed_host_option_refuses_a_bad_name() -> None:
    with pytest.raises(InputError, match="bad host name"):
        settings_from(build_parser().parse_args(["serve", "--allowed-host", "a b/c"]), {})


def test_hostile_server_serves_an_added_host(web_store: Path) -> None:
    app = create_app(Settings(db=web_store, allowed_hosts=("events.example",)))
    with TestClient(app) as c:
        assert c.get("/api/stats", headers={"Host": "events.example:80"}).status_code == 200
        assert c.get("/api/stats", headers={"Host": "localhost"}).status_code == 400


# --- Unexpected errors ---


def test_hostile_server_unexpected_error_is_json_with_security_headers(
        web_store: Path, caplog: pytest.LogCaptureFixture) -> None:
    def broken() -> Resources:
        raise RuntimeError("the coder exploded")

    app = create_app(Settings(db=web_store, resources=broken, allowed_hosts=("testserver",)))
    with TestClient(app, raise_server_exceptions=False) as c:
        got = c.post("/api/code", json={"text": "Russia attacked Ukraine."})
    assert got.status_code == 500 and got.headers["content-type"] == "application/json"
    assert got.json() == {"error": "internal error: the server could not answer this request "
                          "(the cause is in the server log)", "status": 500}
    assert_secured(got)
    assert "the coder exploded" in caplog.text


# --- Dates at the calendar's edges ---

EDGE_TEXTS = [
    ("On 9999-12-31 Russian troops attacked Ukrainian forces.", dt.date(2024, 5, 1), None),
    ("Russian troops will attack Ukrainian forces tomorrow.", dt.date(9999, 12, 31), None),
    ("Russian troops attacked Ukrainian forces yesterday.", dt.date(1, 1, 1), None),
    ("Russian troops attacked Ukrainian forces last week.", dt.date(1, 1, 3), None),
    ("On 0001-01-01 Russian troops attacked Ukrainian forces.", None, None),
    ("On 2024-03-05 Russian troops attacked Ukrainian forces.", dt.date(1, 1, 1),
     dt.date(2024, 3, 5)),
    ("Russian troops attacked Ukrainian forces yesterday.", dt.date(2200, 12, 31),
     dt.date(2200, 12, 30)),
]


@pytest.mark.parametrize(("text", "published", "expected"), EDGE_TEXTS)
def test_hostile_server_dates_outside_the_range_are_ignored(
        text: str, published: dt.date | None, expected: dt.date | None) -> None:
    found = resolve_date(text, published)
    assert (found.date if found else None) == expected


@pytest.mark.parametrize("day", [dt.date(1, 1, 1), dt.date(1799, 12, 31), dt.date(9999, 12, 31)])
def test_hostile_server_publication_outside_the_range_dates_nothing(day: dt.date) -> None:
    assert published_date(day).date is None and published_date(day).how == "none"
    assert published_date(dt.date(1800, 1, 1)).date == dt.date(1800, 1, 1)


@pytest.mark.parametrize("value", ["0001-01-01", "9999-12-31", "1799-12-31", "2201-01-01"])
def test_hostile_server_user_date_outside_the_range_is_an_input_error(value: str) -> None:
    with pytest.raises(InputError, match=f"the date {value} is outside the range"):
        parse_user_date(value)


def test_hostile_server_dedup_copes_with_the_first_day_of_the_calendar() -> None:
    first = dataclasses.replace(mention(exact=False), date=EventDate(
        date=dt.date.min, precision=DatePrecision.DAY, text=None, how="published"))
    assert [e.date for e in dedup([first])] == [dt.date.min]


def edge_articles() -> list[Article]:
    return [Article(id="good-1", text="Russian troops attacked Ukrainian forces on Monday.",
                    published=dt.date(2024, 5, 1)),
            Article(id="bad-1", text="Russian troops attacked Ukrainian forces yesterday.",
                    published=dt.date(1, 1, 1), origin="edges.jsonl:2"),
            Article(id="odd-text", text="On 9999-12-31 Russian troops attacked Ukrainian "
                    "forces.", published=dt.date(2024, 5, 2)),
            Article(id="bad-2", text="Russian troops will attack Ukrainian forces tomorrow.",
                    published=dt.date(9999, 12, 31)),
            Article(id="good-2", text="Ukrainian forces attacked Russian troops on Tuesday.",
                    published=dt.date(2024, 5, 3))]


def test_hostile_server_store_refuses_only_the_articles_dated_outside_the_range(
        tmp_path: Path, web_resources: Resources) -> None:
    with Store.open(tmp_path / "edges.duckdb") as db:
        done = db.ingest(edge_articles(), coder=coder(web_resources))  # type: ignore[arg-type]
        stored = {r[0] for r in db.con.execute("SELECT id FROM articles").fetchall()}
        dates = {r[0] for r in db.con.execute("SELECT date FROM mentions").fetchall()}
    assert stored == {"good-1", "odd-text", "good-2"}
    assert [str(s) for s in done.skipped] == [
        "edges.jsonl:2: published: the date 0001-01-01 is outside the range eventwire accepts "
        "(1800-01-01 to 2200-12-31)",
        "article bad-2: published: the date 9999-12-31 is outside the range eventwire accepts "
        "(1800-01-01 to 2200-12-31)"]
    assert dates and all(dt.date(2024, 4, 1) <= d <= dt.date(2024, 5, 31) for d in dates)


@pytest.mark.parametrize("published", ["9999-12-31", "0001-01-01"])
def test_hostile_server_code_refuses_a_publication_date_outside_the_range(
        writable: TestClient, published: str) -> None:
    got = writable.post("/api/code", json={"text": "Russian troops will attack Ukrainian "
                                           "forces tomorrow.", "published": published})
    assert got.status_code == 400 and got.headers["content-type"] == "application/json"
    assert got.json()["error"] == (f"published: the date {published} is outside the range "
                                   "eventwire accepts (1800-01-01 to 2200-12-31)")
    assert_secured(got)


def test_hostile_server_code_ignores_a_sentence_date_outside_the_range(
        writable: TestClient) -> None:
    got = writable.post("/api/code", json={"text": "On 9999-12-31 Russian troops attacked "
                                           "Ukrainian forces.", "published": "2024-05-02"})
    assert got.status_code == 200
    assert {e["date"] for e in got.json()["events"]} == {"2024-05-02"}


def test_hostile_server_ingest_stores_the_good_articles_beside_a_bad_date(
        writable: TestClient) -> None:
    before = writable.get("/api/stats").json()["articles"]
    body = {"articles": [{"id": a.id, "text": a.text, "published": a.published.isoformat()}
                         for a in edge_articles() if a.published is not None]}
    got = writable.post("/api/ingest", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
    assert got.status_code == 200, got.text
    assert got.json()["coded"] == 3 and len(got.json()["skipped"]) == 2
    assert got.json()["skipped"][0].startswith("article bad-1: published: the date 0001-01-01")
    assert writable.get("/api/stats").json()["articles"] == before + 3
    assert writable.get("/api/articles/good-2").status_code == 200
    assert writable.get("/api/articles/bad-1").status_code == 404


# --- Article ids with slashes and spaces, through a real server ---

ODD_IDS = ("reports/2024/kyiv 1", "a b?c#d", "../up")


@contextlib.contextmanager
def serving(app: object) -> Iterator[str]:
    """Serve an app with uvicorn on a free port of 127.0.0.1; yield the base URL."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    uv = uvicorn.Server(uvicorn.Config(app, log_level="warning"))  # type: ignore[arg-type]
    thread = threading.Thread(target=uv.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    for _ in range(1000):  # wait for startup (bounded), not a timing assertion
        if uv.started or not thread.is_alive():
            break
        time.sleep(0.01)
    assert uv.started, "the server did not start"
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        uv.should_exit = True
        thread.join(timeout=10)
        sock.close()


@pytest.fixture(scope="module")
def odd_server(tmp_path_factory: pytest.TempPathFactory,
               web_resources: Resources) -> Iterator[str]:
    path = tmp_path_factory.mktemp("odd") / "odd.duckdb"
    odd = [Article(id=key, title=f"Report {n}", published=dt.date(2024, 6, 1 + n),
                   text=f"Russian troops attacked Ukrainian forces in Kharkiv on June {1 + n}.")
           for n, key in enumerate(ODD_IDS)]
    with Store.open(path) as db:
        db.ingest(odd, coder=coder(web_resources))  # type: ignore[arg-type]
    with serving(create_app(Settings(db=path, resources=lambda: web_resources))) as base:
        yield base


def links(page: str, prefix: str) -> list[str]:
    return [html.unescape(h) for h in re.findall(r'href="([^"]+)"', page)
            if h.startswith(prefix)]


def test_hostile_server_odd_article_ids_link_to_their_pages(odd_server: str) -> None:
    with httpx.Client(base_url=odd_server) as http:
        events = links(http.get("/").text, "/events/")
        assert events
        found: dict[str, str] = {}
        for event in events:
            page = http.get(event)
            assert page.status_code == 200, event
            for link in links(page.text, "/articles/"):
                article = http.get(link)
                assert article.status_code == 200, link
                found[link] = article.text
    assert len(found) == len(ODD_IDS)
    for key in ODD_IDS:
        page = found[f"/articles/{quote(key, safe='')}"]
        assert f"<code>{html.escape(key)}</code>" in page


@pytest.mark.parametrize("key", ODD_IDS)
def test_hostile_server_odd_article_ids_answer_in_the_api(odd_server: str, key: str) -> None:
    got = httpx.get(f"{odd_server}/api/articles/{quote(key, safe='')}")
    assert got.status_code == 200 and got.json()["id"] == key
    assert got.json()["mentions"]
    missing = httpx.get(f"{odd_server}/api/articles/{quote(key + 'x', safe='')}")
    assert missing.status_code == 404 and missing.json()["error"] == f"no article {key + 'x'!r}"


# --- Links inside documents that point into this machine or its network ---

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
def test_hostile_server_feed_links_to_private_addresses_are_not_fetched(
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


def test_hostile_server_feed_link_redirects_are_checked_hop_by_hop(
        local_site: LocalSite, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    local_site.page("/secret", page(text=STORY, canonical=None))
    local_site.handler("/hop", redirect_to(local_site.url("/secret")))
    local_site.handler("/first", redirect_to(public(local_site, "/hop")))
    with caplog.at_level(logging.WARNING):
        (article,) = read_feed(tmp_path, [public(local_site, "/first")], ReadOptions())
    assert isinstance(article, Article) and article.text == STORY
    assert local_site.hits == {"/first": 1, "/hop": 1}
    assert f"{local_site.url('/secret')}: not fetched: 127.0.0.1 is a loopback" in caplog.text


def test_hostile_server_feed_links_to_public_addresses_are_fetched(
        local_site: LocalSite, tmp_path: Path) -> None:
    local_site.page("/story", page(text=ENGLISH, canonical=None))
    local_site.handler("/moved", redirect_to(public(local_site, "/story")))
    items = read_feed(tmp_path, [public(local_site, "/story"), public(local_site, "/moved")],
                      ReadOptions())
    assert [i.text.startswith("Russian Minister") for i in items if isinstance(i, Article)] == [
        True, True]
    assert local_site.hits == {"/story": 2, "/moved": 1}


def test_hostile_server_allow_private_links_fetches_local_links(
        local_site: LocalSite, tmp_path: Path) -> None:
    url = local_site.page("/story", page(text=ENGLISH, canonical=None))
    options = ReadOptions(fetch=FetchOptions(allow_private_links=True))
    (article,) = read_feed(tmp_path, [url], options)
    assert isinstance(article, Article) and article.text.startswith("Russian Minister")
    assert local_site.hits == {"/story": 1}


def test_hostile_server_urls_named_by_the_user_may_be_local(local_site: LocalSite) -> None:
    url = local_site.page("/story", page(text=ENGLISH, canonical=None))
    (article,) = read_all([url])
    assert isinstance(article, Article) and local_site.hits == {"/story": 1}


def test_hostile_server_feed_link_gets_one_try_then_the_entry_text(
        local_site: LocalSite, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    down = local_site.page("/down", "busy", status=503)
    options = ReadOptions(fetch=FetchOptions(retries=3, backoff=0, allow_private_links=True))
    with caplog.at_level(logging.WARNING):
        (article,) = read_feed(tmp_path, [down], options)
    assert isinstance(article, Article) and article.text == STORY
    assert local_site.hits == {"/down": 1} and "gave up after 1 try" in caplog.text


def test_hostile_server_feed_link_gets_a_short_timeout(
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
def test_hostile_server_allow_private_links_option(argv: list[str], allowed: bool) -> None:
    args = build_parser().parse_args(["code", "feed.rss", *argv])
    assert read_options_from_args(args).fetch.allow_private_links is allowed


def test_hostile_server_store_dates_a_coder_date_outside_the_range_by_publication(
        tmp_path: Path) -> None:
    lines = ["RUSGOV UKRGOV 190 0001-01-01 UKR", "RUSMIL UKRMIL 190 9999-12-31 UKR",
             "RUSGOV UKRCVL 190 2024-03-01 UKR"]
    with Store.open(tmp_path / "coder.duckdb") as db:
        done = db.ingest([Article(id="edges", text="\n".join(lines),
                                  published=dt.date(2024, 3, 4))], coder=LineCoder())
        dates = db.con.execute("SELECT date, date_how FROM mentions ORDER BY date").fetchall()
    assert done.coded == 1 and not done.skipped
    assert dates == [(dt.date(2024, 3, 1), "sentence"), (dt.date(2024, 3, 4), "published"),
                     (dt.date(2024, 3, 4), "published")]


# --- Series bounded in periods ---


@pytest.fixture(scope="module")
def spanning(web_store: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the web store whose RUS->UKR events span the years 1 to 9999."""
    copy = Path(shutil.copy(web_store, tmp_path_factory.mktemp("span") / "span.duckdb"))
    with Store.open(copy) as db:
        ids = [r[0] for r in db.con.execute(
            "SELECT id FROM events WHERE source LIKE 'RUS%' AND target LIKE 'UKR%' "
            "AND date IS NOT NULL ORDER BY date, id").fetchall()]
        assert len(ids) >= 3
        for key, day in ((ids[0], "0001-01-01"), (ids[-1], "9999-12-31")):
            db.con.execute(f"UPDATE events SET date = DATE '{day}' WHERE id = ?", [key])
    return copy


@pytest.fixture(scope="module")
def spanning_client(spanning: Path, web_resources: Resources) -> Iterator[TestClient]:
    with TestClient(create_app(settings(spanning, web_resources))) as c:
        yield c


@pytest.mark.parametrize(("freq", "periods"), [
    ("day", 3_652_059), ("week", 521_723), ("month", 119_988), ("year", 9_999)])
def test_hostile_server_timeline_is_cut_to_the_last_periods(
        spanning_client: TestClient, freq: str, periods: int) -> None:
    body = spanning_client.get("/api/timeline", params={"freq": freq}).json()
    rows = body["rows"]
    assert len(rows) == MAX_PERIODS and body["truncated"] is True
    assert body["periods"] == periods and body["max_periods"] == MAX_PERIODS
    assert rows[-1]["period"] == body["last_period"] and rows[0]["period"] == body["first_period"]
    assert body["last_period"].startswith("9999-")
    assert sum(r["count"] for r in rows) == 1  # the one event in the last periods
    assert body["summary"]["first"] == "0001-01-01" and body["summary"]["last"] == "9999-12-31"


def test_hostile_server_timeline_within_bounds_is_whole(client: TestClient,
                                                        spanning_client: TestClient) -> None:
    body = client.get("/api/timeline", params={"freq": "day"}).json()
    assert body["truncated"] is False and body["periods"] == len(body["rows"]) > 100
    assert sum(r["count"] for r in body["rows"]) == body["summary"]["events"] - sum(
        1 for e in client.get("/api/events", params={"limit": 1000}).json()["events"]
        if e["date"] is None)
    narrowed = spanning_client.get("/api/timeline", params={
        "freq": "day", "since": "2024-01-01", "until": "2024-12-31"}).json()
    assert narrowed["truncated"] is False and len(narrowed["rows"]) == narrowed["periods"]


def test_hostile_server_dyad_series_is_cut_to_the_last_periods(
        spanning_client: TestClient) -> None:
    body = spanning_client.get("/api/series", params={"dyad": "RUS:UKR", "freq": "day"}).json()
    rows = body["rows"]
    assert len(rows) == MAX_PERIODS and body["truncated"] is True
    assert body["periods"] == 3_652_059
    assert rows[-1]["period"] == "9999-12-31" and rows[0]["period"] == body["first_period"]
    assert sum(r["RUS->UKR"] for r in rows) == 1
    whole = spanning_client.get("/api/series", params={"dyad": "RUS:UKR", "freq": "year",
                                                       "since": "2000-01-01",
                                                       "until": "2030-12-31"}).json()
    assert whole["truncated"] is False and len(whole["rows"]) == whole["periods"] == 31


def test_hostile_server_dashboard_says_when_the_timeline_is_cut(
        spanning: Path, web_resources: Resources) -> None:
    from playwright.sync_api import sync_playwright

    from test_web_browser import CHROMIUM, FLAGS

    app = create_app(Settings(db=spanning, resources=lambda: web_resources))
    with serving(app) as base, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        try:
            tab = browser.new_page()
            tab.set_default_timeout(15_000)
            tab.goto(base + "/?freq=day")
            tab.wait_for_selector("#timeline[data-ready]", state="attached")
            notice = tab.locator("#timeline .notice").inner_text()
            assert tab.get_attribute("#timeline", "data-truncated") == "true"
            assert notice.startswith(f"Showing the last {MAX_PERIODS:,} days of 3,652,059 (from ")
            tab.goto(base + "/?freq=day&since=2024-01-01&until=2024-12-31")
            tab.wait_for_selector("#timeline[data-ready]", state="attached")
            assert tab.locator("#timeline .notice").count() == 0
            assert tab.get_attribute("#timeline", "data-truncated") == "false"
        finally:
            browser.close()


def test_hostile_server_reading_skips_only_the_articles_published_outside_the_range(
        tmp_path: Path) -> None:
    lines = [{"id": "a", "text": ENGLISH, "published": "2024-05-01"},
             {"id": "b", "text": ENGLISH, "published": "0001-01-01"},
             {"id": "c", "text": ENGLISH, "published": "9999-12-31"},
             {"id": "d", "text": ENGLISH, "published": "2200-12-31"}]
    batch = tmp_path / "batch.jsonl"
    batch.write_text("\n".join(json.dumps(line) for line in lines), encoding="utf-8")
    text = tmp_path / "one.txt"
    text.write_text(ENGLISH, encoding="utf-8")
    items = read_all([str(batch)])
    assert [i.id for i in items if isinstance(i, Article)] == ["a", "d"]
    assert [str(i) for i in items if isinstance(i, Skipped)] == [
        f"{batch}:{n}: published: the date {day} is outside the range eventwire accepts "
        "(1800-01-01 to 2200-12-31)" for n, day in ((2, "0001-01-01"), (3, "9999-12-31"))]
    (skipped,) = read_all([str(text)], ReadOptions(published=dt.date(1, 1, 1)))
    assert isinstance(skipped, Skipped) and str(skipped).startswith(f"{text}: published: ")
