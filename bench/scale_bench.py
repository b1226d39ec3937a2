"""Benchmark `eventwire ingest --workers N`: articles/s, start-up, peak memory per process, eval.

usage: python bench/scale_bench.py [--articles 2000] [--corpus FILE] [--workers 1 2]
                                   [--parse-all-articles 300] [--batch] [--batch-size N]
                                   [--no-eval]

Writes the corpus with ../shared/bench/make_corpus.py (unless --corpus is given), splits it into
JSON Lines files of 400 articles (the readers refuse single files over 5 MB), and runs the real
command line, `eventwire ingest DIR --workers N`, in a subprocess whose process tree is sampled
for resident memory. For each N it prints the articles/s the command reports (worker start-up
included), the start-up alone (ingesting one article), and the peak RSS of the parent and of
each coding process. `--parse-all-articles` times coding every sentence on a slice of the corpus;
`--batch` also times `eventwire batch --local-workers N`. Then it scores the coder on the
public gold set with and without the sentence pre-filter. Numbers, not assertions.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import psutil

SHARED = Path(__file__).resolve().parents[2] / "shared"
MAKE_CORPUS = SHARED / "bench" / "make_corpus.py"
GOLD = SHARED / "gold" / "plover-gsr.public.jsonl"
PER_FILE = 400
RATE = re.compile(r"coded ([\d,]+) articles in ([\d.]+) s \(([\d.]+) articles/s\)")


def corpus_folder(path: Path | None, articles: int, out: Path) -> Path:
    """Return a folder of the corpus split into files of PER_FILE articles."""
    if path is None:
        path = out / f"corpus-{articles}.jsonl"
        out.mkdir(parents=True, exist_ok=True)
        with path.open("w", encoding="utf-8") as handle:
            subprocess.run([sys.executable, str(MAKE_CORPUS), "--articles", str(articles)],
                           stdout=handle, check=True)
    folder = out / f"{path.stem}-split"
    folder.mkdir(parents=True, exist_ok=True)
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    for old in folder.glob("*.jsonl"):
        old.unlink()
    for i in range(0, len(lines), PER_FILE):
        (folder / f"part-{i // PER_FILE:04d}.jsonl").write_text("".join(lines[i:i + PER_FILE]),
                                                                encoding="utf-8")
    return folder


class TreeSampler:
    """Sample the resident memory of a process and its descendants until stopped."""

    def __init__(self, pid: int) -> None:
        self.root = psutil.Process(pid)
        self.peaks: dict[int, tuple[str, int]] = {}
        self.cpu: dict[int, float] = {}
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        while not self.stop.is_set():
            try:
                procs = [self.root, *self.root.children(recursive=True)]
            except psutil.NoSuchProcess:
                return
            for p in procs:
                try:
                    rss, cmd = p.memory_info().rss, " ".join(p.cmdline())
                    times = p.cpu_times()
                except psutil.Error:
                    continue
                self.cpu[p.pid] = times.user + times.system
                role = ("parent" if p.pid == self.root.pid else
                        "helper" if "resource_tracker" in cmd or "forkserver" in cmd else "worker")
                self.peaks[p.pid] = (role, max(rss, self.peaks.get(p.pid, (role, 0))[1]))
            time.sleep(0.1)

    def finish(self) -> dict[str, Any]:
        """Stop sampling; return peak RSS in MB of the parent and of each worker."""
        self.stop.set()
        self.thread.join()
        mb = {pid: (role, round(rss / 2**20)) for pid, (role, rss) in self.peaks.items()}
        cpu = {pid: round(self.cpu.get(pid, 0.0), 1) for pid in self.peaks}
        return {"parent_peak_rss_mb": next((v for r, v in mb.values() if r == "parent"), None),
                "worker_peak_rss_mb": sorted(v for r, v in mb.values() if r == "worker"),
                "parent_cpu_s": next((cpu[p] for p, (r, _) in mb.items() if r == "parent"), None),
                "worker_cpu_s": sorted(cpu[p] for p, (r, _) in mb.items() if r == "worker")}


def run_cli(args: list[str]) -> dict[str, Any]:
    """Run an eventwire command; return its reported rate, wall time and peak memory."""
    started = time.perf_counter()
    with subprocess.Popen([sys.executable, "-m", "eventwire", *args], stderr=subprocess.PIPE,
                          stdout=subprocess.DEVNULL, text=True) as proc:
        sampler = TreeSampler(proc.pid)
        _, err = proc.communicate()
    memory = sampler.finish()
    if proc.returncode != 0:
        raise SystemExit(f"eventwire {' '.join(args)} failed:\n{err}")
    found = RATE.search(err)
    assert found, err
    articles = int(found.group(1).replace(",", ""))
    coding_cpu = sum(memory["worker_cpu_s"]) or memory["parent_cpu_s"] or 0.0
    return {"articles": articles, "command_s": float(found.group(2)),
            "articles_per_s": float(found.group(3)),
            "process_wall_s": round(time.perf_counter() - started, 1),
            # robust to other load on the machine: articles per CPU-second of coding processes
            "articles_per_coding_cpu_s": round(articles / coding_cpu, 2) if coding_cpu else None,
            **memory}


def ingest(folder: Path, workers: int, tmp: Path, *extra: str) -> dict[str, Any]:
    """Time `eventwire ingest FOLDER --workers N` into a fresh store."""
    db = tmp / f"bench-{time.time_ns()}.duckdb"
    return run_cli(["ingest", str(folder), "--db", str(db), "--workers", str(workers), "--quiet",
                    *extra])


def one_article(folder: Path, tmp: Path) -> Path:
    """Write a folder holding the corpus's first article only."""
    first = next(iter(sorted(folder.glob("*.jsonl")))).read_text(encoding="utf-8").split("\n")[0]
    small = tmp / "one"
    small.mkdir(exist_ok=True)
    (small / "one.jsonl").write_text(first + "\n", encoding="utf-8")
    return small


def scores() -> dict[str, Any]:
    """Score the coder on the public gold set with the pre-filter and with every sentence."""
    from eventwire.evaluate import Report, Score, load_gold, score_case
    from eventwire.model import Article
    from eventwire.pipeline import code_articles
    from eventwire.resources import Resources

    cases = load_gold(GOLD)
    resources = Resources.load()
    result: dict[str, Any] = {"gold_cases": len(cases)}
    for label, parse_all in (("prefilter", False), ("parse_all", True)):
        articles = (Article(id=c.id, text=c.text, published=c.published) for c in cases)
        coded = code_articles(articles, resources, parse_all=parse_all)
        cases_scored = [score_case(c, k.mentions) for c, k in zip(cases, coded, strict=True)]
        emitted = sum(len(r.events) for r in cases_scored)
        gold = sum(len(r.case.events) for r in cases_scored)
        more = [sum(r.credited[n] for r in cases_scored) for n in (0, 1)]  # as `evaluate` counts them
        report = Report(dyad=Score(sum(r.dyad_matched for r in cases_scored), emitted + more[0], gold),
                        typed=Score(sum(r.typed_matched for r in cases_scored), emitted + more[1], gold),
                        per_type={}, cases=tuple(cases_scored))
        result[label] = {name: {"precision": round(s.precision, 4), "recall": round(s.recall, 4),
                                "f1": round(s.f1, 4)}
                         for name, s in (("dyad", report.dyad), ("dyad_type", report.typed))}
        result[label]["emitted"] = emitted
    return result


def main() -> None:
    """Run the benchmark and print its numbers as JSON."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--corpus", type=Path)
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--parse-all-articles", type=int, default=0,
                    help="also time --parse-all on this many articles (0: skip)")
    ap.add_argument("--batch", action="store_true", help="also time eventwire batch")
    ap.add_argument("--batch-size", type=int, help="ingest's articles per transaction")
    ap.add_argument("--no-eval", action="store_true")
    args = ap.parse_args()
    extra = ["--batch-size", str(args.batch_size)] if args.batch_size else []
    folder = corpus_folder(args.corpus, args.articles, Path(__file__).parent / "out")
    report: dict[str, Any] = {"cpus": psutil.cpu_count(), "load_avg_before": psutil.getloadavg(),
                              "ingest_options": extra}
    with tempfile.TemporaryDirectory(prefix="eventwire-bench-") as name:
        tmp = Path(name)
        small = one_article(folder, tmp)
        for workers in args.workers:
            run = ingest(folder, workers, tmp, *extra)
            run["startup_s"] = ingest(small, workers, tmp)["command_s"]
            report[f"ingest_workers_{workers}"] = run
            print(json.dumps({f"workers {workers}": run}), file=sys.stderr)
        if args.parse_all_articles:
            sliced = corpus_folder(None, args.parse_all_articles, tmp / "slice")
            for workers in args.workers:
                report[f"ingest_parse_all_workers_{workers}"] = ingest(sliced, workers, tmp,
                                                                      "--parse-all", *extra)
        if args.batch:
            for workers in args.workers:
                report[f"batch_local_workers_{workers}"] = run_cli(
                    ["batch", str(folder), "--out", str(tmp / f"shards-{workers}"),
                     "--local-workers", str(workers), "--quiet", "--shard-size", "100"])
    report["load_avg_after"] = psutil.getloadavg()
    if not args.no_eval:
        report["eval"] = scores()
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
