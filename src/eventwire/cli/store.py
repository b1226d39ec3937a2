"""`eventwire ingest`, `export`, `query`, `series`, `quad`, `actors` and `network`."""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from eventwire.cli.inputs import check_inputs, plural
from eventwire.cli.options import (
    MAX_ROWS,
    add_resource_options,
    add_workers,
    count,
    is_terminal,
    output_file,
    resource_settings,
    store_path,
    workers,
    writing,
)
from eventwire.errors import InputError
from eventwire.ingest.cli_options import add_read_options, read_options_from_args
from eventwire.ingest.common import ReadOptions
from eventwire.store import DEFAULT_PATH, Coder, IngestSummary, Store, make_filters
from eventwire.store.filters import filter_specs

Sub = "argparse._SubParsersAction[argparse.ArgumentParser]"
OUTPUTS = ("table", "jsonl", "csv")
TABLE_LIMIT = 100


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the store subcommands."""
    _ingest_parser(sub)
    _export_parser(sub)
    query = sub.add_parser("query", help="list stored events matching filters")
    _add_store_options(query)
    query.add_argument("--format", choices=OUTPUTS, default="table")
    query.set_defaults(handler=run_query)
    _analytics_parsers(sub)


def _add_store_options(parser: argparse.ArgumentParser, *, dyad: bool = True) -> None:
    parser.add_argument("--db", type=store_path, default=Path(DEFAULT_PATH),
                        help=f"the DuckDB event store (default ./{DEFAULT_PATH})")
    for spec in filter_specs():
        if dyad or spec.name != "dyad":
            parser.add_argument(spec.option, help=spec.help)
    parser.add_argument("--limit", type=count(1, MAX_ROWS), help="at most this many rows")


def _filters(args: argparse.Namespace, skip: tuple[str, ...] = ()) -> dict[str, Any]:
    names = [*(spec.name for spec in filter_specs()), "limit"]
    return {k: getattr(args, k, None) for k in names if k not in skip}


def _ingest_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("ingest", help="code articles and store their events")
    p.add_argument("paths", nargs="+", metavar="PATH", help="files, folders, or - for stdin")
    p.add_argument("--db", type=store_path, default=Path(DEFAULT_PATH),
                   help=f"the DuckDB event store (default ./{DEFAULT_PATH})")
    add_resource_options(p)
    add_read_options(p)
    p.add_argument("--batch-size", type=count(1, 1_000_000),
                   help="articles per transaction (default 32 with one worker, 512 with several: the "
                        "single writer then recomputes events less often)")
    add_workers(p, what="coding processes; the store has one writer")
    p.add_argument("--parse-all", action="store_true", help="parse every sentence (no pre-filter)")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(handler=run_ingest)


def _export_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from eventwire.export import FORMATS

    p = sub.add_parser("export", help="write stored events in a format other tools load")
    p.add_argument("--format", required=True, metavar="FORMAT", help=", ".join(FORMATS))
    p.add_argument("--output", type=output_file, help="write to this file instead of stdout")
    p.add_argument("--table", default="events",
                   help="for parquet/csv/jsonl: events, mentions or articles")
    p.add_argument("--primary-only", action="store_true",
                   help="only the events some record names as its primary pair (its first-named "
                   "source and target); by default a record of an act of several parties counts "
                   "toward one event, and one row, per pair of parties")
    _add_store_options(p)
    p.set_defaults(handler=run_export)


def _analytics_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from eventwire.analytics import BY, FREQS, MEASURES, ROLES

    series = sub.add_parser("series", help="a dyad's event series in both directions")
    series.add_argument("--dyad", required=True, help="A:B actor code prefixes, e.g. RUS:PRK")
    series.add_argument("--freq", default="month", help="/".join(FREQS))
    series.add_argument("--measure", default="count", help="/".join(MEASURES))
    quad = sub.add_parser("quad", help="quad-class counts per country and period")
    quad.add_argument("--freq", default="month", help="/".join(FREQS))
    quad.add_argument("--by", default="place", help="/".join(BY) + ": whose country")
    actors = sub.add_parser("actors", help="the actors in the most events")
    actors.add_argument("--top", type=count(1, MAX_ROWS), default=20, help="how many actors")
    actors.add_argument("--role", default="any", help="/".join(ROLES))
    net = sub.add_parser("network", help="the actor network as weighted directed edges")
    net.add_argument("--level", default="actor", help="actor or country")
    net.add_argument("--min-events", type=count(1, MAX_ROWS), default=1,
                     help="leave out lighter edges")
    net.add_argument("--format", default="csv", help="gexf, graphml or csv")
    net.add_argument("--output", type=output_file, help="write to this file instead of stdout")
    for parser, handler in ((series, run_series), (quad, run_quad), (actors, run_actors)):
        parser.add_argument("--format", choices=OUTPUTS, default="table")
        _add_store_options(parser, dyad=parser is not series)
        parser.set_defaults(handler=handler)
    _add_store_options(net)
    net.set_defaults(handler=run_network)


def _open(args: argparse.Namespace) -> Store:
    return Store.open(args.db, read_only=True)


def _articles(names: tuple[str, ...], options: ReadOptions) -> Iterator[Any]:
    from eventwire.ingest import read_sources

    yield from read_sources(names, options)


def _coder(args: argparse.Namespace) -> Coder:
    if args.coder is not None:
        return args.coder  # type: ignore[no-any-return]
    from eventwire.parallel import coder

    return coder(resource_settings(args, parse_all=args.parse_all), args.workers)


def run_ingest(args: argparse.Namespace) -> int:
    """Code and store articles, with a progress line and a final summary; 1 if any skipped."""
    from eventwire.cli.progress import Meter, Metered

    args.workers = workers(args.workers, force=args.force_workers)
    if args.batch_size is None:
        several = args.coder is None and args.workers > 1
        args.batch_size = 512 if several else 32
    options = read_options_from_args(args)
    with Store.open(args.db) as store, Meter("coding", quiet=args.quiet) as meter:
        inputs = check_inputs(args.paths, dated=args.published is not None)
        started = time.perf_counter()  # loading the coder (or starting workers) counts too
        coder = _coder(args)
        summary = store.ingest(_articles(inputs.names, options), batch_size=args.batch_size,
                               coder=Metered(coder, meter))
        seconds = time.perf_counter() - started
        meter.bar.stop()
        _print_summary(summary, store.counts(), args.db)
        say(f"coded {plural(summary.coded, 'article')} in {seconds:.1f} s "
            f"({summary.coded / seconds if seconds else 0:.1f} articles/s)")
    return 1 if summary.skipped or inputs.missing else 0


def say(text: str) -> None:
    """Print a line for the user on standard error."""
    print(text, file=sys.stderr)


def _print_summary(s: IngestSummary, counts: dict[str, int], db: Path) -> None:
    say(f"read {plural(s.read, 'article')}: {s.coded:,} coded, {s.already_stored:,} already "
        f"stored, {len(s.skipped):,} skipped; stored "
        f"{plural(s.mentions, 'event mention')}, {plural(s.events_added, 'new event')}")
    for item in s.skipped:
        say(f"  skipped {item}")
    say(f"{db}: {plural(counts['articles'], 'article')}, {plural(counts['mentions'], 'mention')}, "
        f"{plural(counts['events'], 'event')}")


def run_export(args: argparse.Namespace) -> int:
    """Write the events in the requested format."""
    from eventwire.export import export

    with _open(args) as store:
        filters = make_filters(**_filters(args), primary=args.primary_only)
        written = export(store, args.format, args.output, filters, table=args.table)
    if written.left_out:
        say(f"eventwire: left out {plural(written.left_out, 'event')} ({written.why_left_out})")
    if args.output is not None:
        say(f"eventwire: wrote {plural(written.rows, 'row')} to {args.output}")
    return 0


def run_query(args: argparse.Namespace) -> int:
    """Print the events matching the filters."""
    filters = _filters(args)
    shown = args.format == "table" and filters["limit"] is None
    if shown:
        filters["limit"] = TABLE_LIMIT + 1
    with _open(args) as store:
        table = store.events(arrow=True, **filters)
    columns = ["date", "source", "cameo", "target", "plover", "place_country", "num_mentions",
               "num_articles", "id"]
    if args.format == "table":
        rows = table.select(columns).to_pylist()
        _print_table(rows[:TABLE_LIMIT], columns, plural(min(len(rows), TABLE_LIMIT), "event"))
        if shown and len(rows) > TABLE_LIMIT:
            say(f"(first {TABLE_LIMIT}; use --limit or --format jsonl for all)")
        return 0
    _print_rows(table.to_pylist(), args.format)
    return 0


def _cell(value: Any) -> str:
    if value is None:
        return ""
    return ";".join(map(str, value)) if isinstance(value, list) else str(value)


def _print_rows(rows: list[dict[str, Any]], fmt: str) -> None:
    if fmt == "jsonl":
        for r in rows:
            sys.stdout.write(json.dumps(r, default=str, ensure_ascii=False) + "\n")
        return
    import csv

    if not rows:
        return
    writer = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    for r in rows:
        writer.writerow({k: ";".join(v) if isinstance(v, list) else v for k, v in r.items()})


def _print_table(rows: list[dict[str, Any]], columns: list[str], title: str) -> None:
    """Draw a table on a terminal; write tab-separated lines, never cut, when piped."""
    if not is_terminal():
        say(f"eventwire: {title}")
        sys.stdout.write("\t".join(columns) + "\n")
        for r in rows:
            sys.stdout.write("\t".join(_cell(r[c]).replace("\t", " ") for c in columns) + "\n")
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title)
    for c in columns:
        table.add_column(c)
    for r in rows:
        table.add_row(*(_cell(r[c]) for c in columns))
    Console().print(table)


def _show(frame: Any, fmt: str, title: str, limit: int | None = None) -> int:
    rows = frame.to_pylist()[:limit]
    if fmt == "table":
        _print_table(rows, list(frame.column_names), title)
    else:
        _print_rows(rows, fmt)
    return 0


def run_series(args: argparse.Namespace) -> int:
    """Print a dyad's series on a dense date spine."""
    from eventwire.analytics import dyad_series

    with _open(args) as store:
        frame = dyad_series(store, args.dyad, freq=args.freq, measure=args.measure, arrow=True,
                            **_filters(args, skip=("dyad", "limit")))
    return _show(frame, args.format, f"{args.dyad} {args.measure} by {args.freq}", args.limit)


def run_quad(args: argparse.Namespace) -> int:
    """Print quad-class counts per country and period."""
    from eventwire.analytics import quad_counts

    with _open(args) as store:
        frame = quad_counts(store, freq=args.freq, by=args.by, arrow=True,
                            **_filters(args, skip=("limit",)))
    return _show(frame, args.format, f"quad classes by {args.by} country and {args.freq}",
                 args.limit)


def run_actors(args: argparse.Namespace) -> int:
    """Print the top actors."""
    from eventwire.analytics import top_actors

    with _open(args) as store:
        frame = top_actors(store, n=args.top, role=args.role, arrow=True,
                           **_filters(args, skip=("limit",)))
    return _show(frame, args.format, f"top {args.top} actors ({args.role})", args.limit)


def run_network(args: argparse.Namespace) -> int:
    """Write the actor network."""
    import tempfile

    from eventwire.analytics import network
    from eventwire.export.network import NETWORK_FORMATS, write_network

    if args.format not in NETWORK_FORMATS:
        raise InputError(f"unknown network format {args.format!r} "
                         f"(known: {', '.join(NETWORK_FORMATS)})")
    with _open(args) as store:
        edges = network(store, level=args.level, min_events=args.min_events,
                        **_filters(args, skip=("limit",)))
    if args.limit is not None:
        edges = edges.head(args.limit)
    if args.output is not None:
        with writing(args.output):
            write_network(edges, args.format, args.output)
        say(f"eventwire: wrote {plural(len(edges), 'edge')} to {args.output}")
        return 0
    with tempfile.TemporaryDirectory(prefix="eventwire-") as tmp:
        out = Path(tmp) / f"network.{args.format}"
        write_network(edges, args.format, out)
        sys.stdout.write(out.read_text(encoding="utf-8"))
    return 0
