"""An ingest killed with SIGKILL at any point and rerun leaves exactly a clean run's store."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from eventwire.store import Store

# The worker ingests 120 synthetic articles, 3 a transaction, with the coder and the event
# recomputation (inside the transaction) slowed down so that kills land at varied points:
# inside a transaction, between two, while coding. Every third record names more parties, so
# each counts toward several events (rows of `mention_pairs`).
WORKER = """
import dataclasses, sys, time
from eventwire.store import Store, writer
sys.path.insert(0, sys.argv[2])
from synthetic import LineCoder, Shape, actor, random_articles

shape = Shape(countries=("RUS", "PRK", "USA", "CHN"), sectors=("", "GOV"),
              codes=("042", "043", "0211"), days=6, lines=4)
coder = LineCoder()
recompute = writer.recompute

def slow_recompute(con, members):
    time.sleep(0.01)
    return recompute(con, members)

writer.recompute = slow_recompute

def parties(m):
    if m.action.start % 3:
        return m
    return dataclasses.replace(m, also_sources=(actor("UKRGOV", "Kyiv", m.action.start),),
                               also_targets=(actor("FRA", "Paris", m.action.end),))

class Slow:
    def code_articles(self, articles):
        for coded in coder.code_articles(articles):
            time.sleep(0.004)
            yield dataclasses.replace(coded, mentions=tuple(parties(m) for m in coded.mentions))

with Store.open(sys.argv[1]) as store:
    store.ingest(random_articles(120, seed=11, shape=shape), coder=Slow(), batch_size=3,
                 progress=lambda s: print(s.coded, flush=True))
print("done", flush=True)
"""


def run_worker(db: Path, kill_after: int | None, rng: random.Random) -> bool:
    """Run the worker; SIGKILL it once it reports `kill_after` articles; return if it finished."""
    with subprocess.Popen([sys.executable, "-c", WORKER, str(db), str(Path(__file__).parent)], stdout=subprocess.PIPE,
                          text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"}) as proc:
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.strip() == "done":
                break
            if kill_after is not None and int(line) >= kill_after:
                time.sleep(rng.uniform(0, 0.03))
                proc.send_signal(signal.SIGKILL)
                break
        proc.stdout.read()
        proc.wait(timeout=120)
    return proc.returncode == 0


def snapshot(db: Path) -> dict[str, Any]:
    """Return every row of the store, leaving out ingest wall-clock times."""
    with Store.open(db, read_only=True) as s:
        articles = s.arrow("SELECT * EXCLUDE (ingested_at) FROM articles ORDER BY id")
        return {
            "articles": articles.to_pylist(),
            "mentions": s.arrow("SELECT * FROM mentions ORDER BY id").to_pylist(),
            "events": s.arrow("SELECT * FROM events ORDER BY id").to_pylist(),
            "pairs": s.arrow("SELECT * FROM mention_pairs ORDER BY mention_id, pair").to_pylist(),
        }


def test_store_kill_and_rerun_leaves_a_clean_runs_store(tmp_path: Path) -> None:
    rng = random.Random(7)
    clean, killed = tmp_path / "clean.duckdb", tmp_path / "killed.duckdb"
    assert run_worker(clean, None, rng)
    kills = 0
    for kill_after in (3, 6, 9, 12, 15, 18, 6):
        if not run_worker(killed, kill_after, rng):
            kills += 1
    assert kills == 7  # every run was really killed part-way
    partial = snapshot(killed)
    assert 0 < len(partial["articles"]) < 120 and partial["pairs"]
    assert run_worker(killed, None, rng)
    assert snapshot(killed) == snapshot(clean)
