"""The article-level held-out set (bench/heldout-voa/articles.jsonl): pinned by its hash, and checked
for consistency without ever running the coder on it (the maintainer scores it once; see its README)."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest

from article_sets import check_codes, check_tiling, json_lines, load_script, readme_counts
from conftest import SHARED
from eventwire.evaluate_articles import load_articles

SET = Path(__file__).resolve().parents[1] / "bench" / "heldout-voa"
ARTICLES = SET / "articles.jsonl"
ARTICLES_SHA256 = "e8031f468c47db777d9d8d5531292ab2563daf9926fdaecadaa2454246d44c89"


@pytest.fixture(scope="module")
def records() -> list[dict[str, Any]]:
    return json_lines(ARTICLES)


def test_heldout_voa_file_is_the_pinned_one() -> None:
    # An edit to the set must be deliberate: change this hash in the same commit and say why.
    assert hashlib.sha256(ARTICLES.read_bytes()).hexdigest() == ARTICLES_SHA256


def test_heldout_voa_loads_as_articles(records: list[dict[str, Any]]) -> None:
    articles = load_articles(ARTICLES)
    assert len(articles) == len(records) >= 15
    assert len({a.id for a in articles}) == len(articles)
    assert all(a.url and a.url.startswith("https://www.voanews.com/") for a in articles)
    assert sorted(r["line"] for r in records) == list(range(1, len(records) + 1))  # the article partition: 1-20
    assert any(not a.events for a in articles), "a story without events measures false positives"


def test_heldout_voa_sentences_tile_the_text(records: list[dict[str, Any]]) -> None:
    check_tiling(records)


def test_heldout_voa_codes_are_known(records: list[dict[str, Any]]) -> None:
    check_codes(records)


@pytest.mark.skipif(not (SHARED / "news" / "voa").is_dir(), reason="../shared/news/voa is not beside this checkout")
def test_heldout_voa_rebuilds_from_its_annotations() -> None:
    build = load_script(SET / "build.py")
    assert build.render() == ARTICLES.read_text(encoding="utf-8")


def test_heldout_voa_readme_counts_match_the_file(records: list[dict[str, Any]]) -> None:
    stated, counted = readme_counts(SET / "README.md", records)
    assert stated == counted
