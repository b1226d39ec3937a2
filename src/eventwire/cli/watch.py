"""`eventwire watch`: poll feeds, URLs and folders and store the events of what is new."""

from __future__ import annotations

import argparse
import logging
import signal
import sys
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING

from eventwire.errors import InputError
from eventwire.ingest.cli_options import add_read_options, read_options_from_args
from eventwire.ingest.common import is_url, parse_date

if TYPE_CHECKING:
    from eventwire.store.writer import Coder

DEFAULT_DB = "eventwire.duckdb"
QUIET_LOGGERS = ("trafilatura", "htmldate", "courlan", "charset_normalizer")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `watch` subcommand."""
    p = sub.add_parser("watch", help="poll feeds, URLs and folders; code and store what is new",
                       description="Each cycle reads only what is new since the last one (the "
                       "store remembers), codes it and stores its events; Ctrl-C stops cleanly.")
    p.add_argument("sources", nargs="+", metavar="SOURCE",
                   help="feed or page URLs, feed files, folders, or files")
    p.add_argument("--db", type=Path, default=Path(DEFAULT_DB),
                   help=f"the DuckDB event store (default ./{DEFAULT_DB})")
    p.add_argument("--interval", type=float, default=300.0, metavar="SECONDS",
                   help="wait this long between cycles (default: 300)")
    p.add_argument("--settle", type=float, default=2.0, metavar="SECONDS",
                   help="leave files modified more recently than this to the next cycle "
                   "(default: 2)")
    p.add_argument("--once", action="store_true", help="run one cycle and stop")
    p.add_argument("--batch-size", type=int, default=32, help="articles per transaction")
    p.add_argument("--dictionary", type=Path, action="append", default=[],
                   help="an actor dictionary TSV layered over the built-in one (repeatable)")
    p.add_argument("--patterns", type=Path, action="append", default=[],
                   help="a verb pattern TSV layered over the built-in one (repeatable)")
    p.add_argument("--coder", choices=("pipeline", "lines"), default="pipeline",
                   help="`lines` reads one synthetic event a line (for tests and benchmarks)")
    add_read_options(p, stdin=False)
    p.set_defaults(handler=run_watch)


def run_watch(args: argparse.Namespace) -> int:
    """Watch the sources until interrupted (or for one cycle with --once)."""
    from eventwire.watch import LazyCoder, WatchOptions, watch

    _check(args)
    options = read_options_from_args(args)
    every = WatchOptions(interval=args.interval, settle=args.settle, batch_size=args.batch_size,
                         cycles=1 if args.once else None)
    _log_to_stderr()
    log = logging.getLogger("eventwire.watch")
    previous = signal.signal(signal.SIGTERM, _interrupt)
    log.info("watching %d sources into %s%s", len(args.sources), args.db,
             "" if args.once else f" every {args.interval:g} s; Ctrl-C stops")
    try:
        cycles = watch(args.sources, args.db, LazyCoder(lambda: _coder(args)), options=options,
                       every=every)
    except KeyboardInterrupt:
        log.info("stopped; everything stored so far is kept, and the next watch goes on from it")
        return 0
    finally:
        signal.signal(signal.SIGTERM, previous)
    log.info("done after %d cycle%s", cycles, "" if cycles == 1 else "s")
    return 0


def _check(args: argparse.Namespace) -> None:
    if "-" in args.sources:
        raise InputError("watch cannot read standard input: name files, folders or URLs")
    missing = [s for s in args.sources if not is_url(s) and not Path(s).exists()]
    if missing:
        raise InputError(f"{missing[0]}: no such file or folder")
    if args.interval <= 0 or args.settle < 0:
        raise InputError("--interval must be more than 0 and --settle at least 0")
    if args.batch_size < 1:
        raise InputError("--batch-size must be at least 1")
    if args.published and parse_date(args.published) is None:
        raise InputError(f"--published {args.published!r} is not a date (YYYY-MM-DD)")


def _coder(args: argparse.Namespace) -> Coder:
    if args.coder == "lines":
        from eventwire.store.synthetic import LineCoder

        return LineCoder()
    from eventwire.store.writer import default_coder

    return default_coder(args.dictionary, args.patterns)


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
