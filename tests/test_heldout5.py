"""The own-writing held-out sentence set bench/heldout5.jsonl (its hash is pinned in
test_eval_gate.py): checked for consistency without ever running the coder on it."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from article_sets import check_codes
from eventwire.evaluate import load_gold

HELDOUT5 = Path(__file__).resolve().parents[1] / "bench" / "heldout5.jsonl"


@pytest.fixture(scope="module")
def records() -> list[dict[str, Any]]:
    return [json.loads(line) for line in HELDOUT5.read_text(encoding="utf-8").splitlines()]


def test_heldout5_loads_as_gold_sentences(records: list[dict[str, Any]]) -> None:
    cases = load_gold(HELDOUT5)
    assert len(cases) == len(records) == 100
    assert [c.id for c in cases] == [f"HELDOUT5-{k:03d}" for k in range(1, 101)]
    assert len({c.text for c in cases}) == len(cases)
    assert all(c.published is not None for c in cases)


def test_heldout5_counts_of_events_and_of_sentences_without_them(records: list[dict[str, Any]]) -> None:
    assert sum(not r["events"] for r in records) == 28
    assert sum(len(r["events"]) for r in records) == 100
    assert sum(len(r["events"]) > 1 for r in records) == 27


def test_heldout5_codes_are_known(records: list[dict[str, Any]]) -> None:
    check_codes(records, places=False)
    assert all(e["source"] for r in records for e in r["events"])


def test_heldout5_covers_every_cameo_root(records: list[dict[str, Any]]) -> None:
    roots = Counter(e["cameo"][:2] for r in records for e in r["events"])
    assert sorted(roots) == [f"{k:02d}" for k in range(1, 21)]


def test_heldout5_sentences_are_wire_length(records: list[dict[str, Any]]) -> None:
    words = sorted(len(r["text"].split()) for r in records)
    assert words[0] >= 20 and words[len(words) // 2] >= 30
