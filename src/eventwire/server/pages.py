"""The dashboard pages: server-rendered from the same store and analytics functions as the API."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Any, Protocol
from urllib.parse import urlencode

import jinja2
from fastapi import APIRouter, Depends, Path, Request
from fastapi.responses import HTMLResponse

from eventwire import analytics
from eventwire.errors import EventwireError, StoreError
from eventwire.ontology import PloverType, load_codebook
from eventwire.server import queries
from eventwire.server.api import ARTICLE_ID
from eventwire.server.backend import store
from eventwire.server.errors import NotFound
from eventwire.server.params import FILTER_NAMES, decode_cursor, encode_cursor, parse_filters
from eventwire.server.settings import DEFAULT_PAGE
from eventwire.server.views import event_view, jsonable, safe_url
from eventwire.store import Store

ID = r"^[A-Za-z0-9_.:-]{1,128}$"
QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict",
              4: "material conflict"}
VIEW_OPTIONS = {"freq": ("day", "week", "month", "year"), "measure": ("goldstein", "plover-score")}
StoreDep = Annotated[Store, Depends(store)]


class Render(Protocol):
    """Render a template with a context into a page."""

    def __call__(self, request: Request, name: str, context: dict[str, Any],
                 status: int = 200) -> HTMLResponse: ...


def choices() -> dict[str, Any]:
    """Return the options of the filter bar: CAMEO roots, PLOVER types, quad classes."""
    book = load_codebook()
    roots = sorted((c.code, c.name) for c in book.codes.values() if len(c.code) == 2)
    return {"roots": roots, "plover": [str(p) for p in PloverType], "quads": QUAD_NAMES,
            **VIEW_OPTIONS}


def _view(query: Mapping[str, str]) -> dict[str, str]:
    freq, measure = query.get("freq", ""), query.get("measure", "")
    return {"freq": freq if freq in VIEW_OPTIONS["freq"] else "month",
            "measure": measure if measure in VIEW_OPTIONS["measure"] else "goldstein"}


def _with(query: Mapping[str, str], **changes: str | None) -> str:
    kept = {k: v for k, v in query.items() if v and k not in changes}
    kept |= {k: v for k, v in changes.items() if v}
    return "?" + urlencode(kept) if kept else "?"


def renderer(env: jinja2.Environment) -> Render:
    """Return the function that renders a template into a page."""

    def render(request: Request, name: str, context: dict[str, Any],
               status: int = 200) -> HTMLResponse:
        html = env.get_template(name).render(path=request.url.path, **context)
        return HTMLResponse(html, status_code=status)

    return render


def router(render: Render, options: dict[str, Any]) -> APIRouter:
    """Return the page routes."""
    pages = APIRouter(include_in_schema=False)

    @pages.get("/", response_class=HTMLResponse)
    def dashboard(request: Request, db: StoreDep) -> HTMLResponse:
        query = {k: v for k, v in request.query_params.items() if k in
                 (*FILTER_NAMES, "cursor", "freq", "measure")}
        try:
            context = _dashboard(db, query)
        except EventwireError as exc:
            context = {"error": str(exc), "events": [], "actors": [], "summary": None,
                       "next_link": None}
        context |= {"q": query, "view": _view(query), "options": options,
                    "counts": db.counts(), "quad_names": QUAD_NAMES}
        return render(request, "dashboard.html", context, 400 if context["error"] else 200)

    @pages.get("/events/{event_id}", response_class=HTMLResponse)
    def event_page(request: Request, db: StoreDep,
                   event_id: Annotated[str, Path(pattern=ID)]) -> HTMLResponse:
        try:
            event = db.event(event_id)
        except StoreError:
            raise NotFound(f"no event {event_id!r}") from None
        found = queries.articles_by_id(db, sorted({m.article_id for m in event.mentions}))
        return render(request, "event.html", {"e": event_view(event, found),
                                              "quad_names": QUAD_NAMES})

    @pages.get("/articles/{article_id:path}", response_class=HTMLResponse)
    def article_page(request: Request, db: StoreDep,
                     article_id: Annotated[str, Path(pattern=ARTICLE_ID)]) -> HTMLResponse:
        found = queries.articles_by_id(db, [article_id]).get(article_id)
        if found is None:
            raise NotFound(f"no article {article_id!r}")
        mentions = jsonable(queries.article_mentions(db, article_id))
        return render(request, "article.html", {"a": jsonable(found), "mentions": mentions,
                                                "link": safe_url(found["url"])})

    return pages


def _dashboard(db: Store, query: dict[str, str]) -> dict[str, Any]:
    where = parse_filters(query)
    after = decode_cursor(query["cursor"]) if query.get("cursor") else None
    rows = db.events(arrow=True, after=after, limit=DEFAULT_PAGE + 1, **where).to_pylist()
    page = rows[:DEFAULT_PAGE]
    next_link = None
    if len(rows) > DEFAULT_PAGE:
        next_link = _with(query, cursor=encode_cursor(page[-1]["date"], page[-1]["id"]))
    actors = analytics.top_actors(db, n=12, arrow=True, **where).to_pylist()
    return {"error": None, "events": jsonable(page), "actors": actors,
            "summary": jsonable(queries.summary(db, **where)), "next_link": next_link,
            "first_link": _with(query, cursor=None) if after else None}
