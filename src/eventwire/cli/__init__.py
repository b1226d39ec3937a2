"""The `eventwire` command line: each module here registers its subcommands."""

from __future__ import annotations

import argparse
import contextlib
import json
import signal
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from types import FrameType
from typing import TYPE_CHECKING, cast

import duckdb

from eventwire.cli.options import Parser
from eventwire.errors import EventwireError

if TYPE_CHECKING:
    from eventwire.store import Coder

Register = Callable[["argparse._SubParsersAction[argparse.ArgumentParser]"], None]


# Each module named here has `register(subparsers)` adding its subcommands.
COMMAND_MODULES = ("coding", "store", "watch", "batch", "serve", "dictionaries")


def _registrars() -> list[Register]:
    import importlib

    return [importlib.import_module(f"eventwire.cli.{name}").register for name in COMMAND_MODULES]


def build_parser() -> argparse.ArgumentParser:
    """Return the parser of every subcommand."""
    parser = Parser(prog="eventwire",
                    description="Turn news reports into explained political event data.",
                    epilog="Exit status: 0 when everything was read; 1 when an input was "
                    "missing or unreadable (it is reported and skipped, the rest is processed) "
                    "or a file or the store could not be written; 2 when the command cannot "
                    "start (a bad option value, a store that is locked or not a store), said in "
                    "one `eventwire: error:` line.")
    parser.add_argument("--version", action="version", version=f"eventwire {_version()}")
    # Subcommand parsers are `Parser`s too (argparse makes them of the parent's class).
    sub = cast("argparse._SubParsersAction[argparse.ArgumentParser]",
               parser.add_subparsers(dest="command", required=True, metavar="COMMAND"))
    for register in _registrars():
        register(sub)
    return parser


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("eventwire")
    except PackageNotFoundError:
        return "(not installed)"


def failure(exc: OSError | duckdb.Error) -> str:
    """Return the one line that says why a file or the store could not be read or written."""
    if isinstance(exc, OSError):
        name = f"{exc.filename}: " if exc.filename else ""
        line = f"{name}{exc.strerror or exc}"
    else:
        line = _duckdb_line(exc)
    if "Failed to commit" in line:  # DuckDB undid the transaction; the store is as it was
        line += " (the articles of the failed transaction were not stored; all stored before are kept)"
    return line


def _duckdb_line(exc: duckdb.Error) -> str:
    """Return DuckDB's message, unwrapped from the JSON some I/O errors carry."""
    text = str(exc).strip()
    line = text.splitlines()[0] if text else type(exc).__name__
    with contextlib.suppress(ValueError):
        detail = json.loads(line[line.index("{"):])
        if isinstance(detail, dict) and detail.get("exception_message"):
            return str(detail["exception_message"])
    return line


def main(argv: Sequence[str] | None = None, *, coder: Coder | None = None) -> int:
    """Run the command line; return the exit status.

    `coder` replaces the coding pipeline of the commands that store (tests and benchmarks).
    """
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exc:  # a usage error (2), or --help and --version (0)
        return exc.code if isinstance(exc.code, int) else 2
    args.coder = coder
    handler: Callable[[argparse.Namespace], int] = args.handler
    with _noting_interrupts() as interrupted:
        try:
            return handler(args)
        except Exception as exc:
            if not interrupted.is_set():
                return _reported(exc)
        except KeyboardInterrupt:
            pass
    # DuckDB turns a Ctrl-C during a query into its own error (the query interrupted, or the
    # transaction it aborted) and undoes the transaction: every earlier one is kept.
    print("eventwire: interrupted (what was stored before is kept; run the command again to go on)",
          file=sys.stderr)
    return 130


def _reported(exc: Exception) -> int:
    """Print the one line of an error a user can act on and return the exit status; re-raise others."""
    if isinstance(exc, EventwireError):
        print(f"eventwire: error: {exc}", file=sys.stderr)
        return 2
    if isinstance(exc, BrokenPipeError):
        return 0
    if isinstance(exc, (OSError, duckdb.Error)):
        print(f"eventwire: error: {failure(exc)}", file=sys.stderr)
        return 1
    raise exc


@contextlib.contextmanager
def _noting_interrupts() -> Iterator[threading.Event]:
    """Note each Ctrl-C (SIGINT) while raising KeyboardInterrupt for it as Python does."""
    interrupted = threading.Event()

    def note(signum: int, frame: FrameType | None) -> None:
        interrupted.set()
        raise KeyboardInterrupt

    try:
        previous = signal.signal(signal.SIGINT, note)
    except ValueError:  # not the main thread: signals are not ours to handle
        yield interrupted
        return
    try:
        yield interrupted
    finally:
        signal.signal(signal.SIGINT, previous)


if __name__ == "__main__":
    sys.exit(main())
