"""Command-line options that several subcommands share, and the checks of their values.

Each `type=` callable here turns one option's text into a value or raises
`argparse.ArgumentTypeError` with what is wrong, so every subcommand reports a bad value as one
`eventwire: error: ...` line with exit status 2 (see `Parser.error`).
"""

from __future__ import annotations

import argparse
import contextlib
import math
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from eventwire.ingest.cli_options import published_date
from eventwire.model import EARLIEST_DATE, LATEST_DATE

if TYPE_CHECKING:
    from eventwire.parallel import Settings

# Beyond these a value is a typo, not a wish (and a count past 2**63 breaks the SQL).
MAX_ROWS = 1_000_000_000
MAX_WORKERS = 1024
MAX_SECONDS = 7 * 24 * 3600.0


class Parser(argparse.ArgumentParser):
    """An argument parser that reports a usage error as one line, then exits with status 2."""

    def error(self, message: str) -> NoReturn:
        """Print `eventwire: error: COMMAND: MESSAGE` and exit 2."""
        where = self.prog.removeprefix("eventwire").strip()
        hint = f" (see eventwire {where} --help)" if where else " (see eventwire --help)"
        self.exit(2, f"eventwire: error: {where + ': ' if where else ''}{message}{hint}\n")


def count(low: int, high: int) -> Callable[[str], int]:
    """Return a converter to a whole number from `low` to `high`."""
    def convert(value: str) -> int:
        try:
            number = int(value.strip().replace("_", ""))
        except ValueError:
            raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
        if not low <= number <= high:
            raise argparse.ArgumentTypeError(f"{value!r} must be from {low:,} to {high:,}")
        return number

    return convert


def seconds(low: float, high: float, *, zero: bool = False) -> Callable[[str], float]:
    """Return a converter to a finite number of seconds above `low` (or equal, if `zero`)."""
    def convert(value: str) -> float:
        try:
            number = float(value)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{value!r} is not a number of seconds") from None
        above = number >= low if zero else number > low
        if not (math.isfinite(number) and above and number <= high):
            least = "at least" if zero else "more than"
            raise argparse.ArgumentTypeError(f"{value!r} must be {least} {low:g} and at most "
                                             f"{high:g} seconds")
        return number

    return convert


def output_file(value: str) -> Path:
    """Convert a path a command will write: not a folder, in a folder that exists."""
    path = Path(value)
    if path.is_dir():
        raise argparse.ArgumentTypeError(f"{value}: is a folder; name a file to write")
    if not path.parent.is_dir():
        raise argparse.ArgumentTypeError(f"{value}: no folder {str(path.parent)!r} to write into")
    return path


def output_folder(value: str) -> Path:
    """Convert a folder a command will write into: a folder or nothing yet, under a folder."""
    path = Path(value)
    if path.exists() and not path.is_dir():
        raise argparse.ArgumentTypeError(f"{value}: is a file, not a folder")
    if not path.exists() and not path.parent.is_dir():
        raise argparse.ArgumentTypeError(f"{value}: no folder {str(path.parent)!r} to create it in")
    return path


def input_file(value: str) -> Path:
    """Convert a path of a file a command reads: it must exist and not be a folder."""
    path = Path(value)
    if not path.exists():
        raise argparse.ArgumentTypeError(f"{value}: no such file")
    if path.is_dir():
        raise argparse.ArgumentTypeError(f"{value}: is a folder, not a file")
    return path


def scheduler_address(value: str) -> str:
    """Convert a Dask scheduler address: `tcp://HOST:PORT` (or `tls://`, or no scheme)."""
    found = re.fullmatch(r"(?:(?:tcp|tls)://)?(\[[0-9A-Fa-f:.]+\]|[^\s:/\[\]@]+):(\d{1,5})", value)
    if not found or not 0 < int(found[2]) <= 65535:
        raise argparse.ArgumentTypeError(f"{value!r}: expected a scheduler address like tcp://10.0.0.5:8786")
    return value


def some_text(value: str) -> str:
    """Convert a text argument: it must hold more than white space."""
    if not value.strip():
        raise argparse.ArgumentTypeError("the text is empty; give a sentence in quotes")
    return value


def store_path(value: str) -> Path:
    """Convert an event store path: a file (existing or not), never a folder."""
    path = Path(value)
    if path.is_dir():
        raise argparse.ArgumentTypeError(f"{value}: is a folder; name the store's file")
    return path


def add_resource_options(parser: argparse.ArgumentParser) -> None:
    """Add the options that choose the coder's data: --dictionary, --patterns and --lexicon (user
    files layered over the built-in ones), --base-layer / --no-base-layer, --no-backoff and
    --keep-negated, --keep-undirected and --pairs."""
    parser.add_argument("--dictionary", type=input_file, action="append", default=[],
                        help="an actor dictionary TSV layered over the built-in one (repeatable)")
    parser.add_argument("--patterns", type=input_file, action="append", default=[],
                        help="a verb pattern TSV layered over the built-in one (repeatable)")
    parser.add_argument("--lexicon", type=input_file, action="append", default=[],
                        help="a word-class TSV (kind, word); each kind it names replaces the built-in "
                        "words of that kind (repeatable)")
    parser.add_argument("--overrides", type=input_file, action="append", default=[],
                        help="a TSV of imported patterns and verb defaults to switch off or re-code (kind, key, "
                        "code, why), layered over data/base_overrides.tsv (repeatable)")
    parser.add_argument("--base-layer", action=argparse.BooleanOptionalAction, default=True,
                        help="load the imported PETRARCH/Phoenix dictionaries under the built-in ones (the default; "
                        "--no-base-layer leaves them out)")
    parser.add_argument("--no-backoff", action="store_true",
                        help="leave out the base layer's verb defaults (codes of known verbs no pattern matched)")
    parser.add_argument("--keep-negated", action="store_true",
                        help="keep the events of acts told as not done (\"did not attack\"), flagged negated; "
                        "by default they are left out, as the field's coders do")
    parser.add_argument("--keep-undirected", action="store_true",
                        help="keep the events of acts done to another party (a meeting, a demand, an attack) for "
                        "which no target was found; by default they are left out, being half a dyad")
    parser.add_argument("--pairs", action="store_true",
                        help="code an act of several parties (\"A, B and C cut ties with D\") as one event per pair "
                        "of parties, as dyadic data counts it; by default it is one event naming them all "
                        "(also_sources, also_targets)")


def resource_settings(args: argparse.Namespace, *, parse_all: bool = False) -> Settings:
    """Return the coding settings the options of `add_resource_options` chose (paths made absolute,
    so worker processes and Dask tasks elsewhere read the same files)."""
    from eventwire.parallel import Settings

    def absolute(paths: list[Path]) -> tuple[Path, ...]:
        return tuple(p.resolve() for p in paths)

    return Settings(dictionaries=absolute(args.dictionary), patterns=absolute(args.patterns),
                    lexicon=absolute(args.lexicon), overrides=absolute(args.overrides),
                    base_layer=args.base_layer, backoff=not args.no_backoff,
                    parse_all=parse_all, keep_negated=args.keep_negated, pairs=args.pairs,
                    keep_undirected=args.keep_undirected)


def add_published(parser: argparse.ArgumentParser, what: str = "for articles without one") -> None:
    """Add --published alone (commands that read inputs get it with the reading options)."""
    parser.add_argument("--published", type=published_date, metavar="YYYY-MM-DD",
                        help=f"publication date {what} ({EARLIEST_DATE.year} to {LATEST_DATE.year})")


def is_terminal() -> bool:
    """Return whether standard output is a terminal (tables then; TSV when piped)."""
    return sys.stdout.isatty()


def add_workers(parser: argparse.ArgumentParser, flag: str = "--workers", what: str = "coding "
                "processes") -> None:
    """Add a worker-count option (capped at the cores unless --force-workers) and --force-workers."""
    parser.add_argument(flag, type=count(1, MAX_WORKERS), metavar="N",
                        help=f"{what} (default: all cores; more than the cores only with "
                        "--force-workers)")
    parser.add_argument("--force-workers", action="store_true",
                        help=f"start as many as {flag} says, even more than the cores")


def workers(requested: int | None, *, force: bool, flag: str = "--workers") -> int:
    """Return how many workers to start: the request capped at the cores unless forced."""
    from eventwire.parallel import default_workers

    cores = default_workers()
    if requested is None:
        return cores
    if requested > cores and not force:
        print(f"eventwire: {flag} {requested} is more than the {cores} cores here: starting "
              f"{cores} (add --force-workers to start {requested})", file=sys.stderr)
        return cores
    return requested


@contextlib.contextmanager
def writing(path: Path | None) -> Iterator[None]:
    """Name `path` in an OS error raised while writing it (a full disk says which file)."""
    try:
        yield
    except OSError as exc:
        if path is None or exc.filename or isinstance(exc, BrokenPipeError):
            raise
        raise OSError(exc.errno, exc.strerror or str(exc), str(path)) from None
