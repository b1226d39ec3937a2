"""Profile one coding worker with cProfile and print the share of each stage of its CPU.

usage: python bench/worker_profile.py [--corpus bench/out/corpus-300.jsonl | --voa] [--base-layer]
       [--top 25] [--dump FILE]

Runs what a worker of `eventwire ingest` runs: loading `Resources` (start-up, reported apart),
reading the corpus, coding it in tasks of 48 articles, and pickling each task's results (what
crosses to the parent). Each stage is the functions listed for it in `stages()`, timed twice: in
process CPU by wrapping them in timers (first column; the figures to compare), and by cProfile's
cumulative time (second column), which charges each Python call an overhead and counts wall
time, so Python stages and other load on the machine weigh more there. The listed functions do
not call one another, so shares add up; "dates" leaves out the sentence's period that actor
resolution reads (inside the coder's stage), and with it the first reading of each parsed sentence's
date phrases (past tense), which the article's `ArticlePhrases` memo keeps for the dates stage.
`--voa` codes the VOA development stories (VOA lines 45, 46, 49, 51-54, 56, 57, 59-63 only).
Numbers, not assertions.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import json
import pickle
import pstats
import sys
import time
from collections.abc import Callable
from datetime import date
from itertools import islice
from pathlib import Path
from typing import Any

from compare import VOA, VOA_DEV_LINES
from writer_share import read_corpus

from eventwire.model import Article
from eventwire.pipeline import code_articles
from eventwire.resources import Resources

TASK = 48
# (stage, function): the cumulative time of each function listed for a stage.
def stages() -> tuple[tuple[str, Any], ...]:
    from eventwire import pipeline, provenance, story_dates
    from eventwire.actors.matcher import ActorMatcher
    from eventwire.coding import article
    from eventwire.nlp import Segmenter

    return (
        ("reading", read_articles),
        ("tokenizing and segmentation", Segmenter.__call__),
        ("actor matching", ActorMatcher.__call__),
        ("dateline, country, hits (rest of prepare)", provenance.dateline_end),
        ("dateline, country, hits (rest of prepare)", article.dateline_place),
        ("dateline, country, hits (rest of prepare)", article.article_country),
        ("pre-filter", article.select_sentences),
        ("parsing (sentence Docs + nlp.pipe + repairs)", pipeline.parse_selected),
        ("pattern matching, actors, roles (code_sentences)", article.code_sentences),
        ("dates", story_dates.sentence_dates),
        ("dates", pipeline._event_dates),
        ("places", pipeline._places),
        ("provenance (reporting chains)", provenance.article_chains),
        ("conventions and filter", pipeline._finish),
        ("pickling results", pickled),
    )


def read_articles(path: Path | None) -> list[Article]:
    """Return the corpus's articles, or the VOA development stories."""
    if path is not None:
        return read_corpus(path)
    articles = []
    with VOA.open(encoding="utf-8") as source:
        for number, line in enumerate(source, 1):
            if number in VOA_DEV_LINES:
                story = json.loads(line)
                articles.append(Article(id=f"voa-{story['id']}", text=story["text"], title=story["title"],
                                        published=date.fromisoformat(story["published"][:10])))
    return articles


def pickled(value: Any) -> int:
    """Return the size of a value pickled as the worker sends it to the parent."""
    return len(pickle.dumps(value))


def work(path: Path | None, resources: Resources) -> int:
    """Code as a worker does (with the loaded resources set aside from the garbage collector, in
    a source tree that does so) and return the bytes pickled."""
    try:
        from eventwire.parallel import long_lived
    except ImportError:  # an older tree
        long_lived = contextlib.nullcontext
    articles = read_articles(path)
    source, size = iter(articles), 0
    with long_lived():
        while batch := list(islice(source, TASK)):
            size += pickled(list(code_articles(batch, resources, batch_size=len(batch))))
    return size


def profiled(call: Callable[[], Any]) -> tuple[float, pstats.Stats, Any]:
    profile = cProfile.Profile()
    cpu = time.process_time()
    result = profile.runcall(call)
    return time.process_time() - cpu, pstats.Stats(profile), result


def shares(stats: pstats.Stats) -> dict[str, float]:
    table: dict[str, float] = {}
    raw: dict[Any, Any] = stats.stats  # type: ignore[attr-defined]
    keys = {}
    for stage, function in stages():
        code = function.__code__
        keys[(code.co_filename, code.co_firstlineno, code.co_name)] = stage
    for key, (_, _, _, cumulative, _) in raw.items():
        if key in keys:
            table[keys[key]] = table.get(keys[key], 0.0) + cumulative
    return table


def timed(path: Path | None, resources: Resources) -> tuple[float, dict[str, float]]:
    """Code the corpus unprofiled, with each stage function wrapped in a process-CPU timer (its
    name replaced wherever the pipeline imported it); return the total and each stage's seconds."""
    import eventwire.coding.article as article_module
    import eventwire.pipeline as pipeline_module

    spent: dict[str, float] = {}
    saved: list[tuple[Any, str, Any]] = []
    homes = (pipeline_module, article_module, sys.modules[__name__])
    for stage, function in stages():
        name = function.__name__
        owner = next((cls for cls in _classes() if cls.__dict__.get(name) is function), None)
        for home in [owner] if owner is not None else [m for m in homes if getattr(m, name, None) is function]:
            saved.append((home, name, function))
            setattr(home, name, _timer(function, stage, spent))
    try:
        start = time.process_time()
        work(path, resources)
        return time.process_time() - start, spent
    finally:
        for home, name, function in saved:
            setattr(home, name, function)


def _classes() -> tuple[type, ...]:
    from eventwire.actors.matcher import ActorMatcher
    from eventwire.nlp import Segmenter

    return (Segmenter, ActorMatcher)


def _timer(function: Any, stage: str, spent: dict[str, float]) -> Any:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            spent[stage] = spent.get(stage, 0.0) + time.process_time() - start
    return wrapper


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default="bench/out/corpus-300.jsonl")
    parser.add_argument("--voa", action="store_true")
    parser.add_argument("--base-layer", action="store_true")
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--dump", help="also write the profile's stats to this file (for pstats)")
    args = parser.parse_args()
    path = None if args.voa else Path(args.corpus)
    start = time.process_time()
    resources = Resources.load(base_layer=args.base_layer)
    print(f"start-up (Resources.load, unprofiled): {time.process_time() - start:.2f} s CPU")
    work(path, resources)  # warm: the first article pays for lazy loading
    plain, clock = timed(path, resources)
    cpu, stats, size = profiled(lambda: work(path, resources))
    total = stats.total_tt  # type: ignore[attr-defined]
    table = shares(stats)
    if args.dump:
        stats.dump_stats(args.dump)
    print(f"coding: {plain:.2f} s CPU with stage timers, {cpu:.2f} s profiled; {size / 1e6:.1f} MB pickled")
    print("  timers       cProfile    stage")
    for stage, _ in sorted(clock.items(), key=lambda kv: -kv[1]):
        print(f"{100 * clock[stage] / plain:5.1f}% {clock[stage]:6.2f} s  {100 * table.get(stage, 0) / total:5.1f}%"
              f"   {stage}")
    rest = plain - sum(clock.values())
    print(f"{100 * rest / plain:5.1f}% {rest:6.2f} s          other (batching, glue)")
    if args.top:
        stats.sort_stats("tottime").print_stats(args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
