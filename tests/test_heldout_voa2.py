"""The second held-out article set (bench/heldout-voa2/articles.jsonl): pinned by its hash, and
checked for consistency without ever running the coder on it (the maintainer scores it once; see
its README)."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest

from article_sets import check_codes, check_tiling, json_lines, load_script, readme_counts
from conftest import SHARED
from eventwire.evaluate_articles import load_articles

SET = Path(__file__).resolve().parents[1] / "bench" / "heldout-voa2"
ARTICLES = SET / "articles.jsonl"
ARTICLES_SHA256 = "32cd84755b160f0880b57d53aea75cd053cd26c78ea10afa050883f82522c367"
SET_LINES = (47, 48, 50, 55, 58, 64)
NEEDS_STORIES = pytest.mark.skipif(not (SHARED / "news" / "voa").is_dir(),
                                   reason="../shared/news/voa is not beside this checkout")


@pytest.fixture(scope="module")
def records() -> list[dict[str, Any]]:
    return json_lines(ARTICLES)


def test_heldout_voa2_file_is_the_pinned_one() -> None:
    # An edit to the set must be deliberate: change this hash in the same commit and say why.
    assert hashlib.sha256(ARTICLES.read_bytes()).hexdigest() == ARTICLES_SHA256


def test_heldout_voa2_holds_exactly_its_lines(records: list[dict[str, Any]]) -> None:
    articles = load_articles(ARTICLES)
    assert len(articles) == len(records) == len(SET_LINES)
    assert tuple(r["line"] for r in records) == SET_LINES
    assert len({a.id for a in articles}) == len(articles)
    assert all(a.url and a.url.startswith("https://www.voanews.com/") for a in articles)


def test_heldout_voa2_sentences_tile_the_text(records: list[dict[str, Any]]) -> None:
    check_tiling(records)


def test_heldout_voa2_codes_are_known(records: list[dict[str, Any]]) -> None:
    check_codes(records)
    assert all(e["source"] for r in records for e in r["events"])


@NEEDS_STORIES
def test_heldout_voa2_rebuilds_from_its_annotations() -> None:
    assert load_script(SET / "build.py").render() == ARTICLES.read_text(encoding="utf-8")


@NEEDS_STORIES
def test_heldout_voa2_build_refuses_a_story_outside_its_lines(tmp_path: Path) -> None:
    build = load_script(SET / "build.py")
    annotations = tmp_path / "annotations.txt"
    annotations.write_text("45\n1 | KEN | - | 010 | - | - | x\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="outside this set's lines 47, 48, 50, 55, 58, 64"):
        build.builder().render(annotations, build.LINES)


def test_heldout_voa2_readme_counts_match_the_file(records: list[dict[str, Any]]) -> None:
    stated, counted = readme_counts(SET / "README.md", records)
    assert stated == counted
