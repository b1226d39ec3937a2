"""The other parties of one act (`also_sources`, `also_targets`) in the store and its exports."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Iterable, Iterator
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from eventwire.export import export
from eventwire.model import Article, Mention
from eventwire.server.views import event_view, jsonable, mention_view
from eventwire.store import Store, make_filters
from eventwire.store.rows import mention_from_row
from eventwire.store.schema import MIGRATIONS
from synthetic import Coded, LineCoder, actor

CODER = LineCoder()
LINE = "LAOGOV THA 130 2024-03-09 THA protested"


def _party(code: str, start: int) -> Mention:
    found = actor(code, code, start)
    assert found is not None
    return dataclasses.replace(found, kind="country", person="Someone", confidence=0.8)


@dataclasses.dataclass(frozen=True)
class _Parties:
    """A coder whose one act has two more sources and one more target."""

    def code_articles(self, articles: Iterable[Article]) -> Iterator[Coded]:
        for a in articles:
            base = next(CODER.code_articles([a])).mentions[0]
            yield Coded(article=a, mentions=(dataclasses.replace(
                base, also_sources=(_party("KHM", 50), _party("VNMGOV", 60)), also_targets=(_party("MMR", 70),)),))


def _article(n: int, line: str = LINE) -> Article:
    url = f"https://news.example/{n}"
    return Article(id=Article.make_id(line, url), text=line, url=url, published=dt.date(2024, 3, 10),
                   publisher="Wire", title=f"Story {n}")


@pytest.fixture
def store() -> Iterator[Store]:
    with Store.open(":memory:") as s:
        s.ingest([_article(1)], coder=_Parties())
        yield s


def test_store_parties_round_trip(store: Store) -> None:
    [row] = store.mentions(arrow=True).to_pylist()
    back = mention_from_row(row)
    expected = next(_Parties().code_articles([_article(1)])).mentions[0]
    assert back == expected and [m.actor.code for m in back.also_sources] == ["KHM", "VNMGOV"]
    assert store.event(row["event_id"]).mentions[0].also_targets == expected.also_targets


def test_store_parties_old_store_opens_with_none(tmp_path: Path) -> None:
    # a version-3 store has no party columns: opening it adds them, and its mentions name none
    path = tmp_path / "v3.duckdb"
    with Store.open(path, migrations=MIGRATIONS[:3]) as s:
        s.ingest([_article(1, "RUSGOV PRKGOV 042 2024-03-09 PRK visit")], coder=CODER)
        s.con.execute("ALTER TABLE mentions DROP COLUMN also_sources")
        s.con.execute("ALTER TABLE mentions DROP COLUMN also_targets")
        assert s.version == 3
    with Store.open(path) as s:
        s.ingest([_article(2)], coder=_Parties())
        rows = sorted(s.mentions(arrow=True).to_pylist(), key=lambda r: r["source_code"])
        assert s.version == MIGRATIONS[-1].to == 5
    old, new = (mention_from_row(r) for r in rows[::-1])
    assert (old.also_sources, old.also_targets) == ((), ())
    assert [m.actor.code for m in new.also_sources] == ["KHM", "VNMGOV"]


def _export(store: Store, fmt: str, tmp_path: Path) -> Path:
    out = tmp_path / f"mentions.{fmt}"
    export(store, fmt, out, make_filters(), table="mentions")
    return out


def test_store_parties_exports_carry_them(store: Store, tmp_path: Path) -> None:
    frame = pd.read_csv(_export(store, "csv", tmp_path))
    assert (frame.also_sources[0], frame.also_targets[0]) == ("KHM;VNMGOV", "MMR")
    [record] = [json.loads(line) for line in _export(store, "jsonl", tmp_path).read_text().splitlines()]
    assert [m["code"] for m in record["also_sources"]] == ["KHM", "VNMGOV"]
    assert record["also_targets"][0]["text"] == "MMR"
    [row] = pq.read_table(_export(store, "parquet", tmp_path)).to_pylist()
    assert mention_from_row(row) == mention_from_row(store.mentions(arrow=True).to_pylist()[0])


def test_store_parties_none_export_as_empty(tmp_path: Path) -> None:
    with Store.open(":memory:") as s:
        s.ingest([_article(1)], coder=CODER)
        frame = pd.read_csv(_export(s, "csv", tmp_path))
        [record] = [json.loads(line) for line in _export(s, "jsonl", tmp_path).read_text().splitlines()]
    assert frame.also_sources.isna().all() and (record["also_sources"], record["also_targets"]) == ([], [])


def test_store_parties_reach_the_server_json(store: Store) -> None:
    [row] = store.mentions(arrow=True).to_pylist()
    view = jsonable(mention_view(mention_from_row(row), None))
    assert [m["code"] for m in view["also_sources"]] == ["KHM", "VNMGOV"]
    assert [m["code"] for m in view["also_targets"]] == ["MMR"]
    event = jsonable(event_view(store.event(row["event_id"]), {}))
    assert [m["code"] for m in event["mentions"][0]["also_sources"]] == ["KHM", "VNMGOV"]
