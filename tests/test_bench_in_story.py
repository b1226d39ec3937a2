"""bench/in_story.py scores gold sentences coded inside their whole story: an actor the story
named before ("authorities" under a dateline) is in reach there and not when the sentence is coded
alone; the events matched are checked for their date and place; a sentence missing from its
story is a clear error."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from article_sets import load_script
from eventwire.evaluate import evaluate, load_gold
from eventwire.resources import Resources

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = Path(__file__).resolve().parent / "fixtures" / "in_story"


def test_in_story_reaches_the_actor_the_story_named(resources: Resources) -> None:
    script = load_script(ROOT / "bench" / "in_story.py")
    whole, story = script.in_story(FIXTURE / "sentences.jsonl", FIXTURE / "stories.jsonl", resources)
    alone = evaluate(load_gold(FIXTURE / "sentences.jsonl"), resources)
    assert (whole.dyad.gold, whole.dyad.matched, alone.dyad.matched) == (1, 1, 0)
    assert [len(r.events) for r in whole.cases][1] == 0  # the festival sentence carries nothing
    # as articles: the arrest matched by root, dated to March 2024 and given no place, as the gold says
    assert (story.typed.matched, story.dates.right, story.places.right, story.places.checked) == (1, 1, 1, 1)


def test_in_story_sentence_not_in_its_story(resources: Resources, tmp_path: Path) -> None:
    record = {"id": "x", "text": "Nothing like this is in the story.", "published": "2024-05-06", "line": 1,
              "events": []}
    sentences = tmp_path / "sentences.jsonl"
    sentences.write_text(json.dumps(record) + "\n", encoding="utf-8")
    script = load_script(ROOT / "bench" / "in_story.py")
    with pytest.raises(SystemExit, match="x: the sentence is not in line 1"):
        script.in_story(sentences, FIXTURE / "stories.jsonl", resources)
