"""Analytics over the event store: dyad series, quad-class counts, top actors, networks.

Every function takes an open `Store`, optional event filters (the keywords of
`eventwire.store.make_filters`), and returns a pandas DataFrame (an Arrow table with
`arrow=True`). Measures: `count` is the number of events; `goldstein` and `plover-score` are
the sums of the events' Goldstein values and PLOVER scores (the PLOVER score is the Goldstein
value, see `eventwire.dedup`), so an empty period is 0 whatever the measure.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from eventwire.errors import InputError
from eventwire.store import Store, make_filters
from eventwire.store.filters import like_pattern, where

FREQS = ("day", "week", "month", "year")
MEASURES = {"count": "count(*)", "goldstein": "sum(e.goldstein)",
            "plover-score": "sum(e.plover_score)"}
BY = {"place": "e.place_country", "source": "e.source_country", "target": "e.target_country"}
QUADS = ("verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict")
ROLES = ("any", "source", "target")

__all__ = ["FREQS", "MEASURES", "dyad_series", "network", "quad_counts", "top_actors"]


def _choice(value: str, known: tuple[str, ...] | dict[str, str], what: str) -> str:
    if value not in known:
        raise InputError(f"unknown {what} {value!r} (known: {', '.join(known)})")
    return value


def _result(store: Store, sql: str, params: list[Any], arrow: bool) -> Any:
    return store.arrow(sql, params) if arrow else store.frame(sql, params)


def dyad_series(store: Store, dyad: str | tuple[str, str], *, freq: str = "month",
                measure: str = "count", since: str | dt.date | None = None,
                until: str | dt.date | None = None, arrow: bool = False, **filters: Any) -> Any:
    """Return a dyad's series in both directions on a dense period spine (gaps are 0)."""
    picked = make_filters(dyad=dyad, since=since, until=until)
    a, b = picked.dyad or ("", "")
    lo, hi = picked.since, picked.until
    freq, agg = _choice(freq, FREQS, "frequency"), MEASURES[_choice(measure, MEASURES, "measure")]
    cond, params = where(make_filters(**filters))
    fwd = bwd = "(e.source LIKE ? ESCAPE '\\' AND e.target LIKE ? ESCAPE '\\')"
    la, lb = like_pattern(a, prefix=True), like_pattern(b, prefix=True)
    pa_, pb = [la, lb], [lb, la]
    sql = f"""
    WITH picked AS (SELECT * FROM events e WHERE ({fwd} OR {bwd}) AND e.date IS NOT NULL
                    AND e.date BETWEEN coalesce(?::DATE, DATE '0001-01-01')
                    AND coalesce(?::DATE, DATE '9999-12-31') AND {cond}),
    bounds AS (SELECT coalesce(?::DATE, min(date)) AS lo, coalesce(?::DATE, max(date)) AS hi
               FROM picked),
    spine AS (SELECT CAST(unnest(generate_series(date_trunc('{freq}', lo),
                     date_trunc('{freq}', hi), INTERVAL 1 {freq})) AS DATE) AS period
              FROM bounds WHERE lo IS NOT NULL),
    agg AS (SELECT CAST(date_trunc('{freq}', e.date) AS DATE) AS period,
                   {agg} FILTER (WHERE {fwd}) AS fwd, {agg} FILTER (WHERE {bwd}) AS bwd
            FROM picked e GROUP BY 1)
    SELECT s.period, coalesce(g.fwd, 0) AS "{a}->{b}", coalesce(g.bwd, 0) AS "{b}->{a}"
    FROM spine s LEFT JOIN agg g USING (period) ORDER BY s.period"""
    values = [*pa_, *pb, lo, hi, *params, lo, hi, *pa_, *pb]
    return _result(store, sql, values, arrow)


def quad_counts(store: Store, *, freq: str = "month", by: str = "place", arrow: bool = False,
                **filters: Any) -> Any:
    """Return event counts per quad class for each country and period."""
    freq, country = _choice(freq, FREQS, "frequency"), BY[_choice(by, BY, "country field")]
    cond, params = where(make_filters(**filters))
    quads = ", ".join(f"count(*) FILTER (WHERE e.quad_class = {n}) AS {name}"
                      for n, name in enumerate(QUADS, start=1))
    sql = (f"SELECT {country} AS country, CAST(date_trunc('{freq}', e.date) AS DATE) AS period, "
           f"{quads}, count(*) AS total FROM events e WHERE e.date IS NOT NULL AND {cond} "
           "GROUP BY ALL ORDER BY country NULLS LAST, period")
    return _result(store, sql, params, arrow)


def top_actors(store: Store, *, n: int = 20, role: str = "any", arrow: bool = False,
               **filters: Any) -> Any:
    """Return the actors in the most events (as source, target or either)."""
    role = _choice(role, ROLES, "role")
    cond, params = where(make_filters(**filters))
    sides = [s for s in ("source", "target") if role in ("any", s)]
    from eventwire.export.common import register_lookups

    register_lookups(store)
    union = " UNION ALL ".join(
        f"SELECT e.{s} AS actor, '{s}' AS side FROM events e "
        f"WHERE e.{s} IS NOT NULL AND {cond}" for s in sides)
    sql = (f"SELECT actor, any_value(n.name) AS name, count(*) AS events, "
           "count(*) FILTER (WHERE side = 'source') AS as_source, "
           "count(*) FILTER (WHERE side = 'target') AS as_target "
           f"FROM ({union}) LEFT JOIN ew_actor_names n ON n.code = actor "
           f"GROUP BY actor ORDER BY events DESC, actor LIMIT {int(n)}")
    return _result(store, sql, params * len(sides), arrow)


def network(store: Store, *, level: str = "actor", min_events: int = 1, arrow: bool = False,
            **filters: Any) -> Any:
    """Return the directed actor network: one weighted edge per (source, target) pair."""
    col = {"actor": "", "country": "_country"}[_choice(level, ("actor", "country"), "level")]
    cond, params = where(make_filters(**filters))
    sql = (f"SELECT e.source{col} AS source, e.target{col} AS target, count(*) AS weight, "
           "sum(e.num_mentions) AS mentions, round(sum(e.goldstein), 4) AS goldstein, "
           "round(avg(e.goldstein), 4) AS mean_goldstein, "
           "count(*) FILTER (WHERE e.quad_class IN (1, 2)) AS cooperation, "
           "count(*) FILTER (WHERE e.quad_class IN (3, 4)) AS conflict FROM events e "
           f"WHERE e.source{col} IS NOT NULL AND e.target{col} IS NOT NULL AND {cond} "
           f"GROUP BY ALL HAVING count(*) >= {int(min_events)} "
           "ORDER BY weight DESC, source, target")
    return _result(store, sql, params, arrow)
