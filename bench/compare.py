"""Compare `eventwire ingest` with parsing every article with spaCy, in one run, in turn.

usage: python bench/compare.py [--articles 1000] [--corpus FILE | --voa] [--runs 4] [--workers N] [--base-layer]

Absolute speeds differ between machines of the same kind by up to 2x; a ratio measured in one
run, the two commands alternating, does not. Each round runs, as separate processes:
- `eventwire ingest CORPUS --db NEW --quiet` (a new store every run, the default workers);
- the baseline: the stock spaCy English pipeline with NER excluded (`spacy.load(name,
  exclude=["ner"])`) over every article's text with `nlp.pipe(n_process=WORKERS)`.
Both wall times include starting the process and loading the pipeline (eventwire's start-up
cache is built once before the first run). Printed: each run's
seconds and peak resident memory of its whole process tree (sampled every 0.1 s), then medians,
min/max and the median of the paired ratios ingest / baseline; also each command's CPU seconds
(user + system, its whole process tree) and their ratio, which other load on a shared machine
moves far less than the wall times. Numbers, not assertions.

`--voa` uses the Voice of America development stories (VOA_DEV_LINES of
../shared/news/voa/voa_stories.jsonl; the other lines are held out and never coded here).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

SHARED = Path(__file__).resolve().parents[2] / "shared"
MAKE_CORPUS = SHARED / "bench" / "make_corpus.py"
VOA = SHARED / "news" / "voa" / "voa_stories.jsonl"
VOA_DEV_LINES = (45, 46, 49, 51, 52, 53, 54, 56, 57, 59, 60, 61, 62, 63)  # 1-based; the rest are held out
BASELINE = """
import json, sys, spacy
from eventwire.nlp import PIPELINES
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
for name in PIPELINES:
    try:
        nlp = spacy.load(name, exclude=["ner"])
        break
    except OSError:
        continue
docs = sum(1 for _ in nlp.pipe(texts, n_process=int(sys.argv[2]), batch_size=16))
print(docs, file=sys.stderr)
"""


def write_corpus(args: argparse.Namespace, out: Path) -> Path:
    """Return the corpus to run on: the given file, the VOA development stories, or a new one."""
    if args.corpus is not None:
        return Path(args.corpus)
    if args.voa:
        with VOA.open(encoding="utf-8") as source, out.open("w", encoding="utf-8") as sink:
            for number, line in enumerate(source, 1):
                if number in VOA_DEV_LINES:
                    story = json.loads(line)
                    record = {"id": f"voa-{story['id']}", "text": story["text"], "title": story["title"],
                              "published": story["published"][:10], "url": story["url"]}
                    sink.write(json.dumps(record) + "\n")
        return out
    with out.open("w", encoding="utf-8") as handle:
        subprocess.run([sys.executable, str(MAKE_CORPUS), "--articles", str(args.articles)], stdout=handle, check=True)
    return out


def warm_cache(base_layer: bool) -> None:
    """Build eventwire's start-up cache (eventwire.cache: the gazetteer's index, the packaged actor
    entries and the phrase index, with or without the imported layer) once, as the first run of
    any installation does, so that no timed run pays for it."""
    code = f"from eventwire.resources import Resources; Resources.load(base_layer={base_layer})"
    subprocess.run([sys.executable, "-c", code], check=True)


def run(command: list[str]) -> tuple[float, float, float]:
    """Run a command; return its wall seconds, the peak RSS (MB) of its process tree and the
    tree's CPU seconds."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    process = psutil.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0
    while process.poll() is None:
        try:
            tree = [process, *process.children(recursive=True)]
            peak = max(peak, sum(p.memory_info().rss for p in tree if p.is_running()))
        except psutil.Error:
            pass
        time.sleep(0.1)
    seconds = time.perf_counter() - started
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({process.returncode}): {process.stderr.read().decode()[-500:]}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return seconds, peak / 2**20, cpu


def summary(name: str, values: list[float]) -> str:
    return f"{name}: median {statistics.median(values):.2f}, min {min(values):.2f}, max {max(values):.2f}"


def main() -> None:
    """Run both commands in turn and print the paired ratio."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--corpus")
    ap.add_argument("--voa", action="store_true", help="the VOA development stories instead of the template corpus")
    ap.add_argument("--runs", type=int, default=4)
    ap.add_argument("--base-layer", action="store_true", help="ingest with the imported PETRARCH/Phoenix layer")
    ap.add_argument("--workers", type=int, default=len(os.sched_getaffinity(0)))
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="eventwire-compare-"))
    corpus = write_corpus(args, work / "corpus.jsonl")
    eventwire = str(Path(sys.executable).with_name("eventwire"))
    warm_cache(args.base_layer)
    rows: list[tuple[float, float, float, float, float, float]] = []
    for n in range(args.runs):
        db = work / f"run{n}.duckdb"
        ingest = [eventwire, "ingest", str(corpus), "--db", str(db), "--quiet", "--workers", str(args.workers),
                  "--base-layer" if args.base_layer else "--no-base-layer"]
        base = [sys.executable, "-c", BASELINE, str(corpus), str(args.workers)]
        # Alternate which goes first, so drift on a shared machine falls on both alike.
        first, second = (ingest, base) if n % 2 == 0 else (base, ingest)
        a, b = run(first), run(second)
        (ingest_s, ingest_mb, ingest_cpu), (base_s, base_mb, base_cpu) = (a, b) if n % 2 == 0 else (b, a)
        rows.append((ingest_s, base_s, ingest_mb, base_mb, ingest_cpu, base_cpu))
        print(f"run {n + 1}: ingest {ingest_s:.2f} s ({ingest_mb:.0f} MB, CPU {ingest_cpu:.2f} s), "
              f"parse-everything {base_s:.2f} s ({base_mb:.0f} MB, CPU {base_cpu:.2f} s), "
              f"ratio {ingest_s / base_s:.3f}", flush=True)
    print(summary("ingest s", [r[0] for r in rows]))
    print(summary("parse-everything s", [r[1] for r in rows]))
    print(summary("ratio ingest / parse-everything", [r[0] / r[1] for r in rows]))
    print(summary("CPU ratio ingest / parse-everything", [r[4] / r[5] for r in rows]))
    print(f"peak RSS MB (process tree): ingest {max(r[2] for r in rows):.0f}, "
          f"parse-everything {max(r[3] for r in rows):.0f}")


if __name__ == "__main__":
    main()
