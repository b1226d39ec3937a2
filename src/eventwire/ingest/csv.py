"""CSV and TSV files: one article a row, fields found through a column mapping (`Columns`).

The text column is required (`text` unless mapped); the others are optional and read from the
conventional names (`title`, `published` or `date`, `url`, `id`, `publisher`, `language`)
when not mapped. A column mapped by name that the header lacks skips the whole file; a bad
row is skipped with its line number.
"""

from __future__ import annotations

import codecs
import csv
from collections.abc import Iterator
from dataclasses import fields
from typing import IO, TYPE_CHECKING

from eventwire.errors import InputError
from eventwire.ingest.common import (
    MAX_ARTICLE_BYTES,
    Columns,
    Skipped,
    Source,
    clean_id,
    parse_date,
    skipped,
)
from eventwire.ingest.streams import bounded_lines, peek
from eventwire.model import Article
from eventwire.text_encoding import utf16_codec

if TYPE_CHECKING:
    from _csv import Reader

CONVENTIONAL = {"title": ("title",), "published": ("published", "date"), "url": ("url",),
                "id": ("id",), "publisher": ("publisher",), "language": ("language",)}


def read(source: Source) -> Iterator[Article | Skipped]:
    """Yield an article for each row of a CSV file, or why it or the file was skipped."""
    yield from _read(source, delimiter=",")


def read_tsv(source: Source) -> Iterator[Article | Skipped]:
    """Yield an article for each row of a tab-separated file."""
    yield from _read(source, delimiter="\t")


def _read(source: Source, delimiter: str) -> Iterator[Article | Skipped]:
    if csv.field_size_limit() < MAX_ARTICLE_BYTES:  # the default 131,072 cuts long articles
        csv.field_size_limit(MAX_ARTICLE_BYTES)
    problems: list[Skipped] = []
    try:
        stream = source.open()
        rows = csv.reader(_text_lines(stream, source.origin, problems), delimiter=delimiter,
                          strict=True)
        header = next(rows, None)
        if header is None:
            raise InputError(f"{source.origin}: empty file")
        mapping = resolve_columns(header, source.options.columns)
    except (InputError, csv.Error) as exc:
        problem = exc if isinstance(exc, InputError) else InputError(f"malformed CSV ({exc})")
        yield skipped(source.origin, problem)
        return
    yield from _rows(rows, mapping, source, problems)


def _text_lines(stream: IO[bytes], origin: str, problems: list[Skipped]) -> Iterator[str]:
    """Yield the lines of a CSV file decoded, each at most `MAX_ARTICLE_BYTES` long."""
    head = peek(stream, 8192)
    codec = utf16_codec(head)
    utf16 = codec is not None
    if b"\x00" in head and not utf16:
        raise InputError(f"{origin}: binary data, not text")
    decoder = codecs.getincrementaldecoder(codec or "utf-8-sig")()
    pending = ""
    number = 1
    for number, raw in bounded_lines(stream, MAX_ARTICLE_BYTES):
        try:
            pending += decoder.decode(raw or b"")
        except UnicodeDecodeError as exc:  # this line is lost; the next ones may be fine
            decoder.reset()
            problems.append(Skipped(origin=origin, line=number, problem=f"not valid "
                                    f"{'UTF-16' if utf16 else 'UTF-8'} (byte {exc.start})"))
            pending = "\n"
        if raw is None or len(pending) > MAX_ARTICLE_BYTES:
            problems.append(Skipped(origin=origin, line=number, problem="line too long "
                                    f"(more than {MAX_ARTICLE_BYTES:,} bytes)"))
            pending = "\n"
        *lines, pending = pending.split("\n")
        yield from (line + "\n" for line in lines)
    try:
        pending += decoder.decode(b"", final=True)
    except UnicodeDecodeError as exc:  # the file ends inside a character
        problems.append(Skipped(origin=origin, line=number,
                                problem=f"not valid {'UTF-16' if utf16 else 'UTF-8'} at its end "
                                f"(byte {exc.start})"))
    if pending:
        yield pending


def resolve_columns(header: list[str], columns: Columns) -> dict[str, int]:
    """Return the position of each article field in the header; raise if a mapped one is missing."""
    names = [h.strip() for h in header]
    found: dict[str, int] = {}
    for spec in fields(columns):
        wanted: str | None = getattr(columns, spec.name)
        candidates = (wanted,) if wanted is not None else CONVENTIONAL.get(spec.name, ())
        position = next((names.index(c) for c in candidates if c in names), None)
        if position is not None:
            found[spec.name] = position
        elif wanted is not None:
            option = "--date-column" if spec.name == "published" else f"--{spec.name}-column"
            listed = ", ".join(repr(n) for n in names[:20])
            raise InputError(f"no column {wanted!r} (set {option}; the header has {listed})")
    return found


def _rows(rows: Reader, mapping: dict[str, int], source: Source,
          problems: list[Skipped]) -> Iterator[Article | Skipped]:
    end = rows.line_num
    while True:
        line = end + 1  # a row may span lines: name its first
        row, stop = _next_row(rows, line, source)
        end = rows.line_num
        yield from problems
        problems.clear()
        if isinstance(row, Skipped):
            yield row
        elif row is not None:
            yield from _row_item(row, mapping, line, source)
        if stop:
            return


def _next_row(rows: Reader, line: int, source: Source) -> tuple[list[str] | Skipped | None, bool]:
    """Return the next row or why it is skipped, and whether the file ends there."""
    try:
        return next(rows), False
    except StopIteration:
        return None, True
    except csv.Error as exc:  # one bad row: the reader goes on at the next line
        return Skipped(origin=source.origin, line=line, problem=f"malformed CSV ({exc})"), False
    except InputError as exc:
        problem = str(exc).removeprefix(f"{source.origin}: ")
        return Skipped(origin=source.origin, line=line,
                       problem=f"{problem}; the rest of the file is not read"), True


def _row_item(row: list[str], mapping: dict[str, int], line: int,
              source: Source) -> Iterator[Article | Skipped]:
    if not any(cell.strip() for cell in row):
        return
    try:
        yield row_article(row, mapping, f"{source.origin}:{line}", source)
    except InputError as exc:
        yield Skipped(origin=source.origin, line=line, problem=str(exc))


def row_article(row: list[str], mapping: dict[str, int], origin: str, source: Source) -> Article:
    """Build the article of one row; raise `InputError` if it has no text or a bad date."""
    cells = {name: row[i].strip() for name, i in mapping.items() if i < len(row)}
    text = row[mapping["text"]] if mapping["text"] < len(row) else ""
    if not text.strip():
        raise InputError("empty text")
    published = source.published
    if cells.get("published"):
        published = parse_date(cells["published"])
        if published is None:
            raise InputError(f"the date {cells['published']!r} is not a date (YYYY-MM-DD)")
    url = cells.get("url") or None
    optional = {k: cells[k] for k in ("title", "publisher", "language") if cells.get(k)}
    return Article(id=clean_id(cells.get("id")) or Article.make_id(text, url), text=text.strip(),
                   published=published, url=url, origin=origin, **optional)
