"""Records and helpers shared by the readers.

An article's `origin` says where it came from, for provenance: a file path (`news/a.html`), a
URL, a line or row (`batch.jsonl:12`), a feed entry (`world.xml#<entry id or link>`) or a WARC
record (`crawl.warc.gz#<urn:uuid:...>`). Watch mode remembers origins to know what it has seen.
"""

from __future__ import annotations

import email.utils
import io
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import IO

from eventwire.errors import InputError
from eventwire.text_encoding import utf16_codec

MAX_ARTICLE_BYTES = 5_000_000
MAX_DOCUMENT_BYTES = 20_000_000  # one feed or HTML document read whole
MAX_ID_CHARS = 200
DEFAULT_USER_AGENT = "eventwire/0.1 (political event coder; +https://pypi.org/project/eventwire/)"


@dataclass(frozen=True, slots=True, kw_only=True)
class Columns:
    """Which CSV columns hold which article field; None means the conventional name, if present."""

    text: str = "text"
    title: str | None = None
    published: str | None = None
    url: str | None = None
    id: str | None = None
    publisher: str | None = None
    language: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class FetchOptions:
    """How `http(s)://` inputs and linked pages are fetched.

    Links found inside documents (feed entries) get one try of at most `link_timeout` seconds,
    and reach only public addresses unless `allow_private_links`.
    """

    timeout: float = 10.0
    max_bytes: int = 10_000_000
    retries: int = 2
    backoff: float = 1.0
    user_agent: str = DEFAULT_USER_AGENT
    link_timeout: float = 5.0
    allow_private_links: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class ReadOptions:
    """Options shared by every reader.

    `languages` lists the accepted ISO 639-1 codes; articles identified as another language are
    skipped. An empty tuple accepts every language and identifies none. `fast_html` skips
    trafilatura's fallback extractors: about four times faster, a little lower recall.
    """

    published: date | None = None
    stdin_format: str = ".txt"
    columns: Columns = field(default_factory=Columns)
    languages: tuple[str, ...] = ("en",)
    fetch_links: bool = True
    fetch: FetchOptions = field(default_factory=FetchOptions)
    fast_html: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class Fetched:
    """The body of an HTTP response and where it finally came from."""

    url: str
    data: bytes
    content_type: str = ""


Fetch = Callable[[str], Fetched]
Seen = Callable[[str], bool]


@dataclass(frozen=True, slots=True, kw_only=True)
class Source:
    """Raw bytes of one input, where they came from, and what reading them may use.

    `fetch` gets linked pages (feed entries); `seen` says which item origins were already read,
    so readers skip them before fetching anything. Line formats (JSON Lines, CSV, WARC) read
    `stream` when it is set, so that a large input is never held whole; others read `data`.
    """

    origin: str
    data: bytes = b""
    stream: IO[bytes] | None = None
    published: date | None = None
    url: str | None = None
    content_type: str = ""
    options: ReadOptions = field(default_factory=ReadOptions)
    fetch: Fetch | None = None
    seen: Seen | None = None

    def open(self) -> IO[bytes]:
        """Return the input as a binary stream (the open stream, or one over `data`)."""
        return self.stream if self.stream is not None else io.BytesIO(self.data)


class Unreachable(InputError):
    """A URL that failed for a reason that may pass: a timeout, a server error, a lost link."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Skipped:
    """An input (or one record of it) that could not be read, and why.

    `retry` is true when reading it again later may work (the URL was unreachable).
    """

    origin: str
    problem: str
    line: int | None = None
    retry: bool = False

    def __str__(self) -> str:
        where = f"{self.origin}:{self.line}" if self.line is not None else self.origin
        return f"{where}: {self.problem}"


def article_skipped(origin: str | None, fallback: str, problem: str) -> Skipped:
    """Return the `Skipped` record of one article, its origin split into file and line."""
    where, _, line = (origin or fallback).rpartition(":")
    if where and line.isdigit():
        return Skipped(origin=where, line=int(line), problem=problem)
    return Skipped(origin=origin or fallback, problem=problem)


def skipped(origin: str, exc: InputError) -> Skipped:
    """Return the `Skipped` record of an input error, without repeating the origin."""
    return Skipped(origin=origin, problem=str(exc).removeprefix(f"{origin}: "),
                   retry=isinstance(exc, Unreachable))


def is_url(name: str) -> bool:
    """Return whether an input name is an `http(s)://` URL."""
    return name.lower().startswith(("http://", "https://"))


def language_code(tag: str | None) -> str | None:
    """Return the lowercase primary language of a tag like `en-US` or `DE`, or None."""
    primary = (tag or "").strip().replace("_", "-").split("-")[0].lower()
    return primary if 2 <= len(primary) <= 3 and primary.isalpha() and primary.isascii() else None


def decode_text(data: bytes, origin: str, limit: int | None = MAX_ARTICLE_BYTES) -> str:
    """Decode UTF-8 (or UTF-16, see `utf16_codec`) text, refusing binary data with a clear reason.

    `limit` bounds one article; files holding many articles (JSON Lines, CSV) pass None and
    bound each record instead. Unpaired surrogates cannot occur in decoded bytes.
    """
    if limit is not None and len(data) > limit:
        raise InputError(f"{origin}: too large ({len(data):,} bytes; "
                         f"the limit is {limit:,})")
    codec = utf16_codec(data[:8192])
    if codec is None and b"\x00" in data[:8192]:
        raise InputError(f"{origin}: binary data, not text")
    text = (decode_as(data, codec, origin, "UTF-16") if codec is not None
            else decode_as(data, "utf-8-sig", origin, "UTF-8"))
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode_as(data: bytes, codec: str, origin: str, name: str) -> str:
    """Decode bytes with a codec, or fail in one line naming the input, the encoding (`name`) and
    the first bad byte."""
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        raise InputError(f"{origin}: not valid {name} (byte {exc.start})") from None


def repair_surrogates(text: str) -> str:
    """Return the text with surrogate pairs joined and unpaired surrogates replaced by U+FFFD.

    JSON can spell a lone surrogate (`"\\ud800"`); no UTF-8 encoder, tokenizer or database
    accepts one.
    """
    if text.isascii():
        return text
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def clean_id(value: object) -> str | None:
    """Return an article id given as a string or integer, or raise `InputError` saying why not."""
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise InputError(f"'id' must be a string or an integer, not {type(value).__name__}")
    text = repair_surrogates(value) if isinstance(value, str) else str(value)
    if len(text) > MAX_ID_CHARS:
        raise InputError(f"'id' is {len(text):,} characters long; the limit is {MAX_ID_CHARS}")
    return text


def parse_date(value: str) -> date | None:
    """Return the date of an ISO 8601, YYYYMMDD or RFC 2822 timestamp, or None if it is none."""
    value = value.strip()
    for parse in (_iso_date, _compact_date, _rfc2822_date):
        try:
            return parse(value)
        except (ValueError, TypeError, IndexError, OverflowError):
            continue
    return None


def _iso_date(value: str) -> date:
    if len(value) > 10 and value[10] in "T ":
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    return date.fromisoformat(value)


def _compact_date(value: str) -> date:
    if len(value) != 8 or not value.isdigit():
        raise ValueError(value)
    return date(int(value[:4]), int(value[4:6]), int(value[6:]))


def _rfc2822_date(value: str) -> date:
    return email.utils.parsedate_to_datetime(value).date()
