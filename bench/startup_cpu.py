"""Measure a worker's start-up in CPU seconds: a new process importing eventwire and loading
`Resources` (start-up cache warm), for one or two source trees in turn.

usage: python bench/startup_cpu.py [--runs 4] [--base-layer] TREE [TREE ...]

Each run is a fresh interpreter with TREE first on PYTHONPATH; printed: the median and range of
its user+system CPU seconds, per tree. Runs alternate between trees so that load on a shared
machine falls on each alike. Numbers, not assertions.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys

PROBE = """
import resource, sys
from eventwire.resources import Resources
Resources.load(base_layer=sys.argv[1] == "1")
usage = resource.getrusage(resource.RUSAGE_SELF)
print(usage.ru_utime + usage.ru_stime)
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("trees", nargs="+")
    parser.add_argument("--runs", type=int, default=4)
    parser.add_argument("--base-layer", action="store_true")
    args = parser.parse_args()
    flag = "1" if args.base_layer else "0"
    for tree in args.trees:  # the first run of each tree builds any start-up cache entry it lacks
        subprocess.run([sys.executable, "-c", PROBE, flag], env={**os.environ, "PYTHONPATH": tree}, check=True,
                       capture_output=True)
    seconds: dict[str, list[float]] = {tree: [] for tree in args.trees}
    for _ in range(args.runs):
        for tree in args.trees:
            out = subprocess.run([sys.executable, "-c", PROBE, flag], env={**os.environ, "PYTHONPATH": tree},
                                 check=True, capture_output=True, text=True).stdout
            seconds[tree].append(float(out.split()[-1]))
    for tree, values in seconds.items():
        print(f"{tree}: start-up CPU median {statistics.median(values):.2f} s "
              f"(min {min(values):.2f}, max {max(values):.2f}; {args.runs} runs)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
