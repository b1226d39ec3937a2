"""Exports: column counts and types, GDELT/ICEWS/Phoenix/PLOVER layouts, round trips."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Iterable, Iterator
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from eventwire.errors import InputError
from eventwire.export import FORMATS, export, gdelt, icews, phoenix
from eventwire.export.common import actor_names, load_fips
from eventwire.model import Article, PlacePrecision
from eventwire.store import Store, make_filters
from eventwire.store.rows import mention_from_row
from synthetic import Coded, LineCoder

CODER = LineCoder()
LINES = [
    ["RUSGOV PRKGOV 042 2023-11-14 PRK arrived in Pyongyang",
     "PRKGOV RUSGOV 043 2023-11-14 PRK hosted\tthe delegation",
     "RUSGOV - 010 2023-11-14 - said"],
    ["RUSGOV PRKGOV 042 - PRK the delegation arrived", "IGOUNO PRK 0211 2023-11-15 - appealed"],
    ["USAMIL RUSGOVMIL 190 2023-11-20 UKR strikes"],
]


def article(n: int, lines: list[str], published: dt.date | None) -> Article:
    """Return a synthetic article."""
    text = "\n".join(lines)
    url = f"https://news.example/{n}"
    return Article(id=Article.make_id(text, url), text=text, url=url, published=published,
                   publisher=f"Wire\t{n}", title=f"Story {n}")


ARTICLES = [article(1, LINES[0], dt.date(2023, 11, 15)),
            article(2, LINES[1], dt.date(2023, 11, 15)),
            article(3, LINES[2], dt.date(2023, 11, 21)),
            article(4, ["CHN USA 036 - - undated talk"], None)]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    path = tmp_path_factory.mktemp("store") / "x.duckdb"
    with Store.open(path) as s:
        s.ingest(ARTICLES, coder=CODER)
    with Store.open(path, read_only=True) as s:
        yield s


def run(store: Store, fmt: str, tmp_path: Path, **filters: object) -> Path:
    """Export to a file and return its path."""
    out = tmp_path / f"out.{fmt}"
    export(store, fmt, out, make_filters(**filters))
    return out


def test_export_gdelt_events_has_61_columns_that_load_with_gdelt_names(store: Store,
                                                                      tmp_path: Path) -> None:
    out = run(store, "gdelt-events", tmp_path)
    lines = out.read_text().splitlines()
    assert len(lines) == 5 and all(len(line.split("\t")) == 61 for line in lines)
    codes = {c: str for c in gdelt.EVENT_COLUMNS if c.endswith("Code") or c.endswith("ADM1Code")}
    frame = pd.read_csv(out, sep="\t", header=None, names=list(gdelt.EVENT_COLUMNS), dtype=codes)
    assert len(gdelt.EVENT_COLUMNS) == 61
    for column in ("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "NumMentions", "QuadClass",
                   "DATEADDED", "IsRootEvent", "ActionGeo_Type"):
        assert frame[column].dtype == "int64", column
    for column in ("GoldsteinScale", "ActionGeo_Lat", "ActionGeo_Long", "FractionDate"):
        assert frame[column].dtype == "float64", column
    visit = frame[frame.EventCode == "042"].iloc[0]
    assert (visit.EventBaseCode, visit.EventRootCode, visit.SQLDATE) == ("042", "04", 20231114)
    assert (visit.NumMentions, visit.NumArticles, visit.Actor1Code, visit.Actor2Code) == (
        2, 2, "RUSGOV", "PRKGOV")
    assert (visit.Actor1CountryCode, visit.Actor1Type1Code) == ("RUS", "GOV")
    assert (visit.ActionGeo_CountryCode, visit.ActionGeo_Type) == ("KN", 4)
    assert visit.ActionGeo_FullName == "Pyongyang, North Korea"
    assert visit.DATEADDED == 20231115000000 and visit.SOURCEURL.startswith("https://")
    assert set(frame.EventCode) == {"042", "043", "010", "0211", "190"}
    un = frame[frame.EventCode == "0211"].iloc[0]
    assert (un.Actor1Code, un.Actor1KnownGroupCode) == ("IGOUNO", "UNO")
    assert pd.isna(un.Actor1CountryCode)
    stored = store.events()
    assert sorted(frame.GLOBALEVENTID) == sorted(stored.gdelt_id[stored.date.notna()])


def test_export_gdelt_mentions_has_16_columns(store: Store, tmp_path: Path) -> None:
    out = run(store, "gdelt-mentions", tmp_path)
    frame = pd.read_csv(out, sep="\t", header=None, names=list(gdelt.MENTION_COLUMNS))
    assert len(gdelt.MENTION_COLUMNS) == 16 and frame.shape == (6, 16)
    assert set(frame.MentionSourceName) == {"Wire 1", "Wire 2", "Wire 3"}
    assert frame.SentenceID.min() == 1 and frame.InRawText.eq(1).all()
    events = pd.read_csv(run(store, "gdelt-events", tmp_path), sep="\t", header=None,
                         names=list(gdelt.EVENT_COLUMNS))
    assert set(frame.GLOBALEVENTID) == set(events.GLOBALEVENTID)


def test_export_icews_has_its_header_and_20_columns(store: Store, tmp_path: Path) -> None:
    out = run(store, "icews", tmp_path)
    assert out.read_text().splitlines()[0].split("\t") == list(icews.COLUMNS)
    frame = pd.read_csv(out, sep="\t", dtype={"CAMEO Code": str})
    assert frame.shape == (5, 20) and frame["Event ID"].is_unique
    visit = frame[frame["CAMEO Code"] == "042"].iloc[0]
    assert (visit["Source Country"], visit["Target Country"], visit["Country"]) == (
        "Russian Federation", "North Korea", "North Korea")
    assert visit["Source Sectors"] == "Government" and visit["Event Date"] == "2023-11-14"
    assert frame["Story ID"].dtype == "int64" and visit["Intensity"] == 3.0


def test_export_phoenix_uses_phoenix_quad_classes(store: Store, tmp_path: Path) -> None:
    frame = pd.read_csv(run(store, "phoenix", tmp_path), sep="\t", dtype={"EventCode": str,
                                                                        "EventRootCode": str})
    assert list(frame.columns) == list(phoenix.COLUMNS) and len(phoenix.COLUMNS) == 26
    penta = dict(zip(frame.EventCode, frame.PentaClass, strict=True))
    assert (penta["010"], penta["0211"], penta["042"], penta["190"]) == (0, 0, 1, 4)


def test_export_plover_records_and_left_out(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "p.jsonl"
    written = export(store, "plover", out)
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert {r["event"] for r in records} == {"CONSULT", "ASSAULT"}
    assert written.rows == 3 and written.left_out == 3  # 010 and 0211 have no type; one undated
    for r in records:
        assert {"id", "date", "actor", "recipient", "event", "mode", "context", "event_loc",
                "text_info", "cite_info"} <= set(r)
    visit = next(r for r in records if r["eventwire"]["cameo"] == "042")
    assert visit["actor"] == ["RUSGOV"] and visit["recipient"] == ["PRKGOV"]
    assert visit["mode"] == ["visit"] and visit["event_loc"]["country_code"] == "PRK"
    assert visit["text_info"]["sentence"].startswith("RUSGOV PRKGOV 042")
    assert len(visit["eventwire"]["mentions"]) == 2


def test_export_parquet_round_trips_events_and_mentions(store: Store, tmp_path: Path) -> None:
    table = pq.read_table(run(store, "parquet", tmp_path))
    stored = store.events(arrow=True)
    assert table.drop(["mention_ids"]).to_pylist() == stored.to_pylist()
    assert sum(len(ids) for ids in table.column("mention_ids").to_pylist()) == 7
    out = tmp_path / "m.parquet"
    export(store, "parquet", out, table="mentions")
    back = sorted((mention_from_row(r) for r in pq.read_table(out).to_pylist()), key=lambda m: m.id)
    original = sorted((m for a in ARTICLES for m in CODER.code(a)), key=lambda m: m.id)
    assert back == original


def test_export_csv_and_jsonl_keep_codes_as_text(store: Store, tmp_path: Path) -> None:
    frame = pd.read_csv(run(store, "csv", tmp_path), dtype={"cameo": str, "base_code": str})
    assert "042" in set(frame.cameo) and frame.shape[0] == 6
    rows = [json.loads(line) for line in run(store, "jsonl", tmp_path).read_text().splitlines()]
    assert {r["cameo"] for r in rows} == {"042", "043", "010", "0211", "190", "036"}
    assert all(isinstance(r["mention_ids"], list) for r in rows)


@pytest.mark.parametrize("table", ["events", "mentions"])
def test_export_csv_and_jsonl_carry_the_place_precision(store: Store, tmp_path: Path, table: str) -> None:
    frame = pd.read_csv(_table(store, "csv", tmp_path, table))
    placed = frame[frame.place_name.notna()]
    assert len(placed) > 0 and set(placed.place_precision) == {"city"}
    assert frame[frame.place_name.isna()].place_precision.isna().all()
    rows = [json.loads(line) for line in _table(store, "jsonl", tmp_path, table).read_text().splitlines()]
    assert {r["place_precision"] for r in rows if r["place_name"]} == {"city"}


def _table(store: Store, fmt: str, tmp_path: Path, table: str) -> Path:
    out = tmp_path / f"{table}.{fmt}"
    export(store, fmt, out, make_filters(), table=table)
    return out


@pytest.mark.parametrize("fmt", [f for f in FORMATS if f != "parquet"])
def test_export_applies_filters(store: Store, tmp_path: Path, fmt: str) -> None:
    out = run(store, fmt, tmp_path, dyad="RUS:PRK")
    lines = [line for line in out.read_text().splitlines() if line]
    header = 1 if fmt in ("icews", "phoenix", "csv") else 0
    expected = 2 if fmt == "gdelt-mentions" else 1
    assert len(lines) - header == expected


def test_export_rejects_unknown_format_and_binary_to_stdout(store: Store) -> None:
    with pytest.raises(InputError, match="unknown export format"):
        export(store, "excel", None)
    with pytest.raises(InputError, match="--output"):
        export(store, "parquet", None)


def test_export_fips_table_is_complete_and_unique() -> None:
    import pycountry

    fips = load_fips()
    assert len(fips) > 240 and len(set(fips.values())) == len(fips)
    assert all(len(code) == 2 and code.isupper() for code in fips.values())
    assert all(pycountry.countries.get(alpha_3=iso) or iso == "XKX" for iso in fips)
    assert (fips["PRK"], fips["KOR"], fips["RUS"], fips["DEU"], fips["GBR"]) == (
        "KN", "KS", "RS", "GM", "UK")


class _DottedAdmin:
    """The line coder, with places carrying GeoNames admin1 codes (`KN.12`) as real ones do."""

    def code_articles(self, articles: Iterable[Article]) -> Iterator[Coded]:
        for coded in CODER.code_articles(articles):
            yield dataclasses.replace(coded, mentions=tuple(
                dataclasses.replace(m, place=dataclasses.replace(m.place, admin1="KN.12"))
                if m.place else m for m in coded.mentions))


def test_export_gdelt_adm1_is_fips_country_and_admin1_code(tmp_path: Path) -> None:
    with Store.open(tmp_path / "d.duckdb") as s:
        s.ingest([ARTICLES[0]], coder=_DottedAdmin())
        frame = pd.read_csv(run(s, "gdelt-events", tmp_path), sep="\t", header=None,
                            names=list(gdelt.EVENT_COLUMNS), dtype=str)
    assert set(frame.ActionGeo_ADM1Code.dropna()) == {"KN12"}


class _Precise:
    """The line coder, with each place of the given precision."""

    def __init__(self, precision: PlacePrecision) -> None:
        self.precision = precision

    def code_articles(self, articles: Iterable[Article]) -> Iterator[Coded]:
        for coded in CODER.code_articles(articles):
            yield dataclasses.replace(coded, mentions=tuple(
                dataclasses.replace(m, place=dataclasses.replace(m.place, precision=self.precision))
                if m.place else m for m in coded.mentions))


@pytest.mark.parametrize(("precision", "kinds"), [
    # GDELT's ActionGeo_Type: 1 country, 2 US state, 3 US city, 4 world city, 5 world state
    (PlacePrecision.COUNTRY, {"1"}),
    (PlacePrecision.DIVISION, {"5"}),
    (PlacePrecision.CITY, {"4"}),
    (PlacePrecision.APPROXIMATE, {"4"}),
])
def test_export_gdelt_geo_type_follows_the_place_precision(tmp_path: Path, precision: PlacePrecision,
                                                           kinds: set[str]) -> None:
    with Store.open(tmp_path / "p.duckdb") as s:
        s.ingest([ARTICLES[0]], coder=_Precise(precision))
        frame = pd.read_csv(run(s, "gdelt-events", tmp_path), sep="\t", header=None,
                            names=list(gdelt.EVENT_COLUMNS), dtype=str)
    assert set(frame.ActionGeo_Type[frame.ActionGeo_FeatureID.notna()]) == kinds


def test_export_actor_names_come_from_the_codes(store: Store, tmp_path: Path) -> None:
    events = pd.read_csv(run(store, "gdelt-events", tmp_path), sep="\t", header=None,
                         names=list(gdelt.EVENT_COLUMNS), dtype=str)
    names = dict(zip(events.Actor1Code, events.Actor1Name, strict=True))
    assert names["RUSGOV"] == "RUSSIAN FEDERATION GOVERNMENT"
    assert names["IGOUNO"] == "UNITED NATIONS" and names["USAMIL"] == "UNITED STATES MILITARY"
    frame = pd.read_csv(run(store, "icews", tmp_path), sep="\t", dtype={"CAMEO Code": str})
    strikes = frame[frame["CAMEO Code"] == "190"].iloc[0]
    assert (strikes["Source Name"], strikes["Target Name"]) == (
        "United States Military", "Russian Federation Government Military")


@pytest.mark.parametrize(("code", "name"), [
    ("SRBCVL", "Serbia Civilian"), ("IGOEU", "European Union"), ("NGOICRC",
     "International Committee of the Red Cross"), ("IGONATOMIL",
     "North Atlantic Treaty Organization Military"), ("COP", "Police"), ("ZZZQQQ", "ZZZQQQ")])
def test_export_actor_name_of_a_code(code: str, name: str) -> None:
    assert actor_names([code]) == {code: name}
