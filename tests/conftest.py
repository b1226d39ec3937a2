"""Fixtures shared by the test modules (append new fixtures below; keep each self-contained)."""

from __future__ import annotations

import contextlib
import threading
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from eventwire.coding.lexicon import Lexicon, load_lexicon
from eventwire.resources import Resources

# --- A real HTTP server on localhost, for the readers that fetch (tests/test_ingest*.py) ---

Handler = Callable[[BaseHTTPRequestHandler, "LocalSite"], None]


@dataclass
class LocalSite:
    """Routes served by a real HTTP server on 127.0.0.1, and what it was asked."""

    base: str = ""
    routes: dict[str, Handler] = field(default_factory=dict)
    hits: Counter[str] = field(default_factory=Counter)
    user_agents: list[str] = field(default_factory=list)
    stop: threading.Event = field(default_factory=threading.Event)

    def url(self, path: str) -> str:
        """Return the absolute URL of a path on this server."""
        return f"{self.base}{path}"

    def page(self, path: str, body: bytes | str, content_type: str = "text/html; charset=utf-8",
             status: int = 200) -> str:
        """Serve a fixed body at a path; return its URL."""
        data = body.encode("utf-8") if isinstance(body, str) else body

        def handle(request: BaseHTTPRequestHandler, site: LocalSite) -> None:
            request.send_response(status)
            request.send_header("Content-Type", content_type)
            request.send_header("Content-Length", str(len(data)))
            request.end_headers()
            request.wfile.write(data)

        self.routes[path] = handle
        return self.url(path)

    def handler(self, path: str, handle: Handler) -> str:
        """Serve a path with a handler of its own; return its URL."""
        self.routes[path] = handle
        return self.url(path)


def _request_handler(site: LocalSite) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            site.hits[self.path] += 1
            site.user_agents.append(self.headers.get("User-Agent", ""))
            route = site.routes.get(self.path)
            if route is None:
                self.send_error(404)
                return
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                route(self, site)

        def log_message(self, format: str, *args: object) -> None:
            pass

    return Handler


@pytest.fixture
def local_site() -> Iterator[LocalSite]:
    """Serve `LocalSite` routes from a threaded HTTP server on 127.0.0.1 (a free port)."""
    site = LocalSite()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _request_handler(site))
    server.daemon_threads = True
    server.block_on_close = False
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                              daemon=True)
    thread.start()
    try:
        yield site
    finally:
        site.stop.set()
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


# --- Coding resources and the shared material (tests of the coding pipeline) ---

FIXTURES = Path(__file__).parent / "fixtures"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SHARED_MISSING = "../shared/ is not beside this checkout: the seed-article and gold-set tests need it"


@pytest.fixture(scope="session")
def fixture_resources() -> Resources:
    """Resources with only the tests' own small dictionary and patterns (no built-in data)."""
    return Resources.load([FIXTURES / "actors.tsv"], [FIXTURES / "verbs.tsv"], builtin=False)


@pytest.fixture(scope="session")
def resources() -> Resources:
    """Resources with the built-in dictionary and patterns, as users get them."""
    return Resources.load()


def pytest_addoption(parser: pytest.Parser) -> None:
    """Add --update-golden: rewrite golden files from the code's current output, for review."""
    parser.addoption("--update-golden", action="store_true", help="rewrite tests/golden/* from current output")


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    """Tell whether golden files should be rewritten instead of compared."""
    return bool(request.config.getoption("--update-golden"))


# --- The server and the dashboard (tests/test_server*.py, tests/test_web*.py) ---


@pytest.fixture(scope="session")
def web_resources() -> Resources:
    """The real pipeline with the web tests' own dictionary and verb patterns."""
    import web_support

    return web_support.load_resources()


@pytest.fixture(scope="session")
def web_store(tmp_path_factory: pytest.TempPathFactory, web_resources: Resources) -> Path:
    """A store holding the web test articles coded by the real pipeline (open it read-only)."""
    import web_support

    return web_support.build_store(tmp_path_factory.mktemp("web") / "events.duckdb",
                                   web_resources)


@pytest.fixture(scope="session")
def built_in_lexicon() -> Lexicon:
    """The built-in lexicon, for rules tested on hand-built parses (vary it with `dataclasses.replace`)."""
    return load_lexicon()
