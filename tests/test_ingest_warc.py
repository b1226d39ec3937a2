"""WARC archives written with warcio: HTML responses become articles, broken records are skipped."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator

from eventwire.ingest import ReadOptions, Skipped
from eventwire.ingest.common import Source
from eventwire.ingest.language import check
from eventwire.ingest.warc import read
from eventwire.model import Article
from ingest_samples import ENGLISH, identifier, page, read_all, warc_bytes

SECOND = ("Protesters gathered outside the parliament in Tbilisi on Sunday to demand new "
          "elections, and police detained several opposition leaders after clashes at night.")
RECORDS = [
    ("https://news.example.com/a", "200 OK", page(canonical=None).encode(), "text/html"),
    ("https://news.example.com/logo.png", "200 OK", b"\x89PNG....", "image/png"),
    ("https://news.example.com/old", "301 Moved", b"", "text/html"),
    ("https://news.example.com/b", "200 OK", page("Tbilisi", SECOND, canonical=None,
                                                  published=None).encode(),
     "text/html; charset=utf-8"),
]


def _read(data: bytes, **source: object) -> list[Article | Skipped]:
    return list(read(Source(origin="crawl.warc", data=data, **source)))  # type: ignore[arg-type]


def _record_ids(data: bytes) -> list[str]:
    return [r.rec_headers.get_header("WARC-Record-ID") for r in ArchiveIterator(io.BytesIO(data))
            if r.rec_type == "response"]


@pytest.mark.parametrize("gzip", [False, True])
def test_ingest_warc_html_responses_become_articles(gzip: bool) -> None:
    data = warc_bytes(RECORDS, gzip=gzip)
    items = _read(data)
    assert all(isinstance(i, Article) for i in items)
    a, b = items
    assert isinstance(a, Article) and isinstance(b, Article)
    assert a.url == "https://news.example.com/a" and a.text.startswith("Russian Minister")
    assert a.published == date(2024, 11, 14)  # the page's own date
    assert b.url == "https://news.example.com/b" and b.text == SECOND
    assert b.published == date(2024, 11, 15)  # none in the page: the record's WARC-Date
    ids = _record_ids(data)
    assert [a.origin, b.origin] == [f"crawl.warc#{ids[0]}", f"crawl.warc#{ids[3]}"]


def test_ingest_warc_files_by_suffix(tmp_path: Path) -> None:
    (tmp_path / "a.warc").write_bytes(warc_bytes(RECORDS[:1], gzip=False))
    (tmp_path / "b.warc.gz").write_bytes(warc_bytes(RECORDS[3:], gzip=True))
    items = list(read_all([str(tmp_path)], ReadOptions()))
    assert [type(i) for i in items] == [Article, Article]
    assert str(items[1].origin).startswith(f"{tmp_path / 'b.warc.gz'}#<urn:uuid:")


@pytest.mark.parametrize("gzip", [False, True])
def test_ingest_warc_broken_record_is_skipped_and_the_rest_read(gzip: bool) -> None:
    records = [RECORDS[0], RECORDS[3], RECORDS[0]]
    good = warc_bytes(records, gzip=gzip)
    cut = _nth_record_start(good, 3, gzip)  # the second response (after its request)
    data = good[:cut] + b"NOT A WARC HEADER\r\n" + good[cut + 40:]
    items = _read(data)
    assert [type(i) for i in items] == [Article, Skipped, Article]
    broken = items[1]
    assert isinstance(broken, Skipped)
    assert broken.problem.startswith(f"broken WARC record at byte {cut:,} (")
    assert broken.problem.endswith("resuming at the next record")


@pytest.mark.parametrize("gzip", [False, True])
@pytest.mark.parametrize("cut", [40, 400])
def test_ingest_warc_truncated_archive_keeps_the_records_before(gzip: bool, cut: int) -> None:
    data = warc_bytes([RECORDS[0], RECORDS[3]], gzip=gzip)
    items = _read(data[:-cut])
    assert isinstance(items[0], Article)
    assert len(items) == 2 and isinstance(items[1], Skipped)
    assert "truncated" in items[1].problem or "broken WARC record" in items[1].problem


def test_ingest_warc_page_without_text_is_skipped_with_its_record() -> None:
    data = warc_bytes([("https://x.example/empty", "200 OK", b"<html><body></body></html>",
                        "text/html")], gzip=False)
    (item,) = _read(data)
    assert isinstance(item, Skipped)
    assert item.origin.startswith("crawl.warc#<urn:uuid:")
    assert item.problem == "no article text found in the page"


def test_ingest_warc_skips_seen_records() -> None:
    data = warc_bytes([RECORDS[0], RECORDS[3]], gzip=True)
    first = _record_ids(data)[0]
    items = _read(data, seen=lambda origin: origin == f"crawl.warc#{first}")
    assert [i.url for i in items if isinstance(i, Article)] == ["https://news.example.com/b"]


@pytest.mark.parametrize("data", [b"", b"garbage", b"WARC/1.0\r\n", b"\x1f\x8b\x08garbage"])
def test_ingest_warc_garbage_is_a_clear_line_or_nothing(data: bytes) -> None:
    items = _read(data)
    assert all(isinstance(i, Skipped) for i in items)


def test_ingest_warc_pages_in_other_languages_are_judged_per_record() -> None:
    german = page("Berlin", "Die Regierung in Berlin hat am Montag neue Sanktionen gegen "
                  "Russland beschlossen, sagte ein Sprecher des Auswärtigen Amtes in Berlin.")
    data = warc_bytes([("https://de.example/1", "200 OK", german.encode(), "text/html"),
                       ("https://en.example/1", "200 OK", page(text=ENGLISH).encode(),
                        "text/html")], gzip=True)
    source = Source(origin="mixed.warc.gz", data=data)
    judged = [check(i, identifier(), ("en",)) if isinstance(i, Article) else i
              for i in read(source)]
    assert [type(i) for i in judged] == [Skipped, Article]
    assert judged[0].problem.startswith("language is 'de', not English")  # type: ignore[union-attr]


def _nth_record_start(data: bytes, n: int, gzip: bool) -> int:
    records = ArchiveIterator(io.BytesIO(data))
    for index, record in enumerate(records):
        record.content_stream().read()
        if index == n:
            return int(records.get_record_offset())
    raise AssertionError(f"fewer than {n + 1} records")
