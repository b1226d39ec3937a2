"""The command-line options of reading, shared by every command that reads articles.

`add_read_options(parser)` adds them as one argument group to every command that reads
(`code`, `ingest`, `watch`, `batch`); `read_options_from_args(args)` turns the parsed values
into `ReadOptions` (`--published` is checked as it is parsed). Other fields
may be passed as overrides: `read_options_from_args(args, stdin_format=".jsonl")`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import re
from typing import Any

from eventwire.errors import InputError
from eventwire.ingest.common import Columns, FetchOptions, ReadOptions
from eventwire.model import EARLIEST_DATE, LATEST_DATE, date_in_range
from eventwire.user_dates import parse_user_date

COLUMN_FIELDS = ("title", "date", "url", "id", "publisher", "language")
STDIN_FORMATS = (".txt", ".jsonl", ".html", ".rss", ".warc", ".csv", ".tsv")
_LANGUAGE = re.compile(r"[a-z]{2,3}")
_FETCH = FetchOptions()
MAX_TIMEOUT = 3600.0  # seconds: an HTTP request still silent after an hour is not coming back
MAX_RETRIES = 100


def published_date(value: str) -> dt.date:
    """Convert a publication date (YYYY-MM-DD, or with its month spelled out) within the range
    eventwire keeps: dates computed from one outside it (tomorrow, last year) would leave the calendar."""
    try:
        day = parse_user_date(value)
    except InputError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    if not date_in_range(day):
        raise argparse.ArgumentTypeError(f"{value!r} is outside the years {EARLIEST_DATE.year} to "
                                         f"{LATEST_DATE.year}")
    return day


def add_read_options(parser: argparse.ArgumentParser, *, stdin: bool = True) -> None:
    """Add the options that say how inputs are read (without `--stdin-format` if not stdin)."""
    group = parser.add_argument_group(
        "reading inputs", "Inputs are .txt, .jsonl, .html/.htm, .rss/.atom/.xml feeds, .warc, "
        ".csv/.tsv files (each may be .gz), folders (recursively) and http(s):// URLs"
        + (", or - for stdin." if stdin else "."))
    group.add_argument("--published", type=published_date, metavar="YYYY-MM-DD",
                       help="publication date for articles without one "
                       f"({EARLIEST_DATE.year} to {LATEST_DATE.year})")
    group.add_argument("--text-column", default="text", metavar="NAME",
                       help="CSV/TSV column holding the article text (default: text)")
    for name in COLUMN_FIELDS:
        usual = "published or date" if name == "date" else name
        group.add_argument(f"--{name}-column", metavar="NAME",
                           help=f"CSV/TSV column holding the {name} (default: {usual}, if present)")
    group.add_argument("--language", dest="languages", action="append", type=_language_code,
                       metavar="CODE", help="accept articles in this ISO 639-1 language, "
                       "skipping others (repeatable; default: en)")
    group.add_argument("--any-language", action="store_true",
                       help="accept every article without identifying its language")
    group.add_argument("--no-fetch-links", dest="fetch_links", action="store_false",
                       help="read feed entries' own content instead of fetching their pages")
    group.add_argument("--allow-private-links", action="store_true",
                       help="let links found inside documents (feed entries) reach private, "
                       "loopback and link-local addresses (by default only the URLs named on "
                       "the command line may)")
    group.add_argument("--fast-html", action="store_true",
                       help="extract HTML without trafilatura's fallback extractors (about 4x "
                       "faster, a little lower recall)")
    group.add_argument("--timeout", type=_positive(float, high=MAX_TIMEOUT), default=_FETCH.timeout,
                       metavar="SECONDS", help="give up on an HTTP request after this long "
                       f"(default: {_FETCH.timeout:g})")
    group.add_argument("--max-bytes", type=_positive(int), default=_FETCH.max_bytes,
                       metavar="N", help="stop reading an HTTP response larger than this "
                       f"(default: {_FETCH.max_bytes:,})")
    group.add_argument("--retries", type=_positive(int, zero=True, high=MAX_RETRIES),
                       default=_FETCH.retries,
                       metavar="N", help="retry timeouts and server errors this many times "
                       f"(default: {_FETCH.retries})")
    if stdin:
        group.add_argument("--stdin-format", choices=STDIN_FORMATS, default=".txt",
                           help="the format of standard input, read as - (default: .txt)")


def read_options_from_args(args: argparse.Namespace, **overrides: Any) -> ReadOptions:
    """Return the `ReadOptions` the parsed options ask for, with overrides for other fields."""
    columns = Columns(text=args.text_column, title=args.title_column, published=args.date_column,
                      url=args.url_column, id=args.id_column, publisher=args.publisher_column,
                      language=args.language_column)
    languages: tuple[str, ...] = () if args.any_language else tuple(args.languages or ("en",))
    fetch = FetchOptions(timeout=args.timeout, max_bytes=args.max_bytes, retries=args.retries,
                         allow_private_links=args.allow_private_links)
    fields: dict[str, Any] = {"published": args.published, "columns": columns, "languages": languages,
                              "fetch_links": args.fetch_links, "fetch": fetch,
                              "fast_html": args.fast_html,
                              "stdin_format": getattr(args, "stdin_format", ".txt")}
    return ReadOptions(**(fields | overrides))


def _language_code(value: str) -> str:
    code = value.strip().lower()
    if not _LANGUAGE.fullmatch(code):
        raise argparse.ArgumentTypeError(f"{value!r} is not an ISO 639 language code like en")
    return code


def _positive(kind: type[int] | type[float], *, zero: bool = False, high: float = 1e15) -> Any:
    def convert(value: str) -> int | float:
        try:
            number = kind(value)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{value!r} is not a number") from None
        if not math.isfinite(number):
            raise argparse.ArgumentTypeError(f"{value!r} is not a finite number")
        if number < 0 or (number == 0 and not zero):
            raise argparse.ArgumentTypeError(f"{value!r} must be more than 0")
        if number > high:
            raise argparse.ArgumentTypeError(f"{value!r} must be at most {high:g}")
        return number

    return convert
