"""`eventwire ingest`, `export`, `query`, `series`, `quad`, `actors` and `network`."""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from eventwire.cli.options import add_resource_options
from eventwire.errors import InputError
from eventwire.ingest.cli_options import add_read_options, read_options_from_args
from eventwire.ingest.common import ReadOptions, is_url
from eventwire.store import DEFAULT_PATH, IngestSummary, Store, make_filters

Sub = "argparse._SubParsersAction[argparse.ArgumentParser]"
OUTPUTS = ("table", "jsonl", "csv")
FILTERS = ("actor", "dyad", "cameo", "root", "plover", "quad", "since", "until", "place_country",
           "text", "limit")
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
    parser.add_argument("--db", type=Path, default=Path(DEFAULT_PATH),
                        help=f"the DuckDB event store (default ./{DEFAULT_PATH})")
    parser.add_argument("--actor", help="source or target actor code prefix, e.g. RUS or RUSGOV")
    if dyad:
        parser.add_argument("--dyad", help="SOURCE:TARGET actor code prefixes, e.g. RUS:PRK")
    parser.add_argument("--cameo", help="CAMEO code (and the codes under it), e.g. 04 or 042")
    parser.add_argument("--root", help="CAMEO root code 01..20")
    parser.add_argument("--plover", help="PLOVER event type, e.g. CONSULT")
    parser.add_argument("--quad", help="quad class 1..4")
    parser.add_argument("--since", help="first event date, YYYY-MM-DD")
    parser.add_argument("--until", help="last event date, YYYY-MM-DD")
    parser.add_argument("--place-country", help="ISO 3166 alpha-3 country of the event's place")
    parser.add_argument("--text", help="words that must all occur in a reporting sentence")
    parser.add_argument("--limit", help="at most this many rows")


def _filters(args: argparse.Namespace, skip: tuple[str, ...] = ()) -> dict[str, Any]:
    return {k: getattr(args, k, None) for k in FILTERS if k not in skip}


def _ingest_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("ingest", help="code articles and store their events")
    p.add_argument("paths", nargs="+", metavar="PATH", help="files, folders, or - for stdin")
    p.add_argument("--db", type=Path, default=Path(DEFAULT_PATH),
                   help=f"the DuckDB event store (default ./{DEFAULT_PATH})")
    add_resource_options(p)
    add_read_options(p)
    p.add_argument("--batch-size", type=int,
                   help="articles per transaction (default 32 with one worker, 512 with several: the "
                        "single writer then recomputes events less often)")
    p.add_argument("--coder", choices=("pipeline", "lines"), default="pipeline",
                   help="`lines` reads one synthetic event a line (for tests and benchmarks)")
    p.add_argument("--workers", type=int, metavar="N",
                   help="coding processes (default: all cores); the store has one writer")
    p.add_argument("--parse-all", action="store_true", help="parse every sentence (no pre-filter)")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(handler=run_ingest)


def _export_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from eventwire.export import FORMATS

    p = sub.add_parser("export", help="write stored events in a format other tools load")
    p.add_argument("--format", required=True, metavar="FORMAT", help=", ".join(FORMATS))
    p.add_argument("--output", type=Path, help="write to this file instead of stdout")
    p.add_argument("--table", default="events",
                   help="for parquet/csv/jsonl: events, mentions or articles")
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
    actors.add_argument("--top", type=int, default=20, help="how many actors")
    actors.add_argument("--role", default="any", help="/".join(ROLES))
    net = sub.add_parser("network", help="the actor network as weighted directed edges")
    net.add_argument("--level", default="actor", help="actor or country")
    net.add_argument("--min-events", type=int, default=1, help="leave out lighter edges")
    net.add_argument("--format", default="csv", help="gexf, graphml or csv")
    net.add_argument("--output", type=Path, help="write to this file instead of stdout")
    for parser, handler in ((series, run_series), (quad, run_quad), (actors, run_actors)):
        parser.add_argument("--format", choices=OUTPUTS, default="table")
        _add_store_options(parser, dyad=parser is not series)
        parser.set_defaults(handler=handler)
    _add_store_options(net)
    net.set_defaults(handler=run_network)


def _open(args: argparse.Namespace) -> Store:
    return Store.open(args.db, read_only=True)


def _articles(args: argparse.Namespace, options: ReadOptions) -> Iterator[Any]:
    from eventwire.ingest import read_sources

    yield from read_sources(args.paths, options)


def _coder(args: argparse.Namespace) -> Any:
    if args.coder == "lines":
        from eventwire.store.synthetic import LineCoder

        return LineCoder()
    from eventwire.parallel import Settings, coder, default_workers

    settings = Settings(dictionaries=tuple(args.dictionary), patterns=tuple(args.patterns),
                        parse_all=args.parse_all)
    return coder(settings, args.workers or default_workers())


def run_ingest(args: argparse.Namespace) -> int:
    """Code and store articles, with a progress bar and a final summary."""
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    if args.batch_size is None:
        from eventwire.parallel import default_workers

        several = args.coder == "pipeline" and (args.workers or default_workers()) > 1
        args.batch_size = 512 if several else 32
    if args.batch_size < 1:
        raise InputError("--batch-size must be at least 1")
    if args.workers is not None and args.workers < 1:
        raise InputError("--workers must be at least 1")
    missing = [p for p in args.paths if p != "-" and not is_url(p) and not os.path.lexists(p)]
    if missing:
        raise InputError(f"{missing[0]}: no such file or folder")
    options = read_options_from_args(args)
    console = Console(stderr=True)
    with Store.open(args.db) as store:
        started = time.perf_counter()  # loading the coder (or starting workers) counts too
        coder = _coder(args)
        columns = (SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn())
        with Progress(*columns, console=console, disable=args.quiet, transient=True) as bar:
            task = bar.add_task("coding", total=None)

            def show(s: IngestSummary) -> None:
                bar.update(task, description=f"{s.coded:,} articles coded, {s.mentions:,} "
                           f"mentions, {len(s.skipped):,} skipped")

            summary = store.ingest(_articles(args, options), coder=coder, batch_size=args.batch_size,
                                   progress=show)
            seconds = time.perf_counter() - started
        _print_summary(summary, store.counts(), args.db)
        say(f"coded {summary.coded:,} articles in {seconds:.1f} s "
            f"({summary.coded / seconds if seconds else 0:.1f} articles/s)")
    return 0


def say(text: str) -> None:
    """Print a line for the user on standard error."""
    print(text, file=sys.stderr)


def _print_summary(s: IngestSummary, counts: dict[str, int], db: Path) -> None:
    say(f"read {s.read:,} articles: {s.coded:,} coded, {s.already_stored:,} already "
                  f"stored, {len(s.skipped):,} skipped; stored {s.mentions:,} event mentions, "
                  f"{s.events_changed:,} events created or updated")
    for item in s.skipped:
        say(f"  skipped {item}")
    say(f"{db}: {counts['articles']:,} articles, {counts['mentions']:,} mentions, "
                  f"{counts['events']:,} events")


def run_export(args: argparse.Namespace) -> int:
    """Write the events in the requested format."""
    from eventwire.export import export

    with _open(args) as store:
        written = export(store, args.format, args.output, make_filters(**_filters(args)),
                         table=args.table)
    if written.left_out:
        print(f"eventwire: left out {written.left_out:,} events ({written.why_left_out})",
              file=sys.stderr)
    if args.output is not None:
        print(f"eventwire: wrote {written.rows:,} rows to {args.output}", file=sys.stderr)
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
        _print_table(rows[:TABLE_LIMIT], columns, f"{min(len(rows), TABLE_LIMIT)} events")
        if shown and len(rows) > TABLE_LIMIT:
            print(f"(first {TABLE_LIMIT}; use --limit or --format jsonl for all)", file=sys.stderr)
        return 0
    _print_rows(table.to_pylist(), args.format)
    return 0


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
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title)
    for c in columns:
        table.add_column(c)
    for r in rows:
        table.add_row(*("" if r[c] is None else str(r[c]) for c in columns))
    Console().print(table)


def _show(frame: Any, fmt: str, title: str) -> int:
    rows = frame.to_pylist()
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
    return _show(frame, args.format, f"{args.dyad} {args.measure} by {args.freq}")


def run_quad(args: argparse.Namespace) -> int:
    """Print quad-class counts per country and period."""
    from eventwire.analytics import quad_counts

    with _open(args) as store:
        frame = quad_counts(store, freq=args.freq, by=args.by, arrow=True,
                            **_filters(args, skip=("limit",)))
    return _show(frame, args.format, f"quad classes by {args.by} country and {args.freq}")


def run_actors(args: argparse.Namespace) -> int:
    """Print the top actors."""
    from eventwire.analytics import top_actors

    with _open(args) as store:
        frame = top_actors(store, n=args.top, role=args.role, arrow=True,
                           **_filters(args, skip=("limit",)))
    return _show(frame, args.format, f"top {args.top} actors ({args.role})")


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
    if args.output is not None:
        write_network(edges, args.format, args.output)
        print(f"eventwire: wrote {len(edges):,} edges to {args.output}", file=sys.stderr)
        return 0
    with tempfile.TemporaryDirectory(prefix="eventwire-") as tmp:
        out = Path(tmp) / f"network.{args.format}"
        write_network(edges, args.format, out)
        sys.stdout.write(out.read_text(encoding="utf-8"))
    return 0
