"""A small event store coded by the real pipeline, for the server and dashboard tests.

The articles (`fixtures/web/articles.jsonl`) are short news-like texts written for these tests,
coded with a dictionary and verb patterns of their own (`fixtures/web/*.tsv`), so that the
built-in dictionaries can grow without changing what these tests see. One article is hostile:
its title, publisher, URL and text carry markup and script.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import uvicorn

from eventwire.coders import PipelineCoder
from eventwire.model import Article
from eventwire.resources import Resources
from eventwire.server import Settings
from eventwire.server.settings import LOCAL_HOSTS
from eventwire.store import Store

WEB = Path(__file__).parent / "fixtures" / "web"
HOSTILE = "web-hostile"


def articles() -> list[Article]:
    """Return the test articles."""
    found = []
    for line in (WEB / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        found.append(Article(id=r["id"], text=r["text"], title=r["title"], url=r["url"],
                             publisher=r["publisher"],
                             published=dt.date.fromisoformat(r["published"])))
    return found


def load_resources() -> Resources:
    """Load the real pipeline with the tests' dictionary and patterns only."""
    return Resources.load([WEB / "actors.tsv"], [WEB / "verbs.tsv"], builtin=False)


def coder(resources: Resources) -> PipelineCoder:
    """Return a store coder running the real pipeline with `resources`."""
    return PipelineCoder(resources=resources)


def build_store(path: Path, resources: Resources) -> Path:
    """Code the test articles into a new store at `path`; return the path."""
    with Store.open(path) as store:
        store.ingest(articles(), coder=coder(resources))
    return path


def settings(db: Path, resources: Resources, token: str | None = None,
             **limits: int) -> Settings:
    """Return server settings over `db` that code with `resources` (TestClient's host allowed)."""
    return Settings(db=db, token=token, resources=lambda: resources,
                    allowed_hosts=(*LOCAL_HOSTS, "testserver"), **limits)


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
