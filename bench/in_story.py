"""Score a sentence gold set with each sentence coded inside its whole story, as a user codes news.

usage: python bench/in_story.py SENTENCES.jsonl STORIES.jsonl [--no-base-layer] [--json]

`eventwire eval` codes every gold sentence alone, so an actor the story named before ("he", "the
spokesperson", a surname, "authorities" of the dateline's country) is out of its reach. Here each
record's story (its `line`, 1-based, in STORIES.jsonl: records with `text`, optional `title`) is
coded whole; an event belongs to a gold sentence when its span in the story overlaps the
sentence's (`eventwire.evaluate_articles.event_span`), and the sentences are scored as `eventwire
eval` scores them (`eventwire.evaluate.score_case`). Printed: dyad and dyad+type scores, beside
those of the sentences coded alone, and, as `eventwire eval` scores whole articles, the date and
place accuracy of the events matched by sentence, dyad and CAMEO root. Run it only on sets whose
stories may be coded (the studied half of `bench/heldout-voa/sentences.jsonl`, or its held-out
half for an aggregate score).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from eventwire.cli.eval_view import articles_dict, as_dict
from eventwire.evaluate import Report, evaluate, load_gold, score_case, summarize
from eventwire.evaluate_articles import ArticleReport, event_span, gold_article, score_article, summarize_articles
from eventwire.model import Article
from eventwire.pipeline import code_articles
from eventwire.resources import Resources


def in_story(sentences: Path, stories: Path, resources: Resources) -> tuple[Report, ArticleReport]:
    """Score the gold sentences with each coded inside its story: as sentences (dyad and
    dyad+type) and as the gold sentences of whole articles (dyad+root, dates and places)."""
    cases = load_gold(sentences)
    golds = [json.loads(line) for line in sentences.read_text(encoding="utf-8").splitlines() if line.strip()]
    lines = [g["line"] for g in golds]
    records: list[dict[str, Any]] = [json.loads(line) for line in stories.read_text(encoding="utf-8").splitlines()]
    published = {n: case.published for case, n in zip(cases, lines, strict=True)}
    wanted = sorted(published)
    articles = [Article(id=f"line-{n}", text=records[n - 1]["text"], title=records[n - 1].get("title"),
                        published=published[n]) for n in wanted]
    coded = dict(zip(wanted, (c.mentions for c in code_articles(articles, resources)), strict=True))
    results = []
    spans: dict[int, list[tuple[int, int]]] = {n: [] for n in wanted}
    events: dict[int, list[dict[str, Any]]] = {n: [] for n in wanted}
    for case, gold, n in zip(cases, golds, lines, strict=True):
        text = records[n - 1]["text"]
        start = text.find(case.text)
        if start < 0:
            raise SystemExit(f"{sentences}: {case.id}: the sentence is not in line {n} of {stories}")
        span = (start, start + len(case.text))
        spans[n].append(span)
        events[n] += [{**e, "sentence": list(span)} for e in gold["events"]]
        results.append(score_case(case, [e for e in coded[n] if _overlaps(event_span(e, text), span)]))
    stories_scored = []
    for n in wanted:
        text = records[n - 1]["text"]
        story = gold_article({"id": f"line-{n}", "text": text, "published": str(published[n] or "") or None,
                              "sentences": [list(s) for s in spans[n]], "events": events[n]}, f"{stories}:{n}")
        inside = [e for e in coded[n] if any(_overlaps(event_span(e, text), s) for s in spans[n])]
        stories_scored.append(score_article(story, inside))
    return summarize(results), summarize_articles(stories_scored)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sentences", type=Path)
    ap.add_argument("stories", type=Path)
    ap.add_argument("--no-base-layer", action="store_true")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    resources = Resources.load(base_layer=not args.no_base_layer)
    whole, story = in_story(args.sentences, args.stories, resources)
    alone = evaluate(load_gold(args.sentences), resources)
    if args.json:
        print(json.dumps({"in_story": as_dict(whole), "alone": as_dict(alone),
                          "in_story_articles": articles_dict(story)}, indent=2))
        return 0
    for name, report in (("in its story", whole), ("alone", alone)):
        d, t = report.dyad, report.typed
        print(f"{name:13s} dyad P {d.precision:.3f} R {d.recall:.3f} F1 {d.f1:.3f} ({d.matched} of {d.emitted}, "
              f"gold {d.gold}); dyad+type F1 {t.f1:.3f} ({t.matched})")
    r = story.typed
    print(f"in its story, as articles: dyad+root {r.matched} of {r.emitted} (gold {r.gold}); "
          f"dates right {story.dates.right} of {story.dates.checked}, places right {story.places.right} of "
          f"{story.places.checked}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
