"""Reads the web needs beyond `Store` and `eventwire.analytics`: a selection's timeline and
summary, map points, articles. Each takes an open `Store` and the filters of `make_filters`."""

from __future__ import annotations

import datetime as dt
from typing import Any

from eventwire.analytics import FREQS, QUADS
from eventwire.errors import InputError
from eventwire.store import Store, make_filters
from eventwire.store.filters import where

ARTICLE_COLUMNS = ("id", "title", "published", "url", "publisher", "author", "language",
                   "num_mentions", "ingested_at")
POINT_COLUMNS = ("id", "date", "source", "source_name", "target", "target_name", "cameo",
                 "cameo_name", "plover", "quad_class", "goldstein", "num_mentions",
                 "place_name", "place_country", "place_lat", "place_lon")


def _rows(store: Store, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = store.arrow(sql, params).to_pylist()
    return rows


def timeline(store: Store, *, freq: str = "month", **filters: Any) -> list[dict[str, Any]]:
    """Return the selection's events per period on a dense spine: count, scores, quad counts."""
    if freq not in FREQS:
        raise InputError(f"unknown frequency {freq!r} (known: {', '.join(FREQS)})")
    cond, params = where(make_filters(**filters))
    quads = ", ".join(f"count(*) FILTER (WHERE e.quad_class = {n}) AS {name}"
                      for n, name in enumerate(QUADS, start=1))
    zeros = ", ".join(f"coalesce(g.{name}, 0) AS {name}" for name in QUADS)
    sql = f"""
    WITH picked AS (SELECT * FROM events e WHERE e.date IS NOT NULL AND {cond}),
    bounds AS (SELECT min(date) AS lo, max(date) AS hi FROM picked),
    spine AS (SELECT CAST(unnest(generate_series(date_trunc('{freq}', lo),
                     date_trunc('{freq}', hi), INTERVAL 1 {freq})) AS DATE) AS period
              FROM bounds WHERE lo IS NOT NULL),
    agg AS (SELECT CAST(date_trunc('{freq}', e.date) AS DATE) AS period, count(*) AS count,
                   sum(e.num_mentions) AS mentions, sum(e.goldstein) AS goldstein,
                   sum(e.plover_score) AS plover_score, {quads}
            FROM picked e GROUP BY 1)
    SELECT s.period, coalesce(g.count, 0) AS count, coalesce(g.mentions, 0) AS mentions,
           coalesce(g.goldstein, 0) AS goldstein, coalesce(g.plover_score, 0) AS plover_score,
           {zeros}
    FROM spine s LEFT JOIN agg g USING (period) ORDER BY s.period"""
    return _rows(store, sql, params)


def summary(store: Store, **filters: Any) -> dict[str, Any]:
    """Return how many events, mentions, articles and dates the selection spans."""
    cond, params = where(make_filters(**filters))
    sql = (f"SELECT count(*) AS events, coalesce(sum(e.num_mentions), 0) AS mentions, "
           f"min(e.date) AS first, max(e.date) AS last, avg(e.goldstein) AS mean_goldstein "
           f"FROM events e WHERE {cond}")
    return _rows(store, sql, params)[0]


def map_points(store: Store, *, limit: int, **filters: Any) -> dict[str, Any]:
    """Return the located events (most mentioned first) and the events per place country."""
    cond, params = where(make_filters(**filters))
    cols = ", ".join(f"e.{c}" for c in POINT_COLUMNS)
    points = _rows(store, f"SELECT {cols} FROM events e WHERE e.place_lat IS NOT NULL AND "
                   f"{cond} ORDER BY e.num_mentions DESC, e.date DESC, e.id LIMIT {int(limit)}",
                   params)
    countries = _rows(store, "SELECT e.place_country AS country, count(*) AS events, "
                      "avg(e.goldstein) AS mean_goldstein FROM events e WHERE "
                      f"e.place_country IS NOT NULL AND {cond} GROUP BY 1 ORDER BY 2 DESC, 1",
                      params)
    return {"points": points, "countries": countries}


def articles(store: Store, *, limit: int, after: tuple[dt.date | None, str] | None = None,
             publisher: str | None = None) -> list[dict[str, Any]]:
    """Return stored articles (without text) by publication date, then id; undated last."""
    conds: list[str] = ["TRUE"]
    params: list[Any] = []
    if publisher:
        conds.append("a.publisher = ?")
        params.append(publisher)
    if after is not None:
        day, key = after
        if day is None:
            conds.append("(a.published IS NULL AND a.id > ?)")
            params.append(key)
        else:
            conds.append("(a.published > ? OR (a.published = ? AND a.id > ?) "
                         "OR a.published IS NULL)")
            params.extend([day, day, key])
    cols = ", ".join(f"a.{c}" for c in ARTICLE_COLUMNS)
    return _rows(store, f"SELECT {cols} FROM articles a WHERE {' AND '.join(conds)} "
                 f"ORDER BY a.published, a.id LIMIT {int(limit)}", params)


def articles_by_id(store: Store, ids: list[str]) -> dict[str, dict[str, Any]]:
    """Return the stored articles (with text) of the given ids."""
    found = _rows(store, "SELECT * FROM articles WHERE list_contains(?, id)", [ids])
    return {r["id"]: r for r in found}


def article_mentions(store: Store, article_id: str) -> list[dict[str, Any]]:
    """Return the event mentions coded from one article, in text order."""
    return _rows(store, "SELECT id, event_id, sentence, sentence_text, source_code, source_start, "
                 "source_end, target_code, target_start, target_end, action_text, action_start, "
                 "action_end, cameo, cameo_name, plover, quad_class, goldstein, date, negated, "
                 "modality, rule FROM mentions WHERE article_id = ? ORDER BY sentence, "
                 "action_start, id", [article_id])
