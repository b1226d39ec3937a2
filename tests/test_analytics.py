"""Analytics: dyad series on a dense spine, quad counts, top actors, networks."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pytest

from eventwire.analytics import dyad_series, network, quad_counts, top_actors
from eventwire.errors import CodeError, InputError
from eventwire.export.network import write_network
from eventwire.model import Article
from eventwire.store import Store
from synthetic import LineCoder

LINES = [
    "RUSGOV PRKGOV 042 2024-01-05 PRK visit",       # Jan: RUS->PRK 042 (+3.0)
    "RUSGOV PRKGOV 112 2024-01-20 - accusation",    # Jan: RUS->PRK 112 (-4.0)
    "PRKGOV RUSGOV 043 2024-03-02 PRK host",        # Mar: PRK->RUS 043 (+3.0)
    "PRKMIL RUSGOV 190 2024-04-10 RUS fighting",    # Apr: PRK->RUS 190 (-8.0)
    "USAGOV RUSGOV 112 2024-02-14 USA accusation",  # not the dyad
]


@pytest.fixture(scope="module")
def store() -> Iterator[Store]:
    text = "\n".join(LINES)
    art = Article(id="a1", text=text, published=dt.date(2024, 4, 30), publisher="Wire")
    with Store.open(":memory:") as s:
        s.ingest([art], coder=LineCoder())
        yield s


def test_analytics_dyad_series_has_a_dense_spine_both_ways(store: Store) -> None:
    series = dyad_series(store, "RUS:PRK", freq="month")
    assert [str(p)[:10] for p in series.period] == ["2024-01-01", "2024-02-01", "2024-03-01",
                                                    "2024-04-01"]
    assert list(series["RUS->PRK"]) == [2, 0, 0, 0]
    assert list(series["PRK->RUS"]) == [0, 0, 1, 1]


@pytest.mark.parametrize(("measure", "forward", "backward"), [
    ("count", [2, 0, 0, 0], [0, 0, 1, 1]), ("goldstein", [-1.0, 0, 0, 0], [0, 0, 3.0, -8.0]),
    ("plover-score", [-1.0, 0, 0, 0], [0, 0, 3.0, -8.0])])
def test_analytics_dyad_series_measures(store: Store, measure: str, forward: list[float],
                                        backward: list[float]) -> None:
    series = dyad_series(store, ("RUS", "PRK"), measure=measure)
    assert list(series["RUS->PRK"]) == forward and list(series["PRK->RUS"]) == backward


def test_analytics_dyad_series_bounds_and_frequencies(store: Store) -> None:
    weekly = dyad_series(store, "RUS:PRK", freq="week", since="2023-12-25", until="2024-01-14")
    assert len(weekly) == 3 and list(weekly["RUS->PRK"]) == [0, 1, 0]
    assert len(dyad_series(store, "RUS:PRK", freq="day")) == 97
    assert list(dyad_series(store, "RUS:PRK", freq="year")["RUS->PRK"]) == [2]
    assert isinstance(dyad_series(store, "RUS:PRK", arrow=True), pa.Table)
    assert len(dyad_series(store, "CHN:FRA")) == 0
    only = dyad_series(store, "RUS:PRK", root="11")
    assert list(only["RUS->PRK"]) == [1]


def test_analytics_quad_counts_per_country_and_period(store: Store) -> None:
    counts = quad_counts(store, by="source", freq="month")
    rus = counts[counts.country == "RUS"].iloc[0]
    assert (str(rus.period)[:10], rus.verbal_cooperation, rus.verbal_conflict, rus.total) == (
        "2024-01-01", 1, 1, 2)
    by_place = quad_counts(store, freq="year")
    assert dict(zip(by_place.country.fillna("-"), by_place.total, strict=True)) == {
        "PRK": 2, "RUS": 1, "USA": 1, "-": 1}
    assert int(by_place.material_conflict.sum()) == 1


def test_analytics_top_actors(store: Store) -> None:
    top = top_actors(store, n=2)
    assert list(top.actor) == ["RUSGOV", "PRKGOV"]
    assert (top.iloc[0].events, top.iloc[0].as_source, top.iloc[0].as_target) == (5, 2, 3)
    assert list(top_actors(store, role="source", n=1).actor) == ["RUSGOV"]
    assert list(top["name"]) == ["Russian Federation Government", "North Korea Government"]


def test_analytics_network_sums_carry_no_float_noise() -> None:
    lines = ["RUSGOV PRKGOV 011 2024-01-05 PRK a", "RUSGOV PRKGOV 013 2024-01-09 PRK b"]
    with Store.open(":memory:") as s:
        s.ingest([Article(id="n1", text="\n".join(lines), published=dt.date(2024, 1, 10))],
                 coder=LineCoder())
        (edge,) = network(s).itertuples()
    assert (edge.goldstein, edge.mean_goldstein) == (0.3, 0.15)
    assert repr(edge.goldstein) == "0.3"


def test_analytics_network_edges_are_weighted_and_directed(store: Store) -> None:
    edges = network(store)
    pairs = {(r.source, r.target): r.weight for r in edges.itertuples()}
    assert pairs == {("RUSGOV", "PRKGOV"): 2, ("PRKGOV", "RUSGOV"): 1, ("PRKMIL", "RUSGOV"): 1,
                     ("USAGOV", "RUSGOV"): 1}
    countries = network(store, level="country", min_events=2)
    assert {(r.source, r.target, r.weight) for r in countries.itertuples()} == {
        ("RUS", "PRK", 2), ("PRK", "RUS", 2)}


@pytest.mark.parametrize("fmt", ["gexf", "graphml", "csv"])
def test_analytics_network_files_load(store: Store, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"net.{fmt}"
    write_network(network(store), fmt, out)
    if fmt == "csv":
        assert len(pd.read_csv(out)) == 4
        return
    root = ET.parse(out).getroot()
    edges = [e for e in root.iter() if e.tag.endswith("}edge")]
    nodes = [n for n in root.iter() if n.tag.endswith("}node")]
    assert len(edges) == 4 and len(nodes) == 4
    assert any(e.get("source") == "RUSGOV" and e.get("target") == "PRKGOV" for e in edges)


@pytest.mark.parametrize(("call", "error"), [
    (lambda s: dyad_series(s, "RUS:PRK", freq="fortnight"), InputError),
    (lambda s: dyad_series(s, "RUS:PRK", measure="tone"), InputError),
    (lambda s: dyad_series(s, "RUS-PRK"), CodeError),
    (lambda s: dyad_series(s, "RUS:PRK", since="soon"), InputError),
    (lambda s: quad_counts(s, by="planet"), InputError),
    (lambda s: top_actors(s, role="villain"), InputError),
    (lambda s: network(s, level="galaxy"), InputError)])
def test_analytics_rejects_bad_input(store: Store, call: object, error: type[Exception]) -> None:
    with pytest.raises(error):
        call(store)  # type: ignore[operator]
