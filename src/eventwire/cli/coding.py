"""`eventwire code`, `eventwire explain` and `eventwire eval`."""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from collections.abc import Iterator
from typing import IO, TYPE_CHECKING, Any

from rich.console import Console
from rich.table import Table

from eventwire.cli.inputs import check_inputs, plural
from eventwire.cli.options import (
    add_published,
    add_resource_options,
    input_file,
    output_file,
    resource_settings,
    some_text,
    writing,
)
from eventwire.cli.progress import Meter
from eventwire.guard import code_guarded
from eventwire.ingest import Skipped, read_sources
from eventwire.ingest.cli_options import add_read_options, read_options_from_args
from eventwire.model import Article, EventMention

if TYPE_CHECKING:  # the coder (and spaCy) is imported by the commands that code here, not by ingest's parent
    from eventwire.model import Coded
    from eventwire.resources import Resources

FORMATS = ("table", "jsonl", "csv")
CSV_COLUMNS = ("article_id", "sentence", "date", "source", "source_name", "cameo", "cameo_name", "plover",
               "target", "target_name", "also_sources", "also_targets", "quad_class", "goldstein", "place",
               "place_country", "lat", "lon",
               "negated", "modality", "speaker", "reported_by", "rule", "confidence", "sentence_text")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the coding subcommands."""
    code = sub.add_parser("code", help="code articles and print their events")
    code.add_argument("paths", nargs="+", metavar="PATH",
                      help="files (.txt .jsonl .html .csv .warc, gzipped too), folders, URLs, or - for stdin")
    code.add_argument("--format", choices=FORMATS, default="table")
    code.add_argument("--output", type=output_file, help="write to this file instead of stdout")
    code.add_argument("--parse-all", action="store_true", help="parse every sentence (no pre-filter)")
    code.add_argument("--quiet", action="store_true", help="no progress line")
    add_resource_options(code)
    add_read_options(code)
    code.set_defaults(handler=run_code)

    exp = sub.add_parser("explain", help="show how one sentence or text is coded")
    exp.add_argument("text", type=some_text, help="the sentence (or text) to explain")
    add_published(exp, "of the text")
    exp.add_argument("--tokens", action="store_true", help="show the full parse")
    add_resource_options(exp)
    exp.set_defaults(handler=run_explain)

    ev = sub.add_parser("eval", help="score the coder on a gold JSONL file")
    ev.add_argument("gold", type=input_file, help="a gold JSONL file, or PETRARCH unit-test records (.xml)")
    ev.add_argument("--errors", action="store_true", help="list the cases the coder got wrong")
    ev.add_argument("--json", action="store_true", help="print the scores as JSON")
    ev.add_argument("--articles", action="store_true",
                    help="score whole articles (found automatically when records list 'sentences')")
    add_resource_options(ev)
    ev.set_defaults(handler=run_eval)


def load_resources(args: argparse.Namespace) -> Resources:
    """Load resources with the user's data files and layer choices."""
    return resource_settings(args).load()


def _articles(args: argparse.Namespace, names: tuple[str, ...], skipped: list[Skipped],
              counts: Counter[str]) -> Iterator[Article]:
    for item in read_sources(names, read_options_from_args(args)):
        if isinstance(item, Skipped):
            skipped.append(item)
            print(f"eventwire: skipped {item}", file=sys.stderr)
            continue
        counts["read"] += 1
        yield item


def _row(m: EventMention) -> dict[str, Any]:
    return {
        "article_id": m.article_id, "sentence": m.sentence, "date": m.date.date.isoformat() if m.date.date else "",
        "source": m.source.actor.code if m.source else "", "source_name": m.source.text if m.source else "",
        "cameo": m.cameo, "cameo_name": m.cameo_name, "plover": m.plover or "",
        "target": m.target.actor.code if m.target else "", "target_name": m.target.text if m.target else "",
        "also_sources": ";".join(p.actor.code for p in m.also_sources),
        "also_targets": ";".join(p.actor.code for p in m.also_targets), "quad_class": m.quad_class,
        "goldstein": m.goldstein, "place": m.place.name if m.place else "",
        "place_country": m.place.country if m.place else "", "lat": m.place.lat if m.place else "",
        "lon": m.place.lon if m.place else "", "negated": m.negated, "modality": str(m.modality),
        "speaker": m.speaker or "", "reported_by": "; ".join(m.reported_by), "rule": m.rule,
        "confidence": m.confidence, "sentence_text": m.sentence_text,
    }


def _table(mentions: list[EventMention]) -> Table:
    table = Table(title=plural(len(mentions), "event"), show_lines=False)
    for name in ("article", "sent", "date", "source", "code", "plover", "target", "place", "flags", "rule"):
        table.add_column(name, overflow="fold")
    for m in mentions:
        flags = ", ".join(f for f in ("negated" if m.negated else "",
                                      "" if m.modality == "asserted" else str(m.modality)) if f)
        table.add_row(m.article_id[:12], str(m.sentence), m.date.date.isoformat() if m.date.date else "",
                      m.source.actor.code if m.source else "", f"{m.cameo} {m.cameo_name}", m.plover or "",
                      m.target.actor.code if m.target else "", m.place.name if m.place else "", flags, m.rule)
    return table


def _write(coded: Iterator[Coded | Skipped], fmt: str, out: IO[str], counts: Counter[str],
           skipped: list[Skipped]) -> None:
    collected: list[EventMention] = []
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS) if fmt == "csv" else None
    if writer is not None:
        writer.writeheader()
    for item in coded:
        if isinstance(item, Skipped):  # an article the coder failed on
            skipped.append(item)
            print(f"eventwire: skipped {item}", file=sys.stderr)
            continue
        counts["coded"] += 1
        counts["events"] += len(item.mentions)
        for m in item.mentions:
            if fmt == "jsonl":
                out.write(m.to_json() + "\n")
            elif writer is not None:
                writer.writerow(_row(m))
            else:
                collected.append(m)
    if fmt == "table":
        Console(file=out, width=160).print(_table(collected))


def run_code(args: argparse.Namespace) -> int:
    """Code the given inputs and write their events; 1 if any input was skipped."""
    inputs = check_inputs(args.paths, dated=args.published is not None,
                          stdin_format=args.stdin_format)
    from eventwire.pipeline import code_articles

    resources = load_resources(args)
    skipped: list[Skipped] = []
    counts: Counter[str] = Counter()
    with Meter("coding", quiet=args.quiet) as meter:
        articles = meter.reading(_articles(args, inputs.names, skipped, counts))
        coded = meter.doing(code_guarded(articles, lambda batch: code_articles(
            batch, resources, batch_size=len(batch), parse_all=args.parse_all)))
        if args.output:
            with writing(args.output), args.output.open("w", encoding="utf-8", newline="") as out:
                _write(coded, args.format, out, counts, skipped)
        else:
            _write(coded, args.format, sys.stdout, counts, skipped)
    print(f"eventwire: {plural(counts['read'], 'article')} read, {counts['coded']:,} coded, "
          f"{len(skipped) + inputs.missing:,} skipped, {plural(counts['events'], 'event')}",
          file=sys.stderr)
    if skipped:
        reasons = Counter(s.problem.split(" (")[0] for s in skipped)
        print("eventwire: skipped: " + "; ".join(f"{n} × {r}" for r, n in reasons.most_common()),
              file=sys.stderr)
    return 1 if skipped or inputs.missing else 0


def run_explain(args: argparse.Namespace) -> int:
    """Print how a sentence is coded."""
    from eventwire.cli.explain_view import show

    show(args.text, load_resources(args), args.published, tokens=args.tokens)
    return 0


def run_eval(args: argparse.Namespace) -> int:
    """Score the coder on a gold file (or on PETRARCH unit-test records, an .xml file)."""
    from eventwire.cli.eval_view import show, show_articles
    from eventwire.evaluate import evaluate, load_gold
    from eventwire.evaluate_articles import evaluate_articles, is_article_file, load_articles

    if args.gold.suffix.lower() == ".xml":
        from eventwire.cli.unittest_view import run_unittest_eval

        return run_unittest_eval(args.gold, errors=args.errors, as_json=args.json)
    if args.articles or is_article_file(args.gold):
        articles = load_articles(args.gold)
        show_articles(evaluate_articles(articles, load_resources(args)), errors=args.errors, as_json=args.json)
        return 0
    cases = load_gold(args.gold)
    report = evaluate(cases, load_resources(args))
    show(report, errors=args.errors, as_json=args.json)
    return 0
