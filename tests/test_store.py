"""The event store: ingest, idempotence, incremental dedup, filters, locks, migrations."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
import subprocess
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.dedup import dedup
from eventwire.errors import CodeError, InputError, StoreError
from eventwire.ingest.common import Skipped
from eventwire.model import Article
from eventwire.store import Store
from eventwire.store.rows import event_row, mention_from_row
from eventwire.store.schema import MIGRATIONS, Migration
from synthetic import Coded, LineCoder, Shape, random_articles
from synthetic import actor as synthetic_actor

CODER = LineCoder()
DAY = dt.date(2024, 3, 10)


def article(lines: list[str], n: int, published: dt.date = DAY, publisher: str = "Wire") -> Article:
    """Return an article in the synthetic line format."""
    text = "\n".join(lines)
    url = f"https://news.example/{n}"
    return Article(id=Article.make_id(text, url), text=text, url=url, published=published,
                   publisher=publisher, title=f"Story {n}")


@pytest.fixture
def store() -> Iterator[Store]:
    with Store.open(":memory:") as s:
        yield s


def expected_events(articles: list[Article]) -> list[dict[str, Any]]:
    """Return the event rows dedup gives for all the articles at once."""
    mentions = [m for a in articles for m in CODER.code(a)]
    events = dedup(mentions, {a.id: a.published for a in articles})
    return [event_row(e, "") | {"mention_ids": e.mention_ids} for e in events]


def stored_events(s: Store) -> list[dict[str, Any]]:
    """Return the stored events as rows comparable with `expected_events`."""
    return [event_row(e, "") | {"mention_ids": e.mention_ids} for e in s.all_events()]


def test_store_ingest_stores_articles_mentions_and_events(store: Store) -> None:
    arts = [article(["RUSGOV PRKGOV 042 2024-03-09 PRK visit", "noise line"], 1),
            article(["RUSGOV PRKGOV 042 - PRK arrived", "PRKGOV RUSGOV 043 - PRK hosted"], 2)]
    summary = store.ingest([*arts, Skipped(origin="bad.txt", problem="not UTF-8")], coder=CODER)
    assert (summary.read, summary.coded, summary.mentions) == (2, 2, 3)
    assert [str(s) for s in summary.skipped] == ["bad.txt: not UTF-8"]
    assert store.counts() == {"articles": 2, "mentions": 3, "events": 2}
    visit = store.events(cameo="042").to_dict("records")[0]
    assert (visit["num_mentions"], visit["num_articles"]) == (2, 2)
    assert str(visit["date"])[:10] == "2024-03-09"


def test_store_reingest_adds_nothing(store: Store) -> None:
    arts = list(random_articles(30, seed=3))
    store.ingest(arts, coder=CODER)
    before = (store.counts(), stored_events(store))
    again = store.ingest([*arts, arts[0]], coder=CODER, batch_size=4)
    assert (again.coded, again.already_stored, again.read) == (0, 30, 31)
    (repeated,) = again.skipped  # the same article twice in one input is said to be so
    assert repeated.problem.startswith(f"duplicate id {arts[0].id!r} in the input")
    assert (store.counts(), stored_events(store)) == before


def test_store_mentions_round_trip_exactly(store: Store) -> None:
    arts = list(random_articles(10, seed=5))
    store.ingest(arts, coder=CODER)
    original = sorted((m for a in arts for m in CODER.code(a)), key=lambda m: m.id)
    table = store.arrow("SELECT * FROM mentions ORDER BY id")
    back = [mention_from_row(r) for r in table.to_pylist()]
    assert back == original


def test_store_event_returns_members(store: Store) -> None:
    store.ingest([article(["RUS PRK 042 2024-03-09 PRK a", "RUS PRK 042 2024-03-09 PRK b"], 1)],
                 coder=CODER)
    event_id = store.events().loc[0, "id"]
    event = store.event(event_id)
    assert event.num_mentions == 2 and len(event.mentions) == 2
    with pytest.raises(StoreError, match="no event"):
        store.event("nope")


NARROW = Shape(countries=("RUS", "PRK", "USA"), sectors=("", "GOV"), codes=("042", "0211", "021"),
               days=4, lines=4)


@settings(max_examples=25, deadline=None)
@given(st.integers(0, 10_000), st.integers(1, 7), st.randoms(use_true_random=False))
def test_store_events_equal_dedup_of_everything_whatever_the_batches(
        seed: int, batch: int, rnd: random.Random) -> None:
    arts = list(random_articles(24, seed=seed, shape=NARROW))
    rnd.shuffle(arts)
    with Store.open(":memory:") as s:
        s.ingest(arts[:10], coder=CODER, batch_size=batch)
        s.ingest(arts, coder=CODER, batch_size=batch + 2)
        assert stored_events(s) == expected_events(arts)
        orphans = s.arrow("SELECT count(*) AS n FROM mentions m WHERE NOT negated AND NOT EXISTS "
                          "(SELECT 1 FROM events e WHERE e.id = m.event_id)").to_pylist()[0]["n"]
        assert orphans == 0


def test_store_events_filters(store: Store) -> None:
    store.ingest([article(["RUSGOV PRKGOV 042 2024-03-09 PRK visited the capital",
                           "PRKGOV RUSGOV 043 2024-03-09 PRK hosted",
                           "USAMIL RUSGOV 112 2024-04-01 - accused",
                           "UKRMIL RUSMIL 190 2024-05-01 UKR shelling"], 1)], coder=CODER)
    counts = [len(store.events(**{k: v})) for k, v in [
        ("actor", "RUS"), ("actor", "usamil"), ("dyad", "RUS:PRK"), ("cameo", "04"),
        ("root", "19"), ("plover", "accuse"), ("quad", 1), ("since", "2024-04-01"),
        ("until", "2024-04-01"), ("place_country", "PRK"), ("text", "capital VISITED"),
        ("limit", 2)]]
    assert counts == [4, 1, 1, 2, 1, 1, 2, 2, 3, 2, 1, 2]
    assert isinstance(store.events(arrow=True, dyad="PRK:RUS"), pa.Table)


@pytest.mark.parametrize(("filters", "error"), [
    ({"cameo": "999"}, CodeError), ({"root": "21"}, CodeError), ({"plover": "HUG"}, CodeError),
    ({"quad": 5}, CodeError), ({"actor": "R1"}, CodeError), ({"dyad": "RUS"}, CodeError),
    ({"since": "yesterday"}, InputError), ({"place_country": "XYZ"}, CodeError),
    ({"limit": "ten"}, InputError), ({"colour": "red"}, InputError)])
def test_store_events_rejects_bad_filters(store: Store, filters: dict[str, Any],
                                          error: type[Exception]) -> None:
    with pytest.raises(error):
        store.events(**filters)


def test_store_read_only_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no event store"):
        Store.open(tmp_path / "none.duckdb", read_only=True)


def test_store_not_a_database_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "junk.duckdb"
    path.write_text("hello, not a database\n" * 100)
    with pytest.raises(StoreError, match="is not an eventwire store"):
        Store.open(path)
    assert path.read_text() == "hello, not a database\n" * 100


def test_store_locked_by_another_process_names_the_lock(tmp_path: Path) -> None:
    path = tmp_path / "x.duckdb"
    Store.open(path).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, duckdb\ncon = duckdb.connect(sys.argv[1])\n"
         "print('ready', flush=True)\nsys.stdin.read()", str(path)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        for read_only in (False, True):
            message = rf"locked by another eventwire process \(PID {holder.pid}\)"
            with pytest.raises(StoreError, match=message):
                Store.open(path, read_only=read_only)
    finally:
        holder.communicate("")


def test_store_migrates_old_schemas_and_refuses_newer(tmp_path: Path) -> None:
    path = tmp_path / "x.duckdb"
    Store.open(path).close()
    after = MIGRATIONS[-1].to + 1
    v2 = (*MIGRATIONS, Migration(to=after, statements=("ALTER TABLE events ADD COLUMN tone DOUBLE",)))
    with pytest.raises(StoreError, match="open it for writing"):
        Store.open(path, read_only=True, migrations=v2)
    with Store.open(path, migrations=v2) as s:
        assert s.version == after
        assert "tone" in s.events().columns
    with pytest.raises(StoreError, match="newer than this eventwire"):
        Store.open(path)


def test_store_read_only_store_refuses_ingest(tmp_path: Path) -> None:
    path = tmp_path / "x.duckdb"
    Store.open(path).close()
    with Store.open(path, read_only=True) as s, pytest.raises(StoreError, match="read-only"):
        s.ingest([], coder=CODER)


@dataclasses.dataclass(frozen=True)
class _Joint:
    """A coder that codes one joint act in both directions (one actor span for both)."""

    def code_articles(self, articles: Iterable[Article]) -> Iterator[Coded]:
        for a in articles:
            base = next(CODER.code_articles([a])).mentions[0]
            both = synthetic_actor("INDMIL", "Indian and French warships", 0)
            other = synthetic_actor("FRAMIL", "Indian and French warships", 0)
            yield Coded(article=a, mentions=(
                dataclasses.replace(base, source=both, target=other),
                dataclasses.replace(base, source=other, target=both)))


def test_store_keeps_both_directions_of_a_joint_event(store: Store) -> None:
    summary = store.ingest([article(["INDMIL FRAMIL 062 2024-03-09 IND exercises"], 1)],
                           coder=_Joint())
    stored = store.mentions(arrow=True).to_pylist()
    assert summary.mentions == len(stored) == 2
    assert {(r["source_code"], r["target_code"]) for r in stored} == {("INDMIL", "FRAMIL"),
                                                                      ("FRAMIL", "INDMIL")}


def test_store_migration_rewrites_mention_ids_as_the_model_computes_them(tmp_path: Path) -> None:
    path = tmp_path / "v1.duckdb"
    arts = list(random_articles(6, seed=3))
    with Store.open(path, migrations=MIGRATIONS[:1]) as s:
        s.ingest(arts, coder=CODER)
        s.con.execute("UPDATE mentions SET id = 'old-' || id")
        assert s.version == 1
    with Store.open(path) as s:
        rows = s.mentions(arrow=True).to_pylist()
        assert s.version == MIGRATIONS[-1].to and len(rows) == 30
        assert all(r["id"] == mention_from_row(r).id for r in rows)


def test_store_summary_counts_what_was_stored(store: Store) -> None:
    same = "RUSGOV PRKGOV 042 2024-03-09 PRK visit"
    arts = [article([same], 1, publisher="A"), article([same, same], 2, publisher="B")]
    summary = store.ingest(arts, coder=CODER, batch_size=1)
    counts = store.counts()
    assert (summary.mentions, summary.events_added) == (counts["mentions"], counts["events"])
    assert summary.events_added == 1 and summary.events_changed == 2


def test_store_opens_a_store_written_before_place_precision(tmp_path: Path) -> None:
    # a version-2 store has no place_precision column: opening it adds one, NULL for its rows
    path = tmp_path / "v2.duckdb"
    with Store.open(path, migrations=MIGRATIONS[:2]) as s:
        s.ingest([article(["RUSGOV PRKGOV 042 2024-03-09 PRK visit"], 1)], coder=CODER)
        for table in ("mentions", "events"):
            s.con.execute(f"ALTER TABLE {table} DROP COLUMN place_precision")
    with Store.open(path) as s:
        s.ingest([article(["CHNGOV PHLGOV 042 2024-03-10 PHL visit"], 2)], coder=CODER)
        rows = s.mentions(arrow=True).to_pylist()
        events = s.events(arrow=True).to_pylist()
        assert s.version == MIGRATIONS[-1].to
    old, new = sorted(rows, key=lambda r: r["source_code"] != "RUSGOV")
    assert old["place_precision"] is None and mention_from_row(old).place is not None
    assert mention_from_row(old).place.precision is None  # type: ignore[union-attr]
    assert new["place_precision"] == "city" and {e["place_precision"] for e in events} == {None, "city"}
