"""CSV and TSV files: one article a row, fields found through a column mapping (`Columns`).

The text column is required (`text` unless mapped); the others are optional and read from the
conventional names (`title`, `published` or `date`, `url`, `id`, `publisher`, `language`)
when not mapped. A column mapped by name that the header lacks skips the whole file; a bad
row is skipped with its line number.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import fields
from typing import TYPE_CHECKING

from eventwire.errors import InputError
from eventwire.ingest.common import Columns, Skipped, Source, decode_text, parse_date, skipped
from eventwire.model import Article

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
    try:
        content = decode_text(source.data, source.origin, limit=None)
        rows = csv.reader(io.StringIO(content), delimiter=delimiter, strict=True)
        header = next(rows, None)
        if header is None:
            raise InputError(f"{source.origin}: empty file")
        mapping = resolve_columns(header, source.options.columns)
    except (InputError, csv.Error) as exc:
        problem = exc if isinstance(exc, InputError) else InputError(f"malformed CSV ({exc})")
        yield skipped(source.origin, problem)
        return
    yield from _rows(rows, mapping, source)


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


def _rows(rows: Reader, mapping: dict[str, int], source: Source) -> Iterator[Article | Skipped]:
    end = rows.line_num
    try:
        for row in rows:
            line, end = end + 1, rows.line_num  # a row may span lines: name its first
            if not any(cell.strip() for cell in row):
                continue
            try:
                yield row_article(row, mapping, f"{source.origin}:{line}", source)
            except InputError as exc:
                yield Skipped(origin=source.origin, line=line, problem=str(exc))
    except csv.Error as exc:
        yield Skipped(origin=source.origin, line=end + 1,
                      problem=f"malformed CSV ({exc}); the rest of the file is not read")


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
    return Article(id=cells.get("id") or Article.make_id(text, url), text=text.strip(),
                   published=published, url=url, origin=origin, **optional)
