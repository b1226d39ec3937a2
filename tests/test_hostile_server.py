"""The server against hostile requests and inputs: foreign Host headers, unexpected errors,
dates at the calendar's edges, odd article ids (through a real uvicorn server) and series over
a store spanning the years 1 to 9999. Dates below the API: test_hostile_dates.py; links inside
documents: test_hostile_links.py."""

from __future__ import annotations

import datetime as dt
import html
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import httpx
import pytest
from fastapi.testclient import TestClient

from eventwire.cli import build_parser
from eventwire.cli.serve import settings_from
from eventwire.errors import InputError
from eventwire.model import Article
from eventwire.resources import Resources
from eventwire.server import Settings, create_app
from eventwire.server.middleware import HEADERS, host_name
from eventwire.server.settings import MAX_PERIODS
from eventwire.store import Store
from test_hostile_dates import edge_articles
from web_support import coder, serving, settings

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


@pytest.mark.parametrize("path", ["/api/series", "/api/timeline"])
@pytest.mark.parametrize("freq", ["day", "year"])
def test_hostile_server_series_ending_before_any_event_is_empty_not_an_error(
        client: TestClient, path: str, freq: str) -> None:
    params = {"freq": freq, "until": "1800-03-01", **({"dyad": "RUS:UKR"} if path == "/api/series" else {})}
    got = client.get(path, params=params)
    assert got.status_code == 200, got.text
    assert got.json()["rows"] == [] and got.json()["periods"] == 0
