"""HTML pages: main text and metadata by trafilatura, charsets, pages without text."""

from __future__ import annotations

import gzip
from datetime import date
from pathlib import Path

import pytest

from eventwire.ingest import ReadOptions, Skipped, Source, read_sources
from eventwire.ingest.html import Hints, decode_html, fragment_text, page_article, read
from eventwire.model import Article
from ingest_samples import ENGLISH, page, read_all


def _one(data: bytes, **source: object) -> Article | Skipped:
    items = list(read(Source(origin="page.html", data=data, **source)))  # type: ignore[arg-type]
    assert len(items) == 1
    return items[0]


def test_ingest_html_extracts_text_and_metadata() -> None:
    article = _one(page().encode())
    assert isinstance(article, Article)
    assert article.title == "Kozlov arrives in Pyongyang"
    assert article.text.startswith("Russian Minister of Natural Resources Alexander Kozlov")
    assert "Home" not in article.text and "Copyright" not in article.text
    assert article.published == date(2024, 11, 14)
    assert article.author == "Jane Roe"
    assert article.url == "https://news.example.com/world/kozlov"
    assert article.publisher == "Example News"
    assert article.origin == "page.html"
    assert article.id == Article.make_id(article.text, article.url)


def test_ingest_html_falls_back_to_hints_for_missing_metadata() -> None:
    data = page(canonical=None, published=None, author=None).encode()
    hints = Hints(url="https://site.example/a", published=date(2024, 1, 2))
    article = page_article(data, origin="x", hints=hints)
    assert isinstance(article, Article)
    assert article.url == "https://site.example/a"
    assert article.published == date(2024, 1, 2)
    assert article.author is None


def test_ingest_html_fast_extraction_finds_the_same_article() -> None:
    fast = _one(page().encode(), options=ReadOptions(fast_html=True))
    assert fast == _one(page().encode())


def test_ingest_html_ids_are_stable_across_runs() -> None:
    first, second = _one(page().encode()), _one(page().encode())
    assert isinstance(first, Article) and isinstance(second, Article)
    assert first.id == second.id


@pytest.mark.parametrize("markup", [
    "<html><body></body></html>",
    "<html><head><title>Only a title</title></head><body><nav>Home</nav></body></html>",
    "",
    "   \n",
])
def test_ingest_html_without_text_is_skipped(markup: str) -> None:
    item = _one(markup.encode())
    assert isinstance(item, Skipped)
    assert item.problem == "no article text found in the page"


def test_ingest_html_decodes_declared_charset() -> None:
    data = page(text=ENGLISH.replace("Kremlin", "Kremlin café"), charset="iso-8859-1")
    article = _one(data.encode("latin-1"))
    assert isinstance(article, Article)
    assert "Kremlin café" in article.text


def test_ingest_html_content_type_charset_wins_over_meta() -> None:
    data = page(text=ENGLISH + " Café.", charset="utf-8").encode("cp1252")
    assert decode_html(data, "x", "text/html; charset=windows-1252").endswith("</html>")


def test_ingest_html_invalid_bytes_for_declared_charset_are_one_clear_line() -> None:
    data = page(charset="utf-8").encode() + b"\xff\xfe broken \xc3"
    item = _one(data)
    assert isinstance(item, Skipped)
    assert item.problem.startswith("not valid utf-8 (byte ")


def test_ingest_html_undeclared_legacy_bytes_fall_back_to_windows_1252() -> None:
    data = page(text=ENGLISH + " The café \u201creopened\u201d.", charset=None).encode("cp1252")
    article = _one(data)
    assert isinstance(article, Article)
    assert "café" in article.text and "\u201creopened\u201d" in article.text


@pytest.mark.parametrize(("markup", "expected"), [
    ("<p>One.</p><p>Two <b>bold</b>.</p>", "One.\nTwo bold."),
    ("line<br>break", "line\nbreak"),
    ("plain text", "plain text"),
    ("<ul><li>a</li><li>b</li></ul>", "a\nb"),
    ("", ""),
])
def test_ingest_html_fragment_text(markup: str, expected: str) -> None:
    assert fragment_text(markup) == expected


def test_ingest_html_files_plain_and_gzipped(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text(page(), encoding="utf-8")
    (tmp_path / "b.htm.gz").write_bytes(gzip.compress(page(title="Second").encode()))
    items = list(read_all([str(tmp_path)], ReadOptions()))
    assert [type(i) for i in items] == [Article, Article]
    assert [i.origin for i in items] == [str(tmp_path / "a.html"), str(tmp_path / "b.htm.gz")]
    assert all(isinstance(i, Article) and i.language == "en" for i in items)


def test_ingest_html_page_with_a_malformed_date_is_read(tmp_path: Path) -> None:
    page = (b'<html><head><title>Talks</title><meta property="article:published_time" '
            b'content="2024-11-14T08:00:00ZZ"></head><body><article><p>Kenyan and Somali officials '
            b'met in Nairobi on Tuesday to discuss security along their shared border and the '
            b'return of refugees.</p><p>They agreed to meet again next month in Mogadishu.</p>'
            b'</article></body></html>')
    path = tmp_path / "page.html"
    path.write_bytes(page)
    (item,) = read_sources([str(path)], ReadOptions(languages=()))
    assert isinstance(item, Article)
