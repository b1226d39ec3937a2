"""`eventwire batch` (code shards on a Dask cluster) and `eventwire load` (store the shards)."""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from eventwire.cli.inputs import check_inputs, plural
from eventwire.cli.options import (
    MAX_WORKERS,
    add_resource_options,
    count,
    output_folder,
    resource_settings,
    scheduler_address,
    store_path,
    workers,
)
from eventwire.errors import InputError
from eventwire.ingest.cli_options import add_read_options, read_options_from_args
from eventwire.shards import SHARD_SIZE
from eventwire.store import DEFAULT_PATH


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `batch` and `load` subcommands."""
    p = sub.add_parser("batch", help="code inputs on a Dask cluster, one Parquet shard per task")
    p.add_argument("paths", nargs="+", metavar="INPUT", help="files or folders")
    p.add_argument("--out", type=output_folder, required=True,
                   help="folder for the shards (on a file system every worker sees)")
    where = p.add_mutually_exclusive_group()
    where.add_argument("--scheduler", type=scheduler_address, metavar="tcp://HOST:PORT",
                       help="a running Dask scheduler (started with `dask scheduler`)")
    where.add_argument("--local-workers", type=count(1, MAX_WORKERS), metavar="N",
                       help="start a Dask cluster of N processes here (default: all cores; more "
                       "than the cores only with --force-workers)")
    p.add_argument("--force-workers", action="store_true",
                   help="start as many as --local-workers says, even more than the cores")
    p.add_argument("--shard-size", type=count(1, 100_000_000), default=SHARD_SIZE,
                   help=f"JSON Lines lines, or files, per shard (default {SHARD_SIZE})")
    add_resource_options(p)
    add_read_options(p, stdin=False)
    p.add_argument("--parse-all", action="store_true", help="parse every sentence (no pre-filter)")
    p.add_argument("--quiet", action="store_true", help="no progress bars")
    p.set_defaults(handler=run_batch)
    q = sub.add_parser("load", help="load the shards `eventwire batch` wrote into the event store")
    q.add_argument("folder", type=Path, metavar="DIR", help="the --out folder of `eventwire batch`")
    q.add_argument("--db", type=store_path, default=Path(DEFAULT_PATH),
                   help=f"the DuckDB event store (default ./{DEFAULT_PATH})")
    q.add_argument("--quiet", action="store_true", help="no progress bar")
    q.set_defaults(handler=run_load)


def say(text: str) -> None:
    """Print a line for the user on standard error."""
    print(text, file=sys.stderr)


def _settings(args: argparse.Namespace) -> Any:

    for path in (*args.dictionary, *args.patterns, *args.lexicon):
        if not path.is_file():
            raise InputError(f"{path}: no such file")
    return resource_settings(args, parse_all=args.parse_all)


def _client(args: argparse.Namespace) -> Any:
    from eventwire.batch import local_client

    if args.scheduler:
        from distributed import Client

        return Client(args.scheduler)
    return local_client(workers(args.local_workers, force=args.force_workers,
                                flag="--local-workers"))


def run_batch(args: argparse.Namespace) -> int:
    """Code the inputs shard by shard on a Dask cluster, with progress bars and a report."""
    from rich.console import Console

    from eventwire.batch import run_batch as run
    from eventwire.shards import plan

    inputs = check_inputs(args.paths, dated=args.published is not None)
    options = read_options_from_args(args)
    settings = _settings(args)
    shards = plan(inputs.names, settings, shard_size=args.shard_size)
    console = Console(stderr=True)
    with _client(args) as client:
        workers = len(client.scheduler_info(n_workers=-1)["workers"])
        with _Bars(console, len(shards), quiet=args.quiet) as bars:
            report = run(client, shards, args.out, settings, options,
                         progress=bars.shard, finished=bars.finished)
    say(f"coded {plural(report.articles, 'article')} in {report.seconds:.1f} s "
        f"({report.rate:.1f} articles/s) on {workers} Dask workers: {report.mentions:,} event "
        f"mentions; {report.shards:,} shards, {report.already_done:,} already done, "
        f"{len(report.failed):,} failed")
    for problem, n in Counter(s.split(": ", 1)[-1] for s in report.skipped).most_common():
        say(f"  skipped {n:,}: {problem}")
    for failure in report.failed:
        say(f"  failed {failure} (rerun to retry it)")
    say(f"load the shards with: eventwire load {args.out} --db {DEFAULT_PATH}")
    return 1 if report.failed or report.skipped or inputs.missing else 0


class _Bars:
    """An overall bar of shards and one bar per shard being coded, on standard error."""

    def __init__(self, console: Any, total: int, *, quiet: bool) -> None:
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
        )

        self.progress = Progress(TextColumn("{task.description}"), BarColumn(),
                                 MofNCompleteColumn(), TimeElapsedColumn(), console=console,
                                 disable=quiet, transient=True)
        self.overall = self.progress.add_task("shards", total=total)
        self.articles = 0
        self.running: dict[str, Any] = {}
        self.ended: set[str] = set()  # progress events may arrive after their shard's result

    def __enter__(self) -> _Bars:
        self.progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.progress.stop()

    def shard(self, shard_id: str, done: int, total: int) -> None:
        """Show a shard's progress (called from Dask's event thread)."""
        if shard_id in self.ended:
            return
        task = self.running.get(shard_id)
        if task is None:
            task = self.running[shard_id] = self.progress.add_task(
                f"  shard {shard_id[:8]}", total=total)
        self.progress.update(task, completed=done)

    def finished(self, report: Any) -> None:
        """Count a finished shard and drop its bar."""
        self.articles += 0 if report.cached else report.articles
        self.ended.add(report.shard)
        task = self.running.pop(report.shard, None)
        if task is not None:
            self.progress.remove_task(task)
        self.progress.update(self.overall, advance=1,
                             description=f"shards ({self.articles:,} articles coded)")


def run_load(args: argparse.Namespace) -> int:
    """Load finished shards into the store, skipping articles it holds already."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from eventwire.batch import load
    from eventwire.shards import done_shards
    from eventwire.store import Store

    if args.folder.exists() and not args.folder.is_dir():
        raise InputError(f"{args.folder}: is a file; name the --out folder of `eventwire batch`")
    if not (args.folder / "done").is_dir():
        raise InputError(f"{args.folder}: no finished shards here (expected {args.folder}/done/; "
                         "write them with `eventwire batch --out`)")
    columns = (TextColumn("loading shards"), BarColumn(), MofNCompleteColumn())
    with Store.open(args.db) as store, Progress(*columns, console=Console(stderr=True),
                                                disable=args.quiet, transient=True) as bar:
        task = bar.add_task("load", total=len(done_shards(args.folder)))
        bad: list[str] = []
        summaries = load(store, args.folder, progress=lambda n, _: bar.update(task, completed=n),
                         unreadable=lambda shard, problem: bad.append(f"{shard}: {problem}"))
        counts = store.counts()
    for problem in bad:
        say(f"eventwire: skipped shard {problem}")
    coded = sum(s.coded for s in summaries)
    say(f"loaded {plural(len(summaries), 'shard')}: {plural(coded, 'article')} added, "
        f"{sum(s.already_stored for s in summaries):,} already stored; "
        f"{sum(s.mentions for s in summaries):,} event mentions, "
        f"{sum(s.events_added for s in summaries):,} new events")
    say(f"{args.db}: {plural(counts['articles'], 'article')}, "
        f"{plural(counts['mentions'], 'mention')}, {plural(counts['events'], 'event')}")
    return 1 if bad else 0
