"""Report the share of sentences the pre-filter sends to the parser.

usage: python bench/prefilter_share.py [--corpus FILE ...] [--voa] [--base-layer] [--coded]

For each corpus (JSON Lines with a "text" field) and, with `--voa`, the Voice of America
development stories (VOA_DEV_LINES of ../shared/news/voa/voa_stories.jsonl; the other lines are held
out and never read here), runs only the stages before parsing (tokenizing, sentence splitting,
actor matching, the pre-filter) and prints the sentences, those with a pattern's cue words,
those with an actor, those selected for parsing and their share of the tokens (what the parser's
time goes by: the selected sentences are the longer ones), and the cue index's size (surface forms, and
the largest set of required words behind one form), for own and imported patterns. `--base-layer` loads the imported
PETRARCH/Phoenix dictionaries too, as `eventwire code --base-layer` does. `--coded` also parses
and codes the selected sentences and prints the share of the tokens in sentences that yield an
event: the least any pre-filter that keeps every event could parse. Numbers, not assertions.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path

from eventwire.coding.article import Prepared
from eventwire.model import Article
from eventwire.pipeline import parse_selected, prepare, run_article
from eventwire.resources import Resources

SHARED = Path(__file__).resolve().parents[2] / "shared"
VOA = SHARED / "news" / "voa" / "voa_stories.jsonl"
VOA_DEV_LINES = (45, 46, 49, 51, 52, 53, 54, 56, 57, 59, 60, 61, 62, 63)  # 1-based; the rest are held out


def corpus_texts(path: Path) -> Iterator[str]:
    """Yield the texts of a JSON Lines corpus."""
    for line in path.open(encoding="utf-8"):
        if line.strip():
            yield json.loads(line)["text"]


def voa_texts() -> Iterator[str]:
    """Yield the texts of the VOA development stories only."""
    with VOA.open(encoding="utf-8") as source:
        for number, line in enumerate(source, 1):
            if number in VOA_DEV_LINES:
                yield json.loads(line)["text"]


def _coded_tokens(prepared: Prepared, sizes: list[int], resources: Resources) -> int:
    """Return the tokens of an article's sentences that yield an event (parsing what it selects)."""
    parses = parse_selected([prepared], resources)[0]
    return sum(sizes[r.sentence.index] for r in run_article(prepared, parses, resources).sentences if r.events)


def shares(name: str, texts: Iterator[str], resources: Resources, *, coded: bool = False) -> None:
    """Print how many sentences of some texts the pre-filter selects, and why."""
    sentences = cued = with_actor = selected = articles = tokens = tokens_parsed = tokens_coded = 0
    for text in texts:
        prepared = prepare(Article(id=Article.make_id(text), text=text), resources)
        articles += 1
        sentences += len(prepared.sentences)
        selected += len(prepared.selected)
        sizes = [s.end - s.start for s in prepared.sentences]
        tokens += sum(sizes)
        tokens_parsed += sum(sizes[i] for i in prepared.selected)
        tokens_coded += _coded_tokens(prepared, sizes, resources) if coded else 0
        for sentence, hits in zip(prepared.sentences, prepared.hits, strict=True):
            words = {t.lower_ for t in prepared.doc[sentence.start:sentence.end]}
            cued += resources.cues.triggered(words)
            with_actor += bool(hits)
    total = max(sentences, 1)
    print(f"{name}: {articles} articles, {sentences} sentences; cue words {cued} ({100 * cued / total:.1f}%), "
          f"an actor {with_actor} ({100 * with_actor / total:.1f}%), parsed {selected} "
          f"({100 * selected / total:.1f}%), holding {100 * tokens_parsed / max(tokens, 1):.1f}% of the tokens "
          f"(the parser's cost goes by tokens)")
    if coded:
        print(f"  sentences that yield an event hold {100 * tokens_coded / max(tokens, 1):.1f}% of the tokens "
              f"(what a pre-filter that parsed nothing else would parse)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", nargs="*", default=[])
    parser.add_argument("--voa", action="store_true")
    parser.add_argument("--base-layer", action="store_true")
    parser.add_argument("--coded", action="store_true", help="also code the selected sentences")
    args = parser.parse_args()
    resources = Resources.load(base_layer=args.base_layer)
    for name, needs in (("own patterns", resources.cues.needs), ("imported patterns", resources.cues.pair_needs)):
        largest = max((len(v) for v in needs.values() if v is not None), default=0)
        print(f"cue index, {name}: {len(needs)} surface forms, {sum(v is None for v in needs.values())} needing "
              f"no other word, at most {largest} required words behind one form")
    for path in args.corpus:
        shares(path, corpus_texts(Path(path)), resources, coded=args.coded)
    if args.voa:
        shares("VOA development stories", voa_texts(), resources, coded=args.coded)
    return 0


if __name__ == "__main__":
    sys.exit(main())
