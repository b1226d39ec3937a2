"""The `eventwire` command line: each module here registers its subcommands."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

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
    parser = argparse.ArgumentParser(
        prog="eventwire", description="Turn news reports into explained political event data.")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for register in _registrars():
        register(sub)
    return parser


def main(argv: Sequence[str] | None = None, *, coder: Coder | None = None) -> int:
    """Run the command line; return the exit status.

    `coder` replaces the coding pipeline of the commands that store (tests and benchmarks).
    """
    parser = build_parser()
    args = parser.parse_args(argv)
    args.coder = coder
    handler: Callable[[argparse.Namespace], int] = args.handler
    try:
        return handler(args)
    except EventwireError as exc:
        print(f"eventwire: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("eventwire: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
