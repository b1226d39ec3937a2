"""Watch mode: only what is new is read and coded, across cycles, restarts and interruptions."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from conftest import LocalSite
from eventwire.ingest import FetchOptions, ReadContext, ReadOptions
from eventwire.model import Article
from eventwire.store import Store
from eventwire.watch import Cycle, LazyCoder, Memory, WatchOptions, run_cycle, watch
from ingest_samples import ENGLISH, GERMAN, identifier, page, rss
from synthetic import Coded, LineCoder

# The local server stands for a public site: its links may be fetched.
FAST = ReadOptions(fetch=FetchOptions(timeout=0.5, retries=0, backoff=0, allow_private_links=True))
NOW = WatchOptions(settle=0, interval=0, batch_size=1)


class Recorder:
    """A synthetic coder that records what it coded, and can be interrupted after n articles."""

    def __init__(self, interrupt_after: int | None = None) -> None:
        self.inner = LineCoder()
        self.coded: list[str] = []
        self.calls = 0
        self.interrupt_after = interrupt_after

    def code_articles(self, articles: Iterable[Article]) -> Iterator[Coded]:
        self.calls += 1
        for coded in self.inner.code_articles(articles):
            if self.interrupt_after is not None and len(self.coded) >= self.interrupt_after:
                raise KeyboardInterrupt
            self.coded.append(coded.article.id)
            yield coded


def _story(n: int) -> str:
    return f"{ENGLISH}\nRUS PRK 042 2024-11-1{n % 10} PRK story {n}\n"


class Watcher:
    """Cycles of one watch over names, into one store, as a restarted process would run them."""

    def __init__(self, db: Path, names: list[str], coder: Recorder | None = None) -> None:
        self.db, self.names = db, names
        self.coder = coder or Recorder()
        self.number = 0

    def cycle(self, every: WatchOptions = NOW) -> Cycle:
        self.number += 1
        memory = Memory()
        with ReadContext(FAST, seen=memory, identifier=identifier()) as context:
            return run_cycle(self.names, self.db, self.coder, number=self.number,
                             context=context, memory=memory, every=every)


def test_ingest_watch_folder_reads_only_new_and_changed_files(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    (inbox / "sub").mkdir(parents=True)
    (inbox / "a.txt").write_text(_story(1))
    (inbox / "sub" / "b.txt").write_text(_story(2))
    watcher = Watcher(tmp_path / "w.duckdb", [str(inbox)])
    first = watcher.cycle()
    assert (first.summary.coded, len(first.plan.files)) == (2, 2)
    second = watcher.cycle()
    assert (second.summary.read, second.plan.unchanged) == (0, 2)
    (inbox / "c.txt").write_text(_story(3))
    third = watcher.cycle()
    assert (third.summary.coded, len(third.plan.files), third.plan.unchanged) == (1, 1, 2)
    assert len(watcher.coder.coded) == len(set(watcher.coder.coded)) == 3
    with Store.open(watcher.db, read_only=True) as store:
        assert store.counts()["articles"] == 3 and store.counts()["mentions"] == 3


def test_ingest_watch_leaves_files_being_written_for_later(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "fresh.txt").write_text(_story(1))
    watcher = Watcher(tmp_path / "w.duckdb", [str(tmp_path / "in")])
    cycle = watcher.cycle(WatchOptions(settle=60))
    assert (cycle.plan.waiting, cycle.summary.read) == (1, 0)
    assert watcher.cycle().summary.coded == 1


def test_ingest_watch_feed_fetches_each_entry_once_across_restarts(
        local_site: LocalSite, tmp_path: Path) -> None:
    items = [{"title": f"S{i}", "link": local_site.page(f"/s{i}", page(text=_story(i),
                                                                       canonical=None)),
              "guid": f"urn:s{i}"} for i in range(3)]
    local_site.page("/feed", rss(items[:2]), content_type="application/rss+xml")
    db = tmp_path / "w.duckdb"
    assert Watcher(db, [local_site.url("/feed")]).cycle().summary.coded == 2
    restarted = Watcher(db, [local_site.url("/feed")])
    assert restarted.cycle().summary.read == 0
    assert local_site.hits == {"/feed": 2, "/s0": 1, "/s1": 1}
    local_site.page("/feed", rss(items), content_type="application/rss+xml")
    assert restarted.cycle().summary.coded == 1
    assert local_site.hits == {"/feed": 3, "/s0": 1, "/s1": 1, "/s2": 1}


def test_ingest_watch_notes_permanent_skips_and_retries_unreachable_pages(
        local_site: LocalSite, tmp_path: Path) -> None:
    german = local_site.page("/de", page(text=GERMAN, canonical=None))
    down = local_site.page("/down", "busy", status=503)
    local_site.page("/feed", rss([{"link": german, "guid": "urn:de"},
                                  {"link": down, "guid": "urn:down"}]))
    watcher = Watcher(tmp_path / "w.duckdb", [local_site.url("/feed")])
    problems = [s.problem for s in watcher.cycle().summary.skipped]
    assert problems[0] == "language is 'de', not English"
    assert problems[1].endswith("server answered 503 Service Unavailable (gave up after 1 try)")
    again = watcher.cycle().summary.skipped
    assert [s.origin.rsplit("#", 1)[1] for s in again] == ["urn:down"]
    assert local_site.hits["/de"] == 1 and local_site.hits["/down"] == 2


def test_ingest_watch_interrupted_cycle_loses_nothing_and_codes_nothing_twice(
        tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    for n in range(5):
        (tmp_path / "in" / f"{n}.txt").write_text(_story(n))
    db = tmp_path / "w.duckdb"
    interrupted = Watcher(db, [str(tmp_path / "in")], Recorder(interrupt_after=2))
    with pytest.raises(KeyboardInterrupt):
        interrupted.cycle()
    rerun = Watcher(db, [str(tmp_path / "in")])
    summary = rerun.cycle().summary
    assert (summary.coded, summary.already_stored) == (3, 2)
    assert set(interrupted.coder.coded).isdisjoint(rerun.coder.coded)
    assert rerun.cycle().summary.read == 0


def test_ingest_watch_runs_cycles_and_sleeps_between(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(_story(1))
    slept: list[float] = []
    coder = Recorder()
    cycles = watch([str(tmp_path / "in")], tmp_path / "w.duckdb", LazyCoder(lambda: coder),
                   options=ReadOptions(), every=WatchOptions(interval=7, settle=0, cycles=3),
                   sleep=slept.append)
    assert (cycles, slept, coder.calls, len(coder.coded)) == (3, [7, 7], 1, 1)


def test_ingest_watch_lazy_coder_loads_nothing_without_articles() -> None:
    made: list[int] = []
    lazy = LazyCoder(lambda: made.append(1) or Recorder())  # type: ignore[func-returns-value]
    assert list(lazy.code_articles(iter([]))) == [] and made == []


def _cli(*args: str) -> list[str]:
    code = (f"import sys; sys.path.insert(0, {str(Path(__file__).parent)!r}); "
            "from synthetic import LineCoder; from eventwire.cli import main; "
            "sys.exit(main(sys.argv[1:], coder=LineCoder()))")
    return [sys.executable, "-c", code, *args]


def test_ingest_watch_cli_once_and_errors(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(_story(1))
    db = str(tmp_path / "w.duckdb")
    done = subprocess.run(_cli("watch", str(tmp_path / "in"), "--db", db, "--once",
                               "--settle", "0"), capture_output=True, text=True,
                          timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert "cycle 1: new articles coded: 1 (event mentions: 1" in done.stderr
    bad = subprocess.run(_cli("watch", str(tmp_path / "nope"), "--db", db), capture_output=True,
                         text=True, timeout=120, check=False)
    assert bad.returncode == 2 and "nope: no such file or folder" in bad.stderr


def test_ingest_watch_cli_stops_cleanly_on_ctrl_c(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(_story(1))
    db = tmp_path / "w.duckdb"
    # Started with Ctrl-C ignored, as a shell without job control starts background commands:
    # the watch still stops on it.
    argv = _cli("watch", str(tmp_path / "in"), "--db", str(db), "--interval", "0.2", "--settle", "0")
    argv[2] = "import signal; signal.signal(signal.SIGINT, signal.SIG_IGN); " + argv[2]
    proc = subprocess.Popen(argv, stderr=subprocess.PIPE, text=True)
    assert proc.stderr is not None
    lines = []
    deadline = time.monotonic() + 60
    try:
        while time.monotonic() < deadline:
            lines.append(proc.stderr.readline())
            if "cycle 2:" in lines[-1]:
                break
        os.kill(proc.pid, signal.SIGINT)
        rest = proc.communicate(timeout=60)[1]
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 0, "".join(lines) + rest
    assert "stopped; everything stored so far is kept" in rest
    with Store.open(db, read_only=True) as store:
        assert store.counts()["articles"] == 1
