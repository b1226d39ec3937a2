"""`read_sources`: folders, compression, URLs by content type, languages, bad inputs in a batch."""

from __future__ import annotations

import gzip
import io
import json
import sys
from pathlib import Path

import pytest

from conftest import LocalSite
from eventwire import ingest
from eventwire.errors import InputError
from eventwire.ingest import (
    READERS,
    FetchOptions,
    ReadContext,
    ReadOptions,
    Skipped,
    format_of,
    read_sources,
)
from eventwire.ingest.compression import gunzip
from eventwire.model import Article
from ingest_samples import ENGLISH, GERMAN, identifier, page, read_all, rss, warc_bytes

FAST = ReadOptions(fetch=FetchOptions(timeout=0.5, retries=0, backoff=0))


def test_ingest_public_names_exist() -> None:
    assert all(hasattr(ingest, name) for name in ingest.__all__)


@pytest.mark.parametrize(("name", "expected"), [
    ("a.txt", ".txt"), ("a.HTML", ".html"), ("a.html.gz", ".html"), ("x.warc.gz", ".warc"),
    ("feed.rss", ".rss"), ("b.atom", ".atom"), ("c.tsv.gz", ".tsv"), ("d.gz", None),
    ("e.pdf", None), ("noext", None), ("/path/news.2024.jsonl", ".jsonl"),
])
def test_ingest_format_of(name: str, expected: str | None) -> None:
    assert format_of(name) == expected


def test_ingest_every_reader_suffix_is_known() -> None:
    assert {".txt", ".jsonl", ".html", ".htm", ".rss", ".atom", ".xml", ".warc", ".csv",
            ".tsv"} <= set(READERS)


def _batch(folder: Path) -> None:
    (folder / "deep" / "er").mkdir(parents=True)
    (folder / "a.txt").write_text(ENGLISH)
    (folder / "b.jsonl.gz").write_bytes(gzip.compress(json.dumps({"text": ENGLISH}).encode()))
    (folder / "deep" / "c.html").write_text(page())
    (folder / "deep" / "er" / "d.warc.gz").write_bytes(
        warc_bytes([("https://x.example/d", "200 OK", page().encode(), "text/html")], gzip=True))
    (folder / "deep" / "e.csv").write_text(f"text\n\"{ENGLISH}\"\n")
    (folder / "deep" / "f.rss").write_text(rss([{"title": "t", "guid": "g1",
                                                  "description": ENGLISH}]))
    (folder / "notes.pdf").write_bytes(b"%PDF")
    (folder / ".hidden.txt").write_text(ENGLISH)


def test_ingest_folder_is_read_recursively(tmp_path: Path) -> None:
    _batch(tmp_path)
    items = list(read_all([str(tmp_path)], FAST))
    assert all(isinstance(i, Article) for i in items), items
    origins = [str(i.origin).removeprefix(str(tmp_path)) for i in items]
    assert origins[:3] == ["/a.txt", "/b.jsonl.gz:1", "/deep/c.html"]
    assert origins[3] == "/deep/e.csv:2"
    assert origins[4] == "/deep/er/d.warc.gz#" + origins[4].split("#")[1]
    assert origins[5] == "/deep/f.rss#g1"


def test_ingest_bad_inputs_are_one_line_each_and_the_batch_goes_on(tmp_path: Path) -> None:
    (tmp_path / "1-truncated.txt.gz").write_bytes(gzip.compress(ENGLISH.encode())[:-20])
    (tmp_path / "2-empty.html").write_text("<html><body></body></html>")
    (tmp_path / "3-latin1.txt").write_bytes("Café in Paris".encode("latin-1"))
    (tmp_path / "4-notafeed.rss").write_text("{ this is json, not xml }")
    (tmp_path / "5-broken.warc").write_bytes(b"WARC/1.0\r\nbroken")
    (tmp_path / "6-nocolumn.csv").write_text("body\nsomething\n")
    (tmp_path / "7-good.txt").write_text(ENGLISH)
    items = list(read_all([str(tmp_path)], FAST))
    lines = [str(i).removeprefix(str(tmp_path) + "/") for i in items if isinstance(i, Skipped)]
    assert lines == [
        "1-truncated.txt.gz: truncated gzip data (the file ends inside the stream)",
        "2-empty.html: no article text found in the page",
        "3-latin1.txt: not valid UTF-8 (byte 3)",
        lines[3],
        lines[4],
        "6-nocolumn.csv: no column 'text' (set --text-column; the header has 'body')",
    ]
    assert lines[3].startswith("4-notafeed.rss: not an RSS or Atom feed (")
    assert lines[4].startswith("5-broken.warc: ")
    assert all("\n" not in line for line in lines)
    assert isinstance(items[-1], Article) and items[-1].text == ENGLISH


def test_ingest_missing_path_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file or folder"):
        list(read_all([str(tmp_path / "nope.txt")]))


def test_ingest_unknown_suffix_named_explicitly_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "x.pdf").write_bytes(b"%PDF")
    (item,) = read_all([str(tmp_path / "x.pdf")])
    assert isinstance(item, Skipped) and item.problem.startswith("unknown file type")


def test_ingest_non_english_articles_are_skipped_and_say_so(tmp_path: Path) -> None:
    (tmp_path / "de.txt").write_text(GERMAN)
    (tmp_path / "en.txt").write_text(ENGLISH)
    german, english = read_all([str(tmp_path)])
    assert isinstance(german, Skipped)
    assert german.problem == "language is 'de', not English"
    assert isinstance(english, Article) and english.language == "en"


def test_ingest_other_languages_can_be_accepted(tmp_path: Path) -> None:
    (tmp_path / "de.txt").write_text(GERMAN)
    (article,) = read_all([str(tmp_path)], ReadOptions(languages=("en", "de")))
    assert isinstance(article, Article) and article.language == "de"
    (unchecked,) = read_all([str(tmp_path)], ReadOptions(languages=()))
    assert isinstance(unchecked, Article) and unchecked.language == "en"  # as read, unjudged


@pytest.mark.parametrize(("path", "content_type", "body", "kind"), [
    ("/page", "text/html; charset=utf-8", page(), "html"),
    ("/feed", "application/atom+xml", rss([{"guid": "urn:g", "description": ENGLISH}]), "feed"),
    ("/x.jsonl", "application/octet-stream", json.dumps({"text": ENGLISH}), "jsonl"),
    ("/plain", "text/plain", ENGLISH, "text"),
    ("/unlabelled", "", page(), "html"),
    ("/mislabelled", "text/html", rss([{"guid": "urn:g", "description": ENGLISH}]), "feed"),
])
def test_ingest_urls_are_read_by_content_type_suffix_or_content(
        local_site: LocalSite, path: str, content_type: str, body: str, kind: str) -> None:
    url = local_site.page(path, body, content_type=content_type)
    (article,) = read_all([url], FAST)
    assert isinstance(article, Article), article
    assert article.origin in (url, f"{url}:1", f"{url}#urn:g")
    assert ENGLISH[:40] in article.text


def test_ingest_gzipped_warc_from_a_url(local_site: LocalSite) -> None:
    data = warc_bytes([("https://x.example/d", "200 OK", page().encode(), "text/html")],
                      gzip=True)
    url = local_site.page("/crawl", data, content_type="application/octet-stream")
    (article,) = read_all([url], FAST)
    assert isinstance(article, Article) and article.url == "https://news.example.com/world/kozlov"


def test_ingest_stdin_in_any_format(monkeypatch: pytest.MonkeyPatch) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(gzip.compress(page().encode())))
    monkeypatch.setattr(sys, "stdin", stdin)
    (article,) = read_all(["-"], ReadOptions(stdin_format=".html"))
    assert isinstance(article, Article) and article.origin == "<stdin>"


def test_ingest_context_is_shared_and_closed(local_site: LocalSite) -> None:
    url = local_site.page("/p", page())
    with ReadContext(FAST, identifier=identifier()) as ctx:
        first = list(read_sources([url], context=ctx))
        second = list(read_sources([url], context=ctx))
        assert ctx.identifier() is ctx.identifier()
    assert first == second and isinstance(first[0], Article)


@pytest.mark.parametrize(("data", "problem"), [
    (gzip.compress(b"hello")[:-4], "truncated gzip data"),
    (gzip.compress(b"hello") + b"junk", "trailing garbage after the gzip data"),
    (b"\x1f\x8b\x08\x00" + b"\xff" * 20, "corrupt gzip data"),
])
def test_ingest_gunzip_problems(data: bytes, problem: str) -> None:
    with pytest.raises(InputError, match=problem):
        gunzip(data, "x.gz")


def test_ingest_gunzip_limits_the_inflated_size() -> None:
    bomb = gzip.compress(b"\x00" * 1_000_000)
    with pytest.raises(InputError, match="inflates to more than 1,000 bytes"):
        gunzip(bomb, "bomb.gz", limit=1000)
    assert gunzip(gzip.compress(b"a") + gzip.compress(b"b"), "two.gz") == b"ab"
