"""The second held-out article set of the project's own writing (bench/heldout-own-articles2/articles.jsonl):
pinned by its hash, and checked for consistency without ever running the coder on it (the
maintainer scores it once; see its README)."""

from __future__ import annotations

import hashlib
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from article_sets import check_codes, check_tiling, json_lines, load_script, readme_counts
from conftest import SHARED
from eventwire.evaluate import load_articles

ROOT = Path(__file__).resolve().parents[1]
SET = ROOT / "bench" / "heldout-own-articles2"
ARTICLES = SET / "articles.jsonl"
ARTICLES_SHA256 = "1adcc781bd0a572cd814138d7b7379ceb8e24bc821f4a08ceaf9b541c37c9c84"
SET_LINES = tuple(range(1, 13))
NEEDS_ONTOLOGY = pytest.mark.skipif(not (SHARED / "ontology" / "cameo.tsv").is_file(),
                                    reason="../shared/ontology is not beside this checkout")


@pytest.fixture(scope="module")
def records() -> list[dict[str, Any]]:
    return json_lines(ARTICLES)


def test_heldout_own_articles2_file_is_the_pinned_one() -> None:
    # An edit to the set must be deliberate: change this hash in the same commit and say why.
    assert hashlib.sha256(ARTICLES.read_bytes()).hexdigest() == ARTICLES_SHA256


def test_heldout_own_articles2_holds_every_story_once(records: list[dict[str, Any]]) -> None:
    articles = load_articles(ARTICLES)
    stories = [json.loads(line) for line in (SET / "stories.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(articles) == len(records) == len(stories) == len(SET_LINES)
    assert tuple(r["line"] for r in records) == SET_LINES
    assert [(r["id"], r["title"], r["published"], r["text"]) for r in records] == \
        [(s["id"], s["title"], s["published"], s["text"]) for s in stories]
    assert len({a.id for a in articles}) == len(articles)
    assert all(a.url is None and a.id.startswith("own2-") for a in articles)


def test_heldout_own_articles2_stories_have_the_written_shape(records: list[dict[str, Any]]) -> None:
    # 12-30 sentences a story, published 2000-2025, half of them one paragraph, two with few events.
    assert all(12 <= len(r["sentences"]) <= 30 for r in records)
    assert all(date(2000, 1, 1) <= date.fromisoformat(r["published"]) <= date(2025, 12, 31) for r in records)
    assert sum("\n" not in r["text"] for r in records) == len(records) // 2
    assert sum(len(r["events"]) <= 2 for r in records) == 2


def test_heldout_own_articles2_sentences_are_not_taken_from_other_sets(records: list[dict[str, Any]]) -> None:
    # Own writing: no sentence of the set appears word for word in the first own set or the fixtures.
    others = [ROOT / "bench" / "heldout-own-articles" / "stories.jsonl",
              *sorted((ROOT / "tests" / "fixtures").glob("*.jsonl"))]
    text = "\n".join(p.read_text(encoding="utf-8") for p in others)
    sentences = [r["text"][s:e] for r in records for s, e in r["sentences"]]
    assert [s for s in sentences if len(s) > 40 and s in text] == []


def test_heldout_own_articles2_sentences_tile_the_text(records: list[dict[str, Any]]) -> None:
    check_tiling(records)


def test_heldout_own_articles2_codes_are_known(records: list[dict[str, Any]]) -> None:
    check_codes(records)
    assert all(e["source"] for r in records for e in r["events"])


@NEEDS_ONTOLOGY
def test_heldout_own_articles2_rebuild_from_their_annotations() -> None:
    assert load_script(SET / "build.py").render() == ARTICLES.read_text(encoding="utf-8")


@NEEDS_ONTOLOGY
def test_heldout_own_articles2_build_refuses_a_story_outside_its_lines(tmp_path: Path) -> None:
    build = load_script(SET / "build.py")
    annotations = tmp_path / "annotations.txt"
    annotations.write_text("13\n1 | FJI | - | 010 | - | - | x\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="outside this set's lines 1, 2, 3"):
        build.builder().render(annotations, build.LINES, build.STORIES)


def test_heldout_own_articles2_readme_counts_match_the_file(records: list[dict[str, Any]]) -> None:
    stated, counted = readme_counts(SET / "README.md", records)
    assert stated == counted
