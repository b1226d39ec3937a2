"""Benchmark `eventwire code`: articles per second and peak memory over the benchmark corpus.

usage: python bench/code_bench.py [--articles 500] [--corpus FILE] [--parse-all] [--base-layer [--no-backoff]]

Writes the corpus with ../shared/bench/make_corpus.py (unless --corpus is given), codes it in
one process as `eventwire code` does, and prints load time, articles/s, sentences parsed, events
and peak resident memory. Numbers, not assertions: run it on the machine you report from.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

from eventwire.ingest import ReadOptions, Skipped, read_sources
from eventwire.model import Article
from eventwire.pipeline import code_articles, prepare
from eventwire.resources import Resources

MAKE_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "bench" / "make_corpus.py"


def corpus(path: Path | None, articles: int, out: Path) -> Path:
    """Return the corpus file, writing it with make_corpus.py when none is given."""
    if path is not None:
        return path
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as handle:
        subprocess.run([sys.executable, str(MAKE_CORPUS), "--articles", str(articles)], stdout=handle, check=True)
    return out


def main() -> None:
    """Run the benchmark and print its numbers."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=500)
    ap.add_argument("--corpus", type=Path)
    ap.add_argument("--parse-all", action="store_true")
    ap.add_argument("--base-layer", action="store_true", help="load the imported PETRARCH/Phoenix layer too")
    ap.add_argument("--no-backoff", action="store_true", help="with --base-layer: without its verb defaults")
    args = ap.parse_args()
    path = corpus(args.corpus, args.articles, Path(__file__).parent / "out" / f"corpus-{args.articles}.jsonl")
    started = time.perf_counter()
    resources = Resources.load(base_layer=args.base_layer, backoff=not args.no_backoff)
    loaded = time.perf_counter()
    items = [a for a in read_sources([str(path)], ReadOptions(languages=())) if not isinstance(a, Skipped)]
    articles = [a for a in items if isinstance(a, Article)]
    read = time.perf_counter()
    events = sum(len(c.mentions) for c in code_articles(articles, resources, parse_all=args.parse_all))
    done = time.perf_counter()
    sentences = sum(len(prepare(a, resources).sentences) for a in articles[:50])
    parsed = sum(len(prepare(a, resources, parse_all=args.parse_all).selected) for a in articles[:50])
    words = sum(len(a.text.split()) for a in articles)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({
        "articles": len(articles), "words": words, "events": events, "parse_all": args.parse_all,
        "base_layer": args.base_layer, "backoff": not args.no_backoff,
        "load_s": round(loaded - started, 2), "read_s": round(read - loaded, 2),
        "code_s": round(done - read, 2), "articles_per_s": round(len(articles) / (done - read), 1),
        "words_per_s": round(words / (done - read)), "sentences_parsed_share_first50": round(parsed / sentences, 3),
        "peak_rss_mb": round(peak_mb),
    }, indent=2))


if __name__ == "__main__":
    main()
