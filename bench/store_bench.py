"""Benchmark the event store: fill it with synthetic events inside DuckDB, time the analytics
and exports users run, and measure ingest throughput.

    .venv/bin/python bench/store_bench.py [--events 10000000] [--db FILE] [--articles 4000]

Prints one line per measurement. Targets (issue): dyad monthly series < 100 ms, quad counts
by country-month < 1 s. Nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pyarrow as pa

from eventwire.analytics import dyad_series, quad_counts
from eventwire.export import export
from eventwire.ontology import load_codebook
from eventwire.store import Store, make_filters

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from synthetic import LineCoder, random_articles

COUNTRIES = ("USA", "RUS", "CHN", "PRK", "KOR", "JPN", "UKR", "GBR", "FRA", "DEU", "IRN", "ISR",
             "SYR", "TUR", "IND", "PAK", "AFG", "IRQ", "SAU", "EGY", "NGA", "ZAF", "BRA", "MEX",
             "VEN", "COL", "ARG", "CAN", "AUS", "IDN", "PHL", "VNM", "THA", "MMR", "ETH", "SDN",
             "SOM", "KEN", "LBY", "YEM", "POL", "ITA", "ESP", "BLR", "GEO", "ARM", "AZE", "KAZ",
             "TWN", "LBN")
SECTORS = ("", "GOV", "MIL", "COP", "OPP", "REB", "MED", "BUS", "CVL")

FILL = """
INSERT INTO events
SELECT printf('%016x', h0) AS id, CAST(h0 >> 4 AS BIGINT) AS gdelt_id, '' AS group_key,
       DATE '2015-01-01' + CAST(h1 % 3650 AS INTEGER) AS date, true AS date_exact,
       sc || ss AS source, sc || ss || ' name' AS source_name, sc AS source_country,
       CASE WHEN ss = '' THEN [] ELSE [ss] END AS source_sectors, NULL AS source_group,
       tc || ts AS target, tc || ts || ' name' AS target_name, tc AS target_country,
       CASE WHEN ts = '' THEN [] ELSE [ts] END AS target_sectors, NULL AS target_group,
       c.code AS cameo, c.name AS cameo_name, left(c.code, 3) AS base_code,
       left(c.code, 2) AS root_code, c.quad AS quad_class, c.goldstein, c.plover,
       [] AS plover_mode, [] AS plover_context, c.goldstein AS plover_score,
       pc || ' city' AS place_name, CAST(h3 % 1000000 AS BIGINT) AS place_geonameid,
       (h3 % 18000) / 100.0 - 90 AS place_lat, (h4 % 36000) / 100.0 - 180 AS place_lon,
       pc AS place_country, '01' AS place_admin1,
       date + CAST(h2 % 3 AS INTEGER) AS first_seen, CAST(1 + h2 % 5 AS INTEGER) AS num_mentions,
       CAST(1 + h2 % 3 AS INTEGER) AS num_sources, CAST(1 + h2 % 4 AS INTEGER) AS num_articles,
       h2 % 7 = 0 AS is_root, printf('%016x', h4) AS first_article,
       CAST(h3 % 20 AS INTEGER) AS first_sentence,
       'https://news.example/' || printf('%016x', h4) AS source_url, 'Wire' AS publisher
FROM (
    SELECT hash(i) AS h0, hash(i + 1000000000000) AS h1, hash(i + 2000000000000) AS h2,
           hash(i + 3000000000000) AS h3, hash(i + 4000000000000) AS h4,
           countries[1 + CAST(hash(i + 5000000000000) % {nc} AS INTEGER)] AS sc,
           countries[1 + CAST(hash(i + 6000000000000) % {nc} AS INTEGER)] AS tc,
           sectors[1 + CAST(hash(i + 7000000000000) % {ns} AS INTEGER)] AS ss,
           sectors[1 + CAST(hash(i + 8000000000000) % {ns} AS INTEGER)] AS ts,
           CAST(hash(i + 9000000000000) % {ncodes} AS INTEGER) AS k,
           CASE hash(i + 10000000000000) % 3 WHEN 0 THEN sc WHEN 1 THEN tc ELSE NULL END AS pc
    FROM range({start}, {stop}) t(i), (SELECT {countries} AS countries, {sectors} AS sectors)
) JOIN bench_codes c USING (k)
"""


def _list(values: tuple[str, ...]) -> str:
    return "[" + ", ".join(f"'{v}'" for v in values) + "]"


def fill(store: Store, n: int) -> float:
    """Insert `n` synthetic events with SQL; return the seconds it took."""
    codes = [c for c in load_codebook().codes.values() if len(c.code) == 3]
    store.con.register("bench_codes", pa.table({
        "k": list(range(len(codes))), "code": [c.code for c in codes],
        "name": [c.name for c in codes], "quad": [c.quad_class for c in codes],
        "goldstein": [c.goldstein for c in codes],
        "plover": [str(c.plover) if c.plover else None for c in codes]}))
    started = time.perf_counter()
    step = 2_000_000
    for start in range(0, n, step):
        store.con.execute(FILL.format(
            nc=len(COUNTRIES), ns=len(SECTORS), ncodes=len(codes), start=start,
            stop=min(n, start + step), countries=_list(COUNTRIES), sectors=_list(SECTORS)))
    store.con.execute("CHECKPOINT")
    return time.perf_counter() - started


def timed(fn: Callable[[], Any], runs: int = 7) -> tuple[float, Any]:
    """Return the median wall time in ms of `runs` calls after one warm-up, and a result."""
    result = fn()
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), result


def bench_ingest(tmp: Path, articles: int) -> None:
    """Ingest synthetic articles into a fresh store and print the throughput."""
    items = list(random_articles(articles, seed=1))
    with Store.open(tmp / "ingest.duckdb") as store:
        started = time.perf_counter()
        summary = store.ingest(items, coder=LineCoder(), batch_size=64)
        seconds = time.perf_counter() - started
        events = store.counts()["events"]
    print(f"ingest: {summary.coded:,} articles, {summary.mentions:,} mentions, {events:,} events "
          f"in {seconds:.1f} s = {events / seconds:,.0f} stored events/s, "
          f"{summary.mentions / seconds:,.0f} mentions/s, "
          f"{summary.coded / seconds:,.0f} articles/s "
          "(64 articles a transaction, synthetic line coder)")


def main() -> None:
    """Run the benchmark."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000_000)
    parser.add_argument("--articles", type=int, default=4000)
    parser.add_argument("--db", type=Path, help="keep the filled store here")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="eventwire-bench-") as name:
        tmp = Path(name)
        db = args.db or tmp / "bench.duckdb"
        with Store.open(db) as store:
            seconds = fill(store, args.events)
            print(f"fill: {args.events:,} synthetic events in {seconds:.1f} s "
                  f"({db.stat().st_size / 2**20:,.0f} MiB on disk)")
        with Store.open(db, read_only=True) as store:
            run_queries(store, tmp)
        bench_ingest(tmp, args.articles)


def run_queries(store: Store, tmp: Path) -> None:
    """Time the analytics and the exports on a filled store."""
    ms, series = timed(lambda: dyad_series(store, "RUS:PRK", freq="month"))
    total = int(series["RUS->PRK"].sum() + series["PRK->RUS"].sum())
    print(f"dyad series RUS:PRK monthly, both directions: {ms:.1f} ms "
          f"({len(series)} months, {total:,} events) [target < 100 ms]")
    ms, quads = timed(lambda: quad_counts(store, freq="month"), runs=5)
    print(f"quad counts by country-month: {ms:.0f} ms ({len(quads):,} rows) [target < 1 s]")
    year = make_filters(since="2018-01-01", until="2018-12-31")
    n = store.con.execute("SELECT count(*) FROM events WHERE date BETWEEN '2018-01-01' "
                          "AND '2018-12-31'").fetchall()[0][0]
    for fmt in ("parquet", "gdelt-events"):
        out = tmp / f"export.{fmt}"
        started = time.perf_counter()
        written = export(store, fmt, out, year)
        seconds = time.perf_counter() - started
        print(f"export {written.rows:,} events (of {n:,} in 2018) to {fmt}: {seconds:.2f} s "
              f"({out.stat().st_size / 2**20:,.0f} MiB)")


if __name__ == "__main__":
    main()
