"""Count, for every gold event of a development article set, the first stage of the coder at
which it is lost.

usage: python bench/stage_loss.py bench/dev-voa/articles.jsonl [--no-base-layer] [--json] [--list] [--silent]

`--list` also prints each lost gold event with its stage and sentence; `--silent` counts the events
lost as "parsed, no event emitted" by the coder's drop records on their sentence.

Run it on development sets only, never on a held-out set. The stages, in order (a gold event
counts at the first that fails):
- sentence not found: no sentence of the coder overlaps the gold sentence;
- source / target actor not found: no dictionary hit in those sentences has an entry whose
  class (`evaluate.code_class`: its country, or IGO/NGO/IMG) is in the gold list; a hit with an
  unplaced entry ("police") counts as found, since the conventions may place it (an actor named
  only by a pronoun counts as not found: the matcher does not see it); an empty gold target
  list needs none;
- not selected: none of those sentences is chosen by the pre-filter (`select_sentences`);
- no event: parsed, but no kept event lies on the gold sentence;
- wrong dyad: events, none with the gold dyad (`evaluate.dyad_match`);
- wrong root: a dyad match, none with the gold CAMEO root;
- taken: a right event exists, but the one-to-one matching gave it to another gold event;
- matched: in the dyad+root matching of `evaluate_articles.score_article`.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from eventwire.actors.matcher import Hit
from eventwire.coding.article import Prepared
from eventwire.errors import InputError
from eventwire.evaluate import code_class, dyad_match
from eventwire.evaluate_articles import ArticleEvent, GoldArticle, event_span, load_articles, score_article
from eventwire.model import Article, EventMention
from eventwire.nlp import Sentence
from eventwire.party_pairs import pair_views
from eventwire.pipeline import ArticleRun, parse_selected, prepare, run_article
from eventwire.resources import Resources

STAGES = ("sentence not found", "source actor not found", "target actor not found",
          "not selected by the pre-filter", "parsed, no event emitted", "events, none with the dyad",
          "dyad right, CAMEO root wrong", "right event taken by another gold event", "matched")


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def actor_found(hits: Sequence[Hit], codes: frozenset[str]) -> bool:
    """Tell whether some hit could name an actor of one of the gold classes."""
    classes = {code_class(e.actor()) for h in hits for e in h.entries}
    return bool(classes & codes) or any(not e.actor().placed for h in hits for e in h.entries)


def stage_of(gold: ArticleEvent, prepared: Prepared, events: Sequence[EventMention], matched: bool) -> str:
    """Return the first stage at which a gold event is lost ("matched" when it is not)."""
    if matched:
        return STAGES[-1]
    sentences: list[Sentence] = [s for s in prepared.sentences if _overlaps((s.start_char, s.end_char), gold.sentence)]
    hits = [h for s in sentences for h in prepared.hits[s.index]]
    on = [e for e in events if _overlaps(event_span(e, prepared.article.text), gold.sentence)]
    dyads = [e for e in on if any(dyad_match(pair, gold.event) for pair in pair_views(e))]
    checks = (bool(sentences), actor_found(hits, gold.event.source),
              not gold.event.target or actor_found(hits, gold.event.target),
              any(s.index in prepared.selected for s in sentences), bool(on), bool(dyads),
              any(e.cameo[:2] == gold.event.cameo[:2] for e in dyads) if gold.event.cameo else False)
    return next((stage for stage, ok in zip(STAGES, checks, strict=False) if not ok), STAGES[-2])


def article_stages(gold: GoldArticle, prepared: Prepared, run: ArticleRun) -> list[str]:
    """Return the stage of each gold event of one article."""
    events = run.coded.mentions
    matched = {g for g, _ in score_article(gold, events).typed_pairs}
    return [stage_of(e, prepared, events, g in matched) for g, e in enumerate(gold.events)]


def article_runs(articles: Sequence[GoldArticle],
                 resources: Resources) -> list[tuple[GoldArticle, Prepared, ArticleRun]]:
    """Code every article as `code_articles` does; return each with its prepared form and run."""
    inputs = [Article(id=a.id, text=a.text, title=a.title, published=a.published, url=a.url) for a in articles]
    prepared = [prepare(a, resources) for a in inputs]
    return [(gold, item, run_article(item, parses, resources))
            for gold, item, parses in zip(articles, prepared, parse_selected(prepared, resources), strict=True)]


Stage = tuple[GoldArticle, ArticleEvent, str, str]  # a gold event, its stage and, when silent, why


def event_stages(articles: Sequence[GoldArticle], resources: Resources) -> list[Stage]:
    """Return each gold event of the articles with its stage and, for one lost as "parsed, no event
    emitted", what the coder dropped on its sentence: the stages of its drop records (`Drop.stage`,
    joined by "+"), or "no candidate" when no verb of the sentence had a pattern to try."""
    found: list[Stage] = []
    for gold, item, run in article_runs(articles, resources):
        for event, stage in zip(gold.events, article_stages(gold, item, run), strict=True):
            found.append((gold, event, stage, _why_silent(run, event) if stage == STAGES[4] else ""))
    return found


def _why_silent(run: ArticleRun, event: ArticleEvent) -> str:
    drops = {str(d.stage) for r in run.sentences for d in r.drops
             if _overlaps((r.sentence.start_char, r.sentence.end_char), event.sentence)}
    return "+".join(sorted(drops)) or "no candidate"


def silent_causes(stages: Sequence[Stage]) -> Counter[str]:
    """Count the gold events lost as "parsed, no event emitted" by what the coder dropped."""
    return Counter(cause for _, _, stage, cause in stages if stage == STAGES[4])


def count_stages(articles: Sequence[GoldArticle], resources: Resources) -> Counter[str]:
    """Count the gold events of an article set by the stage that loses them."""
    return Counter(stage for _, _, stage, _ in event_stages(articles, resources))


def lost_lines(stages: Sequence[Stage]) -> list[str]:
    """Return one line per lost gold event: article, stage, dyad, code and sentence."""
    return [f"{a.id} [{stage}] {sorted(e.event.source)}→{sorted(e.event.target)} {e.event.cameo}: "
            f"{a.text[e.sentence[0]:e.sentence[1]]}" for a, e, stage, _ in stages if stage != STAGES[-1]]


def table(counts: Counter[str]) -> str:
    """Return the counts and shares as a plain table."""
    total = sum(counts.values())
    rows = [f"{i}. {stage:<42} {counts[stage]:>5} {counts[stage] / total if total else 0.0:>7.1%}"
            for i, stage in enumerate(STAGES, start=1)]
    return "\n".join([f"{'stage':<45} {'events':>5} {'share':>7}", *rows, f"{'total':<45} {total:>5}"])


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles", type=Path)
    parser.add_argument("--base-layer", action=argparse.BooleanOptionalAction, default=True,
                        help="load the imported base dictionaries and patterns (the default; "
                        "--no-base-layer: own data only)")
    parser.add_argument("--json", action="store_true", help="print the counts as JSON")
    parser.add_argument("--list", action="store_true", help="also print each lost gold event and its stage")
    parser.add_argument("--silent", action="store_true", help="also count the parsed sentences without events by drop")
    args = parser.parse_args(argv)
    try:
        articles = load_articles(args.articles)
    except InputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    resources = Resources.load(base_layer=args.base_layer)
    stages = event_stages(articles, resources)
    counts = Counter(stage for _, _, stage, _ in stages)
    total = sum(counts.values())
    if args.json:
        print(json.dumps({"total": total, "stages": [{"stage": s, "events": counts[s],
                                                      "share": round(counts[s] / total, 4) if total else 0.0}
                                                     for s in STAGES]}, indent=2))
    else:
        print(table(counts))
    if args.list:
        print("\n".join(lost_lines(stages)))
    if args.silent:
        print("\n".join(f"{count:>5}  {cause}" for cause, count in silent_causes(stages).most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
