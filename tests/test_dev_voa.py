"""The development article set (bench/dev-voa/articles.jsonl): it rebuilds from its annotations,
holds only development stories, and its README's counts match it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from article_sets import json_lines, load_script, readme_counts
from conftest import SHARED
from eventwire.evaluate_articles import load_articles

SET = Path(__file__).resolve().parents[1] / "bench" / "dev-voa"
ARTICLES = SET / "articles.jsonl"
DEV_LINES = (45, 46, 49, 51, 52, 53, 54, 56, 57, 59, 60, 61, 62, 63)


@pytest.fixture(scope="module")
def records() -> list[dict[str, Any]]:
    return json_lines(ARTICLES)


def test_dev_voa_holds_only_development_stories(records: list[dict[str, Any]]) -> None:
    assert len(load_articles(ARTICLES)) == len(records) >= 8
    assert all(r["line"] in DEV_LINES for r in records)


@pytest.mark.skipif(not (SHARED / "news" / "voa").is_dir(), reason="../shared/news/voa is not beside this checkout")
def test_dev_voa_rebuilds_from_its_annotations() -> None:
    build = load_script(SET / "build.py")
    assert build.render() == ARTICLES.read_text(encoding="utf-8")


@pytest.mark.skipif(not (SHARED / "news" / "voa").is_dir(), reason="../shared/news/voa is not beside this checkout")
def test_dev_voa_build_refuses_a_heldout_story(tmp_path: Path) -> None:
    build = load_script(SET / "build.py")
    annotations = tmp_path / "annotations.txt"
    annotations.write_text("3\n1 | USA | - | 010 | - | - | x\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="outside this set's lines 45, 46, 49"):
        build.builder().render(annotations, build.LINES)


def test_dev_voa_readme_counts_match_the_file(records: list[dict[str, Any]]) -> None:
    stated, counted = readme_counts(SET / "README.md", records)
    assert stated == counted
