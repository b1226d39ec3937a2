"""Command-line options that several subcommands share."""

from __future__ import annotations

import argparse
from pathlib import Path


def add_resource_options(parser: argparse.ArgumentParser) -> None:
    """Add --dictionary and --patterns: user data files layered over the built-in ones."""
    parser.add_argument("--dictionary", type=Path, action="append", default=[],
                        help="an actor dictionary TSV layered over the built-in one (repeatable)")
    parser.add_argument("--patterns", type=Path, action="append", default=[],
                        help="a verb pattern TSV layered over the built-in one (repeatable)")
