"""Time named functions of a coding worker in process CPU, unprofiled, for one or two source trees.

usage: python bench/function_cpu.py [--corpus bench/out/corpus-300.jsonl] [--base-layer] [--runs 2]
       --trees OLD/src src -- MODULE:FUNCTION [MODULE:CLASS.METHOD ...]

Each run is a fresh interpreter with the tree first on PYTHONPATH: it loads `Resources`, codes the
corpus once to warm up, then codes it again as a worker does (bench/worker_profile.py's `work`)
with each named function wrapped in a timer (its outermost calls only; the name is replaced
wherever an eventwire module imported it). Runs alternate between trees. Printed per run: the
coding CPU seconds and each function's. The timers cost about a microsecond a call, so compare
functions called a few hundred thousand times or fewer. Numbers, not assertions.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

PROBE = """
import importlib, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[3])
from worker_profile import work
from eventwire.resources import Resources

spent, depth = {}, {}

def wrap(function, label):
    def timed(*args, **kwargs):
        level = depth.get(label, 0)
        depth[label] = level + 1
        start = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            depth[label] = level
            if level == 0:
                spent[label] = spent.get(label, 0.0) + time.process_time() - start
    return timed

resources = Resources.load(base_layer=sys.argv[1] == "1")
corpus = Path(sys.argv[2])
work(corpus, resources)
for target in sys.argv[4:]:
    module_name, name = target.split(":")
    module = importlib.import_module(module_name)
    if "." in name:
        owner, method = name.split(".")
        cls = getattr(module, owner)
        setattr(cls, method, wrap(cls.__dict__[method], name))
        continue
    function = getattr(module, name)
    for loaded in [m for key, m in list(sys.modules.items()) if key.startswith("eventwire")]:
        if getattr(loaded, name, None) is function:
            setattr(loaded, name, wrap(function, name))
start = time.process_time()
work(corpus, resources)
total = time.process_time() - start
print(f"coding {total:.2f}", *(f"{name} {spent.get(name.split(':')[1], 0.0):.2f}" for name in sys.argv[4:]), sep="; ")
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default="bench/out/corpus-300.jsonl")
    parser.add_argument("--base-layer", action="store_true")
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--trees", nargs="+", required=True)
    parser.add_argument("functions", nargs="+")
    args = parser.parse_args()
    bench = str(Path(__file__).resolve().parent)
    for run in range(args.runs):
        for tree in args.trees:
            env = {**os.environ, "PYTHONPATH": os.pathsep.join([tree, bench])}
            command = [sys.executable, "-c", PROBE, "1" if args.base_layer else "0", args.corpus, bench,
                       *args.functions]
            result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
            if result.returncode != 0:
                print(f"{tree}: failed: {result.stderr.strip().splitlines()[-1:]}", file=sys.stderr)
                return 1
            print(f"run {run + 1} {tree}: {result.stdout.strip()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
