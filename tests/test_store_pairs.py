"""One act of several parties in the events table, the dyadic exports and the server: it counts
toward the event of each (source, target) pair it stands for, one row per pair."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import json
import random
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.cli import main
from eventwire.dedup import MUTUAL, dedup, record_pairs
from eventwire.errors import StoreError
from eventwire.export import export
from eventwire.model import Article, EventMention, Mention
from eventwire.server import Settings, create_app
from eventwire.server.settings import LOCAL_HOSTS
from eventwire.store import Store, make_filters
from eventwire.store.rows import event_row
from eventwire.store.schema import MIGRATIONS
from synthetic import Coded, LineCoder, Shape, actor, random_line

LINES = LineCoder()
DAY = dt.date(2024, 3, 10)
# four states breaking off relations with a fifth in one sentence: one record, four pairs.
CUT = "SAU QAT 161 2024-03-09 QAT cut ties +ARE +BHR +EGY"
SOURCES = ["SAU", "ARE", "BHR", "EGY"]


def _parties(m: EventMention) -> EventMention:
    """Name the line's extra parties: `+XXX` another source, `>XXX` another target, and with the
    word `mutual` the act is mutual (each `+XXX` on both sides)."""
    line_start = m.action.start - m.sentence_text.index(m.action.text)
    words = m.sentence_text.split()
    found: dict[str, list[Mention]] = {"+": [], ">": []}
    at = 0
    for word in words:
        at = m.sentence_text.index(word, at)
        party = actor(word[1:], word[1:], line_start + at + 1) if word[:1] in found else None
        if party is not None:
            found[word[0]].append(party)
        at += len(word)
    if "mutual" in words:
        both = tuple(found["+"])
        return dataclasses.replace(m, also_sources=both, also_targets=both, rule=f"{m.rule}+{MUTUAL}")
    return dataclasses.replace(m, also_sources=tuple(found["+"]), also_targets=tuple(found[">"]))


class PartiesCoder:
    """The synthetic line coder, with the extra parties a line names (see `_parties`)."""

    def code(self, article: Article) -> list[EventMention]:
        return [_parties(m) for m in LINES.code(article)]

    def code_articles(self, articles: Iterable[Article]) -> Iterator[Coded]:
        for a in articles:
            yield Coded(article=a, mentions=tuple(self.code(a)))


CODER = PartiesCoder()


def article(lines: list[str], n: int, published: dt.date = DAY) -> Article:
    text = "\n".join(lines)
    url = f"https://news.example/{n}"
    return Article(id=Article.make_id(text, url), text=text, url=url, published=published,
                   publisher=f"Wire {n}", title=f"Story {n}")


def record(line: str) -> EventMention:
    [m] = CODER.code(article([line], 0))
    return m


def codes(m: EventMention) -> list[tuple[str | None, str | None]]:
    return [(s.actor.code if s else None, t.actor.code if t else None) for s, t in record_pairs(m)]


# --- which pairs a record stands for ---


@pytest.mark.parametrize(("line", "pairs"), [
    ("RUS UKR 042 2024-03-09 UKR visit", [("RUS", "UKR")]),
    (CUT, [(s, "QAT") for s in SOURCES]),
    ("CHL PER 112 2024-03-09 PER accused >BOL", [("CHL", "PER"), ("CHL", "BOL")]),
    ("FRA RUS 112 2024-03-09 RUS accused +DEU >BLR",
     [("FRA", "RUS"), ("FRA", "BLR"), ("DEU", "RUS"), ("DEU", "BLR")]),
    ("PER CHL 057 2024-03-09 PER signed +BOL +ECU mutual",
     [("PER", "CHL"), ("PER", "BOL"), ("PER", "ECU"), ("CHL", "BOL"), ("CHL", "ECU"), ("BOL", "ECU")]),
    ("KEN UGA 057 2024-03-09 UGA signed +UGA mutual", [("KEN", "UGA")]),
    ("KEN SDN 111 2024-03-09 SDN criticized +KEN +ETH", [("KEN", "SDN"), ("ETH", "SDN")]),
])
def test_dedup_record_pairs_one_per_pair_of_parties_primary_first(line: str,
                                                                   pairs: list[tuple[str, str]]) -> None:
    assert codes(record(line)) == pairs


def test_dedup_record_pairs_leave_out_one_party_on_both_sides() -> None:
    m = record("FRA RUS 112 2024-03-09 RUS accused +DEU")
    deu = m.also_sources[0]
    assert codes(dataclasses.replace(m, also_targets=(deu,))) == [("FRA", "RUS"), ("FRA", "DEU"), ("DEU", "RUS")]


def test_dedup_mutual_marker_is_the_one_the_coder_writes() -> None:
    from eventwire.coding.events import MUTUAL_SUFFIX

    assert f"+{MUTUAL}" == MUTUAL_SUFFIX


def test_dedup_record_of_several_parties_joins_each_pairs_event() -> None:
    several, alone = record(CUT), record("ARE QAT 161 2024-03-09 QAT cut ties")
    events = dedup([several, dataclasses.replace(alone, article_id="other")])
    assert sorted((e.source, e.target) for e in events) == sorted((s, "QAT") for s in SOURCES)
    assert all(several.id in e.mention_ids for e in events)
    [uae] = [e for e in events if e.source == "ARE"]
    assert uae.num_mentions == uae.num_articles == 2


@pytest.mark.parametrize("line", [CUT, "FRA RUS 112 2024-03-09 RUS accused +DEU >BLR",
                                  "PER CHL 057 2024-03-09 PER signed +BOL +ECU mutual"])
def test_dedup_events_of_a_record_are_those_of_its_pairs_coded_apart(line: str) -> None:
    m = record(line)
    apart = [dataclasses.replace(m, source=s, target=t, also_sources=(), also_targets=())
             for s, t in record_pairs(m)]
    assert [event_row(e, "") for e in dedup([m])] == [event_row(e, "") for e in dedup(apart)]
    assert len(dedup([m])) == len(apart) > 1


# --- the store ---


def stored_events(s: Store) -> list[dict[str, Any]]:
    return [event_row(e, "") | {"mention_ids": e.mention_ids} for e in s.all_events()]


def expected_events(articles: list[Article]) -> list[dict[str, Any]]:
    mentions = [m for a in articles for m in CODER.code(a)]
    events = dedup(mentions, {a.id: a.published for a in articles})
    return [event_row(e, "") | {"mention_ids": e.mention_ids} for e in events]


@pytest.fixture
def store() -> Iterator[Store]:
    with Store.open(":memory:") as s:
        s.ingest([article([CUT], 1)], coder=CODER)
        yield s


def test_store_pairs_one_event_per_pair_each_naming_the_record(store: Store) -> None:
    [m] = store.mentions(arrow=True).to_pylist()
    events = store.events(arrow=True).to_pylist()
    assert sorted((e["source"], e["target"]) for e in events) == sorted((s, "QAT") for s in SOURCES)
    assert all(store.event(e["id"]).mention_ids == (m["id"],) for e in events)
    assert store.counts() == {"articles": 1, "mentions": 1, "events": 4}
    assert m["event_id"] == next(e["id"] for e in events if e["source"] == "SAU")  # the primary pair's


def test_store_pairs_merge_with_single_reports_of_a_pair_and_reingest_adds_nothing(store: Store) -> None:
    later = article(["BHR QAT 161 2024-03-09 QAT cut ties", "BHR QAT 161 - QAT cut ties"], 2, DAY)
    summary = store.ingest([later, article([CUT], 1)], coder=CODER)
    assert (summary.already_stored, summary.events_added) == (1, 0)
    bahrain = store.events(arrow=True, dyad="BHR:QAT").to_pylist()
    assert [e["num_mentions"] for e in bahrain] == [3] and bahrain[0]["num_articles"] == 2
    assert store.counts()["events"] == 4
    assert len(store.mentions(arrow=True, dyad="BHR:QAT").to_pylist()) == 3
    egypt = store.mentions(arrow=True, text="cut ties", dyad="EGY:QAT").to_pylist()
    assert [r["source_code"] for r in egypt] == ["SAU"]


NARROW = Shape(countries=("RUS", "PRK", "USA"), sectors=("", "GOV"), codes=("042", "0211", "161"),
               days=4, lines=4)
EXTRAS = ("", "", " +CHN", " >CHN", " +CHN >UKR", " +UKR +CHN mutual", " +CHN mutual")


def _articles(seed: int) -> list[Article]:
    rng = random.Random(seed)
    lines = [[random_line(rng, NARROW) + rng.choice(EXTRAS) for _ in range(rng.randint(1, 4))]
             for _ in range(16)]
    return [article(text, n, DAY + dt.timedelta(days=rng.randrange(3))) for n, text in enumerate(lines)]


@settings(max_examples=20, deadline=None)
@given(st.integers(0, 10_000), st.integers(1, 5), st.randoms(use_true_random=False))
def test_store_pairs_events_equal_dedup_of_everything_whatever_the_batches(
        seed: int, batch: int, rnd: random.Random) -> None:
    arts = _articles(seed)
    rnd.shuffle(arts)
    with Store.open(":memory:") as s:
        s.ingest(arts[:7], coder=CODER, batch_size=batch)
        s.ingest(arts, coder=CODER, batch_size=batch + 1)
        assert stored_events(s) == expected_events(arts)
        links = s.arrow("SELECT count(*) AS n FROM event_mentions em JOIN events e ON e.id = em.event_id")
        records = [m for a in arts for m in CODER.code(a) if not m.negated]
        assert links.to_pylist()[0]["n"] == sum(len(record_pairs(m)) for m in records)


# --- a store written before schema version 5 ---


def _as_version_4(path: Path) -> None:
    """Leave at `path` what eventwire wrote before version 5: no pair rows, and events of the
    records' primary pairs only (written here by this version, then cut back)."""
    with Store.open(path, migrations=MIGRATIONS[:4]) as s:
        s.ingest([article([CUT, "RUS UKR 042 2024-03-09 UKR visit"], 1)], coder=CODER)
        s.con.execute("DELETE FROM events WHERE id NOT IN (SELECT event_id FROM mentions)")
        s.con.execute("DROP VIEW event_mentions")
        s.con.execute("DROP TABLE mention_pairs")
        assert s.version == 4 and s.counts()["events"] == 2


def test_store_pairs_an_older_store_gains_its_pairs_events_when_opened(tmp_path: Path) -> None:
    old, fresh = tmp_path / "v4.duckdb", tmp_path / "v5.duckdb"
    _as_version_4(old)
    with pytest.raises(StoreError, match="open it for writing"):
        Store.open(old, read_only=True)
    with Store.open(fresh) as s:
        s.ingest([article([CUT, "RUS UKR 042 2024-03-09 UKR visit"], 1)], coder=CODER)
        expected = stored_events(s)
    with Store.open(old) as s:
        assert s.version == MIGRATIONS[-1].to == 5
        assert stored_events(s) == expected and len(expected) == 5
        s.ingest([article(["EGY QAT 161 2024-03-09 QAT cut ties"], 2)], coder=CODER)
        assert s.events(arrow=True, dyad="EGY:QAT").to_pylist()[0]["num_mentions"] == 2


# --- the exports ---


def _written(s: Store, fmt: str, tmp_path: Path, **filters: Any) -> list[list[str]]:
    out = tmp_path / f"out.{fmt}"
    export(s, fmt, out, make_filters(**filters))
    return [line.split("\t") for line in out.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize(("fmt", "source", "target"), [
    ("gdelt-events", 5, 15), ("icews", 4, 10), ("phoenix", 5, 9)])
def test_export_dyadic_formats_write_one_row_per_pair(store: Store, tmp_path: Path, fmt: str,
                                                      source: int, target: int) -> None:
    rows = _written(store, fmt, tmp_path)
    body = rows[1:] if fmt != "gdelt-events" else rows
    if fmt == "icews":  # countries by name
        assert sorted(r[source] for r in body) == ["Bahrain", "Egypt", "Saudi Arabia", "United Arab Emirates"]
    else:
        assert sorted(r[source] for r in body) == sorted(SOURCES)
    assert Counter(r[target] for r in body) == Counter({"Qatar" if fmt == "icews" else "QAT": 4})
    assert len({r[0] for r in body}) == 4  # each pair's event has its own stable id
    primary = _written(store, fmt, tmp_path, primary=True)
    assert len(primary) == len(rows) - 3


def test_export_plover_and_gdelt_mentions_trace_each_pair_to_the_record(store: Store, tmp_path: Path) -> None:
    [m] = store.mentions(arrow=True).to_pylist()
    out = tmp_path / "out.jsonl"
    export(store, "plover", out, make_filters())
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert sorted(r["actor"][0] for r in records) == sorted(SOURCES)
    assert all(r["recipient"] == ["QAT"] and r["eventwire"]["mentions"] == [m["id"]] for r in records)
    assert all(r["text_info"]["sentence"] == CUT for r in records)
    mentions = _written(store, "gdelt-mentions", tmp_path)
    offsets = {int(r[7]) for r in mentions}  # Actor1CharOffset: where each pair's source is named
    assert offsets == {0} | {CUT.index(f"+{c}") + 1 for c in SOURCES[1:]}
    assert {r[5] for r in mentions} == {m["url"]}


def test_export_tables_list_the_record_in_each_pairs_event(store: Store, tmp_path: Path) -> None:
    [m] = store.mentions(arrow=True).to_pylist()
    out = tmp_path / "events.csv"
    export(store, "csv", out, make_filters(), table="events")
    with out.open(newline="") as fh:
        events = list(csv.DictReader(fh))
    assert len(events) == 4 and {e["mention_ids"] for e in events} == {m["id"]}
    out = tmp_path / "mentions.csv"
    export(store, "csv", out, make_filters(dyad="BHR:QAT"), table="mentions")
    assert len(out.read_text().splitlines()) == 2


def test_export_cli_primary_only(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "x.duckdb"
    with Store.open(db) as s:
        s.ingest([article([CUT], 1)], coder=CODER)
    for flags, rows in (([], 4), (["--primary-only"], 1)):
        out = tmp_path / "icews.tsv"
        assert main(["export", "--db", str(db), "--format", "icews", "--output", str(out), *flags]) == 0
        assert len(out.read_text().splitlines()) == rows + 1
        assert f"wrote {rows} row" in capsys.readouterr().err


# --- the server ---


def _no_coding() -> Any:
    raise AssertionError("these tests code nothing")


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    db = tmp_path / "x.duckdb"
    with Store.open(db) as s:
        s.ingest([article([CUT, "RUS UKR 042 2024-03-09 UKR visit"], 1)], coder=CODER)
    app = create_app(Settings(db=db, resources=_no_coding, allowed_hosts=(*LOCAL_HOSTS, "testserver")))
    with TestClient(app) as c:
        yield c


def test_server_counts_each_pair_of_a_record(client: TestClient) -> None:
    pairs = sorted((s, "QAT") for s in SOURCES)
    events = client.get("/api/events").json()["events"]
    assert sorted((e["source"], e["target"]) for e in events) == sorted([*pairs, ("RUS", "UKR")])
    edges = client.get("/api/network", params={"level": "country"}).json()["rows"]
    assert sorted((e["source"], e["target"]) for e in edges if e["target"] == "QAT") == pairs
    assert client.get("/api/series", params={"dyad": "BHR:QAT", "freq": "day"}).json()["rows"][0]["BHR->QAT"] == 1
    actors = {r["actor"]: r for r in client.get("/api/actors", params={"n": 10}).json()["rows"]}
    assert actors["QAT"]["events"] == 4 and actors["EGY"]["events"] == 1


def test_server_event_of_a_later_pair_highlights_its_parties(client: TestClient) -> None:
    [bahrain] = client.get("/api/events", params={"dyad": "BHR:QAT"}).json()["events"]
    [m] = client.get(f"/api/events/{bahrain['id']}").json()["mentions"]
    assert m["pair"] == 2 and m["source"]["code"] == "SAU"  # the record as stored, its pair named
    marked = {s["role"]: s["text"] for s in m["evidence"] if s["role"]}
    assert marked["source"] == "BHR" and marked["target"] == "QAT"
    article_id = m["article_id"]
    found = client.get(f"/api/articles/{article_id}").json()["mentions"]
    several = next(r for r in found if r["source_code"] == "SAU")
    assert len(several["event_ids"]) == 4 and several["event_ids"][0] == several["event_id"]
    assert bahrain["id"] in several["event_ids"]
    page = client.get(f"/articles/{article_id}").text
    assert f'/events/{bahrain["id"]}' in page
