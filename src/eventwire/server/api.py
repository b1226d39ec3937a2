"""The REST API under /api: each route parses its input, calls one store or analytics
function (the ones the CLI uses), and formats the result as JSON."""

from __future__ import annotations

import datetime as dt
import hmac
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, Field

from eventwire import analytics
from eventwire.errors import InputError, StoreError
from eventwire.model import Article, date_in_range, date_range_problem
from eventwire.server import queries
from eventwire.server.backend import Backend, backend, store
from eventwire.server.errors import NotFound, Refused
from eventwire.server.params import Filters, decode_cursor, encode_cursor, filters
from eventwire.server.settings import (
    DEFAULT_PAGE,
    MAX_EDGES,
    MAX_PAGE,
    MAX_POINTS,
    MAX_ROWS,
    MAX_TOP,
)
from eventwire.server.views import event_view, jsonable, map_view
from eventwire.store import Store
from eventwire.store.filters import ANY_DATE, filter_spec

router = APIRouter(prefix="/api")
bearer = HTTPBearer(auto_error=False, description="the token given to `eventwire serve --token`")
ID = r"^[A-Za-z0-9_.:-]{1,128}$"
# Article ids are the user's own (a file line may name any): any printable text, slashes too.
ARTICLE_ID = r"^[^\x00-\x1f\x7f]{1,1000}$"

StoreDep = Annotated[Store, Depends(store)]
FiltersDep = Annotated[Filters, Depends(filters)]
Freq = Annotated[str, Query(description="day, week, month or year",
                            pattern="^(day|week|month|year)$")]


class ArticleIn(BaseModel):
    """An article to code: its text and what is known about it."""

    text: str = Field(min_length=1, description="the article text")
    id: str | None = Field(default=None, max_length=128, description="default: a hash of url "
                           "or text")
    title: str | None = Field(default=None, max_length=2_000)
    published: str | None = Field(default=None, pattern=f"^{ANY_DATE}$",
                                  description="publication date, YYYY-MM-DD; an article published "
                                  "outside 1800-01-01 to 2200-12-31 is refused")
    url: str | None = Field(default=None, max_length=4_000)
    publisher: str | None = Field(default=None, max_length=500)

    def article(self) -> Article:
        """Return the article record."""
        return Article(id=self.id or Article.make_id(self.text, self.url), text=self.text,
                       title=self.title, url=self.url,
                       published=dt.date.fromisoformat(self.published) if self.published else None,
                       publisher=self.publisher)


class IngestIn(BaseModel):
    """Articles to code and store."""

    articles: list[ArticleIn] = Field(min_length=1)


def authorize(app: Annotated[Backend, Depends(backend)],
              auth: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]) -> None:
    """Refuse the request unless ingest is enabled and it bears the token."""
    token = app.settings.token
    if not token:
        raise Refused("ingest is disabled: start the server with --token or the "
                      "EVENTWIRE_TOKEN environment variable", 403)
    if auth is None or not hmac.compare_digest(auth.credentials.encode(), token.encode()):
        raise Refused("missing or wrong bearer token: send 'Authorization: Bearer TOKEN'", 401)


def _check_text(app: Backend, articles: list[ArticleIn]) -> None:
    limit = app.settings.max_text_chars
    if len(articles) > app.settings.max_articles:
        raise Refused(f"too many articles: at most {app.settings.max_articles} a request", 413)
    for a in articles:
        if len(a.text) > limit:
            raise Refused(f"article text too long: at most {limit:,} characters", 413)


def _rows(table: Any, limit: int = MAX_ROWS) -> dict[str, Any]:
    rows = table.to_pylist()
    return {"rows": jsonable(rows[:limit]), "truncated": len(rows) > limit}


@router.get("/stats", tags=["store"], summary="What the store holds")
def stats(db: StoreDep, app: Annotated[Backend, Depends(backend)]) -> dict[str, Any]:
    """Return the number of articles, mentions and events, and whether ingest is enabled."""
    return {**db.counts(), "ingest_enabled": app.settings.ingest_enabled}


@router.get("/events", tags=["events"], summary="List events matching the filters")
def list_events(db: StoreDep, where: FiltersDep,
                limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = DEFAULT_PAGE,
                cursor: Annotated[str | None, Query(max_length=400,
                                  description="next_cursor of the previous page")] = None,
                ) -> dict[str, Any]:
    """Return one page of events in date order, with the cursor of the next page."""
    after = decode_cursor(cursor) if cursor else None
    rows = db.events(arrow=True, after=after, limit=limit + 1, **where).to_pylist()
    page = rows[:limit]
    more = len(rows) > limit
    last = page[-1] if page else None
    return {"events": jsonable(page),
            "next_cursor": encode_cursor(last["date"], last["id"]) if more and last else None}


@router.get("/events/{event_id}", tags=["events"], summary="One event with its evidence")
def get_event(db: StoreDep, event_id: Annotated[str, Path(pattern=ID)]) -> dict[str, Any]:
    """Return an event with every mention, its highlighted sentence and its article."""
    try:
        event = db.event(event_id)
    except StoreError:
        raise NotFound(f"no event {event_id!r}") from None
    found = queries.articles_by_id(db, sorted({m.article_id for m in event.mentions}))
    return event_view(event, found)


@router.get("/series", tags=["analytics"], summary="A dyad's series in both directions")
def series(db: StoreDep, where: FiltersDep, dyad: Annotated[str, Query(
               pattern=f"^{filter_spec('dyad').pattern}$", description=filter_spec("dyad").help)],
           freq: Freq = "month", measure: Annotated[str, Query(
               pattern="^(count|goldstein|plover-score)$")] = "count") -> dict[str, Any]:
    """Return the dyad's events per period, A->B and B->A, gaps as 0 (at most the last
    `max_periods` periods: `truncated` says when earlier ones were left out)."""
    rest = {k: v for k, v in where.items() if k != "dyad"}
    span = queries.dyad_window(db, dyad, freq=freq, **rest)
    if span.truncated:
        rest |= {"since": span.first, "until": span.last}
    table = analytics.dyad_series(db, dyad, freq=freq, measure=measure, arrow=True, **rest)
    return {**_rows(table), **jsonable(span.describe())}


@router.get("/timeline", tags=["analytics"], summary="The selection's events per period")
def timeline(db: StoreDep, where: FiltersDep, freq: Freq = "month") -> dict[str, Any]:
    """Return counts, Goldstein and PLOVER score sums and quad counts per period (at most the
    last `max_periods` periods: `truncated` says when earlier ones were left out)."""
    rows, span = queries.timeline(db, freq=freq, **where)
    return {"rows": jsonable(rows), **jsonable(span.describe()),
            "summary": jsonable(queries.summary(db, **where))}


@router.get("/quad", tags=["analytics"], summary="Quad-class counts per country and period")
def quad(db: StoreDep, where: FiltersDep, freq: Freq = "month",
         by: Annotated[str, Query(pattern="^(place|source|target)$")] = "place",
         ) -> dict[str, Any]:
    """Return event counts per quad class for each country and period."""
    return _rows(analytics.quad_counts(db, freq=freq, by=by, arrow=True, **where))


@router.get("/actors", tags=["analytics"], summary="The actors in the most events")
def actors(db: StoreDep, where: FiltersDep, n: Annotated[int, Query(ge=1, le=MAX_TOP)] = 20,
           role: Annotated[str, Query(pattern="^(any|source|target)$")] = "any",
           ) -> dict[str, Any]:
    """Return the top actors as source, target or either."""
    return _rows(analytics.top_actors(db, n=n, role=role, arrow=True, **where))


@router.get("/network", tags=["analytics"], summary="Weighted directed actor network")
def network(db: StoreDep, where: FiltersDep,
            level: Annotated[str, Query(pattern="^(actor|country)$")] = "actor",
            min_events: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
            limit: Annotated[int, Query(ge=1, le=MAX_EDGES)] = MAX_EDGES) -> dict[str, Any]:
    """Return the heaviest edges (source, target, weight, cooperation, conflict, Goldstein)."""
    edges = analytics.network(db, level=level, min_events=min_events, arrow=True, **where)
    return _rows(edges, limit)


@router.get("/map", tags=["analytics"], summary="Located events and events per country")
def event_map(db: StoreDep, where: FiltersDep,
              limit: Annotated[int, Query(ge=1, le=MAX_POINTS)] = MAX_POINTS) -> dict[str, Any]:
    """Return event points (most mentioned first) and event counts per place country."""
    return map_view(queries.map_points(db, limit=limit, **where))


@router.get("/articles", tags=["articles"], summary="List stored articles")
def list_articles(db: StoreDep, limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = DEFAULT_PAGE,
                  cursor: Annotated[str | None, Query(max_length=400)] = None,
                  publisher: Annotated[str | None, Query(max_length=500)] = None,
                  ) -> dict[str, Any]:
    """Return one page of articles by publication date (text left out)."""
    after = decode_cursor(cursor) if cursor else None
    rows = queries.articles(db, limit=limit + 1, after=after, publisher=publisher)
    page, last = rows[:limit], (rows[limit - 1] if len(rows) > limit else None)
    return {"articles": jsonable(page),
            "next_cursor": encode_cursor(last["published"], last["id"]) if last else None}


@router.get("/articles/{article_id:path}", tags=["articles"],
            summary="One article with its text")
def get_article(db: StoreDep,
                article_id: Annotated[str, Path(pattern=ARTICLE_ID)]) -> dict[str, Any]:
    """Return an article, its text and the event mentions coded from it."""
    found = queries.articles_by_id(db, [article_id]).get(article_id)
    if found is None:
        raise NotFound(f"no article {article_id!r}")
    return jsonable({**found, "mentions": queries.article_mentions(db, article_id)})  # type: ignore[no-any-return]


@router.post("/code", tags=["coding"], summary="Code a text (nothing is stored)")
def code(body: ArticleIn, app: Annotated[Backend, Depends(backend)]) -> dict[str, Any]:
    """Return the event mentions coded from the text."""
    from eventwire.pipeline import code_articles

    _check_text(app, [body])
    article = body.article()
    if article.published is not None and not date_in_range(article.published):
        raise InputError(f"published: {date_range_problem(article.published)}")
    coded = next(iter(code_articles([article], app.resources())))
    return {"article_id": coded.article.id, "events": [m.to_record() for m in coded.mentions]}


@router.post("/ingest", tags=["coding"], summary="Code articles and store their events")
def ingest(body: IngestIn, app: Annotated[Backend, Depends(backend)],
           _: Annotated[None, Depends(authorize)]) -> dict[str, Any]:
    """Code and store the articles (needs the server's bearer token); `skipped` names each
    article refused and why (a publication date outside 1800-2200), the others are stored."""
    from eventwire.coders import PipelineCoder

    _check_text(app, body.articles)
    resources = app.resources()
    with app.write_lock:
        writer = app.reader()
        try:
            done = writer.ingest([a.article() for a in body.articles],
                                 coder=PipelineCoder(resources=resources))
            counts = writer.counts()
        finally:
            writer.close()
    return {"read": done.read, "already_stored": done.already_stored, "coded": done.coded,
            "mentions": done.mentions, "events_changed": done.events_changed,
            "events_added": done.events_added, "store": counts, "skipped": [str(s) for s in done.skipped]}
