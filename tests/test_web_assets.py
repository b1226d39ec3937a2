"""The dashboard's files: served from the package, vendored with licences, no CDN anywhere."""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from eventwire.model import Article
from eventwire.resources import Resources
from eventwire.server import create_app
from eventwire.store import Store
from eventwire.web import static_files, templates
from synthetic import LineCoder
from web_support import settings

VENDORED = ("leaflet", "uplot", "cytoscape", "world-atlas", "topojson-client", "swagger-ui")
TEMPLATES = Path(__file__).resolve().parents[1] / "src" / "eventwire" / "web" / "templates"


@pytest.fixture(scope="module")
def client(web_store: Path, web_resources: Resources) -> Iterator[TestClient]:
    with TestClient(create_app(settings(web_store, web_resources))) as c:
        yield c


@pytest.mark.parametrize("package", VENDORED)
def test_web_vendored_packages_carry_licence_and_version(package: str) -> None:
    assets = static_files()
    assert f"vendor/{package}/LICENSE" in assets
    readme = assets["vendor/README.md"].body.decode()
    assert re.search(rf"{package}(-dist)?@\d+\.\d+\.\d+", readme)


def test_web_templates_and_scripts_load_nothing_from_elsewhere() -> None:
    env = templates()
    for name in env.list_templates():
        source = (TEMPLATES / name).read_text(encoding="utf-8")
        for url in re.findall(r'(?:src|href)="([^"{]+)"', source):
            assert url.startswith(("/", "#")), (name, url)
        assert "<script>" not in source  # no inline script: the CSP forbids it
    for name in ("dashboard.js", "docs.js", "app.css"):
        assert "http" not in static_files()[name].body.decode()


def test_web_every_page_asset_is_served(client: TestClient) -> None:
    first = client.get("/api/events", params={"limit": 1}).json()["events"][0]["id"]
    for page in ("/", f"/events/{first}", "/articles/web-1", "/docs"):
        html = client.get(page)
        assert html.status_code == 200 and "default-src 'self'" in html.headers[
            "content-security-policy"]
        for url in re.findall(r'(?:src|href)="(/static/[^"]+)"', html.text):
            got = client.get(url)
            assert got.status_code == 200 and got.content, url
            assert client.get(url, headers={"If-None-Match": got.headers["etag"]}
                              ).status_code == 304


@pytest.mark.parametrize("path", [
    "/static/../pyproject.toml", "/static/%2e%2e/%2e%2e/pyproject.toml", "/static/",
    "/static//etc/passwd", "/static/vendor/../../server/app.py", "/static/app.css/x"])
def test_web_static_paths_never_reach_the_file_system(client: TestClient, path: str) -> None:
    assert client.get(path).status_code == 404


def test_web_unknown_page_is_an_html_404(client: TestClient) -> None:
    got = client.get("/events/0000000000000000")
    assert got.status_code == 404 and "no event" in got.text
    assert got.headers["content-type"].startswith("text/html")


def test_web_bad_filter_shows_the_dashboard_with_the_error(client: TestClient) -> None:
    got = client.get("/", params={"dyad": "RUS:ZZZZ", "root": "21"})
    assert got.status_code == 400 and 'class="alert"' in got.text
    assert "CAMEO root" in got.text or "dyad" in got.text
    assert 'value="RUS:ZZZZ"' in got.text


def test_web_dashboard_pages_through_events(tmp_path: Path, web_resources: Resources) -> None:
    lines = [f"RUSGOV UKR{sector} 190 2024-01-{d:02d} UKR" for d in range(1, 29, 3)
             for sector in ("GOV", "MIL", "COP", "CVL", "MED", "BUS", "REB")]
    with Store.open(tmp_path / "many.duckdb") as store:
        store.ingest([Article(id="many", text="\n".join(lines), published=dt.date(2024, 2, 1))],
                     coder=LineCoder())
        total = store.counts()["events"]
    assert total > 50
    with TestClient(create_app(settings(tmp_path / "many.duckdb", web_resources))) as c:
        first = c.get("/", params={"dyad": "RUS:UKR"}).text
        link = re.search(r'id="next-page" href="([^"]+)"', first)
        assert first.count("<tr data-id=") == 50 and link
        second = c.get("/" + html.unescape(link.group(1))).text
        assert second.count("<tr data-id=") == total - 50 and 'id="next-page"' not in second
        assert "dyad=RUS%3AUKR" in html.unescape(link.group(1))
        ids = re.findall(r'<tr data-id="([^"]+)"', first + second)
        assert len(set(ids)) == total
