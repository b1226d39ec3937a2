"""CSV and TSV files with a column mapping."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest

from eventwire.ingest import Columns, ReadOptions, Skipped, read_sources
from eventwire.ingest.common import Source
from eventwire.ingest.csv import read, read_tsv
from eventwire.model import Article
from ingest_samples import ENGLISH, read_all


def _csv(rows: list[list[str]], delimiter: str = ",") -> bytes:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter).writerows(rows)
    return out.getvalue().encode()


def _read(data: bytes, columns: Columns | None = None) -> list[Article | Skipped]:
    options = ReadOptions(columns=columns or Columns())
    return list(read(Source(origin="a.csv", data=data, options=options)))


def test_ingest_csv_reads_conventional_columns() -> None:
    data = _csv([["id", "title", "date", "url", "text"],
                 ["s1", "Kozlov", "2024-11-14", "https://x.example/1", ENGLISH],
                 ["", "", "", "", "Putin met Xi in Beijing.\nThey talked."]])
    first, second = _read(data)
    assert isinstance(first, Article) and isinstance(second, Article)
    assert (first.id, first.title, first.published, first.url) == (
        "s1", "Kozlov", date(2024, 11, 14), "https://x.example/1")
    assert first.origin == "a.csv:2"
    assert second.text == "Putin met Xi in Beijing.\nThey talked."  # a quoted newline survives
    assert second.id == Article.make_id(second.text) and second.origin == "a.csv:3"


def test_ingest_csv_column_mapping() -> None:
    data = _csv([["story_id", "body", "headline", "pubdate", "link", "outlet"],
                 ["7", ENGLISH, "Kozlov", "Thu, 14 Nov 2024 08:00:00 GMT", "https://x/7", "AP"]])
    columns = Columns(text="body", title="headline", published="pubdate", url="link",
                      id="story_id", publisher="outlet")
    (article,) = _read(data, columns)
    assert isinstance(article, Article)
    assert (article.id, article.title, article.published, article.url, article.publisher) == (
        "7", "Kozlov", date(2024, 11, 14), "https://x/7", "AP")


@pytest.mark.parametrize(("columns", "problem"), [
    (Columns(), "no column 'text' (set --text-column; the header has 'body', 'when')"),
    (Columns(text="body", published="date"),
     "no column 'date' (set --date-column; the header has 'body', 'when')"),
])
def test_ingest_csv_without_the_named_column_is_one_clear_line(columns: Columns,
                                                               problem: str) -> None:
    (item,) = _read(_csv([["body", "when"], [ENGLISH, "2024-01-01"]]), columns)
    assert isinstance(item, Skipped)
    assert str(item) == f"a.csv: {problem}"


def test_ingest_csv_bad_rows_are_skipped_with_their_line() -> None:
    data = _csv([["text", "published"], ["", "2024-01-01"], [ENGLISH, "yesterday-ish"],
                 [ENGLISH, "2024-01-02"]])
    empty, bad_date, good = _read(data)
    assert isinstance(empty, Skipped) and str(empty) == "a.csv:2: empty text"
    assert isinstance(bad_date, Skipped) and bad_date.line == 3
    assert bad_date.problem == "the date 'yesterday-ish' is not a date (YYYY-MM-DD)"
    assert isinstance(good, Article) and good.published == date(2024, 1, 2)


@pytest.mark.parametrize(("data", "problem"), [
    (b"", "empty file"),
    ("text\nCaf\xe9 in Paris\n".encode("latin-1"), "not valid UTF-8 (byte 3)"),
    (b"text\n\x00\x01\x02", "binary data, not text"),
])
def test_ingest_csv_unreadable_files(data: bytes, problem: str) -> None:
    (item,) = _read(data)
    assert isinstance(item, Skipped) and item.problem == problem


def test_ingest_csv_malformed_quoting_stops_with_a_line() -> None:
    data = b'text\n"' + ENGLISH.encode() + b'\n"unterminated"x,\n'
    items = _read(data)
    assert isinstance(items[-1], Skipped)
    assert items[-1].problem.startswith("malformed CSV")


def test_ingest_tsv_and_gzip_files(tmp_path: Path) -> None:
    import gzip

    (tmp_path / "a.tsv").write_bytes(_csv([["text"], [ENGLISH]], delimiter="\t"))
    (tmp_path / "b.csv.gz").write_bytes(gzip.compress(_csv([["body"], [ENGLISH]])))
    items = list(read_all([str(tmp_path)], ReadOptions(columns=Columns(text="body"))))
    assert isinstance(items[0], Skipped)  # a.tsv has no 'body' column
    assert isinstance(items[1], Article) and items[1].origin == f"{tmp_path / 'b.csv.gz'}:2"
    (tsv,) = read_tsv(Source(origin="t", data=_csv([["text"], [ENGLISH]], delimiter="\t")))
    assert isinstance(tsv, Article) and tsv.text == ENGLISH


def test_ingest_csv_file_ending_inside_a_character_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "cut.csv"
    path.write_bytes(b"id,text\n1,Kenya closed its border.\n2,cut \xc2")
    items = list(read_sources([str(path)], ReadOptions(languages=())))
    assert any(isinstance(i, Skipped) and "not valid UTF-8" in i.problem for i in items)
