"""Measure `eventwire batch` on a local Dask cluster of 1 and of 2 workers, and the parent's writer.

usage: python bench/dask_scale.py [--articles 400] [--corpus FILE] [--rounds 2] [--shard-size 25]
                                  [--workers 1 2]

Each round runs the real command line, `eventwire batch CORPUS --out NEW --local-workers N
--quiet`, once for every N in turn (the same corpus, a new output folder each run), so that a
machine whose load changes over the minutes affects every N alike. Wall times include starting
the cluster and loading the pipeline in each worker (eventwire's start-up cache is built once
before the first run). Printed: each run's seconds, then per N the
median and the speed-up over the first N (median of the paired ratios). The start-up of a cluster
of N workers (each loading the pipeline and dictionaries) is measured too, by a run on a corpus
of N articles in shards of one, and the speed-up of the coding alone is printed with it
subtracted: what a long input gains per added core.

The writer: the shards of the first run are loaded into a new store with `eventwire.batch.load`
in this process (the parent's work in `eventwire load`, and what `ingest` does with coded
articles), timed without start-up, and printed as seconds per 1,000 articles next to the
coding seconds per 1,000 articles of the one-worker runs (start-up included there, so the
writer's share is, if anything, overstated). Numbers, not assertions.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from compare import warm_cache

SHARED = Path(__file__).resolve().parents[2] / "shared"
MAKE_CORPUS = SHARED / "bench" / "make_corpus.py"
EVENTWIRE = Path(sys.executable).with_name("eventwire")


def make_corpus(args: argparse.Namespace, folder: Path) -> Path:
    """Return the corpus: the given file, or a new benchmark corpus."""
    if args.corpus:
        return Path(args.corpus)
    corpus = folder / "corpus.jsonl"
    with corpus.open("w", encoding="utf-8") as handle:
        subprocess.run([sys.executable, str(MAKE_CORPUS), "--articles", str(args.articles)],
                       stdout=handle, check=True)
    return corpus


def start_corpus(corpus: Path, folder: Path, workers: int) -> Path:
    """Return a corpus of the first `workers` articles (one a worker: the start-up run)."""
    out = folder / f"start-{workers}.jsonl"
    with corpus.open(encoding="utf-8") as source:
        out.write_text("".join(line for _, line in zip(range(workers), source, strict=False)), encoding="utf-8")
    return out


def run_batch(corpus: Path, out: Path, workers: int, shard_size: int) -> float:
    """Run `eventwire batch` once; return its wall seconds."""
    command = [str(EVENTWIRE), "batch", str(corpus), "--out", str(out), "--local-workers", str(workers),
               "--shard-size", str(shard_size), "--quiet"]
    started = time.perf_counter()
    done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=False)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        sys.exit(f"dask_scale: {' '.join(command)} failed: {done.stderr.strip()[-300:]}")
    return seconds


def time_load(out: Path, db: Path) -> tuple[float, int]:
    """Load the shards in `out` into a new store; return the seconds and the articles loaded."""
    from eventwire.batch import load
    from eventwire.store import Store

    store = Store.open(db)
    try:
        started = time.perf_counter()
        summaries = load(store, out)
        seconds = time.perf_counter() - started
    finally:
        store.close()
    return seconds, sum(s.coded for s in summaries)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--corpus")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--shard-size", type=int, default=25)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="dask-scale-") as tmp:
        folder = Path(tmp)
        corpus = make_corpus(args, folder)
        warm_cache(base_layer=True)  # `batch` codes with the imported layer, the default
        articles = sum(1 for line in corpus.open(encoding="utf-8") if line.strip())
        times: dict[int, list[float]] = {n: [] for n in args.workers}
        for round_ in range(args.rounds):
            for n in args.workers:
                seconds = run_batch(corpus, folder / f"out-{round_}-{n}", n, args.shard_size)
                times[n].append(seconds)
                print(f"round {round_ + 1} workers {n}: {seconds:.1f} s", flush=True)
        startup = {n: run_batch(start_corpus(corpus, folder, n), folder / f"start-{n}", n, 1) for n in args.workers}
        first = args.workers[0]
        for n in args.workers:
            ratios = [a / b for a, b in zip(times[first], times[n], strict=True)]
            coding = statistics.median(times[n]) - startup[n]
            net = (statistics.median(times[first]) - startup[first]) / max(coding, 1e-9)
            print(f"workers {n}: median {statistics.median(times[n]):.1f} s "
                  f"(min {min(times[n]):.1f}, max {max(times[n]):.1f}); speed-up over {first}: "
                  f"{statistics.median(ratios):.2f}x; start-up {startup[n]:.1f} s; "
                  f"speed-up without start-up: {net:.2f}x")
        load_s, loaded = time_load(folder / f"out-0-{first}", folder / "load.duckdb")
        coding = statistics.median(times[first]) * 1000 / articles
        writing = load_s * 1000 / max(loaded, 1)
        print(f"writer: {loaded} articles loaded in {load_s:.2f} s = {writing:.2f} s per 1,000 articles; "
              f"coding with {first} worker(s): {coding:.1f} s per 1,000 articles; "
              f"writer/coding = {writing / coding:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
