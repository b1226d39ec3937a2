"""Measure a worker's CPU seconds: start-up (a new process importing eventwire and loading
`Resources`, start-up cache warm) and, with `--corpus`, coding a corpus as a worker codes it, for
one or two source trees in turn.

usage: python bench/startup_cpu.py [--runs 4] [--base-layer] [--corpus FILE] TREE [TREE ...]

Each run is a fresh interpreter with TREE first on PYTHONPATH; printed: the median and range of
its user+system CPU seconds, per tree. Runs alternate between trees so that load on a shared
machine falls on each alike. Numbers, not assertions.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

from tree_medians import print_medians

PROBE = """
import resource, sys, time
from pathlib import Path
from eventwire.resources import Resources
resources = Resources.load(base_layer=sys.argv[1] == "1")
usage = resource.getrusage(resource.RUSAGE_SELF)
coding = 0.0
if len(sys.argv) > 2:
    sys.path.insert(0, sys.argv[3])
    from worker_profile import work
    start = time.process_time()
    work(Path(sys.argv[2]), resources)
    coding = time.process_time() - start
print(usage.ru_utime + usage.ru_stime, coding)
"""
BENCH = str(Path(__file__).resolve().parent)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("trees", nargs="+")
    parser.add_argument("--runs", type=int, default=4)
    parser.add_argument("--base-layer", action="store_true")
    parser.add_argument("--corpus", help="also code this corpus (JSON Lines) after start-up")
    args = parser.parse_args()
    flag = "1" if args.base_layer else "0"
    code = [str(Path(args.corpus).resolve()), BENCH] if args.corpus else []
    for tree in args.trees:  # the first run of each tree builds any start-up cache entry it lacks
        subprocess.run([sys.executable, "-c", PROBE, flag], env={**os.environ, "PYTHONPATH": tree}, check=True,
                       capture_output=True)
    seconds: dict[str, list[tuple[float, float]]] = {tree: [] for tree in args.trees}
    for _ in range(args.runs):
        for tree in args.trees:
            out = subprocess.run([sys.executable, "-c", PROBE, flag, *code], env={**os.environ, "PYTHONPATH": tree},
                                 check=True, capture_output=True, text=True).stdout
            start_up, coding = out.split()[-2:]
            seconds[tree].append((float(start_up), float(coding)))
    print_medians(dict(seconds), ("start-up CPU", "coding CPU") if code else ("start-up CPU",), args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
