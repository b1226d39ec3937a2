"""Measure `eventwire ingest` as a whole, for one or two source trees in turn: wall seconds and
the CPU seconds (user + system) of its whole process tree (the parent, the worker it starts and
the workers that worker forks), each run into a new store.

usage: python bench/ingest_cpu.py --corpus FILE [--runs 3] [--workers 2] [--no-base-layer] TREE [TREE ...]

Runs alternate between trees (and which goes first) so that load on a shared machine falls on
each alike; on such a machine compare the CPU seconds, which other work inflates far less than
the wall time. The tree's CPU is read from the process's children's resource usage, which counts
every process of the tree once it has been waited for. Numbers, not assertions.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tree_medians import print_medians

MAIN = "import sys; from eventwire.cli import main; sys.exit(main())"


def run(tree: str, corpus: str, workers: int, layer: str, work: Path) -> tuple[float, float]:
    """Ingest the corpus with TREE first on PYTHONPATH; return wall and whole-tree CPU seconds."""
    db = work / f"run-{time.monotonic_ns()}.duckdb"
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", MAIN, "ingest", corpus, "--db", str(db), "--quiet",
                    "--workers", str(workers), layer], env={**os.environ, "PYTHONPATH": tree},
                   check=True, capture_output=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    db.unlink()
    return wall, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("trees", nargs="+")
    parser.add_argument("--corpus", required=True)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--no-base-layer", action="store_true")
    args = parser.parse_args()
    layer = "--no-base-layer" if args.no_base_layer else "--base-layer"
    work = Path(tempfile.mkdtemp(prefix="eventwire-ingest-cpu-"))
    seconds: dict[str, list[tuple[float, float]]] = {tree: [] for tree in args.trees}
    for n in range(args.runs):
        for tree in args.trees if n % 2 == 0 else args.trees[::-1]:
            wall, cpu = run(tree, args.corpus, args.workers, layer, work)
            seconds[tree].append((wall, cpu))
            print(f"run {n + 1} {tree}: wall {wall:.2f} s, CPU {cpu:.2f} s", flush=True)
    print_medians(dict(seconds), ("wall", "CPU"), args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
