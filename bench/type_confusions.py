"""Tabulate, for the gold events of a development set whose dyad the coder got, the type it gave
them against the gold type: which confusions recur.

usage: python bench/type_confusions.py GOLD [GOLD ...] [--no-base-layer] [--json] [--list]

A gold file is a sentence set (`eventwire.evaluate`: types are PLOVER types, else CAMEO roots, as
scored) or an article set (`eventwire.evaluate_articles`: types are CAMEO roots, as scored). The
pairs are those the scorer's typed matching made, then a maximum dyad matching of the gold and
emitted events it left, so a confusion is counted only where no emitted event had the right type.
`--list` prints each confusion with the emitted event's code and rule and the sentence.
Run it on development sets only, never on a held-out set.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from eventwire.errors import InputError
from eventwire.evaluate import GoldEvent, dyad_match, evaluate, load_gold, max_matching
from eventwire.evaluate_articles import (
    ArticleEvent,
    evaluate_articles,
    event_span,
    is_article_file,
    load_articles,
)
from eventwire.model import EventMention
from eventwire.resources import Resources


@dataclass(frozen=True, slots=True, kw_only=True)
class Pair:
    """A gold event and the emitted event the matching gave it."""

    gold_type: str
    gold_code: str
    emitted_type: str
    code: str
    rule: str
    text: str

    @property
    def confused(self) -> bool:
        return self.gold_type != self.emitted_type


def sentence_type(plover: str | None, cameo: str | None) -> str:
    """Return the type a sentence set scores: the PLOVER type, else the CAMEO root."""
    return plover or f"CAMEO {str(cameo or '')[:2]}"


def pairs_of(gold: Sequence[GoldEvent], events: Sequence[EventMention], typed: Sequence[tuple[int, int]],
             fits: Callable[[int, int], bool]) -> list[tuple[int, int]]:
    """Return the typed pairs, then a maximum matching of the gold and emitted events they left
    under `fits` (the dyad test)."""
    used_gold, used_events = {g for g, _ in typed}, {e for _, e in typed}
    rest_gold = [g for g in range(len(gold)) if g not in used_gold]
    rest_events = [e for e in range(len(events)) if e not in used_events]
    more = max_matching(len(rest_gold), len(rest_events), lambda a, b: fits(rest_gold[a], rest_events[b]))
    return [*typed, *((rest_gold[a], rest_events[b]) for a, b in more)]


def sentence_pairs(path: Path, resources: Resources) -> list[Pair]:
    """Return the dyad pairs of a sentence set, typed by PLOVER type (else CAMEO root)."""
    return [pair for r in evaluate(load_gold(path), resources).cases
            for pair in _case_pairs(r.case.events, r.events, r.typed_pairs, r.case.text)]


def _case_pairs(gold: Sequence[GoldEvent], events: Sequence[EventMention], typed: Sequence[tuple[int, int]],
                text: str) -> list[Pair]:
    return [Pair(gold_type=sentence_type(gold[g].plover, gold[g].cameo), gold_code=str(gold[g].cameo or ""),
                 emitted_type=sentence_type(events[e].plover, events[e].cameo),
                 code=events[e].cameo, rule=events[e].rule, text=text)
            for g, e in pairs_of(gold, events, typed, lambda g, e: dyad_match(events[e], gold[g]))]


def article_pairs(path: Path, resources: Resources) -> list[Pair]:
    """Return the dyad pairs of an article set, typed by CAMEO root."""
    return [pair for r in evaluate_articles(load_articles(path), resources).articles
            for pair in _article_pairs(r.article.events, r.events, r.typed_pairs, r.article.text)]


def _article_pairs(gold: Sequence[ArticleEvent], events: Sequence[EventMention], typed: Sequence[tuple[int, int]],
                   text: str) -> list[Pair]:
    def fits(g: int, e: int) -> bool:
        start, end = event_span(events[e], text)
        return start < gold[g].sentence[1] and gold[g].sentence[0] < end and dyad_match(events[e], gold[g].event)

    return [Pair(gold_type=str(gold[g].event.cameo)[:2], gold_code=str(gold[g].event.cameo or ""),
                 emitted_type=events[e].cameo[:2], code=events[e].cameo,
                 rule=events[e].rule, text=text[gold[g].sentence[0]:gold[g].sentence[1]])
            for g, e in pairs_of([a.event for a in gold], events, typed, fits)]


def confusions(pairs: Sequence[Pair]) -> Counter[tuple[str, str]]:
    """Count the (gold type, emitted type) confusions."""
    return Counter((p.gold_type, p.emitted_type) for p in pairs if p.confused)


def set_spread(by_set: dict[str, list[Pair]]) -> Counter[tuple[str, str]]:
    """Count, for each confusion, the sets it occurs in: one that recurs across sets has a general
    cause, one confined to a set may be that set's wording."""
    return Counter(key for set_pairs in by_set.values() for key in confusions(set_pairs))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path, nargs="+")
    parser.add_argument("--base-layer", action=argparse.BooleanOptionalAction, default=True,
                        help="load the imported base dictionaries and patterns (the default; "
                        "--no-base-layer: own data only)")
    parser.add_argument("--json", action="store_true", help="print the counts as JSON")
    parser.add_argument("--list", action="store_true", help="also print each confusion with its rule and sentence")
    args = parser.parse_args(argv)
    resources = Resources.load(base_layer=args.base_layer)
    by_set: dict[str, list[Pair]] = {}
    try:
        for path in args.gold:
            by_set[str(path)] = (article_pairs if is_article_file(path) else sentence_pairs)(path, resources)
    except InputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    pairs = [pair for set_pairs in by_set.values() for pair in set_pairs]
    counts, spread = confusions(pairs), set_spread(by_set)
    if args.json:
        print(json.dumps({"dyad_pairs": len(pairs), "confused": sum(counts.values()),
                          "confusions": [{"gold": g, "emitted": e, "events": n, "sets": spread[g, e]}
                                         for (g, e), n in counts.most_common()]},
                         indent=2))
    else:
        print(f"{len(pairs)} gold events with the dyad right, {sum(counts.values())} with another type")
        print("\n".join(f"{n:>5}  {g} -> {e}  (in {spread[g, e]} set(s))" for (g, e), n in counts.most_common()))
    if args.list:
        print("\n".join(f"{p.gold_type} ({p.gold_code}) -> {p.emitted_type} {p.code} [{p.rule}]\n    {p.text}"
                        for p in pairs if p.confused))
    return 0


if __name__ == "__main__":
    sys.exit(main())
