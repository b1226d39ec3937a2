"""Print, for each event of a development article set matched to a gold event (dyad and CAMEO
root), its date and place beside the gold ones, with the gold sentence.

usage: python bench/article_attributes.py bench/dev-voa/articles.jsonl [--wrong] [--no-base-layer]

`--wrong` prints only the events whose date or place is wrong. Each line reads
`ARTICLE CAMEO date DATE (HOW) gold DATE | place NAME, COUNTRY (PRECISION) gold NAME, COUNTRY`
with `!` before a wrong date or place. Run it on development sets only, never on a held-out set.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path

from eventwire.evaluate_articles import ArticleResult, date_right, evaluate_articles, load_articles, place_right
from eventwire.resources import Resources


def _lines(result: ArticleResult, *, wrong_only: bool) -> Iterator[str]:
    """Yield two lines (the attributes, the sentence) per matched event of one article."""
    for g, s in result.typed_pairs:
        gold, event = result.article.events[g], result.events[s]
        dated, placed = date_right(event, gold.date), place_right(event, gold.place)
        if wrong_only and dated and placed:
            continue
        place = event.place
        got = f"{place.name}, {place.country} ({place.precision})" if place else "None"
        want = f"{gold.place.name}, {gold.place.country}" if gold.place else "None"
        yield (f"{result.article.id} {event.cameo} {'' if dated else '!'}date {event.date.date} ({event.date.how})"
               f" gold {gold.date} | {'' if placed else '!'}place {got} gold {want}")
        yield f"    {result.article.text[gold.sentence[0]:gold.sentence[1]]}"


def main() -> None:
    """Code the article set and print the matched events' dates and places."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("--wrong", action="store_true", help="only events with a wrong date or place")
    parser.add_argument("--no-base-layer", action="store_true", help="leave out the imported base layer")
    args = parser.parse_args()
    resources = Resources.load(base_layer=not args.no_base_layer)
    report = evaluate_articles(load_articles(args.gold), resources)
    for result in report.articles:
        for line in _lines(result, wrong_only=args.wrong):
            print(line)
    print(f"dates {report.dates.right}/{report.dates.checked}, places {report.places.right}/{report.places.checked}")


if __name__ == "__main__":
    main()
