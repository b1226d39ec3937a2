"""The REST API through TestClient, over a store of articles coded by the real pipeline."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from eventwire.analytics import dyad_series, network, quad_counts, top_actors
from eventwire.resources import Resources
from eventwire.server import create_app
from eventwire.store import Store
from synthetic import LineCoder
from web_support import HOSTILE, settings


@pytest.fixture(scope="module")
def client(web_store: Path, web_resources: Resources) -> Iterator[TestClient]:
    with TestClient(create_app(settings(web_store, web_resources))) as c:
        yield c


@pytest.fixture
def writable(web_store: Path, web_resources: Resources, tmp_path: Path) -> Iterator[TestClient]:
    copy = shutil.copy(web_store, tmp_path / "copy.duckdb")
    with TestClient(create_app(settings(Path(copy), web_resources, token="s3cret"))) as c:
        yield c


@pytest.fixture(scope="module")
def store(web_store: Path) -> Iterator[Store]:
    with Store.open(web_store, read_only=True) as s:
        yield s


def ids(rows: list[dict[str, Any]]) -> list[str]:
    return [r["id"] for r in rows]


def test_server_stats_counts_the_store(client: TestClient, store: Store) -> None:
    body = client.get("/api/stats").json()
    assert {k: body[k] for k in ("articles", "mentions", "events")} == store.counts()
    assert body["articles"] == 10 and body["events"] >= 15 and body["ingest_enabled"] is False


@pytest.mark.parametrize("query", [
    {}, {"dyad": "RUS:UKR"}, {"actor": "CHN"}, {"actor": "rusgov"}, {"root": "19"},
    {"root": "4"}, {"cameo": "11"}, {"plover": "accuse"}, {"quad": "1"},
    {"since": "2024-03-01", "until": "2024-06-30"}, {"place_country": "CHN"},
    {"text": "war crimes"}, {"dyad": "RUS:UKR", "quad": "4", "since": "2024-06-01"}])
def test_server_events_match_the_store_query(client: TestClient, store: Store,
                                             query: dict[str, str]) -> None:
    got = client.get("/api/events", params={**query, "limit": 1000})
    assert got.status_code == 200
    expected = store.events(arrow=True, **query).to_pylist()
    assert ids(got.json()["events"]) == ids(expected) and got.json()["next_cursor"] is None


def test_server_events_filters_select_what_they_say(client: TestClient) -> None:
    dyad = client.get("/api/events", params={"dyad": "RUS:UKR"}).json()["events"]
    assert len(dyad) >= 3
    assert all(e["source"].startswith("RUS") and e["target"].startswith("UKR") for e in dyad)
    chn = client.get("/api/events", params={"place_country": "CHN"}).json()["events"]
    assert chn and {e["place_name"] for e in chn} == {"Beijing"}


def test_server_events_cursor_pages_cover_everything_once(client: TestClient,
                                                          store: Store) -> None:
    seen: list[str] = []
    cursor: str | None = None
    for _ in range(50):
        params: dict[str, Any] = {"limit": 3, **({"cursor": cursor} if cursor else {})}
        body = client.get("/api/events", params=params).json()
        assert len(body["events"]) <= 3
        seen += ids(body["events"])
        cursor = body["next_cursor"]
        if cursor is None:
            break
    assert seen == ids(store.events(arrow=True).to_pylist())


@pytest.mark.parametrize(("query", "status", "words"), [
    ({"dyad": "RUS"}, 422, "bad dyad 'RUS'"), ({"root": "21"}, 422, "CAMEO root"),
    ({"root": "²"}, 422, "root"), ({"plover": "HUGS"}, 422, "PLOVER"),
    ({"since": "2024-13-40"}, 422, "since"), ({"place_country": "ZZZ"}, 422, "country"),
    ({"quad": "5"}, 422, "quad"), ({"cursor": "not-a-cursor"}, 400, "cursor"),
    ({"limit": "100000"}, 422, "limit"), ({"cameo": "999"}, 422, "CAMEO"),
    ({"cameo": "00"}, 422, "bad cameo '00'"), ({"since": "0000-00-00"}, 422, "bad since"),
    ({"until": "2023-02-29"}, 422, "bad until")])
def test_server_bad_input_is_a_json_error(client: TestClient, query: dict[str, str],
                                          status: int, words: str) -> None:
    got = client.get("/api/events", params=query)
    assert got.status_code == status and got.headers["content-type"] == "application/json"
    assert got.json()["status"] == status and words in got.json()["error"]


def test_server_event_has_mentions_with_highlighted_evidence(client: TestClient) -> None:
    first = client.get("/api/events", params={"dyad": "UKRGOV:RUS"}).json()["events"][0]
    event = client.get(f"/api/events/{first['id']}").json()
    assert event["id"] == first["id"] and len(event["mentions"]) == event["num_mentions"]
    mention = event["mentions"][0]
    marked = {s["role"]: s["text"] for s in mention["evidence"] if s["role"]}
    assert marked["source"] == mention["source"]["text"] == "Ukrainian President Volodymyr Zelensky"
    assert (marked["action"], marked["target"]) == ("accused", "Russia")
    assert "".join(s["text"] for s in mention["evidence"]) == mention["sentence_text"]
    assert mention["rule"] == "web.accuse"
    assert mention["source"]["entries"] == ["person.UKR.zelensky", "role.president"]
    assert mention["article"]["link"] == mention["article"]["url"]


def test_server_event_reporting_chain_and_place(client: TestClient) -> None:
    rows = client.get("/api/events", params={"dyad": "UKR:RUS", "place_country": "UKR",
                                             "until": "2024-03-01"}).json()["events"]
    row = next(r for r in rows if str(r["date"]).startswith("2024-02-20"))
    mentions = client.get(f"/api/events/{row['id']}").json()["mentions"]
    mention = next(m for m in mentions if m["article_id"] == "web-2")
    assert mention["reported_by"] == ["Reuters"] and mention["place"]["name"] == "Odesa"
    assert {"role": "place", "text": "Odesa"} in mention["evidence"]


def test_server_unknown_event_and_article_are_404(client: TestClient) -> None:
    for url in ("/api/events/0000000000000000", "/api/articles/nope", "/api/nothing"):
        got = client.get(url)
        assert got.status_code == 404 and "error" in got.json()


def test_server_analytics_match_the_cli_functions(client: TestClient, store: Store) -> None:
    series = client.get("/api/series", params={"dyad": "RUS:UKR", "freq": "month"}).json()
    assert series["rows"] == [{**r, "period": r["period"].isoformat()} for r in
                              dyad_series(store, "RUS:UKR", arrow=True).to_pylist()]
    quad = client.get("/api/quad", params={"by": "source"}).json()["rows"]
    assert len(quad) == len(quad_counts(store, by="source"))
    top = client.get("/api/actors", params={"n": 3}).json()["rows"]
    assert [r["actor"] for r in top] == list(top_actors(store, n=3).actor)
    edges = client.get("/api/network").json()["rows"]
    assert [(e["source"], e["target"], e["weight"]) for e in edges] == [
        (r.source, r.target, r.weight) for r in network(store).itertuples()]


def test_server_timeline_counts_every_dated_event(client: TestClient, store: Store) -> None:
    body = client.get("/api/timeline", params={"freq": "month"}).json()
    dated = [e for e in store.events(arrow=True).to_pylist() if e["date"] is not None]
    assert sum(r["count"] for r in body["rows"]) == len(dated) == body["summary"]["events"]
    assert [r["period"][:7] for r in body["rows"]] == [f"2024-{m:02d}" for m in range(1, 11)]
    assert sum(r["goldstein"] for r in body["rows"]) == pytest.approx(
        sum(e["goldstein"] for e in dated))
    dyad = client.get("/api/timeline", params={"dyad": "RUS:UKR"}).json()
    assert sum(r["count"] for r in dyad["rows"]) == len(
        client.get("/api/events", params={"dyad": "RUS:UKR"}).json()["events"])


def test_server_map_points_and_countries(client: TestClient, store: Store) -> None:
    body = client.get("/api/map").json()
    located = [e for e in store.events(arrow=True).to_pylist() if e["place_lat"] is not None]
    assert sorted(ids(body["points"])) == sorted(ids(located)) and len(located) >= 5
    china = next(c for c in body["countries"] if c["country"] == "CHN")
    in_china = [e for e in located if e["place_country"] == "CHN"]
    # (a mutual act, "China and Russia met", is one event: two of the fixture's events lie in China)
    assert china["numeric"] == "156" and china["events"] == len(in_china) >= 2
    assert len(client.get("/api/map", params={"limit": 1}).json()["points"]) == 1


def test_server_articles_pages_and_one_article(client: TestClient, store: Store) -> None:
    first = client.get("/api/articles", params={"limit": 4}).json()
    second = client.get("/api/articles", params={"limit": 100,
                                                 "cursor": first["next_cursor"]}).json()
    assert len(first["articles"]) == 4 and second["next_cursor"] is None
    assert len(ids(first["articles"]) + ids(second["articles"])) == 10
    assert "text" not in first["articles"][0]
    one = client.get("/api/articles/web-3").json()
    stored = store.arrow("SELECT id FROM mentions WHERE article_id = 'web-3' "
                         "ORDER BY sentence, action_start, id").column("id").to_pylist()
    assert one["text"].startswith("China and Russia signed")
    # the signing and the meeting (the agency that reports the criticism is not whom it is aimed at)
    assert ids(one["mentions"]) == stored and len(stored) >= 2


def test_server_code_returns_events_and_stores_nothing(client: TestClient) -> None:
    before = client.get("/api/stats").json()
    got = client.post("/api/code", json={"text": "Russia attacked Ukraine on Monday.",
                                         "published": "2024-11-06"})
    assert got.status_code == 200
    (event,) = got.json()["events"]
    assert (event["source"]["code"], event["cameo"], event["target"]["code"],
            event["date"]) == ("RUS", "190", "UKR", "2024-11-04")
    assert client.get("/api/stats").json() == before


@pytest.mark.parametrize(("body", "status"), [
    ({}, 422), ({"text": ""}, 422), ({"text": "x", "published": "yesterday"}, 422),
    ({"text": "x", "published": 0}, 422), ({"text": "x", "published": "2023-02-29"}, 422),
    ({"text": "x", "published": "0001-01-01"}, 400),  # a date, outside the range kept
    ({"text": "x" * 200_001}, 413)])
def test_server_code_refuses_bad_bodies(client: TestClient, body: dict[str, Any],
                                        status: int) -> None:
    got = client.post("/api/code", json=body)
    assert got.status_code == status and got.json()["status"] == status


def test_server_request_body_limit(client: TestClient) -> None:
    got = client.post("/api/code", content=b"{" + b" " * 2_100_000 + b"}",
                      headers={"content-type": "application/json"})
    assert got.status_code == 413 and "too large" in got.json()["error"]
    assert "content-security-policy" in got.headers


def test_server_ingest_is_refused_without_a_token(client: TestClient) -> None:
    got = client.post("/api/ingest", json={"articles": [{"text": "Russia attacked Ukraine."}]},
                      headers={"Authorization": "Bearer anything"})
    assert got.status_code == 403 and "--token" in got.json()["error"]


def test_server_ingest_needs_the_bearer_token(writable: TestClient) -> None:
    body = {"articles": [{"id": "new-1", "text": "Japan condemned China on Friday.",
                          "published": "2024-11-08", "publisher": "Wire"}]}
    for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": "s3cret"}):
        got = writable.post("/api/ingest", json=body, headers=headers)
        assert got.status_code == 401 and got.headers["www-authenticate"] == "Bearer"
    assert writable.get("/api/stats").json()["ingest_enabled"] is True
    done = writable.post("/api/ingest", json=body, headers={"Authorization": "Bearer s3cret"})
    assert done.status_code == 200 and done.json()["coded"] == 1
    assert done.json()["store"]["articles"] == 11
    again = writable.post("/api/ingest", json=body, headers={"Authorization": "Bearer s3cret"})
    assert again.json()["already_stored"] == 1 and again.json()["store"]["articles"] == 11
    new = writable.get("/api/events", params={"dyad": "JPN:CHN"}).json()["events"]
    assert [e["cameo"] for e in new] == ["111"]


def test_server_opens_the_store_read_only_without_a_token(client: TestClient) -> None:
    backend = client.app.state.backend  # type: ignore[attr-defined]
    assert backend.store.read_only is True
    with pytest.raises(Exception, match="read-only"):
        backend.reader().ingest([], coder=LineCoder())


def test_server_openapi_describes_every_route(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    assert {"/api/events", "/api/events/{event_id}", "/api/series", "/api/quad", "/api/actors",
            "/api/network", "/api/articles", "/api/code", "/api/ingest", "/api/timeline",
            "/api/map"} <= set(spec["paths"])
    params = {p["name"] for p in spec["paths"]["/api/events"]["get"]["parameters"]}
    assert {"actor", "dyad", "cameo", "root", "plover", "quad", "since", "until",
            "place_country", "text", "limit", "cursor"} <= params
    docs = client.get("/docs").text
    assert "/static/vendor/swagger-ui/swagger-ui-bundle.js" in docs and "cdn" not in docs


def test_server_hostile_article_is_escaped_in_the_api_and_pages(client: TestClient) -> None:
    article = client.get(f"/api/articles/{HOSTILE}").json()
    assert "<script>" in article["text"]  # the API returns text as data (JSON)
    event_id = next(m["event_id"] for m in article["mentions"] if m["event_id"])
    for url in (f"/events/{event_id}", f"/articles/{HOSTILE}"):
        html = client.get(url).text
        assert "<script>alert" not in html and "<b>Wire" not in html and "<img" not in html
        assert "&lt;script&gt;alert(" in html
        assert 'href="javascript:' not in html
    echoed = client.get("/", params={"text": "<script>alert(1)</script>"}).text
    assert "<script>alert" not in echoed and 'value="&lt;script&gt;alert(1)' in echoed
    assert client.get(f"/api/events/{event_id}").json()["mentions"][0]["article"]["link"] is None
