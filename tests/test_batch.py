"""Dask batches: shards cover the input exactly, a killed worker loses and doubles nothing,
reruns skip finished shards, and loading gives the store a one-process ingest gives."""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest
from distributed import Client, LocalCluster

from eventwire.batch import BatchReport, collect_shard, load, run_batch
from eventwire.cli import main
from eventwire.coders import PipelineCoder
from eventwire.ingest import ReadOptions, read_sources
from eventwire.resources import Resources
from eventwire.shards import ShardReport, done_shards, plan, read_shard, shard_files
from eventwire.store import Store
from scale_samples import FIXTURES, SETTINGS, snapshot, write_corpus

OPTIONS = ReadOptions()


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    """A real two-worker Dask cluster of separate processes, one thread each."""
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address="127.0.0.1:0") as cluster, Client(cluster) as c:
        yield c


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    write_corpus(folder / "news", files=2, per_file=15)
    (folder / "news" / "single.txt").write_text(
        "Russia attacked positions in North Korea on Monday.\n", encoding="utf-8")
    (folder / "news" / "bad.jsonl").write_text('{"id": "x", "text": "ok Russia."}\nnot json\n',
                                               encoding="utf-8")
    return folder / "news"


def reference_store(corpus: Path, resources: Resources, db: Path) -> dict[str, Any]:
    """Ingest the corpus in this process, as `eventwire ingest --workers 1` does."""
    with Store.open(db) as store:
        store.ingest(read_sources([str(corpus)], OPTIONS),
                     coder=PipelineCoder(resources=resources))
    return snapshot(db)


def test_batch_shards_read_exactly_what_the_readers_read(corpus: Path) -> None:
    shards = plan([str(corpus)], SETTINGS, shard_size=4)
    assert [s.size for s in shards if s.lines][:4] == [2, 4, 4, 4]  # bad.jsonl, then news-0
    sharded = [item for s in shards for item in read_shard(s, OPTIONS)]
    assert sharded == list(read_sources([str(corpus)], OPTIONS))
    assert len({s.id for s in shards}) == len(shards)


def test_batch_shard_ids_follow_their_bytes(corpus: Path, tmp_path: Path) -> None:
    copy = tmp_path / "news.jsonl"
    copy.write_bytes((corpus / "news-0.jsonl").read_bytes())
    before = [s.id for s in plan([str(copy)], SETTINGS, shard_size=5)]
    assert [s.id for s in plan([str(copy)], SETTINGS, shard_size=5)] == before
    lines = copy.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[12] = lines[12].replace("Report", "Bulletin")
    copy.write_text("".join(lines), encoding="utf-8")
    after = [s.id for s in plan([str(copy)], SETTINGS, shard_size=5)]
    assert after[:2] == before[:2] and after[2] != before[2]


class LostThenRecomputed:
    """A shard task's future whose result was lost with its worker after it finished; waiting on
    it (as `exception` does) sees it run again."""

    key = "eventwire-shard-abc"

    def __init__(self) -> None:
        self.status = "lost"

    def exception(self) -> None:
        self.status = "finished"

    def result(self) -> ShardReport:
        assert self.status == "finished"
        return ShardReport(shard="abc", articles=3, mentions=5, skipped=(), seconds=0.1)


def test_batch_waits_for_a_shard_whose_result_its_dead_worker_held() -> None:
    report = BatchReport(shards=1)
    collect_shard(LostThenRecomputed(), report, None)
    assert report.failed == [] and (report.articles, report.mentions) == (3, 5)


def run_and_kill(client: Client, corpus: Path, out: Path) -> tuple[BatchReport, int]:
    """Run a batch, SIGKILL a busy worker once the first shard is done; return the report."""
    shards = plan([str(corpus)], SETTINGS, shard_size=2)
    result: dict[str, BatchReport] = {}
    runner = threading.Thread(target=lambda: result.setdefault(
        "report", run_batch(client, shards, out, SETTINGS, OPTIONS)))
    runner.start()
    while runner.is_alive() and not done_shards(out):
        time.sleep(0.02)
    done_when_killed = len(done_shards(out))
    pids: dict[str, int] = client.run(os.getpid)
    busy = [w for w, keys in client.processing().items() if keys]
    assert busy  # a worker holds a task
    os.kill(pids[busy[0]], signal.SIGKILL)
    runner.join(timeout=300)
    assert done_when_killed < len(shards)  # the kill landed mid-run
    client.wait_for_workers(2, timeout=60)
    assert pids[busy[0]] not in client.run(os.getpid).values()  # it was restarted
    return result["report"], len(shards)


def test_batch_survives_a_killed_worker_and_equals_one_process(
        client: Client, corpus: Path, fixture_resources: Resources, tmp_path: Path) -> None:
    out = tmp_path / "shards"
    report, n_shards = run_and_kill(client, corpus, out)
    assert report.failed == [] and len(done_shards(out)) == n_shards
    assert report.skipped == [f"{corpus}/bad.jsonl:2: malformed JSON (Expecting value)"]
    ids = [r["id"] for s in done_shards(out)
           for r in pq.read_table(shard_files(out, s)["mentions"]).to_pylist()]
    assert len(ids) == len(set(ids))  # nothing doubled
    expected = reference_store(corpus, fixture_resources, tmp_path / "one.duckdb")
    assert sorted(ids) == sorted(r["id"] for r in expected["mentions"])  # nothing lost
    with Store.open(tmp_path / "loaded.duckdb") as store:
        first = load(store, out)
        again = load(store, out)
    assert sum(s.coded for s in first) == len(expected["articles"])
    assert sum(s.coded for s in again) == 0  # loading twice adds nothing
    assert snapshot(tmp_path / "loaded.duckdb") == expected


def test_batch_rerun_skips_finished_shards(client: Client, corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "shards"
    shards = plan([str(corpus / "news-0.jsonl")], SETTINGS, shard_size=5)
    first = run_batch(client, shards, out, SETTINGS, OPTIONS)
    assert first.articles > 0 and first.already_done == 0
    stamps = {s: shard_files(out, s)["mentions"].stat().st_mtime_ns for s in done_shards(out)}
    again = run_batch(client, shards, out, SETTINGS, OPTIONS)
    assert (again.already_done, again.articles) == (len(shards), 0)
    shard_files(out, shards[1].id)["done"].unlink()  # as if its task had died before the marker
    third = run_batch(client, shards, out, SETTINGS, OPTIONS)
    assert (third.already_done, third.articles) == (len(shards) - 1, shards[1].size)
    assert {s: stamps[s] for s in stamps if s != shards[1].id} == {
        s: shard_files(out, s)["mentions"].stat().st_mtime_ns for s in stamps if s != shards[1].id}


def test_batch_cli_batch_and_load_equal_cli_ingest(client: Client, corpus: Path, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    layered = ["--dictionary", str(FIXTURES / "actors.tsv"), "--patterns",
               str(FIXTURES / "verbs.tsv")]
    out, db = tmp_path / "shards", tmp_path / "batch.duckdb"
    address = client.scheduler.address
    assert main(["batch", str(corpus), "--out", str(out), "--scheduler", address,
                 "--shard-size", "10", "--quiet", *layered]) == 1  # bad.jsonl has a bad line
    err = capsys.readouterr().err
    assert "articles/s) on 2 Dask workers" in err and "0 failed" in err
    assert "skipped 1: malformed JSON" in err
    assert main(["load", str(out), "--db", str(db), "--quiet"]) == 0
    assert "already stored" in capsys.readouterr().err
    assert main(["ingest", str(corpus), "--db", str(tmp_path / "one.duckdb"), "--workers", "1",
                 "--quiet", *layered]) == 1
    assert snapshot(db) == snapshot(tmp_path / "one.duckdb")


def test_batch_cli_refuses_urls_and_missing_folders(tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["batch", "https://example.org/a", "--out", str(tmp_path), "--quiet"]) == 2
    assert "files and folders only" in capsys.readouterr().err
    assert main(["load", str(tmp_path / "nowhere"), "--db", str(tmp_path / "x.duckdb")]) == 2
    assert "no finished shards" in capsys.readouterr().err


def test_batch_cli_skips_a_missing_input_and_codes_the_rest(
        client: Client, corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out, gone = tmp_path / "shards", tmp_path / "gone.jsonl"
    assert main(["batch", str(gone), str(corpus / "single.txt"), "--out", str(out),
                 "--scheduler", client.scheduler.address, "--quiet", "--dictionary",
                 str(FIXTURES / "actors.tsv"), "--patterns", str(FIXTURES / "verbs.tsv")]) == 1
    err = capsys.readouterr().err
    assert f"eventwire: skipped {gone}: no such file or folder" in err
    assert "coded 1 article in" in err and "0 failed" in err
    assert len(done_shards(out)) == 1
