"""`eventwire watch`: poll feeds, URLs and folders and store the events of what is new."""

from __future__ import annotations

import argparse
import logging
import signal
import sys
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING

from eventwire.cli.inputs import check_inputs
from eventwire.cli.options import (
    MAX_SECONDS,
    add_resource_options,
    count,
    resource_settings,
    seconds,
    store_path,
)
from eventwire.errors import InputError
from eventwire.ingest.cli_options import add_read_options, read_options_from_args
from eventwire.ingest.common import is_url

if TYPE_CHECKING:
    from eventwire.store.writer import Coder
    from eventwire.watch import Cycle

DEFAULT_DB = "eventwire.duckdb"
QUIET_LOGGERS = ("trafilatura", "htmldate", "courlan", "charset_normalizer")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `watch` subcommand."""
    p = sub.add_parser("watch", help="poll feeds, URLs and folders; code and store what is new",
                       description="Each cycle reads only what is new since the last one (the "
                       "store remembers), codes it and stores its events; Ctrl-C stops cleanly.")
    p.add_argument("sources", nargs="+", metavar="SOURCE",
                   help="feed or page URLs, feed files, folders, or files")
    p.add_argument("--db", type=store_path, default=Path(DEFAULT_DB),
                   help=f"the DuckDB event store (default ./{DEFAULT_DB})")
    p.add_argument("--interval", type=seconds(0, MAX_SECONDS), default=300.0, metavar="SECONDS",
                   help="wait this long between cycles (default: 300)")
    p.add_argument("--settle", type=seconds(0, MAX_SECONDS, zero=True), default=2.0,
                   metavar="SECONDS",
                   help="leave files modified more recently than this to the next cycle "
                   "(default: 2)")
    p.add_argument("--once", action="store_true",
                   help="run one cycle and stop (exit status 1 if it skipped anything)")
    p.add_argument("--batch-size", type=count(1, 1_000_000), default=32,
                   help="articles per transaction")
    add_resource_options(p)
    add_read_options(p, stdin=False)
    p.set_defaults(handler=run_watch)


def run_watch(args: argparse.Namespace) -> int:
    """Watch the sources until interrupted (or for one cycle with --once, 1 if it skipped any)."""
    from eventwire.store import Store
    from eventwire.watch import LazyCoder, WatchOptions, report_cycle, watch

    if "-" in args.sources:
        raise InputError("watch cannot read standard input: name files, folders or URLs")
    if not any(is_url(s) or Path(s).exists() for s in args.sources):
        raise InputError(f"nothing to watch: {args.sources[0]}: no such file or folder")
    Store.open(args.db).close()  # a store that cannot be opened is one error line, not a log
    inputs = check_inputs(args.sources, dated=args.published is not None, empty_folders=True)
    options = read_options_from_args(args, published=args.published)
    every = WatchOptions(interval=args.interval, settle=args.settle, batch_size=args.batch_size,
                         cycles=1 if args.once else None)
    _log_to_stderr()
    log = logging.getLogger("eventwire.watch")
    # Ctrl-C and SIGTERM stop the watch, also when it was started with Ctrl-C ignored (a shell
    # without job control starts background commands so).
    previous = signal.signal(signal.SIGTERM, _interrupt)
    previous_int = signal.signal(signal.SIGINT, _interrupt)
    log.info("watching %d sources into %s%s", len(inputs.names), args.db,
             "" if args.once else f" every {args.interval:g} s; Ctrl-C stops")
    skipped: list[int] = []

    def report(cycle: Cycle) -> None:
        report_cycle(cycle)
        skipped.append(len(cycle.summary.skipped))

    try:
        cycles = watch(inputs.names, args.db, LazyCoder(lambda: _coder(args)), options=options,
                       every=every, report=report)
    except KeyboardInterrupt:
        log.info("stopped; everything stored so far is kept, and the next watch goes on from it")
        return 0
    finally:
        signal.signal(signal.SIGTERM, previous)
        signal.signal(signal.SIGINT, previous_int)
    log.info("done after %d cycle%s", cycles, "" if cycles == 1 else "s")
    return 1 if args.once and (inputs.missing or any(skipped)) else 0


def _coder(args: argparse.Namespace) -> Coder:
    if args.coder is not None:
        return args.coder  # type: ignore[no-any-return]
    from eventwire.coders import PipelineCoder

    # Loaded once: the watch codes every cycle with the same coder.
    return PipelineCoder(resources=resource_settings(args).load())


def _log_to_stderr() -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s",
                                           "%Y-%m-%d %H:%M:%S"))
    logger = logging.getLogger("eventwire")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(logging.ERROR)


def _interrupt(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt
