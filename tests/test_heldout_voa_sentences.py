"""The VOA sentence set (bench/heldout-voa/sentences.jsonl): checked for consistency without
running the coder on it (half of it is held out; see bench/heldout-voa/SENTENCES.md). Its hash is
pinned in tests/test_eval_gate.py."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from article_sets import check_codes, json_lines, load_script
from conftest import SHARED
from eventwire.evaluate import load_gold
from eventwire.evaluate_articles import is_article_file

SET = Path(__file__).resolve().parents[1] / "bench" / "heldout-voa"
SENTENCES = SET / "sentences.jsonl"
STORIES = SHARED / "news" / "voa" / "voa_stories.jsonl"
DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
needs_stories = pytest.mark.skipif(not STORIES.is_file(), reason="../shared/news/voa is not beside this checkout")


@pytest.fixture(scope="module")
def records() -> list[dict[str, Any]]:
    return json_lines(SENTENCES)


def test_heldout_voa_sentences_load_as_a_sentence_gold_file(records: list[dict[str, Any]]) -> None:
    cases = load_gold(SENTENCES)
    assert not is_article_file(SENTENCES)
    assert len(cases) == len(records) >= 150
    assert len({c.id for c in cases}) == len(cases)
    assert sum(len(c.events) for c in cases) == sum(len(r["events"]) for r in records)


def test_heldout_voa_sentences_come_from_the_sentence_partition(records: list[dict[str, Any]]) -> None:
    # lines 1-20 are the article set, 45-64 development stories and the second article set: none may appear here
    assert {r["line"] for r in records} <= set(range(21, 45))
    assert len({r["line"] for r in records}) >= 20
    assert all(r["url"].startswith("https://www.voanews.com/") for r in records)
    assert all(r["id"] == f"{r['story']}-s{r['sentence']:02d}" for r in records)


def test_heldout_voa_sentences_mix_events_and_non_events(records: list[dict[str, Any]]) -> None:
    empty = sum(1 for r in records if not r["events"])
    assert 0.2 <= empty / len(records) <= 0.4
    kinds = Counter(e["plover"] or f"CAMEO {e['cameo'][:2]}" for r in records for e in r["events"])
    assert len(kinds) >= 12


def test_heldout_voa_sentences_codes_dates_and_places_are_valid(records: list[dict[str, Any]]) -> None:
    check_codes(records)
    for r in records:
        for e in r["events"]:
            assert e["source"], r["id"]
            assert e["date"] is None or DATE.fullmatch(e["date"]), (r["id"], e["date"])
            assert e["date"] is None or e["date"][:10] <= r["published"], (r["id"], "event after its story")


@needs_stories
def test_heldout_voa_sentences_are_exact_sentences_of_their_stories(records: list[dict[str, Any]]) -> None:
    build = load_script(SET / "build_sentences.py").articles_builder()
    stories = build.load_stories()
    for r in records:
        story = stories[r["line"] - 1]
        assert f"voa-{story['id']}" == r["story"] and story["url"] == r["url"]
        assert str(story["published"])[:10] == r["published"]
        start, end = build.sentences(story["text"])[r["sentence"] - 1]
        assert story["text"][start:end] == r["text"]


@needs_stories
def test_heldout_voa_sentences_rebuild_from_their_annotations() -> None:
    assert load_script(SET / "build_sentences.py").render() == SENTENCES.read_text(encoding="utf-8")


def test_heldout_voa_sentences_doc_counts_match_the_file(records: list[dict[str, Any]]) -> None:
    doc = (SET / "SENTENCES.md").read_text(encoding="utf-8")
    found = re.search(r"(\d+) sentences from (\d+) stories: (\d+) carry at least one event, (\d+) carry none;"
                      r"\s+(\d+) events", doc)
    assert found, "SENTENCES.md lost its counts line"
    events = sum(len(r["events"]) for r in records)
    busy = sum(1 for r in records if r["events"])
    stories = len({r["line"] for r in records})
    assert [int(g) for g in found.groups()] == [len(records), stories, busy, len(records) - busy, events]


def test_heldout_voa_sentences_halves_split_the_stories_evenly(records: list[dict[str, Any]], tmp_path: Path) -> None:
    assert load_script(SET / "halves.py").main([str(tmp_path)]) == 0
    study, check = json_lines(tmp_path / "voa-study.jsonl"), json_lines(tmp_path / "voa-check.jsonl")
    assert sorted(r["id"] for r in study + check) == sorted(r["id"] for r in records)
    stories = [{r["story"] for r in half} for half in (study, check)]
    assert len(stories[0]) == len(stories[1]) == 12 and not stories[0] & stories[1]
    events = [sum(len(r["events"]) for r in half) for half in (study, check)]
    assert abs(events[0] - events[1]) <= 2
