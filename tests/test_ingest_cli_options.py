"""The shared command-line options of reading."""

from __future__ import annotations

import argparse
from datetime import date

import pytest

from eventwire.ingest import Columns, FetchOptions, ReadOptions
from eventwire.ingest.cli_options import add_read_options, read_options_from_args


def _parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="eventwire code")
    add_read_options(parser)
    return parser.parse_args(list(argv))


def test_ingest_cli_defaults_are_the_read_option_defaults() -> None:
    assert read_options_from_args(_parse()) == ReadOptions()


def test_ingest_cli_options_map_to_read_options() -> None:
    args = _parse("--text-column", "body", "--date-column", "when", "--title-column", "head",
                  "--url-column", "link", "--id-column", "sid", "--publisher-column", "outlet",
                  "--language-column", "lang", "--language", "EN", "--language", "fr",
                  "--no-fetch-links", "--fast-html", "--timeout", "2.5", "--max-bytes", "1000",
                  "--retries", "0", "--stdin-format", ".html")
    options = read_options_from_args(args, published=date(2024, 1, 2))
    assert options == ReadOptions(
        published=date(2024, 1, 2), stdin_format=".html",
        columns=Columns(text="body", title="head", published="when", url="link", id="sid",
                        publisher="outlet", language="lang"),
        languages=("en", "fr"), fetch_links=False, fast_html=True,
        fetch=FetchOptions(timeout=2.5, max_bytes=1000, retries=0))


def test_ingest_cli_published_is_a_reading_option() -> None:
    assert read_options_from_args(_parse("--published", "2024-03-05")).published == date(2024, 3, 5)
    with pytest.raises(SystemExit):  # checked as it is parsed: one usage error line
        _parse("--published", "soon")


def test_ingest_cli_any_language_turns_identification_off() -> None:
    assert read_options_from_args(_parse("--any-language")).languages == ()


@pytest.mark.parametrize("argv", [
    ["--language", "english"], ["--timeout", "0"], ["--timeout", "soon"], ["--retries", "-1"],
    ["--max-bytes", "0"], ["--stdin-format", ".pdf"],
])
def test_ingest_cli_rejects_bad_values(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        _parse(*argv)
    assert "error:" in capsys.readouterr().err


def test_ingest_cli_help_lists_every_option(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        _parse("--help")
    text = capsys.readouterr().out
    for option in ("--text-column", "--date-column", "--title-column", "--url-column",
                   "--id-column", "--publisher-column", "--language-column", "--language",
                   "--any-language", "--no-fetch-links", "--fast-html", "--timeout", "--max-bytes",
                   "--retries", "--stdin-format"):
        assert option in text
