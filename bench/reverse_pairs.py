"""Count the emitted events that are the reverse of another event of the same act: the same sentence,
action and code, source and target swapped (a mutual act coded in both directions).

usage: python bench/reverse_pairs.py FILE... [--no-base-layer] [--list]

FILE is a sentence gold set or an article set (`eventwire eval` reads both). `--list` prints each
reverse pair with its sentence: use it on development study sets only, never on a held-out or check set.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from eventwire.evaluate import actor_class, load_gold
from eventwire.evaluate_articles import is_article_file, load_articles
from eventwire.model import Article, EventMention
from eventwire.pipeline import code_articles
from eventwire.resources import Resources


def _act(event: EventMention) -> tuple[object, ...]:
    return event.sentence, event.action.start, event.action.end, event.cameo


def reverses(events: Sequence[EventMention]) -> list[tuple[EventMention, EventMention]]:
    """Return each event paired with an earlier one of the same act whose source and target it swaps."""
    found = []
    for i, later in enumerate(events):
        for earlier in events[:i]:
            a, b = (actor_class(earlier.source), actor_class(earlier.target)), (actor_class(later.source),
                                                                                actor_class(later.target))
            if _act(earlier) == _act(later) and a[0] != a[1] and a == (b[1], b[0]):
                found.append((earlier, later))
                break
    return found


def _articles(path: Path) -> list[Article]:
    if is_article_file(path):
        return [Article(id=a.id, text=a.text, title=a.title, published=a.published, url=a.url)
                for a in load_articles(path)]
    return [Article(id=c.id, text=c.text, published=c.published) for c in load_gold(path)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", type=Path, nargs="+")
    parser.add_argument("--base-layer", action=argparse.BooleanOptionalAction, default=True)
    parser.add_argument("--list", action="store_true", help="print each reverse pair (study sets only)")
    args = parser.parse_args()
    resources = Resources.load(base_layer=args.base_layer)
    for path in args.files:
        emitted = reversed_ = 0
        for coded in code_articles(_articles(path), resources):
            pairs = reverses(coded.mentions)
            emitted, reversed_ = emitted + len(coded.mentions), reversed_ + len(pairs)
            for first, second in pairs if args.list else ():
                print(f"  {actor_class(first.source)}→{actor_class(first.target)} {first.cameo} "
                      f"[{first.rule} / {second.rule}] {first.sentence_text}")
        print(f"{path}: {emitted} events, {reversed_} the reverse of another of the same act")


if __name__ == "__main__":
    main()
