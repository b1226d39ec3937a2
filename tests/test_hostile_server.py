"""The server against hostile requests and inputs: foreign Host headers, unexpected errors,
dates at the calendar's edges, odd article ids, and feeds that point inside the network."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from eventwire.cli import build_parser
from eventwire.cli.serve import settings_from
from eventwire.errors import InputError
from eventwire.resources import Resources
from eventwire.server import Settings, create_app
from eventwire.server.middleware import HEADERS, host_name
from web_support import settings

TOKEN = "s3cret"


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
