"""Command-line options that several subcommands share."""

from __future__ import annotations

import argparse
from pathlib import Path


def add_resource_options(parser: argparse.ArgumentParser, *, layers: bool = False) -> None:
    """Add --dictionary and --patterns: user data files layered over the built-in ones; with
    `layers`, also --base-layer and --no-backoff."""
    parser.add_argument("--dictionary", type=Path, action="append", default=[],
                        help="an actor dictionary TSV layered over the built-in one (repeatable)")
    parser.add_argument("--patterns", type=Path, action="append", default=[],
                        help="a verb pattern TSV layered over the built-in one (repeatable)")
    if not layers:
        return
    parser.add_argument("--base-layer", action="store_true",
                        help="also load the imported PETRARCH/Phoenix dictionaries under the built-in ones")
    parser.add_argument("--no-backoff", action="store_true",
                        help="with --base-layer: leave out its verb defaults (codes of known verbs no pattern matched)")
