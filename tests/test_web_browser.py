"""The dashboard in a real headless Chromium (Debian's, driven by Playwright) over a live server.

Each test loads pages from a uvicorn server on 127.0.0.1, checks what a user sees, fails if any
request left localhost or the page logged an error, and saves a screenshot under
test-output/web/ (or $EVENTWIRE_TEST_OUTPUT/web/).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from playwright.sync_api import Browser, Page, sync_playwright

from eventwire.resources import Resources
from eventwire.server import create_app
from web_support import HOSTILE, serving, settings

CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]
OUTPUT = Path(os.environ.get("EVENTWIRE_TEST_OUTPUT",
                             Path(__file__).resolve().parents[1] / "test-output")) / "web"
PANELS = ("#timeline[data-ready]", "#map[data-ready]", "#network[data-ready]")


@dataclass
class Live:
    """A running server and what the browser did against it."""

    base: str
    api: TestClient
    requests: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def foreign(self) -> list[str]:
        """Return the requests that went anywhere but this server."""
        return [u for u in self.requests if not u.startswith((self.base + "/", "data:"))]


@pytest.fixture(scope="module")
def server(web_store: Path, web_resources: Resources) -> Iterator[str]:
    """Serve the test store with uvicorn on a free port of 127.0.0.1; yield the base URL."""
    with serving(create_app(settings(web_store, web_resources))) as base:
        yield base


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield launched
        launched.close()


@pytest.fixture
def live(server: str, web_store: Path, web_resources: Resources) -> Iterator[Live]:
    with TestClient(create_app(settings(web_store, web_resources))) as api:
        yield Live(base=server, api=api)


@pytest.fixture
def page(browser: Browser, live: Live) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    context.set_default_timeout(15_000)
    tab = context.new_page()
    tab.on("request", lambda r: live.requests.append(r.url))
    tab.on("console", lambda m: live.problems.append(m.text) if m.type == "error" else None)
    tab.on("pageerror", lambda e: live.problems.append(str(e)))
    tab.on("dialog", lambda d: (live.problems.append(f"dialog: {d.message}"), d.dismiss()))
    yield tab
    context.close()


def shot(page: Page, name: str) -> None:
    OUTPUT.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(OUTPUT / f"{name}.png"), full_page=True)


def settled(page: Page, live: Live) -> None:
    """Wait for the charts; check nothing left localhost and nothing went wrong."""
    for panel in PANELS:
        page.wait_for_selector(panel, state="attached")
    assert live.foreign() == [] and live.problems == []
    assert not page.locator("[data-error]").count()


def dated(live: Live, **query: str) -> int:
    events = live.api.get("/api/events", params={**query, "limit": 1000}).json()["events"]
    return sum(1 for e in events if e["date"])


def test_web_dashboard_shows_every_panel(page: Page, live: Live) -> None:
    page.goto(live.base + "/")
    settled(page, live)
    assert int(page.get_attribute("#timeline", "data-total") or -1) == dated(live)
    assert page.locator("#timeline canvas").count() >= 1
    assert page.locator("#map path.leaflet-interactive").count() > 150  # country outlines
    assert int(page.get_attribute("#map", "data-points") or 0) >= 5
    assert int(page.get_attribute("#network", "data-edges") or 0) >= 5
    total = live.api.get("/api/stats").json()["events"]
    assert page.locator("#events tbody tr").count() == min(total, 50)
    top = live.api.get("/api/actors", params={"n": 1}).json()["rows"][0]["actor"]
    assert page.locator("#actors tbody tr").first.inner_text().startswith(top)
    shot(page, "dashboard")


def test_web_dyad_filter_updates_timeline_and_table(page: Page, live: Live) -> None:
    page.goto(live.base + "/")
    settled(page, live)
    before = page.get_attribute("#timeline", "data-total")
    page.fill("input[name=dyad]", "RUS:UKR")
    page.click("button[type=submit]")
    page.wait_for_url("**/?*dyad=RUS%3AUKR*")
    settled(page, live)
    after = page.get_attribute("#timeline", "data-total")
    assert after == str(dated(live, dyad="RUS:UKR")) and after != before
    rows = page.locator("#events tbody tr")
    assert rows.count() == len(live.api.get("/api/events", params={"dyad": "RUS:UKR"})
                               .json()["events"]) >= 3
    for i in range(rows.count()):
        cells = rows.nth(i).locator("td")
        assert cells.nth(1).inner_text().startswith("RUS")
        assert cells.nth(3).inner_text().startswith("UKR")
    shot(page, "dashboard-dyad")
    page.reload()  # the view lives in the URL
    settled(page, live)
    assert page.input_value("input[name=dyad]") == "RUS:UKR"
    assert page.get_attribute("#timeline", "data-total") == after


def test_web_event_page_highlights_the_evidence(page: Page, live: Live) -> None:
    page.goto(live.base + "/?dyad=UKRGOV:RUS")
    settled(page, live)
    page.locator("#events a.event-link").first.click()
    page.wait_for_url("**/events/*")
    evidence = page.locator(".evidence").first
    assert evidence.locator("mark.role-source").inner_text() == \
        "Ukrainian President Volodymyr Zelensky"
    assert evidence.locator("mark.role-action").inner_text() == "accused"
    assert evidence.locator("mark.role-target").inner_text() == "Russia"
    assert "web.accuse" in page.inner_text(".mention")
    assert "person.UKR.zelensky" in page.inner_text(".mention")
    link = page.locator(".mention a.external")
    assert link.get_attribute("href") == "https://news.example/2024/01/15/kharkiv"
    assert live.foreign() == [] and live.problems == []
    shot(page, "event")


def test_web_hostile_article_renders_as_text(page: Page, live: Live) -> None:
    article = live.api.get(f"/api/articles/{HOSTILE}").json()
    event_id = next(m["event_id"] for m in article["mentions"] if m["event_id"])
    page.goto(f"{live.base}/events/{event_id}")
    assert "<script>alert('x')</script>" in page.inner_text(".evidence")
    assert page.locator(".evidence *:not(mark)").count() == 0
    assert page.locator("main script, main img, main b").count() == 0
    assert page.locator(".mention a.external").count() == 0  # javascript: is no link
    page.goto(f"{live.base}/articles/{HOSTILE}")
    assert "<img src=x onerror=alert(1)>" in page.inner_text(".article-text")
    assert page.locator("main script, main img").count() == 0
    assert live.foreign() == [] and live.problems == []
    shot(page, "hostile-article")


def test_web_api_docs_load_from_the_app(page: Page, live: Live) -> None:
    page.goto(live.base + "/docs")
    page.wait_for_selector(".swagger-ui .opblock-tag")
    assert "/api/events" in page.inner_text(".swagger-ui")
    assert live.foreign() == [] and live.problems == []
    shot(page, "api-docs")
