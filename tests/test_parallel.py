"""Coding in worker processes gives what one process gives, in the same order."""

from __future__ import annotations

import dataclasses
import gc
import itertools
import os
import time
from collections.abc import Iterator
from pathlib import Path

import psutil
import pytest

from eventwire.cli import main
from eventwire.coders import PipelineCoder
from eventwire.errors import EventwireError
from eventwire.ingest import ReadOptions, read_sources
from eventwire.model import Article
from eventwire.parallel import (
    CODING_GC_THRESHOLDS,
    Settings,
    code_parallel,
    coder,
    default_workers,
    forks_workers,
    long_lived,
)
from eventwire.pipeline import code_articles
from eventwire.resources import Resources
from eventwire.store import Store
from scale_samples import FIXTURES, SETTINGS, snapshot, write_corpus


@pytest.fixture(scope="module")
def articles(tmp_path_factory: pytest.TempPathFactory) -> list[Article]:
    folder = tmp_path_factory.mktemp("news")
    write_corpus(folder, files=2, per_file=12)
    return [a for a in read_sources([str(folder)], ReadOptions()) if isinstance(a, Article)]


def test_parallel_results_equal_one_process_in_input_order(
        articles: list[Article], fixture_resources: Resources) -> None:
    expected = list(code_articles(articles, fixture_resources))
    assert sum(len(c.mentions) for c in expected) > len(articles)  # the corpus holds events
    # Tasks of 3 articles on 2 workers finish out of order; results must not.
    got = list(code_parallel(articles, SETTINGS, workers=2, task_size=3))
    assert got == expected


def test_parallel_store_ingest_equals_one_process(
        articles: list[Article], fixture_resources: Resources, tmp_path: Path) -> None:
    with Store.open(tmp_path / "w1.duckdb") as store:
        store.ingest(articles, coder=PipelineCoder(resources=fixture_resources), batch_size=5)
    with Store.open(tmp_path / "w2.duckdb") as store:
        store.ingest(articles, coder=coder(SETTINGS, 2), batch_size=5)
    one = snapshot(tmp_path / "w1.duckdb")
    assert len(one["mentions"]) > 0 and len(one["events"]) > 0
    assert snapshot(tmp_path / "w2.duckdb") == one


def test_parallel_cli_ingest_workers_2_equals_workers_1(tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    write_corpus(tmp_path / "news", files=2, per_file=6, seed=9)
    extra = ["--dictionary", str(FIXTURES / "actors.tsv"), "--patterns",
             str(FIXTURES / "verbs.tsv"), "--quiet"]
    for workers in ("1", "2"):
        db = tmp_path / f"w{workers}.duckdb"
        assert main(["ingest", str(tmp_path / "news"), "--db", str(db), "--workers", workers,
                     *extra]) == 0
        err = capsys.readouterr().err
        assert "read 12 articles: 12 coded" in err and "articles/s)" in err
    assert snapshot(tmp_path / "w2.duckdb") == snapshot(tmp_path / "w1.duckdb")


def test_parallel_worker_errors_reach_the_caller(tmp_path: Path) -> None:
    bad = tmp_path / "bad.tsv"
    bad.write_text("not a dictionary\n", encoding="utf-8")
    broken = dataclasses.replace(SETTINGS, dictionaries=(bad,))
    article = Article(id="a", text="Russia attacked China.")
    with pytest.raises(EventwireError, match=r"bad\.tsv"):
        list(code_parallel([article, article], broken, workers=2))


@pytest.mark.parametrize("workers", [0, -1])
def test_parallel_refuses_fewer_than_one_worker(workers: int) -> None:
    with pytest.raises(Exception, match="at least 1"):
        list(code_parallel([], Settings(), workers=workers))


def test_parallel_default_workers_is_positive() -> None:
    assert default_workers() >= 1


def test_parallel_records_survive_pickling(articles: list[Article],
                                           fixture_resources: Resources) -> None:
    import pickle

    coded = list(code_articles(articles[:3], fixture_resources))
    assert pickle.loads(pickle.dumps(coded)) == coded


ORPHANS = """
import sys
sys.path.insert(0, sys.argv[1])
from eventwire.model import Article
from eventwire.parallel import code_parallel
from scale_samples import SETTINGS

text = "Russia attacked China on Monday. " * 20  # results fill the pipe nobody will read
articles = (Article(id=str(i), text=text) for i in range(10**6))
for coded in code_parallel(articles, SETTINGS, workers=2):
    print(coded.article.id, flush=True)
"""


def test_parallel_workers_exit_when_the_parent_is_killed() -> None:
    import signal
    import subprocess
    import sys

    import psutil

    with subprocess.Popen([sys.executable, "-c", ORPHANS, str(Path(__file__).parent)],
                          stdout=subprocess.PIPE, text=True) as proc:
        assert proc.stdout is not None
        for _ in range(20):  # results are flowing: the workers are up and coding
            proc.stdout.readline()
        children = psutil.Process(proc.pid).children(recursive=True)
        assert len(children) >= 2
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    _, alive = psutil.wait_procs(children, timeout=60)
    assert alive == []


def test_parallel_long_lived_sets_loaded_objects_aside_while_coding() -> None:
    loaded = [[n] for n in range(1000)]  # stands for the resources a worker loads
    assert gc.get_freeze_count() == 0
    before = gc.get_threshold()
    with long_lived():
        assert gc.get_freeze_count() >= len(loaded)
        assert all(loaded[0] is not x for x in gc.get_objects())  # no collection walks them now
        assert gc.get_threshold() == CODING_GC_THRESHOLDS != before
    assert gc.get_freeze_count() == 0 and gc.get_threshold() == before


def test_parallel_one_worker_codes_with_loaded_objects_set_aside(articles: list[Article]) -> None:
    frozen: list[int] = []
    for _ in code_parallel(articles[:1], SETTINGS, workers=1):
        frozen.append(gc.get_freeze_count())
    assert frozen and frozen[0] > 0
    assert gc.get_freeze_count() == 0


def _stream(text: str = "Russia attacked China on Monday. " * 5) -> Iterator[Article]:
    return (Article(id=str(i), text=text) for i in itertools.count())


def _workers_under(pid: int) -> list[psutil.Process]:
    helpers = ("resource_tracker", "forkserver")  # multiprocessing's own, not coding workers
    return [p for p in psutil.Process(pid).children(recursive=True)
            if not any(name in " ".join(p.cmdline()) for name in helpers)]


@pytest.mark.skipif(not forks_workers(), reason="workers are forks of the first only where the system forks")
def test_parallel_later_workers_are_forks_of_the_first_sharing_its_loading() -> None:
    run = code_parallel(_stream(), SETTINGS, workers=2, task_size=2)
    try:
        next(run)
        deadline = time.monotonic() + 60
        while len(workers := _workers_under(os.getpid())) < 2 and time.monotonic() < deadline:
            next(run)
        parents = sorted(p.ppid() for p in workers)
        first = next(p for p in workers if p.ppid() == os.getpid())
        assert parents == sorted([os.getpid(), first.pid])  # one started here, one by it
    finally:
        run.close()


@pytest.mark.skipif(not forks_workers(), reason="workers are forks of the first only where the system forks")
def test_parallel_a_forked_worker_that_dies_is_reported() -> None:
    run = code_parallel(_stream(), SETTINGS, workers=2, task_size=2)
    with pytest.raises(EventwireError, match=r"eventwire-worker-2 .* stopped with exit code -9"):
        next(run)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            forks = [p for p in _workers_under(os.getpid()) if p.ppid() != os.getpid()]
            if forks:
                forks[0].kill()
                break
            next(run)
        for _ in run:
            pass
    assert _workers_under(os.getpid()) == [] or psutil.wait_procs(_workers_under(os.getpid()), timeout=30)[1] == []


def test_parallel_workers_that_each_load_their_own_give_the_same_results(
        articles: list[Article], fixture_resources: Resources) -> None:
    expected = list(code_articles(articles, fixture_resources))
    assert list(code_parallel(articles, SETTINGS, workers=2, task_size=3, start_method="forkserver")) == expected


def test_parallel_empty_input_ends_without_waiting_for_a_loading_worker() -> None:
    started = time.process_time()
    assert list(code_parallel([], SETTINGS, workers=2)) == []
    assert _workers_under(os.getpid()) == [] or psutil.wait_procs(_workers_under(os.getpid()), timeout=30)[1] == []
    assert time.process_time() - started < 5
