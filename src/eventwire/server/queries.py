"""Reads the web needs beyond `Store` and `eventwire.analytics`: a selection's timeline and
summary, the periods a series may cover, map points, articles. Each takes an open `Store` and
the filters of `make_filters`.

A series covers at most `MAX_PERIODS` periods, the last ones of its selection, so a store whose
dates span centuries cannot make one request build millions of empty periods; the `Window`
says when it was cut.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from eventwire.analytics import FREQS, QUADS
from eventwire.errors import InputError
from eventwire.server.settings import MAX_PERIODS
from eventwire.store import Store, make_filters
from eventwire.store.filters import filter_spec, where

ARTICLE_COLUMNS = ("id", "title", "published", "url", "publisher", "author", "language",
                   "num_mentions", "ingested_at")
POINT_COLUMNS = ("id", "date", "source", "source_name", "target", "target_name", "cameo",
                 "cameo_name", "plover", "quad_class", "goldstein", "num_mentions",
                 "place_name", "place_country", "place_lat", "place_lon")


def _rows(store: Store, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = store.arrow(sql, params).to_pylist()
    return rows


@dataclass(frozen=True, slots=True, kw_only=True)
class Window:
    """The periods a series shows (`first` to `last`) out of the `periods` its selection spans."""

    first: dt.date | None
    last: dt.date | None
    periods: int

    @property
    def truncated(self) -> bool:
        """Tell whether the earlier periods were left out."""
        return self.periods > MAX_PERIODS

    def describe(self) -> dict[str, Any]:
        """Return what a response says of the periods it covers."""
        return {"truncated": self.truncated, "periods": self.periods,
                "max_periods": MAX_PERIODS, "first_period": self.first,
                "last_period": self.last}


def window(store: Store, freq: str, cond: str, params: list[Any], *,
           since: Any = None, until: Any = None) -> Window:
    """Return the periods of the events matching `cond` (or from `since` to `until`), cut to
    the last `MAX_PERIODS`. No event and no `since` is no window, whatever `until` says (the
    cut would otherwise reach before year 1, which Python has no date for)."""
    if freq not in FREQS:
        raise InputError(f"unknown frequency {freq!r} (known: {', '.join(FREQS)})")
    sql = f"""
    SELECT CASE WHEN lo IS NOT NULL THEN greatest(lo, CAST(hi - to_{freq}s({MAX_PERIODS - 1}) AS DATE)) END,
           hi, date_diff('{freq}', lo, hi) + 1
    FROM (SELECT CAST(date_trunc('{freq}', coalesce(?::DATE, min(e.date))) AS DATE) AS lo,
                 CAST(date_trunc('{freq}', coalesce(?::DATE, max(e.date))) AS DATE) AS hi
          FROM events e WHERE e.date IS NOT NULL AND {cond})"""
    first, last, periods = store.arrow(sql, [since, until, *params]).to_pylist()[0].values()
    if first is None or last is None or not periods or periods < 1:
        return Window(first=None, last=None, periods=0)
    return Window(first=first, last=last, periods=periods)


def dyad_window(store: Store, dyad: str, *, freq: str, **filters: Any) -> Window:
    """Return the periods of a dyad's series in both directions (see `analytics.dyad_series`)."""
    a, b = filter_spec("dyad").convert(dyad)
    cond, params = where(make_filters(**filters))
    both = "(e.source LIKE ? AND e.target LIKE ?) OR (e.source LIKE ? AND e.target LIKE ?)"
    return window(store, freq, f"({both}) AND {cond}", [a + "%", b + "%", b + "%", a + "%",
                                                       *params],
                  since=filters.get("since"), until=filters.get("until"))


def timeline(store: Store, *, freq: str = "month",
             **filters: Any) -> tuple[list[dict[str, Any]], Window]:
    """Return the selection's events per period on a dense spine (count, scores, quad counts)
    and the periods it covers."""
    cond, params = where(make_filters(**filters))
    span = window(store, freq, cond, params)
    if span.first is None:
        return [], span
    quads = ", ".join(f"count(*) FILTER (WHERE e.quad_class = {n}) AS {name}"
                      for n, name in enumerate(QUADS, start=1))
    zeros = ", ".join(f"coalesce(g.{name}, 0) AS {name}" for name in QUADS)
    sql = f"""
    WITH picked AS (SELECT * FROM events e WHERE e.date >= ?::DATE AND {cond}),
    spine AS (SELECT CAST(unnest(generate_series(?::DATE, ?::DATE, INTERVAL 1 {freq}))
                          AS DATE) AS period),
    agg AS (SELECT CAST(date_trunc('{freq}', e.date) AS DATE) AS period, count(*) AS count,
                   sum(e.num_mentions) AS mentions, sum(e.goldstein) AS goldstein,
                   sum(e.plover_score) AS plover_score, {quads}
            FROM picked e GROUP BY 1)
    SELECT s.period, coalesce(g.count, 0) AS count, coalesce(g.mentions, 0) AS mentions,
           coalesce(g.goldstein, 0) AS goldstein, coalesce(g.plover_score, 0) AS plover_score,
           {zeros}
    FROM spine s LEFT JOIN agg g USING (period) ORDER BY s.period"""
    return _rows(store, sql, [span.first, *params, span.first, span.last]), span


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
    """Return the event mentions coded from one article, in text order; `event_ids` lists the
    event of each pair of parties a mention stands for, its primary pair's (`event_id`) first."""
    return _rows(store, "SELECT id, event_id, coalesce((SELECT list(em.event_id ORDER BY em.pair) "
                 "FROM event_mentions em WHERE em.mention_id = m.id), []) AS event_ids, sentence, "
                 "sentence_text, source_code, source_start, "
                 "source_end, target_code, target_start, target_end, action_text, action_start, "
                 "action_end, cameo, cameo_name, plover, quad_class, goldstein, date, negated, "
                 "modality, rule FROM mentions m WHERE article_id = ? ORDER BY sentence, "
                 "action_start, id", [article_id])
